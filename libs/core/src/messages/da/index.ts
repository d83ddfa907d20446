import type { CatalogueTranslations } from '../catalogue-types';
import chat from './chat.json';
import errors from './errors.json';
import guardrails from './guardrails.json';
import mail from './mail.json';
import notifications from './notifications.json';
import pages from './pages.json';
import points from './points.json';
import validation from './validation.json';

/** Danish. */
export default {
  chat,
  errors,
  guardrails,
  mail,
  notifications,
  pages,
  points,
  validation,
} satisfies CatalogueTranslations;
