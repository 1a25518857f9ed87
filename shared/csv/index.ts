export { FORMULA_TRIGGER, toCsv, type CsvCell, type CsvColumn, type ToCsvOptions } from './toCsv';
export {
  CLIENT_COLUMNS,
  TOUCHPOINT_COLUMNS,
  TOUCHPOINT_KIND_LABELS,
  clientsToRows,
  formatYearlyDate,
  touchpointsToRows,
} from './rows';
