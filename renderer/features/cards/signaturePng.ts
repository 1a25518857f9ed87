/**
 * Checking a signature image before it is stored: a real PNG, small enough for Settings, and
 * whether it has a transparent background (without one, a white box shows on tinted card stock).
 */

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Settings keeps the data URL up to 2,000,000 characters: base64 makes 4 of every 3 bytes. */
export const MAX_SIGNATURE_BYTES = 1_400_000;

export interface SignatureCheck {
  ok: boolean;
  message?: string;
  width?: number;
  height?: number;
  transparent?: boolean;
}

export function checkSignaturePng(bytes: Uint8Array): SignatureCheck {
  if (bytes.length < 33 || !PNG_SIGNATURE.every((b, i) => bytes[i] === b))
    return { ok: false, message: 'That file is not a PNG image. Export the signature as PNG and try again.' };
  if (bytes.length > MAX_SIGNATURE_BYTES)
    return {
      ok: false,
      message: `That image is ${(bytes.length / 1e6).toFixed(1)} MB; at most 1.4 MB fits. A signature 600 pixels wide is plenty.`,
    };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const colorType = bytes[25];
  // Colour types 4 and 6 carry an alpha channel; a tRNS chunk makes other types transparent.
  let transparent = colorType === 4 || colorType === 6;
  for (let at = 8; !transparent && at + 8 <= bytes.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(bytes[at + 4]!, bytes[at + 5]!, bytes[at + 6]!, bytes[at + 7]!);
    if (type === 'tRNS') transparent = true;
    if (type === 'IDAT' || type === 'IEND') break;
    at += 12 + length;
  }
  return { ok: true, width, height, transparent };
}

export function pngDataUrl(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/png;base64,${btoa(bin)}`;
}
