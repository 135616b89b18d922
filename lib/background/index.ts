// Public surface of the service worker's logic (the entrypoint only wires browser APIs to it).

/** The verification queue. */
export { createQueue, type Queue } from './queue';
/** Verification of detected links with a queue and a persistent result cache. */
export {
  createVerifierService,
  type LinkOutcome,
  RESULT_TTL_MS,
  type ResultStore,
  rewriteToDemoWorld,
  type VerifierService,
} from './verifier-service';
