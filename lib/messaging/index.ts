// Public surface of the extension's message protocol.

/** The sending side: validated requests and responses. */
export { createMessenger, type Messenger, type Send } from './client';
/** Popup ↔ content script: what the page holds. */
export {
  CheckMoreRequestSchema,
  PAGE_STATE_REQUEST,
  type PagePosting,
  PagePostingSchema,
  type PageState,
  PageStateRequestSchema,
  PageStateSchema,
  RecheckRequestSchema,
  RevealRequestSchema,
} from './page-state';
/** Message names with request/response schemas, the badge view model and the seal. */
export {
  BadgeTokenSchema,
  type BadgeView,
  BadgeViewSchema,
  type Diagnostic,
  DiagnosticSchema,
  HolderCheckSchema,
  type HolderCheckView,
  INTERFERENCE_KINDS,
  type InterferenceReport,
  InterferenceSchema,
  MESSAGES,
  type MessageName,
  PagePersonSchema,
  type PreviewInput,
  PreviewInputSchema,
  type ProviderMatchMessage,
  ProviderMatchSchema,
  parseRequest,
  parseResponse,
  type RequestOf,
  type ResponseOf,
  type Seal,
  SealSchema,
  uniqueInterference,
  VERDICTS,
} from './protocol';
