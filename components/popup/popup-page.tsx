// The popup: the seal; on a profile, the page's credentials and the candidate's skills grouped
// by evidence, measured against the open or pinned role; on a job page, the role's skills to
// edit and pin; "Paste a job description" for anything else; the page actions for other sites.
// Presentational: every decision arrives as props, every change leaves as a callback.

import { useState } from 'preact/hooks';
import { PERSON_SOURCE_WORDS } from '../../lib/holder';
import type { Coverage, SkillEvidence } from '../../lib/matching';
import type { SavedRole } from '../../lib/storage';
import { SealLine } from '../ui/seal-line';
import { CredentialList } from './credential-list';
import { HolderEmail } from './holder-email';
import { InterferenceNotice } from './interference-notice';
import { NotChecked } from './not-checked';
import { RoleEditor } from './role-editor';
import type { PopupPageProps } from './types';
import { UntouchedNotice, UntouchedSwitch } from './untouched-panel';

export type { DraftRole, PopupActions, PopupPageProps } from './types';

export function PopupPage(props: PopupPageProps) {
  const { seal, candidate, pageRole, activeRole, otherSite, message, actions } = props;
  return (
    <main class="popup">
      <h1>Credlens</h1>
      {seal === undefined ? null : <SealLine seal={seal} />}
      <InterferenceNotice reports={props.interference ?? []} />
      {props.untouched?.showNotice === true ? (
        <UntouchedNotice untouched={props.untouched} onDismiss={actions.dismissUntouchedNotice} />
      ) : null}
      {candidate === undefined && pageRole === undefined && otherSite === undefined ? (
        <p class="muted">Open a profile or job page to see which credentials are real.</p>
      ) : null}
      {props.blockedOrigins.length === 0 ? null : (
        <BlockedHosts
          origins={props.blockedOrigins}
          onAllow={actions.allowHosts}
          onForget={actions.forgetHosts}
        />
      )}
      {pageRole === undefined ? null : (
        <RoleEditor
          key={pageRole.url}
          role={pageRole}
          pinned={activeRole?.url === pageRole.url}
          onPin={actions.pinPageRole}
          recognise={actions.recognise}
        />
      )}
      <RolePicker {...props} />
      {candidate === undefined || candidate.skills.credentials.length === 0 ? null : (
        <CandidatePanel {...props} candidate={candidate} />
      )}
      {props.notChecked === undefined ? null : (
        <NotChecked {...props.notChecked} onCheck={actions.checkMore} />
      )}
      {otherSite === undefined ? null : (
        <section aria-label="This site" class="panel stack">
          <p>Credlens does not run on {otherSite} unless you ask.</p>
          <button type="button" onClick={actions.scanPage}>
            Scan this page
          </button>
          <button type="button" onClick={actions.enableSite}>
            Enable on this site
          </button>
        </section>
      )}
      {props.untouched === undefined ? null : (
        <UntouchedSwitch untouched={props.untouched} onChange={actions.setUntouched} />
      )}
      {/* Always present, so screen readers announce the first message too. */}
      <p role="status" class={message === undefined ? 'visually-hidden' : ''}>
        {message ?? ''}
      </p>
      <nav class="row" aria-label="Credlens pages">
        <button type="button" class="link" onClick={() => actions.openPage('compare')}>
          Compare candidates
        </button>
        <button type="button" class="link" onClick={() => actions.openPage('preview')}>
          Preview your badge
        </button>
        <button type="button" class="link" onClick={() => actions.openPage('options')}>
          Options
        </button>
      </nav>
    </main>
  );
}

