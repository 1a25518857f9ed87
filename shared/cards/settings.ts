/**
 * Reading the card-related parts of Settings. Settings stores format and envelope as free strings
 * (they predate this engine); anything unknown or not printable on the chosen paper falls back to
 * the paper's default rather than failing at print time.
 */
import type { PaperSize, Settings } from '../domain/settings';
import { ENVELOPE_KINDS, type EnvelopeKind } from './envelopes';
import { handwritingFont, type HandwritingFontId } from './fonts';
import { CARD_FORMATS, CARD_FORMAT_IDS, type CardFormatId } from './formats';
import { labelSheetForPaper, type LabelSheetId } from './labels';
import type { InkColor } from '../domain/settings';

export interface CardPrintSettings {
  format: CardFormatId;
  paper: PaperSize;
  fontId: HandwritingFontId;
  ink: InkColor;
  variation: boolean;
  marks: boolean;
  envelope?: EnvelopeKind;
  labelSheet: LabelSheetId;
  /** The signature PNG's bytes, decoded from Settings' data URL. */
  signaturePng?: Uint8Array;
}

export function defaultFormatFor(paper: PaperSize): CardFormatId {
  return paper === 'Letter' ? 'a2-quarter-fold' : 'a6-quarter-fold';
}

export function cardPrintSettings(settings: Pick<Settings, 'paperSize' | 'cards'>): CardPrintSettings {
  const paper = settings.paperSize;
  const c = settings.cards;
  const wanted = CARD_FORMAT_IDS.find((id) => id === c.format);
  const fits = wanted && (!CARD_FORMATS[wanted].paper || CARD_FORMATS[wanted].paper === paper);
  return {
    format: fits ? wanted : defaultFormatFor(paper),
    paper,
    fontId: handwritingFont(c.font).id,
    ink: c.ink,
    variation: c.variation,
    marks: c.foldMarks,
    envelope: ENVELOPE_KINDS.find((k) => k === c.envelope),
    labelSheet: labelSheetForPaper(paper).id,
    signaturePng: c.signaturePng ? pngFromDataUrl(c.signaturePng) : undefined,
  };
}

/** The bytes of a `data:image/png;base64,…` URL; undefined for anything that is not a PNG. */
export function pngFromDataUrl(dataUrl: string): Uint8Array | undefined {
  const m = /^data:image\/png;base64,([A-Za-z0-9+/=\s]+)$/.exec(dataUrl.trim());
  if (!m?.[1]) return undefined;
  const bin = atob(m[1].replace(/\s/g, ''));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  // PNG signature: 89 50 4E 47 0D 0A 1A 0A.
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return sig.every((b, i) => bytes[i] === b) ? bytes : undefined;
}
