/**
 * Card formats and where each panel sits on the printed sheet (pure layout math, millimetres).
 *
 * Folded cards come from one sheet each (or two half-fold cards from one Letter sheet):
 *
 * Quarter-fold (A6 from A4, US A2 from Letter), printed on ONE side, portrait sheet:
 *   ┌───────────┬───────────┐
 *   │  FRONT ↻  │  BACK ↻   │   top half: upside down (rotated 180°)
 *   ├───────────┼───────────┤ ← fold 1: top half back, behind the bottom half (print outside)
 *   │  inside   │  inside   │
 *   │   left    │  right ✎  │   bottom half: upright; the message is on the inside right
 *   └───────────┴───────────┘
 *               ↑ fold 2: left half over onto the right half, message inside; the front is on top.
 *
 * Half-fold (A5 from landscape A4; US A2 two-up from portrait Letter), printed on BOTH sides:
 *   side 1 (outside): BACK | FRONT    side 2 (inside): inside left | inside right ✎
 *   Print duplex with the sheet flipped left-to-right (A4 landscape: "flip on short edge";
 *   Letter portrait: "flip on long edge"), or print side 1, turn the sheet over left-to-right
 *   and feed it again for side 2. Then fold along the middle, front outside.
 *
 * Flat postcards (5×7 in, 4×6 in) are laid out as many per sheet as fit, side 1 the fronts and
 * side 2 the backs (mirrored left-to-right so each back lands behind its front); 4×6 is a real
 * postcard with the address on the right half of the back.
 */
import type { PaperSize } from '../domain/settings';
import { landscape, PAPER } from './paper';
import { inch, lineMm, mm, rectMm, type Line, type Mm, type Rect, type Size } from './units';

export const CARD_FORMAT_IDS = [
  'a6-quarter-fold',
  'a5-half-fold',
  'a2-quarter-fold',
  'a2-half-fold',
  'postcard-5x7',
  'postcard-4x6',
] as const;
export type CardFormatId = (typeof CARD_FORMAT_IDS)[number];

export type PanelRole = 'front' | 'back' | 'inside-left' | 'inside-right';
/** Rotation of a panel's content on the sheet, counter-clockwise. */
export type Rotation = 0 | 90 | 180 | 270;

export interface CardFormat {
  id: CardFormatId;
  name: string;
  fold: 'quarter' | 'half' | 'flat';
  /** The finished card, closed. */
  card: Size<Mm>;
  /** Folded formats need this paper; flat ones print on the paper from Settings. */
  paper?: PaperSize;
  /** The panel that carries the message and closing. */
  messagePanel: PanelRole;
  /** The back of a flat card also carries the recipient's address (a mailable postcard). */
  addressOnBack: boolean;
}

export const CARD_FORMATS: Record<CardFormatId, CardFormat> = {
  'a6-quarter-fold': {
    id: 'a6-quarter-fold',
    name: 'A6 folded card (quarter-fold from A4)',
    fold: 'quarter',
    card: { width: mm(105), height: mm(148.5) },
    paper: 'A4',
    messagePanel: 'inside-right',
    addressOnBack: false,
  },
  'a5-half-fold': {
    id: 'a5-half-fold',
    name: 'A5 folded card (half-fold from A4, both sides)',
    fold: 'half',
    card: { width: mm(148.5), height: mm(210) },
    paper: 'A4',
    messagePanel: 'inside-right',
    addressOnBack: false,
  },
  'a2-quarter-fold': {
    id: 'a2-quarter-fold',
    name: 'US A2 folded card (quarter-fold from Letter)',
    fold: 'quarter',
    card: { width: inch(4.25), height: inch(5.5) },
    paper: 'Letter',
    messagePanel: 'inside-right',
    addressOnBack: false,
  },
  'a2-half-fold': {
    id: 'a2-half-fold',
    name: 'US A2 folded card (half-fold, two per Letter sheet, both sides)',
    fold: 'half',
    card: { width: inch(4.25), height: inch(5.5) },
    paper: 'Letter',
    messagePanel: 'inside-right',
    addressOnBack: false,
  },
  'postcard-5x7': {
    id: 'postcard-5x7',
    name: '5 × 7 in flat card (for A7 envelopes)',
    fold: 'flat',
    card: { width: inch(7), height: inch(5) },
    messagePanel: 'back',
    addressOnBack: false,
  },
  'postcard-4x6': {
    id: 'postcard-4x6',
    name: '4 × 6 in postcard (address on the back)',
    fold: 'flat',
    card: { width: inch(6), height: inch(4) },
    messagePanel: 'back',
    addressOnBack: true,
  },
};

