import { ApiError } from '../../api/api-error';
import { refusedFields, sameSetting } from './use-settings-form';

const refusal = (status: number, message: string) => new ApiError(status, message, undefined);

describe('refusedFields', () => {
  it('puts each refused setting on its own field, a "; " inside a sentence included', () => {
    expect(
      refusedFields(
        refusal(
          400,
          'timeZone Mars/Olympus is not a time zone the database knows; choose another name for it; ' +
            'clickRetentionMonths must be a whole number from 1 to 120',
        ),
        ['timeZone', 'clickRetentionMonths', 'advocateNames'],
      ),
    ).toEqual({
      timeZone:
        'timeZone Mars/Olympus is not a time zone the database knows; choose another name for it',
      clickRetentionMonths: 'clickRetentionMonths must be a whole number from 1 to 120',
    });
  });

  it('gives a refusal naming no field to the one field sent', () => {
    expect(refusedFields(refusal(422, 'The cost is too high.'), ['costPerClick'])).toEqual({
      costPerClick: 'The cost is too high.',
    });
  });

  it('leaves to the section a refusal naming none of several fields sent', () => {
    expect(
      refusedFields(refusal(400, 'property colour should not exist'), ['currency', 'costPerClick']),
    ).toBeUndefined();
  });

  it('leaves to the section what is not a refused value', () => {
    expect(
      refusedFields(refusal(403, 'fourEyesApproval is for admins'), ['fourEyesApproval']),
    ).toBeUndefined();
    expect(refusedFields(new TypeError('Failed to fetch'), ['fourEyesApproval'])).toBeUndefined();
  });
});

describe('sameSetting', () => {
  it('reads lists and objects whatever their order', () => {
    expect(sameSetting(['x', 'linkedin'], ['linkedin', 'x'])).toBe(true);
    expect(sameSetting({ x: 0.5, linkedin: 2 }, { linkedin: 2, x: 0.5 })).toBe(true);
    expect(sameSetting({ x: 0.5 }, { x: 0.5, linkedin: 2 })).toBe(false);
    expect(sameSetting(['x'], ['x', 'linkedin'])).toBe(false);
    expect(sameSetting(13, 13)).toBe(true);
  });
});
