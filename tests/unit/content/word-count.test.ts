import { describe, expect, it } from 'vitest';
import { countWords } from '@shared/word-count';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\n ', 0],
    ['one', 1],
    ['one two  three\nfour', 4],
    ["don't stop the well-being", 4],
    ['- one\n- two\n[x] done\n[ ] open\n1. first\n---', 5],
    ['It took 10:30 minutes', 4],
    ['Café naïve résumé', 3],
    ['It costs 12.50 today', 4],
    ['日本語', 3],
    ['Hello, @Ana!', 2],
  ])('counts %j as %i', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});
