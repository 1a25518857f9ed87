/**
 * Messages between the Cards screen and the card worker (cards.worker.ts). Plain data only: they
 * cross a postMessage boundary, and the PDF bytes are transferred, not copied.
 */
import type {
  CardFormatId,
  CardInput,
  CardIssue,
  EnvelopeKind,
  LabelSheetId,
  Recipient,
} from '../../../shared/cards';
import type { HandwritingFontId } from '../../../shared/cards/fonts';
import type { IsoDate } from '../../../shared/domain/dates';
import type { InkColor, PaperSize } from '../../../shared/domain/settings';

export interface PrintOptions {
  format: CardFormatId;
  paper: PaperSize;
  fontId: HandwritingFontId;
  ink: InkColor;
  variation: boolean;
  marks: boolean;
  signaturePng?: Uint8Array;
  envelopes?: { kind: EnvelopeKind; returnAddress?: Recipient };
  labels?: { sheet: LabelSheetId; startAt?: number };
  senderCountryCode?: string;
  /** The user confirmed: leave out characters no bundled font can draw. */
  dropUnrenderable?: boolean;
  date: IsoDate;
  title: string;
}

export interface BuildRequest {
  type: 'build';
  id: number;
  cards: CardInput[];
  options: PrintOptions;
}

/** How much shorter an overflowing message must get, and a card it would fit as it is. */
export interface OverflowHint {
  card: number;
  /** About this many words fewer and it fits at the smallest allowed size (0: unknown). */
  words: number;
  /** A format on the same paper where the message fits unchanged. */
  largerFormat?: CardFormatId;
}

export interface BuildOutcome {
  /** The PDF, absent when nothing could be built (no card printable, or a batch-wide problem). */
  bytes?: Uint8Array;
  pageCount: number;
  /** Indexes (into the request's cards) of the cards in the PDF, in order. */
  included: number[];
  /** Blocking problems; `card` indexes the request's cards (null: the whole batch). */
  problems: CardIssue[];
  /** Warnings and notes about the cards in the PDF, `card` indexing the request's cards. */
  warnings: CardIssue[];
  overflowHints: OverflowHint[];
  /** Time spent in the worker, ms (fonts, checks and the PDF). */
  ms: number;
}

export type WorkerReply =
  | { type: 'progress'; id: number; phase: 'fonts' | 'checking' | 'building'; done: number; total: number }
  | { type: 'built'; id: number; outcome: BuildOutcome }
  | { type: 'error'; id: number; message: string }
  /** A newer request replaced this one before it started. */
  | { type: 'superseded'; id: number };
