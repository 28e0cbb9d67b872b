/**
 * C12: a relative's own-support need belongs to the relative. When the relative chooses to apply,
 * the host gets a request to open a separate case in the relative's home municipality. The payload
 * is built from the relative's own record only and carries nothing about the person or the
 * investigation (L1): the own record's id, for the host to link it to the new case, and the relative's
 * id within the investigation, for the host to find the relative's own name and contact. Calling this
 * *is* the relative's choice to apply, so `appliesForSupport` need not be set first; a missing need or
 * an empty municipality yields undefined.
 */
import type { RelativeRecord } from '../schema/index.js';

export interface OwnApplicationRequest {
  /** The relative's own record (random id; L1). */
  relativeRecordId: string;
  relativeId: string;
  needId: string;
  /** The need in the relative's own words, as recorded. */
  description: string;
  applicationFormId?: string;
  homeMunicipality: string;
}

export const ownApplicationRequest = (
  relativeRecord: RelativeRecord,
  needId: string,
  homeMunicipality: string,
): OwnApplicationRequest | undefined => {
  const need = relativeRecord.ownSupportNeeds.find((n) => n.id === needId);
  const municipality = homeMunicipality.trim();
  if (!need || municipality === '') return undefined;
  return {
    relativeRecordId: relativeRecord.id,
    relativeId: relativeRecord.relativeId,
    needId: need.id,
    description: need.description,
    ...(need.applicationFormId !== undefined ? { applicationFormId: need.applicationFormId } : {}),
    homeMunicipality: municipality,
  };
};
