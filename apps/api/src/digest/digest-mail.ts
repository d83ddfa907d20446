import { SHARE_NETWORK_NAMES, shareLinkUrl, truncateAtWord, type ShareNetwork } from '@chorus/core';
import type { MailTemplate } from '../mail/templates/mail-template';
import { PREFERENCES_PATH } from '../notifications/unsubscribe.service';

/** One item the digest offers. */
export interface DigestItem {
  id: string;
  title: string | null;
  summary: string | null;
  /** Its thumbnail on Chorus itself (an absolute address), or null when it has none. */
  imageUrl: string | null;
}

export interface DigestMailParams {
  /** Chorus's public origin, e.g. `https://chorus.example`. */
  publicUrl: string;
  items: DigestItem[];
  /** The networks employees are offered (the organisation's setting), in its order. */
  networks: ShareNetwork[];
  figures: { shares: number; verifiedShares: number; clicks: number };
  /** A policy version waiting for the person's signature, published since the last digest. */
  policyVersion: number | null;
  /** Training lessons written or changed since the last digest. */
  trainingLessons: number;
  /** The signed, session-free unsubscribe page for the digest. */
  unsubscribeUrl: string;
}

/** Longer summaries are cut at a word: a digest is a list, not the articles. */
const SUMMARY_MAX = 240;

/**
 * The digest: the items for the person with a button per enabled network, their figures since
 * the last digest, what is new in the policy and training, and links to their preferences and
 * to unsubscribe. No tracking pixel: nothing in it reports an opening.
 */
export const digestMail: MailTemplate<DigestMailParams> = (write, params) => {
  const { items, figures } = params;
  const news = [
    ...(params.policyVersion !== null
      ? [write.paragraph(write.t('digest.policy', { version: String(params.policyVersion) }))]
      : []),
    ...(params.trainingLessons > 0
      ? [write.paragraph(write.t('digest.training', { count: params.trainingLessons }))]
      : []),
  ];
  const shared = figures.shares > 0 || figures.clicks > 0;
  // One label per network, not per button: a digest has up to 8 items times every network.
  const labels = params.networks.map((network) =>
    write.t('digest.shareOn', { network: SHARE_NETWORK_NAMES[network] }),
  );
  return {
    subject:
      items.length > 0
        ? write.t('digest.subject', { count: items.length })
        : write.t('digest.subjectNews'),
    preview: write.t('digest.preview'),
    blocks: [
      write.paragraph(write.t(items.length > 0 ? 'digest.intro' : 'digest.introNoItems')),
      ...items.map((item) => {
        const title = item.title?.trim() || write.t('digest.untitled');
        return write.item({
          title,
          summary: item.summary?.trim() ? truncateAtWord(item.summary.trim(), SUMMARY_MAX) : null,
          image: item.imageUrl
            ? { url: item.imageUrl, alt: write.t('digest.imageAlt', { title }) }
            : null,
          // Chorus's share route opens the dialog for the item and network (after sign-in when
          // needed) and records that the share came from the digest.
          actions: params.networks.map((network, index) => ({
            label: labels[index],
            url: shareLinkUrl(params.publicUrl, item.id, { network, source: 'digest' }),
          })),
        });
      }),
      ...news,
      write.heading(write.t('digest.figuresTitle')),
      write.paragraph(
        shared
          ? write.t('digest.figures', {
              shares: figures.shares,
              verified: figures.verifiedShares,
              clicks: figures.clicks,
            })
          : write.t('digest.figuresNone'),
      ),
      write.note(write.t('digest.noTracking')),
    ],
    links: [
      {
        label: write.t('digest.preferences'),
        url: new URL(PREFERENCES_PATH, params.publicUrl).href,
      },
      { label: write.t('digest.unsubscribe'), url: params.unsubscribeUrl },
    ],
  };
};
