/**
 * Builds the print-ready PDF for a batch of cards, then their envelopes or address labels in the
 * same order. Pure: font, image and wasm bytes in, PDF bytes out; it runs in a Web Worker in the
 * app and in Node for tests and benchmarks.
 *
 * Nothing is printed that would disappoint the person holding the card: a character no bundled
 * font has, a `{field}` left unfilled, or a message that does not fit its panel even at 70% size
 * blocks the build and comes back as a problem naming the card and what to do. Characters no font
 * has may be left out only when the user confirmed it (`dropUnrenderable`).
 */
import fontkit from '@pdf-lib/fontkit';
import {
  degrees,
  PDFDocument,
  rgb,
  setCharacterSpacing,
  type PDFEmbeddedPage,
  type PDFFont,
  type PDFImage,
  type PDFPage,
} from 'pdf-lib';
import type { IsoDate } from '../domain/dates';
import type { PostalAddress } from '../domain/schemas';
import type { InkColor, PaperSize } from '../domain/settings';
import { formatAddressLines } from './address';
import { envelopeLayout, ENVELOPES, type EnvelopeKind } from './envelopes';
import { FALLBACK_FONT_FILES, handwritingFont } from './fonts';
import {
  CARD_FORMATS,
  FormatPaperMismatch,
  panelSize,
  sheetLayout,
  type CardFormatId,
  type PanelRole,
  type PlacedPanel,
  type Rotation,
  type SheetLayout,
} from './formats';
import { cleanText, FontChooser, measureFont } from './glyphs';
import { INK_RGB, tint, type Rgb } from './ink';
import { LABEL_SHEETS, labelRect, labelsPerSheet, type LabelSheetId } from './labels';
import { fieldInWords, unfilledFields } from './merge';
import { ORNAMENT_BOX, sprigPath } from './ornaments';
import { PAPER } from './paper';
import type { FontSubsetter } from './subset';
import { blockHeight, shrinkSteps, wrapText, type FontStack, type LaidLine } from './text-layout';
import { mm, mmToPt, type Mm, type Rect } from './units';

export interface Recipient {
  name: string;
  address?: PostalAddress;
  /** Two-letter country of the address (Client.country): decides the line order. */
  countryCode?: string;
}

export interface CardInput {
  /** Seeds the natural variation, e.g. the touchpoint id: the same seed, the same handwriting. */
  seed: string;
  /** Merged texts (see mergeTemplate). */
  front: string;
  inside: string;
  closing: string;
  recipient?: Recipient;
}

export interface FontBytes {
  id: string;
  bytes: Uint8Array;
}

export interface BuildCardsOptions {
  cards: readonly CardInput[];
  format: CardFormatId;
  paper: PaperSize;
  /** The handwriting font (Settings.cards.font) and its prepared TrueType bytes. */
  font: FontBytes;
  /** Fallback fonts in order (FALLBACK_FONT_FILES); characters the handwriting font lacks use these. */
  fallbackFonts?: readonly FontBytes[];
  /** Subsets the fallback fonts to the characters used (createFontSubsetter). Without it they are embedded whole. */
  subsetFont?: FontSubsetter;
  ink: InkColor;
  /** Slight, deterministic per-line variation in size, slant, tilt and spacing. */
  variation: boolean;
  /** Fold marks on folded cards, crop marks on flat ones. */
  marks: boolean;
  /** The user's signature, PNG with transparency, placed under the closing. */
  signaturePng?: Uint8Array;
  envelopes?: { kind: EnvelopeKind; returnAddress?: Recipient };
  labels?: { sheet: LabelSheetId; /** Skip labels already used on the first sheet. */ startAt?: number };
  /** The sender's country: the country line is left off domestic addresses. */
  senderCountryCode?: string;
  /** The user confirmed: leave out characters that no bundled font can draw. */
  dropUnrenderable?: boolean;
  /** Written as the PDF's creation and modification date (never the clock: same input, same bytes). */
  date?: IsoDate;
  title?: string;
  onProgress?: (done: number, total: number) => void;
}

export type IssueSeverity = 'blocking' | 'warning' | 'info';
export type IssueKind =
  | 'unrenderable'
  | 'fallback-font'
  | 'unfilled-field'
  | 'overflow'
  | 'shrunk'
  | 'no-address'
  | 'format-paper'
  | 'no-cards';
export type CardPart = 'front' | 'message' | 'address' | 'envelope' | 'return-address' | 'label';

export interface CardIssue {
  kind: IssueKind;
  severity: IssueSeverity;
  /** Index into `cards`, or null for the whole batch. */
  card: number | null;
  part?: CardPart;
  /** The characters concerned (unrenderable or drawn with a fallback font). */
  chars?: string[];
  fields?: string[];
  font?: string;
  /** Text scale used, 0.7–1 (shrunk). */
  scale?: number;
  message: string;
}

export type BuildCardsResult =
  | { ok: true; bytes: Uint8Array; pageCount: number; warnings: CardIssue[] }
  | { ok: false; problems: CardIssue[]; warnings: CardIssue[] };

