/**
 * Referrals repository: the only code that reads and writes the referrals table.
 *
 * Every write that can change what follow-ups a referral implies (create, edit, status change)
 * re-plans its three thank-yous in the same transaction, through the pure planner in
 * shared/referrals, so the referral and its touchpoints never disagree and re-planning twice never
 * duplicates anything.
 */
import { toIsoDate, type IsoDate } from '../../shared/domain/dates';
import { validate, type FieldErrors, type Validated } from '../../shared/domain/errors';
import {
  INTRO_METHODS,
  REFERRAL_STATUSES,
  referralSchema,
  type Channel,
  type Client,
  type IntroMethod,
  type Referral,
  type ReferralStatus,
  type Touchpoint,
} from '../../shared/domain/schemas';
import {
  applyStatusChange,
  convertLeadToClient,
  planReferralFollowUps,
  referralReportCard,
  type ReferralReportCard,
  type ReportPeriod,
} from '../../shared/referrals';
import { createClient, newId } from './clients';
import { getDb } from './db';
import { onClientsChanged } from './hooks';
import { getSettings, saveSettings } from './settings';

function nowIso(): string {
  return new Date().toISOString();
}

function todayLocal(): IsoDate {
  return toIsoDate(new Date());
}

/** What the referral form sends. Free text is trimmed and validated by the domain schema. */
export interface ReferralInput {
  referrerId: string;
  lead: { name: string; email?: string; phone?: string };
  date: string;
  introMethod: IntroMethod;
  referrerTookAction: boolean;
  notes?: string;
  /**
   * Edits only: the sale value. Leave the key out to keep the recorded value; present but
   * undefined clears it (refused for a won referral). Status changes carry their own value.
   */
  value?: number;
}

/** Options for tests: the day and instant the change happens. */
export interface When {
  today?: IsoDate;
  now?: string;
}

/** A new referral is `new` from its own date: the report card and the tree read this date. */
export function initialStatusDates(date: IsoDate): Partial<Record<ReferralStatus, IsoDate>> {
  return { new: date };
}

/**
 * Re-plans one referral's follow-ups. Must run inside a transaction over referrals, clients,
 * touchpoints and settings (every caller here does).
 */
async function replan(referral: Referral, now: string, today: IsoDate): Promise<void> {
  const db = getDb();
  const referrer = await db.clients.get(referral.referrerId);
  const existing = await db.touchpoints.where('referralId').equals(referral.id).toArray();
  const settings = await getSettings();
  const diff = planReferralFollowUps({
    referral,
    referrerFirstName: referrer?.firstName ?? '',
    existing,
    settings,
    today,
    now,
    newId,
  });
  if (diff.remove.length) await db.touchpoints.bulkDelete(diff.remove);
  if (diff.put.length) await db.touchpoints.bulkPut(diff.put);
}

function rw<T>(fn: () => Promise<T>): Promise<T> {
  const db = getDb();
  return db.transaction('rw', [db.referrals, db.clients, db.touchpoints, db.settings], fn);
}

async function checkReferrer(referrerId: string): Promise<FieldErrors | undefined> {
  if (!referrerId) return { referrerId: 'Choose who made the referral' };
  const c = await getDb().clients.get(referrerId);
  if (!c || c.deletedAt)
    return { referrerId: 'That person is no longer in your client book: choose another' };
  return undefined;
}

function build(input: ReferralInput, base: Partial<Referral>, now: string): Validated<Referral> {
  if (!(INTRO_METHODS as readonly string[]).includes(input.introMethod)) {
    return { ok: false, errors: { introMethod: 'Choose how the introduction happened' } };
  }
  return validate(referralSchema, {
    status: 'new',
    statusDates: {},
    createdAt: now,
    ...base,
    referrerId: input.referrerId,
    lead: { name: input.lead.name, email: input.lead.email ?? '', phone: input.lead.phone ?? '' },
    date: input.date,
    introMethod: input.introMethod,
    referrerTookAction: input.referrerTookAction,
    notes: input.notes ?? '',
    value: 'value' in input ? input.value : base.value,
    updatedAt: now,
  });
}

/** Logs a referral (status `new`, dated from its own date) and plans its follow-ups. */
/** A referral is something that happened: it cannot be dated after today. */
function notInFuture(date: string | undefined, today: string): Record<string, string> {
  return date && date > today ? { date: 'A referral cannot be dated in the future: use the day it was made.' } : {};
}

