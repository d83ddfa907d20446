import type { ContentItem } from './use-content-item';
import { makeGroup, makeTopic, makeCampaign, makeUser } from '../../../test/factories';
import { json, mockApi, type RecordedRequest } from '../../../test/untyped-mock-api';
import { renderPage, type RenderPageOptions } from '../../../test/render-page';
import { ContentItemPage } from './ContentItemPage';

/** Shared by the item editor's tests: a curator, the lists the editor picks from, a fake API. */

export const curator = makeUser({ name: 'Grace Hopper', roles: ['curator'] });
export const sustainability = makeTopic({ name: 'Sustainability', itemCount: 2 });
export const launch = makeCampaign({ name: 'Spring Launch', slug: 'spring-launch' });
export const sales = makeGroup({ name: 'Sales', kind: 'department' });
export const utrecht = makeGroup({ name: 'Utrecht', kind: 'location' });

type Routes = Record<string, (request: RecordedRequest) => Response | Promise<Response>>;

export const itemPath = (item: Pick<ContentItem, 'id'>) => `/api/content/${item.id}`;

/** The editor's API, answering GET for `item` unless `routes` says otherwise. */
export function editorApi(item: ContentItem, routes: Routes = {}) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  return mockApi({
    [`GET ${itemPath(item)}`]: () => json(200, item),
    'GET /api/topics': () => json(200, [sustainability]),
    'GET /api/campaigns': () => json(200, [launch]),
    'GET /api/groups/department': () => json(200, [sales]),
    'GET /api/groups/location': () => json(200, [utrecht]),
    'POST /api/guardrails/check': () => json(200, { findings: [], blocked: false }),
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
