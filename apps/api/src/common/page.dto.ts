/** What every page of a paginated list says besides its items. */
export abstract class PageDto {
  /** Items matching the filters, on all pages */
  total: number;

  page: number;

  pageSize: number;
}