/** Per-format base sizes (pt, at the Caveat-equivalent scale) and margins (fraction of panel width). */
const LOOK: Record<CardFormatId, { message: number; front: number; margin: number }> = {
  'a6-quarter-fold': { message: 15, front: 44, margin: 0.12 },
  'a5-half-fold': { message: 18, front: 58, margin: 0.12 },
  'a2-quarter-fold': { message: 15, front: 44, margin: 0.12 },
  'a2-half-fold': { message: 15, front: 44, margin: 0.12 },
  'postcard-5x7': { message: 19, front: 58, margin: 0.13 },
  'postcard-4x6': { message: 13, front: 50, margin: 0.06 },
};

/** Fallback glyphs are bigger on their em than handwriting: these bring them to a matching height. */
const FALLBACK_SCALE: Record<string, number> = { 'dejavu-sans': 0.74, 'droid-sans-fallback': 0.8 };

const LINE_HEIGHT = 1.28;
const MIN_SCALE = 0.7;
const MIN_FRONT_SCALE = 0.5;
const SIGNATURE_HEIGHT_MM = 13;

// ---------- plans: what goes where, computed before any drawing ----------

interface TextPlan {
  lines: LaidLine[];
  size: number;
  lineHeight: number;
  /** Block box in the frame's local coordinates, pt: left, top edge, width. */
  x: number;
  top: number;
  width: number;
  align: 'left' | 'center';
}

interface PanelPlan {
  texts: TextPlan[];
  signature?: { x: number; y: number; width: number; height: number };
  ornament?: { x: number; top: number; width: number; opacity: number };
  /** A fine double frame inset from the panel edge (card fronts). */
  frame?: { inset: number };
  /** Postcard back: the divider and the stamp box. */
  postcardRules?: { dividerX: number; stamp: Rect<number> };
}

interface Frame {
  /** Page rectangle in pt. */
  x: number;
  y: number;
  width: number;
  height: number;
  rotation: Rotation;
}

function framePoint(f: Frame, u: number, v: number): { x: number; y: number } {
  switch (f.rotation) {
    case 0:
      return { x: f.x + u, y: f.y + v };
    case 180:
      return { x: f.x + f.width - u, y: f.y + f.height - v };
    case 90:
      return { x: f.x + f.width - v, y: f.y + u };
    case 270:
      return { x: f.x + v, y: f.y + f.height - u };
  }
}

function panelFrame(p: PlacedPanel): Frame {
  return {
    x: mmToPt(p.rect.x),
    y: mmToPt(p.rect.y),
    width: mmToPt(p.rect.width),
    height: mmToPt(p.rect.height),
    rotation: p.rotation,
  };
}

function rectFrame(r: Rect<Mm>): Frame {
  return { x: mmToPt(r.x), y: mmToPt(r.y), width: mmToPt(r.width), height: mmToPt(r.height), rotation: 0 };
}

interface Ctx {
  stack: FontStack;
  variation: boolean;
  hasSignature: boolean;
  signatureAspect: number;
}

interface BlockSpec {
  key: string;
  text: string;
  size: number;
  /** Left edge and width as fractions of the box. */
  indent: number;
  widthFrac: number;
  gapBefore: number;
  align: 'left' | 'center';
}

interface Fitted {
  scale: number;
  blocks: { spec: BlockSpec; lines: LaidLine[]; size: number; lineHeight: number; height: number }[];
  height: number;
}

/** Tries scales from 1 down to `min`; the first at which every block fits the box wins. */
function fitBlocks(
  specs: BlockSpec[],
  box: { width: number; height: number },
  seed: string,
  ctx: Ctx,
  extra: (scale: number) => number,
  min: number,
  keepLines = false,
): Fitted | null {
  for (const scale of shrinkSteps(min)) {
    let height = 0;
    let ok = true;
    const blocks: Fitted['blocks'] = [];
    for (const spec of specs) {
      if (!spec.text.trim()) continue;
      const size = spec.size * scale;
      const lineHeight = size * LINE_HEIGHT;
      const lines = wrapText(
        {
          text: spec.text,
          size,
          maxWidth: box.width * spec.widthFrac,
          seed,
          block: spec.key,
          variation: ctx.variation,
        },
        ctx.stack,
      );
      // Address lines must stay whole: a wrapped line means "smaller, please".
      if (keepLines && lines.length > spec.text.split('\n').length) ok = false;
      const h = blockHeight(lines, lineHeight);
      height += (blocks.length ? spec.gapBefore * scale : 0) + h;
      blocks.push({ spec, lines, size, lineHeight, height: h });
    }
    height += extra(scale);
    if (ok && height <= box.height + 0.01) return { scale, blocks, height };
  }
  return null;
}

function toTextPlans(f: Fitted, left: number, top: number, width: number): TextPlan[] {
  const plans: TextPlan[] = [];
  let y = top;
  f.blocks.forEach((b, i) => {
    if (i > 0) y -= b.spec.gapBefore * f.scale;
    plans.push({
      lines: b.lines,
      size: b.size,
      lineHeight: b.lineHeight,
      x: left + width * b.spec.indent,
      top: y,
      width: width * b.spec.widthFrac,
      align: b.spec.align,
    });
    y -= b.height;
  });
  return plans;
}

