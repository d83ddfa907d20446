import { ArgumentsHost, BadRequestException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AllExceptionsFilter } from './all-exceptions.filter';
import { DomainError } from './domain-error';

function answer(exception: unknown, requestHeaders: Record<string, string> = {}) {
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
      getRequest: () => ({ headers: requestHeaders }),
    }),
  } as unknown as ArgumentsHost;
  new AllExceptionsFilter().catch(exception, host);
  return sent;
}

describe('AllExceptionsFilter', () => {
  it('answers a domain error with its status, code and headers', () => {
    const sent = answer(new DomainError('too_many_attempts', 'Wait.', { 'retry-after': '60' }));
    expect(sent).toEqual({
      status: 429,
      headers: { 'retry-after': '60' },
      body: {
        statusCode: 429,
        error: 'Too Many Requests',
        message: 'Wait.',
        code: 'too_many_attempts',
      },
    });
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
        },
      });
    }
  });

  it('joins validation messages into one sentence list', () => {
    const sent = answer(new BadRequestException(['a is wrong', 'b is wrong']));
    expect(sent.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'a is wrong; b is wrong',
    });
  });

  it('turns a unique-constraint race into a 409, not a 500', () => {
    const race = new QueryFailedError(
      'INSERT …',
      [],
      Object.assign(new Error('duplicate key'), { code: '23505' }),
    );
    expect(answer(race).status).toBe(409);
  });

  it('names the limit the caller ran into when a body is too large', () => {
    const tooLarge = Object.assign(new Error('too large'), {
      code: 'FST_ERR_CTP_BODY_TOO_LARGE',
      statusCode: 413,
    });
    const json = answer(tooLarge, { 'content-type': 'application/json' });
    expect(json.status).toBe(413);
    expect(json.body).toMatchObject({
      message: 'The request body is too large: it may be up to 1 MB.',
    });
    expect(JSON.stringify(json.body)).not.toMatch(/CSV/);
    const csv = answer(tooLarge, { 'content-type': 'text/csv; charset=utf-8' });
    expect(csv.body).toMatchObject({
      message: expect.stringContaining('CSV files may be up to 10 MB'),
    });
  });

  it('hides the details of anything unexpected behind a 500', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const sent = answer(new Error('password=hunter2 leaked in a stack'));
    expect(sent.status).toBe(500);
    expect(JSON.stringify(sent.body)).not.toContain('hunter2');
  });
});
