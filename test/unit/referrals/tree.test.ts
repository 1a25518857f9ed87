import { describe, expect, it } from 'vitest';
import { referralTree, type ReferralTreeNode } from '../../../shared/referrals';
import { client, referral } from './fixtures';

/*
 * Anna ─┬─ Bruno (client, via rA1) ─┬─ Dora (client, via rB1) ─┬─ Emil (client, via rD1)
 *       │                           │                          └─ Finn Ó (lead only, rD2)
 *       │                           └─ Greta (client; source says "referred by Bruno", no referral record)
 *       └─ Carla 李 (lead only, rA2, meeting)
 */
const clients = [
  client('c-anna', 'Anna', 'Łęcka', { source: { kind: 'channel', channel: 'event' } }),
  client('c-bruno', 'Bruno', 'Díaz', { source: { kind: 'referral', referredByClientId: 'c-anna' } }),
  client('c-dora', 'Dora'),
  client('c-emil', 'Emil', 'Strauß'),
  client('c-greta', 'Greta', undefined, { source: { kind: 'referral', referredByClientId: 'c-bruno' } }),
];
const referrals = [
  referral('rA1', 'c-anna', 'Bruno Díaz', '2025-01-10', {
    status: 'won',
    value: 900,
    leadClientId: 'c-bruno',
  }),
  referral('rA2', 'c-anna', 'Carla 李', '2025-03-02', { status: 'meeting' }),
  referral('rB1', 'c-bruno', 'Dora', '2025-06-01', { status: 'won', value: 400, leadClientId: 'c-dora' }),
  referral('rD1', 'c-dora', 'Emil S.', '2025-09-09', { status: 'won', value: 300, leadClientId: 'c-emil' }),
  referral('rD2', 'c-dora', 'Finn Ó', '2025-10-01', { status: 'lost' }),
];

/** The tree as indented text: easy to read when it fails. */
function draw(nodes: readonly ReferralTreeNode[]): string[] {
  return nodes.flatMap((n) => [
    `${'  '.repeat(n.depth - 1)}${n.name}${n.status ? ` [${n.status}]` : ''}${n.cycle ? ' (cycle)' : ''}`,
    ...draw(n.children),
  ]);
}

describe('referralTree', () => {
  it('shows three levels below the root, continuing only through leads who became clients', () => {
    const tree = referralTree({ clientId: 'c-anna', clients, referrals });
    expect(tree.name).toBe('Anna Łęcka');
    expect(draw(tree.referred)).toEqual([
      'Bruno Díaz [won]',
      '  Dora [won]',
      '    Emil Strauß [won]', // the client's name, not the lead name typed on the referral
      '    Finn Ó [lost]',
      '  Greta',
      'Carla 李 [meeting]',
    ]);
    expect(tree.referred[0]).toMatchObject({
      clientId: 'c-bruno',
      referralId: 'rA1',
      depth: 1,
      date: '2025-01-10',
    });
    expect(tree.descendantCount).toBe(6);
    expect(tree.referredBy).toEqual([]);
    expect(tree.cycleDetected).toBe(false);
  });

  it('walks up the chain from the bottom', () => {
    const tree = referralTree({ clientId: 'c-emil', clients, referrals });
    expect(tree.referredBy).toEqual([
      { clientId: 'c-dora', name: 'Dora', depth: 1, referralId: 'rD1', cycle: false },
      { clientId: 'c-bruno', name: 'Bruno Díaz', depth: 2, referralId: 'rB1', cycle: false },
      { clientId: 'c-anna', name: 'Anna Łęcka', depth: 3, referralId: 'rA1', cycle: false },
    ]);
    expect(tree.referred).toEqual([]);
  });

  it('follows client.source up when there is no referral record', () => {
    const tree = referralTree({ clientId: 'c-greta', clients, referrals });
    expect(tree.referredBy.map((l) => [l.name, l.referralId])).toEqual([
      ['Bruno Díaz', undefined],
      ['Anna Łęcka', 'rA1'],
    ]);
  });

  it('stops at a cycle in both directions instead of looping', () => {
    // X referred Y, and (typed by mistake) Y referred X.
    const xs = [client('c-x', 'Xavier'), client('c-y', 'Yūko')];
    const loop = [
      referral('rXY', 'c-x', 'Yūko', '2025-01-01', { leadClientId: 'c-y' }),
      referral('rYX', 'c-y', 'Xavier', '2025-02-01', { leadClientId: 'c-x' }),
    ];
    const tree = referralTree({ clientId: 'c-x', clients: xs, referrals: loop });
    expect(draw(tree.referred)).toEqual(['Yūko [new]', '  Xavier [new] (cycle)']);
    expect(tree.referred[0]?.children[0]?.children).toEqual([]);
    expect(tree.referredBy.map((l) => [l.name, l.depth, l.cycle])).toEqual([
      ['Yūko', 1, false],
      ['Xavier', 2, true],
    ]);
    expect(tree.cycleDetected).toBe(true);
    expect(tree.descendantCount).toBe(1);
  });

  it('survives a client who referred themselves', () => {
    const self = [referral('rS', 'c-anna', 'Anna Łęcka', '2025-01-01', { leadClientId: 'c-anna' })];
    const tree = referralTree({ clientId: 'c-anna', clients, referrals: self });
    // Anna under herself is cut; Bruno still shows through his client.source link.
    expect(tree.referred.map((n) => [n.name, n.cycle, n.children.length])).toEqual([
      ['Anna Łęcka', true, 0],
      ['Bruno Díaz', false, 1],
    ]);
    expect(tree.referredBy.map((l) => l.cycle)).toEqual([true]);
  });

  it('caps the depth of a very long chain', () => {
    const chain = Array.from({ length: 30 }, (_, i) => client(`c${i}`, `P${i}`));
    const links = chain
      .slice(1)
      .map((c, i) => referral(`r${i}`, `c${i}`, c.firstName, '2025-01-01', { leadClientId: c.id }));
    const tree = referralTree({ clientId: 'c0', clients: chain, referrals: links, maxDepth: 5 });
    expect(tree.descendantCount).toBe(5);
    expect(
      referralTree({ clientId: 'c29', clients: chain, referrals: links, maxDepth: 5 }).referredBy,
    ).toHaveLength(5);
  });
});
