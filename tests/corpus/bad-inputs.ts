/**
 * A corpus of bad host input: what a broken, careless or hostile host integration might pass as the
 * investigation record, the relatives' own records or the catalogue. Each entry must be refused whole
 * (`{ ok: false }`, never a throw), with at least one Swedish issue, and must leave a running
 * investigation untouched. Used by `tests/node/bad-input.test.ts` (the core) and meant to be reused by
 * a browser test against the element (same entries, passed as properties).
 *
 * Every input is built lazily, on first read of the entry's `record` / `relativeRecords` /
 * `catalogue`, and then kept, so importing this module is cheap (the 10 MB and 10 000-relative inputs
 * are built only by the test that reads them) and every read of one entry returns the same object.
 *
 * A key that is present on an entry (even with the value `undefined`) is the input under test; an
 * absent key means "the valid base" (see `inputsOf`). An entry with a `catalogue` key is a catalogue
 * entry (`host.setCatalogue`, `validateCatalogue`); any other entry is passed to `host.restore` /
 * `loadDocuments`.
 *
 * Relative records `null` / `undefined` are deliberately not here: `host.restore`'s `relativeRecords`
 * is optional by contract and its absence means "no own records" (see `acceptedAbsentRelativeRecords`).
 *
 * Browser-safe: no Node APIs (only `structuredClone` and the core).
 */
import { defaultCatalogue, type Catalogue, type InvestigationRecord, type RelativeRecord } from '@anhorig/core';
import { scenarios } from '../../stories/scenarios.js';

export interface BadInput {
  name: string;
  record?: unknown;
  relativeRecords?: unknown;
  catalogue?: unknown;
  /** At least one issue has this path (exact string) or a path matching it. */
  expectPath?: string | RegExp;
  /** At least one issue (the one at `expectPath`, when given) has a message matching this. */
  expectMessage?: RegExp;
  /** A very large input: refusing it must stay fast (the Node test asserts well under 5 s). */
  huge?: true;
}

export interface ValidBase {
  record: InvestigationRecord;
  relativeRecords: RelativeRecord[];
  catalogue: Catalogue;
}

let cachedBase: ValidBase | undefined;

/**
 * The valid documents every entry starts from (a fresh deep copy per call): the `assigned` scenario
 * (two relatives, seven consents, statements, an indirect-support proposal, decisions and an issued
 * assignment; step `assignment`), Olle's own record from `oneInvolvedOneNot` (same investigation id,
 * relative `anhorig-2`), and the default catalogue.
 */
export const validBase = (): ValidBase => {
  if (!cachedBase) {
    const record = scenarios.assigned().record;
    const relativeRecords = scenarios.oneInvolvedOneNot().relativeRecords;
    // L1: the person's side holds the link to each own record (their ids are random per run).
    const linked = {
      ...record,
      relatives: record.relatives.map((r) => {
        const own = relativeRecords.find((o) => o.relativeId === r.id);
        return own ? { ...r, ownRecordId: own.id } : r;
      }),
    };
    cachedBase = { record: linked, relativeRecords, catalogue: defaultCatalogue };
  }
  return structuredClone(cachedBase);
};

/** What to pass for an entry: its own inputs, the valid base for the rest. */
export const inputsOf = (entry: BadInput): { record: unknown; relativeRecords: unknown; catalogue: unknown } => {
  const base = 'record' in entry && 'relativeRecords' in entry && 'catalogue' in entry ? undefined : validBase();
  return {
    record: 'record' in entry ? entry.record : base!.record,
    relativeRecords: 'relativeRecords' in entry ? entry.relativeRecords : base!.relativeRecords,
    catalogue: 'catalogue' in entry ? entry.catalogue : base!.catalogue,
  };
};

export const isCatalogueEntry = (entry: BadInput): boolean => 'catalogue' in entry;

/**
 * A rough check that a message is Swedish and meant for people: non-empty, no English validator
 * wording (zod's defaults), and some Swedish (å/ä/ö or a common Swedish word).
 */
export const looksSwedish = (message: unknown): boolean =>
  typeof message === 'string' &&
  message.trim() !== '' &&
  !/\b(invalid|expected|received|required|must|should|unrecognized|undefined|NaN|object Object|error)\b/i.test(message) &&
  /[åäöÅÄÖ]|\b(ska|är|inte|finns|saknas|fel|värde|uppgift|det|och|med|av|för|som|ett|en)\b/i.test(message);

type Inputs = { record?: () => unknown; relativeRecords?: () => unknown; catalogue?: () => unknown };

