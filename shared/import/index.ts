export {
  decodeText,
  decodeWindows1252,
  ENCODING_LABELS,
  TEXT_ENCODINGS,
  type DecodedText,
  type TextEncodingName,
} from './decode';
export {
  CSV_DELIMITERS,
  detectDelimiter,
  parseCsv,
  readCsvFile,
  uniqueHeaders,
  type CsvDelimiter,
  type CsvFile,
  type CsvParseOptions,
  type CsvRow,
  type ParsedCsv,
} from './csv';
export { guessMapping, headerWords, HEADER_LANGUAGES, HEADER_SYNONYMS, type HeaderLanguage } from './headers';
export { applyMapping, splitEmails, splitImportantDates, splitPhones, splitTags } from './mapping';
export {
  dateOrderForLocale,
  detectDateOrder,
  formatYearly,
  readDate,
  resolveDate,
  type DateOrderInfo,
  type DateReading,
  type ResolvedDate,
} from './dates';
export { countryCodeFromName } from './country';
export { nameKey, splitFullName } from './names';
export {
  previewImport,
  type DuplicateMatch,
  type ImportPreview,
  type PreviewOptions,
  type PreviewRow,
  type Resolution,
  type RowProblem,
} from './preview';
export {
  fillGaps,
  finalizeImport,
  type ClientMerge,
  type FinalizedImport,
  type FinalizeOptions,
  type ImportedClient,
  type MergeConflict,
  type RowOutcome,
} from './finalize';
export { detectImportKind, parseVCards, type VCardFile } from './vcard';
export {
  emptyFields,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  type ColumnMapping,
  type DateOrder,
  type ImportField,
  type ImportFields,
  type ImportRecord,
} from './types';
