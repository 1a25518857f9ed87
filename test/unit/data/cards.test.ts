import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  cardHistoryForClient,
  cardHistoryForClients,
  deleteTemplate,
  earlierSends,
  getTemplate,
  isEditedBuiltIn,
  listTemplates,
  recordCardsSent,
  resetTemplate,
  restoreTemplate,
  saveTemplate,
  undoCardsSent,
} from '../../../renderer/data/cards';
import { createClient } from '../../../renderer/data/clients';
import type { TouchpointDb } from '../../../renderer/data/db';
import { addOneOff, getTouchpoint, markDone } from '../../../renderer/data/touchpoints';
import { templateForKind } from '../../../shared/cards';
import { isoDate } from '../../../shared/domain/dates';
import { TOUCHPOINT_KINDS, type Client, type Touchpoint } from '../../../shared/domain/schemas';
import { freshDb } from './dbHelpers';

let db: TouchpointDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

async function client(firstName: string, lastName?: string): Promise<Client> {
  const r = await createClient({
    firstName,
    lastName,
    importantDates: [],
    tags: [],
    journey: { status: 'active' },
  });
  if (!r.ok) throw new Error('setup');
  return r.value;
}

async function cardTouchpoint(c: Client, title = 'Welcome card', due = '2026-11-25'): Promise<Touchpoint> {
  return addOneOff({ clientId: c.id, kind: 'welcome-card', channel: 'card', due: isoDate(due), title });
}

describe('card templates', () => {
  it('lists a warm built-in template for every touchpoint kind, with merge fields and no stray braces', async () => {
    const all = await listTemplates();
    for (const kind of TOUCHPOINT_KINDS) {
      const t = all.find((x) => x.kind === kind && x.builtIn);
      expect(t, kind).toBeDefined();
      expect(t!.inside).toContain('{salutation}');
      expect(t!.closing).toContain('{signature}');
    }
    expect(all.every((t) => t.builtIn)).toBe(true);
  });

  it('keeps the user’s wording of a built-in, cannot move it to another kind, and resets with undo', async () => {
    const inside = '{salutation},\n\nWillkommen an Bord – schön, dass Sie da sind!';
    const r = await saveTemplate('builtin:welcome-card', {
      kind: 'birthday-greeting',
      name: 'Willkommen',
      front: 'Herzlich willkommen',
      inside,
      closing: 'Herzlich,\n{senderName}',
    });
    expect(r.ok).toBe(true);
    const all = await listTemplates();
    const welcome = all.filter((t) => t.kind === 'welcome-card');
    expect(welcome).toHaveLength(1);
    expect(welcome[0]).toMatchObject({
      id: 'builtin:welcome-card',
      builtIn: true,
      name: 'Willkommen',
      inside,
    });
    expect(isEditedBuiltIn(welcome[0]!)).toBe(true);
    // The birthday kind still has its own built-in only.
    expect(all.filter((t) => t.kind === 'birthday-greeting').map((t) => t.id)).toEqual([
      'builtin:birthday-greeting',
    ]);

    const before = await resetTemplate('builtin:welcome-card');
    expect(before?.inside).toBe(inside);
    const reset = await getTemplate('builtin:welcome-card');
    expect(reset?.name).toBe('Welcome');
    expect(isEditedBuiltIn(reset!)).toBe(false);

    await restoreTemplate(before!);
    expect((await getTemplate('builtin:welcome-card'))?.front).toBe('Herzlich willkommen');
  });

  it('adds several own templates per occasion; the newest is the default for that kind; delete undoes', async () => {
    const a = await saveTemplate(null, {
      kind: 'holiday-greeting',
      name: 'Holidays, short',
      front: 'Season’s greetings',
      inside: '{salutation}, happy {holidayName}!',
      closing: '{senderName}',
    });
    await new Promise((r) => setTimeout(r, 5));
    const b = await saveTemplate(null, {
      kind: 'holiday-greeting',
      name: 'Holidays, for 王小明',
      front: '新年快乐',
      inside: '{salutation}，新年快乐！',
      closing: '{senderName}',
    });
    if (!a.ok || !b.ok) throw new Error('save failed');
    const all = await listTemplates();
    const holiday = all.filter((t) => t.kind === 'holiday-greeting');
    expect(holiday.map((t) => t.name)).toEqual([
      'Holiday greeting',
      'Holidays, for 王小明',
      'Holidays, short',
    ]);
    expect(templateForKind('holiday-greeting', all).id).toBe(b.value.id);
    expect(b.value.inside).toBe('{salutation}，新年快乐！');

    expect(await deleteTemplate('builtin:holiday-greeting')).toBeUndefined();
    const gone = await deleteTemplate(b.value.id);
    expect((await listTemplates()).some((t) => t.id === b.value.id)).toBe(false);
    await restoreTemplate(gone!);
    expect((await listTemplates()).some((t) => t.id === b.value.id)).toBe(true);
  });

  it('refuses a template without a name, naming the field', async () => {
    const r = await saveTemplate(null, { kind: 'custom', name: '  ', front: '', inside: 'Hi', closing: '' });
    expect(r).toEqual({ ok: false, errors: { name: 'Name the template' } });
    expect(await db.templates.count()).toBe(0);
  });
});

