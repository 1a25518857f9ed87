/**
 * The card engine: templates and merge fields, layout math for folded cards, postcards,
 * envelopes and label sheets, and the PDF builder (bytes in, bytes out; browser, worker or Node).
 */
export { formatAddressLines, type AddressOptions } from './address';
export {
  buildCardsPdf,
  checkCards,
  type CheckCardsOptions,
  type BuildCardsOptions,
  type BuildCardsResult,
  type CardInput,
  type CardIssue,
  type CardPart,
  type FontBytes,
  type IssueKind,
  type IssueSeverity,
  type Recipient,
} from './build-pdf';
export {
  ENVELOPE_KINDS,
  ENVELOPES,
  envelopeLayout,
  type EnvelopeKind,
  type EnvelopeLayout,
  type EnvelopeSpec,
} from './envelopes';
export {
  BUNDLED_FONT_FILES,
  DEFAULT_FONT_ID,
  FALLBACK_FONT_FILES,
  handwritingFont,
  type BundledFontFile,
  type FallbackFontId,
  type HandwritingFont,
  type HandwritingFontId,
} from './fonts';
export {
  CARD_FORMAT_IDS,
  CARD_FORMATS,
  FormatPaperMismatch,
  formatsForPaper,
  panelSize,
  panelToPage,
  sheetLayout,
  type CardFormat,
  type CardFormatId,
  type Duplex,
  type PanelRole,
  type PlacedPanel,
  type Rotation,
  type SheetLayout,
  type SheetSide,
} from './formats';
export { cleanText } from './glyphs';
export { INK_RGB, type Rgb } from './ink';
export {
  LABEL_SHEET_IDS,
  LABEL_SHEETS,
  labelRect,
  labelSheetForPaper,
  labelsPerSheet,
  type LabelSheet,
  type LabelSheetId,
} from './labels';
export {
  buildMergeValues,
  isKnownField,
  labelInSentence,
  MERGE_FIELDS,
  mergeTemplate,
  mergeText,
  unfilledFields,
  type MergedCard,
  type MergeField,
  type MergeResult,
  type MergeSources,
  type MergeValues,
} from './merge';
export { PAPER } from './paper';
export { cardPrintSettings, defaultFormatFor, pngFromDataUrl, type CardPrintSettings } from './settings';
export { createFontSubsetter, type FontSubsetter, type SubsetOptions } from './subset';
export { builtInTemplateId, DEFAULT_CARD_TEMPLATES, templateForKind } from './templates';
export {
  inch,
  mm,
  MM_PER_PT,
  mmToPt,
  pt,
  ptToMm,
  type Line,
  type Mm,
  type Point,
  type Pt,
  type Rect,
  type Size,
} from './units';