type PlanResult = { plan: PanelPlan; scale: number } | { overflow: true };

function planMessage(
  card: CardInput,
  size: { width: number; height: number },
  formatId: CardFormatId,
  ctx: Ctx,
  box?: { left: number; width: number },
): PlanResult {
  const look = LOOK[formatId];
  const m = size.width * look.margin;
  const left = box?.left ?? m;
  const width = box?.width ?? size.width - 2 * m;
  const top = size.height - size.height * 0.1;
  const height = size.height * 0.8;
  const base = look.message;
  const specs: BlockSpec[] = [
    { key: 'inside', text: card.inside, size: base, indent: 0, widthFrac: 1, gapBefore: 0, align: 'left' },
    {
      key: 'closing',
      text: card.closing,
      size: base,
      indent: 0.38,
      widthFrac: 0.62,
      gapBefore: base * 0.9,
      align: 'left',
    },
  ];
  const sigHeight = (scale: number) => (ctx.hasSignature ? mmToPt(mm(SIGNATURE_HEIGHT_MM)) * scale : 0);
  const fitted = fitBlocks(
    specs,
    { width, height },
    card.seed,
    ctx,
    (s) => (ctx.hasSignature ? sigHeight(s) + base * 0.2 * s : 0),
    MIN_SCALE,
  );
  if (!fitted) return { overflow: true };
  // Short messages sit a little above the middle rather than clinging to the top edge.
  const offset = (height - fitted.height) * 0.35;
  const texts = toTextPlans(fitted, left, top - offset, width);
  const plan: PanelPlan = { texts };
  if (ctx.hasSignature) {
    const h = sigHeight(fitted.scale);
    const w = Math.min(h * ctx.signatureAspect, width * 0.6);
    const last = texts[texts.length - 1];
    const lastHeight = last ? blockHeight(last.lines, last.lineHeight) : 0;
    const y =
      (last ? last.top - lastHeight : top - offset) - base * 0.2 * fitted.scale - w / ctx.signatureAspect;
    plan.signature = { x: left + width * 0.38, y, width: w, height: w / ctx.signatureAspect };
  }
  return { plan, scale: fitted.scale };
}

function planFront(
  card: CardInput,
  size: { width: number; height: number },
  formatId: CardFormatId,
  ctx: Ctx,
): PlanResult {
  const look = LOOK[formatId];
  const width = size.width * 0.8;
  const ornW = size.width * 0.5;
  const ornH = (ornW * ORNAMENT_BOX.height) / ORNAMENT_BOX.width;
  const gap = look.front * 0.35;
  const specs: BlockSpec[] = [
    {
      key: 'front',
      text: card.front,
      size: look.front,
      indent: 0,
      widthFrac: 1,
      gapBefore: 0,
      align: 'center',
    },
  ];
  const fitted = fitBlocks(
    specs,
    { width, height: size.height * 0.6 },
    card.seed,
    ctx,
    () => 0,
    MIN_FRONT_SCALE,
  );
  if (!fitted) return { overflow: true };
  const group = ornH + (fitted.blocks.length ? gap + fitted.height : 0);
  // The group's centre sits at 45% from the top: optically centred.
  const top = size.height * 0.55 + group / 2;
  const texts = toTextPlans(fitted, (size.width - width) / 2, top - ornH - gap, width);
  return {
    plan: {
      texts,
      ornament: { x: (size.width - ornW) / 2, top, width: ornW, opacity: 1 },
      frame: { inset: Math.min(size.width, size.height) * 0.07 },
    },
    scale: fitted.scale,
  };
}

/** The back of a folded card: a small sprig low in the middle, as printed cards have a mark there. */
function planBack(size: { width: number; height: number }): PanelPlan {
  const w = size.width * 0.16;
  return {
    texts: [],
    ornament: { x: (size.width - w) / 2, top: size.height * 0.14, width: w, opacity: 0.5 },
  };
}

function planAddress(
  lines: string[],
  box: { left: number; bottom: number; width: number; height: number },
  baseSize: number,
  seed: string,
  key: string,
  ctx: Ctx,
  centre: boolean,
  min = 0.6,
): PlanResult {
  const text = lines.join('\n');
  const specs: BlockSpec[] = [
    { key, text, size: baseSize, indent: 0, widthFrac: 1, gapBefore: 0, align: 'left' },
  ];
  const fitted = fitBlocks(specs, box, seed, ctx, () => 0, min, true);
  if (!fitted) return { overflow: true };
  const block = fitted.blocks[0];
  const widest = block ? Math.max(...block.lines.map((l) => l.width)) : 0;
  const left = centre ? box.left + (box.width - widest) / 2 : box.left;
  const top = box.bottom + box.height - (box.height - fitted.height) / 2;
  const plans = toTextPlans(fitted, left, top, Math.max(widest, 1) + 4);
  return { plan: { texts: plans }, scale: fitted.scale };
}

// ---------- the builder ----------

function describeChars(chars: string[]): string {
  return chars
    .map((c) => `“${c}” (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`)
    .join(', ');
}

function fontName(id: string): string {
  return FALLBACK_FONT_FILES.find((f) => f.id === id)?.name ?? id;
}

