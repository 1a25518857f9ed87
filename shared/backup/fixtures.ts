/**
 * "A database holding every kind of record": a small, fixed data set for tests in any layer
 * (backup round trips, migrations, restore, exports, e2e seeding). Names in several scripts,
 * Feb 29 and year-end dates, a soft-deleted client, optional fields both set and absent.
 *
 * Every record is run through its domain schema here, so a schema change that the fixture no
 * longer meets fails loudly at the first test instead of hiding in a round trip.
 */
import {
  callSchema,
  cardHistorySchema,
  cardTemplateSchema,
  clientSchema,
  giftSchema,
  referralSchema,
  testimonialCheckSchema,
  touchpointSchema,
  type Call,
  type CardHistoryEntry,
  type CardTemplate,
  type Client,
  type Gift,
  type Referral,
  type TestimonialCheck,
  type Touchpoint,
} from '../domain/schemas';
import { rewardGivenSchema, type RewardGiven, type Settings } from '../domain/settings';
import { createBackup, readBackup, type ReadBackupResult } from './format';
import { BACKUP_TABLES, settingsRowSchema, type BackupTables } from './tables';

export interface EveryKindDataset extends BackupTables {
  clients: Client[];
  touchpoints: Touchpoint[];
  referrals: Referral[];
  calls: Call[];
  testimonials: TestimonialCheck[];
  gifts: Gift[];
  templates: CardTemplate[];
  cardHistory: CardHistoryEntry[];
  rewardsGiven: RewardGiven[];
  settings: (Settings & { id: 'app' })[];
  meta: { key: string; value: unknown }[];
}

const T0 = '2026-01-15T09:30:00.000Z';
const T1 = '2026-02-28T23:59:59.999Z';

/** Ids used by the fixture, so tests can refer to a record without searching. */
export const FIXTURE_IDS = {
  zoe: 'client-zoe',
  lukasz: 'client-lukasz',
  wang: 'client-wang',
  annaLena: 'client-anna-lena',
  sean: 'client-sean',
} as const;

