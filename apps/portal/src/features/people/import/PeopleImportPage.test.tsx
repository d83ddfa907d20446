import { screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '../../../api/client';
import { makeUser } from '../../../test/factories';
import { apiError, type Handler, mockApi, ok, type ReplyOf } from '../../../test/mock-api';
import { renderPage } from '../../../test/render-page';
import { PeopleImportPage } from './PeopleImportPage';

type ImportReport = Schemas['ImportReportDto'];

const admin = makeUser({ roles: ['admin'] });
const CSV = [
  'email,name,department,location,language,roles',
  'ada@example.com,Ada Lovelace,Research,London,en,employee;curator',
  'alan@example.com,Alan Turing,,,,',
].join('\n');

function report(overrides: Partial<ImportReport> = {}): ImportReport {
  return {
    dryRun: true,
    applied: false,
    rows: 2,
    created: 1,
    updated: 1,
    unchanged: 0,
    invited: 0,
    invitationFailures: 0,
    newDepartments: ['Research'],
    newLocations: ['London'],
    problems: [],
    changes: [
      { line: 2, email: 'ada@example.com', name: 'Ada Lovelace', action: 'create', fields: [] },
      {
        line: 3,
        email: 'alan@example.com',
        name: 'Alan Turing',
        action: 'update',
        fields: ['name', 'roles'],
      },
    ],
    ...overrides,
  };
}

function importApi(answer: Handler<'POST /api/people/import'>) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  return mockApi({
    'POST /api/people/import': answer,
  });
}

/** A row's header cells or data cells, in order. */
const cellsOf = (row: HTMLElement) => [
  ...within(row).queryAllByRole('columnheader'),
  ...within(row).queryAllByRole('cell'),
];

async function chooseFile(user: ReturnType<typeof renderPage>['user'], text: string | File = CSV) {
  await screen.findByRole('heading', { name: 'Import people' });
  // Mantine's FileInput labels its button; the file input behind it has no name to find it by.
  // eslint-disable-next-line testing-library/no-node-access
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  const file = text instanceof File ? text : new File([text], 'people.csv', { type: 'text/csv' });
  await user.upload(input, file);
}

/** A reply the test sends when it chooses. */
function deferred() {
  let resolve!: (reply: ReplyOf<'POST /api/people/import'>) => void;
  const promise = new Promise<ReplyOf<'POST /api/people/import'>>((settle) => (resolve = settle));
  return { promise, resolve };
}

const imports = (api: ReturnType<typeof mockApi>) => api.requestsTo('POST', '/api/people/import');

