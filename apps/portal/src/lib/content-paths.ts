/** Where the content queue is, and an item's editor: other features link to them. */
export const CONTENT_PATH = '/content';
export const contentItemPath = (id: string) => `${CONTENT_PATH}/${id}`;
