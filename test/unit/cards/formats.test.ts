/**
 * Panel positions and rotations, checked by folding the paper: each panel's text box is carried
 * through the physical folds (reflections about the fold lines) and must land on the right face
 * of the finished card, inside the card, reading upright and not mirrored.
 */
import { describe, expect, it } from 'vitest';
import {
  CARD_FORMAT_IDS,
  CARD_FORMATS,
  ENVELOPE_KINDS,
  envelopeLayout,
  FormatPaperMismatch,
  formatsForPaper,
  LABEL_SHEETS,
  labelRect,
  panelSize,
  panelToPage,
  sheetLayout,
  type PlacedPanel,
  type SheetLayout,
} from '../../../shared/cards';

type V = { x: number; y: number };
/** A point on paper with the direction its printed side faces: +1 towards the viewer, -1 away. */
interface Ink {
  p: V;
  up: V;
  right: V;
  facing: 1 | -1;
}

/** The panel's text box: its centre, and the unit vectors of "up" and "right" as the text reads. */
function inkOf(panel: PlacedPanel): Ink {
  const s = panelSize(panel);
  const c = panelToPage(panel, s.width / 2, s.height / 2);
  const u = panelToPage(panel, s.width / 2, s.height / 2 + 1);
  const r = panelToPage(panel, s.width / 2 + 1, s.height / 2);
  return { p: c, up: { x: u.x - c.x, y: u.y - c.y }, right: { x: r.x - c.x, y: r.y - c.y }, facing: 1 };
}

/** Reflects the part of the paper beyond a fold line onto the other side (it flips over). */
function fold(ink: Ink, axis: 'x' | 'y', at: number, moving: 'above' | 'below'): Ink {
  const coord = axis === 'x' ? ink.p.x : ink.p.y;
  const moves = moving === 'above' ? coord > at : coord < at;
  if (!moves) return ink;
  const flipV = (v: V): V => (axis === 'x' ? { x: -v.x, y: v.y } : { x: v.x, y: -v.y });
  const p = axis === 'x' ? { x: 2 * at - ink.p.x, y: ink.p.y } : { x: ink.p.x, y: 2 * at - ink.p.y };
  return { p, up: flipV(ink.up), right: flipV(ink.right), facing: (ink.facing * -1) as 1 | -1 };
}

/** How a face looks to someone holding it: a face turned away is seen after turning the card over left-to-right. */
function seen(ink: Ink): { up: V; right: V } {
  return ink.facing === 1
    ? { up: ink.up, right: ink.right }
    : { up: { x: -ink.up.x, y: ink.up.y }, right: { x: -ink.right.x, y: ink.right.y } };
}

function upright(ink: Ink): void {
  const s = seen(ink);
  expect(s.up.x).toBeCloseTo(0);
  expect(s.up.y).toBeCloseTo(1);
  expect(s.right.x).toBeCloseTo(1);
  expect(s.right.y).toBeCloseTo(0);
}

function panel(layout: SheetLayout, role: string, slot = 0): { panel: PlacedPanel; side: number } {
  for (const [side, s] of layout.sides.entries()) {
    const p = s.panels.find((x) => x.role === role && x.slot === slot);
    if (p) return { panel: p, side };
  }
  throw new Error(`no ${role} in ${layout.format}`);
}

/** Side 2 of a sheet flipped left-to-right: a point on page 2 lies behind page 1's (W − x, y), its ink facing away. */
function onSheet(layout: SheetLayout, p: { panel: PlacedPanel; side: number }): Ink {
  const ink = inkOf(p.panel);
  if (p.side === 0) return ink;
  const W = layout.page.width;
  return {
    p: { x: W - ink.p.x, y: ink.p.y },
    up: { x: -ink.up.x, y: ink.up.y },
    right: { x: -ink.right.x, y: ink.right.y },
    facing: -1,
  };
}

function within(p: V, x0: number, x1: number, y0: number, y1: number): void {
  expect(p.x).toBeGreaterThan(x0);
  expect(p.x).toBeLessThan(x1);
  expect(p.y).toBeGreaterThan(y0);
  expect(p.y).toBeLessThan(y1);
}

