// Public surface of lib/storage: what the user keeps, versioned, editable and transferable.

/** Page-untouched mode: sites where Credlens changes nothing in the page (zod-free). */
export {
  chooseUntouched,
  DEFAULT_UNTOUCHED_SITES,
  isUntouched,
  normalSite,
  type PageUntouched,
  siteOfUrl,
  untouchedChoicesOf,
  untouchedSiteList,
} from './page-untouched';
/** The personal anti-spoofing seal. */
export { generateSeal, randomBelow } from './seal';
/** Versioned settings with migrations. */
export {
  defaultSettings,
  LIMITS,
  MIGRATIONS,
  migrate,
  readSettings,
  type SavedCredential,
  type SavedRole,
  type SavedRoleSkill,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  type Settings,
  type SettingsRead,
  SettingsSchema,
  type ShortlistEntry,
} from './settings';
/** Export and validated, merging import. */
export {
  EXPORT_FORMAT,
  type ExportedData,
  type ExportFile,
  exportData,
  type ImportCounts,
  type ImportResult,
  importData,
  MAX_IMPORT_CHARS,
} from './transfer';
/** Pure edits: roles, shortlist, trusted issuers. */
export {
  addToShortlist,
  deleteRole,
  dismissUntouchedNotice,
  type NewRole,
  pinRole,
  removeFromShortlist,
  renameRole,
  restoreBundledIssuer,
  saveAndPinRole,
  setPageUntouched,
  setRoleSkills,
  trustIssuer,
  untrustIssuer,
} from './user-data';
/** Reading and editing through a storage area. */
export {
  createUserStore,
  type Exclusive,
  type StorageArea,
  UNREADABLE_KEY,
  type UserStore,
  type UserStoreOptions,
} from './user-store';