function recipientLines(r: Recipient | undefined, senderCountryCode: string | undefined): string[] {
  if (!r) return [];
  return formatAddressLines(r.name, r.address, { countryCode: r.countryCode, senderCountryCode }).map(
    cleanText,
  );
}

function pngAspect(png: Uint8Array): number {
  // IHDR: width and height are big-endian at bytes 16..23.
  if (png.length < 24) return 3;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const w = view.getUint32(16);
  const h = view.getUint32(20);
  return w > 0 && h > 0 ? w / h : 3;
}

interface Prepared {
  problems: CardIssue[];
  warnings: CardIssue[];
  layout: SheetLayout;
  cards: CardInput[];
  plans: Map<PanelRole, PanelPlan>[];
  envPlans: { recipient: PanelPlan; ret?: PanelPlan }[];
  labelPlans: PanelPlan[];
  usedByFont: Set<number>[];
  stack: FontStack;
  fallbacks: readonly FontBytes[];
}

type Refused = { ok: false; problems: CardIssue[]; warnings: CardIssue[] };

/** Everything short of drawing: checks every character and field and lays out every panel. */
function prepareCards(opts: CheckCardsOptions): Prepared | Refused {
  const problems: CardIssue[] = [];
  const warnings: CardIssue[] = [];
  const add = (i: CardIssue) => (i.severity === 'blocking' ? problems : warnings).push(i);

  if (opts.cards.length === 0) {
    return {
      ok: false,
      problems: [
        { kind: 'no-cards', severity: 'blocking', card: null, message: 'Choose at least one card to print.' },
      ],
      warnings,
    };
  }
  let layout: SheetLayout;
  try {
    layout = sheetLayout(opts.format, opts.paper);
  } catch (e) {
    if (e instanceof FormatPaperMismatch) {
      return {
        ok: false,
        problems: [{ kind: 'format-paper', severity: 'blocking', card: null, message: e.message }],
        warnings,
      };
    }
    throw e;
  }
  const format = CARD_FORMATS[opts.format];
  const hw = handwritingFont(opts.font.id);
  const fallbacks = opts.fallbackFonts ?? [];
  const measured = [measureFont(opts.font.bytes), ...fallbacks.map((f) => measureFont(f.bytes))];
  const stack: FontStack = {
    fonts: measured,
    scales: [hw.sizeScale, ...fallbacks.map((f) => FALLBACK_SCALE[f.id] ?? 0.8)],
    chooser: new FontChooser(measured),
  };
  const ctx: Ctx = {
    stack,
    variation: opts.variation,
    hasSignature: !!opts.signaturePng,
    signatureAspect: opts.signaturePng ? pngAspect(opts.signaturePng) : 3,
  };

  // 1. Clean texts and check every character and field.
  const cards: CardInput[] = opts.cards.map((c) => ({
    ...c,
    front: cleanText(c.front),
    inside: cleanText(c.inside),
    closing: cleanText(c.closing),
  }));
  const needsAddress = !!opts.envelopes || !!opts.labels || format.addressOnBack;
  const returnLines = opts.envelopes
    ? recipientLines(opts.envelopes.returnAddress, opts.senderCountryCode)
    : [];
  const addressLines = cards.map((c) =>
    needsAddress ? recipientLines(c.recipient, opts.senderCountryCode) : [],
  );
  const usedByFont = fallbacks.map(() => new Set<number>());

  /** Checks every character of a card's texts: unrenderable ones per part, fallbacks once per card and font. */
  const checkChars = (parts: [string, CardPart][], card: number | null) => {
    const fellBack = new Map<number, Set<string>>();
    for (const [text, part] of parts) {
      const missing = new Map<string, 'no-font' | 'right-to-left'>();
      for (const ch of text) {
        const cp = ch.codePointAt(0) ?? 0;
        const src = stack.chooser.source(cp);
        if ('unrenderable' in src) missing.set(ch, src.unrenderable);
        else if (src.font > 0) {
          usedByFont[src.font - 1]?.add(cp);
          const set = fellBack.get(src.font) ?? new Set<string>();
          set.add(ch);
          fellBack.set(src.font, set);
        }
      }
      if (missing.size) {
        const chars = [...missing.keys()];
        const rtl = [...missing.values()].includes('right-to-left');
        const where = card === null ? 'The return address' : `Card ${card + 1} (${part})`;
        const them = chars.length > 1 ? 'them' : 'it';
        add({
          kind: 'unrenderable',
          severity: opts.dropUnrenderable ? 'warning' : 'blocking',
          card,
          part,
          chars,
          message: opts.dropUnrenderable
            ? `${where}: left out ${describeChars(chars)}, which no card font can draw.`
            : `${where} has ${describeChars(chars)}, which no card font can draw` +
              `${rtl ? ' (right-to-left text is not supported yet)' : ''}. Remove ${them}, or confirm to print without ${them}.`,
        });
      }
    }
    for (const [font, set] of fellBack) {
      const id = fallbacks[font - 1]?.id ?? '';
      const many = set.size > 1;
      add({
        kind: 'fallback-font',
        severity: 'info',
        card,
        chars: [...set],
        font: id,
        message:
          `${card === null ? 'The return address' : `Card ${card + 1}`}: ${[...set].join(' ')} ${many ? 'are' : 'is'} ` +
          `written in ${fontName(id)}, as the handwriting font has no such ${many ? 'characters' : 'character'}.`,
      });
    }
  };

  cards.forEach((c, i) => {
    const fields = [...new Set([c.front, c.inside, c.closing].flatMap(unfilledFields))];
    if (fields.length) {
      add({
        kind: 'unfilled-field',
        severity: 'blocking',
        card: i,
        fields,
        message: `Card ${i + 1} still needs ${fields.map(fieldInWords).join(', ')}: fill ${fields.length > 1 ? 'them' : 'it'} in or edit the text.`,
      });
    }
    checkChars(
      [
        [c.front, 'front'],
        [c.inside + c.closing, 'message'],
        [needsAddress ? addressLines[i]!.join('\n') : '', 'address'],
      ],
      i,
    );
    if (needsAddress) {
      const hasStreet =
        (c.recipient?.address?.lines.some((l) => l.trim()) ?? false) || !!c.recipient?.address?.city;
      if (!hasStreet) {
        add({
          kind: 'no-address',
          severity: 'warning',
          card: i,
          part: 'address',
          message: `Card ${i + 1}${c.recipient?.name ? ` (${c.recipient.name})` : ''} has no postal address: the ${opts.envelopes ? 'envelope' : opts.labels ? 'label' : 'postcard'} will carry the name only.`,
        });
      }
    }
  });
  if (returnLines.length) checkChars([[returnLines.join('\n'), 'return-address']], null);

  // 2. Lay out every panel; anything that cannot fit is reported, never cut.
  const side0 = layout.sides[0]!;
  const frontPanel =
    side0.panels.find((p) => p.role === 'front') ?? layout.sides[1]?.panels.find((p) => p.role === 'front');
  const allPanels = layout.sides.flatMap((s) => s.panels);
  const messagePanel = allPanels.find((p) => p.role === format.messagePanel)!;
  const backPanel = allPanels.find((p) => p.role === 'back');
  const msgSize = mmSizeToPt(panelSize(messagePanel));
  const frontSize = frontPanel ? mmSizeToPt(panelSize(frontPanel)) : msgSize;
  const plans = cards.map((card, i) => {
    const byRole = new Map<PanelRole, PanelPlan>();
    const front = planFront(card, frontSize, opts.format, ctx);
    if ('overflow' in front) {
      add({
        kind: 'overflow',
        severity: 'blocking',
        card: i,
        part: 'front',
        message: `Card ${i + 1}: the front text does not fit the front. Shorten it.`,
      });
    } else byRole.set('front', front.plan);
    let message: PlanResult;
    if (format.addressOnBack) {
      // Postcard back: message on the left 57%, a divider, the address and stamp box on the right.
      const m = msgSize.width * LOOK[opts.format].margin;
      const split = msgSize.width * 0.57;
      message = planMessage(card, msgSize, opts.format, ctx, { left: m, width: split - 2 * m });
      const addrBox = {
        left: split + m * 1.2,
        bottom: msgSize.height * 0.12,
        width: msgSize.width - split - m * 2.2,
        height: msgSize.height * 0.5,
      };
      const addr = planAddress(
        addressLines[i]!,
        addrBox,
        LOOK[opts.format].message,
        card.seed,
        'postcard-address',
        ctx,
        false,
      );
      if ('overflow' in addr) {
        add({
          kind: 'overflow',
          severity: 'blocking',
          card: i,
          part: 'address',
          message: `Card ${i + 1}: the address is too long for the postcard. Shorten a line.`,
        });
      } else if (!('overflow' in message)) {
        message.plan.texts.push(...addr.plan.texts);
        const stampW = mmToPt(mm(20));
        const stampH = mmToPt(mm(24));
        message.plan.postcardRules = {
          dividerX: split,
          stamp: {
            x: msgSize.width - m - stampW,
            y: msgSize.height - m - stampH,
            width: stampW,
            height: stampH,
          },
        };
      }
    } else message = planMessage(card, msgSize, opts.format, ctx);
    if ('overflow' in message) {
      add({
        kind: 'overflow',
        severity: 'blocking',
        card: i,
        part: 'message',
        message: `Card ${i + 1}: the message does not fit even at ${Math.round(MIN_SCALE * 100)}% size. Shorten it or pick a larger card.`,
      });
    } else {
      byRole.set(format.messagePanel, message.plan);
      if (message.scale < 1) {
        add({
          kind: 'shrunk',
          severity: 'info',
          card: i,
          part: 'message',
          scale: message.scale,
          message: `Card ${i + 1}: the message is written ${Math.round(message.scale * 100)}% size to fit.`,
        });
      }
    }
    if (backPanel && format.fold !== 'flat') byRole.set('back', planBack(mmSizeToPt(panelSize(backPanel))));
    return byRole;
  });

  // Envelopes and labels.
  const envPlans: { recipient: PanelPlan; ret?: PanelPlan }[] = [];
  if (opts.envelopes) {
    const env = envelopeLayout(opts.envelopes.kind);
    const big = Math.min(17, mmToPt(env.page.height) * 0.06);
    let ret: PanelPlan | undefined;
    if (returnLines.length) {
      const r = planAddress(
        returnLines,
        rectBox(env.returnBox),
        big * 0.68,
        'return',
        'return',
        ctx,
        false,
        0.6,
      );
      if ('overflow' in r)
        add({
          kind: 'overflow',
          severity: 'blocking',
          card: null,
          part: 'return-address',
          message: 'The return address does not fit the envelope corner. Shorten a line.',
        });
      else ret = r.plan;
    }
    cards.forEach((c, i) => {
      const r = planAddress(addressLines[i]!, rectBox(env.recipientBox), big, c.seed, 'envelope', ctx, false);
      if ('overflow' in r)
        add({
          kind: 'overflow',
          severity: 'blocking',
          card: i,
          part: 'envelope',
          message: `Card ${i + 1}: the address does not fit the ${ENVELOPES[opts.envelopes!.kind].name} envelope. Shorten a line.`,
        });
      else envPlans.push({ recipient: r.plan, ret });
    });
  }
  const labelPlans: PanelPlan[] = [];
  if (opts.labels) {
    const sheet = LABEL_SHEETS[opts.labels.sheet];
    const pad = mmToPt(mm(3.5));
    const lw = mmToPt(sheet.label.width);
    const lh = mmToPt(sheet.label.height);
    cards.forEach((c, i) => {
      const box = { left: pad, bottom: pad * 0.6, width: lw - 2 * pad, height: lh - pad * 1.2 };
      const r = planAddress(addressLines[i]!, box, Math.min(13, lh / 5.4), c.seed, 'label', ctx, true);
      if ('overflow' in r)
        add({
          kind: 'overflow',
          severity: 'blocking',
          card: i,
          part: 'label',
          message: `Card ${i + 1}: the address does not fit the ${sheet.name} label. Shorten a line.`,
        });
      else labelPlans.push(r.plan);
    });
  }

  return { problems, warnings, layout, cards, plans, envPlans, labelPlans, usedByFont, stack, fallbacks };
}

