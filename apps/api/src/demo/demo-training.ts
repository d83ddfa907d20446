export interface DemoLesson {
  title: string;
  /** Markdown, 150 to 350 words. */
  body: string;
}

export interface DemoQuestion {
  prompt: string;
  options: string[];
  /** 0-based index into options. */
  correctOption: number;
  /** Shown after answering. */
  explanation: string;
}

export interface DemoStage {
  stage: 1 | 2 | 3;
  title: string;
  summary: string;
  /** Percentage of correct answers needed to pass. */
  passMark: number;
  lessons: DemoLesson[];
  questions: DemoQuestion[];
}

/** Real training content for all three stages, as the demo ships it. */
export const DEMO_TRAINING: DemoStage[] = [
  {
    stage: 1,
    title: 'Foundations',
    summary:
      'What is good to share, what could harm you or the company, and what to do when a post attracts hostile comments.',
    passMark: 80,
    lessons: [
      {
        title: 'Why your voice matters',
        body: `People trust people more than they trust brands. When a company posts about its new office, it reads like an advertisement. When you post that you are proud to have helped build it, it reads like a recommendation from someone who knows.

That is why Chorus exists: to make it easy to share news you actually care about with the people who already follow you.

## What is good to share

- **Published company news**: launches, events, awards and stories from our newsroom once they are public.
- **Industry articles** that you found useful, with a sentence on why.
- **Job openings**, especially in your own team. Your network may hold the next great colleague.
- **Your own experience**: what you learned at a conference, a problem your team solved, what you like about your work.

## What it does for you

Sharing thoughtfully builds your professional reputation. Over time, people start to see you as someone who knows the field and shares useful things, which helps in your current role and in your career.

## It is your choice

Taking part is voluntary. You decide whether to share, what to share and on which networks. Nobody tracks who did not share, and not taking part will never count against you.

In the next lessons we look at the few things that can go wrong, so that you can share with confidence.`,
      },
      {
        title: 'Confidential information and privacy',
        body: `Most mistakes that really hurt are about information that was not ours to share yet, or not ours to share at all.

## Confidential information

Do not post:

- unannounced products, features, projects or release dates;
- financial results, prices or deals before they are officially published;
- customer, supplier or partner names, unless they have agreed to be named;
- internal documents, dashboards, roadmaps or screenshots of internal tools.

Watch the background. A cheerful team photo in front of a whiteboard can reveal next quarter's plans. A screenshot of a feature in testing is not news yet; it is a leak.

Once something is announced, link to the official source, such as the newsroom, or use the approved posts in Chorus. **If in doubt, leave it out**, or ask the social media team first.

## Privacy

Colleagues and customers did not agree to appear on your timeline.

- Ask before posting a photo in which someone can be recognized, and accept a "no" without a reason.
- Do not name colleagues or customers in connection with work matters unless they agree.
- Never share personal data: email addresses, phone numbers, home addresses, health information, performance details or anything from an HR or customer system.

Name badges, visitor lists and open laptops in the background count too.

## Chorus checks, you decide

Chorus checks posts for confidential terms, profanity and personal data before they are shared, and warns you when something looks wrong. It catches common slips, but it cannot understand every context. You remain responsible for what you post.`,
      },
      {
        title: 'Tone, honesty and disclosure',
        body: `How you say something matters as much as what you say. A good rule of thumb: write as if your manager, a customer and your grandmother were all reading.

## Keep it respectful

- No swearing or profanity, not even abbreviated.
- No discrimination or remarks that demean anyone for who they are.
- Be fair to competitors. Criticize ideas, not people.
- Humour is welcome, but use it with care. Jokes travel without their context, and irony is easily misread.

## Be honest

Only claim what you can stand behind. Do not exaggerate what our products can do or promise things on behalf of the company.

## Say that you work here

When you praise or recommend Chorus products or services, your audience has a right to know that you work here, and in many countries the rules on endorsements require it. A short "I work at Chorus" or the hashtag #WeAreChorus is enough. The suggested posts in Chorus already include one; keep it when you edit the text.

## You speak for yourself

Only the press office and appointed spokespeople speak for the company officially. When you post, you speak as yourself. Where it could be unclear, add "views are my own" to your profile or post. If a journalist or analyst contacts you, thank them and pass the request on to the press office.`,
      },
      {
        title: 'When a post attracts hostile comments',
        body: `Sooner or later, someone will reply to a post with criticism, a complaint or plain hostility. It can feel personal, and the urge to set the record straight is strong. Resist it.

## Do not answer attacks yourself

Do not reply to hostile or negative comments, do not argue, and do not delete them in the heat of the moment. A reply, however reasonable, often draws more attention to the attack and can turn a single comment into a public argument. You may also not know the full background: there could be an open support case, a legal matter or a story the press office is already handling.

## Report it in Chorus

Use **Report a comment** in Chorus. Paste the link to the comment, add a line of context if you like, and send it. The social media team takes it from there. They know the background, work with support, legal and the press office where needed, and respond on behalf of the company.

Reporting is not telling tales or passing the buck. It is exactly the right thing to do, and the team would much rather see ten harmless reports than miss one that matters.

## If you made a mistake

If you realize you posted something you should not have, delete or correct it as soon as you can and tell the social media team straight away, at social@chorus.example. Telling us early is always the right move and nobody will be blamed for it.`,
      },
    ],
    questions: [
      {
        prompt: 'Which of these is fine to share on your own LinkedIn profile?',
        options: [
          'A photo of the product roadmap from the last all-hands meeting',
          'A newsroom article about our new Athens office, published this morning',
          'The name of a bank that is about to sign a large contract with us',
          'A screenshot of a new feature that is still being tested',
        ],
        correctOption: 1,
        explanation:
          'Published news from the newsroom is public and made to be shared. The others are unannounced plans, customer names without consent or work in progress.',
      },
      {
        prompt:
          'You took a great photo of your team at an event. One colleague is clearly recognizable. What should you do?',
        options: [
          'Post it; it was a public event',
          'Post it and tag the colleague so they can remove the tag if they want',
          'Ask the colleague first and respect their answer',
        ],
        correctOption: 2,
        explanation:
          'Colleagues did not agree to appear on your timeline. Ask before posting a photo in which someone can be recognized, and accept a "no" without a reason.',
      },
      {
        prompt:
          'Someone replies to your post with an angry and unfair comment about Chorus. What do you do?',
        options: [
          'Reply politely with the facts so that others see the other side',
          'Delete your post straight away so the comment disappears',
          'Report the comment with "Report a comment" in Chorus and do not reply yourself',
          'Ask a few colleagues to reply in support of the company',
        ],
        correctOption: 2,
        explanation:
          'Do not answer hostile comments yourself. Report them in Chorus so that the social media team, who knows the background, can respond.',
      },
      {
        prompt: 'You recommend a Chorus product in a post. What must the post make clear?',
        options: [
          'That you work for Chorus',
          'The price of the product',
          'That the post was approved by your manager',
          'Nothing; a personal recommendation needs no disclosure',
        ],
        correctOption: 0,
        explanation:
          'Your audience has a right to know you work here, and endorsement rules often require it. "I work at Chorus" or #WeAreChorus is enough.',
      },
      {
        prompt:
          'Chorus did not warn you about anything in your post. Who is responsible for what you publish?',
        options: [
          'Chorus, because its guardrails checked the post',
          'The curator who approved the original article',
          'The social media team',
          'You',
        ],
        correctOption: 3,
        explanation:
          'The guardrails catch common slips, but they cannot understand every context. You always remain responsible for what you post.',
      },
      {
        prompt:
          'You are not sure whether a detail in your post has been announced yet. What is the best approach?',
        options: [
          'Post it; if it is wrong, someone will tell you',
          'Leave it out, or ask the social media team first',
          'Post it with "views are my own" added',
        ],
        correctOption: 1,
        explanation:
          'If in doubt, leave it out. "Views are my own" does not make confidential information public.',
      },
    ],
  },
  {
    stage: 2,
    title: 'Social media at work',
    summary:
      'How social media makes everyday work easier, and how to use Chorus so that your posts sound like you.',
    passMark: 80,
    lessons: [
      {
        title: 'Find people and knowledge faster',
        body: `Social media is not only about broadcasting. Used well, it is one of the quickest ways to find the right person or the right answer, both inside and outside the company.

## Finding experts

With offices in Amsterdam, Copenhagen, Stockholm, Athens, Berlin and Paris, the colleague who solved your problem last year may sit in a building you have never visited. Professional profiles and posts show who works on what. Following colleagues' work helps you spot the person to ask before you spend a week reinventing something.

Outside the company, the same applies: researchers, practitioners and partners often share their work openly. A thoughtful comment on their post is a perfectly good way to start a conversation.

## Sharing what you know

When you write a short post about something your team learned, you help two audiences at once. People outside see that we know our field. Colleagues inside learn about it too, often faster than through an internal newsletter.

Keep the usual rules in mind: share lessons and insights, not internal details, customer names or unannounced plans.

## Following colleagues

Liking and commenting on a colleague's post is a small gesture that means a lot. It helps their post reach more people, it shows that you noticed their work, and it keeps you informed about what other teams are doing.

## A quick habit

Ten minutes a few times a week is enough: skim your feed, follow one new person whose work is relevant to yours, and react to one post you found useful.`,
      },
      {
        title: 'Stay informed and help recruit',
        body: `## Keeping up with the industry

Many of the most useful industry updates appear on social media before they reach newsletters or reports. Following a handful of analysts, trade publications, customers and thoughtful practitioners gives you a steady stream of news with little effort.

Be selective. A feed that follows everyone quickly becomes noise. Prefer sources that explain rather than shout, and check claims before you repeat them. An article that sounds too good, or too alarming, to be true often is.

The Chorus feed helps here. Curators pick industry articles alongside company news, so you can stay informed and find something worth sharing in the same place.

## Helping us recruit

Referrals are among the best ways to find new colleagues. People who hear about a role from someone they know get an honest picture of what the job is like, and tend to settle in well.

When you share a job opening:

- say a sentence about the team or why you like working here;
- mention who the role would suit, so your network can think of someone;
- point to the official job posting rather than copying the full text.

Do not share internal details of a hiring process, candidates' names or salary information that has not been published.

## Taking part your way

None of this is compulsory. Some people enjoy sharing several times a week, others once a month, others only read. All of that is fine. The aim is to make work easier and more connected, not to add another task.`,
      },
      {
        title: 'Using the Chorus feed and topics',
        body: `Chorus brings together the content that curators have approved for sharing: company news, industry articles, job openings and campaigns.

## The feed

Your feed shows the latest approved items, with pinned stories at the top. Each item has a short summary so you can decide quickly whether it interests you. Some items are only shown to certain departments, locations or languages, so your feed may differ from a colleague's.

Items can have an expiry date. Once an item expires, it disappears from the feed, usually because the news is no longer current or an event has passed.

## Topics

Follow the topics that match your interests and your network, such as Sustainability, Product, Careers or Industry. Chorus uses them to put the most relevant items first. If your followers are mostly engineers, a steady stream of event announcements may not be what they want to see.

## Suggested posts

Most items come with suggested text, sometimes written for a particular network. These suggestions are a starting point, checked by the curators and including the disclosure where it is needed.

## Sharing

Choose the network, edit the text and share. Before the post goes out, Chorus checks it against the guardrails and tells you if something looks wrong, for example a confidential term or personal data. You can then adjust the text.

## Suggesting content

Found an article your colleagues would like? Suggest it in Chorus. A curator will look at it and, if it fits, add it to the feed for everyone.`,
      },
      {
        title: 'Make it your own',
        body: `Imagine fifty colleagues posting exactly the same sentence within the same hour. Their followers notice, and the posts look like a campaign rather than fifty people who care. Networks notice too: identical posts are often shown to fewer people, and some may be treated as spam.

## Why your own words work better

Your network follows you because of you. A sentence about why a story matters to you, what your team did, or what you took away from an article is what makes people stop scrolling. It also makes your post unique, which helps it reach more people.

## How to adapt a suggested post

- **Add one personal sentence.** "Our team spent six months on this, and I am proud of the result" beats any slogan.
- **Pick the angle that fits your audience.** An engineer might highlight the technology, a salesperson what it means for customers.
- **Keep it short.** One or two sentences and the link is usually enough.
- **Keep the disclosure.** If the post recommends our products, keep "I work at Chorus" or #WeAreChorus.
- **Use few hashtags.** One or two relevant ones are plenty.

## Good timing

Share when it makes sense for you and your network, not necessarily the minute the news goes out. A post the next morning with your own comment can do better than an instant copy.

## Do not overdo it

If your feed becomes a stream of company news, followers may tune out. Mix company stories with industry articles and your own thoughts. Quality beats quantity.`,
      },
    ],
    questions: [
      {
        prompt: 'Why should you edit the suggested text before sharing?',
        options: [
          'Because Chorus does not allow unedited posts',
          'Because identical posts from many people look like spam, and your own words reach your network better',
          'Because suggested posts have not been checked by anyone',
          'Because it removes the need for disclosure',
        ],
        correctOption: 1,
        explanation:
          'Posts in your own words feel authentic and are more likely to be shown. Suggested posts are a starting point, checked by curators.',
      },
      {
        prompt:
          'You are editing a suggested post that recommends a Chorus product. Which part should you keep?',
        options: [
          'All the hashtags, so the post gets more reach',
          'The exact wording, so nothing goes wrong',
          'The disclosure that you work at Chorus, such as #WeAreChorus',
        ],
        correctOption: 2,
        explanation:
          'Make the text your own, but keep the disclosure whenever you recommend our products or services.',
      },
      {
        prompt: 'What is a good way to share a job opening from your team?',
        options: [
          'Add a sentence about the team, say who the role would suit and link to the official posting',
          'Copy the full job description and the salary range discussed internally',
          'Name the candidates already in the process so others know the competition',
          'Send the opening to all your contacts in a private message',
        ],
        correctOption: 0,
        explanation:
          'A personal sentence and a link to the official posting work best. Internal hiring details and candidate names stay private.',
      },
      {
        prompt:
          'An item has disappeared from your Chorus feed, although a colleague shared it last week. What is the most likely reason?',
        options: [
          'Your colleague shared it incorrectly',
          'Your account has been restricted',
          'Chorus removes items after one share',
          'The item has expired, for example because the event has passed',
        ],
        correctOption: 3,
        explanation:
          'Items can have an expiry date. When they expire, they leave the feed because the news is no longer current.',
      },
      {
        prompt:
          'What is the best way to use social media to find the right colleague for an unfamiliar problem?',
        options: [
          "Follow colleagues' work and look at who posts about the topic",
          'Post the internal details of the problem publicly and ask for help',
          'Wait for the next internal newsletter',
        ],
        correctOption: 0,
        explanation:
          "Following colleagues' work shows who works on what. Keep internal details out of public posts.",
      },
      {
        prompt: 'How often are you expected to share through Chorus?',
        options: [
          'At least once a week',
          'Every pinned item',
          'As often as you like, including not at all',
          'Whenever your manager asks',
        ],
        correctOption: 2,
        explanation: 'Taking part is voluntary. You decide whether, what and how often you share.',
      },
    ],
  },
  {
    stage: 3,
    title: 'Ambassador',
    summary:
      'Building relationships, answering genuine questions well, knowing when to hand over, and staying yourself.',
    passMark: 80,
    lessons: [
      {
        title: 'Listen before you speak',
        body: `As an ambassador, you are part of conversations, not just a source of posts. Good conversations start with listening.

## Know your audience

Look at who follows you and who reacts to your posts. What do they ask about? What do they find useful? A post that answers a question your network actually has will always do better than one that answers a question nobody asked.

## Read the whole conversation

Before you join a thread, read it from the start. Who is taking part? Is this a friendly exchange, a technical discussion, or a complaint that is already heating up? The same sentence can be helpful in one thread and tone-deaf in another.

## Spot what needs attention

While listening, you may notice things the company should know about: a customer who is struggling, a recurring misunderstanding about a product, or criticism that is gaining momentum. You do not have to solve these yourself. Tell the right people:

- product questions or ideas go to the relevant team;
- hostile or negative comments are reported in Chorus with **Report a comment**;
- anything that looks like it could become big goes to the social media team straight away, at social@chorus.example.

## Build relationships over time

Relationships grow from many small interactions: a useful comment on someone's post, congratulations on a new job, a link to an article they might like. None of these is about selling. Over time, they make you someone people trust and come back to, and that trust is what makes your posts about Chorus credible.`,
      },
      {
        title: 'Answering genuine questions',
        body: `Not every comment is a complaint. Often people simply want to know something: where to find the recording of a talk, whether a product works with their system, whether a team is hiring. A quick, friendly answer makes a great impression.

## What you can answer

You can help with questions that have a public, factual answer:

- point people to the newsroom, the product page, the documentation or the careers site;
- share information that has already been published;
- say honestly that you do not know, and point them to someone who does.

Keep replies short, friendly and specific. "Good question! The recording is on our events page," followed by the link, is perfect.

## What to hand over

Some questions are not yours to answer, however much you would like to help:

- **Support issues.** A customer with a problem with their account or product needs support, who can see the details. Point them to the official support channel rather than troubleshooting in public.
- **Prices, contracts and commitments.** These go to sales or the relevant team.
- **Press, analyst or investor questions** go to the press office.
- **Anything hostile, negative or sensitive** is reported in Chorus with **Report a comment**, and the social media team responds.

Never ask people to post personal details, such as an account number or email address, in public. Support will take that up privately.

## Get the tone right

Be warm and human, and write as you would talk to a customer face to face. Thank people for asking. Do not use jargon, do not copy marketing slogans, and never be sarcastic, even when a question seems obvious.`,
      },
      {
        title: 'Never argue, and stay calm in a crisis',
        body: `## Never argue

Arguments on social media have no winners. Even if you are right, a public back-and-forth makes the company look defensive and gives the critic a larger audience. It can also follow you personally for a long time.

When a conversation turns negative:

- do not reply, even to correct facts;
- do not delete or hide comments on your own post without talking to the social media team;
- report the comment in Chorus with **Report a comment**, with a short note on the context.

The social media team decides whether and how to respond. Sometimes the best response is a calm public reply, sometimes a private message, and sometimes no response at all. They can make that call because they see the full picture.

## In a crisis

Now and then, something bigger happens: a service outage, a news story, a public controversy. In those moments:

- **Pause your sharing.** Cheerful posts next to bad news look tone-deaf. Check Chorus and your email for guidance.
- **Do not speculate.** Do not guess at causes, numbers or consequences, even with good intentions.
- **Share only official updates.** If the company posts an update, sharing that link is fine. Adding your own theories is not.
- **Report what you see.** If people ask you directly, report the comments in Chorus rather than answering them yourself.
- **Look after yourself.** If you are being targeted personally, tell the social media team. You do not have to handle it alone.

When the moment has passed, the social media team will let ambassadors know when it is a good time to start sharing again.`,
      },
      {
        title: 'Your personal brand, authentically',
        body: `The best ambassadors do not sound like ambassadors. They sound like themselves.

## Be yourself

Your network follows you for your perspective, your expertise and your personality. Share the things you genuinely find interesting, in your own words. If a piece of company news does not excite you, you do not have to share it. Enthusiasm you do not feel is easy to spot.

## Build on your expertise

Think about what you want to be known for: data engineering, customer onboarding, sustainable logistics. Share articles, lessons and experiences around that theme. Company news that fits your theme will then feel natural in your feed rather than like an advertisement.

## Find the balance

A good mix might be a few of your own thoughts or lessons, some industry articles with your take on them, and now and then a company story you are proud of. If most of your posts are company news, people may start to scroll past.

## Be transparent

Authenticity includes honesty about your connection to the company. Say that you work at Chorus when you recommend our products, and add "views are my own" where it could be unclear whether you speak for the company. Transparency makes your recommendations more credible, not less.

## Give credit

Mention colleagues who did the work (with their agreement), link to the original source of an idea, and thank people who helped you. Generosity is one of the most attractive traits a professional can show online.

## Keep learning

Networks change, and so do good practices. The social media team shares tips and updates in Chorus. Ambassadors who keep learning stay relevant.`,
      },
    ],
    questions: [
      {
        prompt:
          'A customer asks under your post whether the event recording is available. It was published yesterday. What do you do?',
        options: [
          'Report the comment in Chorus, because you must never reply to comments',
          'Reply briefly and link to the recording on the official events page',
          'Ignore it; answering questions is the job of support',
          'Ask them to send you their email address so you can send it personally',
        ],
        correctOption: 1,
        explanation:
          'Genuine questions with a public, factual answer are yours to answer. Reporting is for hostile, negative or sensitive comments.',
      },
      {
        prompt:
          'A customer comments that they cannot log in to their account and asks for help. What is the right response?',
        options: [
          'Ask them to post their account email so you can look into it',
          'Walk them through some troubleshooting steps in the comments',
          'Tell them you are not allowed to talk about customers',
          'Point them to the official support channel, where someone can look at the details privately',
        ],
        correctOption: 3,
        explanation:
          'Support issues need someone who can see the details, in private. Never ask people to post personal details in public.',
      },
      {
        prompt:
          'A critic posts something factually wrong about Chorus under your post. What should you do?',
        options: [
          'Report the comment in Chorus and let the social media team decide how to respond',
          'Correct the facts politely in a reply',
          'Delete the comment so nobody sees the wrong information',
        ],
        correctOption: 0,
        explanation:
          'Never argue, even to correct facts. The social media team sees the full picture and decides whether and how to respond.',
      },
      {
        prompt:
          'There is a major service outage and people are asking about it online. What should you do?',
        options: [
          'Explain what you think caused it, so that people understand',
          'Carry on with your planned posts, to show things are normal',
          'Pause your sharing, share only official updates and report questions in Chorus',
          'Post that you cannot comment because of company rules',
        ],
        correctOption: 2,
        explanation:
          'In a crisis, pause, do not speculate, share only official updates and report the comments you receive.',
      },
      {
        prompt: 'Which post is the best example of an authentic ambassador?',
        options: [
          'The suggested text, copied exactly, with ten hashtags',
          'A short note on what you learned from the project, a link to the newsroom story and #WeAreChorus',
          'A post praising our product without mentioning that you work at Chorus, so it seems independent',
        ],
        correctOption: 1,
        explanation:
          'Your own words, a link to the official source and an honest disclosure make a post both authentic and credible.',
      },
      {
        prompt:
          'You are being targeted personally by hostile comments after sharing a company story. What do you do?',
        options: [
          'Handle it on your own; it is your personal account',
          'Reply firmly so that they stop',
          'Close your account',
          'Report the comments in Chorus and tell the social media team; you do not have to handle it alone',
        ],
        correctOption: 3,
        explanation:
          'Report hostile comments and let the social media team know. They support ambassadors who are targeted personally.',
      },
    ],
  },
];
