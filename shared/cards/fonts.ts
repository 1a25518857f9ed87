/**
 * The fonts the card engine knows. The bytes live in resources/fonts/<id>/<file> (prepared by
 * scripts/prepare-fonts.ts) and are handed to the builder by the caller: shared/ never reads files.
 */

export type HandwritingFontId = 'caveat' | 'kalam' | 'patrick-hand' | 'dancing-script';
export type FallbackFontId = 'dejavu-sans' | 'droid-sans-fallback';

export interface BundledFontFile<Id extends string> {
  id: Id;
  /** Shown in the font picker. */
  name: string;
  /** File name inside resources/fonts/<id>/. */
  file: string;
  licenseFile: string;
  license: string;
  /** Where prepare-fonts takes the original from (repo-relative or absolute). */
  source: string;
  licenseSource: string;
}

export interface HandwritingFont extends BundledFontFile<HandwritingFontId> {
  /** A short description for the picker. */
  style: string;
  /**
   * Size multiplier so every font reads at about the same height: the fonts' x-heights differ a
   * lot (Dancing Script 332/1000 vs Kalam 526/1000), and the layout picks point sizes for Caveat.
   */
  sizeScale: number;
}

export const BUNDLED_FONT_FILES: readonly HandwritingFont[] = [
  {
    id: 'caveat',
    name: 'Caveat',
    style: 'Relaxed, quick handwriting',
    file: 'Caveat-Regular.ttf',
    licenseFile: 'OFL.txt',
    license: 'SIL Open Font License 1.1',
    source: 'node_modules/@expo-google-fonts/caveat/400Regular/Caveat_400Regular.ttf',
    licenseSource: 'node_modules/@expo-google-fonts/caveat/LICENSE_FONT',
    sizeScale: 1,
  },
  {
    id: 'kalam',
    name: 'Kalam',
    style: 'Neat felt-tip print',
    file: 'Kalam-Regular.ttf',
    licenseFile: 'OFL.txt',
    license: 'SIL Open Font License 1.1',
    source: 'node_modules/@expo-google-fonts/kalam/400Regular/Kalam_400Regular.ttf',
    licenseSource: 'node_modules/@expo-google-fonts/kalam/LICENSE_FONT',
    sizeScale: 0.78,
  },
  {
    id: 'patrick-hand',
    name: 'Patrick Hand',
    style: 'Friendly, upright print',
    file: 'PatrickHand-Regular.ttf',
    licenseFile: 'OFL.txt',
    license: 'SIL Open Font License 1.1',
    source: 'node_modules/@expo-google-fonts/patrick-hand/400Regular/PatrickHand_400Regular.ttf',
    licenseSource: 'node_modules/@expo-google-fonts/patrick-hand/LICENSE_FONT',
    sizeScale: 0.86,
  },
  {
    id: 'dancing-script',
    name: 'Dancing Script',
    style: 'Flowing joined-up script',
    file: 'DancingScript-Regular.ttf',
    licenseFile: 'OFL.txt',
    license: 'SIL Open Font License 1.1',
    source: 'node_modules/@expo-google-fonts/dancing-script/400Regular/DancingScript_400Regular.ttf',
    licenseSource: 'node_modules/@expo-google-fonts/dancing-script/LICENSE_FONT',
    sizeScale: 1.08,
  },
];

/** Fallback fonts, tried in this order for characters the handwriting font lacks. */
export const FALLBACK_FONT_FILES: readonly BundledFontFile<FallbackFontId>[] = [
  {
    id: 'dejavu-sans',
    name: 'DejaVu Sans',
    file: 'DejaVuSans-Fallback.ttf',
    licenseFile: 'LICENSE.txt',
    license: 'Bitstream Vera Fonts License (DejaVu changes public domain)',
    source: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    licenseSource: '/usr/share/doc/fonts-dejavu-core/copyright',
  },
  {
    id: 'droid-sans-fallback',
    name: 'Droid Sans Fallback',
    file: 'DroidSansFallback-CJK.ttf',
    licenseFile: 'LICENSE.txt',
    license: 'Apache License 2.0',
    source: '/usr/share/fonts-droid-fallback/truetype/DroidSansFallback.ttf',
    licenseSource: '/usr/share/common-licenses/Apache-2.0',
  },
];

export const DEFAULT_FONT_ID: HandwritingFontId = 'caveat';

/** The picker entry for a font id (Settings.cards.font), falling back to the default font. */
export function handwritingFont(id: string): HandwritingFont {
  const found = BUNDLED_FONT_FILES.find((f) => f.id === id);
  if (found) return found;
  const fallback = BUNDLED_FONT_FILES.find((f) => f.id === DEFAULT_FONT_ID);
  if (!fallback) throw new Error('The default font is missing from BUNDLED_FONT_FILES');
  return fallback;
}
