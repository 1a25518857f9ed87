/**
 * Where the bundled fonts are served from: files in resources/fonts, imported by URL so Vite
 * copies them into the build and the app fetches them from itself (no network, no CDN).
 * The card worker fetches them for the PDF; Settings shows each handwriting font in its own face.
 */
import type { FallbackFontId, HandwritingFontId } from '../../../shared/cards/fonts';
import caveat from '../../../resources/fonts/caveat/Caveat-Regular.ttf?url';
import dancingScript from '../../../resources/fonts/dancing-script/DancingScript-Regular.ttf?url';
import dejavuSans from '../../../resources/fonts/dejavu-sans/DejaVuSans-Fallback.ttf?url';
import droidSansFallback from '../../../resources/fonts/droid-sans-fallback/DroidSansFallback-CJK.ttf?url';
import kalam from '../../../resources/fonts/kalam/Kalam-Regular.ttf?url';
import patrickHand from '../../../resources/fonts/patrick-hand/PatrickHand-Regular.ttf?url';

export const FONT_URLS: Readonly<Record<HandwritingFontId | FallbackFontId, string>> = {
  caveat,
  kalam,
  'patrick-hand': patrickHand,
  'dancing-script': dancingScript,
  'dejavu-sans': dejavuSans,
  'droid-sans-fallback': droidSansFallback,
};
