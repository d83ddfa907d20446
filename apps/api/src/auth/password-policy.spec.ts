import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('accepts a long, uncommon password', () => {
    expect(passwordProblem('violet-harbour-42-kettle')).toBeNull();
  });

  it('refuses passwords shorter than 10 characters', () => {
    expect(passwordProblem('Sh0rt!pw')).toEqual({
      key: 'errors:password.tooShort',
      params: { min: 10 },
    });
  });

  it('refuses well-known passwords whatever their case', () => {
    for (const password of ['password123', 'QWERTYUIOP', '1234567890']) {
      expect(passwordProblem(password)).toEqual({ key: 'errors:password.common', params: {} });
    }
  });

  it('refuses the owner’s own address', () => {
    expect(
      passwordProblem('emma.employee@example.com', { email: 'emma.employee@example.com' }),
    ).toEqual({ key: 'errors:password.ownEmail', params: {} });
  });

  it('refuses absurdly long passwords', () => {
    expect(passwordProblem('x'.repeat(201))).toEqual({
      key: 'errors:password.tooLong',
      params: { max: 200 },
    });
  });
});
