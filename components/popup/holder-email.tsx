// "Is it theirs?" by email: the recruiter types the candidate's email and Credlens checks it
// against every hashed recipient on the page. The address stays in this browser session's
// memory for this tab only (the worker's storage.session), never on disk or in an export.

import { useState } from 'preact/hooks';
import { t } from '../ui/i18n';

export function HolderEmail({ onCheck }: { onCheck(email: string): void }) {
  const [email, setEmail] = useState('');
  return (
    <form
      class="row holder-email"
      onSubmit={(event) => {
        event.preventDefault();
        onCheck(email);
      }}
    >
      <label class="stack">
        <span>{t('holderEmailLabel')}</span>
        <input
          type="email"
          value={email}
          maxLength={320}
          autoComplete="off"
          onInput={(event) => setEmail((event.target as HTMLInputElement).value)}
        />
      </label>
      <button type="submit">{t('checkEmail')}</button>
    </form>
  );
}