/** Sites a credential needs (keys, revocation lists) that Credlens may not reach yet. */
function BlockedHosts({
  origins,
  onAllow,
  onForget,
}: {
  origins: string[];
  onAllow(): void;
  onForget(): void;
}) {
  return (
    <section aria-labelledby="blocked-heading" class="panel stack">
      <h2 id="blocked-heading">Some credentials could not be checked</h2>
      <p>
        Credlens may not reach {origins.length === 1 ? 'this site' : 'these sites'}, where issuers
        publish keys or revocation lists. Until you allow them, those credentials say "Could not
        check". Allow only sites you expect credentials to come from:
      </p>
      <ul class="plain" aria-label="Sites to allow">
        {origins.map((origin) => (
          <li key={origin}>
            <code>{origin.replace(/^https:\/\//, '')}</code>
          </li>
        ))}
      </ul>
      <div class="row">
        <button type="button" class="primary" onClick={onAllow}>
          Allow access and check again
        </button>
        <button type="button" onClick={onForget}>
          Not now
        </button>
      </div>
    </section>
  );
}

/** The role to compare against: a saved role, or a pasted job description. */
function RolePicker({ roles, activeRole, actions }: PopupPageProps) {
  const [pasting, setPasting] = useState(false);
  const [text, setText] = useState('');
  return (
    <section aria-labelledby="role-heading" class="panel stack">
      <h2 id="role-heading">Comparing against</h2>
      {roles.length === 0 ? (
        <p class="muted">No role yet: pin one from a job page, or paste a job description.</p>
      ) : (
        <label class="row">
          <span>Role</span>
          <select
            value={activeRole?.id ?? ''}
            onChange={(event) => actions.chooseRole(event.currentTarget.value || undefined)}
          >
            <option value="">None</option>
            {roles.map((role) => (
              <option key={role.id} value={role.id}>
                {role.title}
                {role.company === undefined ? '' : ` — ${role.company}`}
              </option>
            ))}
          </select>
        </label>
      )}
      {pasting ? (
        <div class="stack">
          <label for="paste-job">Job description</label>
          <textarea
            id="paste-job"
            value={text}
            onInput={(event) => setText(event.currentTarget.value)}
            placeholder="Paste the job title on the first line, then the description"
          />
          <div class="row">
            <button
              type="button"
              class="primary"
              disabled={text.trim() === ''}
              onClick={() => {
                actions.pasteRole(text);
                setPasting(false);
                setText('');
              }}
            >
              Use this role
            </button>
            <button type="button" onClick={() => setPasting(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setPasting(true)}>
          Paste a job description
        </button>
      )}
    </section>
  );
}

function CandidatePanel({
  candidate,
  activeRole,
  coverage,
  knownIssuers,
  credentialRefs,
  actions,
}: PopupPageProps & { candidate: NonNullable<PopupPageProps['candidate']> }) {
  const { skills } = candidate;
  const total = skills.credentials.length;
  const credentials = skills.credentials;
  return (
    <section aria-labelledby="candidate-heading" class="stack">
      <h2 id="candidate-heading">{candidate.name ?? 'This page'}</h2>
      {candidate.person === undefined ? null : (
        <p class="muted person">
          Credentials are compared with <strong>{candidate.person.name}</strong> (
          {PERSON_SOURCE_WORDS[candidate.person.source]}).
        </p>
      )}
      <HolderEmail onCheck={actions.checkEmail} />
      <div aria-live="polite">
        {skills.checking > 0 ? (
          <>
            <progress
              class="progress"
              max={total}
              value={total - skills.checking}
              aria-label="Credentials checked"
            />
            <p class="muted">
              Checked {total - skills.checking} of {total} credentials…
            </p>
          </>
        ) : (
          <p class="muted">
            All {total} credential{total === 1 ? '' : 's'} checked.
          </p>
        )}
      </div>
      {activeRole === undefined || coverage === undefined ? null : (
        <CoverageBlock
          role={activeRole}
          coverage={coverage}
          checking={skills.checking}
          onSave={actions.saveToShortlist}
        />
      )}
      <h3>Skills</h3>
      <SkillGroup title="Backed by a verified credential" skills={skills.verified} />
      <SkillGroup title="Confirmed by a provider" skills={skills.confirmed} />
      <SkillGroup title="Claimed only, or failed checks" skills={skills.claimed} />
      <h3>Credentials</h3>
      <CredentialList
        items={credentials
          .map((credential, index) => ({ credential, ref: credentialRefs?.[index] }))
          .filter(({ credential }) => credential.verdict !== 'misattributed')}
        knownIssuers={knownIssuers}
        actions={actions}
      />
      {credentials.some((credential) => credential.verdict === 'misattributed') ? (
        <section class="panel stack misattributed" aria-labelledby="others-heading">
          <h3 id="others-heading">Issued to someone else</h3>
          <p class="muted">
            Genuine credentials, but not in the name of the person this page is about. They back
            none of the skills above.
          </p>
          <CredentialList
            items={credentials
              .map((credential, index) => ({ credential, ref: credentialRefs?.[index] }))
              .filter(({ credential }) => credential.verdict === 'misattributed')}
            knownIssuers={knownIssuers}
            actions={actions}
          />
        </section>
      ) : null}
    </section>
  );
}

function CoverageBlock({
  role,
  coverage,
  checking,
  onSave,
}: {
  role: SavedRole;
  coverage: Coverage;
  /** Credentials still being checked: the shortlist keeps final verdicts only. */
  checking: number;
  onSave(): void;
}) {
  const { required, verified, confirmed } = coverage.coverage;
  return (
    <section class="panel stack" aria-label={`Against ${role.title}`}>
      <p>
        <strong>
          {verified} of {required} required skills backed by verified credentials
        </strong>
        {confirmed > 0 ? ` (and ${confirmed} confirmed by a provider)` : ''} for {role.title}.
      </p>
      {coverage.covered.length === 0 ? null : (
        <>
          <h3>Matched</h3>
          <ul class="plain" aria-label="Matched skills">
            {coverage.covered.map((skill) => (
              <li key={skill.id}>
                <span aria-hidden="true">{skill.tier === 'verified' ? '✔ ' : '☑ '}</span>
                <strong>{skill.label}</strong>
                {skill.tier === 'confirmed' ? ' (confirmed)' : ''} — {skill.by.join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
      {coverage.missing.length === 0 ? null : (
        <>
          <h3>Missing</h3>
          <ul class="chips" aria-label="Missing required skills">
            {coverage.missing.map((skill) => (
              <li key={skill.id} class="chip preferred">
                {skill.label}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" class="primary" onClick={onSave} disabled={checking > 0}>
        Save to shortlist
      </button>
      {checking > 0 ? (
        <p class="muted">You can save once every credential has been checked.</p>
      ) : null}
    </section>
  );
}

function SkillGroup({ title, skills }: { title: string; skills: SkillEvidence[] }) {
  if (skills.length === 0) return null;
  return (
    <div>
      <p class="muted">
        {title} ({skills.length})
      </p>
      <ul class="chips" aria-label={title}>
        {skills.map((skill) => (
          <li key={skill.id} class="chip" title={`From: ${skill.by.join(', ')}`}>
            {skill.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
