import type { ContentItem } from './use-content-item';
import { makeGroup, makeTopic, makeCampaign, makeUser } from '../../../test/factories';
import { mockApi, ok, type Routes } from '../../../test/mock-api';
import { renderPage, type RenderPageOptions } from '../../../test/render-page';
import { ContentItemPage } from './ContentItemPage';

/** Shared by the item editor's tests: a curator, the lists the editor picks from, a fake API. */

export const curator = makeUser({ name: 'Grace Hopper', roles: ['curator'] });
export const sustainability = makeTopic({ name: 'Sustainability', itemCount: 2 });
export const launch = makeCampaign({ name: 'Spring Launch', slug: 'spring-launch' });
export const sales = makeGroup({ name: 'Sales', kind: 'department' });
export const utrecht = makeGroup({ name: 'Utrecht', kind: 'location' });

export const itemPath = (item: Pick<ContentItem, 'id'>) => `/api/content/${item.id}`;

/** The editor's API, answering GET for `item` unless `routes` says otherwise. */
export function editorApi(item: ContentItem, routes: Routes = {}) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  return mockApi({
    'GET /api/content/{id}': () => ok(item),
    'GET /api/topics': () => ok([sustainability]),
    'GET /api/campaigns': () => ok([launch]),
    'GET /api/groups/{kind}': ({ params }) =>
      ok(params.kind === 'department' ? [sales] : [utrecht]),
    'GET /api/guardrails/languages': () => ok({ languages: ['en'] }),
    'POST /api/guardrails/check': () => ok({ findings: [], blocked: false }),
    ...routes,
  });
}

/** The editor of `item`, alone, for the curator. */
export function renderEditor(
  item: Pick<ContentItem, 'id'>,
  options: Omit<RenderPageOptions, 'path' | 'route'> = {},
) {
  return renderPage(ContentItemPage, {
    path: `/content/${item.id}`,
    route: '/content/:id',
    user: curator,
    ...options,
  });
}
