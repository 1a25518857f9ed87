import { describe, expect, it } from 'vitest';
import { TOUCHPOINT_KINDS, cardTemplateSchema } from '../../../shared/domain/schemas';
import {
  buildMergeValues,
  DEFAULT_CARD_TEMPLATES,
  labelInSentence,
  MERGE_FIELDS,
  mergeTemplate,
  mergeText,
  templateForKind,
  unfilledFields,
} from '../../../shared/cards';

const zoe = { firstName: 'Zoë', lastName: 'Ñúñez', salutation: undefined, company: undefined };
const settings = { senderName: 'Anna Becker' };

describe('mergeText', () => {
  it('fills fields and reports none missing when every value is there', () => {
    const r = mergeText('{salutation}, thank you for introducing me to {referredName}!', {
      salutation: 'Dear Zoë',
      referredName: 'Łukasz Wróbel',
    });
    expect(r).toEqual({
      text: 'Dear Zoë, thank you for introducing me to Łukasz Wróbel!',
      missing: [],
      unknown: [],
    });
  });

  it('keeps a field with no value visible and lists it once, so the screen can flag it', () => {
    const r = mergeText('Happy {holidayName}! I hope {holidayName} is lovely, {firstName}.', {
      firstName: 'Zoë',
      holidayName: '  ',
    });
    expect(r.text).toBe('Happy {holidayName}! I hope {holidayName} is lovely, Zoë.');
    expect(r.missing).toEqual(['holidayName']);
    expect(unfilledFields(r.text)).toEqual(['holidayName']);
  });

  it('flags a field Touchpoint does not know (a typo) separately from a missing value', () => {
    const r = mergeText('Dear {frstName}, {lastName}', { firstName: 'Zoë' });
    expect(r.unknown).toEqual(['frstName']);
    expect(r.missing).toEqual(['lastName']);
  });

  it('fills extra values a touchpoint carries even if they are not in the field list', () => {
    expect(mergeText('{giftName}', { giftName: 'a tea sampler' })).toEqual({
      text: 'a tea sampler',
      missing: [],
      unknown: [],
    });
  });
});

describe('buildMergeValues', () => {
  it('defaults the salutation to "Dear <first name>" when the client has none', () => {
    const v = buildMergeValues({ client: zoe, settings });
    expect(v.salutation).toBe('Dear Zoë');
    expect(v.fullName).toBe('Zoë Ñúñez');
    expect(v.senderName).toBe('Anna Becker');
  });

  it("uses the client's own salutation and the touchpoint's details", () => {
    const v = buildMergeValues({
      client: { ...zoe, salutation: 'Liebe Zoë' },
      settings,
      touchpoint: { details: { holidayName: 'Christmas', years: '10', dateLabel: 'Wedding anniversary' } },
    });
    expect(v.salutation).toBe('Liebe Zoë');
    expect(v.holidayName).toBe('Christmas');
    expect(v.years).toBe('10');
    expect(v.dateLabel).toBe('wedding anniversary');
  });

  it('leaves the signature missing when Settings has no name, rather than printing nothing', () => {
    const card = mergeTemplate(
      templateForKind('welcome-card'),
      buildMergeValues({ client: zoe, settings: { senderName: ' ' } }),
    );
    expect(card.missing).toEqual(['signature']);
    expect(card.closing).toContain('{signature}');
  });

  it('signs with the signature from Settings, or the sender name when there is none', () => {
    const signed = mergeTemplate(
      templateForKind('welcome-card'),
      buildMergeValues({ client: zoe, settings: { senderName: 'Anna Becker', signatureText: 'Anna & Tom' } }),
    );
    expect(signed.closing).toMatch(/\nAnna & Tom$/);
    const plain = mergeTemplate(templateForKind('welcome-card'), buildMergeValues({ client: zoe, settings }));
    expect(plain.closing).toMatch(/\nAnna Becker$/);
  });
});

describe('labelInSentence', () => {
  it('lower-cases a common-noun label but keeps names and proper nouns', () => {
    expect(labelInSentence('Wedding anniversary')).toBe('wedding anniversary');
    expect(labelInSentence("Emma's birthday")).toBe("Emma's birthday");
    expect(labelInSentence('Company founding day')).toBe('company founding day');
    expect(labelInSentence('Valentine’s Day')).toBe('Valentine’s Day');
    expect(labelInSentence('Hochzeitstag mit Jörg')).toBe('Hochzeitstag mit Jörg');
  });
});

describe('default templates', () => {
  it('has exactly one built-in template per touchpoint kind, valid, with a stable id', () => {
    expect(DEFAULT_CARD_TEMPLATES.map((t) => t.kind)).toEqual([...TOUCHPOINT_KINDS]);
    for (const t of DEFAULT_CARD_TEMPLATES) {
      expect(cardTemplateSchema.parse(t)).toEqual(t);
      expect(t.builtIn).toBe(true);
      expect(t.id).toBe(`builtin:${t.kind}`);
    }
  });

  it('uses only known fields, opens with the salutation and signs off with the sender', () => {
    for (const t of DEFAULT_CARD_TEMPLATES) {
      const fields = unfilledFields(`${t.front} ${t.inside} ${t.closing}`);
      for (const f of fields) expect(Object.keys(MERGE_FIELDS)).toContain(f);
      expect(t.inside.startsWith('{salutation},')).toBe(true);
      expect(t.closing).toMatch(/,\n\{signature\}$/);
    }
  });

  it('merges every template completely with the values its touchpoint carries', () => {
    const details: Record<string, Record<string, string>> = {
      'holiday-greeting': { holidayName: 'Christmas' },
      'referral-thank-you': { referredName: 'Łukasz' },
      'important-date': { dateLabel: 'Wedding anniversary' },
    };
    for (const t of DEFAULT_CARD_TEMPLATES) {
      const m = mergeTemplate(
        t,
        buildMergeValues({ client: zoe, settings, touchpoint: { details: details[t.kind] ?? {} } }),
      );
      expect(m.missing, t.kind).toEqual([]);
      expect(m.unknown, t.kind).toEqual([]);
      expect(m.inside.startsWith('Dear Zoë,')).toBe(true);
      expect(m.closing.endsWith('Anna Becker')).toBe(true);
    }
    const holiday = mergeTemplate(
      templateForKind('holiday-greeting'),
      buildMergeValues({ client: zoe, settings }),
    );
    expect(holiday.missing).toEqual(['holidayName']);
  });

  it("prefers the user's own template for a kind over the built-in one", () => {
    const own = {
      ...templateForKind('birthday-greeting'),
      id: 'mine',
      builtIn: false,
      inside: 'Hi {firstName}!',
    };
    expect(templateForKind('birthday-greeting', [own]).id).toBe('mine');
    expect(templateForKind('welcome-card', [own]).id).toBe('builtin:welcome-card');
  });
});
