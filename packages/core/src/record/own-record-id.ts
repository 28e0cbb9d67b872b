/**
 * L1: ids of relatives' own records. They must not contain, or let anyone recompute, the person's
 * case id, so a new one is random. (`crypto.getRandomValues` works on plain http too, unlike
 * `randomUUID`, so a vendor's intranet page needs no secure context.)
 *
 * A record migrated from format version 1 had `<investigation id>-anhorig-<relative id>` as its id
 * and carried the investigation id. Both documents are migrated apart, so both sides derive the same
 * new id from what they hold: a one-way digest (64-bit FNV-1a) of the old id. It does not contain the
 * case id; only someone who already knows the case id and the relative id could recompute it.
 */
// The core is built without DOM types; both browsers and Node (≥ 19) have `globalThis.crypto`.
const { crypto } = globalThis as unknown as { crypto: { getRandomValues<T extends Uint8Array>(array: T): T } };

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export const newOwnRecordId = (): string => `journal-${hex(crypto.getRandomValues(new Uint8Array(12)))}`;

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = (1n << 64n) - 1n;

export const migratedOwnRecordId = (investigationId: string, relativeId: string): string => {
  let hash = FNV_OFFSET;
  const old = `${investigationId}-anhorig-${relativeId}`;
  // Over UTF-16 code units: any fixed reading of the string serves, as long as both sides use it.
  for (let i = 0; i < old.length; i += 1) hash = ((hash ^ BigInt(old.charCodeAt(i))) * FNV_PRIME) & MASK;
  return `journal-${hash.toString(16).padStart(16, '0')}`;
};
