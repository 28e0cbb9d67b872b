/**
 * Step 4: "when the support applied for affects a relative's home or depends on the relative's
 * cooperation (e.g. hemtjänst in a shared home), hear that relative". A relative who lives with the
 * person shares the home where support is given; they are to be heard until something they said is
 * documented, or a meeting with them is planned.
 */
import type { InvestigationRecord, Relative } from '../schema/index.js';

export const relativesToHear = (record: InvestigationRecord): Relative[] =>
  record.relatives.filter(
    (r) =>
      r.isRelative &&
      r.livesWithPerson &&
      !record.statements.some((s) => s.source.kind === 'relative' && s.source.relativeId === r.id) &&
      !record.meetingPlans.some((m) => m.relativeId === r.id),
  );
