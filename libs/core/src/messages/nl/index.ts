import type { Translations } from '../catalogue-types';
import errors from './errors.json';

export default { errors } satisfies Translations;
