import type { Translations } from '../catalogue-types';
import errors from './errors.json';
import guardrails from './guardrails.json';

export default { errors, guardrails } satisfies Translations;
