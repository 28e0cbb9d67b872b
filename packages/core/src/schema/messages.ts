/**
 * Swedish validation messages for handläggare. Passed per parse (never `z.config`), so we
 * never change the error language of a host that shares our zod instance.
 */
import type * as z from 'zod/mini';

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  int: 'ett heltal',
  boolean: 'ja eller nej',
  object: 'ett objekt',
  array: 'en lista',
  date: 'ett datum',
};

export const swedishErrorMap = (issue: z.core.$ZodRawIssue): string => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null
        ? 'Uppgiften saknas.'
        : `Fel typ av värde: här ska det vara ${TYPE_NAMES[issue.expected] ?? issue.expected}.`;
    case 'too_small':
      if (issue.origin === 'string') return 'Fältet får inte vara tomt.';
      if (issue.origin === 'array') return `Minst ${String(issue.minimum)} behövs.`;
      return `Värdet är för litet (minst ${String(issue.minimum)}).`;
    case 'too_big':
      if (issue.origin === 'string') return `Texten är för lång (högst ${String(issue.maximum)} tecken).`;
      if (issue.origin === 'array') return `För många poster (högst ${String(issue.maximum)}).`;
      return `Värdet är för stort (högst ${String(issue.maximum)}).`;
    case 'invalid_format':
      if (issue.format === 'date') return 'Datumet ska skrivas ÅÅÅÅ-MM-DD.';
      if (issue.format === 'datetime') return 'Tidpunkten ska skrivas enligt ISO 8601.';
      if (issue.format === 'regex') return 'Värdet har fel format.';
      return 'Värdet har fel format.';
    case 'invalid_value':
      if (issue.input === '' || issue.input === undefined) return 'Välj ett av alternativen.';
      return issue.values.length === 1
        ? `Värdet ska vara ${JSON.stringify(issue.values[0])}.`
        : `Ogiltigt val. Tillåtna värden: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'unrecognized_keys':
      return `Okänd uppgift: ${issue.keys.join(', ')}.`;
    case 'invalid_union':
      return 'Värdet stämmer inte med någon av de tillåtna formerna.';
    default:
      return 'Ogiltigt värde.';
  }
};
