import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TemplateEditor } from '../../../src/renderer/src/features/templates/TemplateEditor';
import { stubBridge } from '../journal/bridge-stub';
import type { Template, TemplateInput } from '@shared/template';
import { supervision } from './fixtures';

function setup(template: Template | undefined) {
  const invoke = stubBridge({
    'templates:save': ({ id, template: input }: { id?: string; template: TemplateInput }) => ({
      ...input,
      id: id ?? 'new-1',
      builtIn: false,
    }),
  });
  const onSaved = vi.fn();
  const onCancel = vi.fn();
  const user = userEvent.setup();
  render(<TemplateEditor template={template} onSaved={onSaved} onCancel={onCancel} />);
  return { invoke, onSaved, onCancel, user };
}

const section = (n: number) => screen.getByRole('group', { name: `Section ${n}` });
const saveCalls = (invoke: ReturnType<typeof stubBridge>) => invoke.mock.calls.filter(([c]) => c === 'templates:save');

describe('TemplateEditor', () => {
  it('saves a new template with prompts taken one per line and tags split on commas', async () => {
    const { user, invoke, onSaved } = setup(undefined);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'New template' }));
    await user.type(screen.getByLabelText('Name'), '  After a hard meeting ');
    await user.type(screen.getByLabelText('When to use'), 'When a meeting left a mark.');
    await user.type(within(section(1)).getByLabelText('Heading'), 'What happened');
    await user.type(
      within(section(1)).getByLabelText('Prompts'),
      'Who was in the room?{Enter}{Enter}  What was left unsaid?  {Enter}',
    );
    await user.click(screen.getByRole('button', { name: 'Add section' }));
    expect(document.activeElement).toBe(within(section(2)).getByLabelText('Heading'));
    await user.keyboard('Next');
    await user.type(within(section(2)).getByLabelText('Hint (optional)'), 'One small step.');
    await user.type(screen.getByLabelText(/^Worlds/), 'NHS trust, youth services, ,nhs TRUST');
    await user.type(screen.getByLabelText('Tags'), 'hard day');
    await user.click(screen.getByRole('button', { name: 'Save template' }));

    expect(saveCalls(invoke)).toEqual([
      [
        'templates:save',
        {
          template: {
            name: 'After a hard meeting',
            description: '',
            whenToUse: 'When a meeting left a mark.',
            source: '',
            sections: [
              { heading: 'What happened', prompts: ['Who was in the room?', 'What was left unsaid?'] },
              { heading: 'Next', prompts: [], hint: 'One small step.' },
            ],
            suggestedTags: { worlds: ['NHS trust', 'youth services'], free: ['hard day'] },
          },
        },
      ],
    ]);
    await waitFor(() =>
      expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: 'new-1', name: 'After a hard meeting' })),
    );
  });

  it('fills the form from the template it edits and saves under the same id', async () => {
    const { user, invoke } = setup(supervision);
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Supervision notes');
    expect((within(section(1)).getByLabelText('Prompts') as HTMLTextAreaElement).value).toBe(
      'What do I want to talk about?\nWhat is stuck?',
    );
    expect((within(section(1)).getByLabelText('Hint (optional)') as HTMLInputElement).value).toBe('Keep it short.');
    expect((screen.getByLabelText(/^Worlds/) as HTMLInputElement).value).toBe('NHS trust');
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    const { id, template } = saveCalls(invoke)[0]![1] as { id: string; template: { sections: unknown[] } };
    expect(id).toBe('own-supervision');
    expect(template.sections).toEqual(supervision.sections);
  });

  it('names the first problem next to its field, focuses it, and saves nothing', async () => {
    const { user, invoke } = setup(undefined);
    await user.type(within(section(1)).getByLabelText('Heading'), 'Only a heading');
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    const name = screen.getByLabelText('Name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(name);
    const problem = document.getElementById(name.getAttribute('aria-describedby')!)!;
    expect(problem.textContent).toBe('A template needs a name.');
    expect(saveCalls(invoke)).toHaveLength(0);

    // Fixing the name moves the problem on to the next one.
    await user.type(name, 'Mine');
    expect(name.getAttribute('aria-invalid')).toBeNull();
    await user.clear(within(section(1)).getByLabelText('Heading'));
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    const heading = within(section(1)).getByLabelText('Heading');
    expect(document.activeElement).toBe(heading);
    expect(section(1).textContent).toContain('Section 1 needs a heading.');
    expect(saveCalls(invoke)).toHaveLength(0);
  });

  it('says in words when a section has too many prompts', async () => {
    const { user, invoke } = setup(supervision);
    const prompts = within(section(1)).getByLabelText('Prompts');
    await user.clear(prompts);
    await user.click(prompts);
    await user.paste(Array.from({ length: 21 }, (_, i) => `Prompt ${i + 1}?`).join('\n'));
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    expect(section(1).textContent).toContain('Section 1 can hold at most 20 prompts.');
    expect(document.activeElement).toBe(prompts);
    expect(saveCalls(invoke)).toHaveLength(0);
  });

  it('moves and removes sections with labelled buttons, keeping focus on the section that moved', async () => {
    const { user, invoke } = setup(supervision);
    expect(screen.getByRole('button', { name: 'Move section 1 up' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Move section 2 down' }).hasAttribute('disabled')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Move section 2 up' }));
    expect((within(section(1)).getByLabelText('Heading') as HTMLInputElement).value).toBe('Take away');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move section 1 down' }));

    await user.click(screen.getByRole('button', { name: 'Remove section 1' }));
    expect(screen.queryByRole('group', { name: 'Section 2' })).toBeNull();
    expect((within(section(1)).getByLabelText('Heading') as HTMLInputElement).value).toBe('Bring');
    expect(document.activeElement).toBe(within(section(1)).getByLabelText('Heading'));
    // The last section cannot go: a template needs one.
    expect(screen.getByRole('button', { name: 'Remove section 1' }).hasAttribute('disabled')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Save template' }));
    const { template } = saveCalls(invoke)[0]![1] as { template: { sections: { heading: string }[] } };
    expect(template.sections.map((s) => s.heading)).toEqual(['Bring']);
  });

  it('shows a refusal from main and lets you cancel', async () => {
    stubBridge({
      'templates:save': () => {
        throw { code: 'VAULT_LOCKED', message: 'Unlock your journal first.' };
      },
    });
    const onCancel = vi.fn();
    const user = userEvent.setup();
    render(<TemplateEditor template={supervision} onSaved={vi.fn()} onCancel={onCancel} />);
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Your journal is locked');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
  });
});
