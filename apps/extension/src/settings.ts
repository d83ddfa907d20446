// The one setting, the Chorus address, kept in the browser's synced extension storage so that it
// follows the person to their other computers.
import { extension } from './extension-api.js';

const ADDRESS_KEY = 'chorusAddress';

/** What is stored (checked again by whoever uses it), or undefined before the first save. */
export async function storedAddress(): Promise<unknown> {
  const items = await extension.storage.sync.get(ADDRESS_KEY);
  return items[ADDRESS_KEY];
}

/** Stores an origin that `checkChorusAddress` accepted. */
export async function storeAddress(origin: string): Promise<void> {
  await extension.storage.sync.set({ [ADDRESS_KEY]: origin });
}
