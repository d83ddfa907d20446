import type { MailMessage } from '../mail/mail.service';

/** The mail that carries an invitation link. */
export function invitationMail(
  to: { email: string; name: string },
  link: string,
  invitedBy: string | null,
): MailMessage {
  return {
    to: to.email,
    subject: 'You are invited to Chorus',
    text: [
      `Hello ${to.name},`,
      '',
      `${invitedBy ?? 'Your company'} invited you to Chorus, where you find company news and articles worth sharing with your own network.`,
      '',
      'Choose your password here (the link works once, for 7 days):',
      link,
      '',
      'If you did not expect this mail, you can ignore it.',
    ].join('\n'),
  };
}

/** The mail that carries a password reset link. */
export function passwordResetMail(to: { email: string; name: string }, link: string): MailMessage {
  return {
    to: to.email,
    subject: 'Reset your Chorus password',
    text: [
      `Hello ${to.name},`,
      '',
      'Someone (hopefully you) asked to reset your Chorus password. Choose a new one here (the link works once, for 1 hour):',
      link,
      '',
      'If you did not ask for this, ignore this mail: your password stays as it is.',
    ].join('\n'),
  };
}

/** Sent instead of a reset link to someone who signs in through single sign-on only. */
export function signInWithSsoMail(
  to: { email: string; name: string },
  signInPage: string,
): MailMessage {
  return {
    to: to.email,
    subject: 'How you sign in to Chorus',
    text: [
      `Hello ${to.name},`,
      '',
      "Someone (hopefully you) asked to reset your Chorus password. Your account signs in through your company's single sign-on, so it has no Chorus password to reset.",
      '',
      `Open ${signInPage} and choose "Sign in with SSO". If that does not work, ask your IT helpdesk.`,
    ].join('\n'),
  };
}
