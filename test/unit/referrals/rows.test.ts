import { describe, expect, it } from 'vitest';
import { CALL_COLUMNS, callsToRows, REFERRAL_COLUMNS, referralsToRows } from '../../../shared/referrals';
import { call, client, referral } from './fixtures';

const clients = [
  client('c-anna', 'Anna', 'Łęcka'),
  client('c-zoe', 'Zoë', 'Ñúñez'),
  client('c-wang', '小明', '王'),
];
const byId = new Map(clients.map((c) => [c.id, c]));

describe('referralsToRows', () => {
  const rows = referralsToRows(
    [
      referral('r1', 'c-anna', 'Zoë Ñúñez', '2028-02-29', {
        email: 'zoe@example.com',
        phone: '+49 30 1234',
        referrerTookAction: true,
        status: 'won',
        statusDates: { introduced: '2028-03-01', contacted: '2028-03-02', won: '2028-03-20' },
        value: 1250.5,
        leadClientId: 'c-zoe',
        notes: '=HYPERLINK("x") stays as text here; the CSV writer neutralises it',
      }),
      referral('r2', 'c-gone', '王小明', '2026-12-31', {
        status: 'lost',
        statusDates: { lost: '2027-01-04' },
      }),
    ],
    byId,
  );

  it('gives every column a human name, in a fixed order, every cell a string', () => {
    expect(Object.keys(rows[0] ?? {})).toEqual([...REFERRAL_COLUMNS]);
    for (const row of rows) for (const v of Object.values(row)) expect(typeof v).toBe('string');
  });

  it('writes names, labels, dates and values as a person reads them', () => {
    expect(rows[0]).toEqual({
      'Referral date': '2028-02-29',
      'Referred by': 'Anna Łęcka',
      'Referred person': 'Zoë Ñúñez',
      Email: 'zoe@example.com',
      Phone: '+49 30 1234',
      'Became client': 'Zoë Ñúñez',
      Introduction: 'Email',
      'Referrer introduced them': 'Yes',
      Status: 'Won',
      'Introduced on': '2028-03-01',
      'Contacted on': '2028-03-02',
      'Meeting on': '',
      'Won on': '2028-03-20',
      'Lost on': '',
      'Sale value': '1250.5',
      Notes: '=HYPERLINK("x") stays as text here; the CSV writer neutralises it',
    });
  });

  it('leaves unknown referrers and missing values empty, never "undefined"', () => {
    expect(rows[1]).toMatchObject({
      'Referred by': '',
      'Referred person': '王小明',
      'Became client': '',
      'Referrer introduced them': 'No',
      Status: 'Lost',
      'Lost on': '2027-01-04',
      'Sale value': '',
      Email: '',
    });
    expect(JSON.stringify(rows)).not.toContain('undefined');
  });

  it('accepts clients as a plain record too', () => {
    const asRecord = Object.fromEntries(clients.map((c) => [c.id, c]));
    expect(referralsToRows([referral('r3', 'c-wang', 'X', '2026-01-01')], asRecord)[0]?.['Referred by']).toBe(
      '王小明', // family name first, no space, as the client book writes it
    );
  });
});

describe('callsToRows', () => {
  // A local 14:07 call, whatever the machine's time zone.
  const at = new Date(2026, 2, 5, 14, 7).toISOString();
  const referrals = new Map([['r1', referral('r1', 'c-anna', 'Zoë Ñúñez', '2026-03-01')]]);

  it('writes local date and time, purpose label, minutes and the referred person', () => {
    const rows = callsToRows(
      [
        call('k1', 'c-anna', at, 'referral-thank-you', {
          durationSec: 90,
          outcome: 'Delighted',
          nextStep: 'Send card',
          referralId: 'r1',
        }),
        call('k2', 'c-wang', at, 'referral-ask', { durationSec: 0 }),
      ],
      byId,
      referrals,
    );
    expect(Object.keys(rows[0] ?? {})).toEqual([...CALL_COLUMNS]);
    expect(rows[0]).toEqual({
      Date: '2026-03-05',
      Time: '14:07',
      Client: 'Anna Łęcka',
      Purpose: 'Referral thank-you',
      'Duration (minutes)': '1.5',
      Outcome: 'Delighted',
      'Next step': 'Send card',
      Notes: '',
      'Referred person': 'Zoë Ñúñez',
    });
    expect(rows[1]).toMatchObject({
      Client: '王小明',
      Purpose: 'Referral ask',
      'Duration (minutes)': '0',
      'Referred person': '',
    });
  });
});
