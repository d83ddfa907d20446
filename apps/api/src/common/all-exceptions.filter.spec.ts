import { ArgumentsHost, BadRequestException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AllExceptionsFilter } from './all-exceptions.filter';
import { DomainError } from './domain-error';

function answer(exception: unknown) {
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
  const host = { switchToHttp: () => ({ getResponse: () => reply }) } as unknown as ArgumentsHost;
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

  it('hides the details of anything unexpected behind a 500', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const sent = answer(new Error('password=hunter2 leaked in a stack'));
    expect(sent.status).toBe(500);
    expect(JSON.stringify(sent.body)).not.toContain('hunter2');
  });
});
