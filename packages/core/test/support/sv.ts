/** The Swedish sentence of a core message, for tests that check the wording the handläggare reads. */
import { formatMessage, sv as table, type Message } from '../../src/messages/sv.js';

export const sv = (message: Message | undefined): string => (message ? formatMessage(table, message) : '');
