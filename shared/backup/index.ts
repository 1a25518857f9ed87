export {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MAX_LISTED_PROBLEMS,
  countRecords,
  createBackup,
  dataChecksum,
  readBackup,
  type Backup,
  type BackupHeader,
  type BackupProblem,
  type BackupProblemCode,
  type BackupSummary,
  type CreateBackupInput,
  type ReadBackupOptions,
  type ReadBackupResult,
  type RecordCounts,
} from './format';
export {
  BACKUP_TABLES,
  RECORD_LABELS,
  TABLE_SCHEMAS,
  describeRecord,
  keyField,
  metaRowSchema,
  recordKey,
  settingsRowSchema,
  type BackupTableName,
  type BackupTables,
} from './tables';
export {
  describeRestorePlan,
  planRestore,
  type RestoreConflict,
  type RestoreMode,
  type RestorePlan,
  type TableRestorePlan,
} from './restorePlan';
export { compareCounts, type MissingRecords } from './counts';
export { canonicalJson, sha256Hex } from './canonical';
