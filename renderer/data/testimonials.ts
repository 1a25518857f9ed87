/**
 * Testimonial checks: the three questions asked when the user requests a testimonial, and whether
 * the client gave the green light to be asked for referrals.
 */
import { toIsoDate, type IsoDate } from '../../shared/domain/dates';
import { validate, type Validated } from '../../shared/domain/errors';
import {
  OPEN_STATUSES,
  testimonialCheckSchema,
  type TestimonialCheck,
  type Touchpoint,
} from '../../shared/domain/schemas';
import { greenLightsWithoutReferralAsk, type GreenLightWithoutAsk } from '../../shared/referrals';
import { newId } from './clients';
import { getDb } from './db';
import { doneRow } from './calls';
import { afterClientsChanged } from './hooks';

function nowIso(): string {
  return new Date().toISOString();
}

export interface TestimonialCheckInput {
  clientId: string;
  date: string;
  doingBetter?: string;
  doneRight?: string;
  whatToRefer?: string;
  greenLight: boolean;
  /** The testimonial-request touchpoint this answers: it is marked done. */
  touchpointId?: string;
}

export interface RecordedCheck {
  check: TestimonialCheck;
  completedBefore?: Touchpoint;
}

export async function recordTestimonialCheck(
  input: TestimonialCheckInput,
): Promise<Validated<RecordedCheck>> {
  const v = validate(testimonialCheckSchema, {
    id: newId(),
    clientId: input.clientId,
    date: input.date,
    doingBetter: input.doingBetter ?? '',
    doneRight: input.doneRight ?? '',
    whatToRefer: input.whatToRefer ?? '',
    greenLight: input.greenLight,
    createdAt: nowIso(),
  });
  if (!input.clientId)
    return { ok: false, errors: { ...(v.ok ? {} : v.errors), clientId: 'Choose the client' } };
  if (!v.ok) return v;
  const db = getDb();
  const result = await db.transaction(
    'rw',
    db.testimonials,
    db.clients,
    db.touchpoints,
    async (): Promise<Validated<RecordedCheck>> => {
      const client = await db.clients.get(input.clientId);
      if (!client || client.deletedAt)
        return { ok: false as const, errors: { clientId: 'That client no longer exists' } };
      await db.testimonials.add(v.value);
      let completedBefore: Touchpoint | undefined;
      if (input.touchpointId) {
        const t = await db.touchpoints.get(input.touchpointId);
        if (t && t.clientId === input.clientId && OPEN_STATUSES.includes(t.status)) {
          await db.touchpoints.put(doneRow(t, { at: nowIso(), note: 'Testimonial check recorded' }));
          completedBefore = t;
        }
      }
      return { ok: true, value: { check: v.value, completedBefore } };
    },
  );
  if (result.ok && result.value.completedBefore) await afterClientsChanged([input.clientId]);
  return result;
}

export async function undoTestimonialCheck(recorded: RecordedCheck): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.testimonials, db.touchpoints, async () => {
    await db.testimonials.delete(recorded.check.id);
    if (recorded.completedBefore) await db.touchpoints.put(recorded.completedBefore);
  });
  if (recorded.completedBefore) await afterClientsChanged([recorded.check.clientId]);
}

/** Newest first. */
export async function checksForClient(clientId: string): Promise<TestimonialCheck[]> {
  const rows = await getDb().testimonials.where('clientId').equals(clientId).toArray();
  return rows.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

/** Notes that the client was asked for referrals (so they leave the "ready to ask" list). */
export async function markReferralAsked(
  checkId: string,
  day: IsoDate = toIsoDate(new Date()),
): Promise<void> {
  await getDb().testimonials.update(checkId, { referralAskedAt: day });
}

export async function unmarkReferralAsked(checkId: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.testimonials, async () => {
    const c = await db.testimonials.get(checkId);
    if (!c) return;
    const { referralAskedAt: _gone, ...rest } = c;
    await db.testimonials.put(rest);
  });
}

/** Clients with a green light and no referral ask since, longest waiting first. */
export async function greenLightsWaiting(): Promise<GreenLightWithoutAsk[]> {
  const db = getDb();
  const [checks, calls, referrals, clients] = await Promise.all([
    db.testimonials.toArray(),
    db.calls.filter((c) => c.purpose === 'referral-ask').toArray(),
    db.referrals.toArray(),
    db.clients.toArray(),
  ]);
  return greenLightsWithoutReferralAsk({ checks, calls, referrals, clients });
}
