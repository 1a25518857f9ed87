/**
 * Calls repository: the phone calls the user logged. Logging a call can complete the planned
 * call it answers and turn its next step into a touchpoint, all in one transaction, and it tells
 * the planner the client was just in touch (their keep-in-touch clock starts again).
 */
import { toIsoDate, type IsoDate } from '../../shared/domain/dates';
import { validate, type FieldErrors, type Validated } from '../../shared/domain/errors';
import {
  CALL_PURPOSES,
  CHANNELS,
  OPEN_STATUSES,
  callSchema,
  touchpointSchema,
  type Call,
  type CallPurpose,
  type Channel,
  type Touchpoint,
} from '../../shared/domain/schemas';
import { newId } from './clients';
import { getDb } from './db';
import { afterClientsChanged } from './hooks';
import { addOneOff } from './touchpoints';

function nowIso(): string {
  return new Date().toISOString();
}

/**
 * The row of a touchpoint done by this call. Written inside the call's own transaction (not via
 * markDone, which re-plans the client and would reach tables outside this transaction); the
 * client is re-planned once the transaction is over.
 */
export function doneRow(t: Touchpoint, opts: { via?: Channel; at: string; note?: string }): Touchpoint {
  return touchpointSchema.parse({
    ...t,
    status: 'done',
    doneAt: opts.at,
    doneVia: opts.via ?? t.channel,
    notes: opts.note ? (t.notes ? `${t.notes}\n${opts.note}` : opts.note) : t.notes,
    updatedAt: nowIso(),
  });
}

export interface CallInput {
  clientId: string;
  /** When the call happened, an ISO instant. */
  at: string;
  durationSec: number;
  purpose: CallPurpose;
  outcome?: string;
  nextStep?: string;
  notes?: string;
  referralId?: string;
  /** The planned touchpoint this call answers: it is marked done by call. */
  touchpointId?: string;
  /** When given, the next step also becomes a one-off touchpoint due that day. */
  nextStepDue?: string;
  nextStepChannel?: Channel;
}

export interface LoggedCall {
  call: Call;
  /** The planned touchpoint as it was before this call completed it (for Undo). */
  completedBefore?: Touchpoint;
  /** The touchpoint made from the next step. */
  nextStepTouchpoint?: Touchpoint;
}

function checkInput(input: CallInput): FieldErrors {
  const errors: FieldErrors = {};
  if (!input.clientId) errors.clientId = 'Choose whom you spoke with';
  if (!(CALL_PURPOSES as readonly string[]).includes(input.purpose))
    errors.purpose = 'Choose what the call was for';
  if (!Number.isFinite(input.durationSec) || input.durationSec < 0) {
    errors.durationSec = 'Enter the duration in minutes, 0 or more';
  }
  if (input.nextStepDue !== undefined) {
    if (!input.nextStep?.trim()) errors.nextStep = 'Say what the next step is, to plan it';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.nextStepDue))
      errors.nextStepDue = 'Choose the day for the next step';
    if (input.nextStepChannel && !(CHANNELS as readonly string[]).includes(input.nextStepChannel)) {
      errors.nextStepChannel = 'Choose how the next step happens';
    }
  }
  return errors;
}

/**
 * Logs a call. Nothing is written unless everything is valid. When `touchpointId` names an open
 * touchpoint of the same client it is marked done (via call, at the call's time); a next step with
 * a day becomes a one-off touchpoint. Then the client's plan is refreshed.
 */
