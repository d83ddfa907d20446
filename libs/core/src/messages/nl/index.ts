import type { Translations } from '../catalogue-types';
import errors from './errors.json';
import guardrails from './guardrails.json';
import mail from './mail.json';

export default { errors, guardrails, mail } satisfies Translations;
