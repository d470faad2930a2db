// Every error code, with every message main writes for it: the heading and the detail never say the same thing twice.
/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, type ErrorCode } from '@shared/errors';
import { CallError } from '../../../src/renderer/src/bridge';
import { errorWords } from '../../../src/renderer/src/errors/error-words';

// Every source file of main and shared, as text, read by Vite when the test is built.
const SOURCES = import.meta.glob(['/src/main/**/*.ts', '/src/shared/**/*.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** The plain-text messages main and shared code throw, by code (templated ones with their fixed words). */
function messagesInSource(): Map<ErrorCode, string[]> {
  const found = new Map<ErrorCode, string[]>(ERROR_CODES.map((code) => [code, []]));
  const thrown = /(?:new AppError|fail)\(\s*'([A-Z_]+)',\s*(['`])((?:(?!\2).)*)\2/gs;
  for (const text of Object.values(SOURCES)) {
    for (const [, code, , message] of text.matchAll(thrown))
      found.get(code as ErrorCode)?.push(message!.replace(/\$\{[^}]*\}/g, 'x'));
  }
  return found;
}

// A person hears "vault" and "journal", "this" and "your", as the same thing said again.
const SAME = { vault: 'journal', can: 'can', cannot: 'not', 'can’t': 'not', "can't": 'not', doesn: 'not' };
const FILLER = new Set(['the', 'this', 'that', 'your', 'a', 'an', 'it', 'is', 'does', 't', 'here']);
const gist = (sentence: string) =>
  sentence
    .toLowerCase()
    .split(/[^\p{L}\p{N}’']+/u)
    .map((w) => SAME[w as keyof typeof SAME] ?? w)
    .filter((w) => w && !FILLER.has(w))
    .join(' ');
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim());

function repeated(heading: string, detail: string): string | null {
  const seen = new Set<string>();
  for (const sentence of [heading, ...sentences(detail)]) {
    const key = gist(sentence);
    if (key && seen.has(key)) return sentence;
    seen.add(key);
  }
  return null;
}

describe('error words', () => {
  const inSource = messagesInSource();

  it('finds the messages main writes (the scan itself works)', () => {
    expect(inSource.get('WRONG_PASSPHRASE')!.length).toBeGreaterThan(0);
    expect([...inSource.values()].flat().length).toBeGreaterThan(30);
  });

  it.each(ERROR_CODES)('%s: no heading and message pair repeats itself', (code) => {
    const heading = errorWords(new CallError({ code, message: 'x' })).heading;
    const samples = [
      ...inSource.get(code)!,
      // Whatever main says, even its heading again, or one sentence twice, is shown once.
      `${heading}.`,
      `${heading}. Try again.`,
      'Try again. Try again.',
    ];
    for (const message of samples) {
      const words = errorWords(new CallError({ code, message }));
      expect(repeated(words.heading, words.detail), `${code}: “${words.heading}. ${words.detail}”`).toBeNull();
    }
  });

  it('a wrong passphrase at unlock is said once, with what to do next', () => {
    const atUnlock = inSource.get('WRONG_PASSPHRASE')!.filter((m) => !m.includes('backup'));
    expect(atUnlock).toHaveLength(1);
    const words = errorWords(new CallError({ code: 'WRONG_PASSPHRASE', message: atUnlock[0]! }));
    expect(words.heading).toBe('That passphrase does not open this journal');
    expect(words.detail).not.toMatch(/does not open|vault/);
    expect(words.detail).toMatch(/recovery key/);
  });
});
