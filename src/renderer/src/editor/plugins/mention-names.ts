import { MENTION_TRIGGER } from '@shared/lexical/mention-node';

/** The longest name a mention takes, and the most words in it. */
export const MAX_NAME_LENGTH = 64;
export const MAX_NAME_WORDS = 4;
const MAX_SUGGESTIONS = 8;

// Letters of any script with their combining marks (Zoë typed as e + ¨, Arabic vowel signs, Devanagari), digits.
export const NAME_CHAR = String.raw`[\p{L}\p{M}\p{N}_'’-]`;
/** "@" at the start of a line or after a space or "(", then the one word typed so far. */
export const QUERY = new RegExp(String.raw`(^|[\s(])${MENTION_TRIGGER}(${NAME_CHAR}{0,${MAX_NAME_LENGTH}})$`, 'u');
/** The same word finished by the character just typed that cannot be part of a name (a space, "," or "."). */
export const TYPED_MENTION = new RegExp(
  String.raw`(^|[\s(])${MENTION_TRIGGER}(${NAME_CHAR}{1,${MAX_NAME_LENGTH}})([^\p{L}\p{M}\p{N}_'’-])$`,
  'u',
);
/** The words typed straight after a mention, each after one space: " Bevan", " 小龍", optionally finished. */
const FURTHER_WORDS = new RegExp(
  String.raw`^((?: ${NAME_CHAR}+){1,${MAX_NAME_WORDS - 1}})([^\p{L}\p{M}\p{N}_'’-])?$`,
  'u',
);
// A word that can go on a new person's name: it starts with a capital, or with a letter of a script without
// capitals (Chinese, Arabic, Devanagari…), perhaps after a joined particle ("al-Rashid", "d'Arcy").
// "@Don today" stays Don.
const NAME_WORD = /^(?:\p{Ll}{1,3}['’-])?(?!\p{Ll})\p{L}/u;
// Small words inside surnames ("Anna van der Berg", "María de la Cruz", "Khalid bin Walid"): a name may hold
// them before a word that starts a name, never at its end, so "@Ana de" waits for the next word.
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'la',
  'le',
  'bin',
  'ibn',
  'bint',
  'al',
  'el',
  'ter',
  'ten',
  'zu',
  'dos',
  'das',
  'do',
]);
// "@Ana's notes" mentions Ana.
const POSSESSIVE = /['’]s$/iu;

const lower = (name: string) => name.toLocaleLowerCase();

/** The name without a possessive "'s" (a name of two letters or fewer keeps it). */
export const withoutPossessive = (typed: string) => (typed.length > 2 ? typed.replace(POSSESSIVE, '') : typed);

/** A known person's spelling of `typed`, ignoring case; else `typed` itself. */
export function knownSpelling(people: readonly string[], typed: string): string {
  return people.find((person) => lower(person) === lower(typed)) ?? typed;
}

/** People whose name, or a word in it, starts with `query`; case-insensitive. */
export function suggestPeople(people: readonly string[], query: string): string[] {
  const wanted = lower(query);
  return people
    .filter((name) =>
      lower(name)
        .split(/\s+/)
        .some((word) => word.startsWith(wanted)),
    )
    .slice(0, MAX_SUGGESTIONS);
}

/**
 * Words typed after a mention that was just made ("@Helen" then " Bevan"): the longer name they would make,
 * and the character that finished them if one did. Null when the text is not such words.
 */
export function furtherWords(mentionName: string, text: string): { name: string; ender: string } | null {
  const match = FURTHER_WORDS.exec(text);
  if (match === null) return null;
  const [, words = '', ender = ''] = match;
  const name = `${mentionName}${words}`;
  if (name.length > MAX_NAME_LENGTH || name.split(' ').length > MAX_NAME_WORDS) return null;
  return { name, ender };
}

export type MentionChoice = { name: string; isNew: boolean };

/**
 * What the menu offers for `query`: known people who match it, then "Add person" for the name as typed when no
 * one has it. A longer name (after a mention) matches people whose whole name starts with it, and is offered as
 * new only when each added word could start a name.
 */
export function mentionChoices(people: readonly string[], query: string, longer: boolean): MentionChoice[] {
  const known = longer
    ? people.filter((person) => lower(person).startsWith(lower(query))).slice(0, MAX_SUGGESTIONS)
    : suggestPeople(people, query);
  const choices = known.map((name) => ({ name, isNew: false }));
  const exists = people.some((person) => lower(person) === lower(query));
  const added = query.split(' ').slice(1);
  const canBeName =
    !longer || added.every((word, i) => NAME_WORD.test(word) || (i < added.length - 1 && PARTICLES.has(word)));
  if (query !== '' && !exists && canBeName) choices.push({ name: query, isNew: true });
  return choices;
}
