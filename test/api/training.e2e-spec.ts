import { randomUUID } from 'node:crypto';
import { makeQuiz, passStage } from '../support/factories';
import {
  createTestApp,
  makeUser,
  MadeUser,
  signIn,
  SignedInAgent,
  TestApp,
} from '../support/test-app';

describe('training in three stages', () => {
  let t: TestApp;
  let curatorUser: MadeUser;
  let curator: SignedInAgent;

  beforeAll(async () => {
    t = await createTestApp();
    curatorUser = await makeUser(t, { roles: ['curator'] });
    curator = await signIn(t, curatorUser);
    await makeQuiz(t, curatorUser, 1, 4);
    await makeQuiz(t, curatorUser, 2, 2);
  });
  afterAll(() => t.close());

  async function quiz(who: SignedInAgent, stage: number) {
    return (await who.api.get(`/api/training/stages/${stage}/quiz`).expect(200)).body.questions as {
      id: string;
      options: string[];
      correctOption?: number;
    }[];
  }

  it('ships three stages, and lets curators write lessons an employee reads in order', async () => {
    const first = await curator.api
      .post('/api/training/stages/1/lessons', {
        title: 'What to share',
        body: '## Good\n\nCompany news.',
      })
      .expect(201);
    const second = await curator.api
      .post('/api/training/stages/1/lessons', {
        title: 'What not to share',
        body: 'Confidential things.',
      })
      .expect(201);
    expect([first.body.position, second.body.position]).toEqual([1, 2]);
    await curator.api
      .patch(`/api/training/lessons/${second.body.id}`, {
        position: 1,
      })
      .expect(200);

    const employee = await signIn(t, await makeUser(t));
    await employee.api.post(`/api/training/lessons/${first.body.id}/read`).expect(204);
    const overview = (await employee.api.get('/api/training').expect(200)).body;
    expect(overview).toMatchObject({ reachedStage: 0, requiredToShare: 1, requiredToEdit: 0 });
    expect(overview.stages.map((stage: { stage: number; title: string }) => stage.stage)).toEqual([
      1, 2, 3,
    ]);
    expect(overview.stages[0]).toMatchObject({
      title: 'Foundations',
      passMark: 80,
      questionCount: 4,
      unlocked: true,
      passed: false,
      attempts: 0,
      bestScore: null,
      lessons: [
        { title: 'What not to share', position: 1, read: false },
        { title: 'What to share', position: 2, read: true },
      ],
    });
    expect(overview.stages[1]).toMatchObject({ unlocked: false, questionCount: 2 });

    const lesson = await employee.api.get(`/api/training/lessons/${first.body.id}`).expect(200);
    expect(lesson.body).toMatchObject({ body: '## Good\n\nCompany news.', read: true });
    await employee.api.get(`/api/training/lessons/${randomUUID()}`).expect(404);
  });

  it('never sends the answers with the quiz, and scores an attempt against the pass mark', async () => {
    const user = await makeUser(t);
    const employee = await signIn(t, user);
    const questions = await quiz(employee, 1);
    expect(questions).toHaveLength(4);
    expect(questions[0]).not.toHaveProperty('correctOption');
    expect(questions[0]).not.toHaveProperty('explanation');

    // 3 of 4 right is 75 %: below the pass mark of 80.
    const answers = questions.map((question, index) => ({
      questionId: question.id,
      option: index === 0 ? 0 : 1,
    }));
    const failed = await employee.api
      .post('/api/training/stages/1/attempts', {
        answers,
      })
      .expect(201);
    expect(failed.body).toMatchObject({ score: 75, passMark: 80, passed: false, reachedStage: 0 });
    expect(failed.body.results[0]).toMatchObject({
      correct: false,
      chosen: 0,
      correctOption: null,
      explanation: 'Because the lesson says so.',
    });

    const locked = await employee.api.get('/api/training/stages/2/quiz').expect(409);
    expect(locked.body.message).toBe(
      'Pass stage 1 first: the stages are taken in order (you have passed none yet).',
    );

    const passed = await employee.api
      .post('/api/training/stages/1/attempts', {
        answers: questions.map((question) => ({ questionId: question.id, option: 1 })),
      })
      .expect(201);
    expect(passed.body).toMatchObject({ score: 100, passed: true, reachedStage: 1 });
    expect(passed.body.results[0].correctOption).toBe(1);

    const overview = (await employee.api.get('/api/training').expect(200)).body;
    expect(overview.reachedStage).toBe(1);
    expect(overview.stages[0]).toMatchObject({ passed: true, attempts: 2, bestScore: 100 });
    expect(overview.stages[1].unlocked).toBe(true);
    const status = (await employee.api.get('/api/me/advocacy').expect(200)).body;
    expect(status.reachedStage).toBe(1);
  });

  it('refuses attempts that skip, repeat or invent answers, writing nothing', async () => {
    const employee = await signIn(t, await makeUser(t));
    const questions = await quiz(employee, 1);
    const attempt = (answers: object[]) =>
      employee.api.malformed('post', '/api/training/stages/1/attempts', { answers });
    const all = questions.map((question) => ({ questionId: question.id, option: 1 }));

    const partial = await attempt(all.slice(1)).expect(422);
    expect(partial.body.message).toBe('Answer every question: 1 of 4 are not answered.');
    expect(partial.body.details.unanswered).toEqual([questions[0].id]);
    const twice = await attempt([...all, all[0]]).expect(422);
    expect(twice.body.message).toBe('Question 1 is answered twice.');
    const impossible = await attempt([{ ...all[0], option: 7 }, ...all.slice(1)]).expect(422);
    expect(impossible.body.message).toBe('Question 1 has 3 options; option 7 does not exist.');
    const stranger = randomUUID();
    const unknown = await attempt([...all, { questionId: stranger, option: 0 }]).expect(422);
    expect(unknown.body.message).toBe(
      `Question ${stranger} is not part of this quiz: reload it and answer again.`,
    );
    await attempt([{ questionId: 'x', option: -1 }]).expect(400);
    await employee.api.post('/api/training/stages/4/attempts', { answers: all }).expect(400);

    const overview = (await employee.api.get('/api/training').expect(200)).body;
    expect(overview.stages[0].attempts).toBe(0);
    const empty = await employee.api.get('/api/training/stages/3/quiz').expect(409);
    expect(empty.body.message).toContain('Pass stage 2 first');
  });

  it('lets curators edit questions, checking that the right answer is one of the options', async () => {
    const created = await curator.api
      .post('/api/training/stages/3/questions', {
        prompt: 'A customer asks a product question under your post. What do you do?',
        options: ['Ignore it', 'Answer with the public help page', 'Argue'],
        correctOption: 1,
        explanation: 'Genuine questions deserve a helpful answer.',
      })
      .expect(201);
    expect(created.body).toMatchObject({ position: 1, correctOption: 1 });

    const outOfRange = await curator.api
      .patch(`/api/training/questions/${created.body.id}`, {
        correctOption: 3,
      })
      .expect(400);
    expect(outOfRange.body.message).toBe(
      'correctOption must point at one of the 3 options (0 to 2)',
    );
    const same = await curator.api
      .post('/api/training/stages/3/questions', {
        prompt: 'Q',
        options: ['Yes', 'yes '],
        correctOption: 0,
        explanation: '',
      })
      .expect(400);
    expect(same.body.message).toBe('options must all be different');
    const tooFew = await curator.api
      .post('/api/training/stages/3/questions', {
        prompt: 'Q',
        options: ['Only'],
        correctOption: 0,
        explanation: '',
      })
      .expect(400);
    expect(tooFew.body.message).toBe('options must list at least 2 items');

    const editor = (await curator.api.get('/api/training/stages/3').expect(200)).body;
    expect(editor.questions).toEqual([
      expect.objectContaining({ id: created.body.id, correctOption: 1 }),
    ]);
    await curator.api.delete(`/api/training/questions/${created.body.id}`).expect(204);
    await curator.api.delete(`/api/training/questions/${created.body.id}`).expect(404);

    const stage = await curator.api
      .patch('/api/training/stages/3', {
        passMark: 90,
        title: 'Ambassador',
      })
      .expect(200);
    expect(stage.body).toMatchObject({ passMark: 90, title: 'Ambassador', questions: [] });
    await curator.api.patch('/api/training/stages/3', { passMark: 0 }).expect(400);

    const admin = await signIn(t, await makeUser(t, { roles: ['admin'] }));
    const audit = await admin.api.get('/api/audit?action=training.question_deleted').expect(200);
    expect(audit.body.items[0]).toMatchObject({ actorId: curatorUser.id, targetId: '3' });

    const employee = await signIn(t, await makeUser(t));
    await employee.api.get('/api/training/stages/1').expect(403);
    await employee.api
      .post('/api/training/stages/1/lessons', {
        title: 'x',
        body: 'y',
      })
      .expect(403);
  });

  it('shows HR how far each department has come', async () => {
    const passer = await makeUser(t);
    await passStage(t, passer, 1);
    await passStage(t, passer, 2);
    const analyst = await signIn(t, await makeUser(t, { roles: ['analyst'] }));
    const rows = (await analyst.api.get('/api/training/distribution').expect(200)).body;
    const none = rows.find((row: { department: string | null }) => row.department === null);
    expect(none.byStage.reduce((sum: number, count: number) => sum + count, 0)).toBe(none.people);
    expect(none.byStage[2]).toBeGreaterThanOrEqual(1);
    const employee = await signIn(t, await makeUser(t));
    await employee.api.get('/api/training/distribution').expect(403);
  });
});