describe('importing people', () => {
  it('shows the columns a file has, with an example, and the rules for it', async () => {
    importApi(() => ok(report()));
    renderPage(PeopleImportPage, { path: '/people/import', user: admin });

    expect(
      await screen.findByText(/^email,name,department,location,language,roles\s/),
    ).toBeVisible();
    expect(screen.getAllByRole('listitem')).toHaveLength(7);
  });

  it('previews the file: sends it as CSV with the options, and shows what would happen', async () => {
    const api = importApi(() => ok(report()));
    const { user } = renderPage(PeopleImportPage, {
      path: '/people/import',
      route: '/people/import',
      user: admin,
    });

    await chooseFile(user);
    await user.click(screen.getByRole('radio', { name: 'Reject those rows' }));
    await user.click(
      screen.getByRole('checkbox', { name: 'Mail an invitation to each new person' }),
    );
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    expect(await screen.findByRole('heading', { name: 'Preview' })).toBeInTheDocument();
    const [preview] = imports(api);
    expect(preview?.url.search).toBe('?dryRun=true&unknownGroups=reject&invite=true');
    expect(preview?.headers.get('Content-Type')).toBe('text/csv');
    expect(preview?.headers.get('X-XSRF-TOKEN')).toBe('token-123');
    expect(preview?.body).toBe(CSV);

    expect(screen.getByText('2 people in the file')).toBeInTheDocument();
    expect(screen.getByText('1 new person')).toBeInTheDocument();
    expect(screen.getByText('1 updated')).toBeInTheDocument();
    expect(screen.getByText('New departments: Research')).toBeInTheDocument();
    expect(screen.getByText('New locations: London')).toBeInTheDocument();
    const changes = screen.getByRole('table', { name: 'Import changes' });
    expect(
      within(changes)
        .getAllByRole('row')
        .map((row) => cellsOf(row).map((cell) => cell.textContent)),
    ).toEqual([
      ['Line', 'Email', 'Name', 'Action', 'Changed fields'],
      ['2', 'ada@example.com', 'Ada Lovelace', 'New', ''],
      ['3', 'alan@example.com', 'Alan Turing', 'Update', 'Name, Roles'],
    ]);
    expect(screen.queryByRole('table', { name: 'Import problems' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import 2 people' })).toBeEnabled();
  });

  it('says how many invitations could not be sent after the import was written', async () => {
    importApi(({ query }) =>
      query.dryRun !== undefined
        ? ok(report())
        : ok(report({ dryRun: false, applied: true, invited: 1, invitationFailures: 1 })),
    );
    const { user } = renderPage(PeopleImportPage, {
      path: '/people/import',
      route: '/people/import',
      user: admin,
    });
    await chooseFile(user);
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await user.click(await screen.findByRole('button', { name: 'Import 2 people' }));

    expect(
      await screen.findByText(
        '1 invitation could not be sent: the person was imported; resend it from their page.',
      ),
    ).toBeInTheDocument();
  });

  it('imports the previewed file with the same options and shows the final counts', async () => {
    const api = importApi(({ query }) =>
      query.dryRun !== undefined
        ? ok(report())
        : ok(report({ dryRun: false, applied: true, invited: 1 })),
    );
    const { user } = renderPage(PeopleImportPage, {
      path: '/people/import',
      route: '/people/import',
      user: admin,
    });
    await chooseFile(user);
    await user.click(
      screen.getByRole('checkbox', { name: 'Mail an invitation to each new person' }),
    );
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    await user.click(await screen.findByRole('button', { name: 'Import 2 people' }));

    expect(await screen.findByText('Import complete')).toBeInTheDocument();
    expect(screen.getByText('1 invitation sent')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Result' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Import 2 people' })).not.toBeInTheDocument();
    const apply = imports(api)[1];
    expect(apply?.url.search).toBe('?unknownGroups=create&invite=true');
    expect(apply?.body).toBe(CSV);
  });

  it('imports the bytes that were previewed, even if the file has changed on disk since', async () => {
    const api = importApi(({ query }) =>
      query.dryRun !== undefined ? ok(report()) : ok(report({ dryRun: false, applied: true })),
    );
    const file = new File([CSV], 'people.csv', { type: 'text/csv' });
    // The browser cannot read a File again once it has changed on disk.
    const read = vi
      .spyOn(file, 'arrayBuffer')
      .mockImplementationOnce(() => new Response(CSV).arrayBuffer())
      .mockRejectedValue(new DOMException('The file has changed.', 'NotReadableError'));
    const { user } = renderPage(PeopleImportPage, {
      path: '/people/import',
      route: '/people/import',
      user: admin,
    });
    await chooseFile(user, file);
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    await user.click(await screen.findByRole('button', { name: 'Import 2 people' }));

    expect(await screen.findByText('Import complete')).toBeInTheDocument();
    expect(imports(api).map((request) => request.body)).toEqual([CSV, CSV]);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('locks the form while importing, and keeps the report when done', async () => {
    const answer = deferred();
    const api = importApi(({ query }) =>
      query.dryRun !== undefined ? ok(report()) : answer.promise,
    );
    const { user } = renderPage(PeopleImportPage, {
      path: '/people/import',
      route: '/people/import',
      user: admin,
    });
    await chooseFile(user);
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await user.click(await screen.findByRole('button', { name: 'Import 2 people' }));
    await waitFor(() => expect(imports(api)).toHaveLength(2));

    expect(screen.getByRole('button', { name: 'Preview' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'Reject those rows' })).toBeDisabled();
    expect(
      screen.getByRole('checkbox', { name: 'Mail an invitation to each new person' }),
    ).toBeDisabled();
    expect(screen.getByRole('button', { name: 'CSV file' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: 'Reject those rows' }));

    answer.resolve(ok(report({ dryRun: false, applied: true, invited: 1 })));

    expect(await screen.findByText('Import complete')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Result' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Create them' })).toBeChecked();
    expect(imports(api)).toHaveLength(2);
  });

  it('shows the problems and does not offer to import until they are fixed', async () => {
    importApi(() =>
      ok(
        report({
          problems: [
            {
              line: 3,
              column: 'roles',
              key: 'errors:import.unknownRole',
              params: { value: 'boss', roles: 'employee, curator, analyst, admin' },
              message: '"boss" is not a role. The roles are: employee, curator, analyst, admin.',
            },
            {
              line: 4,
              column: null,
              key: 'errors:import.valueCount',
              params: { count: 7, columns: 6, separator: 'comma' },
              message: 'This line has 7 values, but the header line has 6 columns.',
            },
          ],
        }),
      ),
    );
    const { user } = renderPage(PeopleImportPage, {
      path: '/people/import',
      route: '/people/import',
      user: admin,
    });
    await chooseFile(user);
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    const problems = await screen.findByRole('table', { name: 'Import problems' });
    expect(
      within(problems)
        .getAllByRole('row')
        .map((row) => cellsOf(row).map((cell) => cell.textContent)),
    ).toEqual([
      ['Line', 'Column', 'Problem'],
      ['3', 'Roles', '"boss" is not a role. The roles are: employee, curator, analyst, admin.'],
      [
        '4',
        'Whole line',
        'This line has 7 values, but the header line has 6 columns. Check for a missing or extra comma, and wrap any value that contains a comma in double quotes.',
      ],
    ]);
    expect(screen.getByText(/The file has 2 problems/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import 2 people' })).toBeDisabled();
  });

  it('discards the preview on Cancel, writing nothing', async () => {
    const api = importApi(() => ok(report()));
    const { user } = renderPage(PeopleImportPage, {
      path: '/people/import',
      route: '/people/import',
      user: admin,
    });
    await chooseFile(user);
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByRole('heading', { name: 'Preview' });

    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('heading', { name: 'Preview' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Import \d/ })).not.toBeInTheDocument();
    expect(imports(api)).toHaveLength(1);
    expect(imports(api)[0]?.url.searchParams.get('dryRun')).toBe('true');
  });

  it("shows the server's message when the file cannot be read", async () => {
    importApi(() =>
      apiError(400, 'The first line must name the columns email,name,…', {
        code: 'invalid_file',
      }),
    );
    const { user } = renderPage(PeopleImportPage, {
      path: '/people/import',
      route: '/people/import',
      user: admin,
    });
    await chooseFile(user, 'mail;naam\n');
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The first line must name the columns email,name,…',
    );
    expect(screen.queryByRole('heading', { name: 'Preview' })).not.toBeInTheDocument();
  });

  it("shows the server's message when the file is too large", async () => {
    importApi(() => apiError(413, 'The file is larger than 10 MB.'));
    const { user } = renderPage(PeopleImportPage, {
      path: '/people/import',
      route: '/people/import',
      user: admin,
    });
    await chooseFile(user);
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The file is larger than 10 MB.');
  });

  it('shows the problems of an import refused after the preview (422)', async () => {
    importApi(({ query }) =>
      query.dryRun !== undefined
        ? ok(report())
        : apiError(422, 'Words of the server, never shown.', {
            code: 'import_invalid',
            details: {
              key: 'errors:import.problems',
              params: { count: 1 },
              ...report({
                problems: [
                  {
                    line: 2,
                    column: 'email',
                    key: 'errors:import.emailRepeated',
                    params: { email: 'ada@example.com', line: 1 },
                    message: 'The email address ada@example.com also appears on line 1.',
                  },
                ],
              }),
            },
          }),
    );
    const { user } = renderPage(PeopleImportPage, {
      path: '/people/import',
      route: '/people/import',
      user: admin,
    });
    await chooseFile(user);
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await user.click(await screen.findByRole('button', { name: 'Import 2 people' }));

    expect(
      await screen.findByText(
        'The file has 1 problem; nothing was imported. Fix it and upload the file again.',
      ),
    ).toBeInTheDocument();
    const problems = screen.getByRole('table', { name: 'Import problems' });
    expect(
      within(problems).getByText('The email address ada@example.com also appears on line 1.'),
    ).toBeInTheDocument();
  });

  it('asks for a file before previewing', async () => {
    const api = importApi(() => ok(report()));
    const { user } = renderPage(PeopleImportPage, {
      path: '/people/import',
      route: '/people/import',
      user: admin,
    });
    await screen.findByRole('heading', { name: 'Import people' });

    await user.click(screen.getByRole('button', { name: 'Preview' }));

    expect(screen.getByText('Choose a CSV file first')).toBeInTheDocument();
    await waitFor(() => expect(imports(api)).toHaveLength(0));
  });
});