export interface PlacedPanel {
  /** Which card on this sheet (0-based, in print order). */
  slot: number;
  role: PanelRole;
  /** The panel on the page, PDF orientation (origin lower-left), in mm. */
  rect: Rect<Mm>;
  /** How the panel's content is turned on the page so it reads upright once folded. */
  rotation: Rotation;
}

export interface SheetSide {
  panels: PlacedPanel[];
}

export type Duplex = 'none' | 'flip-on-long-edge' | 'flip-on-short-edge';

export interface SheetLayout {
  format: CardFormatId;
  paper: PaperSize;
  /** The PDF page size (landscape for A5 half-fold). */
  page: Size<Mm>;
  cardsPerSheet: number;
  /** One side, or two (outside/fronts first, then inside/backs). */
  sides: SheetSide[];
  duplex: Duplex;
  foldLines: Line<Mm>[];
  cutLines: Line<Mm>[];
  /** Steps a person follows after printing, in order. */
  instructions: string[];
}

export class FormatPaperMismatch extends Error {
  constructor(
    readonly format: CardFormatId,
    readonly needs: PaperSize,
    readonly paper: PaperSize,
  ) {
    super(
      `${CARD_FORMATS[format].name} prints on ${needs} paper, but the paper is set to ${paper}. ` +
        `Pick a ${paper === 'Letter' ? 'US A2' : 'A6 or A5'} format, or change the paper in Settings.`,
    );
  }
}

/** Formats that print on the given paper. */
export function formatsForPaper(paper: PaperSize): CardFormat[] {
  return CARD_FORMAT_IDS.map((id) => CARD_FORMATS[id]).filter((f) => !f.paper || f.paper === paper);
}

export function sheetLayout(formatId: CardFormatId, paper: PaperSize): SheetLayout {
  const format = CARD_FORMATS[formatId];
  if (format.paper && format.paper !== paper) throw new FormatPaperMismatch(formatId, format.paper, paper);
  switch (format.fold) {
    case 'quarter':
      return quarterFold(format, paper);
    case 'half':
      return formatId === 'a5-half-fold' ? halfFoldA5(format, paper) : halfFoldTwoUp(format, paper);
    case 'flat':
      return flatGrid(format, paper);
  }
}

function quarterFold(format: CardFormat, paper: PaperSize): SheetLayout {
  const { width: W, height: H } = PAPER[paper];
  const w = W / 2;
  const h = H / 2;
  return {
    format: format.id,
    paper,
    page: { width: W, height: H },
    cardsPerSheet: 1,
    sides: [
      {
        panels: [
          { slot: 0, role: 'front', rect: rectMm(0, h, w, h), rotation: 180 },
          { slot: 0, role: 'back', rect: rectMm(w, h, w, h), rotation: 180 },
          { slot: 0, role: 'inside-left', rect: rectMm(0, 0, w, h), rotation: 0 },
          { slot: 0, role: 'inside-right', rect: rectMm(w, 0, w, h), rotation: 0 },
        ],
      },
    ],
    duplex: 'none',
    foldLines: [lineMm(0, h, W, h), lineMm(w, 0, w, H)],
    cutLines: [],
    instructions: [
      'Print at 100% (actual size), one side only.',
      'Printed side up, fold the top half back behind the bottom half along the middle (the upside-down panels go behind).',
      'Fold the left half over onto the right half, message inside: the front is now on top.',
    ],
  };
}

function halfFoldA5(format: CardFormat, paper: PaperSize): SheetLayout {
  const page = landscape(PAPER[paper]);
  const w = page.width / 2;
  const h = page.height;
  return {
    format: format.id,
    paper,
    page,
    cardsPerSheet: 1,
    sides: [
      {
        panels: [
          { slot: 0, role: 'back', rect: rectMm(0, 0, w, h), rotation: 0 },
          { slot: 0, role: 'front', rect: rectMm(w, 0, w, h), rotation: 0 },
        ],
      },
      {
        panels: [
          { slot: 0, role: 'inside-left', rect: rectMm(0, 0, w, h), rotation: 0 },
          { slot: 0, role: 'inside-right', rect: rectMm(w, 0, w, h), rotation: 0 },
        ],
      },
    ],
    duplex: 'flip-on-short-edge',
    foldLines: [lineMm(w, 0, w, h)],
    cutLines: [],
    instructions: [
      'Print at 100% (actual size) on both sides, landscape, "flip on short edge". Without duplex: print page 1, turn the sheet over left-to-right, feed it again and print page 2.',
      'Fold in half along the middle, the front outside.',
    ],
  };
}

