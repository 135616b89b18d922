// Background service worker: composition root for verification (the real queue and
// messaging arrive with the extension issue). Listeners are registered inside main().
import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Intentionally empty until the messaging protocol lands: nothing may run at import time.
});
