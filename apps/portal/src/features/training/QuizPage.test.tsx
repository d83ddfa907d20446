import { screen, within } from '@testing-library/react';
import {
  makeAttemptResult,
  makeQuiz,
  makeQuizQuestion,
  makeStageProgress,
  makeTrainingOverview,
} from '../../test/advocacy-factories';
import { makeUser } from '../../test/factories';
import { apiError, mockApi, ok, reply, type Routes } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import { QuizPage } from './QuizPage';

const employee = makeUser({ name: 'Ada Lovelace' });

const quiz = makeQuiz({
  stage: 1,
  questions: [
    makeQuizQuestion({
      position: 1,
      prompt: 'Who do you speak for?',
      options: ['The company', 'Myself'],
    }),
    makeQuizQuestion({
      position: 2,
      prompt: 'May you share unreleased plans?',
      options: ['Yes', 'No', 'Only on LinkedIn'],
    }),
  ],
});

function quizApi(routes: Routes) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  return mockApi({
    'GET /api/training': () =>
      ok(makeTrainingOverview({ stages: [makeStageProgress({ stage: 1, title: 'Foundations' })] })),
    'GET /api/training/stages/{stage}/quiz': () => ok(quiz),
    ...routes,
  });
}

const question = (name: string) => screen.getByRole('radiogroup', { name });

describe('quiz', () => {
  it('submits every answer and shows a pass, with why each answer is right', async () => {
    const api = quizApi({
      'POST /api/training/stages/{stage}/attempts': () =>
        reply(
          201,
          makeAttemptResult(quiz, [
            { chosen: 1, correct: true, explanation: 'You speak for yourself.' },
            { chosen: 1, correct: true, explanation: 'Unreleased plans are confidential.' },
          ]),
        ),
    });
    const { user } = renderPage(QuizPage, {
      path: '/training/stages/1/quiz',
      route: '/training/stages/:stage/quiz',
      user: employee,
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Stage 1 quiz' })).toBeVisible();
    expect(await screen.findByText('Foundations')).toBeInTheDocument();
    const submit = screen.getByRole('button', { name: 'Submit answers' });
    expect(submit).toBeDisabled();

    await user.click(
      within(question('1. Who do you speak for?')).getByRole('radio', { name: 'Myself' }),
    );
    expect(submit).toBeDisabled();
    await user.click(
      within(question('2. May you share unreleased plans?')).getByRole('radio', { name: 'No' }),
    );
    await user.click(submit);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You passed stage 1');
    expect(alert).toHaveTextContent('You scored 100 %.');
    const [request] = api.requestsTo('POST', '/api/training/stages/1/attempts');
    expect(request?.body).toEqual({
      language: 'en',
      answers: [
        { questionId: quiz.questions[0]?.id, option: 1 },
        { questionId: quiz.questions[1]?.id, option: 1 },
      ],
    });
    expect(request?.headers.get('X-XSRF-TOKEN')).toBe('token-123');
    const first = screen.getByRole('region', { name: '1. Who do you speak for?' });
    expect(first).toHaveTextContent('Correct');
    expect(first).toHaveTextContent('Your answer: Myself');
    expect(first).toHaveTextContent('You speak for yourself.');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to training' })).toHaveAttribute(
      'href',
      '/training',
    );
  });

  it('shows a fail with explanations, the right option only when given, and a retry', async () => {
    quizApi({
      'POST /api/training/stages/{stage}/attempts': () =>
        reply(
          201,
          makeAttemptResult(quiz, [
            { chosen: 0, correct: false, correctOption: null, explanation: 'Not the company.' },
            { chosen: 0, correct: false, correctOption: 1, explanation: 'They are confidential.' },
          ]),
        ),
    });
    const { user } = renderPage(QuizPage, {
      path: '/training/stages/1/quiz',
      route: '/training/stages/:stage/quiz',
      user: employee,
    });

    await user.click(
      within(await screen.findByRole('radiogroup', { name: '1. Who do you speak for?' })).getByRole(
        'radio',
        { name: 'The company' },
      ),
    );
    await user.click(
      within(question('2. May you share unreleased plans?')).getByRole('radio', { name: 'Yes' }),
    );
    await user.click(screen.getByRole('button', { name: 'Submit answers' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not passed yet');
    expect(alert).toHaveTextContent('You scored 0 %; 80 % passes.');
    const first = screen.getByRole('region', { name: '1. Who do you speak for?' });
    expect(first).toHaveTextContent('Incorrect');
    expect(first).toHaveTextContent('Not the company.');
    expect(first).not.toHaveTextContent('The right answer');
    const second = screen.getByRole('region', { name: '2. May you share unreleased plans?' });
    expect(second).toHaveTextContent('Your answer: Yes');
    expect(second).toHaveTextContent('The right answer: No');
    expect(second).toHaveTextContent('They are confidential.');

    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(
      within(question('1. Who do you speak for?')).getByRole('radio', { name: 'The company' }),
    ).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Submit answers' })).toBeDisabled();
  });

  it("shows the API's message when answers are refused", async () => {
    quizApi({
      'POST /api/training/stages/{stage}/attempts': () =>
        apiError(422, 'Question q-1 is not part of this quiz: reload it and answer again.'),
    });
    const { user } = renderPage(QuizPage, {
      path: '/training/stages/1/quiz',
      route: '/training/stages/:stage/quiz',
      user: employee,
    });

    await user.click(
      within(await screen.findByRole('radiogroup', { name: '1. Who do you speak for?' })).getByRole(
        'radio',
        { name: 'Myself' },
      ),
    );
    await user.click(
      within(question('2. May you share unreleased plans?')).getByRole('radio', { name: 'No' }),
    );
    await user.click(screen.getByRole('button', { name: 'Submit answers' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Question q-1 is not part of this quiz: reload it and answer again.',
    );
    expect(screen.getByRole('radio', { name: 'Myself' })).toBeChecked();
  });

  it('says why a locked stage cannot be taken yet', async () => {
    quizApi({
      'GET /api/training/stages/{stage}/quiz': () =>
        apiError(
          409,
          'Pass stage 1 first: the stages are taken in order (you have passed none yet).',
        ),
    });
    renderPage(QuizPage, {
      path: '/training/stages/2/quiz',
      route: '/training/stages/:stage/quiz',
      user: employee,
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Pass stage 1 first: the stages are taken in order (you have passed none yet).',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Stage 2 quiz' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Submit answers' })).not.toBeInTheDocument();
  });

  it('has no page for a stage that does not exist', async () => {
    const api = quizApi({});
    renderPage(QuizPage, {
      path: '/training/stages/7/quiz',
      route: '/training/stages/:stage/quiz',
      user: employee,
    });

    expect(await screen.findByText('Page not found')).toBeInTheDocument();
    expect(api.requests.filter((request) => request.path.includes('/quiz'))).toHaveLength(0);
  });
});
