/**
 * Ids for things the core creates. Deterministic (`prefix-n`, the first free n), so a restored record
 * yields the same ids as the original session, tests can name them, and no secure-context API
 * (`crypto.randomUUID`) is needed on a vendor's intranet page served over plain http.
 */
export const nextId = (prefix: string, existing: Iterable<string>): string => {
  const taken = new Set(existing);
  let n = taken.size + 1;
  while (taken.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
};
