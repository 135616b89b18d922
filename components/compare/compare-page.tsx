// The compare page: a role's shortlist side by side — coverage of the required skills, verified
// credentials, and a skill × candidate matrix with the credential behind each cell — with sort,
// filter and remove; roles renamed or deleted; export to CSV/JSON and import from JSON.
// Presentational: the composition root owns storage and files.

import { useEffect, useRef, useState } from 'preact/hooks';
import { type CompareSort, cellOf, compareCandidates } from '../../lib/matching';
import type { Seal } from '../../lib/messaging';
import { safeHttpUrl, verdictWords } from '../../lib/present';
import type { SavedRole, ShortlistEntry } from '../../lib/storage';
import { type MessageKey, plural, say, t, uiLanguage } from '../ui/i18n';
import { ImportFile } from '../ui/import-file';
import { SealLine } from '../ui/seal-line';
import { VerdictPill } from '../ui/verdict-pill';

export type CompareActions = {
  chooseRole(roleId: string): void;
  renameRole(roleId: string, title: string): void;
  deleteRole(roleId: string): void;
  remove(entryId: string): void;
  exportCsv(role: SavedRole, sort: CompareSort): void;
  exportJson(): void;
  importJson(file: File): void;
};

export type ComparePageProps = {
  seal?: Seal | undefined;
  roles: SavedRole[];
  shortlist: ShortlistEntry[];
  roleId?: string | undefined;
  message?: string | undefined;
  actions: CompareActions;
};

const SORTS: Array<[CompareSort, MessageKey]> = [
  ['coverage', 'sortCoverage'],
  ['verified', 'sortVerified'],
  ['name', 'sortName'],
  ['saved', 'sortSaved'],
];

export function ComparePage({
  seal,
  roles,
  shortlist,
  roleId,
  message,
  actions,
}: ComparePageProps) {
  const role = roles.find((candidate) => candidate.id === roleId) ?? roles[0];
  return (
    <main>
      <h1>{t('openCompare')}</h1>
      {seal === undefined ? null : <SealLine seal={seal} />}
      {/* Always present, so screen readers announce the first message too. */}
      <p role="status" class={message === undefined ? 'visually-hidden' : 'panel'}>
        {message ?? ''}
      </p>
      {role === undefined ? (
        <p>{t('compareNoRoles')}</p>
      ) : (
        <RoleView
          key={role.id}
          role={role}
          roles={roles}
          entries={shortlist.filter((entry) => entry.roleId === role.id)}
          actions={actions}
        />
      )}
      <section aria-labelledby="data-heading" class="panel stack">
        <h2 id="data-heading">{t('dataHeading')}</h2>
        <p class="muted">{t('compareDataExplain')}</p>
        <div class="row">
          <button type="button" onClick={actions.exportJson}>
            {t('exportJson')}
          </button>
          <ImportFile label={t('importJson')} onFile={actions.importJson} />
        </div>
      </section>
    </main>
  );
}