export async function createReferral(input: ReferralInput, when: When = {}): Promise<Validated<Referral>> {
  const now = when.now ?? nowIso();
  const today = when.today ?? todayLocal();
  const bad = { ...(await checkReferrer(input.referrerId)), ...notInFuture(input.date, today) };
  const v = build(input, { id: newId() }, now);
  if (Object.keys(bad).length || !v.ok) return { ok: false, errors: { ...(v.ok ? {} : v.errors), ...bad } };
  const referral: Referral = { ...v.value, statusDates: initialStatusDates(v.value.date) };
  await rw(async () => {
    await getDb().referrals.add(referral);
    await replan(referral, now, today);
  });
  return { ok: true, value: referral };
}

/**
 * Edits the facts of a referral (who, whom, date, how, notes, value). The status and its dates
 * change only through `changeReferralStatus`; a new referral date moves the `new` date with it.
 */
export async function updateReferral(
  id: string,
  input: ReferralInput,
  when: When = {},
): Promise<Validated<Referral>> {
  const now = when.now ?? nowIso();
  const today = when.today ?? todayLocal();
  const bad = await checkReferrer(input.referrerId);
  if (bad) return { ok: false, errors: bad };
  return rw(async () => {
    const db = getDb();
    const existing = await db.referrals.get(id);
    if (!existing)
      return { ok: false, errors: { _: 'This referral no longer exists. It may have been deleted.' } };
    const v = build(input, existing, now);
    if (!v.ok) return v;
    if (v.value.status === 'won' && v.value.value === undefined) {
      return { ok: false, errors: { value: 'A won referral needs the value of the sale' } };
    }
    const statusDates = { ...v.value.statusDates };
    if (existing.statusDates.new === existing.date || !statusDates.new) statusDates.new = v.value.date;
    const referral: Referral = { ...v.value, statusDates };
    await db.referrals.put(referral);
    await replan(referral, now, today);
    return { ok: true, value: referral };
  });
}

/**
 * Moves a referral to another status on `today` (see applyStatusChange for the date rules) and
 * re-plans its follow-ups. Won needs a value, given here or already recorded.
 */
export async function changeReferralStatus(
  id: string,
  status: ReferralStatus,
  options: { value?: number } & When = {},
): Promise<Validated<Referral>> {
  const now = options.now ?? nowIso();
  const today = options.today ?? todayLocal();
  if (!(REFERRAL_STATUSES as readonly string[]).includes(status)) {
    return { ok: false, errors: { status: `"${status}" is not a referral status` } };
  }
  return rw(async () => {
    const db = getDb();
    const existing = await db.referrals.get(id);
    if (!existing)
      return { ok: false, errors: { _: 'This referral no longer exists. It may have been deleted.' } };
    const r = applyStatusChange(existing, status, today, { value: options.value, now });
    if (!r.ok) return { ok: false, errors: { [r.field]: r.message } };
    const referral = referralSchema.parse(r.referral);
    await db.referrals.put(referral);
    await replan(referral, now, today);
    return { ok: true, value: referral };
  });
}

/** Puts a referral back as it was (Undo of a status change or edit) and re-plans to match. */
export async function restoreReferral(before: Referral, when: When = {}): Promise<void> {
  const now = when.now ?? nowIso();
  const today = when.today ?? todayLocal();
  await rw(async () => {
    await getDb().referrals.put(before);
    await replan(before, now, today);
  });
}

/** What a delete took away, so Undo can put it back exactly. */
export interface DeletedReferral {
  referral: Referral;
  touchpoints: Touchpoint[];
}

/**
 * Deletes a referral and its follow-ups that were still to do. Done and skipped follow-ups stay
 * in the referrer's history (a thank-you that went out did happen).
 */
export async function deleteReferral(id: string): Promise<DeletedReferral | undefined> {
  const db = getDb();
  return db.transaction('rw', db.referrals, db.touchpoints, async () => {
    const referral = await db.referrals.get(id);
    if (!referral) return undefined;
    const linked = await db.touchpoints.where('referralId').equals(id).toArray();
    const open = linked.filter((t) => t.status === 'planned' || t.status === 'snoozed');
    await db.touchpoints.bulkDelete(open.map((t) => t.id));
    await db.referrals.delete(id);
    return { referral, touchpoints: open };
  });
}

export async function undoDeleteReferral(deleted: DeletedReferral): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.referrals, db.touchpoints, async () => {
    await db.referrals.put(deleted.referral);
    if (deleted.touchpoints.length) await db.touchpoints.bulkPut(deleted.touchpoints);
  });
}

const converting = new Set<string>();

/**
 * Turns the referred lead into a client (one click when they sign), linked both ways: the client's
 * source is the referral from the referrer, the referral points at the new client. Goes through
 * createClient, so the client gets planned like any other (welcome card…). A second click while
 * the first runs, or on a referral already converted, makes no twin.
 */
