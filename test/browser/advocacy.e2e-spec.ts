import type { Page } from 'playwright-core';
import { DEMO_TRAINING } from '../../apps/api/src/demo/demo-training';
import { productInChromium } from '../support/browser';

// An employee who has not joined yet goes the whole way to sharing: joins the programme,
// signs the policy with their name, passes stage 1, and then finds that a post naming an
// unannounced project cannot be shared, with the admin's note saying why.

describe('getting ready to share, in Chromium', () => {
  const { signedIn } = productInChromium();

  const nav = (page: Page, name: string) =>
    page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name }).click();

  it('enrolls, acknowledges the policy, passes stage 1 and sees a restricted term block sharing', async () => {
    // Jonas reads German by default; he chooses English on the sign-in page, and it stays.
    const jonas = await signedIn('jonas.schmidt@chorus.example', { language: 'en' });

    await nav(jonas, 'Advocacy programme');
    await jonas.getByRole('button', { name: 'Join the programme' }).click();
    await jonas.getByText(/^You joined on /).waitFor();

    await jonas.getByRole('link', { name: 'Read the policy' }).click();
    await jonas.getByRole('heading', { name: 'Social media policy' }).first().waitFor();
    await jonas.getByRole('textbox', { name: 'Your full name' }).fill('Jonas Schmidt');
    await jonas.getByRole('button', { name: 'Acknowledge' }).click();
    await jonas.getByText(/You acknowledged version 1 on .+ as “Jonas Schmidt”/).waitFor();

    await nav(jonas, 'Training');
    await jonas.getByRole('link', { name: 'Take the quiz' }).first().click();
    const stage1 = DEMO_TRAINING[0];
    for (const [index, question] of stage1.questions.entries()) {
      await jonas
        .getByRole('radiogroup', { name: `${index + 1}. ${question.prompt}` })
        .getByRole('radio', { name: question.options[question.correctOption], exact: true })
        .check();
    }
    await jonas.getByRole('button', { name: 'Submit answers' }).click();
    await jonas.getByText('You passed stage 1').waitFor();

    await nav(jonas, 'Check a post');
    await jonas
      .getByRole('textbox', { name: 'Your post' })
      .fill('Sneak peek: #ProjectFalcon launches soon!');
    await jonas.getByText('Sharing blocked').waitFor();
    await jonas.getByText('Falcon is not announced yet: do not mention it.').first().waitFor();
    // Ready in every other respect: nothing left to do before sharing.
    expect(await jonas.getByText('Before you can share').count()).toBe(0);
  });
});
