/**
 * A realistic client book from a fixed seed, for the benchmark and its smoke test.
 *
 * 10,000 clients (by default) across DE/US/FR/GB/CN/IN and a few more countries, with regions,
 * Unicode names (Zoë, Łukasz, 王小明), birthdays including Feb 29, journeys in every status,
 * tags, important dates and holiday choices; 20,000 calls over the past year; 2,000 referrals
 * with their follow-ups; the past year of touchpoints (mostly done or skipped, a few still
 * open) and the coming year planned by the app's own planner (shared/planning). Everything is
 * validated by the domain schemas, so the rows are exactly what the app would store.
 *
 * Pure and deterministic: the same seed, size and "today" give the same book, in Node or a browser.
 */
import { addDaysIso, makeIsoDate, maxIsoDate, type IsoDate } from '../shared/domain/dates';
import {
  callSchema,
  clientSchema,
  referralSchema,
  type Call,
  type CallPurpose,
  type Client,
  type Referral,
  type ReferralStatus,
  type Touchpoint,
} from '../shared/domain/schemas';
import { settingsSchema, type Settings } from '../shared/domain/settings';
import { planTouchpoints, type HolidaysProvider } from '../shared/planning';
import { planReferralFollowUps } from '../shared/referrals';

export const DEFAULT_SEED = 20_261_124;

/** How far back the stored history reaches. */
export const HISTORY_DAYS = 365;

export interface BookOptions {
  clients: number;
  /** The user's calendar day: history lies before it, the plan after it. */
  today: IsoDate;
  seed?: number;
  /** Default clients / 5 (2,000 at 10,000 clients). */
  referrals?: number;
  /** Default clients * 2 (20,000 at 10,000 clients). */
  calls?: number;
  holidays: HolidaysProvider;
}

export interface Book {
  today: IsoDate;
  /** The instant written to createdAt/updatedAt of planned rows. */
  now: string;
  settings: Settings;
  clients: Client[];
  /** History, referral follow-ups and the year ahead, in one list (history first). */
  touchpoints: Touchpoint[];
  /** What existed before the year ahead was planned: history and referral follow-ups. */
  before: Touchpoint[];
  /** The year ahead, as the planner made it. */
  planned: Touchpoint[];
  referrals: Referral[];
  calls: Call[];
  /** Per client, the last day of a logged touch (what renderer/data/planner computes from the tables). */
  lastTouch: Map<string, IsoDate>;
  counts: {
    clients: number;
    touchpoints: number;
    history: number;
    followUps: number;
    planned: number;
    referrals: number;
    calls: number;
    feb29Birthdays: number;
  };
}