export type CheckCardsOptions = Omit<BuildCardsOptions, 'subsetFont' | 'onProgress' | 'date' | 'title'>;

/**
 * What printing would report, without building the PDF: for the card screen to flag problems
 * (missing fields, characters no font has, messages too long) while the user edits. Fast and
 * synchronous; the same checks buildCardsPdf makes.
 */
export function checkCards(opts: CheckCardsOptions): {
  ok: boolean;
  problems: CardIssue[];
  warnings: CardIssue[];
} {
  const p = prepareCards(opts);
  return { ok: p.problems.length === 0, problems: p.problems, warnings: p.warnings };
}

export async function buildCardsPdf(opts: BuildCardsOptions): Promise<BuildCardsResult> {
  const prepared = prepareCards(opts);
  if ('ok' in prepared) return prepared;
  const { problems, warnings, layout, cards, plans, envPlans, labelPlans, usedByFont, stack, fallbacks } =
    prepared;
  if (problems.length) return { ok: false, problems, warnings };

  // 3. Draw. Every font is embedded once per document, whole (`subset: false`): pdf-lib's own
  // subsetting drops letters. Fallbacks are first cut down to the characters this batch uses.
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  doc.setTitle(opts.title ?? 'Touchpoint cards');
  doc.setProducer('Touchpoint');
  doc.setCreator('Touchpoint');
  if (opts.date) {
    const d = new Date(`${opts.date}T00:00:00.000Z`);
    doc.setCreationDate(d);
    doc.setModificationDate(d);
  }
  const pdfFonts: (PDFFont | undefined)[] = [await doc.embedFont(opts.font.bytes, { subset: false })];
  for (let k = 0; k < fallbacks.length; k++) {
    const used = usedByFont[k]!;
    if (!used.size) {
      pdfFonts.push(undefined);
      continue;
    }
    const src = fallbacks[k]!.bytes;
    const bytes = opts.subsetFont ? opts.subsetFont(src, used) : src;
    pdfFonts.push(await doc.embedFont(bytes, { subset: false }));
  }
  const signature = opts.signaturePng ? await doc.embedPng(opts.signaturePng) : undefined;
  const ink = INK_RGB[opts.ink];
  const draw: DrawCtx = {
    fonts: pdfFonts,
    scales: stack.scales,
    ink,
    signature,
    ornaments: await embedOrnaments(doc, ink),
  };

  const total = cards.length + envPlans.length + labelPlans.length;
  let done = 0;
  const tick = () => opts.onProgress?.(++done, total);
  const pageSize: [number, number] = [mmToPt(layout.page.width), mmToPt(layout.page.height)];
  for (let first = 0; first < cards.length; first += layout.cardsPerSheet) {
    layout.sides.forEach((side, sideIndex) => {
      const page = doc.addPage(pageSize);
      if (opts.marks && sideIndex === 0) drawMarks(page, layout);
      for (const panel of side.panels) {
        const plan = plans[first + panel.slot]?.get(panel.role);
        if (plan) drawPanel(page, panelFrame(panel), plan, draw);
      }
    });
    for (let s = 0; s < layout.cardsPerSheet && first + s < cards.length; s++) tick();
  }
  if (opts.envelopes) {
    const env = envelopeLayout(opts.envelopes.kind);
    for (const p of envPlans) {
      const page = doc.addPage([mmToPt(env.page.width), mmToPt(env.page.height)]);
      const frame = rectFrame({ x: mm(0), y: mm(0), width: env.page.width, height: env.page.height });
      if (p.ret) drawPanel(page, frame, p.ret, draw);
      drawPanel(page, frame, p.recipient, draw);
      tick();
    }
  }
  if (opts.labels) {
    const sheet = LABEL_SHEETS[opts.labels.sheet];
    const per = labelsPerSheet(sheet);
    const start = Math.max(0, Math.min(per - 1, opts.labels.startAt ?? 0));
    const paper = PAPER[sheet.paper];
    let page: PDFPage | undefined;
    labelPlans.forEach((plan, i) => {
      const slot = start + i;
      if (!page || slot % per === 0) page = doc.addPage([mmToPt(paper.width), mmToPt(paper.height)]);
      drawPanel(page, rectFrame(labelRect(sheet, slot)), plan, draw);
      tick();
    });
  }

  const bytes = await doc.save({ useObjectStreams: true, addDefaultPage: false });
  return { ok: true, bytes, pageCount: doc.getPageCount(), warnings };
}

