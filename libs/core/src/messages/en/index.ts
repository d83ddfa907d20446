import errors from './errors.json';

/** English: the source of every key. A namespace is registered here with one line. */
export default { errors };
