import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PromptView } from '@shared/template';
import { PromptCard } from '../../../src/renderer/src/features/prompts/PromptCard';
import { stubBridge } from '../journal/bridge-stub';
import { prompt } from './fixtures';

const today = prompt({ id: 'boundaries-03', theme: 'boundaries-landscape', text: 'Which boundary did I cross today?' });
const another = prompt({ id: 'courage-02', theme: 'courage', text: 'What did I say that was hard to say?' });
const third = prompt({ id: 'learning-01', theme: 'learning', text: 'What did I learn about how I learn?' });

function setup(first: PromptView | null = today) {
  const queue = [another, third];
  const invoke = stubBridge({
    'prompts:today': () => first,
    'prompts:shuffle': () => queue.shift() ?? null,
    'prompts:mark': () => undefined,
  });
  const onInsert = vi.fn();
  const onDismiss = vi.fn();
  const user = userEvent.setup();
  const view = render(<PromptCard date="2025-11-17" onInsert={onInsert} onDismiss={onDismiss} />);
  return { invoke, onInsert, onDismiss, user, view };
}

const card = () => screen.getByRole('region', { name: 'Prompt of the day' });
const calls = (invoke: ReturnType<typeof stubBridge>) => invoke.mock.calls.map(([c, i]) => [c, i]);

describe('PromptCard', () => {
  it('shows the day’s prompt with its theme in words', async () => {
    const { invoke } = setup();
    await waitFor(() => expect(within(card()).queryByText('Which boundary did I cross today?')).not.toBeNull());
    expect(card().textContent).toContain('Boundaries and the landscape');
    expect(calls(invoke)).toEqual([['prompts:today', { date: '2025-11-17' }]]);
  });

  it('can be put away for the day with Not today', async () => {
    const { onDismiss, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Not today' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('shows another prompt on request', async () => {
    const { invoke, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Another prompt' }));
    await waitFor(() => expect(within(card()).queryByText(another.text)).not.toBeNull());
    expect(card().textContent).toContain('Courage');
    expect(calls(invoke)).toContainEqual(['prompts:shuffle', { currentId: 'boundaries-03' }]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Another prompt' }));
  });

  it('hands the prompt’s text to the entry', async () => {
    const { onInsert, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Insert into entry' }));
    expect(onInsert).toHaveBeenCalledWith('Which boundary did I cross today?');
  });

  it('favourites and unfavourites with a pressed state', async () => {
    const { invoke, user } = setup();
    const favourite = await screen.findByRole('button', { name: 'Favourite' });
    expect(favourite.getAttribute('aria-pressed')).toBe('false');
    await user.click(favourite);
    await waitFor(() => expect(favourite.getAttribute('aria-pressed')).toBe('true'));
    expect(calls(invoke)).toContainEqual(['prompts:mark', { id: 'boundaries-03', favourite: true }]);
    expect(within(card()).getByRole('status').textContent).toBe('Added to your favourites.');
    await user.click(favourite);
    await waitFor(() => expect(favourite.getAttribute('aria-pressed')).toBe('false'));
    expect(calls(invoke)).toContainEqual(['prompts:mark', { id: 'boundaries-03', favourite: false }]);
  });

  it('hides a prompt and shows another in its place', async () => {
    const { invoke, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Hide this prompt' }));
    await waitFor(() => expect(within(card()).queryByText(another.text)).not.toBeNull());
    expect(calls(invoke).slice(1)).toEqual([
      ['prompts:mark', { id: 'boundaries-03', hidden: true }],
      ['prompts:shuffle', { currentId: 'boundaries-03' }],
    ]);
    expect(within(card()).getByRole('status').textContent).toContain('Hidden.');
  });

  it('says so when every prompt is hidden', async () => {
    setup(null);
    await waitFor(() => expect(within(card()).queryByText(/Every prompt is hidden\./)).not.toBeNull());
    expect(
      within(card())
        .queryAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Not today']);
  });

  it('loads the new day’s prompt when the date changes', async () => {
    const { invoke, view } = setup();
    await within(card()).findByText(today.text);
    view.rerender(<PromptCard date="2025-11-18" onInsert={vi.fn()} onDismiss={vi.fn()} />);
    await waitFor(() => expect(calls(invoke)).toContainEqual(['prompts:today', { date: '2025-11-18' }]));
  });

  it('shows a failure in words', async () => {
    stubBridge({
      'prompts:today': () => {
        throw { code: 'VAULT_LOCKED', message: 'Unlock your journal first.' };
      },
    });
    render(<PromptCard date="2025-11-17" onInsert={vi.fn()} onDismiss={vi.fn()} />);
    expect((await screen.findByRole('alert')).textContent).toContain('Your journal is locked');
  });
});
