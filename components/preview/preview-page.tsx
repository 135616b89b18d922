// The learner preview page: a credential in (dropped or chosen file, pasted text, or a link),
// and out what a recruiter would see — the badge with its card open — plus the skills Credlens
// recognises and every problem with how to fix it. Presentational: the entrypoint checks.

import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BadgeView, Diagnostic, Seal } from '../../lib/messaging';
import { BADGE_CSS } from '../badge/badge-styles';
import { CredentialBadge } from '../badge/credential-badge';
import { CredentialCard } from '../badge/credential-card';
import { type MessageKey, plural, t, tNodes } from '../ui/i18n';
import { VerdictPill } from '../ui/verdict-pill';

export type PreviewSkill = { id: string; label: string };

/** What the page shows below the inputs. */
export type PreviewState =
  | { kind: 'idle' }
  | { kind: 'checking'; source: string }
  | { kind: 'error'; message: string }
  | {
      kind: 'done';
      source: string;
      view: BadgeView;
      diagnostics: Diagnostic[];
      /** Undefined while the skills matcher is still loading. */
      skills?: PreviewSkill[] | undefined;
    };

export type PreviewPageProps = {
  state: PreviewState;
  seal?: Seal | undefined;
  onFile(file: File): void;
  onText(text: string): void;
  onUrl(url: string): void;
};

export const ACCEPTED_FILES = '.json,.jwt,.txt,.png,.svg';

export function PreviewPage({ state, seal, onFile, onText, onUrl }: PreviewPageProps) {
  return (
    <main>
      <h1>{t('previewHeading')}</h1>
      <p class="muted">{t('previewIntro')}</p>
      <CredentialInputs onFile={onFile} onText={onText} onUrl={onUrl} />
      <section class="panel" aria-labelledby="result-heading">
        <h2 id="result-heading">{t('previewResultHeading')}</h2>
        <div role="status" aria-live="polite">
          <StatusLine state={state} />
        </div>
        {state.kind === 'done' ? <PreviewResult state={state} seal={seal} /> : null}
      </section>
    </main>
  );
}

type CredentialInputsProps = Pick<PreviewPageProps, 'onFile' | 'onText' | 'onUrl'>;

function CredentialInputs({ onFile, onText, onUrl }: CredentialInputsProps) {
  const [dragging, setDragging] = useState(false);
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  return (
    <section class="panel stack" aria-labelledby="input-heading">
      <h2 id="input-heading">{t('previewInputHeading')}</h2>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a mouse shortcut; the file input inside does the same from the keyboard. */}
      <div
        class={dragging ? 'drop active' : 'drop'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          const file = event.dataTransfer?.files[0];
          if (file !== undefined) onFile(file);
        }}
      >
        <p>{t('previewDrop')}</p>
        <label>
          {t('previewChooseFile')}{' '}
          <input
            type="file"
            accept={ACCEPTED_FILES}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file !== undefined) onFile(file);
              // Choosing the same file again after fixing it must check it again.
              event.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim() !== '') onText(text);
        }}
      >
        <label for="preview-text">{t('previewPasteLabel')}</label>
        <textarea
          id="preview-text"
          spellcheck={false}
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <div class="row">
          <button type="submit" class="primary" aria-label={t('previewCheckPasted')}>
            {t('previewCheck')}
          </button>
        </div>
      </form>
      <form
        class="row"
        onSubmit={(event) => {
          event.preventDefault();
          if (url.trim() !== '') onUrl(url.trim());
        }}
      >
        <label for="preview-url">{t('previewLinkLabel')}</label>
        <input
          id="preview-url"
          type="url"
          size={60}
          placeholder="https://"
          value={url}
          onInput={(event) => setUrl(event.currentTarget.value)}
        />
        <button type="submit" class="primary" aria-label={t('previewCheckLink')}>
          {t('previewCheck')}
        </button>
      </form>
    </section>
  );
}

function StatusLine({ state }: { state: PreviewState }) {
  switch (state.kind) {
    case 'idle':
      return <p class="muted">{t('previewIdle')}</p>;
    case 'checking':
      return <p>{t('previewChecking', state.source)}</p>;
    case 'error':
      return (
        <p class="pill tone-bad">
          <span aria-hidden="true">✘ </span>
          {state.message}
        </p>
      );
    case 'done': {
      const count = (severity: Diagnostic['severity']) =>
        state.diagnostics.filter((d) => d.severity === severity).length;
      return (
        <p class="row">
          {tNodes(
            'previewOutcome',
            <VerdictPill verdict={state.view.verdict} headline={state.view.headline} />,
            state.source,
            plural('previewErrors', count('error')),
            plural('previewWarnings', count('warning')),
          )}
        </p>
      );
    }
  }
}

type PreviewResultProps = {
  state: Extract<PreviewState, { kind: 'done' }>;
  seal?: Seal | undefined;
};

