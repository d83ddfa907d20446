import { screen, within } from '@testing-library/react';
import {
  makeLessonSummary,
  makeStageProgress,
  makeTrainingOverview,
} from '../../test/advocacy-factories';
import { makeUser } from '../../test/factories';
import { mockApi, ok } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import { TrainingPage } from './TrainingPage';
import type { TrainingOverview } from './api/training-queries';

const employee = makeUser({ name: 'Ada Lovelace' });

function trainingApi(overview: TrainingOverview) {
  return mockApi({
    'GET /api/training': () => ok(overview),
  });
}

describe('training overview', () => {
  it('shows each stage: passed, in progress and locked, with lessons and quizzes', async () => {
    const welcome = makeLessonSummary({ title: 'Welcome', position: 1, read: true });
    const whoYouSpeakFor = makeLessonSummary({ title: 'Who you speak for', position: 1 });
    trainingApi(
      makeTrainingOverview({
        reachedStage: 1,
        requiredToShare: 1,
        requiredToEdit: 0,
        stages: [
          makeStageProgress({
            stage: 1,
            title: 'Foundations',
            lessons: [welcome],
            passed: true,
            passedAt: '2024-03-15T09:30:00.000Z',
            bestScore: 100,
            attempts: 2,
          }),
          makeStageProgress({
            stage: 2,
            title: 'Good practice',
            summary: 'Sharing well.',
            lessons: [
              makeLessonSummary({ title: 'Tone', position: 3 }),
              makeLessonSummary({ title: 'Images', position: 2, read: true }),
              whoYouSpeakFor,
            ],
          }),
          makeStageProgress({ stage: 3, title: 'Advanced', unlocked: false }),
        ],
      }),
    );
    renderPage(TrainingPage, { path: '/training', user: employee });

    const foundations = await screen.findByRole('region', { name: 'Stage 1: Foundations' });
    expect(screen.getByText('Sharing needs stage 1.')).toBeInTheDocument();
    expect(screen.getByText('You have passed stage 1.')).toBeInTheDocument();
    expect(within(foundations).getByText('Passed')).toBeInTheDocument();
    expect(within(foundations).getByText('1 of 1 lesson read')).toBeInTheDocument();
    expect(within(foundations).getByText('Best score: 100 % after 2 attempts')).toBeInTheDocument();
    expect(within(foundations).getByRole('listitem')).toHaveTextContent('Welcome(read)');
    expect(within(foundations).getByRole('link', { name: 'Welcome' })).toHaveAttribute(
      'href',
      `/training/lessons/${welcome.id}`,
    );
    expect(within(foundations).getByRole('link', { name: 'Take the quiz again' })).toHaveAttribute(
      'href',
      '/training/stages/1/quiz',
    );

    const practice = screen.getByRole('region', { name: 'Stage 2: Good practice' });
    expect(within(practice).getByText('Not passed yet')).toBeInTheDocument();
    expect(within(practice).getByText('Sharing well.')).toBeInTheDocument();
    expect(within(practice).getByText('1 of 3 lessons read')).toBeInTheDocument();
    expect(
      within(practice).getByRole('progressbar', { name: 'Lessons read in stage 2' }),
    ).toHaveAttribute('aria-valuenow', '33');
    expect(
      within(practice)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Who you speak for', 'Images(read)', 'Tone']);
    expect(within(practice).queryByText(/Best score/)).not.toBeInTheDocument();
    expect(within(practice).getByRole('link', { name: 'Take the quiz' })).toHaveAttribute(
      'href',
      '/training/stages/2/quiz',
    );

    const advanced = screen.getByRole('region', { name: 'Stage 3: Advanced' });
    expect(within(advanced).getByText('Locked')).toBeInTheDocument();
    expect(within(advanced).getByText('This stage has no lessons yet.')).toBeInTheDocument();
    expect(within(advanced).queryByRole('link')).not.toBeInTheDocument();
    const locked = within(advanced).getByRole('button', { name: 'Take the quiz' });
    expect(locked).toBeDisabled();
    expect(locked).toHaveAccessibleDescription('Pass stage 2 first');
  });

  it('says when nothing is passed yet, and when a stage has no quiz', async () => {
    trainingApi(
      makeTrainingOverview({
        reachedStage: 0,
        requiredToShare: 0,
        requiredToEdit: 0,
        stages: [makeStageProgress({ stage: 1, title: 'Foundations', questionCount: 0 })],
      }),
    );
    renderPage(TrainingPage, { path: '/training', user: employee });

    const foundations = await screen.findByRole('region', { name: 'Stage 1: Foundations' });
    expect(screen.getByText('You have not passed a stage yet.')).toBeInTheDocument();
    expect(screen.queryByText(/Sharing needs/)).not.toBeInTheDocument();
    const quiz = within(foundations).getByRole('button', { name: 'Take the quiz' });
    expect(quiz).toBeDisabled();
    expect(quiz).toHaveAccessibleDescription('No quiz yet');
  });

  it('notes, per stage, which ones fall back to their main language', async () => {
    trainingApi(
      makeTrainingOverview({
        stages: [
          makeStageProgress({
            stage: 1,
            title: 'Βασικές αρχές',
            language: 'el',
            requestedLanguage: 'el',
          }),
          makeStageProgress({
            stage: 2,
            title: 'Social media at work',
            language: 'en',
            requestedLanguage: 'el',
          }),
        ],
      }),
    );
    renderPage(TrainingPage, { path: '/training', user: employee, language: 'el' });

    const first = await screen.findByRole('region', { name: 'Στάδιο 1: Βασικές αρχές' });
    expect(within(first).queryByRole('note')).not.toBeInTheDocument();
    const second = screen.getByRole('region', { name: 'Στάδιο 2: Social media at work' });
    expect(within(second).getByRole('note')).toHaveTextContent(
      "Το στάδιο 2 δεν είναι ακόμη διαθέσιμο στα ελληνικά, γι' αυτό εμφανίζεται στα αγγλικά.",
    );
  });
});
