/** stepWarnings: per step, what is left to do. Warnings only; nothing here blocks (guide, don't obstruct). */
import type { Catalogue, InvestigationRecord, RelativeRecord, StepId } from '../schema/index.js';
import type { Warning } from './types.js';
import { relativesWarnings } from './warnings-relatives.js';
import { equipWarnings, involveWarnings } from './warnings-equip-involve.js';
import { gatherWarnings } from './warnings-gather.js';
import { assessmentWarnings, assignmentWarnings, followUpWarnings } from './warnings-later.js';

export type StepWarnings = Record<StepId, Warning[]>;

export const stepWarnings = (
  record: InvestigationRecord,
  relativeRecords: readonly RelativeRecord[],
  catalogue: Catalogue,
  today: string,
): StepWarnings => ({
  relatives: relativesWarnings(record, today),
  equip: equipWarnings(record, relativeRecords, today),
  involve: involveWarnings(record, today),
  gather: gatherWarnings(record, relativeRecords, catalogue, today),
  assessment: assessmentWarnings(record),
  assignment: assignmentWarnings(record, today),
  followUp: followUpWarnings(record, today),
});