describe('card history', () => {
  it('records what went out, marks the touchpoints done by card, and undoes the whole batch at once', async () => {
    const zoe = await client('Zoë', 'Ñúñez');
    const wang = await client('小明', '王');
    const t1 = await cardTouchpoint(zoe);
    const t2 = await cardTouchpoint(wang, 'Birthday card', '2026-11-30');
    const text1 = 'Welcome!\n\nDear Zoë,\n\nSo glad we are starting this together.\n\nWarmly,\nAnna';
    const text2 = 'Happy Birthday\n\n亲爱的王小明，\n\n生日快乐！\n\nAnna';

    const undo = await recordCardsSent(
      [
        { clientId: zoe.id, touchpointId: t1.id, templateId: 'builtin:welcome-card', text: text1 },
        { clientId: wang.id, touchpointId: t2.id, templateId: 'builtin:birthday-greeting', text: text2 },
      ],
      isoDate('2026-11-24'),
    );
    expect(await getTouchpoint(t1.id)).toMatchObject({ status: 'done', doneVia: 'card' });
    expect((await getTouchpoint(t2.id))?.status).toBe('done');
    const zh = await cardHistoryForClient(zoe.id);
    expect(zh).toHaveLength(1);
    expect(zh[0]).toMatchObject({
      date: '2026-11-24',
      templateId: 'builtin:welcome-card',
      text: text1,
      touchpointId: t1.id,
    });
    expect((await cardHistoryForClient(wang.id))[0]?.text).toBe(text2);

    await undoCardsSent(undo);
    expect((await getTouchpoint(t1.id))?.status).toBe('planned');
    expect((await getTouchpoint(t2.id))?.status).toBe('planned');
    expect(await cardHistoryForClient(zoe.id)).toEqual([]);
    expect(await db.cardHistory.count()).toBe(0);
  });

  it('leaves a touchpoint that was already done alone, also on undo', async () => {
    const zoe = await client('Zoë');
    const t = await cardTouchpoint(zoe);
    await markDone(t.id, { via: 'call', at: '2026-11-20T09:00:00.000Z' });
    const undo = await recordCardsSent(
      [{ clientId: zoe.id, touchpointId: t.id, text: 'Hi' }],
      isoDate('2026-11-24'),
    );
    expect(undo.touchpoints).toEqual([]);
    await undoCardsSent(undo);
    expect(await getTouchpoint(t.id)).toMatchObject({
      status: 'done',
      doneVia: 'call',
      doneAt: '2026-11-20T09:00:00.000Z',
    });
  });

  it('finds the same message sent before, whatever the line breaks, but not a different one', async () => {
    const zoe = await client('Zoë', 'Ñúñez');
    const other = await client('Łukasz');
    const sent = 'Happy Christmas\n\nDear Zoë,\n\nThank you for a wonderful year.\n\nWarm wishes,\nAnna';
    await recordCardsSent([{ clientId: zoe.id, text: sent }], isoDate('2025-12-15'));
    await recordCardsSent([{ clientId: zoe.id, text: 'Welcome!\n\nDear Zoë' }], isoDate('2025-01-02'));
    const history = await cardHistoryForClients([zoe.id, other.id]);
    const mine = history.get(zoe.id)!;
    expect(mine.map((h) => h.date)).toEqual(['2025-12-15', '2025-01-02']);
    expect(history.get(other.id)).toEqual([]);

    const again = 'Happy Christmas\nDear Zoë,\nThank you for a wonderful year.\nWarm wishes,\nAnna ';
    expect(earlierSends(mine, again).map((h) => h.date)).toEqual(['2025-12-15']);
    expect(earlierSends(mine, again.replace('wonderful', 'lovely'))).toEqual([]);
    expect(earlierSends(mine, again.replace('Zoë', 'Zoe'))).toEqual([]);
  });
});
