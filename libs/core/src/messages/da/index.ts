import type { Translations } from '../catalogue-types';
import errors from './errors.json';
import guardrails from './guardrails.json';
import mail from './mail.json';
import pages from './pages.json';
import validation from './validation.json';

/** Danish: the namespaces translated so far; any other is said in English. */
export default { errors, guardrails, mail, pages, validation } satisfies Translations;