function halfFoldTwoUp(format: CardFormat, paper: PaperSize): SheetLayout {
  const { width: W, height: H } = PAPER[paper];
  const w = W / 2;
  const h = H / 2;
  // Slot 0 on the top half, slot 1 on the bottom half; side 2 mirrors side 1 left-to-right, so
  // the inside-left panel sits behind the front.
  const side1: PlacedPanel[] = [];
  const side2: PlacedPanel[] = [];
  for (const [slot, y] of [
    [0, h],
    [1, 0],
  ] as const) {
    side1.push({ slot, role: 'back', rect: rectMm(0, y, w, h), rotation: 0 });
    side1.push({ slot, role: 'front', rect: rectMm(w, y, w, h), rotation: 0 });
    side2.push({ slot, role: 'inside-left', rect: rectMm(0, y, w, h), rotation: 0 });
    side2.push({ slot, role: 'inside-right', rect: rectMm(w, y, w, h), rotation: 0 });
  }
  return {
    format: format.id,
    paper,
    page: { width: W, height: H },
    cardsPerSheet: 2,
    sides: [{ panels: side1 }, { panels: side2 }],
    duplex: 'flip-on-long-edge',
    foldLines: [lineMm(w, 0, w, H)],
    cutLines: [lineMm(0, h, W, h)],
    instructions: [
      'Print at 100% (actual size) on both sides, "flip on long edge". Without duplex: print page 1, turn the sheet over left-to-right, feed it again and print page 2.',
      'Cut the sheet in half across the middle.',
      'Fold each half along its middle, the front outside.',
    ],
  };
}

/** As many flat cards as fit, cut lines shared, grid centred; prefers landscape cards on a tie. */
function flatGrid(format: CardFormat, paper: PaperSize): SheetLayout {
  const page = PAPER[paper];
  const land = landscape(format.card);
  const port = { width: land.height, height: land.width };
  const fit = (c: Size<Mm>) => ({
    card: c,
    cols: Math.floor(page.width / c.width + 1e-9),
    rows: Math.floor(page.height / c.height + 1e-9),
  });
  const options = [fit(land), fit(port)];
  const best = options.reduce((a, b) => (b.cols * b.rows > a.cols * a.rows ? b : a));
  const { card, cols, rows } = best;
  if (cols * rows === 0) throw new Error(`${format.name} does not fit on ${paper}`);
  const x0 = (page.width - cols * card.width) / 2;
  const y0 = (page.height - rows * card.height) / 2;
  const rotation: Rotation = card.width >= card.height ? 0 : 90;
  const fronts: PlacedPanel[] = [];
  const backs: PlacedPanel[] = [];
  let slot = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const y = y0 + (rows - 1 - r) * card.height; // top row first
      fronts.push({
        slot,
        role: 'front',
        rect: rectMm(x0 + c * card.width, y, card.width, card.height),
        rotation,
      });
      // Behind column c is column cols-1-c once the sheet is flipped left-to-right.
      const xb = x0 + (cols - 1 - c) * card.width;
      // A card turned 90° on the sheet reads upright on its back when turned the other way.
      backs.push({
        slot,
        role: 'back',
        rect: rectMm(xb, y, card.width, card.height),
        rotation: rotation === 0 ? 0 : 270,
      });
      slot++;
    }
  }
  const cutLines: Line<Mm>[] = [];
  for (let c = 0; c <= cols; c++) {
    const x = x0 + c * card.width;
    cutLines.push(lineMm(x, 0, x, page.height));
  }
  for (let r = 0; r <= rows; r++) {
    const y = y0 + r * card.height;
    cutLines.push(lineMm(0, y, page.width, y));
  }
  return {
    format: format.id,
    paper,
    page,
    cardsPerSheet: cols * rows,
    sides: [{ panels: fronts }, { panels: backs }],
    duplex: 'flip-on-long-edge',
    foldLines: [],
    cutLines,
    instructions: [
      'Print at 100% (actual size) on both sides, "flip on long edge". Without duplex: print page 1, turn the sheet over left-to-right, feed it again and print page 2.',
      'Cut along the crop marks.',
    ],
  };
}

/** The panel's own width and height, as read upright (swapped for a quarter turn). */
export function panelSize(panel: PlacedPanel): Size<Mm> {
  return panel.rotation === 90 || panel.rotation === 270
    ? { width: panel.rect.height, height: panel.rect.width }
    : { width: panel.rect.width, height: panel.rect.height };
}

/**
 * Where a point given in the panel's upright coordinates (u from its left, v from its bottom)
 * lies on the page.
 */
export function panelToPage(panel: PlacedPanel, u: number, v: number): { x: number; y: number } {
  const { x, y, width: W, height: H } = panel.rect;
  switch (panel.rotation) {
    case 0:
      return { x: x + u, y: y + v };
    case 180:
      return { x: x + W - u, y: y + H - v };
    case 90:
      return { x: x + W - v, y: y + u };
    case 270:
      return { x: x + v, y: y + H - u };
  }
}
