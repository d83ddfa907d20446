import type { ExistingPerson, GroupLookup } from './import-plan';
import { planImport } from './import-plan';
import type { ImportRow } from './people-csv';

const groups: GroupLookup = {
  departments: new Map([['sales', 'dep-sales']]),
  locations: new Map([['paris', 'loc-paris']]),
};

function row(overrides: Partial<ImportRow>): ImportRow {
  return {
    line: 2,
    email: 'ann@example.com',
    name: 'Ann',
    department: null,
    location: null,
    language: null,
    roles: null,
    ...overrides,
  };
}

function person(overrides: Partial<ExistingPerson> = {}): ExistingPerson {
  return {
    id: 'u1',
    email: 'ann@example.com',
    name: 'Ann',
    roles: ['employee'],
    status: 'active',
    language: 'fr',
    departmentId: 'dep-sales',
    locationId: 'loc-paris',
    ...overrides,
  };
}

describe('planImport', () => {
  it('creates unknown people with employee and English unless the row says otherwise', () => {
    const plan = planImport([row({})], new Map(), groups, 'reject', new Set());
    expect(plan.changes).toEqual([
      {
        action: 'create',
        fields: [],
        row: expect.objectContaining({ roles: ['employee'], language: 'en', department: null }),
      },
    ]);
  });

  it('keeps what an existing person has where the row is empty', () => {
    const plan = planImport(
      [row({})],
      new Map([['ann@example.com', person()]]),
      groups,
      'reject',
      new Set(),
    );
    expect(plan.changes[0]).toMatchObject({ action: 'unchanged', fields: [] });
  });

  it('lists exactly the fields that change, matching groups case-insensitively', () => {
    const plan = planImport(
      [
        row({
          name: 'Ann B',
          department: 'SALES',
          location: 'Lyon',
          roles: ['employee', 'curator'],
        }),
      ],
      new Map([['ann@example.com', person()]]),
      groups,
      'create',
      new Set(),
    );
    expect(plan.changes[0]).toMatchObject({
      action: 'update',
      fields: ['name', 'roles', 'location'],
    });
    expect(plan.newLocations).toEqual(['Lyon']);
    expect(plan.newDepartments).toEqual([]);
  });

  it('turns unknown groups into problems when they may not be created', () => {
    const plan = planImport([row({ department: 'Legal' })], new Map(), groups, 'reject', new Set());
    expect(plan.changes).toEqual([]);
    expect(plan.problems).toEqual([
      {
        line: 2,
        column: 'department',
        key: 'errors:import.unknownGroup',
        params: { kind: 'department', name: 'Legal' },
        message: expect.stringMatching(/"Legal" does not exist/),
      },
    ]);
    expect(plan.newDepartments).toEqual([]);
  });

  it('refuses to demote the last active administrator', () => {
    const plan = planImport(
      [row({ roles: ['employee'] })],
      new Map([['ann@example.com', person({ roles: ['admin'] })]]),
      groups,
      'reject',
      new Set(['u1']),
    );
    expect(plan.problems).toEqual([
      {
        line: 2,
        column: 'roles',
        key: 'errors:import.lastAdmin',
        params: {},
        message: expect.stringMatching(/without an active administrator/),
      },
    ]);
  });
});