describe('quarter-fold cards (one side, two folds)', () => {
  for (const [format, paper] of [
    ['a6-quarter-fold', 'A4'],
    ['a2-quarter-fold', 'Letter'],
  ] as const) {
    it(`${format}: folding as instructed puts the front on top, upright, and the message inside`, () => {
      const L = sheetLayout(format, paper);
      const W = L.page.width;
      const H = L.page.height;
      expect(L.sides).toHaveLength(1);
      expect(L.duplex).toBe('none');
      const closed = (role: string) =>
        fold(fold(onSheet(L, panel(L, role)), 'y', H / 2, 'above'), 'x', W / 2, 'below');
      // Fold 1: top half back. Fold 2: left half over onto the right half. The card lies on
      // [W/2, W] × [0, H/2], spine (the second fold) on its left edge.
      const front = closed('front');
      expect(front.facing).toBe(1);
      within(front.p, W / 2, W, 0, H / 2);
      upright(front);
      const back = closed('back');
      expect(back.facing).toBe(-1);
      within(back.p, W / 2, W, 0, H / 2);
      upright(back);
      // Inside: the two inner faces face each other once closed…
      // (the left half turned over onto the right one).
      expect(closed('inside-left').facing).toBe(-1);
      expect(closed('inside-right').facing).toBe(1);
      within(closed('inside-right').p, W / 2, W, 0, H / 2);
      // …and read upright when the card is opened (only fold 1 made), left then right.
      const open = (role: string) => fold(onSheet(L, panel(L, role)), 'y', H / 2, 'above');
      for (const role of ['inside-left', 'inside-right']) {
        expect(open(role).facing).toBe(1);
        upright(open(role));
      }
      expect(open('inside-left').p.x).toBeLessThan(open('inside-right').p.x);
      // The finished card is the format's size.
      expect(W / 2).toBeCloseTo(CARD_FORMATS[format].card.width, 1);
      expect(H / 2).toBeCloseTo(CARD_FORMATS[format].card.height, 1);
    });
  }

  it('A6 from A4 is 105 × 148.5 mm and US A2 from Letter is 4¼ × 5½ in', () => {
    const a6 = sheetLayout('a6-quarter-fold', 'A4');
    const front = panel(a6, 'front').panel;
    expect(front.rect).toEqual({ x: 0, y: 148.5, width: 105, height: 148.5 });
    expect(front.rotation).toBe(180);
    const a2 = sheetLayout('a2-quarter-fold', 'Letter');
    const msg = panel(a2, 'inside-right').panel;
    expect(msg.rect.width).toBeCloseTo(4.25 * 25.4, 6);
    expect(msg.rect.height).toBeCloseTo(5.5 * 25.4, 6);
    expect(msg.rotation).toBe(0);
  });
});

