import { safeNextPath, signInPathFor } from './next-path';

describe('safeNextPath', () => {
  it.each([
    ['/people', '/people'],
    ['/people?search=ada&page=2', '/people?search=ada&page=2'],
    ['/account#language', '/account#language'],
  ])('keeps the same-site path %s', (value, expected) => {
    expect(safeNextPath(value)).toBe(expected);
  });

  it.each([
    [null],
    [''],
    ['people'],
    ['//evil.example/phish'],
    ['/\\evil.example'],
    ['https://evil.example/'],
    ['javascript:alert(1)'],
    ['/\t/evil.example'],
    ['/sign-in'],
    ['/sign-in?next=%2Fpeople'],
  ])('falls back to Home for %j', (value) => {
    expect(safeNextPath(value)).toBe('/');
  });
});

describe('signInPathFor', () => {
  it('remembers where the visitor was going', () => {
    expect(signInPathFor('/people?page=2')).toBe('/sign-in?next=%2Fpeople%3Fpage%3D2');
    expect(signInPathFor('/')).toBe('/sign-in');
  });
});
