/**
 * The card templates Touchpoint ships with, one per touchpoint kind. Written the way a thoughtful
 * small-business owner would write by hand: short, warm, about the client, never a sales pitch.
 * Ids are stable (`builtin:<kind>`) so a user's edits and card history keep pointing at them.
 */
import { TOUCHPOINT_KINDS, type CardTemplate, type TouchpointKind } from '../domain/schemas';

/** The built-in templates' version date: bump when their wording changes. */
const BUILT_IN_AT = '2025-01-01T00:00:00.000Z';

type Wording = Pick<CardTemplate, 'name' | 'front' | 'inside' | 'closing'>;

const WORDING: Record<TouchpointKind, Wording> = {
  'welcome-card': {
    name: 'Welcome',
    front: 'Welcome!',
    inside:
      '{salutation},\n\n' +
      "I'm so glad we're starting this together. Thank you for the trust you've placed in me – it means more than you might think.\n\n" +
      "Whenever a question comes up, big or small, just reach out. I'm here for it.\n\n" +
      "Here's to a wonderful journey together!",
    closing: 'Warmly,\n{signature}',
  },
  'check-in-call': {
    name: 'Checking in',
    front: 'How are you?',
    inside:
      '{salutation},\n\n' +
      "You've been on my mind, and I'd love to hear how things are going. I'll give you a call in the next few days – and if something comes up before then, don't hesitate to reach out.\n\n" +
      'Talk soon!',
    closing: 'Warmly,\n{signature}',
  },
  'holiday-greeting': {
    name: 'Holiday greeting',
    front: 'Happy {holidayName}',
    inside:
      '{salutation},\n\n' +
      'As {holidayName} comes around, I wanted to take a moment to say thank you. Working with you has been one of the real joys of my year.\n\n' +
      'I hope the days ahead bring you rest, good food and plenty of time with the people who matter most.',
    closing: 'Warm wishes,\n{signature}',
  },
  'birthday-greeting': {
    name: 'Birthday',
    front: 'Happy Birthday',
    inside:
      '{salutation},\n\n' +
      'Wishing you a birthday filled with the people and things you love most. May the year ahead bring you good health, lots of laughter and a few lovely surprises.\n\n' +
      'Enjoy every minute of your day!',
    closing: 'With warm wishes,\n{signature}',
  },
  'important-date': {
    name: 'Important date',
    front: 'Thinking of you',
    inside:
      '{salutation},\n\n' +
      "A special day is coming up – {dateLabel} – and I wanted to send a little note to say I'm thinking of you.\n\n" +
      "I hope it's a day full of good moments and the people you love.",
    closing: 'Warmly,\n{signature}',
  },
  'end-of-journey-gift': {
    name: 'Thank you (end of journey)',
    front: 'Thank you',
    inside:
      '{salutation},\n\n' +
      "As our work together comes to a close, I wanted to say a heartfelt thank you. It has been a real pleasure to walk this stretch of the road with you, and I'm proud of everything we achieved.\n\n" +
      "Please enjoy this small token of my appreciation. My door is always open – I'd love to hear how things are going.",
    closing: 'With gratitude,\n{signature}',
  },
  'testimonial-request': {
    name: 'A few kind words',
    front: 'Your words matter',
    inside:
      '{salutation},\n\n' +
      'Looking back on our time together still makes me smile. If you have a quiet moment, would you share a few words about your experience? A sentence or two helps people like you decide whether I am the right fit.\n\n' +
      "And if anything could have been better, I'd truly love to hear that too.",
    closing: 'Thank you so much,\n{signature}',
  },
  'referral-thank-you': {
    name: 'Thank you for the referral',
    front: 'Thank you!',
    inside:
      '{salutation},\n\n' +
      "Thank you for introducing me to {referredName}. Passing on my name is the kindest compliment you could give, and I don't take it lightly.\n\n" +
      'I promise to take the very best care of them.',
    closing: 'Gratefully,\n{signature}',
  },
  'keep-in-touch': {
    name: 'Keeping in touch',
    front: 'Hello, you',
    inside:
      '{salutation},\n\n' +
      "It's been a little while, and you came to mind today. I hope life is treating you well and that the work we did together is still serving you.\n\n" +
      "If there's anything I can do, or you'd simply like to catch up, I'd be delighted to hear from you.",
    closing: 'All the best,\n{signature}',
  },
  custom: {
    name: 'Just a note',
    front: 'Just a note',
    inside:
      '{salutation},\n\n' +
      "I simply wanted to say thank you for being such a wonderful client. I'm so glad our paths crossed.\n\n" +
      'Wishing you a lovely week ahead.',
    closing: 'Warmly,\n{signature}',
  },
};

export function builtInTemplateId(kind: TouchpointKind): string {
  return `builtin:${kind}`;
}

export const DEFAULT_CARD_TEMPLATES: readonly CardTemplate[] = TOUCHPOINT_KINDS.map((kind) => ({
  id: builtInTemplateId(kind),
  kind,
  builtIn: true,
  updatedAt: BUILT_IN_AT,
  ...WORDING[kind],
}));

/** The template for a touchpoint kind: the user's own if they have one, else the built-in one. */
export function templateForKind(
  kind: TouchpointKind,
  userTemplates: readonly CardTemplate[] = [],
): CardTemplate {
  const own = userTemplates.find((t) => t.kind === kind && !t.builtIn);
  if (own) return own;
  const builtIn =
    userTemplates.find((t) => t.id === builtInTemplateId(kind)) ??
    DEFAULT_CARD_TEMPLATES.find((t) => t.kind === kind);
  if (!builtIn) throw new Error(`No card template for ${kind}`);
  return builtIn;
}
