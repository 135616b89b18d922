// Pure edits of the user's data: each takes the current settings and returns new ones, so the
// store can apply them atomically and tests need no browser.

import { chooseUntouched, normalSite } from './page-untouched';
import type { SavedRole, SavedRoleSkill, Settings, ShortlistEntry } from './settings';

export type NewRole = Omit<SavedRole, 'id' | 'createdAt' | 'updatedAt'>;

/**
 * Saves a role and pins it. A role saved earlier from the same page is updated instead (its
 * skills and company), keeping the name the user may have given it.
 */
export function saveAndPinRole(
  settings: Settings,
  role: NewRole,
  newId: () => string,
  now: Date,
): { settings: Settings; roleId: string } {
  const at = now.toISOString();
  const same =
    role.url === undefined ? undefined : settings.roles.find((saved) => saved.url === role.url);
  if (same !== undefined) {
    const updated: SavedRole = {
      ...same,
      ...role,
      id: same.id,
      title: same.title,
      createdAt: same.createdAt,
      updatedAt: at,
    };
    return {
      settings: {
        ...settings,
        roles: settings.roles.map((saved) => (saved.id === same.id ? updated : saved)),
        pinnedRoleId: same.id,
      },
      roleId: same.id,
    };
  }
  const roleId = newId();
  const saved: SavedRole = { ...role, id: roleId, createdAt: at, updatedAt: at };
  return {
    settings: { ...settings, roles: [...settings.roles, saved], pinnedRoleId: roleId },
    roleId,
  };
}

export function pinRole(settings: Settings, roleId: string | undefined): Settings {
  const { pinnedRoleId: _old, ...rest } = settings;
  return roleId !== undefined && settings.roles.some((role) => role.id === roleId)
    ? { ...rest, pinnedRoleId: roleId }
    : rest;
}

export function renameRole(settings: Settings, roleId: string, title: string, now: Date): Settings {
  const clean = title.trim().slice(0, 300);
  if (clean === '') return settings;
  return {
    ...settings,
    roles: settings.roles.map((role) =>
      role.id === roleId ? { ...role, title: clean, updatedAt: now.toISOString() } : role,
    ),
  };
}

export function setRoleSkills(
  settings: Settings,
  roleId: string,
  skills: SavedRoleSkill[],
  now: Date,
): Settings {
  return {
    ...settings,
    roles: settings.roles.map((role) =>
      role.id === roleId ? { ...role, skills, updatedAt: now.toISOString() } : role,
    ),
  };
}

/** Deletes a role and its shortlist (the UI asks first and says how many candidates go). */
export function deleteRole(settings: Settings, roleId: string): Settings {
  const next = {
    ...settings,
    roles: settings.roles.filter((role) => role.id !== roleId),
    shortlist: settings.shortlist.filter((entry) => entry.roleId !== roleId),
  };
  return settings.pinnedRoleId === roleId ? pinRole(next, undefined) : next;
}

/** Adds a candidate to a role's shortlist; the same profile again replaces the older entry. */
export function addToShortlist(settings: Settings, entry: ShortlistEntry): Settings {
  const others = settings.shortlist.filter(
    (saved) => !(saved.roleId === entry.roleId && saved.pageUrl === entry.pageUrl),
  );
  return { ...settings, shortlist: [...others, entry] };
}

export function removeFromShortlist(settings: Settings, entryId: string): Settings {
  return { ...settings, shortlist: settings.shortlist.filter((entry) => entry.id !== entryId) };
}

/** Trusts an issuer by id (a user addition); trusting a hidden bundled entry restores it. */
export function trustIssuer(settings: Settings, id: string, name: string): Settings {
  const cleanId = id.trim();
  if (cleanId === '') return settings;
  const { added, removed } = settings.trustedIssuers;
  return {
    ...settings,
    trustedIssuers: {
      added: [
        ...added.filter((entry) => entry.id !== cleanId),
        { id: cleanId, name: name.trim() || cleanId },
      ],
      removed: removed.filter((entry) => entry !== cleanId),
    },
  };
}

/** Stops trusting: removes a user addition, or hides a bundled entry by its id. */
export function untrustIssuer(settings: Settings, id: string, bundled: boolean): Settings {
  const { added, removed } = settings.trustedIssuers;
  return {
    ...settings,
    trustedIssuers: {
      added: added.filter((entry) => entry.id !== id),
      removed: bundled && !removed.includes(id) ? [...removed, id] : removed,
    },
  };
}

/** Puts a hidden bundled entry back. */
export function restoreBundledIssuer(settings: Settings, id: string): Settings {
  return {
    ...settings,
    trustedIssuers: {
      ...settings.trustedIssuers,
      removed: settings.trustedIssuers.removed.filter((entry) => entry !== id),
    },
  };
}

/** Leaves `site`'s pages untouched (no badges, verdicts only in the popup) or not. */
export function setPageUntouched(settings: Settings, site: string, on: boolean): Settings {
  const clean = normalSite(site);
  if (clean === undefined) return settings;
  return { ...settings, pageUntouched: chooseUntouched(settings.pageUntouched, clean, on) };
}

/** The first-use notice of page-untouched mode was read: it is not shown again. */
export function dismissUntouchedNotice(settings: Settings): Settings {
  return { ...settings, pageUntouched: { ...settings.pageUntouched, noticeDismissed: true } };
}
