import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Prompt, PromptView } from '@shared/template';
import { PromptLibraryView } from '../../../src/renderer/src/features/prompts/PromptLibraryView';
import { stubBridge } from '../journal/bridge-stub';
import { prompt } from './fixtures';

const knocked = prompt({ id: 'setback-01', text: 'What knocked me back today?' });
const ignored = prompt({ id: 'setback-02', text: 'When did I feel ignored?', favourite: true });
const risk = prompt({ id: 'courage-01', theme: 'courage', text: 'Where did I take a risk on someone?' });
const hiddenOne = prompt({ id: 'courage-02', theme: 'courage', text: 'What was hard to say?', hidden: true });
const mine = prompt({ id: 'own-1', theme: 'learning', text: 'What did the team teach me?', builtIn: false });

function setup(props: { canInsert?: boolean } = {}) {
  let all: PromptView[] = [knocked, ignored, risk, hiddenOne, mine];
  const invoke = stubBridge({
    'prompts:list': ({ includeHidden }: { includeHidden?: boolean }) => all.filter((p) => includeHidden || !p.hidden),
    'prompts:mark': ({ id, ...change }: { id: string; favourite?: boolean; hidden?: boolean }) => {
      all = all.map((p) => (p.id === id ? { ...p, ...change } : p));
    },
    'prompts:add': (input: { theme: Prompt['theme']; text: string }): Prompt => ({
      ...input,
      id: 'own-2',
      builtIn: false,
    }),
    'prompts:delete': ({ id }: { id: string }) => {
      all = all.filter((p) => p.id !== id);
    },
  });
  const onInsert = vi.fn();
  const user = userEvent.setup();
  render(<PromptLibraryView onInsert={onInsert} canInsert={props.canInsert ?? true} />);
  return { invoke, onInsert, user };
}

const groupTexts = () =>
  within(screen.getByRole('region', { name: 'Prompts' }))
    .getAllByRole('region')
    .map((region) => [
      within(region).getByRole('heading').textContent,
      ...within(region)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.prompt-item-text')!.textContent),
    ]);
const item = (text: string) => screen.getByText(text).closest('li')!;

