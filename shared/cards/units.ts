/**
 * Branded lengths, so a millimetre is never passed where PDF points are expected.
 * PDF user space is in points: 1 pt = 1/72 in = 25.4/72 mm.
 */

export type Mm = number & { readonly __unit: 'mm' };
export type Pt = number & { readonly __unit: 'pt' };

export const MM_PER_PT = 25.4 / 72;
export const MM_PER_INCH = 25.4;

export const mm = (n: number): Mm => n as Mm;
export const pt = (n: number): Pt => n as Pt;
export const inch = (n: number): Mm => (n * MM_PER_INCH) as Mm;
export const mmToPt = (v: Mm): Pt => (v / MM_PER_PT) as Pt;
export const ptToMm = (v: Pt): Mm => (v * MM_PER_PT) as Mm;

export interface Size<U extends number> {
  width: U;
  height: U;
}

/** A rectangle in PDF orientation: x to the right, y up, (x, y) its lower-left corner. */
export interface Rect<U extends number> {
  x: U;
  y: U;
  width: U;
  height: U;
}

export interface Point<U extends number> {
  x: U;
  y: U;
}

export interface Line<U extends number> {
  from: Point<U>;
  to: Point<U>;
}

export function rectMm(x: number, y: number, width: number, height: number): Rect<Mm> {
  return { x: mm(x), y: mm(y), width: mm(width), height: mm(height) };
}

export function lineMm(x1: number, y1: number, x2: number, y2: number): Line<Mm> {
  return { from: { x: mm(x1), y: mm(y1) }, to: { x: mm(x2), y: mm(y2) } };
}

export function insetRect<U extends number>(r: Rect<U>, by: U): Rect<U> {
  return {
    x: (r.x + by) as U,
    y: (r.y + by) as U,
    width: (r.width - 2 * by) as U,
    height: (r.height - 2 * by) as U,
  };
}
