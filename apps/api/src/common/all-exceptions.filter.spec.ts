import { ArgumentsHost, BadRequestException, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AllExceptionsFilter } from './all-exceptions.filter';
import { DomainError, InvalidInputError, problem } from './domain-error';

function answer(exception: unknown, requestHeaders: Record<string, string> = {}, method = 'POST') {
  const sent: { status?: number; body?: unknown; headers?: Record<string, string> } = {};
  const reply = {
    status(code: number) {
      sent.status = code;
      return this;
    },
    headers(headers: Record<string, string>) {
      sent.headers = headers;
      return this;
    },
    send(body: unknown) {
      sent.body = body;
    },
  };
  const host = {
    switchToHttp: () => ({
      getResponse: () => reply,
      getRequest: () => ({ headers: requestHeaders, method }),
    }),
  } as unknown as ArgumentsHost;
  new AllExceptionsFilter().catch(exception, host);
  return sent;
}

describe('AllExceptionsFilter', () => {
  it('answers a domain error with its status, code, headers and the sentence by key', () => {
    const sent = answer(
      new DomainError(
        'too_many_attempts',
        'errors:auth.tooManyAttempts',
        { count: 2 },
        { headers: { 'retry-after': '100' } },
      ),
    );
    expect(sent).toEqual({
      status: 429,
      headers: { 'retry-after': '100' },
      body: {
        statusCode: 429,
        error: 'Too Many Requests',
        code: 'too_many_attempts',
        message: expect.stringMatching(/^Too many failed sign-in attempts\. Wait 2 minutes/),
        details: { key: 'errors:auth.tooManyAttempts', params: { count: 2 } },
      },
    });
  });

  it("says the message in the language the request's Accept-Language prefers", () => {
    const error = new DomainError('not_found', 'errors:topics.notFound', { id: 'abc' });
    const dutch = answer(error, { 'accept-language': 'fr-FR;q=0.3, nl-BE, nl;q=0.9, en;q=0.8' });
    expect(dutch.body).toMatchObject({
      message: 'Er is geen onderwerp met id abc.',
      details: { key: 'errors:topics.notFound', params: { id: 'abc' } },
    });
    expect(answer(error, { 'accept-language': 'fi, ja' }).body).toMatchObject({
      message: 'No topic with id abc.',
    });
    expect(answer(error).body).toMatchObject({ message: 'No topic with id abc.' });
    // The English sentence stays the error's own message, for logs.
    expect(error.message).toBe('No topic with id abc.');
  });

  it('keeps structured extras beside the key', () => {
    const error = new DomainError(
      'conflict',
      'errors:content.duplicate',
      {},
      { details: { id: 'other' } },
    );
    expect(answer(error).body).toMatchObject({
      details: { key: 'errors:content.duplicate', params: {}, id: 'other' },
    });
  });

  it('lists every problem of invalid input, each by key and in the reader’s language', () => {
    const error = new InvalidInputError([
      problem('errors:topics.unknown', { id: 'a' }, { field: 'topicIds' }),
      problem('errors:campaigns.unknown', { id: 'b' }, { field: 'campaignId' }),
    ]);
    const sent = answer(error, { 'accept-language': 'nl' });
    expect(sent.status).toBe(400);
    expect(sent.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      code: 'invalid_input',
      message: 'Er is geen onderwerp met id a.; Er is geen campagne met id b.',
      details: {
        key: 'errors:input.invalid',
        params: { count: 2 },
        problems: [
          { key: 'errors:topics.unknown', params: { id: 'a' }, field: 'topicIds' },
          { key: 'errors:campaigns.unknown', params: { id: 'b' }, field: 'campaignId' },
        ],
      },
    });
    expect(error.message).toBe('There is no topic with id a.; There is no campaign with id b.');
  });

  it('answers 503 with Retry-After when the database cannot be reached, whatever the route', () => {
    const lost = new QueryFailedError(
      'SELECT * FROM sessions',
      [],
      Object.assign(new Error('terminating connection due to administrator command'), {
        code: '57P01',
      }),
    );
    for (const exception of [lost, new Error('Connection terminated unexpectedly')]) {
      expect(answer(exception)).toEqual({
        status: 503,
        headers: { 'retry-after': '10' },
        body: {
          statusCode: 503,
          error: 'Service Unavailable',
          code: 'database_unavailable',
          message:
            'Chorus cannot reach its database right now. It keeps trying to reconnect; please try again in a minute.',
          details: { key: 'errors:auth.database', params: {} },
        },
      });
    }
  });

  it('joins validation messages into one sentence list', () => {
    const sent = answer(new BadRequestException(['a is wrong', 'b is wrong']));
    expect(sent.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      code: 'invalid_input',
      message: 'a is wrong; b is wrong',
      details: { key: 'errors:http.badRequest', params: {} },
    });
  });

  it('turns a unique-constraint race into a 409, not a 500', () => {
    const race = new QueryFailedError(
      'INSERT …',
      [],
      Object.assign(new Error('duplicate key'), { code: '23505' }),
    );
    const sent = answer(race, { 'accept-language': 'nl' });
    expect(sent.status).toBe(409);
    expect(sent.body).toMatchObject({
      code: 'conflict',
      message: 'Dat bestaat al (misschien heeft iemand anders het net aangemaakt).',
      details: { key: 'errors:http.alreadyExists' },
    });
  });

  it('names the limit the caller ran into when a body is too large', () => {
    const tooLarge = Object.assign(new Error('too large'), {
      code: 'FST_ERR_CTP_BODY_TOO_LARGE',
      statusCode: 413,
    });
    const json = answer(tooLarge, { 'content-type': 'application/json' });
    expect(json.status).toBe(413);
    expect(json.body).toMatchObject({
      code: 'body_too_large',
      message: 'The request body is too large: it may be up to 1 MB.',
      details: { key: 'errors:http.bodyTooLarge' },
    });
    expect(JSON.stringify(json.body)).not.toMatch(/CSV/);
    const csv = answer(tooLarge, { 'content-type': 'text/csv; charset=utf-8' });
    expect(csv.body).toMatchObject({
      message: expect.stringContaining('CSV files may be up to 10 MB'),
    });
  });

  it("says fastify's own refusals by key, never in fastify's English", () => {
    const fastify = (code: string, statusCode: number, message: string) =>
      Object.assign(new Error(message), { code, statusCode });
    const dutch = { 'accept-language': 'nl', 'content-type': 'text/xml' };
    expect(
      answer(fastify('FST_ERR_CTP_INVALID_MEDIA_TYPE', 415, 'Unsupported Media Type'), dutch),
    ).toMatchObject({
      status: 415,
      body: {
        code: 'unsupported_media_type',
        message: 'Deze route accepteert geen inhoud van het type text/xml.',
        details: { key: 'errors:http.unsupportedMediaType', params: { contentType: 'text/xml' } },
      },
    });
    expect(
      answer(
        fastify(
          'FST_ERR_CTP_EMPTY_JSON_BODY',
          400,
          "Body cannot be empty when content-type is set to 'application/json'",
        ),
      ).body,
    ).toMatchObject({ code: 'invalid_input', details: { key: 'errors:http.emptyJson' } });
    const syntax = Object.assign(new SyntaxError('Unexpected token } in JSON'), {
      statusCode: 400,
    });
    expect(answer(syntax).body).toMatchObject({ details: { key: 'errors:http.invalidJson' } });
    const poisoned = Object.assign(
      new SyntaxError('Object contains forbidden prototype property'),
      {
        statusCode: 400,
      },
    );
    expect(answer(poisoned).body).toMatchObject({
      details: { key: 'errors:http.forbiddenJsonProperty' },
    });
    expect(answer(fastify('FST_ERR_X', 405, 'Method Not Allowed'), {}, 'PATCH')).toMatchObject({
      status: 405,
      body: { message: 'This address does not take PATCH requests.' },
    });
    expect(answer(fastify('FST_ERR_X', 418, "I'm a teapot")).body).toEqual({
      statusCode: 418,
      error: "I'm a Teapot",
      message: 'The request was refused (HTTP 418).',
      details: { key: 'errors:http.refused', params: { status: 418 } },
    });
  });

  it("says which route does not exist instead of Nest's English", () => {
    const sent = answer(new NotFoundException('Cannot GET /api/nothing'), {
      'accept-language': 'nl',
    });
    expect(sent).toMatchObject({
      status: 404,
      body: {
        code: 'not_found',
        message: 'GET /api/nothing bestaat hier niet.',
        details: {
          key: 'errors:http.routeNotFound',
          params: { method: 'GET', path: '/api/nothing' },
        },
      },
    });
  });

  it('hides the details of anything unexpected behind a 500', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const sent = answer(new Error('password=hunter2 leaked in a stack'));
    expect(sent.status).toBe(500);
    expect(JSON.stringify(sent.body)).not.toContain('hunter2');
  });
});