function RoleView({
  role,
  roles,
  entries,
  actions,
}: {
  role: SavedRole;
  roles: SavedRole[];
  entries: ShortlistEntry[];
  actions: CompareActions;
}) {
  const [sort, setSort] = useState<CompareSort>('coverage');
  const [filter, setFilter] = useState('');
  const [requiredOnly, setRequiredOnly] = useState(false);
  const [renaming, setRenaming] = useState<string | undefined>();
  const [confirmDelete, setConfirmDelete] = useState(false);
  // The control the user pressed is replaced: focus moves to what replaced it.
  const renameInput = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const editing = renaming !== undefined;
  useEffect(() => {
    if (editing) renameInput.current?.focus();
  }, [editing]);
  useEffect(() => {
    if (confirmDelete) confirmButton.current?.focus();
  }, [confirmDelete]);
  const needle = filter.trim().toLowerCase();
  const rows = compareCandidates(role, entries, sort).filter(
    (row) => needle === '' || row.entry.name.toLowerCase().includes(needle),
  );
  const skills = role.skills.filter((skill) => !requiredOnly || skill.required);
  return (
    <>
      <section aria-labelledby="role-heading" class="panel stack">
        <div class="row">
          <label class="row">
            <span>{t('roleLabel')}</span>
            <select
              value={role.id}
              onChange={(event) => actions.chooseRole(event.currentTarget.value)}
            >
              {roles.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.company === undefined
                    ? option.title
                    : t('roleWithCompany', option.title, option.company)}
                </option>
              ))}
            </select>
          </label>
          {renaming === undefined ? (
            <button type="button" onClick={() => setRenaming(role.title)}>
              {t('rename')}
            </button>
          ) : (
            <form
              class="row"
              onSubmit={(event) => {
                event.preventDefault();
                actions.renameRole(role.id, renaming);
                setRenaming(undefined);
              }}
            >
              <label for="rename-role" class="visually-hidden">
                {t('newName')}
              </label>
              <input
                id="rename-role"
                ref={renameInput}
                value={renaming}
                onInput={(event) => setRenaming(event.currentTarget.value)}
              />
              <button type="submit">{t('saveName')}</button>
            </form>
          )}
          {confirmDelete ? (
            <>
              <button type="button" ref={confirmButton} onClick={() => actions.deleteRole(role.id)}>
                {plural('deleteRoleConfirm', entries.length)}
              </button>
              <button type="button" onClick={() => setConfirmDelete(false)}>
                {t('keepIt')}
              </button>
            </>
          ) : (
            <button type="button" onClick={() => setConfirmDelete(true)}>
              {t('deleteRole')}
            </button>
          )}
        </div>
        <h2 id="role-heading">
          {role.company === undefined ? role.title : t('roleWithCompany', role.title, role.company)}
        </h2>
        <p class="muted">
          {t(
            'roleSummary',
            role.skills.filter((skill) => skill.required).length,
            role.skills.filter((skill) => !skill.required).length,
            entries.length,
          )}
        </p>
      </section>
      {entries.length === 0 ? (
        <p>{t('compareNoCandidates')}</p>
      ) : (
        <>
          <div class="row">
            <label class="row">
              <span>{t('sortBy')}</span>
              <select
                value={sort}
                onChange={(event) => setSort(event.currentTarget.value as CompareSort)}
              >
                {SORTS.map(([value, label]) => (
                  <option key={value} value={value}>
                    {t(label)}
                  </option>
                ))}
              </select>
            </label>
            <label class="row">
              <span>{t('filter')}</span>
              <input
                type="search"
                value={filter}
                placeholder={t('candidateName')}
                onInput={(event) => setFilter(event.currentTarget.value)}
              />
            </label>
            <label class="row">
              <input
                type="checkbox"
                checked={requiredOnly}
                onChange={(event) => setRequiredOnly(event.currentTarget.checked)}
              />
              <span>{t('requiredOnly')}</span>
            </label>
            <button type="button" onClick={() => actions.exportCsv(role, sort)}>
              {t('exportCsv')}
            </button>
          </div>
          <h2>{t('candidatesHeading')}</h2>
          <table aria-label={t('candidatesHeading')}>
            <thead>
              <tr>
                <th scope="col">{t('columnCandidate')}</th>
                <th scope="col">{t('columnRequired')}</th>
                <th scope="col">{t('columnVerified')}</th>
                <th scope="col">{t('columnSaved')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('columnActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.entry.id}>
                  <th scope="row">
                    <ProfileLink entry={row.entry} />
                  </th>
                  <td>
                    {row.coverage.coverage.confirmed > 0
                      ? t(
                          'rowCoverageConfirmed',
                          row.coverage.coverage.verified,
                          row.coverage.coverage.required,
                          row.coverage.coverage.confirmed,
                        )
                      : t(
                          'rowCoverage',
                          row.coverage.coverage.verified,
                          row.coverage.coverage.required,
                        )}
                  </td>
                  <td>
                    {t('rowVerified', row.verifiedCredentials, row.entry.credentials.length)}
                    <CredentialVerdicts credentials={row.entry.credentials} />
                  </td>
                  <td>{new Date(row.entry.savedAt).toLocaleDateString(uiLanguage())}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={t('removeLabel', row.entry.name)}
                      onClick={() => actions.remove(row.entry.id)}
                    >
                      {t('remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t('skillsByCandidateHeading')}</h2>
          <table aria-label={t('skillsByCandidate')}>
            <thead>
              <tr>
                <th scope="col">{t('columnSkill')}</th>
                {rows.map((row) => (
                  <th scope="col" key={row.entry.id}>
                    {row.entry.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {skills.map((skill) => (
                <tr key={skill.id}>
                  <th scope="row">
                    {skill.label}
                    {skill.required ? '' : <span class="muted"> {t('preferredMark')}</span>}
                  </th>
                  {rows.map((row) => {
                    const cell = cellOf(row, skill.id);
                    return (
                      <td key={row.entry.id}>
                        {cell === undefined ? (
                          <span class="muted">{t('notBacked')}</span>
                        ) : (
                          <span
                            class={`pill tone-${cell.tier === 'verified' ? 'good' : 'info'}`}
                            title={cell.by.join(', ')}
                          >
                            {cell.tier === 'verified'
                              ? `✔ ${verdictWords('verified', say)}`
                              : `☑ ${verdictWords('confirmed', say)}`}
                          </span>
                        )}
                        {cell === undefined ? null : <div class="muted">{cell.by.join(', ')}</div>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}

/** The candidate's name, linking to their profile when the saved address is http(s). */
/**
 * Each saved credential with its verdict; those issued to someone else are called out, since
 * they back nothing however genuine they are.
 */
function CredentialVerdicts({ credentials }: { credentials: ShortlistEntry['credentials'] }) {
  const others = credentials.filter((credential) => credential.verdict === 'misattributed');
  return (
    <div class="stack">
      {others.length === 0 ? null : (
        <span class="muted">
          {plural('issuedToOthers', others.length, others.map((c) => c.name).join(', '))}
        </span>
      )}
      <ul class="plain credential-verdicts" aria-label={t('credentialsHeading')}>
        {credentials.map((credential, index) => (
          <li key={index}>
            <VerdictPill
              verdict={credential.verdict}
              headline={verdictWords(credential.verdict, say)}
            />{' '}
            {credential.name}
          </li>
        ))}
      </ul>
    </div>
  );
}

function ProfileLink({ entry }: { entry: ShortlistEntry }) {
  const href = safeHttpUrl(entry.pageUrl);
  if (href === '') return <>{entry.name}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {entry.name}
    </a>
  );
}
