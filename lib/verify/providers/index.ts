// Public surface of lib/verify/providers: provider JSON that is not a credential document.

/**
 * Accredible's unsigned credential JSON from its own API: `confirmed` at best, never `verified`
 * (its revoked and expired flags honoured).
 */
export { verifyAccredible } from './accredible';