/** An entry whose inputs are built on first read and then kept (so reads return the same object). */
const bad = (name: string, inputs: Inputs, expect: Omit<BadInput, 'name' | 'record' | 'relativeRecords' | 'catalogue'> = {}): BadInput => {
  const entry: BadInput = { name, ...expect };
  for (const [key, build] of Object.entries(inputs) as [keyof Inputs, () => unknown][]) {
    let built = false;
    let value: unknown;
    Object.defineProperty(entry, key, {
      enumerable: true,
      get: () => {
        if (!built) {
          value = build();
          built = true;
        }
        return value;
      },
    });
  }
  return entry;
};

/** The base record, changed by `change` (which may mutate its fresh copy, or return a replacement). */
const recordWith = (change: (record: Record<string, any>) => unknown) => () => {
  const record = validBase().record as unknown as Record<string, any>;
  const replaced = change(record);
  return replaced === undefined ? record : replaced;
};

const catalogueWith = (change: (catalogue: Record<string, any>) => unknown) => () => {
  const catalogue = structuredClone(defaultCatalogue) as unknown as Record<string, any>;
  const replaced = change(catalogue);
  return replaced === undefined ? catalogue : replaced;
};

const ownRecordsWith = (change: (own: Record<string, any>[]) => unknown) => () => {
  const own = validBase().relativeRecords as unknown as Record<string, any>[];
  const replaced = change(own);
  return replaced === undefined ? own : replaced;
};

const TEN_MB = 10 * 1024 * 1024;

