import type { CatalogueTranslations } from '../catalogue-types';
import mail from './mail.json';
import pages from './pages.json';
import validation from './validation.json';

/** Greek. */
export default { mail, pages, validation } satisfies CatalogueTranslations;
