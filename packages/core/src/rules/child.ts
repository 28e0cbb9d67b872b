/** C11: a relative under 18 raises the child perspective: consider guiding the child to own support. */
import type { InvestigationRecord, RelativeRecord } from '../schema/index.js';
import { relativeName } from './names.js';

export interface ChildPerspectiveFlag {
  relativeId: string;
  /** Swedish prompt for the handläggare. */
  prompt: string;
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
        prompt: `${relativeName(r)} är under 18 år. Överväg att vägleda barnet till stöd för egen del, och låt barnets synpunkter komma fram på ett sätt som passar ålder och mognad.`,
        ...(own?.childGuidedToOwnSupport !== undefined ? { guidedToOwnSupport: own.childGuidedToOwnSupport } : {}),
      };
    });
