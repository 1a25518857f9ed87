/**
 * Font subsetting with HarfBuzz (harfbuzzjs's `harfbuzz-subset.wasm`), usable in a browser, a
 * Web Worker and Node alike: the caller hands in the wasm (bytes or a compiled module) and this
 * drives its C API directly, as subset-font does, minus subset-font's Node-only file reading and
 * format conversion (our inputs are TrueType already).
 *
 * Why not pdf-lib's own subsetting: it silently drops letters. We subset here to exactly the
 * characters a PDF needs and embed the result whole (`subset: false`).
 *
 * Renderer: `import wasmUrl from 'harfbuzzjs/dist/harfbuzz-subset.wasm?url'` then
 * `createFontSubsetter(await WebAssembly.compileStreaming(fetch(wasmUrl)))`
 * (the page's CSP needs 'wasm-unsafe-eval'). Node: pass `readFileSync(<that file>)`.
 */

interface HarfBuzzSubsetExports {
  memory: WebAssembly.Memory;
  _initialize?: () => void;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
}

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;

export interface SubsetOptions {
  /** Drop hinting instructions: smaller, and print does not need them. Default true. */
  noHinting?: boolean;
}

/** Returns a TrueType font holding only the glyphs for `codePoints` (plus .notdef). */
export type FontSubsetter = (
  font: Uint8Array,
  codePoints: Iterable<number>,
  options?: SubsetOptions,
) => Uint8Array;

export async function createFontSubsetter(wasm: BufferSource | WebAssembly.Module): Promise<FontSubsetter> {
  const instance =
    wasm instanceof WebAssembly.Module
      ? await WebAssembly.instantiate(wasm, {})
      : (await WebAssembly.instantiate(wasm, {})).instance;
  const hb = instance.exports as unknown as HarfBuzzSubsetExports;
  hb._initialize?.();

  return (font, codePoints, options = {}) => {
    const heap = () => new Uint8Array(hb.memory.buffer); // memory may grow: take a fresh view each time
    const input = hb.hb_subset_input_create_or_fail();
    if (!input) throw new Error('HarfBuzz could not start a subset');
    const fontPtr = hb.malloc(font.byteLength);
    heap().set(font, fontPtr);
    const blob = hb.hb_blob_create(fontPtr, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    let subset = 0;
    try {
      // No layout features: one glyph per code point, as pdf-lib draws them.
      hb.hb_set_clear(hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG));
      if (options.noHinting ?? true) {
        hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_HINTING);
      }
      const unicodes = hb.hb_subset_input_unicode_set(input);
      for (const cp of codePoints) hb.hb_set_add(unicodes, cp);
      subset = hb.hb_subset_or_fail(face, input);
      if (!subset) throw new Error('HarfBuzz could not subset the font (is it a valid TrueType font?)');
      const result = hb.hb_face_reference_blob(subset);
      const ptr = hb.hb_blob_get_data(result, 0);
      const length = hb.hb_blob_get_length(result);
      const bytes = heap().slice(ptr, ptr + length);
      hb.hb_blob_destroy(result);
      if (length === 0) throw new Error('HarfBuzz returned an empty font');
      return bytes;
    } finally {
      if (subset) hb.hb_face_destroy(subset);
      hb.hb_subset_input_destroy(input);
      hb.hb_face_destroy(face);
      hb.free(fontPtr);
    }
  };
}
