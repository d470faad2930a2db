import { act, screen } from '@testing-library/react';
import { CONTROLLED_TEXT_INSERTION_COMMAND } from 'lexical';
import { describe, expect, it } from 'vitest';
import { suggestPeople } from '../../../src/renderer/src/editor/plugins/MentionsPlugin';
import { buildContent, paragraph } from './content';
import { nodesOfType, renderEditor } from './render-editor';

const PEOPLE = ['Ana Lima', 'Ben Okafor', 'Bea', 'Cleo'];

/** The editor's references to menu items that are not in the page (axe: aria-valid-attr-value). */
const danglingRefs = (box: HTMLElement) =>
  ['aria-activedescendant', 'aria-controls'].flatMap((name) => {
    const id = box.getAttribute(name);
    return id !== null && document.getElementById(id) === null ? [`${name}=${id}`] : [];
  });

describe('suggestPeople', () => {
  it('matches the start of any word in a name, ignoring case', () => {
    expect(suggestPeople(PEOPLE, 'b')).toEqual(['Ben Okafor', 'Bea']);
    expect(suggestPeople(PEOPLE, 'oka')).toEqual(['Ben Okafor']);
    expect(suggestPeople(PEOPLE, 'ima')).toEqual([]);
    expect(suggestPeople(PEOPLE, '')).toEqual(PEOPLE);
  });
});

