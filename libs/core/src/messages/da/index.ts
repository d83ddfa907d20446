import type { Translations } from '../catalogue-types';
import mail from './mail.json';

export default { mail } satisfies Translations;
