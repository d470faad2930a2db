import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../../src/main/core/templates/builtins';
import { Template } from '@shared/template';

describe('built-in templates', () => {
  it('are exactly the ten, in picker order', () => {
    expect(BUILT_IN_TEMPLATES.map((template) => template.name)).toEqual([
      'Daily reflection',
      'Setback and recovery',
      'Courage',
      'Legitimacy across worlds',
      'Landscape view',
      'What? So What? Now What?',
      'Gibbs’ reflective cycle',
      'Value-creation story',
      'Weekly review',
      'Supervision preparation',
    ]);
  });

  it('have unique ids and are valid, built-in templates', () => {
    expect(new Set(BUILT_IN_TEMPLATES.map((template) => template.id)).size).toBe(10);
    for (const template of BUILT_IN_TEMPLATES) {
      expect(Template.parse(template)).toEqual(template);
      expect(template.builtIn).toBe(true);
    }
  });

  it.each(BUILT_IN_TEMPLATES.map((template) => [template.name, template] as const))(
    '%s has sections with prompts, a named source with a year, and says when to use it',
    (_name, template) => {
      expect(template.sections.length).toBeGreaterThan(0);
      for (const section of template.sections) {
        expect(section.heading.trim()).not.toBe('');
        expect(section.prompts.length).toBeGreaterThan(0);
      }
      expect(template.source).toMatch(/\(\d{4}\)/);
      expect(template.description).toMatch(/\d{4}/);
      expect(template.whenToUse.trim()).not.toBe('');
    },
  );

  it('cover the shapes the brief asks for', () => {
    const headings = (id: string) =>
      BUILT_IN_TEMPLATES.find((template) => template.id === id)!.sections.map((s) => s.heading);
    expect(headings('builtin-gibbs-reflective-cycle')).toEqual([
      'Description',
      'Feelings',
      'Evaluation',
      'Analysis',
      'Conclusion',
      'Action plan',
    ]);
    expect(headings('builtin-what-so-what-now-what')).toEqual(['What?', 'So what?', 'Now what?']);
    expect(headings('builtin-value-creation-story').join(' ')).toMatch(
      /Immediate.*Potential.*Applied.*Realised.*Reframing.*Enabling.*Strategic/,
    );
    const weekly = BUILT_IN_TEMPLATES.find((template) => template.id === 'builtin-weekly-review')!;
    expect(weekly.sections[0]!.prompts).toContain('What did I do this week that no one saw?');
  });
});
