import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROMPTS } from '../../../src/main/core/templates/prompts';
import { Prompt, PROMPT_THEMES } from '@shared/template';

describe('built-in prompts', () => {
  it('number at least 80, with unique ids and texts', () => {
    expect(BUILT_IN_PROMPTS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(BUILT_IN_PROMPTS.map((prompt) => prompt.id)).size).toBe(BUILT_IN_PROMPTS.length);
    expect(new Set(BUILT_IN_PROMPTS.map((prompt) => prompt.text)).size).toBe(BUILT_IN_PROMPTS.length);
  });

  it('cover all eight themes with at least ten each', () => {
    expect(PROMPT_THEMES).toHaveLength(8);
    for (const theme of PROMPT_THEMES) {
      expect(BUILT_IN_PROMPTS.filter((prompt) => prompt.theme === theme).length).toBeGreaterThanOrEqual(10);
    }
  });

  it('are valid, short, open questions', () => {
    for (const prompt of BUILT_IN_PROMPTS) {
      expect(Prompt.parse(prompt)).toEqual(prompt);
      expect(prompt.builtIn).toBe(true);
      expect(prompt.text.endsWith('?')).toBe(true);
      expect(prompt.text.length).toBeLessThanOrEqual(90);
    }
  });

  it('keep their ids (they are stored in vaults)', () => {
    expect(BUILT_IN_PROMPTS.find((prompt) => prompt.id === 'setback-01')?.theme).toBe('setbacks');
    expect(BUILT_IN_PROMPTS.find((prompt) => prompt.id === 'selfcare-01')?.text).toBe('What did today cost me?');
  });
});
