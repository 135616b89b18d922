// Content script for recruiting sites: detection and badges arrive with the extension issue.
// It must stay small and free of crypto and JSON-LD code (checked by a test).
import { defineContentScript } from '#imports';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main() {
    // Intentionally empty: scanning is wired in by the extension issue.
  },
});
