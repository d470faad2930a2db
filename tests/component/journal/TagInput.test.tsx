import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { TagInput } from '../../../src/renderer/src/features/tags/TagInput';
import { addTags, cleanTagName, matchingSuggestions } from '../../../src/renderer/src/features/tags/tag-names';

const SUGGESTIONS = ['NHS trust', 'Council', 'Community garden', 'Housing association'];

function Harness(props: { initial?: string[]; kind?: 'worlds' | 'free'; onChange?: (next: string[]) => void }) {
  const [value, setValue] = useState(props.initial ?? []);
  return (
    <TagInput
      label="Worlds"
      kind={props.kind ?? 'worlds'}
      value={value}
      suggestions={SUGGESTIONS}
      onChange={(next) => {
        setValue(next);
        props.onChange?.(next);
      }}
    />
  );
}

const box = () => screen.getByRole('combobox', { name: 'Worlds' });
const chips = () =>
  screen.queryAllByRole('listitem').map((li) => li.querySelector('.tag-chip-name')?.textContent ?? li.textContent);

describe('TagInput', () => {
  it('searches by a chip when asked to, and leaves the tags as they are', async () => {
    const onFilter = vi.fn();
    const onChange = vi.fn();
    render(
      <TagInput
        label="Tags"
        kind="free"
        value={['hope', 'energy']}
        suggestions={[]}
        onChange={onChange}
        onFilter={onFilter}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: '#energy' }));
    expect(onFilter).toHaveBeenCalledWith('energy');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('adds a tag with Enter and another with a comma, trimmed', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<Harness onChange={onChange} />);
    await user.type(box(), '  Youth   services {Enter}');
    await user.type(box(), 'Faith groups,');
    expect(chips()).toEqual(['Youth services', 'Faith groups']);
    expect(onChange).toHaveBeenLastCalledWith(['Youth services', 'Faith groups']);
    expect(box()).toHaveProperty('value', '');
    expect(screen.getByRole('status').textContent).toBe('Added Faith groups.');
  });

  it('never adds the same tag twice, whatever the capitals', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<Harness initial={['Council']} onChange={onChange} />);
    await user.type(box(), 'council{Enter}');
    expect(chips()).toEqual(['Council']);
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe('Council already added.');
  });

  it('suggests matching tags, leaving out chosen ones, and picks one with the arrow keys', async () => {
    const user = userEvent.setup();
    render(<Harness initial={['Council']} />);
    expect(box().getAttribute('aria-expanded')).toBe('false');
    await user.type(box(), 'c');
    expect(box().getAttribute('aria-expanded')).toBe('true');
    const listbox = screen.getByRole('listbox', { name: 'Worlds suggestions' });
    expect(box().getAttribute('aria-controls')).toBe(listbox.id);
    // "Community garden" starts with c; "Housing association" holds one; "Council" is already chosen.
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Community garden', 'Housing association']);

    await user.keyboard('{ArrowDown}{ArrowDown}');
    const second = within(listbox).getByRole('option', { name: 'Housing association' });
    expect(second.getAttribute('aria-selected')).toBe('true');
    expect(box().getAttribute('aria-activedescendant')).toBe(second.id);
    await user.keyboard('{ArrowUp}');
    expect(box().getAttribute('aria-activedescendant')).toBe(
      within(listbox).getByRole('option', { name: 'Community garden' }).id,
    );
    await user.keyboard('{Enter}');
    expect(chips()).toEqual(['Council', 'Community garden']);
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(box());
  });

  it('takes a suggestion’s spelling when typed in other capitals, and can be picked by mouse', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(box(), 'nhs trust,');
    expect(chips()).toEqual(['NHS trust']);
    await user.type(box(), 'gard');
    await user.click(screen.getByRole('option', { name: 'Community garden' }));
    expect(chips()).toEqual(['NHS trust', 'Community garden']);
    expect(document.activeElement).toBe(box());
  });

  it('closes the suggestions on Escape without adding anything', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(box(), 'hou');
    await user.keyboard('{ArrowDown}{Escape}');
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect(box().hasAttribute('aria-activedescendant')).toBe(false);
    expect(chips()).toEqual([]);
  });

  it('removes a chip with its button, and the last chip with Backspace in an empty box', async () => {
    const user = userEvent.setup();
    render(<Harness initial={['NHS trust', 'Council', 'Housing association']} kind="free" />);
    expect(chips()).toEqual(['#NHS trust', '#Council', '#Housing association']);
    await user.click(screen.getByRole('button', { name: 'Remove NHS trust' }));
    expect(chips()).toEqual(['#Council', '#Housing association']);
    expect(document.activeElement).toBe(box());
    expect(screen.getByRole('status').textContent).toBe('Removed NHS trust.');

    await user.type(box(), 'ab{Backspace}{Backspace}');
    expect(chips()).toHaveLength(2);
    await user.keyboard('{Backspace}');
    expect(chips()).toEqual(['#Council']);
  });

  it('adds what was typed when focus leaves the box', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(box(), 'Schools');
    await user.tab();
    expect(chips()).toEqual(['Schools']);
  });
});

describe('tag names', () => {
  it('cleans space and keeps at most 80 characters', () => {
    expect(cleanTagName('  a \n  b ')).toBe('a b');
    expect(cleanTagName('x'.repeat(90))).toHaveLength(80);
    expect(cleanTagName('   ')).toBe('');
  });

  it('matches suggestions case-insensitively, starts first, without chosen ones or repeats', () => {
    expect(matchingSuggestions('TRUST', ['NHS trust', 'Trust board', 'trust board'], [])).toEqual([
      'Trust board',
      'NHS trust',
    ]);
    expect(matchingSuggestions('', ['a', 'b'], ['A'])).toEqual(['b']);
  });

  it('adds each name once and stops at 50 tags', () => {
    const full = Array.from({ length: 50 }, (_, i) => `tag ${i}`);
    expect(addTags(full, ['one more'], [])).toMatchObject({ added: [], overflow: ['one more'] });
    expect(addTags(['a'], ['b', ' B ', 'a', ''], [])).toEqual({
      list: ['a', 'b'],
      added: ['b'],
      duplicates: ['B', 'a'],
      overflow: [],
    });
  });
});