describe('half-fold cards (both sides, one fold)', () => {
  for (const [format, paper] of [
    ['a5-half-fold', 'A4'],
    ['a2-half-fold', 'Letter'],
  ] as const) {
    it(`${format}: each inside panel prints behind the right outside panel and the card folds front-out`, () => {
      const L = sheetLayout(format, paper);
      const W = L.page.width;
      expect(L.sides).toHaveLength(2);
      for (let slot = 0; slot < L.cardsPerSheet; slot++) {
        const get = (role: string) => onSheet(L, panel(L, role, slot));
        const frontRect = panel(L, 'front', slot).panel.rect;
        const backRect = panel(L, 'back', slot).panel.rect;
        // Duplex, flipped left-to-right: inside-left sits behind the front, inside-right behind the back.
        within(
          get('inside-left').p,
          frontRect.x,
          frontRect.x + frontRect.width,
          frontRect.y,
          frontRect.y + frontRect.height,
        );
        within(
          get('inside-right').p,
          backRect.x,
          backRect.x + backRect.width,
          backRect.y,
          backRect.y + backRect.height,
        );
        // Fold the left half behind: the front faces the viewer, upright; the back faces away, upright.
        const closed = (role: string) => fold(get(role), 'x', W / 2, 'below');
        expect(closed('front').facing).toBe(1);
        upright(closed('front'));
        expect(closed('back').facing).toBe(-1);
        upright(closed('back'));
        // Opened and turned over, the inside reads upright, left then right.
        const inL = seen(get('inside-left'));
        expect(inL.up.y).toBeCloseTo(1);
        const [l, r] = [panel(L, 'inside-left', slot).panel.rect, panel(L, 'inside-right', slot).panel.rect];
        expect(l.x).toBeLessThan(r.x);
        expect(panel(L, 'inside-right', slot).panel.rotation).toBe(0);
      }
    });
  }

  it('A5 half-fold prints on landscape A4; US A2 half-fold puts two cards on a Letter sheet', () => {
    const a5 = sheetLayout('a5-half-fold', 'A4');
    expect(a5.page).toEqual({ width: 297, height: 210 });
    expect(a5.duplex).toBe('flip-on-short-edge');
    expect(panel(a5, 'front').panel.rect).toEqual({ x: 148.5, y: 0, width: 148.5, height: 210 });
    const a2 = sheetLayout('a2-half-fold', 'Letter');
    expect(a2.cardsPerSheet).toBe(2);
    expect(a2.duplex).toBe('flip-on-long-edge');
    expect(a2.cutLines).toHaveLength(1);
    expect(panel(a2, 'front', 0).panel.rect.y).toBeCloseTo(5.5 * 25.4, 6);
    expect(panel(a2, 'front', 1).panel.rect.y).toBe(0);
  });
});

describe('flat postcards', () => {
  for (const format of ['postcard-5x7', 'postcard-4x6'] as const) {
    for (const paper of ['A4', 'Letter'] as const) {
      it(`${format} on ${paper}: cards fit the sheet without overlap, each back behind its front`, () => {
        const L = sheetLayout(format, paper);
        expect(L.cardsPerSheet).toBe(2);
        const fronts = L.sides[0]!.panels;
        const backs = L.sides[1]!.panels;
        const card = CARD_FORMATS[format].card;
        for (const f of fronts) {
          const long = Math.max(f.rect.width, f.rect.height);
          const short = Math.min(f.rect.width, f.rect.height);
          expect(long).toBeCloseTo(card.width, 6);
          expect(short).toBeCloseTo(card.height, 6);
          expect(f.rect.x).toBeGreaterThanOrEqual(0);
          expect(f.rect.y).toBeGreaterThanOrEqual(0);
          expect(f.rect.x + f.rect.width).toBeLessThanOrEqual(L.page.width + 1e-9);
          expect(f.rect.y + f.rect.height).toBeLessThanOrEqual(L.page.height + 1e-9);
          for (const g of fronts) {
            if (g === f) continue;
            const apart =
              f.rect.x + f.rect.width <= g.rect.x + 1e-9 ||
              g.rect.x + g.rect.width <= f.rect.x + 1e-9 ||
              f.rect.y + f.rect.height <= g.rect.y + 1e-9 ||
              g.rect.y + g.rect.height <= f.rect.y + 1e-9;
            expect(apart).toBe(true);
          }
          const back = backs.find((b) => b.slot === f.slot)!;
          const behind = onSheet(L, { panel: back, side: 1 });
          within(behind.p, f.rect.x, f.rect.x + f.rect.width, f.rect.y, f.rect.y + f.rect.height);
          // Turned over, the back reads upright in the same direction as the front.
          expect(seen(behind).up).toEqual(
            expect.objectContaining({ y: expect.closeTo(seen(inkOf(f)).up.y) }),
          );
          expect(seen(behind).right.x).toBeCloseTo(seen(inkOf(f)).right.x);
        }
      });
    }
  }

  it('prefers landscape cards and centres the grid, with crop lines on every card edge', () => {
    const L = sheetLayout('postcard-5x7', 'A4');
    const [top, bottom] = L.sides[0]!.panels;
    expect(top!.rect.width).toBeCloseTo(177.8, 6);
    expect(top!.rect.x).toBeCloseTo((210 - 177.8) / 2, 6);
    expect(top!.rect.y).toBeGreaterThan(bottom!.rect.y);
    expect(L.cutLines).toHaveLength(2 + 3);
  });
});

