import type { CatalogueTranslations } from '../catalogue-types';
import errors from './errors.json';
import guardrails from './guardrails.json';
import mail from './mail.json';
import notifications from './notifications.json';
import pages from './pages.json';
import validation from './validation.json';

/** German. */
export default {
  errors,
  guardrails,
  mail,
  notifications,
  pages,
  validation,
} satisfies CatalogueTranslations;
