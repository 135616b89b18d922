// The role on a job page: its skills as Credlens read them, editable before pinning — remove a
// skill, move it between required and preferred, add one Credlens knows.

import { useState } from 'preact/hooks';
import type { SavedRoleSkill } from '../../lib/storage';
import type { DraftRole } from './types';

export type RoleEditorProps = {
  role: DraftRole;
  pinned: boolean;
  onPin(skills: SavedRoleSkill[]): void;
  recognise(text: string): Promise<SavedRoleSkill | undefined>;
};

/** What the reading of a posting not in English means for its skills. */
const LANGUAGE_NOTES: Record<NonNullable<DraftRole['language']>, string> = {
  fr: 'Read in French, with French and English skill names.',
  es: 'Read in Spanish, with Spanish and English skill names.',
  other:
    'This posting is not in English, French or Spanish: only the English terms in it were read.',
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
      setProblem(`Credlens does not know the skill "${adding.trim()}".`);
      return;
    }
    setProblem(undefined);
    setAdding('');
    setSkills([...skills.filter((s) => s.id !== skill.id), { ...skill, required: true }]);
  };
  const list = (title: string, items: SavedRoleSkill[]) => (
    <>
      <p class="muted">
        {title} ({items.length})
      </p>
      <ul class="chips" aria-label={title}>
        {items.map((skill) => (
          <li key={skill.id} class={skill.required ? 'chip' : 'chip preferred'}>
            {skill.label}
            <button
              type="button"
              aria-label={`Make ${skill.label} ${skill.required ? 'preferred' : 'required'}`}
              title={skill.required ? 'Make preferred' : 'Make required'}
              onClick={() => toggle(skill.id)}
            >
              {skill.required ? '↓' : '↑'}
            </button>
            <button
              type="button"
              aria-label={`Remove ${skill.label}`}
              title="Remove"
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
        Role on this page: {role.title}
        {role.company === undefined ? '' : ` — ${role.company}`}
      </h2>
      {role.language === undefined ? null : <p class="muted">{LANGUAGE_NOTES[role.language]}</p>}
      {list('Required skills', required)}
      {list('Preferred skills', preferred)}
      <form
        class="row"
        onSubmit={(event) => {
          event.preventDefault();
          if (adding.trim() !== '') void add();
        }}
      >
        <label for="add-skill" class="visually-hidden">
          Add a skill
        </label>
        <input
          id="add-skill"
          aria-describedby="add-skill-problem"
          value={adding}
          placeholder="Add a skill, e.g. Terraform"
          onInput={(event) => setAdding(event.currentTarget.value)}
        />
        <button type="submit">Add</button>
      </form>
      {/* Announced when it appears; tied to the input it is about. */}
      <p id="add-skill-problem" class="muted" aria-live="polite">
        {problem ?? ''}
      </p>
      <button type="button" class="primary" onClick={() => onPin(skills)}>
        {pinned ? 'Update pinned role' : 'Pin this role'}
      </button>
    </section>
  );
}
