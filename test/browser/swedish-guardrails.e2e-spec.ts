import { LANGUAGE_NAMES } from '@chorus/core';
import sv from '../../apps/portal/src/i18n/locales/sv.json';
import svGuardrails from '../../libs/core/src/messages/sv/guardrails.json';
import { productInChromium } from '../support/browser';

// Lars, the demo's Swedish colleague, writes a post he marks as English with a Swedish swear
// word in it. Profanity is checked in every language the organisation uses, so the post is
// blocked anyway, and the explanation is in Swedish, his portal's language.

/** A Swedish sentence with its placeholders filled in, as the portal says it. */
function swedish(text: string, values: Record<string, string>): string {
  return text.replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => values[name] ?? '');
}

describe('a Swedish swear word in a post marked English, in Chromium', () => {
  const product = productInChromium();

  it('is blocked, with the reason in Swedish', async () => {
    const lars = await product.signedIn('lars.andersson@chorus.example', {
      welcome: new RegExp(`^${swedish(sv.home.welcome, { name: 'Lars Andersson' })}$`),
    });
    expect(await lars.locator('html').getAttribute('lang')).toBe('sv');

    await lars.goto(`${product.baseUrl}/post-check`);
    await lars.getByRole('heading', { name: sv.postCheck.title }).waitFor();
    await lars.getByRole('combobox', { name: sv.postCheck.language }).click();
    await lars.getByRole('option', { name: LANGUAGE_NAMES.en, exact: true }).click();
    expect(await lars.getByRole('combobox', { name: sv.postCheck.language }).inputValue()).toBe(
      LANGUAGE_NAMES.en,
    );
    await lars
      .getByRole('textbox', { name: sv.guardrails.editor.label })
      .fill('Great launch today, and no skitsnack about it: the numbers speak for themselves.');

    await lars.getByText(sv.guardrails.verdict.blocked, { exact: true }).waitFor();
    const reason = svGuardrails.profanity
      .replace('{{match}}', 'skitsnack')
      .replace('$t(guardrails:languages.{{language}})', svGuardrails.languages.sv);
    // Under the verdict and in the list of what to look at again.
    await lars.getByText(reason, { exact: true }).first().waitFor();
  });
});
