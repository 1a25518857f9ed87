/** Sheet sizes, portrait. Settings.paperSize picks one. */
import type { PaperSize } from '../domain/settings';
import { inch, mm, type Mm, type Size } from './units';

export const PAPER: Record<PaperSize, Size<Mm>> = {
  A4: { width: mm(210), height: mm(297) },
  Letter: { width: inch(8.5), height: inch(11) },
};

export function landscape(size: Size<Mm>): Size<Mm> {
  return size.width >= size.height ? size : { width: size.height, height: size.width };
}
