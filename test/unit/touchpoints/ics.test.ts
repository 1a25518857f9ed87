import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { touchpointSchema, type Touchpoint } from '../../../shared/domain/schemas';
import { touchpointsToIcs } from '../../../shared/touchpoints/ics';
import { summarizeByDay } from '../../../shared/touchpoints/calendar';
import type { IsoDate } from '../../../shared/domain/dates';

function tp(id: string, due: string, title: string, kind: Touchpoint['kind'] = 'birthday-greeting'): Touchpoint {
  return touchpointSchema.parse({
    id,
    clientId: 'c1',
    kind,
    channel: 'card',
    due,
    status: 'planned',
    title,
    manual: false,
    createdAt: '2026-11-24T09:00:00.000Z',
    updatedAt: '2026-11-24T09:00:00.000Z',
  });
}

describe('.ics export', () => {
  it('parses back (ical.js) into the same all-day events', () => {
    const items = [
      { touchpoint: tp('c1:birthday:2027', '2027-02-22', 'Birthday card — turns 40'), clientName: 'Zoë Ñúñez' },
      { touchpoint: tp('c2:holiday:new-year:2027', '2026-12-22', 'New Year greeting', 'holiday-greeting'), clientName: '王小明' },
      { touchpoint: tp('c3:welcome', '2026-12-31', 'Welcome card', 'welcome-card'), clientName: 'Łukasz Wróbel' },
    ];
    const text = touchpointsToIcs(items, '2026-11-24T09:00:00.000Z');
    const comp = new ICAL.Component(ICAL.parse(text));
    const events = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.uid, e.summary, e.startDate.toString(), e.endDate.toString(), e.startDate.isDate])).toEqual([
      ['c1:birthday:2027@touchpoint.app', 'Birthday card — turns 40 — Zoë Ñúñez', '2027-02-22', '2027-02-23', true],
      ['c2:holiday:new-year:2027@touchpoint.app', 'New Year greeting — 王小明', '2026-12-22', '2026-12-23', true],
      ['c3:welcome@touchpoint.app', 'Welcome card — Łukasz Wróbel', '2026-12-31', '2027-01-01', true],
    ]);
  });

  it('writes a valid empty calendar when nothing is upcoming', () => {
    const comp = new ICAL.Component(ICAL.parse(touchpointsToIcs([], '2026-11-24T09:00:00.000Z')));
    expect(comp.getAllSubcomponents('vevent')).toHaveLength(0);
  });
});

describe('month view summary', () => {
  it('keeps busy days to a fixed number of rows with a "+N more" count', () => {
    const items = [
      ...Array.from({ length: 10 }, (_, i) => ({ id: `a${i}`, day: '2026-12-24' as IsoDate })),
      { id: 'b', day: '2026-12-01' as IsoDate },
    ];
    const out = summarizeByDay(items, (x) => x.day, 4);
    expect(out.map((b) => [b.day, b.shown.length, b.more])).toEqual([
      ['2026-12-01', 1, 0],
      ['2026-12-24', 3, 7],
    ]);
    // Exactly at the limit: all shown, no "+N more".
    const four = summarizeByDay(items.slice(0, 4), (x) => x.day, 4);
    expect(four[0]?.shown).toHaveLength(4);
    expect(four[0]?.more).toBe(0);
  });
});
