export const onboarding = {
  welcome: {
    title: 'Welcome to Landscape',
    p1: 'A journal for people whose work happens between worlds: services, disciplines, communities and sectors.',
    p2: 'A few minutes a day to notice what you did, what it cost and what it made possible, including the work that goes unseen, sometimes even by you.',
    p3: 'Templates and prompts help with setbacks, courage, legitimacy across worlds and value-creation stories. Over time Landscape shows you the pattern of your work, and you can take chosen, redacted entries to supervision.',
  },
  privacy: {
    title: 'Private by design',
    p1: 'Your journal stays on this computer, in a folder you choose. Landscape sends nothing anywhere.',
    p2: 'Every entry is encrypted with your passphrase. Without it, nobody can read them: not us, and not anyone who has your computer.',
    p3: 'You will be given a recovery key. If you forget your passphrase it is the only way back in, so keep it somewhere safe, away from this computer.',
  },
  back: 'Back',
  next: 'Next',
  create: 'Create my journal',
  skip: 'Skip the introduction',
};
