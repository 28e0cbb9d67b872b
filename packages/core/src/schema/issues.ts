/**
 * zod's issues as the core's validation issues: a code (zod's own) and the parameters a sentence
 * needs, never the sentence (`@anhorig/core/messages/sv` and `/en` hold those). No error map is set,
 * globally or per parse, so a host that shares our zod instance keeps its own messages.
 */
import type * as z from 'zod/mini';
import type { Message } from '../messages/codes.js';

/** The codes zod may report (zod 4); one not listed here (a newer zod) becomes `custom`. */
const ZOD_CODES = new Set([
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_value',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'not_multiple_of',
  'custom',
]);

/** The regex of `text()` (schema/primitives.ts): failing it means the field is blank. */
const BLANK = String(/\S/);

/** One zod issue (parsed with `reportInput: true`) as a coded message. */
export const issueMessage = (issue: z.core.$ZodIssue): Message => {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'invalid_type', params: { expected: issue.expected, missing: input === undefined || input === null } };
    case 'too_small':
      return { code: 'too_small', params: { origin: issue.origin, minimum: Number(issue.minimum) } };
    case 'too_big':
      return { code: 'too_big', params: { origin: issue.origin, maximum: Number(issue.maximum) } };
    case 'invalid_format': {
      const blank = issue.format === 'regex' && (issue as { pattern?: string }).pattern === BLANK;
      return { code: 'invalid_format', params: { format: blank ? 'blank' : issue.format } };
    }
    case 'invalid_value':
      return {
        code: 'invalid_value',
        params: { values: issue.values.map((v) => JSON.stringify(v) ?? String(v)), empty: input === '' || input === undefined },
      };
    case 'unrecognized_keys':
      return { code: 'unrecognized_keys', params: { keys: [...issue.keys] } };
    default:
      return { code: ZOD_CODES.has(issue.code) ? (issue.code as 'custom') : 'custom', params: {} };
  }
};
