/*
 * File names that every system accepts. Names are built only from a pack's already redacted
 * titles and dates, so they carry nothing the writer chose to hide.
 */

const UNSAFE = /[\p{Cc}\p{Cf}<>:"/\\|?*]/gu;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_STEM = 100;

/** A name without separators, control characters or the characters Windows refuses, at most ~100 characters. */
export function safeFileStem(text: string, fallback = 'Untitled'): string {
  let stem = text.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  stem = [...stem]
    .slice(0, MAX_STEM)
    .join('')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (stem === '') stem = fallback;
  return RESERVED.test(stem) ? `_${stem}` : stem;
}

/** Hands out names, adding " (2)", " (3)" … where one is taken already (ignoring case). */
export function uniqueNames(): (stem: string, extension: string) => string {
  const taken = new Set<string>();
  return (stem, extension) => {
    let name = `${stem}.${extension}`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem} (${n}).${extension}`;
    taken.add(name.toLowerCase());
    return name;
  };
}
