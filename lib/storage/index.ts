// Public surface of lib/storage: what the user keeps, versioned.

/** The personal anti-spoofing seal. */
export { generateSeal, randomBelow } from './seal';
/** Versioned settings with migrations. */
export {
  readSettings,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  type Settings,
  type SettingsRead,
  SettingsSchema,
} from './settings';
