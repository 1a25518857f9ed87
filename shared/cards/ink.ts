/** Ink colours (Settings INK_COLORS) as RGB in 0..1: real pen inks, never pure primaries. */
import type { InkColor } from '../domain/settings';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

const hex = (h: string): Rgb => ({
  r: parseInt(h.slice(1, 3), 16) / 255,
  g: parseInt(h.slice(3, 5), 16) / 255,
  b: parseInt(h.slice(5, 7), 16) / 255,
});

export const INK_RGB: Record<InkColor, Rgb> = {
  blue: hex('#1d3f8f'), // royal-blue fountain pen ink
  black: hex('#1c1c22'),
  navy: hex('#1b2a4e'),
  green: hex('#1f5b3d'),
  burgundy: hex('#6b1d2f'),
  purple: hex('#4a2a6e'),
};

/** The ink thinned towards the paper, for ornaments and rules. */
export function tint(ink: Rgb, amount: number): Rgb {
  return {
    r: ink.r + (1 - ink.r) * amount,
    g: ink.g + (1 - ink.g) * amount,
    b: ink.b + (1 - ink.b) * amount,
  };
}
