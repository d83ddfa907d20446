import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('accepts a long, uncommon password', () => {
    expect(passwordProblem('violet-harbour-42-kettle')).toBeNull();
  });

  it('refuses passwords shorter than 10 characters', () => {
    expect(passwordProblem('Sh0rt!pw')).toBe('The password must be at least 10 characters long.');
  });

  it('refuses well-known passwords whatever their case', () => {
    expect(passwordProblem('password123')).toMatch(/most common passwords/);
    expect(passwordProblem('QWERTYUIOP')).toMatch(/most common passwords/);
    expect(passwordProblem('1234567890')).toMatch(/most common passwords/);
  });

  it('refuses the owner’s own address', () => {
    expect(
      passwordProblem('emma.employee@example.com', { email: 'emma.employee@example.com' }),
    ).toBe('The password must not be your email address.');
  });

  it('refuses absurdly long passwords', () => {
    expect(passwordProblem('x'.repeat(201))).toMatch(/at most 200/);
  });
});
