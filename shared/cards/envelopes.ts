/**
 * Envelopes printed through a printer's envelope feed: the page is the envelope (landscape),
 * the return address top-left, the recipient centred-right, clear of the stamp corner.
 */
import { inch, mm, rectMm, type Mm, type Rect, type Size } from './units';

export const ENVELOPE_KINDS = ['DL', 'C6', 'C5', 'US-A2', 'A7', 'US-10'] as const;
export type EnvelopeKind = (typeof ENVELOPE_KINDS)[number];

export interface EnvelopeSpec {
  kind: EnvelopeKind;
  name: string;
  /** Landscape: width > height. */
  size: Size<Mm>;
  /** What fits inside, for the format picker. */
  fits: string;
}

export const ENVELOPES: Record<EnvelopeKind, EnvelopeSpec> = {
  DL: {
    kind: 'DL',
    name: 'DL (110 × 220 mm)',
    size: { width: mm(220), height: mm(110) },
    fits: 'A4 folded in three',
  },
  C6: { kind: 'C6', name: 'C6 (114 × 162 mm)', size: { width: mm(162), height: mm(114) }, fits: 'A6 cards' },
  C5: { kind: 'C5', name: 'C5 (162 × 229 mm)', size: { width: mm(229), height: mm(162) }, fits: 'A5 cards' },
  'US-A2': {
    kind: 'US-A2',
    name: 'US A2 (4⅜ × 5¾ in)',
    size: { width: inch(5.75), height: inch(4.375) },
    fits: 'A2 cards (4¼ × 5½ in)',
  },
  A7: {
    kind: 'A7',
    name: 'A7 (5¼ × 7¼ in)',
    size: { width: inch(7.25), height: inch(5.25) },
    fits: '5 × 7 in cards',
  },
  'US-10': {
    kind: 'US-10',
    name: '#10 (4⅛ × 9½ in)',
    size: { width: inch(9.5), height: inch(4.125) },
    fits: 'Letter folded in three',
  },
};

export interface EnvelopeLayout {
  page: Size<Mm>;
  /** Top-left block for the sender. */
  returnBox: Rect<Mm>;
  /** The recipient block, centred vertically a little below the middle, right of centre. */
  recipientBox: Rect<Mm>;
  /** Top-right corner kept clear for the stamp or franking. */
  stampBox: Rect<Mm>;
}

export function envelopeLayout(kind: EnvelopeKind): EnvelopeLayout {
  const { width: W, height: H } = ENVELOPES[kind].size;
  // Printers cannot print the outer few millimetres; 10 mm keeps every printer and the postal
  // machines' read zones happy.
  const margin = 10;
  const stamp = rectMm(W - margin - 40, H - margin - 25, 40, 25);
  const returnBox = rectMm(
    margin,
    H - margin - Math.min(28, H * 0.3),
    Math.min(85, W * 0.42),
    Math.min(28, H * 0.3),
  );
  const left = Math.max(W * 0.4, W / 2 - 20);
  const right = W - 15;
  const boxH = Math.min(45, H * 0.45);
  // Centre of the block sits at 42% of the height (from the bottom): below the middle, as
  // postal guidance asks, and clear of the stamp.
  const centre = H * 0.42;
  const recipientBox = rectMm(left, centre - boxH / 2, right - left, boxH);
  return { page: { width: W, height: H }, returnBox, recipientBox, stampBox: stamp };
}
