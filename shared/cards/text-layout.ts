/**
 * Wrapping and fitting handwritten text into a panel. Widths come from the fonts' own advance
 * widths (fonts carry no layout features, so one code point is one glyph), per character and
 * font, so fallback characters are measured in the font that draws them.
 *
 * Natural variation: each line gets its own slight size, spacing, slant, tilt and offset, drawn
 * from a PRNG seeded by the card's seed, so a card looks the same every time it is built.
 */
import { isCjkBreakable, type FontChooser, type MeasuredFont } from './glyphs';
import { seededRandom, signed } from './prng';

export interface LineStyle {
  /** Multiplies the font size, ≤ 1 so a line never outgrows the width it was wrapped to. */
  sizeFactor: number;
  /** Extra space after every character, in pt (PDF Tc). */
  spacing: number;
  /** Baseline tilt, degrees counter-clockwise. */
  rotate: number;
  /** Slant, degrees (positive leans right). */
  skew: number;
  /** Offsets in pt. */
  dx: number;
  dy: number;
}

export const STRAIGHT: LineStyle = { sizeFactor: 1, spacing: 0, rotate: 0, skew: 0, dx: 0, dy: 0 };

/** How far the end of a tilted line may rise or fall, in pt. */
const MAX_TILT_RISE = 1.6;

/** Horizontal room each line keeps free for its jitter, in pt. */
export const JITTER_ROOM = 3;

export function lineStyle(
  seed: string,
  block: string,
  line: number,
  variation: boolean,
  size: number,
): LineStyle {
  if (!variation) return STRAIGHT;
  const card = seededRandom(`${seed}`);
  const slantBias = signed(card) * 2; // this writer's overall lean on this card
  const drift = signed(card) * 0.35; // the left margin wanders as lines go down
  const r = seededRandom(`${seed}:${block}:${line}`);
  return {
    sizeFactor: 1 - 0.035 * r(),
    spacing: signed(r) * 0.012 * size,
    rotate: signed(r) * 0.45,
    skew: slantBias + signed(r) * 1.5,
    dx: Math.max(-1.4, Math.min(1.4, drift * line + signed(r) * 0.6)),
    dy: signed(r) * 0.7,
  };
}

export interface Run {
  /** 0 = handwriting font, 1.. = fallbacks. */
  font: number;
  text: string;
  /** Width at the line's size, in pt, including the line's character spacing. */
  width: number;
}

export interface LaidLine {
  runs: Run[];
  width: number;
  style: LineStyle;
  /** A blank line between paragraphs (drawn as a smaller gap). */
  blank: boolean;
}

export interface FontStack {
  fonts: readonly MeasuredFont[];
  /** Size multiplier per font, so fallbacks sit at a height that matches the handwriting. */
  scales: readonly number[];
  chooser: FontChooser;
}

interface Token {
  cps: number[];
  /** A space came before this token (dropped at a line start). */
  spaceBefore: boolean;
  /** Width in em-at-nominal-size (sum of advance × font scale), before line factors. */
  base: number;
}

function advance(stack: FontStack, cp: number): number {
  const src = stack.chooser.source(cp);
  if ('unrenderable' in src) return 0; // never drawn; reported before printing
  return (stack.fonts[src.font]?.advance(cp) ?? 0) * (stack.scales[src.font] ?? 1);
}

function tokenize(paragraph: string, stack: FontStack): Token[] {
  const tokens: Token[] = [];
  let cur: number[] = [];
  let spaceBefore = false;
  const flush = () => {
    if (cur.length) {
      tokens.push({ cps: cur, spaceBefore, base: cur.reduce((s, cp) => s + advance(stack, cp), 0) });
      spaceBefore = false;
    }
    cur = [];
  };
  for (const ch of paragraph) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0x20 || cp === 0x3000) {
      flush();
      spaceBefore = true;
    } else if (isCjkBreakable(cp)) {
      flush();
      cur.push(cp);
      flush();
    } else cur.push(cp);
  }
  flush();
  return tokens;
}

