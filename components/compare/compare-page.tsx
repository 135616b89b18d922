// The compare page: a role's shortlist side by side — coverage of the required skills, verified
// credentials, and a skill × candidate matrix with the credential behind each cell — with sort,
// filter and remove; roles renamed or deleted; export to CSV/JSON and import from JSON.
// Presentational: the composition root owns storage and files.

import { useEffect, useRef, useState } from 'preact/hooks';
import { type CompareSort, cellOf, compareCandidates } from '../../lib/matching';
import type { Seal } from '../../lib/messaging';
import { safeHttpUrl, verdictWords } from '../../lib/present';
import type { SavedRole, ShortlistEntry } from '../../lib/storage';
import { t } from '../ui/i18n';
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

const SORTS: Array<[CompareSort, string]> = [
  ['coverage', 'Coverage of required skills'],
  ['verified', 'Verified credentials'],
  ['name', 'Name'],
  ['saved', 'Most recently saved'],
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
      <h1>Compare candidates</h1>
      {seal === undefined ? null : <SealLine seal={seal} />}
      {/* Always present, so screen readers announce the first message too. */}
      <p role="status" class={message === undefined ? 'visually-hidden' : 'panel'}>
        {message ?? ''}
      </p>
      {role === undefined ? (
        <p>
          No roles yet. Pin a role from a job page (or paste a job description) in the Credlens
          popup, then use "Save to shortlist" on candidates' profiles.
        </p>
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
        <h2 id="data-heading">Your data</h2>
        <p class="muted">
          Export everything (roles, shortlists, trusted issuers) to JSON, or import an export:
          imports are checked first and merged without duplicates.
        </p>
        <div class="row">
          <button type="button" onClick={actions.exportJson}>
            Export JSON
          </button>
          <ImportFile label="Import JSON" onFile={actions.importJson} />
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
            <span>Role</span>
            <select
              value={role.id}
              onChange={(event) => actions.chooseRole(event.currentTarget.value)}
            >
              {roles.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.title}
                  {option.company === undefined ? '' : ` — ${option.company}`}
                </option>
              ))}
            </select>
          </label>
          {renaming === undefined ? (
            <button type="button" onClick={() => setRenaming(role.title)}>
              Rename
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
                New name
              </label>
              <input
                id="rename-role"
                ref={renameInput}
                value={renaming}
                onInput={(event) => setRenaming(event.currentTarget.value)}
              />
              <button type="submit">Save name</button>
            </form>
          )}
          {confirmDelete ? (
            <>
              <button type="button" ref={confirmButton} onClick={() => actions.deleteRole(role.id)}>
                Delete the role and its {entries.length} candidate{entries.length === 1 ? '' : 's'}
              </button>
              <button type="button" onClick={() => setConfirmDelete(false)}>
                Keep it
              </button>
            </>
          ) : (
            <button type="button" onClick={() => setConfirmDelete(true)}>
              Delete role
            </button>
          )}
        </div>
        <h2 id="role-heading">
          {role.title}
          {role.company === undefined ? '' : ` — ${role.company}`}
        </h2>
        <p class="muted">
          {role.skills.filter((skill) => skill.required).length} required and{' '}
          {role.skills.filter((skill) => !skill.required).length} preferred skills; {entries.length}{' '}
          shortlisted.
        </p>
      </section>
      {entries.length === 0 ? (
        <p>No candidates yet: open a profile and use "Save to shortlist" in the popup.</p>
      ) : (
        <>
          <div class="row">
            <label class="row">
              <span>Sort by</span>
              <select
                value={sort}
                onChange={(event) => setSort(event.currentTarget.value as CompareSort)}
              >
                {SORTS.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <label class="row">
              <span>Filter</span>
              <input
                type="search"
                value={filter}
                placeholder="Candidate name"
                onInput={(event) => setFilter(event.currentTarget.value)}
              />
            </label>
            <label class="row">
              <input
                type="checkbox"
                checked={requiredOnly}
                onChange={(event) => setRequiredOnly(event.currentTarget.checked)}
              />
              <span>Required skills only</span>
            </label>
            <button type="button" onClick={() => actions.exportCsv(role, sort)}>
              Export CSV
            </button>
          </div>
          <h2>Candidates</h2>
          <table aria-label="Candidates">
            <thead>
              <tr>
                <th scope="col">Candidate</th>
                <th scope="col">Required skills backed</th>
                <th scope="col">Verified credentials</th>
                <th scope="col">Saved</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
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
                    {row.coverage.coverage.verified} of {row.coverage.coverage.required} verified
                    {row.coverage.coverage.confirmed > 0
                      ? `, ${row.coverage.coverage.confirmed} confirmed`
                      : ''}
                  </td>
                  <td>
                    {row.verifiedCredentials} of {row.entry.credentials.length}
                    <CredentialVerdicts credentials={row.entry.credentials} />
                  </td>
                  <td>{new Date(row.entry.savedAt).toLocaleDateString()}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={`Remove ${row.entry.name}`}
                      onClick={() => actions.remove(row.entry.id)}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>Skills × candidates</h2>
          <table aria-label="Skills by candidate">
            <thead>
              <tr>
                <th scope="col">Skill</th>
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
                    {skill.required ? '' : <span class="muted"> (preferred)</span>}
                  </th>
                  {rows.map((row) => {
                    const cell = cellOf(row, skill.id);
                    return (
                      <td key={row.entry.id}>
                        {cell === undefined ? (
                          <span class="muted">— not backed</span>
                        ) : (
                          <span
                            class={`pill tone-${cell.tier === 'verified' ? 'good' : 'info'}`}
                            title={cell.by.join(', ')}
                          >
                            {cell.tier === 'verified' ? '✔ Verified' : '☑ Confirmed'}
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
          {others.length} issued to someone else: {others.map((c) => c.name).join(', ')}
        </span>
      )}
      <ul class="plain credential-verdicts" aria-label="Credentials">
        {credentials.map((credential, index) => (
          <li key={index}>
            <VerdictPill
              verdict={credential.verdict}
              headline={verdictWords(credential.verdict, t)}
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