export function makeEveryKindDataset(): EveryKindDataset {
  const clients = [
    {
      id: FIXTURE_IDS.zoe,
      firstName: 'Zoë',
      lastName: 'Ñúñez',
      salutation: 'Querida Zoë',
      email: 'zoe.nunez@example.es',
      phone: '+34 612 345 678',
      address: {
        lines: ['Calle de Alcalá 1', '3º izquierda'],
        city: 'Madrid',
        postalCode: '28014',
        country: 'España',
      },
      company: 'Café Ñandú S.L.',
      country: 'ES',
      region: 'MD',
      birthday: { month: 2, day: 29, year: 1992 },
      importantDates: [
        { id: 'imp-zoe-1', label: 'Aniversario de boda', date: { month: 12, day: 31, year: 2015 } },
      ],
      journey: { start: '2025-12-31', expectedEnd: '2026-02-28', status: 'active' },
      source: { kind: 'channel', channel: 'website' },
      tags: ['VIP', 'Café', 'año-nuevo'],
      notes: 'Prefers "handwritten" cards;\nlikes ☕ and 🌻.\nAllergic to lilies, commas, and tabs\t!',
      preferredChannel: 'card',
      createdAt: T0,
      updatedAt: T1,
    },
    {
      id: FIXTURE_IDS.lukasz,
      firstName: 'Łukasz',
      lastName: 'Wróbel',
      email: 'lukasz.wrobel@example.pl',
      address: { lines: ['ul. Długa 5/7'], city: 'Gdańsk', postalCode: '80-827', country: 'Polska' },
      country: 'PL',
      birthday: { month: 12, day: 31, year: 1985 },
      importantDates: [],
      journey: { start: '2026-01-01', status: 'prospect' },
      source: { kind: 'referral', referredByClientId: FIXTURE_IDS.zoe },
      tags: [],
      preferredChannel: 'call',
      holidays: ['christmas', 'new-year', 'easter'],
      createdAt: T0,
      updatedAt: T0,
    },
    {
      id: FIXTURE_IDS.wang,
      firstName: '小明',
      lastName: '王',
      company: '北京科技有限公司',
      phone: '+86 10 1234 5678',
      country: 'CN',
      // Feb 29 without a year: allowed, it exists in leap years.
      birthday: { month: 2, day: 29 },
      importantDates: [{ id: 'imp-wang-1', label: '公司周年', date: { month: 1, day: 1 } }],
      journey: { status: 'completed', start: '2024-02-29', expectedEnd: '2025-12-31' },
      tags: ['中文', 'Partner'],
      createdAt: '2024-02-29T12:00:00.000Z',
      updatedAt: '2025-12-31T23:59:59.000Z',
    },
    {
      id: FIXTURE_IDS.annaLena,
      firstName: 'Anna-Lena',
      lastName: 'Müller-Lüdenscheidt',
      salutation: 'Liebe Anna-Lena',
      email: 'anna-lena@example.de',
      address: {
        lines: ['Straße des 17. Juni 1'],
        city: 'München',
        region: 'Bayern',
        postalCode: '80331',
        country: 'Deutschland',
      },
      country: 'DE',
      region: 'BY',
      birthday: { month: 1, day: 1, year: 2000 },
      importantDates: [],
      journey: { status: 'archived' },
      tags: ['Empfehlung'],
      holidays: [],
      createdAt: T0,
      updatedAt: T1,
      deletedAt: T1,
    },
    {
      id: FIXTURE_IDS.sean,
      firstName: 'Seán',
      lastName: "O'Brien-Ó Súilleabháin",
      email: 'sean+cards@example.ie',
      importantDates: [],
      journey: { status: 'prospect' },
      tags: [],
      notes: '=HYPERLINK("http://evil.example") is just text here',
      createdAt: T0,
      updatedAt: T0,
    },
  ].map((c) => clientSchema.parse(c));

  const touchpoints = [
    {
      id: 'tp-zoe-birthday-2028',
      clientId: FIXTURE_IDS.zoe,
      kind: 'birthday-greeting',
      channel: 'card',
      due: '2028-02-22',
      status: 'planned',
      title: 'Birthday card (turns 36)',
      planKey: 'birthday:2028-02-29',
      details: { years: '36', birthday: '2028-02-29' },
      manual: false,
      createdAt: T0,
      updatedAt: T0,
    },
    {
      id: 'tp-lukasz-nye',
      clientId: FIXTURE_IDS.lukasz,
      kind: 'holiday-greeting',
      channel: 'card',
      due: '2026-12-31',
      status: 'snoozed',
      title: 'Szczęśliwego Nowego Roku',
      planKey: 'holiday:new-year:2027',
      details: { holidayName: 'Nowy Rok' },
      manual: true,
      createdAt: T0,
      updatedAt: T1,
    },
    {
      id: 'tp-wang-thanks',
      clientId: FIXTURE_IDS.wang,
      kind: 'referral-thank-you',
      channel: 'call',
      due: '2026-01-01',
      status: 'done',
      title: '感谢推荐',
      referralId: 'ref-1',
      doneAt: '2026-01-02T08:15:00+08:00',
      doneVia: 'email',
      notes: 'Called, then emailed.',
      manual: false,
      createdAt: T0,
      updatedAt: T1,
    },
    {
      id: 'tp-sean-skip',
      clientId: FIXTURE_IDS.sean,
      kind: 'custom',
      channel: 'meeting',
      due: '2024-02-29',
      status: 'skipped',
      title: 'Coffee at the café',
      manual: true,
      createdAt: T0,
      updatedAt: T0,
    },
  ].map((t) => touchpointSchema.parse(t));

  const referrals = [
    {
      id: 'ref-1',
      referrerId: FIXTURE_IDS.zoe,
      lead: { name: 'Łucja Nowak', email: 'lucja@example.pl', phone: '+48 500 600 700' },
      leadClientId: FIXTURE_IDS.lukasz,
      date: '2025-12-31',
      introMethod: 'in-person',
      referrerTookAction: true,
      status: 'won',
      statusDates: { new: '2025-12-31', introduced: '2026-01-01', meeting: '2026-01-15', won: '2026-02-28' },
      value: 1200.5,
      notes: 'Met at the Año Nuevo party.',
      createdAt: T0,
      updatedAt: T1,
    },
    {
      id: 'ref-2',
      referrerId: FIXTURE_IDS.wang,
      lead: { name: '李华' },
      date: '2024-02-29',
      introMethod: 'email',
      referrerTookAction: false,
      status: 'new',
      statusDates: { new: '2024-02-29' },
      createdAt: T0,
      updatedAt: T0,
    },
  ].map((r) => referralSchema.parse(r));

  const calls = [
    {
      id: 'call-1',
      clientId: FIXTURE_IDS.zoe,
      at: '2026-02-28T23:30:00.000+01:00',
      durationSec: 754,
      purpose: 'referral-thank-you',
      outcome: '¡Muy contenta!',
      nextStep: 'Send a card',
      referralId: 'ref-1',
      touchpointId: 'tp-wang-thanks',
      createdAt: T1,
    },
    {
      id: 'call-2',
      clientId: FIXTURE_IDS.lukasz,
      at: T0,
      durationSec: 0,
      purpose: 'check-in',
      createdAt: T0,
    },
  ].map((c) => callSchema.parse(c));

  const testimonials = [
    {
      id: 'tc-1',
      clientId: FIXTURE_IDS.zoe,
      date: '2026-02-28',
      doingBetter: 'Más tiempo para mi familia',
      doneRight: 'Listening',
      whatToRefer: 'Small cafés in Madrid',
      greenLight: true,
      referralAskedAt: '2026-12-31',
      createdAt: T1,
    },
    { id: 'tc-2', clientId: FIXTURE_IDS.wang, date: '2024-02-29', greenLight: false, createdAt: T0 },
  ].map((t) => testimonialCheckSchema.parse(t));

  const gifts = [
    {
      id: 'gift-1',
      clientId: FIXTURE_IDS.zoe,
      type: 'given',
      what: 'Turrón & café',
      occasion: 'End of journey',
      date: '2026-02-28',
      cost: 49.99,
      whereBought: 'Mercado de San Miguel',
      reception: 'Loved it 😊',
      touchpointId: 'tp-zoe-birthday-2028',
      createdAt: T1,
    },
    {
      id: 'gift-2',
      clientId: FIXTURE_IDS.lukasz,
      type: 'idea',
      what: 'Pierniki toruńskie',
      date: '2026-12-31',
      cost: 0,
      createdAt: T0,
    },
  ].map((g) => giftSchema.parse(g));

  const templates = [
    {
      id: 'tpl-birthday',
      kind: 'birthday-greeting',
      name: 'Birthday',
      front: 'Happy Birthday!',
      inside: 'Dear {firstName},\nwishing you a wonderful year ahead.',
      closing: 'Warmly,',
      builtIn: true,
      updatedAt: T0,
    },
    {
      id: 'tpl-custom-1',
      kind: 'custom',
      name: 'Gracias / Dziękuję / 谢谢',
      front: '¡Gracias!',
      inside: 'Querida {firstName}: gracias por confiar en mí.',
      closing: 'Un abrazo,',
      builtIn: false,
      updatedAt: T1,
    },
  ].map((t) => cardTemplateSchema.parse(t));

  const cardHistory = [
    {
      id: 'card-1',
      clientId: FIXTURE_IDS.zoe,
      touchpointId: 'tp-zoe-birthday-2028',
      templateId: 'tpl-birthday',
      date: '2024-02-29',
      text: 'Dear Zoë,\nwishing you a wonderful year ahead.\nWarmly,',
      createdAt: T0,
    },
    { id: 'card-2', clientId: FIXTURE_IDS.wang, date: '2025-12-31', text: '新年快乐，小明！', createdAt: T1 },
  ].map((c) => cardHistorySchema.parse(c));

  const rewardsGiven = [
    {
      id: 'rw-1',
      clientId: FIXTURE_IDS.zoe,
      key: 'won:ref-1',
      description: '€25 voucher for Librería Ñ',
      givenOn: '2026-02-28',
      createdAt: T1,
    },
  ].map((r) => rewardGivenSchema.parse(r));

  const settings = [
    settingsRowSchema.parse({
      id: 'app',
      senderName: 'Zoë Ñúñez',
      signatureText: 'Zoë',
      returnAddress: { lines: ['Calle de Alcalá 1'], city: 'Madrid', postalCode: '28014', country: 'España' },
      country: 'ES',
      region: 'MD',
      paperSize: 'A4',
      locale: 'es-ES',
      cards: { font: 'caveat', ink: 'navy', variation: true, foldMarks: false },
      rewards: { enabled: true, perWon: '€25 voucher', tiers: [{ count: 3, reward: 'Dinner for two' }] },
      giftBudget: { yearly: 500, currency: 'EUR' },
    }),
  ];

  const meta = [
    { key: 'recordCounts', value: { clients: 5, touchpoints: 4 } },
    { key: 'import.csvMapping', value: { Vorname: 'firstName', Nachname: 'lastName', 'E-Mail': 'email' } },
    { key: 'lastBackupAt', value: '2026-02-28T23:59:59.999Z' },
  ];

  return {
    clients,
    touchpoints,
    referrals,
    calls,
    testimonials,
    gifts,
    templates,
    cardHistory,
    rewardsGiven,
    settings,
    meta,
  };
}