function width(base: number, chars: number, size: number, style: LineStyle): number {
  return base * size * style.sizeFactor + chars * style.spacing;
}

function toRuns(cps: number[], stack: FontStack, size: number, style: LineStyle): Run[] {
  const runs: Run[] = [];
  for (const cp of cps) {
    const src = stack.chooser.source(cp);
    if ('unrenderable' in src) continue;
    const w = width(advance(stack, cp), 1, size, style);
    const last = runs[runs.length - 1];
    if (last && last.font === src.font) {
      last.text += String.fromCodePoint(cp);
      last.width += w;
    } else runs.push({ font: src.font, text: String.fromCodePoint(cp), width: w });
  }
  return runs;
}

export interface WrapSpec {
  text: string;
  /** Nominal size in pt (handwriting font sizes are this times the font's own scale). */
  size: number;
  maxWidth: number;
  seed: string;
  block: string;
  variation: boolean;
}

/**
 * Greedy word wrap; a word longer than a line is split between characters rather than run past
 * the edge. Each line is measured with its own style.
 */
export function wrapText(spec: WrapSpec, stack: FontStack): LaidLine[] {
  const lines: LaidLine[] = [];
  const limit = spec.maxWidth - (spec.variation ? JITTER_ROOM : 0);
  const styleFor = (i: number) => lineStyle(spec.seed, spec.block, i, spec.variation, spec.size);
  for (const paragraph of spec.text.split('\n')) {
    const tokens = tokenize(paragraph, stack);
    if (tokens.length === 0) {
      lines.push({ runs: [], width: 0, style: styleFor(lines.length), blank: true });
      continue;
    }
    let cps: number[] = [];
    let base = 0;
    let style = styleFor(lines.length);
    const spaceBase = advance(stack, 0x20);
    const push = () => {
      const runs = toRuns(cps, stack, spec.size, style);
      const w = runs.reduce((s, r) => s + r.width, 0);
      // A long line tilts less: its end may rise or fall at most MAX_TILT_RISE, so neighbouring
      // lines never touch.
      const maxDeg = (Math.atan(MAX_TILT_RISE / Math.max(w, 1)) * 180) / Math.PI;
      const tilted =
        Math.abs(style.rotate) > maxDeg ? { ...style, rotate: Math.sign(style.rotate) * maxDeg } : style;
      lines.push({ runs, width: w, style: tilted, blank: false });
      cps = [];
      base = 0;
      style = styleFor(lines.length);
    };
    for (const tok of tokens) {
      const sep = cps.length && tok.spaceBefore ? 1 : 0;
      const tryBase = base + sep * spaceBase + tok.base;
      if (width(tryBase, cps.length + sep + tok.cps.length, spec.size, style) <= limit) {
        if (sep) cps.push(0x20);
        cps.push(...tok.cps);
        base = tryBase;
        continue;
      }
      if (cps.length) push();
      if (width(tok.base, tok.cps.length, spec.size, style) <= limit) {
        cps.push(...tok.cps);
        base = tok.base;
        continue;
      }
      // A single word wider than the line: break it between characters.
      for (const cp of tok.cps) {
        const a = advance(stack, cp);
        if (cps.length && width(base + a, cps.length + 1, spec.size, style) > limit) push();
        cps.push(cp);
        base += a;
      }
    }
    if (cps.length) push();
  }
  // Blank lines at the very end take no room.
  while (lines.length && lines[lines.length - 1]!.blank) lines.pop();
  return lines;
}

/** Height a block of lines takes: blank lines are a little over half a line. */
export function blockHeight(lines: readonly LaidLine[], lineHeight: number): number {
  return lines.reduce((h, l) => h + (l.blank ? lineHeight * 0.55 : lineHeight), 0);
}

/** Scales tried when shrinking text to fit, largest first, down to the 70% floor. */
export function shrinkSteps(min = 0.7): number[] {
  const steps: number[] = [];
  for (let s = 1; s > min + 1e-9; s -= 0.04) steps.push(Math.round(s * 1000) / 1000);
  steps.push(min);
  return steps;
}
