// Public surface of the service worker's logic (the entrypoint only wires browser APIs to it).

/** Every inline badge: its tab, its view, the one frame that shows it; the toolbar's counts. */
export {
  type BadgeRegistry,
  createBadgeRegistry,
  type TabSummary,
  toolbarBadge,
} from './badge-registry';
/**
 * The verification queue: shared runs per key, tabs served round-robin, bounded lines per tab and
 * in all, and a typed NotChecked outcome for a request that is not run (queue_full, cancelled).
 */
export {
  createQueue,
  DEFAULT_QUEUE_LIMITS,
  type NotChecked,
  type NotCheckedReason,
  type Queue,
  type QueueLimits,
  type QueueRequest,
} from './queue';
/**
 * Time limits on one link: the generic-link fetch timeout and the per-link deadline, with the
 * runner and the "could not check" result the CLI's batches share.
 */
export {
  deadlineResult,
  GENERIC_FETCH_TIMEOUT_MS,
  runWithDeadline,
  VERIFICATION_DEADLINE_MS,
} from './time-limits';
/** Verification of detected links with a queue and a persistent result cache. */
export {
  createVerifierService,
  type LinkOutcome,
  type LinkRequester,
  RESULT_TTL_MS,
  type ResultStore,
  rewriteToDemoWorld,
  type ServiceLimits,
  type VerifierService,
} from './verifier-service';