export const badInputs: BadInput[] = [
  // Wrong types
  bad('person.displayName is a number', { record: recordWith((r) => void (r.person.displayName = 42)) }, { expectPath: 'person.displayName', expectMessage: /Fel typ av värde/ }),
  bad('relatives is a string', { record: recordWith((r) => void (r.relatives = 'x')) }, { expectPath: 'relatives', expectMessage: /ska det vara en lista/ }),
  bad('consents is an object, not a list', { record: recordWith((r) => void (r.consents = {})) }, { expectPath: 'consents', expectMessage: /ska det vara en lista/ }),
  bad('a relative is null', { record: recordWith((r) => void (r.relatives[0] = null)) }, { expectPath: 'relatives.0', expectMessage: /saknas/ }),
  bad('an impossible date (30 February)', { record: recordWith((r) => void (r.startedAt = '2026-02-30')) }, { expectPath: 'startedAt', expectMessage: /ÅÅÅÅ-MM-DD/ }),
  bad('another document type passed as the record (an assignment)', { record: recordWith((r) => r.assignments[0]) }, { expectPath: 'documentType', expectMessage: /"investigation"/ }),

  // Missing required fields
  bad('no person', { record: recordWith((r) => void delete r.person) }, { expectPath: 'person', expectMessage: /Uppgiften saknas/ }),
  bad('no relatives', { record: recordWith((r) => void delete r.relatives) }, { expectPath: 'relatives', expectMessage: /Uppgiften saknas/ }),
  bad('no progress', { record: recordWith((r) => void delete r.progress) }, { expectPath: 'progress', expectMessage: /Uppgiften saknas/ }),

  // Format versions
  bad('no schemaVersion', { record: recordWith((r) => void delete r.schemaVersion) }, { expectPath: 'schemaVersion', expectMessage: /saknar schemaVersion/ }),
  bad('schemaVersion 0', { record: recordWith((r) => void (r.schemaVersion = 0)) }, { expectPath: 'schemaVersion', expectMessage: /ogiltig schemaVersion \(0\)/ }),
  bad("schemaVersion 'one'", { record: recordWith((r) => void (r.schemaVersion = 'one')) }, { expectPath: 'schemaVersion', expectMessage: /ogiltig schemaVersion \(one\)/ }),
  bad('schemaVersion 1.5', { record: recordWith((r) => void (r.schemaVersion = 1.5)) }, { expectPath: 'schemaVersion', expectMessage: /ogiltig schemaVersion \(1\.5\)/ }),
  bad('a future schemaVersion (99)', { record: recordWith((r) => void (r.schemaVersion = 99)) }, { expectPath: 'schemaVersion', expectMessage: /nyare version av formatet \(99\)/ }),

  // Duplicated ids
  bad(
    "two relatives with id 'eva'",
    { record: recordWith((r) => void r.relatives.push({ ...r.relatives[0], id: 'eva' }, { ...r.relatives[1], id: 'eva' })) },
    { expectPath: 'relatives.3.id', expectMessage: /"eva" används mer än en gång/ },
  ),
  bad('two consents with the same id', { record: recordWith((r) => void r.consents.push({ ...r.consents[0] })) }, { expectPath: /^consents\.\d+\.id$/, expectMessage: /"samtycke-1" används mer än en gång/ }),

  // Dangling references
  bad(
    'a statement naming a relative that does not exist',
    { record: recordWith((r) => void (r.statements[1].source.relativeId = 'anhorig-99')) },
    { expectPath: 'statements.1.source.relativeId', expectMessage: /ingen anhörig med id "anhorig-99"/ },
  ),
  bad(
    'a statement basis naming a consent that does not exist',
    { record: recordWith((r) => void (r.statements[1].basis.consentId = 'samtycke-99')) },
    { expectPath: 'statements.1.basis.consentId', expectMessage: /inget samtycke med id "samtycke-99"/ },
  ),
  bad(
    "a relative's statement claiming to be the person's own",
    { record: recordWith((r) => void (r.statements[1].basis = { kind: 'own' })) },
    { expectPath: 'statements.1.basis', expectMessage: /samtycke eller att den lämnades självmant/ },
  ),
  bad(
    'a planned contact naming a missing consent',
    {
      record: recordWith(
        (r) => void (r.plannedContacts = [{ id: 'kontakt-1', relativeId: 'anhorig-1', date: '2026-12-01', purpose: 'Höra hur det går.', consentId: 'samtycke-99', done: false }]),
      ),
    },
    { expectPath: 'plannedContacts.0.consentId', expectMessage: /inget samtycke med id "samtycke-99"/ },
  ),
  bad(
    'a decision naming a missing indirect-support proposal',
    { record: recordWith((r) => void (r.assessment.decisions[1].indirectSupportId = 'indirekt-99')) },
    { expectPath: 'assessment.decisions.1.indirectSupportId', expectMessage: /inget förslag om indirekt stöd med id "indirekt-99"/ },
  ),

  // Huge input
  bad('a 10 MB string as a relative’s name', { record: recordWith((r) => void (r.relatives[0].name = 'Eva'.padEnd(TEN_MB, ' och Eva'))) }, {
    expectPath: 'relatives.0.name',
    expectMessage: /Texten är för lång/,
    huge: true,
  }),
  bad(
    '10 000 relatives, the last one reusing an id',
    {
      record: recordWith((r) => {
        const [first] = r.relatives;
        while (r.relatives.length < 9_999) r.relatives.push({ ...first, id: `extra-${r.relatives.length}`, name: `Anhörig ${r.relatives.length}` });
        r.relatives.push({ ...first });
      }),
    },
    { expectPath: 'relatives.9999.id', expectMessage: /"anhorig-1" används mer än en gång/, huge: true },
  ),
  bad(
    '10 000 relatives, none with a name',
    { record: recordWith((r) => void (r.relatives = Array.from({ length: 10_000 }, (_, i) => ({ ...r.relatives[0], id: `tom-${i}`, name: '' })))) },
    { expectPath: 'relatives.9999.name', expectMessage: /Fältet får inte vara tomt/, huge: true },
  ),

  // Circular input: must not hang or throw
  bad('a circular record (person.self = person)', { record: recordWith((r) => void (r.person.self = r.person)) }, { expectPath: 'person', expectMessage: /Okänd uppgift: self/ }),
  bad(
    'a circular catalogue (lifeAreas[0].self = the catalogue)',
    { catalogue: catalogueWith((c) => void (c.lifeAreas[0].self = c)) },
    { expectPath: 'lifeAreas.0', expectMessage: /Okänd uppgift: self/ },
  ),

  // Prototype pollution attempt (JSON.parse makes "__proto__" an own key)
  bad(
    'JSON with "__proto__" and "constructor" keys',
    {
      record: recordWith((r) =>
        JSON.parse(JSON.stringify(r).replace(/^\{/, '{"__proto__":{"polluted":"ja"},"constructor":{"prototype":{"polluted":"ja"}},')),
      ),
    },
    { expectPath: '', expectMessage: /Okänd uppgift: __proto__, constructor/ },
  ),

  // Nothing at all
  bad('record null', { record: () => null }, { expectPath: '', expectMessage: /JSON-objekt, men är inget värde/ }),
  bad('record undefined', { record: () => undefined }, { expectPath: '', expectMessage: /JSON-objekt, men är inget värde/ }),
  bad('catalogue null', { catalogue: () => null }, { expectPath: '', expectMessage: /Uppgiften saknas/ }),
  bad('catalogue undefined', { catalogue: () => undefined }, { expectPath: '', expectMessage: /Uppgiften saknas/ }),

  // JSON that is not an object
  bad('the record as unparsed JSON text', { record: () => JSON.stringify(validBase().record) }, { expectPath: '', expectMessage: /JSON-objekt, men är text/ }),
  bad('a JSON string', { record: () => JSON.parse('"utredning"') }, { expectPath: '', expectMessage: /JSON-objekt, men är text/ }),
  bad('a JSON number', { record: () => JSON.parse('42') }, { expectPath: '', expectMessage: /JSON-objekt, men är ett tal/ }),
  bad('a JSON array (the record inside a list)', { record: () => [validBase().record] }, { expectPath: '', expectMessage: /JSON-objekt, men är en lista/ }),
  bad('JSON true', { record: () => JSON.parse('true') }, { expectPath: '', expectMessage: /JSON-objekt, men är ja eller nej/ }),
  bad('the catalogue as a JSON string', { catalogue: () => JSON.stringify(defaultCatalogue) }, { expectPath: '', expectMessage: /Fel typ av värde/ }),
  bad('the catalogue as an array', { catalogue: () => [defaultCatalogue] }, { expectPath: '', expectMessage: /Fel typ av värde/ }),

  // Relatives' own records
  bad('relativeRecords is a string', { relativeRecords: () => 'x' }, { expectPath: 'relativeRecords', expectMessage: /ska vara en lista/ }),
  bad('relativeRecords is an object, not a list', { relativeRecords: ownRecordsWith((own) => own[0]) }, { expectPath: 'relativeRecords', expectMessage: /ska vara en lista/ }),
  bad('a relative record that is null', { relativeRecords: () => [null] }, { expectPath: 'relativeRecords.0', expectMessage: /JSON-objekt, men är inget värde/ }),
  bad(
    'a relative record for a relative that does not exist',
    { relativeRecords: ownRecordsWith((own) => void (own[0]!.relativeId = 'anhorig-99')) },
    { expectPath: 'relativeRecords.0.relativeId', expectMessage: /ingen anhörig med id "anhorig-99"/ },
  ),
  bad(
    'a relative record of another investigation',
    { relativeRecords: ownRecordsWith((own) => void (own[0]!.id = 'journal-fran-en-annan-utredning')) },
    { expectPath: 'relativeRecords.0.id', expectMessage: /hör till en annan utredning/ },
  ),
  bad(
    'two records for the same relative',
    { relativeRecords: ownRecordsWith((own) => void own.push({ ...own[0], id: 'en-till' })) },
    { expectPath: 'relativeRecords.1.relativeId', expectMessage: /mer än en journal/ },
  ),
  bad(
    'a relative record from a future schemaVersion',
    { relativeRecords: ownRecordsWith((own) => void (own[0]!.schemaVersion = 99)) },
    { expectPath: 'relativeRecords.0.schemaVersion', expectMessage: /nyare version av formatet \(99\)/ },
  ),

  // Catalogues
  bad(
    'a catalogue without a life area the record uses (d6)',
    { catalogue: catalogueWith((c) => void (c.lifeAreas = c.lifeAreas.filter((a: { id: string }) => a.id !== 'd6'))) },
    { expectPath: /(lifeAreaId|supportLifeAreas\.\d+)$/, expectMessage: /Livsområdet "d6" finns inte i kommunens katalog/ },
  ),
  bad(
    'a catalogue without a support type the record uses (avlösning)',
    { catalogue: catalogueWith((c) => void (c.supportTypes = c.supportTypes.filter((s: { id: string }) => s.id !== 'avlosning'))) },
    { expectPath: /supportTypeId$/, expectMessage: /Insatsen "avlosning" finns inte i kommunens katalog/ },
  ),
  bad('a catalogue without life areas', { catalogue: catalogueWith((c) => void (c.lifeAreas = [])) }, { expectPath: 'lifeAreas', expectMessage: /Minst 1 behövs/ }),
  bad('a catalogue from a future schemaVersion', { catalogue: catalogueWith((c) => void (c.schemaVersion = 99)) }, { expectPath: 'schemaVersion', expectMessage: /Värdet ska vara 1/ }),
  bad(
    'a catalogue whose life area has a number as name',
    { catalogue: catalogueWith((c) => void (c.lifeAreas[0].name = 42)) },
    { expectPath: 'lifeAreas.0.name', expectMessage: /Fel typ av värde/ },
  ),
];

/**
 * Not bad input: `relativeRecords` absent (`undefined`) or `null` means "no own records" (the
 * `host.restore` event declares it optional). Tested as accepted so a change of that contract is seen.
 */
export const acceptedAbsentRelativeRecords: readonly unknown[] = [undefined, null];
