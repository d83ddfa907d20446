import type { TrainingStage } from '@chorus/core';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { makeUser } from '../../../test/factories';
import { apiError, mockApi, ok, reply, type Routes } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { renderPage } from '../../../test/render-page';
import { TrainingEditorPage } from './TrainingEditorPage';
import type {
  StageEditor,
  TranslatedLesson,
  TranslatedQuestion,
} from '../api/stage-editor-queries';

const curator = makeUser({ name: 'Grace Hopper', roles: ['curator'] });

let sequence = 0;
const nextId = () => `00000000-0000-4000-b200-${String(++sequence).padStart(12, '0')}`;

function makeLesson(
  stage: TrainingStage,
  position: number,
  title: string,
  overrides: Partial<TranslatedLesson> = {},
): TranslatedLesson {
  return {
    id: nextId(),
    stage,
    position,
    title,
    body: `About ${title}.`,
    translations: [],
    ...overrides,
  };
}

function makeQuestion(
  position: number,
  overrides: Partial<TranslatedQuestion> = {},
): TranslatedQuestion {
  return {
    id: nextId(),
    position,
    translations: [],
    prompt: 'May you share a colleague’s photo without asking?',
    options: ['Yes', 'No'],
    correctOption: 1,
    explanation: 'People decide about their own picture.',
    ...overrides,
  };
}

function makeStage(stage: TrainingStage, overrides: Partial<StageEditor> = {}): StageEditor {
  return {
    stage,
    title: ['Foundations', 'Social media at work', 'Ambassador'][stage - 1]!,
    summary: 'The basics.',
    passMark: 70,
    language: 'en',
    availableIn: ['en'],
    translations: [],
    lessons: [],
    questions: [],
    ...overrides,
  };
}

/** Pastes into a field: what is written matters here, not the keys that write it. */
async function paste(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

/** A fake of the editor's API over one stage, which moves and adds like the real one. */
function editorApi(stage: StageEditor, routes: Routes = {}) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  const state = { stage };
  const reorder = <T extends { id: string; position: number }>(
    list: T[],
    id: string,
    to: number,
  ) => {
    const moving = list.find((each) => each.id === id)!;
    const rest = list.filter((each) => each.id !== id);
    rest.splice(to - 1, 0, moving);
    return rest.map((each, index) => ({ ...each, position: index + 1 }));
  };
  const api = mockApi({
    'GET /api/training/stages/{stage}': () => ok(state.stage),
    'POST /api/training/stages/{stage}/lessons': ({ body }) => {
      const lesson = {
        ...makeLesson(stage.stage, state.stage.lessons.length + 1, ''),
        ...body,
      };
      state.stage = { ...state.stage, lessons: [...state.stage.lessons, lesson] };
      return reply(201, lesson);
    },
    'POST /api/training/stages/{stage}/questions': ({ body }) => {
      const question = makeQuestion(state.stage.questions.length + 1, body);
      state.stage = { ...state.stage, questions: [...state.stage.questions, question] };
      return reply(201, question);
    },
    'PATCH /api/training/lessons/{id}': ({ params, body }) => {
      if (!state.stage.lessons.some((each) => each.id === params.id)) {
        return apiError(404, `No lesson ${params.id}.`);
      }
      const { position } = body;
      if (position) state.stage.lessons = reorder(state.stage.lessons, params.id, position);
      return ok(state.stage.lessons.find((each) => each.id === params.id)!);
    },
    ...routes,
  });
  return { api, state };
}

const titles = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[1]?.textContent);

