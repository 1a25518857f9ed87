/** Address label sheets, with the manufacturers' margins and pitches. */
import type { PaperSize } from '../domain/settings';
import { PAPER } from './paper';
import { inch, mm, rectMm, type Mm, type Rect } from './units';

export const LABEL_SHEET_IDS = ['avery-5160', 'avery-l7160'] as const;
export type LabelSheetId = (typeof LABEL_SHEET_IDS)[number];

export interface LabelSheet {
  id: LabelSheetId;
  name: string;
  paper: PaperSize;
  columns: number;
  rows: number;
  label: { width: Mm; height: Mm };
  /** From the page's top edge to the first row's top edge. */
  top: Mm;
  /** From the page's left edge to the first column's left edge. */
  left: Mm;
  /** Left edge to left edge, and top edge to top edge. */
  pitchX: Mm;
  pitchY: Mm;
}

export const LABEL_SHEETS: Record<LabelSheetId, LabelSheet> = {
  // Avery 5160 / 8160: 30 per Letter sheet, 2⅝ × 1 in, 3/16 in side margins, ½ in top.
  'avery-5160': {
    id: 'avery-5160',
    name: 'Avery 5160 (30 per Letter sheet, 2⅝ × 1 in)',
    paper: 'Letter',
    columns: 3,
    rows: 10,
    label: { width: inch(2.625), height: inch(1) },
    top: inch(0.5),
    left: inch(0.1875),
    pitchX: inch(2.75),
    pitchY: inch(1),
  },
  // Avery L7160 (also J8160): 21 per A4 sheet, 63.5 × 38.1 mm, 15.15 mm top, 66.04 mm column
  // pitch (2.54 mm gaps), centred: 7.21 mm sides.
  'avery-l7160': {
    id: 'avery-l7160',
    name: 'Avery L7160 (21 per A4 sheet, 63.5 × 38.1 mm)',
    paper: 'A4',
    columns: 3,
    rows: 7,
    label: { width: mm(63.5), height: mm(38.1) },
    top: mm(15.15),
    left: mm(7.21),
    pitchX: mm(66.04),
    pitchY: mm(38.1),
  },
};

export function labelsPerSheet(sheet: LabelSheet): number {
  return sheet.columns * sheet.rows;
}

/** The rectangle of the label at a 0-based index, reading order (left to right, top to bottom). */
export function labelRect(sheet: LabelSheet, index: number): Rect<Mm> {
  const page = PAPER[sheet.paper];
  const within = index % labelsPerSheet(sheet);
  const col = within % sheet.columns;
  const row = Math.floor(within / sheet.columns);
  const x = sheet.left + col * sheet.pitchX;
  const top = sheet.top + row * sheet.pitchY;
  return rectMm(x, page.height - top - sheet.label.height, sheet.label.width, sheet.label.height);
}

/** The label sheet that matches a paper size. */
export function labelSheetForPaper(paper: PaperSize): LabelSheet {
  return paper === 'Letter' ? LABEL_SHEETS['avery-5160'] : LABEL_SHEETS['avery-l7160'];
}
