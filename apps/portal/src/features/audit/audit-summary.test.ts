import { createI18n } from '../../i18n';
import { describeSummary } from './audit-summary';

const { t } = createI18n('en');

describe('describeSummary', () => {
  it('describes each changed field as before → after', () => {
    expect(
      describeSummary(
        {
          before: { name: 'Alan', department: null, language: 'en' },
          after: { name: 'Alan Turing', department: 'Research', language: 'de' },
        },
        t,
      ),
    ).toEqual([
      'Name: Alan → Alan Turing',
      'Department: none → Research',
      'Language: English → Deutsch',
    ]);
  });

  it('translates statuses and roles', () => {
    expect(
      describeSummary({ before: { status: 'active' }, after: { status: 'deactivated' } }, t),
    ).toEqual(['Status: Active → Deactivated']);
    expect(describeSummary({ roles: ['employee', 'admin'] }, t)).toEqual([
      'Roles: Employee, Admin',
    ]);
  });

  it('lists other details as they are', () => {
    expect(describeSummary({ kind: 'location', members: 3 }, t)).toEqual([
      'Kind: location',
      'Members: 3',
    ]);
    expect(
      describeSummary({ created: 2, newDepartments: [], resent: true, client: 'abc123' }, t),
    ).toEqual(['Created: 2', 'New departments: none', 'Sent again: yes', 'client: abc123']);
  });

  it('has nothing to say without a summary', () => {
    expect(describeSummary(null, t)).toEqual([]);
  });
});
