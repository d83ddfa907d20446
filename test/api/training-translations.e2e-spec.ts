import { DataSource } from 'typeorm';
import { makeQuiz } from '../support/factories';
import {
  createTestApp,
  makeUser,
  MadeUser,
  signIn,
  SignedInAgent,
  TestApp,
} from '../support/test-app';

interface QuizQuestion {
  id: string;
  prompt: string;
  options: string[];
}

describe('training in several languages', () => {
  let t: TestApp;
  let curatorUser: MadeUser;
  let curator: SignedInAgent;
  let lessonId: string;
  let questions: { id: string }[];

  /** Translates stage 1 (title, its lesson, its questions) into `language`. */
  async function translateStage1(
    language: 'sv' | 'el' | 'nl',
    texts: { title: string; lesson: string; prompt: string; options: string[] },
  ) {
    await curator.api
      .put(`/api/training/stages/1/translations/${language}`, { title: texts.title, summary: '' })
      .expect(200);
    await curator.api
      .put(`/api/training/lessons/${lessonId}/translations/${language}`, {
        title: texts.lesson,
        body: `${texts.lesson}.`,
      })
      .expect(200);
    for (const question of questions) {
      await curator.api
        .put(`/api/training/questions/${question.id}/translations/${language}`, {
          prompt: texts.prompt,
          options: texts.options,
          explanation: '',
        })
        .expect(200);
    }
  }

  beforeAll(async () => {
    t = await createTestApp();
    curatorUser = await makeUser(t, { roles: ['curator'] });
    curator = await signIn(t, curatorUser);
    const lesson = await curator.api
      .post('/api/training/stages/1/lessons', { title: 'What to share', body: 'Company news.' })
      .expect(201);
    lessonId = lesson.body.id;
    // Three questions, options ['No', 'Yes', 'Maybe'], the right one 'Yes' (index 1).
    questions = await makeQuiz(t, curatorUser, 1, 3);
    await translateStage1('sv', {
      title: 'Grunder',
      lesson: 'Vad du kan dela',
      prompt: 'Får du dela det?',
      options: ['Nej', 'Ja', 'Kanske'],
    });
    await translateStage1('el', {
      title: 'Βασικές αρχές',
      lesson: 'Τι μπορείτε να μοιραστείτε',
      prompt: 'Μπορείτε να το μοιραστείτε;',
      options: ['Όχι', 'Ναι', 'Ίσως'],
    });
  });
  afterAll(() => t.close());

  it('gives a Swedish employee the whole stage in Swedish, and grades the quiz by index', async () => {
    const user = await makeUser(t, { language: 'sv' });
    const employee = await signIn(t, user);

    const overview = (await employee.api.get('/api/training').expect(200)).body;
    expect(overview.stages[0]).toMatchObject({
      title: 'Grunder',
      language: 'sv',
      requestedLanguage: 'sv',
      lessons: [{ id: lessonId, title: 'Vad du kan dela' }],
    });
    const lesson = (await employee.api.get(`/api/training/lessons/${lessonId}`).expect(200)).body;
    expect(lesson).toMatchObject({ title: 'Vad du kan dela', language: 'sv' });

    const quiz = (await employee.api.get('/api/training/stages/1/quiz').expect(200)).body;
    expect(quiz.language).toBe('sv');
    expect(quiz.questions[0]).toMatchObject({
      prompt: 'Får du dela det?',
      options: ['Nej', 'Ja', 'Kanske'],
    });
    const attempt = await employee.api
      .post('/api/training/stages/1/attempts', {
        language: quiz.language,
        answers: quiz.questions.map((question: QuizQuestion) => ({
          questionId: question.id,
          option: question.options.indexOf('Ja'),
        })),
      })
      .expect(201);
    expect(attempt.body).toMatchObject({ score: 100, passed: true, language: 'sv' });
    const [stored] = await t.app
      .get(DataSource)
      .query('SELECT language FROM quiz_attempts WHERE user_id = $1', [user.id]);
    expect(stored.language).toBe('sv');
  });

  it('gives a Greek employee the quiz in Greek, with the explanations of their language', async () => {
    const user = await makeUser(t, { language: 'el' });
    const employee = await signIn(t, user);
    const quiz = (await employee.api.get('/api/training/stages/1/quiz').expect(200)).body;
    expect(quiz).toMatchObject({ language: 'el', requestedLanguage: 'el' });
    expect(quiz.questions[0].options).toEqual(['Όχι', 'Ναι', 'Ίσως']);

    // Answered without saying the language: the person's own is recorded.
    const failed = await employee.api
      .post('/api/training/stages/1/attempts', {
        answers: quiz.questions.map((question: QuizQuestion) => ({
          questionId: question.id,
          option: 0,
        })),
      })
      .expect(201);
    expect(failed.body).toMatchObject({ score: 0, passed: false, language: 'el' });
  });

  it('falls back to the main language, saying so, where the stage is not wholly translated', async () => {
    // Dutch covers everything but one question: the stage stays English throughout.
    await curator.api
      .put('/api/training/stages/1/translations/nl', { title: 'Basis', summary: '' })
      .expect(200);
    await curator.api
      .put(`/api/training/lessons/${lessonId}/translations/nl`, {
        title: 'Wat je kunt delen',
        body: 'Bedrijfsnieuws.',
      })
      .expect(200);
    for (const question of questions.slice(1)) {
      await curator.api
        .put(`/api/training/questions/${question.id}/translations/nl`, {
          prompt: 'Mag je dat delen?',
          options: ['Nee', 'Ja', 'Misschien'],
          explanation: '',
        })
        .expect(200);
    }
    const employee = await signIn(t, await makeUser(t, { language: 'nl' }));
    const overview = (await employee.api.get('/api/training').expect(200)).body;
    expect(overview.stages[0]).toMatchObject({
      title: 'Foundations',
      language: 'en',
      requestedLanguage: 'nl',
      lessons: [{ title: 'What to share' }],
    });
    const lesson = (await employee.api.get(`/api/training/lessons/${lessonId}`).expect(200)).body;
    expect(lesson).toMatchObject({
      title: 'What to share',
      language: 'en',
      requestedLanguage: 'nl',
    });
    const quiz = (await employee.api.get('/api/training/stages/1/quiz').expect(200)).body;
    expect(quiz).toMatchObject({ language: 'en', requestedLanguage: 'nl' });
    expect(quiz.questions.map((question: QuizQuestion) => question.prompt)).toEqual([
      'Stage 1, question 1?',
      'Stage 1, question 2?',
      'Stage 1, question 3?',
    ]);

    // Asking to be graded in Dutch is refused: the quiz was never shown in Dutch.
    const refused = await employee.api
      .post('/api/training/stages/1/attempts', {
        language: 'nl',
        answers: quiz.questions.map((question: QuizQuestion) => ({
          questionId: question.id,
          option: 1,
        })),
      })
      .expect(422);
    expect(refused.body.message).toBe(
      'Stage 1 cannot be taken in Dutch: it is not (or no longer) translated into it. Reload the quiz and answer again.',
    );
    expect((await employee.api.get('/api/training').expect(200)).body.stages[0].attempts).toBe(0);

    // A person whose language has no translation at all (Finnish) reads the main language too.
    const finn = await signIn(t, await makeUser(t, { language: 'fi' }));
    const theirs = (await finn.api.get('/api/training/stages/1/quiz').expect(200)).body;
    expect(theirs).toMatchObject({ language: 'en', requestedLanguage: 'fi' });
  });

  it('shows editors which translations exist and which languages a stage can be taken in', async () => {
    const editor = (await curator.api.get('/api/training/stages/1').expect(200)).body;
    expect(editor).toMatchObject({ language: 'en', availableIn: ['en', 'sv', 'el'] });
    expect(editor.translations.map((row: { language: string }) => row.language).sort()).toEqual([
      'el',
      'nl',
      'sv',
    ]);
    expect(editor.lessons[0].translations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ language: 'sv', title: 'Vad du kan dela' }),
      ]),
    );
    const languagesOf = (index: number) =>
      editor.questions[index].translations.map((row: { language: string }) => row.language).sort();
    expect(languagesOf(0)).toEqual(['el', 'sv']);
    expect(languagesOf(1)).toEqual(['el', 'nl', 'sv']);

    const admin = await signIn(t, await makeUser(t, { roles: ['admin'] }));
    const audit = await admin.api
      .get('/api/audit?action=training.translation_saved&pageSize=100')
      .expect(200);
    expect(audit.body.items).toContainEqual(
      expect.objectContaining({
        actorId: curatorUser.id,
        targetId: '1',
        summary: { after: { language: 'sv', title: 'Grunder' } },
      }),
    );
  });

  it('keeps options in number across languages: a translation gives exactly as many', async () => {
    const tooFew = await curator.api
      .put(`/api/training/questions/${questions[0].id}/translations/nl`, {
        prompt: 'Mag je dat delen?',
        options: ['Nee', 'Ja'],
        explanation: '',
      })
      .expect(422);
    expect(tooFew.body.message).toBe(
      "options must list exactly 3 answers, as the question in English does: a translation keeps the options' number and order, so the right answer stays the same.",
    );

    // Said by key, so a client renders it itself; the message follows Accept-Language.
    const inDutch = await curator.api
      .put(`/api/training/questions/${questions[0].id}/translations/nl`, {
        prompt: 'Mag je dat delen?',
        options: ['Nee', 'Ja'],
        explanation: '',
      })
      .set('Accept-Language', 'nl')
      .expect(422);
    expect(inDutch.body.details).toMatchObject({
      key: 'errors:training.translationOptionCount',
      params: { count: 3, language: 'en' },
    });
    expect(inDutch.body.message).toBe(
      'options moet precies 3 antwoorden bevatten, net als de vraag in het Engels: een vertaling houdt het aantal en de volgorde van de antwoorden aan, zodat het goede antwoord hetzelfde blijft.',
    );

    // The question itself cannot change its number of options while translations keep three.
    const changed = await curator.api
      .patch(`/api/training/questions/${questions[0].id}`, { options: ['No', 'Yes'] })
      .expect(409);
    expect(changed.body.message).toBe(
      'This question is translated into 2 languages with 3 options each: keep 3 options, or delete those translations before giving it 2.',
    );
    // Rewording them is fine.
    await curator.api
      .patch(`/api/training/questions/${questions[0].id}`, {
        options: ['No', 'Yes', 'Perhaps'],
      })
      .expect(200);
  });

  it('refuses bad translations with a clear message, writing nothing', async () => {
    const question = `/api/training/questions/${questions[2].id}/translations` as const;
    const unknownLanguage = await curator.api
      .malformed('put', `${question}/xx`, {
        prompt: 'Q',
        options: ['A', 'B', 'C'],
        explanation: '',
      })
      .expect(400);
    expect(unknownLanguage.body.message).toBe(
      'language must be one of: en, nl, da, sv, nb, el, de, fr',
    );
    const main = await curator.api
      .put(`${question}/en`, { prompt: 'Q', options: ['A', 'B', 'C'], explanation: '' })
      .expect(409);
    expect(main.body.message).toBe(
      'Stage 1 is written in English: change that text where it is written, or translate it into another language.',
    );
    const same = await curator.api
      .put(`${question}/da`, { prompt: 'Q', options: ['Ja', 'ja ', 'Nej'], explanation: '' })
      .expect(400);
    expect(same.body.message).toBe('options must all be different');
    const empty = await curator.api
      .put(`${question}/da`, { prompt: ' ', options: ['Ja', 'Nej', 'Måske'], explanation: '' })
      .expect(400);
    expect(empty.body.message).toBe('prompt must not be empty');
    const long = await curator.api
      .put(`/api/training/lessons/${lessonId}/translations/da`, {
        title: 'x'.repeat(201),
        body: 'y',
      })
      .expect(400);
    expect(long.body.message).toBe('title must be at most 200 characters');
    await curator.api
      .put('/api/training/lessons/00000000-0000-4000-8000-000000000000/translations/da', {
        title: 'Titel',
        body: 'Tekst',
      })
      .expect(404);
    await curator.api.delete(`${question}/da`).expect(404);

    const editor = (await curator.api.get('/api/training/stages/1').expect(200)).body;
    const languages = editor.questions[2].translations.map(
      (row: { language: string }) => row.language,
    );
    expect(languages).not.toContain('da');

    const employee = await signIn(t, await makeUser(t));
    await employee.api
      .put('/api/training/stages/1/translations/da', { title: 'Grundlag', summary: '' })
      .expect(403);
  });

  it('lets editors remove a translation and make another language the main one', async () => {
    const taken = await curator.api.patch('/api/training/stages/2', { language: 'sv' }).expect(200);
    expect(taken.body.language).toBe('sv');
    await curator.api
      .put('/api/training/stages/2/translations/en', { title: 'Social media at work', summary: '' })
      .expect(200);
    const refused = await curator.api
      .patch('/api/training/stages/2', { language: 'en' })
      .expect(409);
    expect(refused.body.message).toBe(
      'Stage 2 has translations into English: delete them before making English its main language.',
    );
    await curator.api.delete('/api/training/stages/2/translations/en').expect(204);
    await curator.api.patch('/api/training/stages/2', { language: 'en' }).expect(200);

    await curator.api
      .delete(`/api/training/questions/${questions[1].id}/translations/el`)
      .expect(204);
    const greek = await signIn(t, await makeUser(t, { language: 'el' }));
    const quiz = (await greek.api.get('/api/training/stages/1/quiz').expect(200)).body;
    expect(quiz).toMatchObject({ language: 'en', requestedLanguage: 'el' });

    const admin = await signIn(t, await makeUser(t, { roles: ['admin'] }));
    const audit = await admin.api.get('/api/audit?action=training.translation_deleted').expect(200);
    expect(audit.body.items[0]).toMatchObject({
      actorId: curatorUser.id,
      targetId: '1',
      summary: { before: { language: 'el' } },
    });
  });
});
