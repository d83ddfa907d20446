import { ApiError } from '../../api/api-error';
import { createI18n } from '../../i18n';
import { refusedFields, sameSetting } from './use-settings-form';

const t = createI18n('nl').t;

const refusal = (status: number, message: string, details?: object) =>
  new ApiError(status, message, undefined, undefined, details);

describe('refusedFields', () => {
  it("puts each refused setting on its own field, said in the portal's language", () => {
    const invalid = refusal(400, 'English words of the server', {
      key: 'errors:input.invalid',
      params: { count: 2 },
      problems: [
        {
          key: 'errors:settings.unknownTimeZone',
          params: { timeZone: 'Mars/Olympus' },
          field: 'timeZone',
        },
        { key: 'errors:http.wrongFormat', params: {}, field: 'clickRetentionMonths' },
      ],
    });
    expect(
      refusedFields(invalid, ['timeZone', 'clickRetentionMonths', 'advocateNames'], t),
    ).toEqual({
      timeZone:
        'timeZone Mars/Olympus is geen tijdzone die de database kent; kies een andere naam ervoor',
      clickRetentionMonths: 'Een waarde heeft niet de juiste vorm.',
    });
  });

  it('gives a refusal naming no field to the one field sent', () => {
    expect(
      refusedFields(
        refusal(422, 'The cost is too high.', { key: 'errors:http.wrongFormat', params: {} }),
        ['costPerClick'],
        t,
      ),
    ).toEqual({ costPerClick: 'Een waarde heeft niet de juiste vorm.' });
    expect(refusedFields(refusal(422, 'From an older server.'), ['costPerClick'], t)).toEqual({
      costPerClick: 'From an older server.',
    });
  });

  it('leaves to the section a refusal naming none of several fields sent', () => {
    const unknownField = refusal(400, 'property colour should not exist', {
      key: 'errors:input.invalid',
      params: { count: 1 },
      problems: [{ key: 'errors:http.badRequest', params: {}, field: 'colour' }],
    });
    expect(refusedFields(unknownField, ['currency', 'costPerClick'], t)).toBeUndefined();
  });

  it('leaves to the section what is not a refused value', () => {
    expect(
      refusedFields(refusal(403, 'fourEyesApproval is for admins'), ['fourEyesApproval'], t),
    ).toBeUndefined();
    expect(
      refusedFields(new TypeError('Failed to fetch'), ['fourEyesApproval'], t),
    ).toBeUndefined();
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
