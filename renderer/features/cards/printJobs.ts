/**
 * What the Cards screen prints, worked out from the data: each card's merged text, the card the
 * PDF builder gets, the text recorded in the card history, page labels for the preview and the
 * words shown for the builder's findings. Pure functions: the screen supplies the records.
 */
// Module paths, not the shared/cards index: the screen needs no pdf-lib (that runs in the worker).
import type { CardInput, CardIssue, Recipient } from '../../../shared/cards/build-pdf';
import type { EnvelopeKind } from '../../../shared/cards/envelopes';
import { CARD_FORMATS, sheetLayout, type CardFormatId } from '../../../shared/cards/formats';
import { labelsPerSheet, LABEL_SHEETS, type LabelSheetId } from '../../../shared/cards/labels';
import {
  buildMergeValues,
  mergeTemplate,
  unfilledFields,
  type MergeValues,
} from '../../../shared/cards/merge';
import { displayName } from '../../../shared/clients/search';
import type { CardTemplate, Client, Touchpoint } from '../../../shared/domain/schemas';
import type { PaperSize, Settings } from '../../../shared/domain/settings';
import type { OverflowHint } from './workerProtocol';

export interface CardTexts {
  front: string;
  inside: string;
  closing: string;
}

/** What the user changed for one card in this print run (never stored as a template). */
export interface CardEdits {
  templateId?: string;
  /** Values typed for merge fields the client has no value for. */
  values?: Record<string, string>;
  /** The user's own wording for this one card, replacing the template. */
  texts?: CardTexts;
}

export interface PreparedCard {
  touchpoint: Touchpoint;
  client: Client;
  template: CardTemplate;
  texts: CardTexts;
  /** Fields still shown as `{field}`: the card cannot print until they are filled. */
  missing: string[];
  /** The text recorded in the card history, and compared with what went out before. */
  text: string;
  input: CardInput;
}

/** The text a card history entry keeps: front, message and closing, as printed. */
export function cardText(t: CardTexts): string {
  return [t.front, t.inside, t.closing]
    .map((s) => s.trim())
    .filter(Boolean)
    .join('\n\n');
}

/** The start of the message of a recorded card (its front left off), for lists: "Dear Zoë, I'm so glad…". */
export function messageSnippet(text: string, max: number): string {
  const paragraphs = text.split(/\n\s*\n/);
  const body = (paragraphs.length > 1 ? paragraphs.slice(1) : paragraphs)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return body.length > max ? `${body.slice(0, max - 1).trimEnd()}…` : body;
}

export function recipientOf(client: Client): Recipient {
  return { name: displayName(client), address: client.address, countryCode: client.country };
}

/** The return address from Settings; the name is left off when the first line already is the name. */
export function returnRecipient(
  settings: Pick<Settings, 'senderName' | 'returnAddress' | 'country'>,
): Recipient | undefined {
  const lines = settings.returnAddress.lines.filter((l) => l.trim());
  const name = settings.senderName.trim();
  if (!lines.length && !name) return undefined;
  const first = lines[0]?.trim().toLocaleLowerCase();
  return {
    name: first && first === name.toLocaleLowerCase() ? '' : name,
    address: { ...settings.returnAddress, lines },
    countryCode: settings.country,
  };
}

export function prepareCard(
  touchpoint: Touchpoint,
  client: Client,
  template: CardTemplate,
  settings: Pick<Settings, 'senderName'> & Partial<Pick<Settings, 'signatureText'>>,
  edits: CardEdits = {},
): PreparedCard {
  const values: MergeValues = { ...buildMergeValues({ client, settings, touchpoint }), ...edits.values };
  const texts = edits.texts ?? pick(mergeTemplate(template, values));
  const missing = [...new Set([texts.front, texts.inside, texts.closing].flatMap(unfilledFields))];
  return {
    touchpoint,
    client,
    template,
    texts,
    missing,
    text: cardText(texts),
    input: { seed: touchpoint.id, ...texts, recipient: recipientOf(client) },
  };
}

function pick(m: CardTexts): CardTexts {
  return { front: m.front, inside: m.inside, closing: m.closing };
}

/** Made-up values for previewing a template: accented names, so a font's gaps would show. */
export const SAMPLE_VALUES: MergeValues = {
  salutation: 'Dear Zoë',
  firstName: 'Zoë',
  lastName: 'Ñúñez',
  fullName: 'Zoë Ñúñez',
  company: 'Atelier Ñúñez',
  holidayName: 'Christmas',
  referredName: 'Łukasz Wróbel',
  years: '10',
  dateLabel: 'wedding anniversary',
  age: '40',
};

