// The role on a job page: its skills as Credlens read them, editable before pinning — remove a
// skill, move it between required and preferred, add one Credlens knows.

import { useState } from 'preact/hooks';
import type { SavedRoleSkill } from '../../lib/storage';
import { type MessageKey, t } from '../ui/i18n';
import type { DraftRole } from './types';

export type RoleEditorProps = {
  role: DraftRole;
  pinned: boolean;
  onPin(skills: SavedRoleSkill[]): void;
  recognise(text: string): Promise<SavedRoleSkill | undefined>;
};

/** What the reading of a posting not in English means for its skills. */
const LANGUAGE_NOTES: Record<NonNullable<DraftRole['language']>, MessageKey> = {
  fr: 'languageNote_fr',
  es: 'languageNote_es',
  other: 'languageNote_other',
};

export function RoleEditor({ role, pinned, onPin, recognise }: RoleEditorProps) {
  const [skills, setSkills] = useState(role.skills);
  const [adding, setAdding] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const required = skills.filter((skill) => skill.required);
  const preferred = skills.filter((skill) => !skill.required);
  const toggle = (id: string) =>
    setSkills(
      skills.map((skill) => (skill.id === id ? { ...skill, required: !skill.required } : skill)),
    );
  const remove = (id: string) => setSkills(skills.filter((skill) => skill.id !== id));
  const add = async () => {
    const skill = await recognise(adding);
    if (skill === undefined) {
      setProblem(t('unknownSkill', adding.trim()));
      return;
    }
    setProblem(undefined);
    setAdding('');
    setSkills([...skills.filter((s) => s.id !== skill.id), { ...skill, required: true }]);
  };
  const list = (title: string, items: SavedRoleSkill[]) => (
    <>
      <p class="muted">{t('skillGroupCount', title, items.length)}</p>
      <ul class="chips" aria-label={title}>
        {items.map((skill) => (
          <li key={skill.id} class={skill.required ? 'chip' : 'chip preferred'}>
            {skill.label}
            <button
              type="button"
              aria-label={t(
                skill.required ? 'makePreferredLabel' : 'makeRequiredLabel',
                skill.label,
              )}
              title={t(skill.required ? 'makePreferred' : 'makeRequired')}
              onClick={() => toggle(skill.id)}
            >
              {skill.required ? '↓' : '↑'}
            </button>
            <button
              type="button"
              aria-label={t('removeLabel', skill.label)}
              title={t('remove')}
              onClick={() => remove(skill.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </>
  );
  return (
    <section aria-labelledby="page-role-heading" class="panel stack">
      <h2 id="page-role-heading">
        {t(
          'roleOnPage',
          role.company === undefined ? role.title : t('roleWithCompany', role.title, role.company),
        )}
      </h2>
      {role.language === undefined ? null : <p class="muted">{t(LANGUAGE_NOTES[role.language])}</p>}
      {list(t('requiredSkills'), required)}
      {list(t('preferredSkills'), preferred)}
      <form
        class="row"
        onSubmit={(event) => {
          event.preventDefault();
          if (adding.trim() !== '') void add();
        }}
      >
        <label for="add-skill" class="visually-hidden">
          {t('addSkillLabel')}
        </label>
        <input
          id="add-skill"
          aria-describedby="add-skill-problem"
          value={adding}
          placeholder={t('addSkillPlaceholder')}
          onInput={(event) => setAdding(event.currentTarget.value)}
        />
        <button type="submit">{t('add')}</button>
      </form>
      {/* Announced when it appears; tied to the input it is about. */}
      <p id="add-skill-problem" class="muted" aria-live="polite">
        {problem ?? ''}
      </p>
      <button type="button" class="primary" onClick={() => onPin(skills)}>
        {t(pinned ? 'updatePinned' : 'pinRole')}
      </button>
    </section>
  );
}