function mmSizeToPt(s: { width: Mm; height: Mm }): { width: number; height: number } {
  return { width: mmToPt(s.width), height: mmToPt(s.height) };
}

function rectBox(r: Rect<Mm>): { left: number; bottom: number; width: number; height: number } {
  return { left: mmToPt(r.x), bottom: mmToPt(r.y), width: mmToPt(r.width), height: mmToPt(r.height) };
}

// ---------- drawing ----------

interface DrawCtx {
  fonts: (PDFFont | undefined)[];
  scales: readonly number[];
  ink: Rgb;
  signature?: PDFImage;
  /** The sprig, drawn once per document as a form XObject and placed on every card. */
  ornaments: { full: PDFEmbeddedPage; faint: PDFEmbeddedPage };
}

/** The sprig in two strengths (fronts and backs), each a form XObject drawn once, placed many times. */
async function embedOrnaments(doc: PDFDocument, ink: Rgb): Promise<DrawCtx['ornaments']> {
  const src = await PDFDocument.create({ updateMetadata: false });
  const path = sprigPath();
  for (const amount of [0.35, 0.55]) {
    const c = tint(ink, amount);
    const page = src.addPage([ORNAMENT_BOX.width, ORNAMENT_BOX.height]);
    page.drawSvgPath(path, { x: 0, y: ORNAMENT_BOX.height, color: rgb(c.r, c.g, c.b) });
  }
  const [full, faint] = await doc.embedPages(src.getPages());
  return { full: full!, faint: faint! };
}

