// The extension's own glue to browser APIs that the worker and the pages share: the user's
// data in storage.local behind one cross-context lock. The one part of lib/ that needs WXT's
// `browser`, so it is checked with the app (tsconfig.json), not with the Node-clean core.

export { extensionSkillMatcher } from './skills-pack';
export {
  type EditDone,
  editorFor,
  extensionUserStore,
  newSeal,
  settingsLock,
} from './store';