describe('training editor', () => {
  it('edits the stage in the address, one tab per stage', async () => {
    const second = makeStage(2, { lessons: [makeLesson(2, 1, 'Your profile')] });
    editorApi(second, {
      'GET /api/training/stages/{stage}': ({ params }) =>
        ok(params.stage === '1' ? makeStage(1) : second),
    });
    const { user, router } = renderPage(TrainingEditorPage, {
      path: '/training/edit?stage=2',
      user: curator,
    });

    expect(await screen.findByRole('tab', { name: 'Stage 2' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(await screen.findByLabelText(/^Title/)).toHaveValue('Social media at work');
    expect(screen.getByRole('table', { name: 'Lessons of stage 2' })).toHaveTextContent(
      'Your profile',
    );

    await user.click(screen.getByRole('tab', { name: 'Stage 1' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(screen.getByLabelText(/^Title/)).toHaveValue('Foundations'));
  });

  it('saves the pass mark alone when only it changed', async () => {
    const { api } = editorApi(makeStage(1), {
      'PATCH /api/training/stages/{stage}': ({ body }) => ok(makeStage(1, body)),
    });
    const { user } = renderPage(TrainingEditorPage, { path: '/training/edit', user: curator });

    const passMark = await screen.findByRole('textbox', { name: /^Pass mark \(%\)/ });
    expect(screen.getByRole('button', { name: 'Save stage' })).toBeDisabled();
    await user.clear(passMark);
    await paste(user, passMark, '80');
    await user.click(screen.getByRole('button', { name: 'Save stage' }));

    expect(await screen.findByText('Stage 1 was saved.')).toBeInTheDocument();
    expect(api.requestsTo('PATCH', '/api/training/stages/1')[0]?.body).toEqual({ passMark: 80 });
  });

  it('adds a lesson at the end, previewing it first', async () => {
    const { api } = editorApi(makeStage(1, { lessons: [makeLesson(1, 1, 'Why share')] }));
    const { user } = renderPage(TrainingEditorPage, { path: '/training/edit', user: curator });

    await user.click(await screen.findByRole('button', { name: 'Add a lesson' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a lesson to stage 1' });
    await paste(user, within(dialog).getByLabelText(/^Title/), 'Secrets');
    await paste(
      user,
      within(dialog).getByRole('textbox', { name: /^Lesson \(Markdown\)/ }),
      '## Doubt\n\nLeave it.',
    );
    await user.click(within(dialog).getByRole('tab', { name: 'Preview' }));
    expect(within(dialog).getByRole('heading', { name: 'Doubt' })).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Secrets was added.')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/training/stages/1/lessons')[0]?.body).toEqual({
      title: 'Secrets',
      body: '## Doubt\n\nLeave it.',
    });
    const table = screen.getByRole('table', { name: 'Lessons of stage 1' });
    await waitFor(() => expect(titles(table)).toEqual(['Why share', 'Secrets']));
  });

  it('moves a lesson down and up', async () => {
    const why = makeLesson(1, 1, 'Why share');
    const { api } = editorApi(makeStage(1, { lessons: [why, makeLesson(1, 2, 'Secrets')] }));
    const { user } = renderPage(TrainingEditorPage, { path: '/training/edit', user: curator });
    const table = await screen.findByRole('table', { name: 'Lessons of stage 1' });
    expect(within(table).getByRole('button', { name: 'Move Why share up' })).toBeDisabled();

    await user.click(within(table).getByRole('button', { name: 'Move Why share down' }));
    await waitFor(() => expect(titles(table)).toEqual(['Secrets', 'Why share']));
    await user.click(within(table).getByRole('button', { name: 'Move Why share up' }));
    await waitFor(() => expect(titles(table)).toEqual(['Why share', 'Secrets']));

    expect(
      api.requestsTo('PATCH', `/api/training/lessons/${why.id}`).map((request) => request.body),
    ).toEqual([{ position: 2 }, { position: 1 }]);
  });

  it('deletes a lesson after confirmation', async () => {
    const why = makeLesson(1, 1, 'Why share');
    const { api, state } = editorApi(makeStage(1, { lessons: [why] }), {
      'DELETE /api/training/lessons/{id}': () => {
        state.stage = { ...state.stage, lessons: [] };
        return reply(204);
      },
    });
    const { user } = renderPage(TrainingEditorPage, { path: '/training/edit', user: curator });

    await user.click(await screen.findByRole('button', { name: 'Delete Why share' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Why share?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('Why share was deleted.')).toBeInTheDocument();
    expect(api.requestsTo('DELETE', `/api/training/lessons/${why.id}`)).toHaveLength(1);
    expect(await screen.findByText('This stage has no lessons yet.')).toBeInTheDocument();
  });

  it('adds a question with the right answer chosen', async () => {
    const { api } = editorApi(makeStage(1));
    const { user } = renderPage(TrainingEditorPage, { path: '/training/edit', user: curator });
    expect(await screen.findByText("This stage's quiz has no questions yet.")).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add a question' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a question to stage 1' });
    await paste(
      user,
      within(dialog).getByRole('textbox', { name: /^Question/ }),
      'A merger rumour?',
    );
    await paste(user, within(dialog).getByRole('textbox', { name: 'Option 1' }), 'Share');
    await paste(user, within(dialog).getByRole('textbox', { name: 'Option 2' }), 'Ask');
    expect(within(dialog).getByRole('button', { name: 'Remove option 2' })).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Add an option' }));
    await paste(user, within(dialog).getByRole('textbox', { name: 'Option 3' }), 'Keep quiet');
    const rightAnswer = within(dialog).getByRole('radiogroup', { name: /^Right answer/ });
    expect(within(rightAnswer).getByRole('radio', { name: 'Option 1 is right' })).toBeChecked();
    await user.click(within(rightAnswer).getByRole('radio', { name: 'Option 3 is right' }));
    await paste(user, within(dialog).getByLabelText(/^Explanation/), 'It stays inside.');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('The question was added.')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/training/stages/1/questions')[0]?.body).toEqual({
      prompt: 'A merger rumour?',
      options: ['Share', 'Ask', 'Keep quiet'],
      correctOption: 2,
      explanation: 'It stays inside.',
    });
    const card = await screen.findByRole('region', { name: 'Question 1' });
    const answers = within(card).getByRole('list', { name: 'Answers' });
    expect(within(answers).getAllByRole('listitem').at(2)).toHaveTextContent(
      'Keep quietRight answer',
    );
  });

  it("keeps the right answer on its option when another is removed, and shows the API's refusal", async () => {
    const { api } = editorApi(makeStage(1), {
      'POST /api/training/stages/{stage}/questions': () =>
        apiError(400, 'options must all be different'),
    });
    const { user } = renderPage(TrainingEditorPage, { path: '/training/edit', user: curator });

    await user.click(await screen.findByRole('button', { name: 'Add a question' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a question to stage 1' });
    await paste(user, within(dialog).getByRole('textbox', { name: /^Question/ }), 'Pick one');
    await user.click(within(dialog).getByRole('button', { name: 'Add an option' }));
    await paste(user, within(dialog).getByRole('textbox', { name: 'Option 1' }), 'Gone');
    await paste(user, within(dialog).getByRole('textbox', { name: 'Option 2' }), 'Same');
    await paste(user, within(dialog).getByRole('textbox', { name: 'Option 3' }), 'same');
    await user.click(within(dialog).getByRole('radio', { name: 'Option 3 is right' }));
    await user.click(within(dialog).getByRole('button', { name: 'Remove option 1' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'options must all be different',
    );
    expect(api.requestsTo('POST', '/api/training/stages/1/questions')[0]?.body).toMatchObject({
      options: ['Same', 'same'],
      correctOption: 1,
    });
  });

  it('sends only what changed in a question, with the right answer beside changed options', async () => {
    const question = makeQuestion(1);
    const { api } = editorApi(makeStage(1, { questions: [question] }), {
      'PATCH /api/training/questions/{id}': ({ body }) => ok({ ...question, ...body }),
    });
    const { user } = renderPage(TrainingEditorPage, { path: '/training/edit', user: curator });

    await user.click(await screen.findByRole('button', { name: 'Edit question 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit question 1' });
    const option = within(dialog).getByRole('textbox', { name: 'Option 1' });
    await user.clear(option);
    await paste(user, option, '  Only when asked  ');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('The question was saved.')).toBeInTheDocument();
    expect(api.requestsTo('PATCH', `/api/training/questions/${question.id}`)[0]?.body).toEqual({
      options: ['Only when asked', 'No'],
      correctOption: 1,
    });
  });

  it('checks for empty answers before sending anything', async () => {
    const { api } = editorApi(makeStage(1));
    const { user } = renderPage(TrainingEditorPage, { path: '/training/edit', user: curator });

    await user.click(await screen.findByRole('button', { name: 'Add a question' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a question to stage 1' });
    await paste(user, within(dialog).getByRole('textbox', { name: 'Option 1' }), 'Yes');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(within(dialog).getByText('Enter the question')).toBeInTheDocument();
    expect(within(dialog).getByText('Enter an answer, or remove the option')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/training/stages/1/questions')).toHaveLength(0);
  });

  it('shows which texts are translated into a language and which are missing', async () => {
    const lesson = makeLesson(1, 1, 'Why your voice matters', {
      translations: [
        {
          language: 'sv',
          title: 'Därför spelar din röst roll',
          body: 'Människor litar på människor.',
          updatedAt: '2026-12-01T09:00:00.000Z',
        },
      ],
    });
    const question = makeQuestion(1, {
      options: ['Yes', 'No', 'Only when asked'],
      correctOption: 2,
    });
    const { api } = editorApi(
      makeStage(1, {
        availableIn: ['en', 'el'],
        translations: [
          {
            language: 'sv',
            title: 'Grunder',
            summary: '',
            updatedAt: '2026-12-01T09:00:00.000Z',
          },
        ],
        lessons: [lesson],
        questions: [question],
      }),
      {
        'PUT /api/training/questions/{id}/translations/{language}': ({ params, body }) =>
          ok({ language: params.language, ...body, updatedAt: '2026-12-02T09:00:00.000Z' }),
      },
    );
    const { user } = renderPage(TrainingEditorPage, { path: '/training/edit', user: curator });

    expect(await screen.findByText('Can be taken in: English and Greek')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Translate into' }));
    await user.click(await screen.findByRole('option', { name: 'Svenska · 1 missing' }));

    expect(screen.getByRole('status')).toHaveTextContent('1 text still to translate into Swedish.');
    const table = screen.getByRole('table', { name: 'Translations of stage 1 into Swedish' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .slice(0, 2)
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['Stage title and summary', 'Translated'],
      ['Lesson 1: Why your voice matters', 'Translated'],
      [`Question 1: ${question.prompt}`, 'Missing'],
    ]);

    await user.click(
      within(table).getByRole('button', {
        name: `Translate Question 1: ${question.prompt} into Swedish`,
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Question 1 in Swedish' });
    // One field per answer of the question, in its order: a translation cannot add or drop one.
    expect(within(dialog).queryByRole('button', { name: 'Add an option' })).not.toBeInTheDocument();
    expect(within(dialog).getByText('Original (the right answer): Only when asked')).toBeVisible();
    await paste(user, within(dialog).getByRole('textbox', { name: /^Question/ }), 'Får du dela?');
    await paste(user, within(dialog).getByRole('textbox', { name: /^Option 1/ }), 'Ja');
    await paste(user, within(dialog).getByRole('textbox', { name: /^Option 2/ }), 'Nej');
    await paste(
      user,
      within(dialog).getByRole('textbox', { name: /^Option 3/ }),
      'Bara på begäran',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('The translation into Swedish was saved.')).toBeInTheDocument();
    expect(
      api.requestsTo('PUT', `/api/training/questions/${question.id}/translations/sv`)[0]?.body,
    ).toEqual({
      prompt: 'Får du dela?',
      options: ['Ja', 'Nej', 'Bara på begäran'],
      explanation: '',
    });
  });

  it('is for curators and administrators', async () => {
    // Who may open a page is the route table's: this test goes through the whole portal.
    const api = mockApi({ 'GET /api/me': () => ok(makeUser({ roles: ['employee'] })) });
    renderApp('/training/edit');

    expect(await screen.findByText('Not allowed')).toBeInTheDocument();
    expect(api.requests.some((request) => request.path.startsWith('/api/training'))).toBe(false);
  });
});