const FIRST = ['Zoë', 'Łukasz', '小明', 'Anna-Lena', 'Seán', 'José', 'Ångström', 'Chloé', 'Dmitrij', 'Ayşe'];
const LAST = ['Ñúñez', 'Wróbel', '王', 'Müller', "O'Brien", 'García', 'Søren', 'Dubois', 'Iwanow', 'Yılmaz'];

/** `count` valid clients with varied Unicode names, for large-data tests and benchmarks. */
export function makeManyClients(count: number, startIndex = 0): Client[] {
  const out: Client[] = [];
  for (let i = startIndex; i < startIndex + count; i++) {
    const month = (i % 12) + 1;
    const day = (i % 28) + 1;
    out.push(
      clientSchema.parse({
        id: `client-${i}`,
        firstName: FIRST[i % FIRST.length],
        lastName: `${LAST[(i * 7) % LAST.length]} ${i}`,
        email: `person${i}@example.com`,
        birthday: { month, day, ...(i % 3 ? { year: 1950 + (i % 60) } : {}) },
        importantDates: [],
        journey: { status: 'active', start: '2026-01-01' },
        tags: i % 5 === 0 ? ['VIP'] : [],
        createdAt: T0,
        updatedAt: T0,
      }),
    );
  }
  return out;
}

/** Every table empty: spread a fixture over it to build "a database holding only …". */
export function emptyTables(): BackupTables {
  return Object.fromEntries(BACKUP_TABLES.map((t) => [t, []])) as unknown as BackupTables;
}

/**
 * Writes `tables` to a backup and reads it back, as a restore would. Tests in any layer use it to
 * check that what they store survives a backup: compare `result.backup.tables` with the input.
 */
export async function backupRoundTrip(
  tables: Partial<BackupTables>,
  schemaVersion = 1,
): Promise<{ text: string; result: ReadBackupResult }> {
  const text = await createBackup({
    tables: { ...emptyTables(), ...tables },
    appVersion: 'test',
    createdAt: '2026-03-14T10:00:00.000Z',
    schemaVersion,
  });
  return { text, result: await readBackup(text, { currentSchemaVersion: schemaVersion }) };
}
