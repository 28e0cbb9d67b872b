/**
 * L3: a relation category proposed from the relation in the person's own words. Used to migrate
 * format-version-1 documents (which had only the words) and to propose a category in the form; the
 * handläggare confirms it. Only an unambiguous first word counts ("min granne Eva" → neighbour,
 * "mammas syster" → other): a wrong guess would misreport the relationship, "other" does not.
 */
import type { RelationCategory } from '../schema/index.js';

const WORDS: Record<Exclude<RelationCategory, 'other'>, readonly string[]> = {
  partner: ['make', 'maka', 'sambo', 'särbo', 'partner', 'fru', 'hustru', 'man', 'pojkvän', 'flickvän', 'livskamrat', 'äkta'],
  child: ['barn', 'son', 'dotter', 'bonusbarn', 'bonusson', 'bonusdotter', 'styvson', 'styvdotter', 'styvbarn', 'fosterbarn'],
  parent: ['förälder', 'mamma', 'pappa', 'mor', 'far', 'bonusmamma', 'bonuspappa', 'styvmor', 'styvfar', 'vårdnadshavare'],
  sibling: ['syskon', 'bror', 'syster', 'lillebror', 'storebror', 'lillasyster', 'storasyster', 'halvbror', 'halvsyster'],
  grandchild: ['barnbarn', 'dotterdotter', 'dotterson', 'sondotter', 'sonson'],
  otherFamily: [
    'släkting', 'moster', 'faster', 'morbror', 'farbror', 'kusin', 'brorson', 'brorsdotter', 'systerson', 'systerdotter',
    'svärson', 'svärdotter', 'svärmor', 'svärfar', 'mormor', 'farmor', 'morfar', 'farfar', 'svåger', 'svägerska', 'barnbarnsbarn',
  ],
  friend: ['vän', 'väninna', 'kompis', 'vännen', 'väninnan', 'kamrat'],
  neighbour: ['granne', 'grannen', 'grannar'],
};
const BY_WORD = new Map(Object.entries(WORDS).flatMap(([category, words]) => words.map((w) => [w, category as RelationCategory])));
const POSSESSIVES = new Set(['min', 'mitt', 'mina', 'hans', 'hennes', 'hens', 'deras', 'vår', 'vårt']);

export const proposeRelationCategory = (relation: string): RelationCategory => {
  const words = relation.toLocaleLowerCase('sv').split(/[^\p{L}]+/u).filter(Boolean);
  const first = words.find((w) => !POSSESSIVES.has(w));
  return (first && BY_WORD.get(first)) || 'other';
};
