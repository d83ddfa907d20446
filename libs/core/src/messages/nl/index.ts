import type { Translations } from '../catalogue-types';
import errors from './errors.json';
import mail from './mail.json';

export default { errors, mail } satisfies Translations;