describe('PromptLibraryView', () => {
  it('groups prompts under their themes, in the themes’ order, without hidden ones', async () => {
    const { invoke } = setup();
    await screen.findByText(knocked.text);
    expect(invoke).toHaveBeenCalledWith('prompts:list', { includeHidden: false });
    expect(groupTexts()).toEqual([
      ['Setbacks', knocked.text, ignored.text],
      ['Courage', risk.text],
      ['Learning', mine.text],
    ]);
  });

  it('filters by theme and puts favourites first on request', async () => {
    const { user } = setup();
    await screen.findByText(knocked.text);
    await user.click(screen.getByRole('checkbox', { name: 'Favourites first' }));
    expect(groupTexts()[0]).toEqual(['Setbacks', ignored.text, knocked.text]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by theme' }), 'Courage');
    expect(groupTexts()).toEqual([['Courage', risk.text]]);
  });

  it('inserts a prompt into the open entry', async () => {
    const { onInsert, user } = setup();
    await user.click(within(await waitFor(() => item(risk.text))).getByRole('button', { name: 'Insert' }));
    expect(onInsert).toHaveBeenCalledWith(risk.text);
  });

  it('disables Insert with a hint when no entry is open', async () => {
    setup({ canInsert: false });
    const insert = within(await waitFor(() => item(risk.text))).getByRole('button', { name: 'Insert' });
    expect(insert.hasAttribute('disabled')).toBe(true);
    const description = insert
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)!.textContent);
    expect(description).toEqual([risk.text, 'Open an entry to insert a prompt.']);
  });

  it('favourites a prompt', async () => {
    const { invoke, user } = setup();
    const favourite = within(await waitFor(() => item(risk.text))).getByRole('button', { name: 'Favourite' });
    expect(favourite.getAttribute('aria-pressed')).toBe('false');
    await user.click(favourite);
    expect(invoke).toHaveBeenCalledWith('prompts:mark', { id: 'courage-01', favourite: true });
    await waitFor(() => expect(favourite.getAttribute('aria-pressed')).toBe('true'));
  });

  it('hides a prompt, then shows hidden ones so it can come back', async () => {
    const { invoke, user } = setup();
    await user.click(within(await waitFor(() => item(knocked.text))).getByRole('button', { name: 'Hide' }));
    expect(invoke).toHaveBeenCalledWith('prompts:mark', { id: 'setback-01', hidden: true });
    await waitFor(() => expect(screen.queryByText(knocked.text)).toBeNull());
    // Focus moves to the prompt that took its place.
    expect(document.activeElement).toBe(within(item(ignored.text)).getByRole('button', { name: 'Hide' }));
    expect(screen.getByRole('status').textContent).toContain('Turn on “Show hidden” to bring it back.');

    await user.click(screen.getByRole('checkbox', { name: 'Show hidden' }));
    expect(invoke).toHaveBeenCalledWith('prompts:list', { includeHidden: true });
    const back = await waitFor(() => item(knocked.text));
    expect(back.textContent).toContain('Hidden');
    expect(within(item(hiddenOne.text)).queryByRole('button', { name: 'Unhide' })).not.toBeNull();
    await user.click(within(back).getByRole('button', { name: 'Unhide' }));
    expect(invoke).toHaveBeenCalledWith('prompts:mark', { id: 'setback-01', hidden: false });
    await waitFor(() => expect(within(item(knocked.text)).queryByRole('button', { name: 'Hide' })).not.toBeNull());
  });

  it('adds your own prompt to a theme, and refuses an empty one', async () => {
    const { invoke, user } = setup();
    await screen.findByText(knocked.text);
    const toggle = screen.getByRole('button', { name: 'Add your own prompt' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const form = screen.getByRole('form', { name: 'Add your own prompt' });
    const box = within(form).getByRole('textbox', { name: 'Prompt' });
    expect(document.activeElement).toBe(box);
    await user.click(within(form).getByRole('button', { name: 'Add prompt' }));
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(form.textContent).toContain('Write a prompt first.');
    expect(document.activeElement).toBe(box);
    expect(invoke).not.toHaveBeenCalledWith('prompts:add', expect.anything());

    await user.selectOptions(within(form).getByRole('combobox', { name: 'Theme' }), 'Legitimacy');
    await user.type(box, '  Whose permission did I not need?  ');
    await user.click(within(form).getByRole('button', { name: 'Add prompt' }));
    expect(invoke).toHaveBeenCalledWith('prompts:add', {
      theme: 'legitimacy',
      text: 'Whose permission did I not need?',
    });
    const legitimacy = await screen.findByRole('region', { name: 'Legitimacy' });
    expect(legitimacy.textContent).toContain('Whose permission did I not need?');
    expect(legitimacy.textContent).toContain('Yours');
    expect((box as HTMLTextAreaElement).value).toBe('');
    expect(screen.getByRole('status').textContent).toBe('Added your prompt to “Legitimacy”.');
    // Ready for another; Done (or Escape) closes the form and returns to its button.
    expect(document.activeElement).toBe(box);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form')).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });

  it('deletes only your own prompts, after a confirmation', async () => {
    const { invoke, user } = setup();
    await screen.findByText(knocked.text);
    expect(within(item(knocked.text)).queryByRole('button', { name: 'Delete' })).toBeNull();
    await user.click(within(item(mine.text)).getByRole('button', { name: 'Delete' }));
    const confirm = screen.getByRole('group', { name: 'Delete this prompt?' });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }));
    await user.click(within(confirm).getByRole('button', { name: 'Delete prompt' }));
    expect(invoke).toHaveBeenCalledWith('prompts:delete', { id: 'own-1' });
    await waitFor(() => expect(screen.queryByText(mine.text)).toBeNull());
    expect(screen.queryByRole('region', { name: 'Learning' })).toBeNull();
  });
});
