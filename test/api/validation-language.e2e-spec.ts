import { createTestApp, makeUser, signIn, TestApp } from '../support/test-app';

/** A bad field is explained by key and in the reader's language; field names stay the API's. */
describe('validation messages in the reader’s language', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('tells a Greek reader what is wrong with each field, in Greek', async () => {
    const curator = await makeUser(t, { roles: ['curator'] });
    const { agent, xsrf } = await signIn(t, curator);
    const response = await agent
      .post('/api/topics')
      .set('X-XSRF-TOKEN', xsrf)
      .set('Accept-Language', 'el-GR,el;q=0.9,en;q=0.5')
      .send({ name: 'x'.repeat(81), colour: 'red' })
      .expect(400);

    expect(response.body).toMatchObject({
      statusCode: 400,
      code: 'invalid_input',
      details: {
        problems: [
          {
            key: 'validation:unknownField',
            params: { field: 'colour' },
            field: 'colour',
          },
          {
            key: 'validation:maxLength',
            params: { field: 'name', count: 80 },
            field: 'name',
          },
        ],
      },
    });
    expect(response.body.message).toBe(
      'Το colour δεν είναι πεδίο που δέχεται αυτό το αίτημα; ' +
        'Το name μπορεί να έχει έως 80 χαρακτήρες',
    );
  });

  it('says the same problems in English to a client that asks for none', async () => {
    const curator = await makeUser(t, { roles: ['curator'] });
    const { agent, xsrf } = await signIn(t, curator);
    const response = await agent
      .post('/api/topics')
      .set('X-XSRF-TOKEN', xsrf)
      .send({ name: '   ' })
      .expect(400);
    expect(response.body.details.problems).toEqual([
      { key: 'validation:notEmpty', params: { field: 'name' }, field: 'name' },
    ]);
    expect(response.body.message).toBe('name must not be empty');
  });

  it('reads numbers and lists in the reader’s way, in a query too', async () => {
    const admin = await makeUser(t, { roles: ['admin'] });
    const { agent } = await signIn(t, admin);
    const response = await agent
      .get('/api/people?pageSize=1000&role=king')
      .set('Accept-Language', 'de-CH, de;q=0.9')
      .expect(400);
    expect(response.body.message).toBe(
      'role muss einer dieser Werte sein: employee, curator, analyst, admin; pageSize darf höchstens 100 sein',
    );
    const french = await agent
      .get('/api/people?page=1000001')
      .set('Accept-Language', 'fr')
      .expect(400);
    expect(french.body.message).toBe('page doit être inférieur ou égal à 1\u202f000\u202f000');
  });
});