describe('paper', () => {
  it('folded formats refuse the other paper with a message that says what to do', () => {
    expect(() => sheetLayout('a6-quarter-fold', 'Letter')).toThrow(FormatPaperMismatch);
    expect(() => sheetLayout('a6-quarter-fold', 'Letter')).toThrow(/US A2/);
    expect(formatsForPaper('Letter').map((f) => f.id)).toEqual([
      'a2-quarter-fold',
      'a2-half-fold',
      'postcard-5x7',
      'postcard-4x6',
    ]);
    expect(formatsForPaper('A4').map((f) => f.id)).toEqual([
      'a6-quarter-fold',
      'a5-half-fold',
      'postcard-5x7',
      'postcard-4x6',
    ]);
    for (const id of CARD_FORMAT_IDS)
      expect(
        formatsForPaper('A4')
          .concat(formatsForPaper('Letter'))
          .some((f) => f.id === id),
      ).toBe(true);
  });
});

describe('envelopes', () => {
  const sizes: Record<string, [number, number]> = {
    DL: [220, 110],
    C6: [162, 114],
    C5: [229, 162],
    'US-A2': [146.05, 111.125],
    A7: [184.15, 133.35],
    'US-10': [241.3, 104.775],
  };
  for (const kind of ENVELOPE_KINDS) {
    it(`${kind}: page is the envelope; return address top-left, recipient right of centre, clear of the stamp`, () => {
      const e = envelopeLayout(kind);
      expect(e.page.width).toBeCloseTo(sizes[kind]![0], 3);
      expect(e.page.height).toBeCloseTo(sizes[kind]![1], 3);
      const r = e.recipientBox;
      const ret = e.returnBox;
      expect(ret.x).toBeLessThan(15);
      expect(ret.y + ret.height).toBeGreaterThan(e.page.height - 15);
      expect(r.x).toBeGreaterThanOrEqual(e.page.width * 0.4 - 1e-9);
      expect(r.x + r.width).toBeLessThanOrEqual(e.page.width - 10);
      const centreY = r.y + r.height / 2;
      expect(centreY).toBeLessThan(e.page.height / 2);
      expect(centreY).toBeGreaterThan(e.page.height * 0.3);
      // The recipient block never runs under the stamp corner or the return address.
      expect(r.y + r.height).toBeLessThanOrEqual(e.stampBox.y + 1e-9);
      expect(r.y + r.height <= ret.y || r.x >= ret.x + ret.width).toBe(true);
    });
  }
});

describe('label sheets', () => {
  it('Avery 5160: 30 labels of 2⅝ × 1 in, ½ in top margin, 3/16 in sides, 2¾ in column pitch', () => {
    const s = LABEL_SHEETS['avery-5160'];
    const first = labelRect(s, 0);
    expect(first.x).toBeCloseTo(4.7625, 4);
    expect(first.y + first.height).toBeCloseTo(279.4 - 12.7, 4);
    expect(labelRect(s, 1).x - first.x).toBeCloseTo(69.85, 4);
    const last = labelRect(s, 29);
    expect(last.x + last.width).toBeCloseTo(215.9 - 4.7625, 4);
    expect(last.y).toBeCloseTo(12.7, 4);
    expect(labelRect(s, 30)).toEqual(first); // the next sheet starts over
  });

  it('Avery L7160: 21 labels of 63.5 × 38.1 mm, 15.15 mm top and bottom, centred columns', () => {
    const s = LABEL_SHEETS['avery-l7160'];
    const first = labelRect(s, 0);
    const last = labelRect(s, 20);
    expect(first.y + first.height).toBeCloseTo(297 - 15.15, 6);
    expect(last.y).toBeCloseTo(15.15, 6);
    expect(first.x).toBeCloseTo(210 - (last.x + last.width), 6);
    expect(labelRect(s, 1).x - first.x).toBeCloseTo(66.04, 6);
    expect(labelRect(s, 3).y - first.y).toBeCloseTo(-38.1, 6);
  });
});