function drawPanel(page: PDFPage, frame: Frame, plan: PanelPlan, d: DrawCtx): void {
  const color = rgb(d.ink.r, d.ink.g, d.ink.b);
  if (plan.ornament) {
    const o = plan.ornament;
    const scale = o.width / ORNAMENT_BOX.width;
    // Drawn from its lower-left corner, turned with the panel.
    const p = framePoint(frame, o.x, o.top - ORNAMENT_BOX.height * scale);
    page.drawPage(o.opacity < 1 ? d.ornaments.faint : d.ornaments.full, {
      x: p.x,
      y: p.y,
      xScale: scale,
      yScale: scale,
      rotate: degrees(frame.rotation),
    });
  }
  if (plan.frame) {
    // Rectangles are symmetric, so the panel's rotation does not matter: draw in page space.
    const c = tint(d.ink, 0.55);
    const color2 = rgb(c.r, c.g, c.b);
    for (const [inset, thickness] of [
      [plan.frame.inset, 0.8],
      [plan.frame.inset + 3.5, 0.35],
    ] as const) {
      page.drawRectangle({
        x: frame.x + inset,
        y: frame.y + inset,
        width: frame.width - 2 * inset,
        height: frame.height - 2 * inset,
        borderColor: color2,
        borderWidth: thickness,
      });
    }
  }
  if (plan.postcardRules) {
    const r = plan.postcardRules;
    const lineTint = tint(d.ink, 0.6);
    const c = rgb(lineTint.r, lineTint.g, lineTint.b);
    const a = framePoint(frame, r.dividerX, frame.height * 0.12);
    const b = framePoint(frame, r.dividerX, frame.height * 0.88);
    page.drawLine({ start: a, end: b, thickness: 0.6, color: c });
    const s = r.stamp;
    const corners = [
      framePoint(frame, s.x, s.y),
      framePoint(frame, s.x + s.width, s.y),
      framePoint(frame, s.x + s.width, s.y + s.height),
      framePoint(frame, s.x, s.y + s.height),
    ];
    corners.forEach((p, i) => {
      const q = corners[(i + 1) % 4]!;
      page.drawLine({ start: p, end: q, thickness: 0.5, color: c, dashArray: [2, 2] });
    });
  }
  for (const t of plan.texts) {
    let y = t.top;
    for (const line of t.lines) {
      if (line.blank) {
        y -= t.lineHeight * 0.55;
        continue;
      }
      const baseline = y - t.size * 0.95;
      const x = t.align === 'center' ? t.x + (t.width - line.width) / 2 : t.x;
      drawLine(page, frame, line, x, baseline, t.size, d, color);
      y -= t.lineHeight;
    }
  }
  if (plan.signature && d.signature) {
    const s = plan.signature;
    const p = framePoint(frame, s.x, s.y);
    page.drawImage(d.signature, {
      x: p.x,
      y: p.y,
      width: s.width,
      height: s.height,
      rotate: degrees(frame.rotation),
    });
  }
}

