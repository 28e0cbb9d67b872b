/** C11: a relative under 18 raises the child perspective: consider guiding the child to own support. */
import type { InvestigationRecord, RelativeRecord } from '../schema/index.js';
import { nameParam } from './names.js';
import { message, type Message } from '../messages/codes.js';

export interface ChildPerspectiveFlag {
  relativeId: string;
  /** The prompt for the handläggare, as a code with parameters (`child.perspective`). */
  prompt: Message;
  /** Known only when the relative's own record is passed in. */
  guidedToOwnSupport?: boolean;
}

export const childPerspective = (
  record: InvestigationRecord,
  relativeRecords: readonly RelativeRecord[] = [],
): ChildPerspectiveFlag[] =>
  record.relatives
    .filter((r) => r.isChild)
    .map((r) => {
      const own = relativeRecords.find((rr) => rr.relativeId === r.id);
      return {
        relativeId: r.id,
        prompt: message('child.perspective', nameParam(r)),
        ...(own?.childGuidedToOwnSupport !== undefined ? { guidedToOwnSupport: own.childGuidedToOwnSupport } : {}),
      };
    });
