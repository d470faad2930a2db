import type { Prompt, PromptTheme } from '@shared/template';

// Ids end up in favourites and hidden lists inside vaults: never renumber or reuse one.
// New prompts take the next free number in their theme.
type Row = readonly [id: string, text: string];

const SETBACKS: Row[] = [
  ['setback-01', 'What knocked me back today, and how did I respond?'],
  ['setback-02', 'When did I feel ignored, and what did I do with that?'],
  ['setback-03', 'Who dismissed an idea of mine, and what might have been behind it?'],
  ['setback-04', 'What got thwarted this week, and what is still possible?'],
  ['setback-05', 'When did I meet scorn, and what helped me carry on?'],
  ['setback-06', 'What did I tell myself after it went wrong?'],
  ['setback-07', 'What would I say to a colleague who had the setback I had?'],
  ['setback-08', 'Looking back, which setback taught me the most?'],
  ['setback-09', 'What is still worth doing, even after this?'],
  ['setback-10', 'Who helped me recover, and have I told them?'],
  ['setback-11', 'Which part of the setback was mine, and which part was the system’s?'],
  ['setback-12', 'How do I know when to try again and when to let go?'],
];

const COURAGE: Row[] = [
  ['courage-01', 'Where did I take a risk on someone today?'],
  ['courage-02', 'What did I say that was hard to say?'],
  ['courage-03', 'What uncertainty am I living with right now?'],
  ['courage-04', 'When did I act without knowing how it would turn out?'],
  ['courage-05', 'What did I choose not to do, and was that courage or caution?'],
  ['courage-06', 'Where did I speak up for someone who wasn’t in the room?'],
  ['courage-07', 'What would I try if I were a little braver?'],
  ['courage-08', 'What gave me the nerve to go ahead?'],
  ['courage-09', 'Who showed courage alongside me?'],
  ['courage-10', 'What did I stake on this, and was it worth it?'],
  ['courage-11', 'Where am I holding back, and what am I protecting?'],
  ['courage-12', 'What small act of courage went unnoticed?'],
];

const LEGITIMACY: Row[] = [
  ['legitimacy-01', 'In which world did I feel most at home today?'],
  ['legitimacy-02', 'Where was my right to be there questioned?'],
  ['legitimacy-03', 'Who vouched for me, and what did that make possible?'],
  ['legitimacy-04', 'What gives me credibility on each side of this boundary?'],
  ['legitimacy-05', 'Where did I borrow someone else’s legitimacy?'],
  ['legitimacy-06', 'What did I do to earn trust in a world that isn’t mine?'],
  ['legitimacy-07', 'Whose voice did I carry from one room to another?'],
  ['legitimacy-08', 'How do I introduce myself in each world I move between?'],
  ['legitimacy-09', 'Where did I feel like an outsider, and what did it teach me?'],
  ['legitimacy-10', 'What do people on each side expect of me?'],
  ['legitimacy-11', 'When did my standing in one world cost me in another?'],
  ['legitimacy-12', 'Who decides whether my work counts here?'],
];

const BOUNDARIES_LANDSCAPE: Row[] = [
  ['landscape-01', 'Which boundaries did I cross today?'],
  ['landscape-02', 'What does this look like from the other side of the boundary?'],
  ['landscape-03', 'Who is missing from this conversation?'],
  ['landscape-04', 'Where are two practices talking past each other?'],
  ['landscape-05', 'Which words mean different things on each side?'],
  ['landscape-06', 'Where could a new conversation start?'],
  ['landscape-07', 'Who would I love to bring together, and why?'],
  ['landscape-08', 'What does each side know that the other doesn’t?'],
  ['landscape-09', 'If I step back and look at the whole landscape, what do I see?'],
  ['landscape-10', 'Where is this boundary useful, and where is it in the way?'],
  ['landscape-11', 'What learning space is needed that doesn’t exist yet?'],
  ['landscape-12', 'Who else is already convening across this boundary?'],
];

