/**
 * Swedish genitive: "Evas", but "Hans", "Max", "Inez" (names ending in s, x or z take no extra s).
 * Used by the Swedish message table and by the elements' Swedish terms; it is grammar, not a message.
 */
export const genitive = (name: string): string => (/[sxz]$/i.test(name.trim()) ? name : `${name}s`);
