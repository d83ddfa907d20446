import type { CatalogueTranslations } from '../catalogue-types';
import errors from './errors.json';
import guardrails from './guardrails.json';
import mail from './mail.json';
import pages from './pages.json';
import validation from './validation.json';

/** Danish. */
export default { errors, guardrails, mail, pages, validation } satisfies CatalogueTranslations;
