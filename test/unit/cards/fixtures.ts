/**
 * Node-side helpers for card tests and the sample script: font bytes from resources/fonts, the
 * HarfBuzz subsetter, a signature PNG, and poppler (pdftotext, pdffonts, pdftoppm) on PDF bytes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { BUNDLED_FONT_FILES, FALLBACK_FONT_FILES, type FontBytes } from '../../../shared/cards';
import { createFontSubsetter, type FontSubsetter } from '../../../shared/cards/subset';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export function fontBytes(id: string): FontBytes {
  const f = [...BUNDLED_FONT_FILES, ...FALLBACK_FONT_FILES].find((x) => x.id === id);
  if (!f) throw new Error(`unknown font ${id}`);
  return { id, bytes: new Uint8Array(readFileSync(join(root, 'resources', 'fonts', f.id, f.file))) };
}

export function fallbackFonts(): FontBytes[] {
  return FALLBACK_FONT_FILES.map((f) => fontBytes(f.id));
}

let subsetter: Promise<FontSubsetter> | undefined;
export function nodeSubsetter(): Promise<FontSubsetter> {
  const require = createRequire(import.meta.url);
  subsetter ??= createFontSubsetter(readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')));
  return subsetter;
}

// ---------- a signature PNG (RGBA, transparent background) ----------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A scribbled signature: a looping pen stroke in dark blue on a transparent 360 × 120 canvas. */
export function signaturePng(): Uint8Array {
  const w = 360;
  const h = 120;
  const px = new Uint8Array(w * h * 4);
  const dot = (cx: number, cy: number, r: number) => {
    for (let y = Math.floor(cy - r - 1); y <= cy + r + 1; y++) {
      for (let x = Math.floor(cx - r - 1); x <= cx + r + 1; x++) {
        if (x < 0 || y < 0 || x >= w || y >= h) continue;
        const d = Math.hypot(x - cx, y - cy);
        const a = Math.max(0, Math.min(1, r + 0.5 - d));
        const i = (y * w + x) * 4;
        if (a * 255 > px[i + 3]!) {
          px[i] = 24;
          px[i + 1] = 48;
          px[i + 2] = 120;
          px[i + 3] = Math.round(a * 255);
        }
      }
    }
  };
  for (let t = 0; t <= 1; t += 0.0004) {
    const x = 20 + t * 300 + 14 * Math.sin(t * 40);
    const y = 64 - 30 * Math.sin(t * 20) * Math.exp(-t * 1.5) - 8 * Math.cos(t * 40) + 10 * t;
    dot(x, y, 2.2 - t);
  }
  for (let t = 0; t <= 1; t += 0.002) dot(40 + t * 290, 100 - 6 * t + 3 * Math.sin(t * 6), 1.4);
  const raw = Buffer.alloc((w * 4 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 4 + 1)] = 0;
    Buffer.from(px.buffer, y * w * 4, w * 4).copy(raw, y * (w * 4 + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', new Uint8Array(0)),
    ]),
  );
}

// ---------- poppler ----------

function withPdf<T>(bytes: Uint8Array, fn: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'tp-cards-'));
  try {
    const path = join(dir, 'doc.pdf');
    writeFileSync(path, bytes);
    return fn(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text of one page (1-based) or the whole document, as pdftotext reads it (raw order). */
export function pdfText(bytes: Uint8Array, page?: number): string {
  return withPdf(bytes, (p) =>
    execFileSync(
      'pdftotext',
      [...(page ? ['-f', String(page), '-l', String(page)] : []), '-raw', '-enc', 'UTF-8', p, '-'],
      {
        encoding: 'utf8',
      },
    ),
  );
}

/** Text found inside a rectangle of a page, in points from the top-left (pdftotext -x -y -W -H). */
export function pdfTextIn(
  bytes: Uint8Array,
  page: number,
  r: { x: number; y: number; w: number; h: number },
): string {
  return withPdf(bytes, (p) =>
    execFileSync(
      'pdftotext',
      [
        '-f',
        String(page),
        '-l',
        String(page),
        '-r',
        '72',
        '-x',
        String(Math.round(r.x)),
        '-y',
        String(Math.round(r.y)),
        '-W',
        String(Math.round(r.w)),
        '-H',
        String(Math.round(r.h)),
        '-raw',
        '-enc',
        'UTF-8',
        p,
        '-',
      ],
      { encoding: 'utf8' },
    ),
  );
}

export interface PdfFontRow {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdfFonts(bytes: Uint8Array): PdfFontRow[] {
  const out = withPdf(bytes, (p) => execFileSync('pdffonts', [p], { encoding: 'utf8' }));
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name type... encoding emb sub uni id gen
      const n = cols.length;
      return { name: cols[0]!, type: cols.slice(1, n - 6).join(' '), embedded: cols[n - 5] === 'yes' };
    });
}

/** Renders a page to PNG at the given dpi, returning the file path (in `dir`). */
export function renderPng(bytes: Uint8Array, dir: string, name: string, dpi = 60): void {
  const pdf = join(dir, `${name}.pdf`);
  writeFileSync(pdf, bytes);
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', pdf, join(dir, name)]);
}

export interface WordBox {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Words with their boxes in pt from the page's top-left (pdftotext -bbox). */
export function pdfWords(bytes: Uint8Array, page: number): WordBox[] {
  const html = withPdf(bytes, (p) =>
    execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', '-enc', 'UTF-8', p, '-'], {
      encoding: 'utf8',
    }),
  );
  const words: WordBox[] = [];
  for (const m of html.matchAll(
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    words.push({
      xMin: +m[1]!,
      yMin: +m[2]!,
      xMax: +m[3]!,
      yMax: +m[4]!,
      text: m[5]!
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'"),
    });
  }
  return words;
}

/** A page rendered to 8-bit grey at `dpi` (pdftoppm -gray): width, height and pixels, 0 = black. */
export function renderGray(
  bytes: Uint8Array,
  page: number,
  dpi = 72,
): { width: number; height: number; px: Uint8Array } {
  const pgm = withPdf(bytes, (p) =>
    execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), '-gray', p], {
      maxBuffer: 64 * 1024 * 1024,
    }),
  );
  // P5\n<w> <h>\n255\n<data>
  const header = pgm.subarray(0, 64).toString('latin1');
  const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!m) throw new Error('pdftoppm did not return a PGM');
  const width = +m[1]!;
  const height = +m[2]!;
  return { width, height, px: new Uint8Array(pgm.subarray(m[0].length, m[0].length + width * height)) };
}

/** Dark pixels inside a box given in pt from the top-left. */
export function inkIn(
  img: { width: number; height: number; px: Uint8Array },
  box: WordBox,
  dpi = 72,
): number {
  const s = dpi / 72;
  let n = 0;
  for (
    let y = Math.max(0, Math.floor(box.yMin * s));
    y < Math.min(img.height, Math.ceil(box.yMax * s));
    y++
  ) {
    for (
      let x = Math.max(0, Math.floor(box.xMin * s));
      x < Math.min(img.width, Math.ceil(box.xMax * s));
      x++
    ) {
      if (img.px[y * img.width + x]! < 200) n++;
    }
  }
  return n;
}

/** pdfinfo's fields (dates as ISO 8601). */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const out = withPdf(bytes, (p) => execFileSync('pdfinfo', ['-isodates', p], { encoding: 'utf8' }));
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1]!.trim()] = m[2]!.trim();
  }
  return info;
}
