/**
 * H7: interpreter and communication support, noted once for the person or a relative and offered at
 * every conversation with them (not only the step 3 meeting), and a national minority language they
 * want to use (lagen 2009:724 om nationella minoriteter och minoritetsspråk).
 */
import * as z from 'zod/mini';
import { note, text } from './primitives.js';

/** The five national minority languages (2009:724 7–8 §§ name finska, meänkieli, samiska; all five are minority languages). */
export const MINORITY_LANGUAGES = ['finnish', 'meankieli', 'sami', 'romani', 'yiddish'] as const;
export const MinorityLanguage = z.enum(MINORITY_LANGUAGES);
export type MinorityLanguage = z.infer<typeof MinorityLanguage>;

export const COMMUNICATION_SUPPORTS = [
  'signLanguage', // teckenspråkstolk
  'aac', // alternativ och kompletterande kommunikation (AKK)
  'other',
] as const;

export const CommunicationNeeds = z.strictObject({
  /** The language an interpreter is needed for ("arabiska", "nordsamiska"). */
  interpreterLanguage: z.optional(text()),
  supports: z.array(z.enum(COMMUNICATION_SUPPORTS)),
  note: note(),
  /** A national minority language the person or relative wants to use with the authority. */
  minorityLanguage: z.optional(MinorityLanguage),
});
export type CommunicationNeeds = z.infer<typeof CommunicationNeeds>;

/** Whether anything is noted (an empty object is "nothing noted"). */
export const hasCommunicationNeeds = (needs: CommunicationNeeds | undefined): boolean =>
  needs !== undefined &&
  (needs.interpreterLanguage !== undefined || needs.supports.length > 0 || (needs.note ?? '').trim() !== '' || needs.minorityLanguage !== undefined);
