import { nameKey } from '../../common/name-key';
import type { PreferredLanguage, Role } from '@chorus/core';
import { importProblem, type ImportProblem, type ImportRow } from './people-csv';

/** A person as the import sees them before changing anything. */
export interface ExistingPerson {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  status: string;
  language: string;
  departmentId: string | null;
  locationId: string | null;
}

/** A group a person will be in: an existing one by id, one the import creates by name, or none. */
export type GroupChoice = { id: string } | { newName: string } | null;

/** The person one row will leave behind, every field final. */
export interface PlannedPerson {
  line: number;
  email: string;
  name: string;
  roles: Role[];
  language: PreferredLanguage | string;
  department: GroupChoice;
  location: GroupChoice;
}

export interface PlannedChange {
  row: PlannedPerson;
  action: 'create' | 'update' | 'unchanged';
  existing?: ExistingPerson;
  /** Names of the fields an update changes. */
  fields: string[];
}

export interface GroupLookup {
  /** Group id by lower-cased name, for every group that exists. */
  departments: Map<string, string>;
  locations: Map<string, string>;
}

export interface ImportPlan {
  changes: PlannedChange[];
  problems: ImportProblem[];
  newDepartments: string[];
  newLocations: string[];
}

/**
 * Decides, row by row, what the import will do. Empty cells keep what an existing person has
 * (an HR export without roles must not demote anyone); new people get employee and English.
 */
export function planImport(
  rows: ImportRow[],
  existing: Map<string, ExistingPerson>,
  groups: GroupLookup,
  unknownGroups: 'create' | 'reject',
  activeAdminIds: ReadonlySet<string>,
): ImportPlan {
  const problems: ImportProblem[] = [];
  const newDepartments = new Map<string, string>();
  const newLocations = new Map<string, string>();
  const changes: PlannedChange[] = [];
  const remainingAdmins = new Set(activeAdminIds);

  for (const row of rows) {
    const person = existing.get(row.email);
    const department = resolveGroup(row, 'department', groups.departments, newDepartments);
    const location = resolveGroup(row, 'location', groups.locations, newLocations);
    const unknown = [department, location].filter((group) => group.unknown);
    if (unknownGroups === 'reject' && unknown.length > 0) {
      for (const group of unknown) {
        problems.push(
          importProblem(row.line, group.column, 'errors:import.unknownGroup', {
            kind: group.column,
            name: group.name ?? '',
          }),
        );
      }
      continue;
    }
    const planned: PlannedPerson = {
      line: row.line,
      email: row.email,
      name: row.name,
      roles: row.roles ?? person?.roles ?? ['employee'],
      language: row.language ?? person?.language ?? 'en',
      department: choose(row.department, groups.departments, person?.departmentId),
      location: choose(row.location, groups.locations, person?.locationId),
    };
    if (!person) {
      changes.push({ row: planned, action: 'create', fields: [] });
      continue;
    }
    const fields = changedFields(person, planned);
    changes.push({
      row: planned,
      existing: person,
      action: fields.length ? 'update' : 'unchanged',
      fields,
    });
    if (!planned.roles.includes('admin')) remainingAdmins.delete(person.id);
  }

  if (activeAdminIds.size > 0 && remainingAdmins.size === 0) {
    const demoting = changes.find(
      (change) => change.existing && activeAdminIds.has(change.existing.id),
    );
    problems.push(importProblem(demoting?.row.line ?? 1, 'roles', 'errors:import.lastAdmin'));
  }

  if (unknownGroups === 'reject') {
    newDepartments.clear();
    newLocations.clear();
  }
  return {
    changes,
    problems,
    newDepartments: [...newDepartments.values()],
    newLocations: [...newLocations.values()],
  };
}

function resolveGroup(
  row: ImportRow,
  column: 'department' | 'location',
  known: Map<string, string>,
  created: Map<string, string>,
): { column: typeof column; name: string | null; unknown: boolean } {
  const name = row[column];
  if (name === null) return { column, name, unknown: false };
  const key = nameKey(name);
  if (known.has(key)) return { column, name, unknown: false };
  if (!created.has(key)) created.set(key, name);
  return { column, name, unknown: true };
}

/** The cell's group when it names one; otherwise the group the person already has. */
function choose(
  name: string | null,
  known: Map<string, string>,
  current: string | null | undefined,
): GroupChoice {
  if (name === null) return current ? { id: current } : null;
  const id = known.get(nameKey(name));
  return id ? { id } : { newName: name };
}

function sameGroup(current: string | null, planned: GroupChoice): boolean {
  if (planned === null) return current === null;
  return 'id' in planned && planned.id === current;
}

function changedFields(person: ExistingPerson, planned: PlannedPerson): string[] {
  const fields: string[] = [];
  if (person.name !== planned.name) fields.push('name');
  if ([...person.roles].sort().join() !== [...planned.roles].sort().join()) fields.push('roles');
  if (person.language !== planned.language) fields.push('language');
  if (!sameGroup(person.departmentId, planned.department)) fields.push('department');
  if (!sameGroup(person.locationId, planned.location)) fields.push('location');
  return fields;
}
