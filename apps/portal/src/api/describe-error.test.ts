import { createI18n } from '../i18n';
import { ApiError } from './api-error';
import { describeError, sayServerMessage } from './describe-error';

describe('describeError', () => {
  const dutch = createI18n('nl').t;

  it("says a server error by its key in the portal's language, whatever the server's words", () => {
    const error = new ApiError(404, 'No topic with id 7.', 'Not Found', 'not_found', {
      key: 'errors:topics.notFound',
      params: { id: '7' },
    });
    expect(describeError(error, dutch)).toBe('Er is geen onderwerp met id 7.');
  });

  it('names words the server sends as codes in the reader’s language', () => {
    const error = new ApiError(
      409,
      'A department called "Sales" already exists.',
      'Conflict',
      'conflict',
      {
        key: 'errors:groups.nameTaken',
        params: { kind: 'department', name: 'Sales' },
      },
    );
    expect(describeError(error, dutch)).toBe('Er bestaat al een afdeling met de naam ‘Sales’.');
  });

  it('says each problem of invalid input', () => {
    const error = new ApiError(400, 'x; y', 'Bad Request', 'invalid_input', {
      key: 'errors:input.invalid',
      params: { count: 2 },
      problems: [
        { key: 'errors:topics.unknown', params: { id: 'a' }, field: 'topicIds' },
        { key: 'errors:campaigns.unknown', params: { id: 'b' }, field: 'campaignId' },
      ],
    });
    expect(describeError(error, dutch)).toBe(
      'Er is geen onderwerp met id a.; Er is geen campagne met id b.',
    );
  });

  it("falls back to the server's message for a key this portal does not know", () => {
    const newer = new ApiError(409, 'Something new went wrong.', 'Conflict', 'conflict', {
      key: 'errors:someday.somethingNew',
      params: {},
    });
    const older = new ApiError(409, 'An older server said this.', 'Conflict', 'conflict');
    expect(describeError(newer, dutch)).toBe('Something new went wrong.');
    expect(describeError(older, dutch)).toBe('An older server said this.');
    expect(describeError(new ApiError(500, undefined, undefined), dutch)).toBe(
      'Er ging iets mis. Probeer het opnieuw.',
    );
  });

  it('says nothing of its own for a message without a key', () => {
    expect(sayServerMessage(dutch, undefined, 'fallback')).toBe('fallback');
  });
});
