// The options page: the Chorus address (set once) and the privacy statement, in the browser's
// language. Elements name their message with `data-message`.
import { checkChorusAddress, NOTICES } from './chorus-address.js';
import { extension } from './extension-api.js';
import { storedAddress, storeAddress } from './settings.js';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`options.html has no #${id}`);
  return found as T;
}

function translate(): void {
  // The language of the messages shown, which is not always the browser's own (a Swiss German
  // browser reads the `de` messages).
  document.documentElement.lang = extension.i18n.getMessage('documentLanguage');
  document.documentElement.dir = extension.i18n.getMessage('@@bidi_dir') || 'ltr';
  for (const node of document.querySelectorAll<HTMLElement>('[data-message]')) {
    node.textContent = extension.i18n.getMessage(node.dataset.message ?? '');
  }
  document.title = extension.i18n.getMessage('optionsTitle');
}

function showNotice(): void {
  const asked = new URLSearchParams(location.search).get('notice');
  const notice = NOTICES.find((known) => known === asked);
  if (!notice) return;
  const box = element('notice');
  box.textContent = extension.i18n.getMessage(notice);
  box.hidden = false;
}

async function setUpForm(): Promise<void> {
  const form = element<HTMLFormElement>('address-form');
  const input = element<HTMLInputElement>('address');
  const error = element('address-error');
  const status = element('status');

  const current = await storedAddress();
  if (typeof current === 'string') input.value = current;

  const showError = (message: string) => {
    error.textContent = message;
    error.hidden = !message;
    input.setAttribute('aria-invalid', String(Boolean(message)));
  };

  input.addEventListener('input', () => {
    showError('');
    status.textContent = '';
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    status.textContent = '';
    const checked = checkChorusAddress(input.value);
    if (!checked.ok) {
      showError(extension.i18n.getMessage(checked.problem));
      input.focus();
      return;
    }
    showError('');
    input.value = checked.origin;
    storeAddress(checked.origin).then(
      () => (status.textContent = extension.i18n.getMessage('saved')),
      () => showError(extension.i18n.getMessage('errorNotSaved')),
    );
  });
}

translate();
showNotice();
// The form works once the stored address is shown; a storage failure leaves it empty.
void setUpForm();