/** Short names for sentences: "too long for an A6 card". */
export const FORMAT_SHORT: Record<CardFormatId, string> = {
  'a6-quarter-fold': 'A6 card',
  'a5-half-fold': 'A5 card',
  'a2-quarter-fold': 'A2 card',
  'a2-half-fold': 'A2 half-fold card',
  'postcard-5x7': '5 × 7 card',
  'postcard-4x6': '4 × 6 postcard',
};

/** The envelope a card format goes into. */
export function envelopeFor(format: CardFormatId): EnvelopeKind {
  switch (format) {
    case 'a6-quarter-fold':
      return 'C6';
    case 'a5-half-fold':
      return 'C5';
    case 'a2-quarter-fold':
    case 'a2-half-fold':
      return 'US-A2';
    case 'postcard-5x7':
    case 'postcard-4x6':
      return 'A7';
  }
}

export function overflowText(hint: OverflowHint | undefined, format: CardFormatId): string {
  const what = `Message too long for ${article(FORMAT_SHORT[format])}`;
  if (!hint) return `${what}: shorten it or choose a larger card.`;
  const shorten =
    hint.words > 0 ? `shorten by about ${hint.words} ${hint.words === 1 ? 'word' : 'words'}` : 'shorten it';
  const larger = hint.largerFormat ? ` or choose ${stripArticle(FORMAT_SHORT[hint.largerFormat])}` : '';
  return `${what}: ${shorten}${larger}.`;
}

function article(s: string): string {
  return /^[AEIOU8]/.test(s) ? `an ${s}` : `a ${s}`;
}

function stripArticle(s: string): string {
  return s.replace(/ card$/, '');
}

/** A finding of the PDF builder, in words that name the client instead of "Card 3". */
export function issueText(issue: CardIssue, names: readonly string[]): string {
  if (issue.card === null) return issue.message;
  const name = names[issue.card] ?? `card ${issue.card + 1}`;
  return issue.message.replace(/^Card \d+( \(([a-z-]+)\))?/, (_all, _p, part?: string) =>
    part ? `The card for ${name} (${part === 'message' ? 'message' : part})` : `The card for ${name}`,
  );
}

/** The short reason shown on a card's row; the preview has the whole story. */
export function rowProblem(issue: CardIssue, names: readonly string[]): string {
  switch (issue.kind) {
    case 'unfilled-field':
      return `fill in ${(issue.fields ?? []).map((f) => `{${f}}`).join(', ')}.`;
    case 'unrenderable':
      return `${(issue.chars ?? []).map((c) => `“${c}”`).join(' ')} cannot be written by any card font (see the preview).`;
    case 'overflow':
      return issue.part === 'message'
        ? 'the message is too long (see the preview).'
        : issue.part === 'front'
          ? 'the front text is too long.'
          : 'the address is too long for the envelope or label.';
    default:
      return issueText(issue, names);
  }
}

/** What each page of the PDF is, in print order: card sheets, then envelopes, then label sheets. */
export function pageLabels(
  format: CardFormatId,
  paper: PaperSize,
  names: readonly string[],
  extras: { envelopes?: boolean; labels?: { sheet: LabelSheetId; startAt?: number } } = {},
): string[] {
  const layout = sheetLayout(format, paper);
  const fold = CARD_FORMATS[format].fold;
  const out: string[] = [];
  const sideName = (i: number) =>
    layout.sides.length < 2
      ? ''
      : fold === 'flat'
        ? i === 0
          ? ' · fronts'
          : ' · backs'
        : i === 0
          ? ' · outside'
          : ' · inside';
  for (let first = 0, sheet = 1; first < names.length; first += layout.cardsPerSheet, sheet++) {
    const who = names.slice(first, first + layout.cardsPerSheet).join(', ');
    layout.sides.forEach((_, i) => out.push(`Sheet ${sheet}${sideName(i)} · ${who}`));
  }
  if (extras.envelopes) for (const n of names) out.push(`Envelope · ${n}`);
  if (extras.labels) {
    const sheet = LABEL_SHEETS[extras.labels.sheet];
    const per = labelsPerSheet(sheet);
    const start = Math.max(0, Math.min(per - 1, extras.labels.startAt ?? 0));
    const pages = Math.ceil((start + names.length) / per);
    for (let p = 0; p < pages; p++) {
      const from = Math.max(0, p * per - start);
      const to = Math.min(names.length, (p + 1) * per - start);
      out.push(`Labels · ${names.slice(from, to).join(', ')}`);
    }
  }
  return out;
}
