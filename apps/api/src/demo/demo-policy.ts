import type { PreferredLanguage } from '@chorus/core';

/** A text of the demo policy in one language (markdown). */
export interface DemoPolicyText {
  language: PreferredLanguage;
  title: string;
  body: string;
}

/** The sample social media policy the demo publishes as version 1, written in English. */
export const DEMO_POLICY: DemoPolicyText = {
  language: 'en',
  title: 'Social media policy',
  body: `## Why we have this policy

Many of us talk about our work online, and we are glad you do. When you share a story about a launch you worked on, a team you are proud of or an article you found useful, people see the company through the eyes of someone who knows it from the inside. That is worth more than any advertisement.

This policy explains how to do that well. It is not meant to stop you from saying anything. It describes the few things that can really hurt you, your colleagues, our customers or the company, and what to do instead. Most of it is common sense, written down so that we all mean the same thing.

## Who and what it covers

The policy applies to everyone who works for Chorus, including contractors and interns, whenever you post about work, about Chorus or about our industry. That includes LinkedIn, X, Facebook, Instagram, blogs, forums, podcasts and any network we have not heard of yet. It does not cover what you post about your weekend, your hobbies or your football team, as long as work does not come into it.

Sharing through Chorus is voluntary. Nobody has to enroll, nobody has to share a minimum number of posts, and choosing not to take part will never count against you. You can stop at any time from your profile page.

## Keep confidential information confidential

Most mistakes that really matter are about information that was not ours to share yet. Do not post:

- unannounced products, features, projects, partnerships or release dates;
- financial results, forecasts, prices or deals before they are published officially;
- the names of customers, suppliers or partners unless they have agreed to be named in public;
- internal documents, slides, dashboards, code, roadmaps or screenshots of internal tools;
- anything about job cuts, reorganizations, acquisitions or legal matters that has not been announced.

A few examples. A photo of the team celebrating at the whiteboard is lovely, unless the whiteboard shows next quarter's plan. "Just signed our biggest deal ever with a major Dutch bank!" tells competitors more than you think, and the bank may not want to be recognized. A screenshot of a new feature in testing is not news yet; it is a leak.

When something has been announced, the safest way to share it is to link to the official source, such as our newsroom at [news.chorus.example/press](https://news.chorus.example/press), or to use the approved posts in Chorus.

**If in doubt, leave it out.** You can always ask the social media team first. Asking costs a minute; a leak can cost much more.

## Respect the privacy of colleagues and customers

Your colleagues and our customers did not sign up to appear on your timeline.

- Ask before you post a photo in which someone can be recognized, and respect a "no" without needing a reason.
- Do not name colleagues, customers or candidates in connection with work matters unless they agree.
- Never share personal data: email addresses, phone numbers, home addresses, dates of birth, health information, performance details or anything from an HR or customer system.
- Be careful with the background of photos and screen recordings. Name badges, open laptops, visitor lists and delivery labels reveal more than you expect.

## Tone: respectful, honest and human

Write the way you would speak at a conference where your manager, a customer and your grandmother are all in the audience.

- Be respectful, including towards competitors. Disagree with ideas, not with people.
- No swearing or profanity, not even abbreviated or with a wink.
- No discrimination, harassment or comments that demean anyone because of their gender, origin, religion, disability, age, sexual orientation or any other part of who they are.
- Humour is welcome, but use it with care. Jokes travel without their context, and irony is easily misread by people who do not know you.
- Stick to facts you can stand behind, and do not exaggerate what our products can do.

## Time at work

Sharing company news and keeping up with the industry is part of many roles, and you are welcome to do it during working hours. Use common sense: it should not get in the way of your work, your meetings or your customers.

## Who speaks for Chorus

Only the press office and appointed spokespeople speak for the company officially. When you post, you speak for yourself, as someone who works here.

- Where it could be unclear, add a line such as "views are my own" to your profile or post.
- Do not make promises, commitments or statements on behalf of the company.
- If a journalist, analyst or investor contacts you, thank them and pass the request to the press office.
- **Disclose that you work for Chorus** when you praise or recommend our products or services. Your audience has a right to know, and in many countries the law on endorsements requires it. A simple "I work at Chorus" or a hashtag such as #WeAreChorus is enough; the approved posts in Chorus already include one.

## Do not answer attacks yourself

Sooner or later, someone will respond to a post with criticism, a complaint or plain hostility. However unfair it feels, **do not answer hostile or negative comments yourself**, and do not delete or argue with them in the heat of the moment.

Instead, report the comment in Chorus with **Report a comment**. Paste the link, add a line of context if you like, and the social media team takes it from there. They know the background, they coordinate with support, legal and the press office when needed, and they respond on behalf of the company. You have done exactly the right thing by reporting it.

Genuine, friendly questions are a different matter. If someone simply asks where to find more information, you are welcome to point them to the official page.

## Chorus helps, but you stay responsible

Before a post leaves Chorus, our guardrails check it for things such as confidential terms, profanity and personal data, and warn you when something looks wrong. These checks catch common slips, but they cannot understand every context. They are a safety net, not a guarantee. Whatever you post, through Chorus or directly, you remain responsible for it. Read your post once more before you press share.

## Mistakes happen

Everyone makes a mistake online at some point. What matters is what happens next. If you realize you have posted something you should not have:

1. Delete or correct the post as soon as you can.
2. Tell the social media team straight away, even if you think nobody saw it.

Telling us early is always the right move, and nobody will be blamed for doing so. It lets us help, for example by contacting a customer before they find out from someone else.

## When the policy is not followed

Breaches of this policy are handled under the employee handbook, like any other work matter. Our response is proportionate to what happened and why. In most cases that means a conversation and some help to avoid it next time. Serious or repeated breaches, such as deliberately leaking confidential information or harassing someone, can lead to disciplinary steps.

## Questions and contacts

The social media team is happy to help with anything from "is this okay to post?" to "someone is attacking me online". Reach us at social@chorus.example, or through the Report a comment button in Chorus. Media enquiries go to the press office.

We review this policy at least once a year. When it changes, Chorus will show you what is new and ask you to read it again.

Thank you for helping to tell the Chorus story.`,
};