const RELATIONSHIPS: Row[] = [
  ['relationships-01', 'Who did I bet on today, and why them?'],
  ['relationships-02', 'Which relationship needs more of my attention?'],
  ['relationships-03', 'Who surprised me, and what did they show me?'],
  ['relationships-04', 'Whose trust did I earn, and how?'],
  ['relationships-05', 'Who haven’t I heard from in a while?'],
  ['relationships-06', 'What does this person need from me to take the next step?'],
  ['relationships-07', 'Where did I see potential that others missed?'],
  ['relationships-08', 'Which bet on someone didn’t pay off, and what did I learn?'],
  ['relationships-09', 'Who is carrying this work with me?'],
  ['relationships-10', 'What did I notice about how people listened to each other?'],
  ['relationships-11', 'Which unlikely pair could learn from each other?'],
  ['relationships-12', 'Who do I want to thank, and for what?'],
];

const IMPACT_VALUE: Row[] = [
  ['impact-01', 'What difference did today’s work make, and for whom?'],
  ['impact-02', 'What happened in the conversation that wouldn’t have happened otherwise?'],
  ['impact-03', 'What did someone take away and use?'],
  ['impact-04', 'What change am I seeing that is hard to attribute to anyone?'],
  ['impact-05', 'What evidence of contribution could I note now, while it’s fresh?'],
  ['impact-06', 'Who would notice if this work stopped?'],
  ['impact-07', 'What story would show the value of this work to a sceptic?'],
  ['impact-08', 'What small sign of change did I spot?'],
  ['impact-09', 'Which connection I made is now working without me?'],
  ['impact-10', 'How would the people affected describe the value, in their own words?'],
  ['impact-11', 'What am I proud of that isn’t on any report?'],
  ['impact-12', 'How would I know, a year from now, that this mattered?'],
];

const COST_SELF_CARE: Row[] = [
  ['selfcare-01', 'What did today cost me?'],
  ['selfcare-02', 'How is my energy right now, honestly?'],
  ['selfcare-03', 'What am I carrying that isn’t mine to carry?'],
  ['selfcare-04', 'What would help me rest tonight?'],
  ['selfcare-05', 'Where did I say yes when I meant no?'],
  ['selfcare-06', 'Who looks after me while I look after the connections?'],
  ['selfcare-07', 'What boundary do I need for myself?'],
  ['selfcare-08', 'What drained me, and what restored me?'],
  ['selfcare-09', 'When did I last do something just for me?'],
  ['selfcare-10', 'What would I tell a friend working the way I am?'],
  ['selfcare-11', 'What can wait until tomorrow?'],
  ['selfcare-12', 'What do I need that I haven’t asked for?'],
];

const LEARNING: Row[] = [
  ['learning-01', 'What did I learn today that I didn’t expect to?'],
  ['learning-02', 'What would I do differently next time?'],
  ['learning-03', 'What question is staying with me?'],
  ['learning-04', 'Which of my assumptions was challenged?'],
  ['learning-05', 'What pattern am I starting to notice?'],
  ['learning-06', 'What did I learn from someone on the other side of a boundary?'],
  ['learning-07', 'What do I understand now that I didn’t a month ago?'],
  ['learning-08', 'What do I want to bring to supervision?'],
  ['learning-09', 'What am I curious about next?'],
  ['learning-10', 'What is the one thing I want to remember from this week?'],
  ['learning-11', 'How has my practice changed this year?'],
  ['learning-12', 'What do I know in my bones that I can’t yet put into words?'],
];

const BY_THEME: Record<PromptTheme, Row[]> = {
  setbacks: SETBACKS,
  courage: COURAGE,
  legitimacy: LEGITIMACY,
  'boundaries-landscape': BOUNDARIES_LANDSCAPE,
  'relationships-betting-on-people': RELATIONSHIPS,
  'impact-value': IMPACT_VALUE,
  'cost-to-self-care': COST_SELF_CARE,
  learning: LEARNING,
};

export const BUILT_IN_PROMPTS: readonly Prompt[] = Object.entries(BY_THEME).flatMap(([theme, rows]) =>
  rows.map(([id, text]) => ({ id, theme: theme as PromptTheme, text, builtIn: true })),
);
