import { screen } from '@testing-library/react';
import {
  makeLesson,
  makeLessonSummary,
  makeStageProgress,
  makeTrainingOverview,
} from '../../test/advocacy-factories';
import { makeUser } from '../../test/factories';
import { mockApi, ok, reply } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import { LessonPage } from './LessonPage';
import type { Lesson } from './api/training-queries';

const employee = makeUser({ name: 'Ada Lovelace' });

function lessonApi(state: { lesson: Lesson }, siblings: Lesson[] = []) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  const lessons = () =>
    [state.lesson, ...siblings].map(({ id, title, position, read }) =>
      makeLessonSummary({ id, title, position, read }),
    );
  return mockApi({
    'GET /api/training': () =>
      ok(makeTrainingOverview({ stages: [makeStageProgress({ lessons: lessons() })] })),
    'GET /api/training/lessons/{id}': () => ok(state.lesson),
    'POST /api/training/lessons/{id}/read': () => {
      state.lesson = { ...state.lesson, read: true };
      return reply(204);
    },
  });
}

describe('lesson', () => {
  it('shows the lesson and marks it as read', async () => {
    const state = {
      lesson: makeLesson({
        stage: 1,
        position: 1,
        title: 'Welcome',
        body: '## Why share\n\nBecause your network trusts you.',
      }),
    };
    const next = makeLesson({ stage: 1, position: 2, title: 'Tone' });
    const api = lessonApi(state, [next]);
    const { user } = renderPage(LessonPage, {
      path: `/training/lessons/${state.lesson.id}`,
      route: '/training/lessons/:id',
      user: employee,
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome' })).toBeInTheDocument();
    expect(screen.getByText('Stage 1 · Lesson 1')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Why share' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to training' })).toHaveAttribute(
      'href',
      '/training',
    );
    expect(await screen.findByRole('link', { name: 'Next lesson' })).toHaveAttribute(
      'href',
      `/training/lessons/${next.id}`,
    );
    expect(screen.queryByText('Read')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Mark as read' }));

    expect(await screen.findByText('Read')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark as read' })).not.toBeInTheDocument();
    const [request] = api.requestsTo('POST', `/api/training/lessons/${state.lesson.id}/read`);
    expect(request?.headers.get('X-XSRF-TOKEN')).toBe('token-123');
  });

  it("offers the stage's quiz after its last lesson", async () => {
    const first = makeLesson({ stage: 1, position: 1, title: 'Welcome', read: true });
    const state = { lesson: makeLesson({ stage: 1, position: 2, title: 'Tone', read: true }) };
    lessonApi(state, [first]);
    renderPage(LessonPage, {
      path: `/training/lessons/${state.lesson.id}`,
      route: '/training/lessons/:id',
      user: employee,
    });

    expect(await screen.findByRole('link', { name: 'Take the quiz' })).toHaveAttribute(
      'href',
      '/training/stages/1/quiz',
    );
    expect(screen.getByText('Read')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark as read' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Next lesson' })).not.toBeInTheDocument();
  });

  it("says, in the reader's language, when the stage is not translated into it yet", async () => {
    const state = {
      lesson: makeLesson({
        title: 'Welcome',
        body: 'Because your network trusts you.',
        language: 'en',
        requestedLanguage: 'sv',
      }),
    };
    lessonApi(state);
    renderPage(LessonPage, {
      path: `/training/lessons/${state.lesson.id}`,
      route: '/training/lessons/:id',
      user: employee,
      language: 'sv',
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome' })).toHaveAttribute(
      'lang',
      'en',
    );
    expect(screen.getByRole('note')).toHaveTextContent(
      'Steg 1 finns inte på svenska än, så det visas på engelska.',
    );
  });

  it('says nothing about languages when the lesson is in the one asked for', async () => {
    const state = {
      lesson: makeLesson({ title: 'Välkommen', language: 'sv', requestedLanguage: 'sv' }),
    };
    lessonApi(state);
    renderPage(LessonPage, {
      path: `/training/lessons/${state.lesson.id}`,
      route: '/training/lessons/:id',
      user: employee,
      language: 'sv',
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Välkommen' })).toHaveAttribute(
      'lang',
      'sv',
    );
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });
});