describe('MentionsPlugin', () => {
  it('turns "@Name" and a space into a mention', async () => {
    const { type, caretAtEnd, lastContent, box } = renderEditor({ people: PEOPLE });
    await caretAtEnd();
    await type('Met @Dana today');
    expect(nodesOfType(lastContent(), 'mention')).toEqual([
      expect.objectContaining({ type: 'mention', mentionName: 'Dana', text: '@Dana', mode: 'token' }),
    ]);
    expect(box.textContent).toBe('Met @Dana today');
    expect(box.querySelector('.editor-mention')?.getAttribute('data-mention')).toBe('Dana');
  });

  it('ends a typed name at punctuation, and reads "@Name\'s" as a mention of Name', async () => {
    const { type, caretAtEnd, lastContent, box } = renderEditor({ people: PEOPLE });
    await caretAtEnd();
    await type("Saw @Dana, then @Cleo's notes (@Eli).");
    expect(nodesOfType(lastContent(), 'mention').map((node) => node.mentionName)).toEqual(['Dana', 'Cleo', 'Eli']);
    expect(box.textContent).toBe("Saw @Dana, then @Cleo's notes (@Eli).");
  });

  it("takes a known person's spelling when the typed name matches it", async () => {
    const { type, caretAtEnd, lastContent } = renderEditor({ people: PEOPLE });
    await caretAtEnd();
    await type('@cleo ');
    expect(nodesOfType(lastContent(), 'mention')[0]).toMatchObject({ mentionName: 'Cleo', text: '@Cleo' });
  });

  it('points the editor at no suggestion that is not there (axe: aria-valid-attr-value)', async () => {
    const { type, caretAtEnd, box } = renderEditor({ people: PEOPLE });
    await caretAtEnd();
    const dangling = () => danglingRefs(box);
    await type('With @Zed');
    expect(dangling()).toEqual([]);
    await type(' and @b');
    expect(screen.getAllByRole('option').map((o) => o.id)).toContain(box.getAttribute('aria-activedescendant'));
    await type('zz');
    expect(dangling()).toEqual([]);
  });

  it('points the editor at nothing once a longer name stops being offered (axe: aria-valid-attr-value)', async () => {
    const { type, caretAtEnd, box } = renderEditor({ people: ['Sam'] });
    await caretAtEnd();
    const dangling = () => danglingRefs(box);
    await type('With @Sa');
    await press(box, 'Escape');
    await type(' And');
    await screen.findByRole('option', { name: 'Add person “Sa And”' });
    await type(' a second thought.');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(dangling()).toEqual([]);
  });

  it('suggests people after "@" and mentions the one clicked', async () => {
    const { type, caretAtEnd, lastContent, user, box } = renderEditor({ people: PEOPLE });
    await caretAtEnd();
    await type('With @b');
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Ben Okafor', 'Bea', 'Add person “b”']);
    expect(box.getAttribute('aria-controls')).toBe('typeahead-menu');

    await user.click(options[0]!);
    expect(nodesOfType(lastContent(), 'mention')).toEqual([expect.objectContaining({ mentionName: 'Ben Okafor' })]);
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    await type('said');
    expect(box.textContent).toBe('With @Ben Okafor said');
  });

  it('mentions the highlighted suggestion on Enter', async () => {
    const { type, caretAtEnd, lastContent, box } = renderEditor({ people: PEOPLE });
    await caretAtEnd();
    await type('@An');
    await screen.findByRole('option', { name: 'Ana Lima' });
    await act(async () => {
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }));
    });
    expect(nodesOfType(lastContent(), 'mention')).toEqual([expect.objectContaining({ mentionName: 'Ana Lima' })]);
  });

  it('makes "@Name" a mention when Enter ends the line and no one is suggested, and keeps the new line', async () => {
    const { type, caretAtEnd, lastContent, box } = renderEditor({ people: PEOPLE });
    await caretAtEnd();
    await type('Met @Don');
    await act(async () => {
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }));
    });
    await type('Then tea.');
    expect(nodesOfType(lastContent(), 'mention')).toEqual([expect.objectContaining({ mentionName: 'Don' })]);
    expect(nodesOfType(lastContent(), 'paragraph').length).toBeGreaterThanOrEqual(2);
    expect(box.textContent).toContain('Then tea.');
  });

  const press = (box: HTMLElement, key: string) =>
    act(async () => {
      box.dispatchEvent(new KeyboardEvent('keydown', { key, code: key, bubbles: true, cancelable: true }));
    });

  it('offers "Add person" for a new name, last, and not for a known one', async () => {
    const { type, caretAtEnd } = renderEditor({ people: PEOPLE });
    await caretAtEnd();
    await type('@Be');
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Ben Okafor', 'Bea', 'Add person “Be”']);
    await type('a');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Bea']);
  });

  it('adds a new person with Tab, followed by a space', async () => {
    const { type, caretAtEnd, lastContent, box } = renderEditor({ people: PEOPLE });
    await caretAtEnd();
    await type('Met @Dara');
    await screen.findByRole('option', { name: 'Add person “Dara”' });
    await press(box, 'Tab');
    await type('today');
    expect(nodesOfType(lastContent(), 'mention')).toEqual([expect.objectContaining({ mentionName: 'Dara' })]);
    expect(box.textContent).toBe('Met @Dara today');
  });

  it.each([
    ['Helen Bevan', 'Enter'],
    ['Helen Bevan', 'Tab'],
    ['Zoë Ó Súilleabháin', 'Enter'],
    ['Александра Петрова', 'Tab'],
    ['李 小龍', 'Enter'],
    ['محمد علي', 'Tab'],
    ['Mary Anne Ní Bhriain', 'Enter'],
    ['Anna van der Berg', 'Enter'],
    ['Khalid bin Walid', 'Tab'],
    ['María de la Cruz', 'Enter'],
    ['Omar al-Rashid', 'Tab'],
    ["Niamh d'Arcy", 'Enter'],
  ])('makes a new person of several words, "%s", with %s', async (name, key) => {
    const { type, caretAtEnd, lastContent, box } = renderEditor({ people: PEOPLE });
    await caretAtEnd();
    await type(`Met @${name}`);
    await screen.findByRole('option', { name: `Add person “${name}”` });
    await press(box, key);
    await type('x');
    expect(nodesOfType(lastContent(), 'mention')).toEqual([
      expect.objectContaining({ mentionName: name, text: `@${name}` }),
    ]);
    expect(box.textContent).toBe(key === 'Tab' ? `Met @${name} x` : `Met @${name}x`);
    expect(nodesOfType(lastContent(), 'paragraph')).toHaveLength(key === 'Tab' ? 1 : 2);
  });

  it('takes what the menu offers when Tab or Enter comes before the menu has opened (fast typing)', async () => {
    const { type, caretAtEnd, lastContent, box, editor } = renderEditor({ people: ['Ana Lima'] });
    await caretAtEnd();
    await type('Met @Helen ');
    // One act: the menu's opening (a React transition) has not been drawn when the key arrives.
    const typeThenPress = (text: string, key: string) =>
      act(async () => {
        for (const character of text) editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, character);
        box.dispatchEvent(new KeyboardEvent('keydown', { key, code: key, bubbles: true, cancelable: true }));
      });
    await typeThenPress('Bevan', 'Tab');
    await typeThenPress('and @An', 'Enter');
    await typeThenPress('Then @Don', 'Enter');
    await type('x');
    expect(nodesOfType(lastContent(), 'mention').map((node) => node.mentionName)).toEqual([
      'Helen Bevan',
      'Ana Lima',
      'Don',
    ]);
    expect(box.textContent).toBe('Met @Helen Bevan and @Ana Lima Then @Donx');
  });

  it("mentions a known person's whole name when it is typed out and finished by a space or punctuation", async () => {
    const { type, caretAtEnd, lastContent, box } = renderEditor({ people: ['Helen Bevan', 'Александра Петрова'] });
    await caretAtEnd();
    await type('With @helen bevan, and @Александра Петрова then');
    expect(nodesOfType(lastContent(), 'mention').map((node) => node.text)).toEqual([
      '@Helen Bevan',
      '@Александра Петрова',
    ]);
    expect(box.textContent).toBe('With @Helen Bevan, and @Александра Петрова then');
  });

  it('suggests a known person of several words as their further words are typed, and Enter takes them', async () => {
    const { type, caretAtEnd, lastContent, box } = renderEditor({ people: ['Helen Bevan', 'Helen Bright'] });
    await caretAtEnd();
    await type('@Helen B');
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Helen Bevan',
      'Helen Bright',
      'Add person “Helen B”',
    ]);
    await type('r');
    await press(box, 'Enter');
    expect(nodesOfType(lastContent(), 'mention')).toEqual([expect.objectContaining({ mentionName: 'Helen Bright' })]);
  });

  it('keeps a one-word mention when the words after it are ordinary writing', async () => {
    const { type, caretAtEnd, lastContent, box } = renderEditor({ people: ['Ana Lima'] });
    await caretAtEnd();
    await type('@Ana ');
    expect(nodesOfType(lastContent(), 'mention')).toEqual([expect.objectContaining({ mentionName: 'Ana' })]);
    await type('went home');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    await press(box, 'Enter');
    await type('Next');
    expect(nodesOfType(lastContent(), 'mention')).toEqual([expect.objectContaining({ mentionName: 'Ana' })]);
    expect(box.textContent).toBe('@Ana went homeNext');
  });

  it('offers a name with a particle only once a word that starts a name follows it', async () => {
    const { type, caretAtEnd } = renderEditor({ people: PEOPLE });
    await caretAtEnd();
    await type('@Dara de');
    expect(screen.queryByRole('option', { name: 'Add person “Dara de”' })).toBeNull();
    await type(' Souza');
    await screen.findByRole('option', { name: 'Add person “Dara de Souza”' });
    await type(' and');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('keeps a name to 64 characters', async () => {
    const { type, caretAtEnd } = renderEditor({ people: PEOPLE });
    await caretAtEnd();
    await type(`@${'A'.repeat(30)} ${'B'.repeat(30)}`);
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual([
      `Add person “${'A'.repeat(30)} ${'B'.repeat(30)}”`,
    ]);
    await type('CCCC');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('leaves an email address as text', async () => {
    const { type, caretAtEnd, lastContent } = renderEditor({ people: PEOPLE });
    await caretAtEnd();
    await type('write to me@example.org ');
    expect(nodesOfType(lastContent(), 'mention')).toHaveLength(0);
  });

  it('leaves "@" text it did not see typed, such as loaded content', async () => {
    const { type, caretAtEnd, lastContent } = renderEditor({
      people: PEOPLE,
      initialContent: buildContent(paragraph('Loaded @Ana text')),
    });
    await caretAtEnd();
    await type('.');
    expect(nodesOfType(lastContent(), 'mention')).toHaveLength(0);
  });
});