function PreviewResult({ state, seal }: PreviewResultProps) {
  return (
    <div class="stack">
      <h3>{t('previewSeesHeading')}</h3>
      <RecruiterBadge view={state.view} seal={seal} />
      <h3>{t('previewSkillsHeading')}</h3>
      <SkillList skills={state.skills} />
      {state.skills !== undefined &&
      state.skills.length > 0 &&
      state.view.verdict !== 'verified' &&
      state.view.verdict !== 'confirmed' ? (
        <p class="muted">{t('previewSkillsNotCounted')}</p>
      ) : null}
      <h3>{t('previewDiagnosticsHeading')}</h3>
      <DiagnosticList diagnostics={state.diagnostics} />
    </div>
  );
}

function SkillList({ skills }: { skills: PreviewSkill[] | undefined }) {
  if (skills === undefined) return <p class="muted">{t('previewReadingSkills')}</p>;
  if (skills.length === 0) return <p class="muted">{t('previewNoSkills')}</p>;
  return (
    <ul class="chips" aria-label={t('previewSkillsHeading')}>
      {skills.map((skill) => (
        <li class="chip" key={skill.id}>
          {skill.label}
        </li>
      ))}
    </ul>
  );
}

const GROUPS = [
  {
    severity: 'error',
    title: 'diagnosticsErrors',
    icon: '✘',
    tone: 'bad',
    problemLabel: 'diagnosticsProblem',
    fixLabel: 'diagnosticsFix',
  },
  {
    severity: 'warning',
    title: 'diagnosticsWarnings',
    icon: '⚠',
    tone: 'warn',
    problemLabel: 'diagnosticsProblem',
    fixLabel: 'diagnosticsFix',
  },
  {
    severity: 'info',
    title: 'diagnosticsNotes',
    icon: 'ℹ',
    tone: 'info',
    problemLabel: 'diagnosticsNote',
    fixLabel: 'diagnosticsWhatToDo',
  },
] as const satisfies readonly {
  severity: Diagnostic['severity'];
  title: MessageKey;
  icon: string;
  tone: string;
  problemLabel: MessageKey;
  fixLabel: MessageKey;
}[];

function DiagnosticList({ diagnostics }: { diagnostics: Diagnostic[] }) {
  return (
    <div class="stack">
      {GROUPS.map((group) => {
        const items = diagnostics.filter((d) => d.severity === group.severity);
        if (items.length === 0) return null;
        const id = `diagnostics-${group.severity}`;
        return (
          <section key={group.severity} aria-labelledby={id}>
            <h4 id={id} class="row">
              <span class={`pill tone-${group.tone}`}>
                <span aria-hidden="true">{group.icon} </span>
                {t(group.title)} ({items.length})
              </span>
            </h4>
            <ul class="plain stack">
              {items.map((item, index) => (
                <li class="panel" key={`${item.code}-${index}`} data-code={item.code}>
                  <p>
                    <strong>{t(group.problemLabel)}</strong> {item.problem}
                  </p>
                  <p>
                    <strong>{t(group.fixLabel)}</strong> {item.fix}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/**
 * The badge beside a link, as on a recruiting page, and its card opened below it, in a shadow
 * root: BADGE_CSS is written for one (`:host`) and stays off the rest of the page.
 */
function RecruiterBadge({ view, seal }: { view: BadgeView; seal?: Seal | undefined }) {
  const host = useRef<HTMLDivElement>(null);
  const shadow = useRef<ShadowRoot | null>(null);
  useEffect(() => {
    const element = host.current;
    if (element === null) return;
    shadow.current ??= element.attachShadow({ mode: 'open' });
    const name = view.name ?? t('previewSampleLink');
    render(
      <>
        <style>{`${BADGE_CSS}${PREVIEW_CSS}`}</style>
        <p class="sample">
          <span class="link">{name}</span>
          <CredentialBadge view={view} seal={seal} />
        </p>
        <div class="opened">
          <CredentialCard view={view} seal={seal} name={name} />
        </div>
      </>,
      shadow.current,
    );
  }, [view, seal]);
  useEffect(
    () => () => {
      if (shadow.current !== null) render(null, shadow.current);
    },
    [],
  );
  return <div ref={host} class="recruiter-view" />;
}

/** Inside the shadow root: the card shown open in the flow, so the badge's own pop-up is hidden. */
const PREVIEW_CSS = `
:host { display: block; margin: 0; color: inherit; }
.sample { margin: 0 0 8px; }
.sample .link { font-size: 14px; color: #1d4ed8; text-decoration: underline; margin-inline-end: 6px; }
.sample .card { display: none; }
.opened .card { position: static; width: auto; max-width: 460px; box-shadow: none; }
@media (prefers-color-scheme: dark) { .sample .link { color: #93c5fd; } }
`;
