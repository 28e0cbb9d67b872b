/**
 * The core's messages in the element's language (issue 11): a gate refusal, a step warning and a
 * validation issue read in Swedish by default and in English under lang="en" (the English table is
 * loaded on demand, with the element's own terms).
 */
import { expect } from '@open-wc/testing';
import '../src/step-relatives/define.js';
import type { InvestigationRecord } from '@anhorig/core';
import type { AnhorigErrorDetail } from '../src/events/events.js';
import { makeRecord, withRelative } from '../../core/test/fixtures/records.js';
import { mount, textOf } from './helpers.js';

/** The person's capacity to consent is not assessed (a warning); Eva's part is closed by a violence concern (a gate refusal). */
const record = (): InvestigationRecord =>
  withRelative(makeRecord({ person: { ...makeRecord().person, ageGroup: 'adult', canTakePosition: 'unknown' } }), {
    id: 'eva',
    name: 'Eva Andersson',
    relation: 'sambo',
    violenceConcern: { direction: 'relativeAtRisk', description: '', routineFollowed: true, raisedAt: '2026-01-20' },
  });

/** A record the element refuses: a relative without a name (a validation issue). */
const badRecord = () => ({ ...makeRecord(), relatives: [{ ...record().relatives[0]!, name: '' }] });

const TEXT = {
  sv: {
    warning: 'Det är inte bedömt om den enskilde kan ta ställning till samtycke.',
    refusal: 'Eva Andersson kan inte delta i utredningen förrän en bedömning är dokumenterad; följ kommunens rutin.',
    reason: 'Utredningen från värdsystemet kunde inte läsas in. Det som visas är oförändrat.',
    issue: 'Fältet får inte vara tomt.',
  },
  en: {
    warning: 'It has not been assessed whether the person can take a position on consent.',
    refusal: "Eva Andersson cannot take part in the investigation until an assessment is documented; follow the municipality's routine.",
    reason: 'The investigation from the host system could not be loaded. What is shown is unchanged.',
    issue: 'The field must not be empty.',
  },
} as const;

describe("the core's messages in the element's language", () => {
  for (const lang of ['sv', 'en'] as const)
    it(`${lang === 'sv' ? 'Swedish by default' : 'English under lang="en"'}: a refusal, a warning and a validation message`, async () => {
      const other = TEXT[lang === 'sv' ? 'en' : 'sv'];
      const { el } = await mount('anhorig-step-relatives', { record: record(), ...(lang === 'en' ? { lang } : {}) });
      const text = textOf(el);
      expect(text).to.include(TEXT[lang].warning);
      expect(text).to.include(TEXT[lang].refusal);
      expect(text).not.to.include(other.warning);
      expect(text).not.to.include(other.refusal);

      const refused = await mount('anhorig-step-relatives', { record: badRecord(), ...(lang === 'en' ? { lang } : {}) });
      const shown = textOf(refused.el);
      expect(shown).to.include(TEXT[lang].reason);
      expect(shown).to.include(TEXT[lang].issue);
      expect(shown).not.to.include(other.reason);
      const [error] = refused.of<AnhorigErrorDetail>('anhorig-error');
      expect(error?.detail.reason.code).to.equal('host.restore');
      expect(error?.detail.issues.some((i) => i.path === 'relatives.0.name' && i.code === 'too_small')).to.equal(true);
      if (lang === 'sv') expect(error?.detail.message).to.equal(TEXT.sv.reason);
    });
});
