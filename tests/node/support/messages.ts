/** The Swedish sentence of a core message, through the package subpath a vendor's server would use. */
import { formatMessage, sv as table, type Message } from '@anhorig/core/messages/sv';

export const sv = (message: Message | undefined): string => (message ? formatMessage(table, message) : '');
