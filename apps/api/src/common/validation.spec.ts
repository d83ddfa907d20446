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

  it('says what a body that is not an object should be', () => {
    const errors = [
      {
        property: 'body',
        constraints: { isObject: 'Validation failed (object is expected)' },
        children: [],
      },
    ] as ValidationError[];
    expect(describeValidationErrors(errors)).toEqual([
      'The request body must be a JSON object holding the fields this route takes.',
    ]);
  });
});
