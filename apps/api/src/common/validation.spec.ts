import { ValidationError } from '@nestjs/common';
import { describeValidationErrors } from './validation';

describe('describeValidationErrors', () => {
  it('turns nested errors into sentences that name the full path', () => {
    const errors = [
      {
        property: 'email',
        constraints: { isEmail: 'email must be an email address' },
        children: [],
      },
      {
        property: 'profile',
        children: [
          {
            property: 'handle',
            constraints: { maxLength: 'handle must be shorter' },
            children: [],
          },
        ],
      },
    ] as ValidationError[];

    expect(describeValidationErrors(errors)).toEqual([
      'email must be an email address',
      'profile.handle must be shorter',
    ]);
  });
});