export async function logCall(input: CallInput): Promise<Validated<LoggedCall>> {
  const errors = checkInput(input);
  const v = validate(callSchema, {
    id: newId(),
    clientId: input.clientId,
    at: input.at,
    durationSec: Math.round(input.durationSec),
    purpose: input.purpose,
    outcome: input.outcome ?? '',
    nextStep: input.nextStep ?? '',
    notes: input.notes ?? '',
    referralId: input.referralId || undefined,
    touchpointId: input.touchpointId || undefined,
    createdAt: nowIso(),
  });
  if (!v.ok || Object.keys(errors).length)
    return { ok: false, errors: { ...(v.ok ? {} : v.errors), ...errors } };
  const db = getDb();
  const result = await db.transaction(
    'rw',
    db.calls,
    db.clients,
    db.touchpoints,
    db.referrals,
    async (): Promise<Validated<LoggedCall>> => {
      const client = await db.clients.get(input.clientId);
      if (!client || client.deletedAt)
        return { ok: false, errors: { clientId: 'That client no longer exists' } };
      if (input.referralId && !(await db.referrals.get(input.referralId))) {
        return { ok: false, errors: { referralId: 'That referral no longer exists' } };
      }
      let call = v.value;
      let completedBefore: Touchpoint | undefined;
      if (input.touchpointId) {
        const t = await db.touchpoints.get(input.touchpointId);
        if (t && t.clientId === input.clientId && OPEN_STATUSES.includes(t.status)) {
          await db.touchpoints.put(doneRow(t, { via: 'call', at: call.at }));
          completedBefore = t;
        } else {
          // The touchpoint is gone or already handled: keep the call, drop the stale link.
          const { touchpointId: _stale, ...rest } = call;
          call = rest;
        }
      }
      await db.calls.add(call);
      let nextStepTouchpoint: Touchpoint | undefined;
      if (input.nextStepDue && call.nextStep) {
        nextStepTouchpoint = await addOneOff({
          clientId: call.clientId,
          kind: 'custom',
          channel: input.nextStepChannel ?? 'call',
          due: input.nextStepDue as IsoDate,
          title: call.nextStep.length > 200 ? `${call.nextStep.slice(0, 199)}…` : call.nextStep,
          notes: `Next step from the call on ${toIsoDate(new Date(call.at))}`,
          ...(call.referralId ? { referralId: call.referralId } : {}),
        });
      }
      return { ok: true, value: { call, completedBefore, nextStepTouchpoint } };
    },
  );
  if (result.ok) await afterClientsChanged([input.clientId]);
  return result;
}

/** Removes a logged call, and undoes what logging it did (completion, next-step touchpoint). */
export async function undoLogCall(logged: LoggedCall): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.calls, db.touchpoints, async () => {
    await db.calls.delete(logged.call.id);
    if (logged.completedBefore) await db.touchpoints.put(logged.completedBefore);
    if (logged.nextStepTouchpoint) await db.touchpoints.delete(logged.nextStepTouchpoint.id);
  });
  await afterClientsChanged([logged.call.clientId]);
}

export async function deleteCall(id: string): Promise<Call | undefined> {
  const db = getDb();
  const before = await db.transaction('rw', db.calls, async () => {
    const c = await db.calls.get(id);
    await db.calls.delete(id);
    return c;
  });
  if (before) await afterClientsChanged([before.clientId]);
  return before;
}

export async function restoreCall(call: Call): Promise<void> {
  await getDb().calls.put(call);
  await afterClientsChanged([call.clientId]);
}

// ---------- reads ----------

/** Newest first. */
export async function callsForClient(clientId: string): Promise<Call[]> {
  const rows = await getDb().calls.where('clientId').equals(clientId).toArray();
  return rows.sort((a, b) => b.at.localeCompare(a.at));
}

export async function callsForReferral(referralId: string): Promise<Call[]> {
  const rows = await getDb().calls.where('referralId').equals(referralId).toArray();
  return rows.sort((a, b) => b.at.localeCompare(a.at));
}

/** Every call, oldest first (for export). */
export async function listCalls(): Promise<Call[]> {
  return getDb().calls.orderBy('at').toArray();
}

/**
 * The local day of each client's latest call: the keep-in-touch planner treats it as the
 * client's last touch. One pass over the `at` index, newest first, so the first call seen for a
 * client is their latest.
 */
export async function lastCallByClient(): Promise<Map<string, IsoDate>> {
  const out = new Map<string, IsoDate>();
  await getDb()
    .calls.orderBy('at')
    .reverse()
    .each((c) => {
      if (!out.has(c.clientId)) out.set(c.clientId, toIsoDate(new Date(c.at)));
    });
  return out;
}

/** The day of one client's latest call, if any. */
export async function lastCallDay(clientId: string): Promise<IsoDate | undefined> {
  const calls = await callsForClient(clientId);
  const latest = calls[0];
  return latest ? toIsoDate(new Date(latest.at)) : undefined;
}

/**
 * Open call touchpoints of a client due up to `upTo` (overdue first): what a call to them could be
 * answering. The call dialog offers the first one to complete.
 */
export async function openCallTouchpoints(clientId: string, upTo: IsoDate): Promise<Touchpoint[]> {
  const rows = await getDb().touchpoints.where('clientId').equals(clientId).toArray();
  return rows
    .filter((t) => t.channel === 'call' && OPEN_STATUSES.includes(t.status) && t.due <= upTo)
    .sort((a, b) => a.due.localeCompare(b.due) || a.title.localeCompare(b.title));
}
