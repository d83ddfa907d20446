import type { MailTemplate } from '../mail/templates/mail-template';

/** The mail that carries an invitation link; `inviter` names who invited, when someone did. */
export const invitationMail: MailTemplate<{
  link: string;
  expiresAt: Date;
  inviter: string | null;
}> = (write, { link, expiresAt, inviter }) => ({
  subject: write.t('invitation.subject'),
  preview: write.t('invitation.preview'),
  blocks: [
    write.paragraph(
      inviter
        ? write.t('invitation.intro', { inviter })
        : write.t('invitation.introWithoutInviter'),
    ),
    write.action(write.t('invitation.action'), link),
    write.paragraph(write.t('layout.linkValidUntil', { expiresAt: write.dateTime(expiresAt) })),
    write.note(write.t('invitation.unexpected')),
  ],
});

/** The mail that carries a password reset link. */
export const passwordResetMail: MailTemplate<{ link: string; expiresAt: Date }> = (
  write,
  { link, expiresAt },
) => ({
  subject: write.t('passwordReset.subject'),
  preview: write.t('passwordReset.preview'),
  blocks: [
    write.paragraph(write.t('passwordReset.intro')),
    write.action(write.t('passwordReset.action'), link),
    write.paragraph(write.t('layout.linkValidUntil', { expiresAt: write.dateTime(expiresAt) })),
    write.note(write.t('passwordReset.unexpected')),
  ],
});

/** Sent instead of a reset link to someone who signs in through single sign-on only. */
export const signInWithSsoMail: MailTemplate<{ signInPage: string }> = (write, { signInPage }) => ({
  subject: write.t('ssoSignIn.subject'),
  preview: write.t('ssoSignIn.preview'),
  blocks: [
    write.paragraph(write.t('ssoSignIn.intro')),
    write.action(write.t('ssoSignIn.action'), signInPage),
    write.paragraph(write.t('ssoSignIn.howTo')),
    write.note(write.t('ssoSignIn.unexpected')),
  ],
});
