/**
 * The yearly gift budget: what was spent on gifts given in a calendar year, what is left, and
 * where it went (by month, by client). Only gifts of type 'given' count; ideas cost nothing yet.
 *
 * Money is summed in hundredths (integer "cents") so 0.10 + 0.20 is 0.30, not 0.30000000000000004,
 * and a budget of 100 spent as 33.33 + 33.33 + 33.34 leaves exactly 0.
 */
import type { IsoDate } from '../domain/dates';
import type { Gift } from '../domain/schemas';
import type { Settings } from '../domain/settings';

export type GiftBudget = Settings['giftBudget'];

export interface ClientSpend {
  clientId: string;
  spent: number;
  /** Gifts given to this client that year (with or without a cost). */
  count: number;
}

export interface GiftBudgetSummary {
  year: number;
  currency: string;
  /** The yearly budget; 0 means the user set none. */
  yearly: number;
  hasBudget: boolean;
  spent: number;
  /** Budget minus spent; negative when over. Equals -spent when there is no budget. */
  left: number;
  over: boolean;
  /** How much over the budget (0 when within). */
  overBy: number;
  /** Spent / budget, 0..∞ (1 = all used); null without a budget. */
  share: number | null;
  /** Gifts given this year. */
  givenCount: number;
  /** Gifts given this year with no cost noted: the spent figure may be low. */
  uncosted: number;
  /** Spent per month, January first (12 entries). */
  byMonth: number[];
  /** Spent per client, most first (ties by more gifts, then id for a stable order). */
  byClient: ClientSpend[];
}

const toCents = (amount: number): number => Math.round(amount * 100);
const fromCents = (cents: number): number => cents / 100;

/** The calendar year of a day, read from the string (no time zone can move it). */
export function yearOf(day: IsoDate): number {
  return Number(day.slice(0, 4));
}

function monthIndexOf(day: IsoDate): number {
  return Number(day.slice(5, 7)) - 1;
}

/** Gifts given in `year` (ideas and other years left out). */
export function givenInYear(gifts: readonly Gift[], year: number): Gift[] {
  return gifts.filter((g) => g.type === 'given' && yearOf(g.date) === year);
}

/**
 * The budget for one calendar year. `gifts` may hold any gifts (ideas, other years): only those
 * given in `year` are counted.
 */
export function summarizeGiftBudget(
  gifts: readonly Gift[],
  budget: GiftBudget,
  year: number,
): GiftBudgetSummary {
  const given = givenInYear(gifts, year);
  const monthCents = new Array<number>(12).fill(0);
  const clients = new Map<string, { cents: number; count: number }>();
  let spentCents = 0;
  let uncosted = 0;
  for (const g of given) {
    const cents = g.cost === undefined ? 0 : toCents(g.cost);
    if (g.cost === undefined) uncosted++;
    spentCents += cents;
    const m = monthIndexOf(g.date);
    monthCents[m] = (monthCents[m] ?? 0) + cents;
    const c = clients.get(g.clientId) ?? { cents: 0, count: 0 };
    c.cents += cents;
    c.count++;
    clients.set(g.clientId, c);
  }
  const budgetCents = toCents(Math.max(0, budget.yearly));
  const hasBudget = budgetCents > 0;
  const leftCents = budgetCents - spentCents;
  const byClient = [...clients.entries()]
    .map(([clientId, c]) => ({ clientId, spent: fromCents(c.cents), count: c.count, cents: c.cents }))
    .sort((a, b) => b.cents - a.cents || b.count - a.count || a.clientId.localeCompare(b.clientId))
    .map(({ cents: _cents, ...rest }) => rest);
  return {
    year,
    currency: budget.currency,
    yearly: fromCents(budgetCents),
    hasBudget,
    spent: fromCents(spentCents),
    left: fromCents(leftCents),
    over: hasBudget && leftCents < 0,
    overBy: hasBudget && leftCents < 0 ? fromCents(-leftCents) : 0,
    share: hasBudget ? spentCents / budgetCents : null,
    givenCount: given.length,
    uncosted,
    byMonth: monthCents.map(fromCents),
    byClient,
  };
}

export interface SpendCheck {
  /** What would be left after this cost (negative when over). */
  leftAfter: number;
  /** True when this cost takes a budget that was within over it. */
  crossesBudget: boolean;
  /** True when the budget would be over after this cost (whether or not it already was). */
  overAfter: boolean;
}

/**
 * What a gift about to be logged does to the budget, so the form can say "this puts you 20 over"
 * before saving. A gift dated in another year than the summary's does not touch it.
 */
export function checkSpend(summary: GiftBudgetSummary, cost: number | undefined, date: IsoDate): SpendCheck {
  const counts = cost !== undefined && cost > 0 && yearOf(date) === summary.year;
  const leftCents = toCents(summary.left) - (counts ? toCents(cost) : 0);
  return {
    leftAfter: fromCents(leftCents),
    crossesBudget: summary.hasBudget && counts && !summary.over && leftCents < 0,
    overAfter: summary.hasBudget && leftCents < 0,
  };
}
