import { describe, expect, it } from 'vitest';
import { compareCounts, countRecords, describeRestorePlan, planRestore } from '../../../shared/backup';
import { FIXTURE_IDS, makeEveryKindDataset } from '../../../shared/backup/fixtures';

describe('planRestore', () => {
  it('replace: the database becomes exactly the backup, with what changes counted', () => {
    const backup = makeEveryKindDataset();
    const current = makeEveryKindDataset();
    current.clients = current.clients
      .filter((c) => c.id !== FIXTURE_IDS.sean) // Seán only in the backup → added
      .map((c) => (c.id === FIXTURE_IDS.zoe ? { ...c, phone: '+34 600 000 000' } : c)); // differs → updated
    current.gifts.push({ ...current.gifts[0]!, id: 'gift-new', what: 'Flores' }); // only current → removed

    const plan = planRestore({ tables: backup }, current, 'replace');
    expect(plan.tables.clients).toMatchObject({
      clear: true,
      added: 1,
      updated: 1,
      unchanged: 3,
      removed: 0,
    });
    expect(plan.tables.clients.put).toStrictEqual(backup.clients);
    expect(plan.tables.gifts).toMatchObject({ clear: true, removed: 1, unchanged: 2 });
    expect(plan.totals).toMatchObject({ added: 1, updated: 1, removed: 1, kept: 0, conflicts: 0 });
    expect(describeRestorePlan(plan)).toEqual(['Clients: 1 added, 1 updated', 'Gifts: 1 removed']);
  });

  it('merge: newer updatedAt wins, records only in the database stay, every difference is reported', () => {
    const backup = makeEveryKindDataset();
    const current = makeEveryKindDataset();
    const zoe = current.clients.find((c) => c.id === FIXTURE_IDS.zoe)!;
    const lukasz = current.clients.find((c) => c.id === FIXTURE_IDS.lukasz)!;
    // Zoë changed in the app after the backup: the app's copy must win.
    Object.assign(zoe, { phone: '+34 699 999 999', updatedAt: '2026-03-01T10:00:00.000Z' });
    // Łukasz changed in the backup later than in the app: the backup's copy wins.
    const bLukasz = backup.clients.find((c) => c.id === FIXTURE_IDS.lukasz)!;
    Object.assign(bLukasz, { company: 'Wróbel i Syn', updatedAt: '2026-03-02T10:00:00.000Z' });
    // A new client only in the app, and one only in the backup.
    current.clients.push({ ...lukasz, id: 'client-app-only', firstName: 'Ola' });
    backup.clients.push({ ...bLukasz, id: 'client-backup-only', firstName: 'Jürgen' });
    // Calls have no updatedAt: a difference keeps the current copy.
    current.calls[0] = { ...current.calls[0]!, outcome: 'Edited in the app' };

    const plan = planRestore({ tables: backup }, current, 'merge');
    const clients = plan.tables.clients;
    expect(clients).toMatchObject({ clear: false, added: 1, updated: 1, kept: 2, removed: 0, unchanged: 3 });
    expect(clients.put.map((c) => (c as { id: string }).id).sort()).toEqual([
      'client-backup-only',
      FIXTURE_IDS.lukasz,
    ]);
    expect(clients.conflicts).toEqual([
      {
        table: 'clients',
        id: FIXTURE_IDS.zoe,
        winner: 'current',
        reason: 'Your current copy was changed more recently.',
        backupUpdatedAt: '2026-02-28T23:59:59.999Z',
        currentUpdatedAt: '2026-03-01T10:00:00.000Z',
      },
      {
        table: 'clients',
        id: FIXTURE_IDS.lukasz,
        winner: 'backup',
        reason: 'The copy in the backup was changed more recently.',
        backupUpdatedAt: '2026-03-02T10:00:00.000Z',
        currentUpdatedAt: '2026-01-15T09:30:00.000Z',
      },
    ]);
    expect(plan.tables.calls.conflicts).toEqual([
      {
        table: 'calls',
        id: 'call-1',
        winner: 'current',
        reason: 'Calls carry no change time; kept your current copy.',
      },
    ]);
    expect(plan.tables.calls.put).toEqual([]);
    expect(plan.totals.conflicts).toBe(3);
  });

  it('merge into an empty database adds everything; compares times across offsets', () => {
    const backup = makeEveryKindDataset();
    const plan = planRestore({ tables: backup }, {}, 'merge');
    expect(plan.tables.clients.added).toBe(5);
    expect(plan.totals.conflicts).toBe(0);

    const current = makeEveryKindDataset();
    // Same instant written with another offset: not newer, so the current copy stays.
    const zoeNow = current.clients[0]!;
    Object.assign(zoeNow, { updatedAt: '2026-03-01T00:59:59.999+01:00', phone: '+34 1' });
    Object.assign(backup.clients[0]!, { updatedAt: '2026-02-28T23:59:59.999Z' });
    const p2 = planRestore({ tables: backup }, current, 'merge');
    expect(p2.tables.clients.conflicts[0]).toMatchObject({
      winner: 'current',
      reason: 'Both copies carry the same change time; kept your current copy.',
    });
  });
});

describe('compareCounts', () => {
  it('lists the tables that lost records since last time, in words', () => {
    const before = countRecords(makeEveryKindDataset());
    const now = {
      ...before,
      clients: before.clients - 2,
      gifts: before.gifts - 1,
      touchpoints: before.touchpoints + 5,
    };
    expect(compareCounts(before, now)).toEqual([
      {
        table: 'clients',
        before: 5,
        now: 3,
        missing: 2,
        message: '2 clients are missing (there were 5 last time, now 3).',
      },
      {
        table: 'gifts',
        before: 2,
        now: 1,
        missing: 1,
        message: '1 gift is missing (there were 2 last time, now 1).',
      },
    ]);
  });

  it('treats a table that vanished as empty, and ignores tables never recorded', () => {
    expect(compareCounts({ clients: 140 }, { touchpoints: 3 })).toEqual([
      {
        table: 'clients',
        before: 140,
        now: 0,
        missing: 140,
        message: '140 clients are missing (there were 140 last time, now 0).',
      },
    ]);
    expect(compareCounts({}, { clients: 0 })).toEqual([]);
    expect(compareCounts({ clients: 3 }, { clients: 3 })).toEqual([]);
  });
});
