// Where the user's settings live in extension storage. Apart from settings.ts (which needs zod),
// so the content script can read the record without bundling zod.

export const SETTINGS_KEY = 'settings';
