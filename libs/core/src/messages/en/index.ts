import chat from './chat.json';
import errors from './errors.json';
import guardrails from './guardrails.json';
import mail from './mail.json';
import notifications from './notifications.json';
import pages from './pages.json';
import points from './points.json';
import validation from './validation.json';

/** English: the source of every key. A namespace is registered here with one line. */
export default { chat, errors, guardrails, mail, notifications, pages, points, validation };
