import { hasAnyRole, isRole, ROLES } from './roles';

describe('roles', () => {
  it('lists the four roles of the product', () => {
    expect(ROLES).toEqual(['employee', 'curator', 'analyst', 'admin']);
  });

  it('recognises only known role names', () => {
    expect(isRole('curator')).toBe(true);
    expect(isRole('Curator')).toBe(false);
    expect(isRole('root')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });

  it('grants access when any held role is allowed', () => {
    expect(hasAnyRole(['employee', 'analyst'], ['analyst', 'admin'])).toBe(true);
    expect(hasAnyRole(['employee'], ['analyst', 'admin'])).toBe(false);
    expect(hasAnyRole([], ['employee'])).toBe(false);
  });
});
