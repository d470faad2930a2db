import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Template } from '@shared/template';
import { TemplatePicker } from '../../../src/renderer/src/features/templates/TemplatePicker';
import { stubBridge } from '../journal/bridge-stub';
import { gibbs, supervision, whatSoWhat } from './fixtures';

/** A button that opens the picker, as the app would. */
function Host(props: { onPick: (t: Template) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        From a template…
      </button>
      <TemplatePicker
        open={open}
        title="New entry from a template"
        onPick={(t) => {
          setOpen(false);
          props.onPick(t);
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

async function openPicker(onPick = vi.fn()) {
  // Own templates come back first here, to show the picker puts built-ins first whatever the order.
  const invoke = stubBridge({ 'templates:list': () => [supervision, whatSoWhat, gibbs] });
  const user = userEvent.setup();
  render(<Host onPick={onPick} />);
  await user.click(screen.getByRole('button', { name: 'From a template…' }));
  const dialog = screen.getByRole('dialog', { name: 'New entry from a template' });
  await within(dialog).findByRole('list', { name: 'Templates' });
  return { invoke, user, dialog, onPick };
}

const optionNames = (dialog: HTMLElement) =>
  within(dialog)
    .getAllByRole('listitem')
    .map((li) => within(li).getByRole('button').querySelector('.template-option-name')!.textContent);

describe('TemplatePicker', () => {
  it('lists every template, built-ins first, with what it is for, where it comes from and whose it is', async () => {
    const { invoke, dialog } = await openPicker();
    expect(invoke).toHaveBeenCalledWith('templates:list');
    expect(optionNames(dialog)).toEqual(['What? So What? Now What?', 'Gibbs’ reflective cycle', 'Supervision notes']);
    const gibbsOption = within(dialog).getByRole('button', { name: 'Gibbs’ reflective cycle' });
    expect(gibbsOption.textContent).toContain('Six stages from description to action plan.');
    expect(gibbsOption.textContent).toContain('When to use: When something went wrong');
    expect(gibbsOption.textContent).toContain('Gibbs, G. (1988) Learning by Doing');
    expect(gibbsOption.textContent).toContain('Built-in');
    expect(within(dialog).getByRole('button', { name: 'Supervision notes' }).textContent).toContain('Yours');
    // The badge and details describe the option, so a screen reader hears them after its name.
    const describedBy = gibbsOption.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => document.getElementById(id)!.textContent).join(' ')).toContain('Built-in');
  });

  it('starts in the filter box and narrows the list as you type', async () => {
    const { user, dialog } = await openPicker();
    const filter = within(dialog).getByRole('searchbox', { name: 'Filter templates' });
    expect(document.activeElement).toBe(filter);
    await user.type(filter, 'gibbs');
    expect(optionNames(dialog)).toEqual(['Gibbs’ reflective cycle']);
    expect(within(dialog).getByRole('status').textContent).toBe('1 of 3 templates shown');
    // Every word has to match.
    await user.clear(filter);
    await user.type(filter, 'supervision cycle');
    expect(within(dialog).queryByRole('list')).toBeNull();
    expect(dialog.textContent).toContain('No templates match “supervision cycle”.');
    // "When to use" counts, not only the name.
    await user.clear(filter);
    await user.type(filter, 'meeting');
    expect(optionNames(dialog)).toEqual(['What? So What? Now What?']);
  });

  it('picks by keyboard: Down into the list, arrows between templates, Enter to preview, Enter to use', async () => {
    const { user, dialog, onPick } = await openPicker();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'What? So What? Now What?' }));
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Supervision notes' }));
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Gibbs’ reflective cycle' }));
    await user.keyboard('{Enter}');
    expect(onPick).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Use this template' }));
    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledWith(gibbs);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'From a template…' }));
  });

  it('previews a template’s sections, hints and prompts without picking it, and goes back to the list', async () => {
    const { user, dialog, onPick } = await openPicker();
    await user.click(within(dialog).getByRole('button', { name: 'Supervision notes' }));
    const preview = within(dialog).getByRole('region', { name: 'Supervision notes' });
    expect(
      within(preview)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Bring', 'Take away']);
    for (const words of ['Keep it short.', 'What do I want to talk about?', 'What is stuck?'])
      expect(preview.textContent).toContain(words);
    await user.click(within(dialog).getByRole('button', { name: 'Back to all templates' }));
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Supervision notes' }));
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(onPick).not.toHaveBeenCalled();
  });

  it('previews the first match when you press Enter in the filter', async () => {
    const { user, dialog, onPick } = await openPicker();
    await user.keyboard('supervision{Enter}');
    expect(onPick).not.toHaveBeenCalled();
    expect(within(dialog).getByRole('region', { name: 'Supervision notes' })).not.toBeNull();
    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledWith(supervision);
  });

  it('closes with Escape or the Close button without picking, and returns focus to the opener', async () => {
    const { user, onPick } = await openPicker();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    const opener = screen.getByRole('button', { name: 'From a template…' });
    expect(document.activeElement).toBe(opener);

    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'New entry from a template' });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(onPick).not.toHaveBeenCalled();
  });

  it('opens afresh each time, with an empty filter and the latest list', async () => {
    const { user, invoke } = await openPicker();
    await user.keyboard('gibbs{Escape}');
    await user.click(screen.getByRole('button', { name: 'From a template…' }));
    const dialog = screen.getByRole('dialog');
    expect((within(dialog).getByRole('searchbox') as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(invoke.mock.calls.filter(([c]) => c === 'templates:list')).toHaveLength(2));
  });

  it('shows a failed load in words, with a way to try again', async () => {
    let fail = true;
    stubBridge({
      'templates:list': () => {
        if (fail) throw { code: 'VAULT_LOCKED', message: 'Unlock your journal first.' };
        return [whatSoWhat];
      },
    });
    const user = userEvent.setup();
    render(<TemplatePicker open title="Use a template" onPick={vi.fn()} onClose={vi.fn()} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your journal is locked');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'What? So What? Now What?' })).not.toBeNull());
  });
});
