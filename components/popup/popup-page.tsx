// The popup: the seal; on a profile, the page's credentials and the candidate's skills grouped
// by evidence, measured against the open or pinned role; on a job page, the role's skills to
// edit and pin; "Paste a job description" for anything else; the page actions for other sites.
// Presentational: every decision arrives as props, every change leaves as a callback.

import { useState } from 'preact/hooks';
import { PERSON_SOURCE_KEYS } from '../../lib/holder';
import type { Coverage, SkillEvidence } from '../../lib/matching';
import type { SavedRole } from '../../lib/storage';
import { plural, t, tNodes } from '../ui/i18n';
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
        <p class="muted">{t('popupEmpty')}</p>
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
        <section aria-label={t('thisSiteLabel')} class="panel stack">
          <p>{t('notRunningOn', otherSite)}</p>
          <button type="button" onClick={actions.scanPage}>
            {t('scanThisPage')}
          </button>
          <button type="button" onClick={actions.enableSite}>
            {t('enableOnThisSite')}
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
      <nav class="row" aria-label={t('pagesNavLabel')}>
        <button type="button" class="link" onClick={() => actions.openPage('compare')}>
          {t('openCompare')}
        </button>
        <button type="button" class="link" onClick={() => actions.openPage('preview')}>
          {t('openPreview')}
        </button>
        <button type="button" class="link" onClick={() => actions.openPage('options')}>
          {t('openOptions')}
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
      <h2 id="blocked-heading">{t('blockedHeading')}</h2>
      <p>{plural('blockedExplain', origins.length)}</p>
      <ul class="plain" aria-label={t('sitesToAllow')}>
        {origins.map((origin) => (
          <li key={origin}>
            <code>{origin.replace(/^https:\/\//, '')}</code>
          </li>
        ))}
      </ul>
      <div class="row">
        <button type="button" class="primary" onClick={onAllow}>
          {t('allowAndCheck')}
        </button>
        <button type="button" onClick={onForget}>
          {t('notNow')}
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
      <h2 id="role-heading">{t('comparingAgainst')}</h2>
      {roles.length === 0 ? (
        <p class="muted">{t('noRoleYet')}</p>
      ) : (
        <label class="row">
          <span>{t('roleLabel')}</span>
          <select
            value={activeRole?.id ?? ''}
            onChange={(event) => actions.chooseRole(event.currentTarget.value || undefined)}
          >
            <option value="">{t('roleNone')}</option>
            {roles.map((role) => (
              <option key={role.id} value={role.id}>
                {role.company === undefined
                  ? role.title
                  : t('roleWithCompany', role.title, role.company)}
              </option>
            ))}
          </select>
        </label>
      )}
      {pasting ? (
        <div class="stack">
          <label for="paste-job">{t('jobDescription')}</label>
          <textarea
            id="paste-job"
            value={text}
            onInput={(event) => setText(event.currentTarget.value)}
            placeholder={t('pastePlaceholder')}
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
              {t('useThisRole')}
            </button>
            <button type="button" onClick={() => setPasting(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setPasting(true)}>
          {t('pasteJob')}
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
      <h2 id="candidate-heading">{candidate.name ?? t('thisPage')}</h2>
      {candidate.person === undefined ? null : (
        <p class="muted person">
          {tNodes(
            'comparedWith',
            <strong>{candidate.person.name}</strong>,
            t(PERSON_SOURCE_KEYS[candidate.person.source]),
          )}
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
              aria-label={t('credentialsChecked')}
            />
            <p class="muted">{t('checkedSoFar', total - skills.checking, total)}</p>
          </>
        ) : (
          <p class="muted">{plural('allChecked', total)}</p>
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
      <h3>{t('skillsHeading')}</h3>
      <SkillGroup title={t('skillsVerified')} skills={skills.verified} />
      <SkillGroup title={t('skillsConfirmed')} skills={skills.confirmed} />
      <SkillGroup title={t('skillsClaimed')} skills={skills.claimed} />
      <h3>{t('credentialsHeading')}</h3>
      <CredentialList
        items={credentials
          .map((credential, index) => ({ credential, ref: credentialRefs?.[index] }))
          .filter(({ credential }) => credential.verdict !== 'misattributed')}
        knownIssuers={knownIssuers}
        actions={actions}
      />
      {credentials.some((credential) => credential.verdict === 'misattributed') ? (
        <section class="panel stack misattributed" aria-labelledby="others-heading">
          <h3 id="others-heading">{t('issuedToOther')}</h3>
          <p class="muted">{t('issuedToOtherExplain')}</p>
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
  const line = <strong>{t('coverageLine', verified, required)}</strong>;
  return (
    <section class="panel stack" aria-label={t('againstRole', role.title)}>
      <p>
        {confirmed > 0
          ? tNodes('coverageSentenceConfirmed', line, confirmed, role.title)
          : tNodes('coverageSentence', line, role.title)}
      </p>
      {coverage.covered.length === 0 ? null : (
        <>
          <h3>{t('matchedHeading')}</h3>
          <ul class="plain" aria-label={t('matchedSkills')}>
            {coverage.covered.map((skill) => (
              <li key={skill.id}>
                <span aria-hidden="true">{skill.tier === 'verified' ? '✔ ' : '☑ '}</span>
                {tNodes(
                  skill.tier === 'confirmed' ? 'matchedByConfirmed' : 'matchedBy',
                  <strong>{skill.label}</strong>,
                  skill.by.join(', '),
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {coverage.missing.length === 0 ? null : (
        <>
          <h3>{t('missingHeading')}</h3>
          <ul class="chips" aria-label={t('missingSkills')}>
            {coverage.missing.map((skill) => (
              <li key={skill.id} class="chip preferred">
                {skill.label}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" class="primary" onClick={onSave} disabled={checking > 0}>
        {t('saveToShortlist')}
      </button>
      {checking > 0 ? <p class="muted">{t('saveWhenChecked')}</p> : null}
    </section>
  );
}

function SkillGroup({ title, skills }: { title: string; skills: SkillEvidence[] }) {
  if (skills.length === 0) return null;
  return (
    <div>
      <p class="muted">{t('skillGroupCount', title, skills.length)}</p>
      <ul class="chips" aria-label={title}>
        {skills.map((skill) => (
          <li key={skill.id} class="chip" title={t('skillFrom', skill.by.join(', '))}>
            {skill.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
