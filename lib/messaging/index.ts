// Public surface of the extension's message protocol.

/** The sending side: validated requests and responses. */
export { createMessenger, type Messenger, type Send } from './client';
/** Message names with request/response schemas, the badge view model and the seal. */
export {
  type BadgeView,
  BadgeViewSchema,
  type Diagnostic,
  DiagnosticSchema,
  MESSAGES,
  type MessageName,
  type ProviderMatchMessage,
  ProviderMatchSchema,
  parseRequest,
  parseResponse,
  type PreviewInput,
  PreviewInputSchema,
  type RequestOf,
  type ResponseOf,
  type Seal,
  SealSchema,
  VERDICTS,
} from './protocol';
