import type { Translations } from '../catalogue-types';
import errors from './errors.json';
import pages from './pages.json';
import validation from './validation.json';

export default { errors, pages, validation } satisfies Translations;