export async function convertReferralToClient(id: string, when: When = {}): Promise<Validated<Client>> {
  const now = when.now ?? nowIso();
  const today = when.today ?? todayLocal();
  if (converting.has(id)) return { ok: false, errors: { _: 'Already turning this lead into a client…' } };
  converting.add(id);
  try {
    const db = getDb();
    const referral = await db.referrals.get(id);
    if (!referral)
      return { ok: false, errors: { _: 'This referral no longer exists. It may have been deleted.' } };
    const planned = convertLeadToClient(referral, today, now, newId);
    if (!planned.ok) return { ok: false, errors: { [planned.field]: planned.message } };
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = planned.client;
    // The new client lives where the user does unless told otherwise: their holidays follow.
    const settings = await getSettings();
    const created = await createClient({
      ...fields,
      country: fields.country ?? settings.country,
      region: fields.country ? fields.region : settings.region,
    });
    if (!created.ok) {
      const first = Object.values(created.errors)[0] ?? 'check the name and contact details';
      return { ok: false, errors: { lead: `${referral.lead.name} cannot become a client yet: ${first}` } };
    }
    await db.transaction('rw', db.referrals, async () => {
      const latest = await db.referrals.get(id);
      if (latest) await db.referrals.put({ ...latest, leadClientId: created.value.id, updatedAt: now });
    });
    return created;
  } finally {
    converting.delete(id);
  }
}

// ---------- reads ----------

/** Newest first. */
export async function listReferrals(): Promise<Referral[]> {
  const rows = await getDb().referrals.toArray();
  return rows.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

export async function getReferral(id: string): Promise<Referral | undefined> {
  return getDb().referrals.get(id);
}

/** Referrals this client made, newest first. */
export async function referralsByReferrer(clientId: string): Promise<Referral[]> {
  const rows = await getDb().referrals.where('referrerId').equals(clientId).toArray();
  return rows.sort((a, b) => b.date.localeCompare(a.date));
}

/** The referral that brought this client in, if they came as a referred lead. */
export async function referralOfLead(clientId: string): Promise<Referral | undefined> {
  return getDb().referrals.where('leadClientId').equals(clientId).first();
}

/** Every follow-up touchpoint of one referral, by due day. */
export async function followUpsOf(referralId: string): Promise<Touchpoint[]> {
  const rows = await getDb().touchpoints.where('referralId').equals(referralId).toArray();
  return rows.sort((a, b) => a.due.localeCompare(b.due));
}

/** The report card for a period, over every referral, follow-up and reward on record. */
export async function loadReportCard(period: ReportPeriod, today: IsoDate): Promise<ReferralReportCard> {
  const db = getDb();
  const [referrals, touchpoints, rewardsGiven, settings] = await Promise.all([
    db.referrals.toArray(),
    db.touchpoints.where('kind').equals('referral-thank-you').toArray(),
    db.rewardsGiven.toArray(),
    getSettings(),
  ]);
  return referralReportCard({
    referrals,
    touchpoints,
    program: settings.rewards,
    rewardsGiven,
    period,
    today,
  });
}

/**
 * Re-plans the follow-ups of every referral these clients made: a renamed referrer gets the new
 * first name in the titles. Registered on client changes below.
 */
export async function replanReferralsOf(clientIds: readonly string[], when: When = {}): Promise<void> {
  const now = when.now ?? nowIso();
  const today = when.today ?? todayLocal();
  if (!clientIds.length) return;
  await rw(async () => {
    const referrals = await getDb()
      .referrals.where('referrerId')
      .anyOf([...clientIds])
      .toArray();
    for (const r of referrals) await replan(r, now, today);
  });
}

/** Re-plans every referral (e.g. after the preferred follow-up channel changed in Settings). */
export async function replanAllReferrals(when: When = {}): Promise<void> {
  const now = when.now ?? nowIso();
  const today = when.today ?? todayLocal();
  await rw(async () => {
    for (const r of await getDb().referrals.toArray()) await replan(r, now, today);
  });
}

/** The channel for the thank-you and the status report; open follow-ups switch to it. */
export async function savePreferredFollowUp(channel: Channel, when: When = {}): Promise<Validated<Channel>> {
  const current = await getSettings();
  const saved = await saveSettings({ ...current, preferredReferralFollowUp: channel });
  if (!saved.ok)
    return {
      ok: false,
      errors: { preferredReferralFollowUp: 'Choose a call, card, email, gift or meeting' },
    };
  await replanAllReferrals(when);
  return { ok: true, value: saved.value.preferredReferralFollowUp };
}

onClientsChanged((ids) => replanReferralsOf(ids));
