/**
 * Turning a referred lead into a client when they sign: one click, linked both ways
 * (the referral gets `leadClientId`, the client gets `source: { kind: 'referral', referredByClientId }`).
 */
import type { IsoDate } from '../domain/dates';
import { clientInputSchema, type Client, type Referral } from '../domain/schemas';

/** Scripts whose names are customarily written family name first (Chinese, Japanese, Korean). */
const FAMILY_NAME_FIRST = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Splits a full name into first and last name the way a user would type them into the client
 * form: the first word is the first name, the rest the last name ("Jean-Luc de la Croix" →
 * "Jean-Luc" / "de la Croix"). A single word is a first name only. Names in Han, Kana or Hangul
 * are written family name first: "王 小明" → first "小明", last "王"; without a space ("王小明")
 * there is no safe split, so the whole name stays the first name and the user can correct it.
 */
export function splitPersonName(fullName: string): { firstName: string; lastName?: string } {
  const words = fullName.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return { firstName: '' };
  if (words.length === 1) return { firstName: words[0] ?? '' };
  if (FAMILY_NAME_FIRST.test(fullName)) {
    return { firstName: words.slice(1).join(' '), lastName: words[0] ?? '' };
  }
  return { firstName: words[0] ?? '', lastName: words.slice(1).join(' ') };
}

export type ConvertLeadResult =
  | { ok: true; client: Client; referralPatch: { leadClientId: string } }
  | { ok: false; field: 'leadClientId' | 'lead'; message: string };

/**
 * The new client record for a referral's lead, and the patch that links the referral to it.
 * The client starts an active journey today. A phone number the client form would reject (the
 * referral form accepts free text such as "after 5pm: 030 1234") is moved into the notes rather
 * than lost. Refuses a referral that already became a client, so a double click makes no twin.
 */
export function convertLeadToClient(
  referral: Referral,
  today: IsoDate,
  now: string,
  newId: () => string = () => crypto.randomUUID(),
): ConvertLeadResult {
  if (referral.leadClientId) {
    return {
      ok: false,
      field: 'leadClientId',
      message: `${referral.lead.name} is already a client: open their client record instead`,
    };
  }
  const { firstName, lastName } = splitPersonName(referral.lead.name);
  const phone = referral.lead.phone?.trim();
  const phoneFits = !phone || clientInputSchema.shape.phone.safeParse(phone).success;

  const parsed = clientInputSchema.safeParse({
    firstName,
    lastName,
    email: referral.lead.email,
    phone: phoneFits ? phone : undefined,
    importantDates: [],
    journey: { status: 'active', start: today },
    source: { kind: 'referral', referredByClientId: referral.referrerId },
    tags: [],
    notes: phoneFits ? undefined : `Phone (from the referral): ${phone}`,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      field: 'lead',
      message: `${referral.lead.name} cannot become a client yet: ${issue?.message ?? 'check the name and contact details'}`,
    };
  }
  const id = newId();
  const client: Client = { ...parsed.data, id, createdAt: now, updatedAt: now };
  return { ok: true, client, referralPatch: { leadClientId: id } };
}