function drawLine(
  page: PDFPage,
  frame: Frame,
  line: LaidLine,
  u: number,
  v: number,
  size: number,
  d: DrawCtx,
  color: ReturnType<typeof rgb>,
): void {
  const st = line.style;
  const rad = (st.rotate * Math.PI) / 180;
  const u0 = u + st.dx;
  const v0 = v + st.dy;
  if (st.spacing) page.pushOperators(setCharacterSpacing(st.spacing));
  // A slant is a shear of the glyphs' up-axis. pdf-lib's text matrix is
  // [cos r, sin r + tan xSkew, −sin r + tan ySkew, cos r]: its xSkew would tilt the baseline, so
  // the slant goes through ySkew, turned with the panel (cos θ flips it on upside-down panels).
  // The small error this leaves on d (sin θ·tan s) is nil for panels at 0° or 180°; quarter-turned
  // panels get no slant.
  const theta = ((frame.rotation + st.rotate) * Math.PI) / 180;
  const slant = frame.rotation === 90 || frame.rotation === 270 ? 0 : (st.skew * Math.PI) / 180;
  const ySkew = (Math.atan(Math.cos(theta) * Math.tan(slant)) * 180) / Math.PI;
  let offset = 0;
  for (const run of line.runs) {
    const font = d.fonts[run.font];
    if (font) {
      const p = framePoint(frame, u0 + offset * Math.cos(rad), v0 + offset * Math.sin(rad));
      page.drawText(run.text, {
        x: p.x,
        y: p.y,
        size: size * (d.scales[run.font] ?? 1) * st.sizeFactor,
        font,
        color,
        rotate: degrees(frame.rotation + st.rotate),
        ySkew: degrees(ySkew),
      });
    }
    offset += run.width;
  }
  if (st.spacing) page.pushOperators(setCharacterSpacing(0));
}

/** Fold marks (short ticks where the folds meet the sheet edge) or crop marks (in the margin). */
function drawMarks(page: PDFPage, layout: SheetLayout): void {
  const W = layout.page.width;
  const H = layout.page.height;
  const fold = rgb(0.72, 0.72, 0.72);
  const crop = rgb(0.45, 0.45, 0.45);
  const tick = (x1: number, y1: number, x2: number, y2: number, color: ReturnType<typeof rgb>) =>
    page.drawLine({
      start: { x: mmToPt(mm(x1)), y: mmToPt(mm(y1)) },
      end: { x: mmToPt(mm(x2)), y: mmToPt(mm(y2)) },
      thickness: 0.4,
      color,
    });
  // Ticks from 3 to 9 mm in from the edge: inside what most printers can print.
  const ticks = (
    lines: typeof layout.foldLines,
    color: ReturnType<typeof rgb>,
    inner: (vertical: boolean, pos: number) => number,
  ) => {
    for (const l of lines) {
      const vertical = Math.abs(l.from.x - l.to.x) < 1e-6;
      if (vertical) {
        const x = l.from.x;
        if (x <= 0.01 || x >= W - 0.01) continue;
        const reach = inner(true, x);
        tick(x, 3, x, reach, color);
        tick(x, H - 3, x, H - reach, color);
      } else {
        const y = l.from.y;
        if (y <= 0.01 || y >= H - 0.01) continue;
        const reach = inner(false, y);
        tick(3, y, reach, y, color);
        tick(W - 3, y, W - reach, y, color);
      }
    }
  };
  ticks(layout.foldLines, fold, () => 9);
  if (CARD_FORMATS[layout.format].fold !== 'flat') {
    // Two-up folded sheets have no margin to cut away: a short tick where the cut meets each edge.
    ticks(layout.cutLines, crop, () => 9);
    return;
  }
  // Flat cards: crop marks in the margin, stopping 2 mm short of the cards.
  const xs = layout.cutLines.filter((l) => l.from.x === l.to.x).map((l) => l.from.x);
  const ys = layout.cutLines.filter((l) => l.from.y === l.to.y).map((l) => l.from.y);
  const marginY = ys.length ? Math.min(...ys) : 0;
  const marginX = xs.length ? Math.min(...xs) : 0;
  if (marginY > 4) {
    for (const x of xs) {
      tick(x, 1, x, marginY - 2, crop);
      tick(x, H - 1, x, H - marginY + 2, crop);
    }
  }
  if (marginX > 4) {
    for (const y of ys) {
      tick(1, y, marginX - 2, y, crop);
      tick(W - 1, y, W - marginX + 2, y, crop);
    }
  }
}