/** mulberry32: small, fast, and the same sequence everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rnd = () => number;
const pick = <T>(rnd: Rnd, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
const int = (rnd: Rnd, lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));

/** A UUID-shaped id from the seed: the same length and spread as crypto.randomUUID(). */
function uuid(rnd: Rnd): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(rnd() * 4)]}${hex(3)}-${hex(12)}`;
}

interface Culture {
  country: string | undefined;
  weight: number;
  regions: readonly (string | undefined)[];
  first: readonly string[];
  last: readonly string[];
  /** Family name first, no space (displayName handles it). */
  cjk?: boolean;
  cities: readonly string[];
  holidays: readonly string[];
  phone: string;
}

const WESTERN = [
  'new-year',
  'valentines-day',
  'easter',
  'mothers-day',
  'fathers-day',
  'halloween',
  'christmas-eve',
  'christmas',
  'new-years-eve',
  'national-day',
];

const CULTURES: readonly Culture[] = [
  {
    country: 'DE',
    weight: 24,
    regions: ['BY', 'BE', 'HH', 'NW', 'BW', 'SN', undefined],
    first: [
      'Jürgen',
      'Anna-Lena',
      'Björn',
      'Sören',
      'Jörg',
      'Käthe',
      'Lukas',
      'Mia',
      'Felix',
      'Grete',
      'Hannah',
    ],
    last: [
      'Müller',
      'Schäfer',
      'Weiß',
      'Groß',
      'Becker',
      'Hoffmann',
      'Köhler',
      'Fuchs',
      'Schröder',
      'Wagner',
    ],
    cities: ['München', 'Berlin', 'Hamburg', 'Köln', 'Düsseldorf', 'Leipzig'],
    holidays: [...WESTERN, 'reformation-day', 'all-saints'],
    phone: '+49 89 ',
  },
  {
    country: 'US',
    weight: 24,
    regions: ['NY', 'CA', 'TX', 'IL', 'WA', 'FL', undefined],
    first: ['Emily', 'Michael', 'Ashley', 'Tyler', 'Brianna', 'Jamal', 'Madison', 'José', 'Ava', 'Noah'],
    last: ['Johnson', 'Williams', "O'Connor", 'Rodriguez', 'Nguyen', 'Smith', 'García', 'Kim', 'Brown'],
    cities: ['New York', 'Los Angeles', 'Austin', 'Chicago', 'Seattle', 'Miami'],
    holidays: [...WESTERN, 'thanksgiving'],
    phone: '+1 212 ',
  },
  {
    country: 'FR',
    weight: 12,
    regions: [undefined, undefined, undefined, '67', '57'],
    first: ['Zoë', 'Chloé', 'Hélène', 'Théo', 'François', 'Léa', 'Mathéo', 'Inès', 'Noémie', 'Gaël'],
    last: ['Lefèvre', 'Dubois', 'Moreau', 'Girard', 'Bénard', 'Rousseau', 'Fournier', 'Mercier'],
    cities: ['Paris', 'Lyon', 'Strasbourg', 'Marseille', 'Besançon'],
    holidays: [...WESTERN, 'assumption', 'all-saints'],
    phone: '+33 1 ',
  },
  {
    country: 'GB',
    weight: 12,
    regions: ['ENG', 'ENG', 'SCT', 'WLS', 'NIR'],
    first: ['Olivia', 'Harry', 'Siobhán', 'Amelia', 'Oliver', 'Niamh', 'Rhys', 'Isla', 'Ciarán'],
    last: ["O'Brien", 'Taylor', 'Davies', 'Evans', 'Thompson', 'McAllister', 'Llewellyn', 'Ó Briain'],
    cities: ['London', 'Edinburgh', 'Cardiff', 'Belfast', 'Manchester'],
    holidays: WESTERN,
    phone: '+44 20 ',
  },
  {
    country: 'CN',
    weight: 8,
    regions: [undefined],
    first: ['小明', '丽娜', '伟', '芳', '静', '强', '秀英', '子涵'],
    last: ['王', '李', '张', '刘', '陈', '杨', '黄', '赵'],
    cjk: true,
    cities: ['北京', '上海', '深圳', '杭州'],
    holidays: [
      'new-year',
      'valentines-day',
      'womens-day',
      'lunar-new-year',
      'mid-autumn',
      'national-day',
      'christmas',
      'new-years-eve',
    ],
    phone: '+86 10 ',
  },
  {
    country: 'IN',
    weight: 8,
    regions: ['MH', 'KA', 'TN', 'DL', undefined],
    first: ['Priya', 'Arjun', 'Ananya', 'Rohan', 'Saanvi', 'Vihaan', 'Aarav', 'Diya'],
    last: ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Gupta', 'Nair', 'Banerjee', 'Singh'],
    cities: ['Mumbai', 'Bengaluru', 'Chennai', 'Delhi', 'Pune'],
    holidays: [
      'new-year',
      'womens-day',
      'mothers-day',
      'diwali',
      'national-day',
      'christmas',
      'eid-al-fitr',
      'new-years-eve',
    ],
    phone: '+91 22 ',
  },
  {
    country: 'ES',
    weight: 4,
    regions: ['MD', 'CT', 'AN', undefined],
    first: ['Íñigo', 'Begoña', 'Nuria', 'Álvaro', 'María José'],
    last: ['Ñúñez', 'Muñoz', 'Peña', 'Ibáñez', 'Castaño'],
    cities: ['Madrid', 'Barcelona', 'Sevilla', 'A Coruña'],
    holidays: [...WESTERN, 'epiphany', 'assumption'],
    phone: '+34 91 ',
  },
  {
    country: 'PL',
    weight: 3,
    regions: [undefined],
    first: ['Łukasz', 'Zofia', 'Małgorzata', 'Paweł', 'Agnieszka'],
    last: ['Wróbel', 'Kowalczyk', 'Wiśniewska', 'Dąbrowski', 'Łęcka'],
    cities: ['Gdańsk', 'Kraków', 'Łódź', 'Wrocław'],
    holidays: [...WESTERN, 'all-saints'],
    phone: '+48 58 ',
  },
  {
    country: 'IL',
    weight: 2,
    regions: [undefined],
    first: ['Noa', 'Yonatan', 'Tamar', 'Eitan'],
    last: ['Cohen', 'Levi', 'Mizrahi', 'Friedman'],
    cities: ['Tel Aviv', 'Jerusalem', 'Haifa'],
    holidays: ['rosh-hashanah', 'hanukkah', 'passover', 'new-year', 'national-day', 'womens-day'],
    phone: '+972 3 ',
  },
  {
    country: 'AE',
    weight: 1,
    regions: [undefined],
    first: ['Fatima', 'Omar', 'Layla', 'Yusuf'],
    last: ['Al-Farsi', 'Haddad', 'Khalil', 'Saleh'],
    cities: ['Dubai', 'Abu Dhabi'],
    holidays: ['eid-al-fitr', 'eid-al-adha', 'ramadan', 'islamic-new-year', 'new-year', 'national-day'],
    phone: '+971 4 ',
  },
  {
    country: undefined,
    weight: 2,
    regions: [undefined],
    first: ['Alex', 'Sam', 'Kim', 'Robin'],
    last: ['Meyer', 'Jansen', 'Novak'],
    cities: ['—'],
    holidays: ['new-year', 'christmas', 'easter'],
    phone: '+49 30 ',
  },
];
const CULTURE_TOTAL = CULTURES.reduce((s, c) => s + c.weight, 0);

const TAGS = [
  'vip',
  'coaching',
  'workshop-2025',
  'newsletter',
  'referrer',
  'café-owner',
  'speaker',
  'alumni',
  '家族',
  'retreat',
  'b2b',
  'premium',
];
const COMPANIES = [
  'Bäckerei Groß',
  'Atelier Lefèvre',
  'Nguyen Design LLC',
  'Studio Łąka',
  '星光咨询',
  'Iyer & Sons',
  'Peña Abogados',
  undefined,
  undefined,
];
const IMPORTANT = [
  'Wedding anniversary',
  'Business anniversary',
  "Partner's birthday",
  "Daughter's birthday",
  'Name day',
];
const PURPOSES: readonly CallPurpose[] = [
  'check-in',
  'check-in',
  'check-in',
  'referral-thank-you',
  'testimonial-request',
  'referral-ask',
  'other',
];
const STATUS_STEPS: readonly ReferralStatus[] = ['new', 'introduced', 'contacted', 'meeting', 'won'];

function pickCulture(rnd: Rnd): Culture {
  let r = rnd() * CULTURE_TOTAL;
  for (const c of CULTURES) {
    r -= c.weight;
    if (r < 0) return c;
  }
  return CULTURES[0]!;
}

function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '')
    .toLowerCase();
}

function instant(day: IsoDate, rnd: Rnd): string {
  return `${day}T${String(int(rnd, 7, 19)).padStart(2, '0')}:${String(int(rnd, 0, 59)).padStart(2, '0')}:00.000Z`;
}

function makeClient(i: number, rnd: Rnd, today: IsoDate): Client {
  const culture = pickCulture(rnd);
  const first = pick(rnd, culture.first);
  const last = rnd() < 0.93 ? pick(rnd, culture.last) : undefined;
  const roll = rnd();
  const status = roll < 0.55 ? 'active' : roll < 0.8 ? 'completed' : roll < 0.9 ? 'prospect' : 'archived';
  // Journeys started over the past three years; a few in the last weeks (welcome and check-in due).
  const start = addDaysIso(today, rnd() < 0.06 ? -int(rnd, 0, 40) : -int(rnd, 41, 3 * 365));
  const journey: Client['journey'] = { status };
  if (status !== 'prospect') journey.start = start;
  if (status === 'active' && rnd() < 0.7) journey.expectedEnd = addDaysIso(start, int(rnd, 180, 900));
  if (status === 'completed') journey.expectedEnd = maxIsoDate(start, addDaysIso(today, -int(rnd, 1, 700)));
  if (journey.expectedEnd && journey.start && journey.expectedEnd < journey.start)
    journey.expectedEnd = journey.start;
  let birthday: Client['birthday'];
  if (rnd() < 0.85) {
    const month = int(rnd, 1, 12);
    // About one client in 400 is a leapling: Feb 29, with a leap birth year or none.
    const leap = month === 2 && rnd() < 0.05;
    const day = leap ? 29 : int(rnd, 1, [4, 6, 9, 11].includes(month) ? 30 : month === 2 ? 28 : 31);
    const year = rnd() < 0.6 ? (leap ? 1960 + 4 * int(rnd, 0, 10) : int(rnd, 1950, 2002)) : undefined;
    birthday = year === undefined ? { month, day } : { month, day, year };
  }
  const importantDates = Array.from({ length: rnd() < 0.75 ? int(rnd, 1, 3) : 0 }, (_, n) => {
    const month = int(rnd, 1, 12);
    return {
      id: `imp-${i}-${n}`,
      label: pick(rnd, IMPORTANT),
      date:
        rnd() < 0.5
          ? { month, day: int(rnd, 1, 28), year: int(rnd, 1985, 2024) }
          : { month, day: int(rnd, 1, 28) },
    };
  });
  const tags = [...new Set(Array.from({ length: int(rnd, 0, 3) }, () => pick(rnd, TAGS)))];
  // Most clients follow the user's default holidays; others have their own list.
  const holidays = rnd() < 0.55 ? undefined : culture.holidays.filter(() => rnd() < 0.95);
  const region = pick(rnd, culture.regions);
  const created = instant(addDaysIso(journey.start ?? today, -int(rnd, 1, 60)), rnd);
  const email =
    rnd() < 0.9
      ? `${ascii(first) || 'client'}.${ascii(last ?? '') || i}${i}@example.${culture.country?.toLowerCase() ?? 'com'}`
      : undefined;
  return clientSchema.parse({
    id: uuid(rnd),
    firstName: first,
    lastName: last,
    email,
    phone: rnd() < 0.7 ? `${culture.phone}${int(rnd, 100000, 9999999)}` : undefined,
    company: pick(rnd, COMPANIES),
    country: culture.country,
    region,
    address:
      rnd() < 0.75
        ? {
            lines: [
              `${pick(rnd, ['Lindenstraße', 'Rue de la Paix', 'Main St', 'High Street', '人民路', 'MG Road', 'ul. Długa'])} ${int(rnd, 1, 200)}`,
            ],
            city: pick(rnd, culture.cities),
            postalCode: String(int(rnd, 10000, 99999)),
            country: culture.country,
          }
        : undefined,
    birthday,
    importantDates,
    journey,
    tags,
    notes:
      rnd() < 0.3
        ? 'Met at the spring workshop; prefers mornings. Kids: two — ask about the football season.'
        : undefined,
    preferredChannel: pick(rnd, ['card', 'call', 'email', undefined] as const),
    holidays,
    createdAt: created,
    updatedAt: created,
    deletedAt: rnd() < 0.01 ? instant(addDaysIso(today, -int(rnd, 1, 20)), rnd) : undefined,
  });
}

/** The user's settings: a German user greeting a generous default set of holidays. */
export function benchSettings(): Settings {
  return settingsSchema.parse({
    senderName: 'Anna Becker',
    country: 'DE',
    region: 'BY',
    returnAddress: { lines: ['Kastanienallee 7'], city: 'Berlin', postalCode: '10435', country: 'DE' },
    plan: {
      defaultHolidays: [
        'new-year',
        'valentines-day',
        'easter',
        'mothers-day',
        'fathers-day',
        'national-day',
        'halloween',
        'christmas-eve',
        'christmas',
        'new-years-eve',
      ],
    },
  });
}

function bump(map: Map<string, IsoDate>, id: string, day: IsoDate): void {
  const prev = map.get(id);
  if (!prev || day > prev) map.set(id, day);
}

/** Builds the whole book. About 3 s for 10,000 clients in Node (two planner runs). */
export function generateBook(options: BookOptions): Book {
  const { today, holidays } = options;
  const rnd = prng(options.seed ?? DEFAULT_SEED);
  const settings = benchSettings();
  const now = `${today}T06:00:00.000Z`;
  const home = { country: settings.country, region: settings.region };

  const clients = Array.from({ length: options.clients }, (_, i) => makeClient(i, rnd, today));
  const living = clients.filter(
    (c) => !c.deletedAt && (c.journey.status === 'active' || c.journey.status === 'completed'),
  );
  const pool = living.length ? living : clients;

  // Calls over the past year.
  const nCalls = options.calls ?? options.clients * 2;
  const calls: Call[] = [];
  for (let i = 0; i < nCalls; i++) {
    const client = pick(rnd, pool);
    const at = instant(addDaysIso(today, -int(rnd, 1, 365)), rnd);
    calls.push(
      callSchema.parse({
        id: uuid(rnd),
        clientId: client.id,
        at,
        durationSec: int(rnd, 60, 2400),
        purpose: pick(rnd, PURPOSES),
        outcome: rnd() < 0.5 ? 'Going well; wants to book the follow-up package in spring.' : undefined,
        nextStep: rnd() < 0.2 ? 'Send the workshop dates' : undefined,
        createdAt: at,
      }),
    );
  }

  // A year of history: what the planner planned then, mostly handled since.
  const historyStart = addDaysIso(today, -HISTORY_DAYS);
  const lastTouchThen = new Map<string, IsoDate>();
  for (const c of calls)
    if (c.at.slice(0, 10) < historyStart) bump(lastTouchThen, c.clientId, c.at.slice(0, 10) as IsoDate);
  const past = planTouchpoints({
    clients,
    rules: settings.plan,
    today: historyStart,
    horizonEnd: addDaysIso(today, -1),
    existing: [],
    lastTouchByClient: lastTouchThen,
    holidays,
    home,
    now: `${historyStart}T06:00:00.000Z`,
  }).put;
  const history: Touchpoint[] = [];
  for (const t of past) {
    if (t.due >= today) continue;
    const recent = t.due >= addDaysIso(today, -10);
    const r = rnd();
    // A few recent ones are still open (overdue on Today); older ones were done or skipped.
    if (recent && r < 0.06) {
      history.push(t);
    } else if (r < 0.86) {
      const doneDay = addDaysIso(t.due, int(rnd, 0, 3));
      history.push({
        ...t,
        status: 'done',
        doneAt: instant(doneDay < today ? doneDay : t.due, rnd),
        doneVia: t.channel,
      });
    } else {
      history.push({ ...t, status: 'skipped' });
    }
  }

  // Referrals and their follow-ups (the referral planner's own rows).
  const nReferrals = options.referrals ?? Math.round(options.clients / 5);
  const referrals: Referral[] = [];
  const followUps: Touchpoint[] = [];
  const byId = new Map(clients.map((c) => [c.id, c]));
  for (let i = 0; i < nReferrals; i++) {
    const referrer = pick(rnd, pool);
    const date = addDaysIso(today, -int(rnd, 0, 365));
    const reach = rnd() < 0.2 ? 5 : int(rnd, 0, 4);
    const statusDates: Partial<Record<ReferralStatus, IsoDate>> = {};
    let day = date;
    let status: ReferralStatus = 'new';
    for (let s = 0; s <= reach && s < STATUS_STEPS.length; s++) {
      const next = STATUS_STEPS[s]!;
      if (day >= today) break;
      statusDates[next] = day;
      status = next;
      day = addDaysIso(day, int(rnd, 1, 20));
    }
    if (status !== 'won' && rnd() < 0.15 && day < today) {
      statusDates.lost = day;
      status = 'lost';
    }
    const lead = pick(rnd, clients);
    const referral = referralSchema.parse({
      id: uuid(rnd),
      referrerId: referrer.id,
      lead: {
        name: `${lead.firstName}${lead.lastName ? ` ${lead.lastName}` : ''}`,
        email: rnd() < 0.6 ? `lead${i}@example.org` : undefined,
      },
      leadClientId: status === 'won' && rnd() < 0.5 && lead.id !== referrer.id ? lead.id : undefined,
      date,
      introMethod: pick(rnd, ['phone', 'email', 'in-person', 'other'] as const),
      referrerTookAction: rnd() < 0.6,
      status,
      statusDates,
      value: status === 'won' ? int(rnd, 5, 80) * 50 : undefined,
      createdAt: instant(date, rnd),
      updatedAt: instant(date, rnd),
    });
    referrals.push(referral);
    const diff = planReferralFollowUps({
      referral,
      referrerFirstName: byId.get(referral.referrerId)?.firstName ?? '',
      existing: [],
      settings,
      today,
      now,
      newId: () => uuid(rnd),
    });
    for (const t of diff.put) {
      followUps.push(
        t.due < addDaysIso(today, -7)
          ? { ...t, status: 'done', doneAt: instant(t.due, rnd), doneVia: t.channel }
          : t,
      );
    }
  }

  // The last touch per client, as renderer/data/planner.lastTouchByClient computes it.
  const lastTouch = new Map<string, IsoDate>();
  for (const c of calls) bump(lastTouch, c.clientId, c.at.slice(0, 10) as IsoDate);
  for (const t of [...history, ...followUps]) {
    if (t.status === 'done') bump(lastTouch, t.clientId, (t.doneAt?.slice(0, 10) ?? t.due) as IsoDate);
  }

  // The year ahead, planned by the app's planner over that history.
  const ahead = planTouchpoints({
    clients,
    rules: settings.plan,
    today,
    existing: history,
    lastTouchByClient: lastTouch,
    holidays,
    home,
    now,
  });
  const replaced = new Set([...ahead.put.map((t) => t.id), ...ahead.remove]);
  const before = [...history.filter((t) => !replaced.has(t.id)), ...followUps];
  const touchpoints = [...before, ...ahead.put];

  return {
    today,
    now,
    settings,
    clients,
    touchpoints,
    before,
    planned: ahead.put,
    referrals,
    calls,
    lastTouch,
    counts: {
      clients: clients.length,
      touchpoints: touchpoints.length,
      history: history.length,
      followUps: followUps.length,
      planned: ahead.put.length,
      referrals: referrals.length,
      calls: calls.length,
      feb29Birthdays: clients.filter((c) => c.birthday?.month === 2 && c.birthday.day === 29).length,
    },
  };
}

/** Today's local calendar day (the bench runs against the real clock, as the app does). */
export function localToday(date = new Date()): IsoDate {
  return makeIsoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}
