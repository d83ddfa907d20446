import { AsyncLocalStorage } from 'node:async_hooks';

/** What code deep inside a request may want to know about it without being handed the request. */
export interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `next` (and everything it starts) inside the given request's context. */
export function runInRequestContext(context: RequestContext, next: () => void): void {
  storage.run(context, next);
}

/** The current request's context, or undefined outside a request (start-up, jobs). */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}
