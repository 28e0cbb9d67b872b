/** The steps' names, shared by the navigator, the step headings and the summary (SPEC §3, seed 003). */
import type { StepId } from '@anhorig/core';
import { defineTerms } from '../localization/localize.js';

export const stepTerms = defineTerms({
    relatives: 'Ta reda på om den enskilde vill att anhöriga deltar',
    equip: 'Om den enskilde inte vill att anhöriga deltar',
    involve: 'Om den enskilde vill att anhöriga deltar',
    gather: 'Inhämta uppgifter',
    assessment: 'Bedöma och besluta',
    assignment: 'Utforma uppdraget till utföraren',
    followUp: 'Följa upp',
    numbered: (n: number, title: string) => `Steg ${n} av 6: ${title}`,
    short: (n: number) => `Steg ${n}`,
    between: 'Mellan steg 4 och 5',
  },
  () => import('./step-titles.en.js'),
);

/** The guidance's step number; the assessment sits between 4 and 5 and has none. */
export const STEP_NUMBER: Record<StepId, number | undefined> = {
  relatives: 1,
  equip: 2,
  involve: 3,
  gather: 4,
  assessment: undefined,
  assignment: 5,
  followUp: 6,
};

type StepTerms = ReturnType<typeof stepTerms>;

/** "Steg 4 av 6: Inhämta uppgifter", or the plain title for the assessment. */
export const stepHeading = (t: StepTerms, step: StepId): string => {
  const n = STEP_NUMBER[step];
  return n === undefined ? t.term(step) : t.term('numbered', n, t.term(step));
};
