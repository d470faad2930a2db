import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../../src/main/core/export/phrase-matcher';

const matcher = (...phrases: string[]) =>
  new PhraseMatcher(phrases.map((phrase, i) => ({ phrase, replacement: `<${i}>` })));

describe('PhraseMatcher', () => {
  it('prefers the longest phrase, and falls back to a shorter one where the longer is not a whole word', () => {
    const m = matcher('Sam', 'Sam Lee');
    expect(m.replace('Sam Lee came; Sam Leeds did not; SAM stayed.')).toBe('<1> came; <0> Leeds did not; <0> stayed.');
  });

  it('treats letters outside the Basic Multilingual Plane as word characters', () => {
    const m = matcher('Ann');
    expect(m.replace('𝐀Ann and Ann𝐀 but Ann.')).toBe('𝐀Ann and Ann𝐀 but <0>.');
  });

  it('matches composed and decomposed spellings alike, and any white space between words', () => {
    const m = matcher('Zoë Hart');
    expect(m.replace('Zoe\u0308 Hart and zoë\u00a0 hart')).toBe('<0> and <0>');
  });

  it('finds a phrase anywhere in an address, word edges or not', () => {
    const m = matcher('Hollowbrook');
    expect(m.occursIn('https://hollowbrooktrust.org/')).toBe(true);
    expect(m.occursIn('https://example.org/')).toBe(false);
  });
});
