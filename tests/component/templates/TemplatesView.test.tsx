import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Template } from '@shared/template';
import { TemplatesView } from '../../../src/renderer/src/features/templates/TemplatesView';
import { stubBridge } from '../journal/bridge-stub';
import { gibbs, supervision, template, whatSoWhat } from './fixtures';

function setup(overrides: Parameters<typeof stubBridge>[0] = {}) {
  let templates: Template[] = [supervision, whatSoWhat, gibbs];
  const invoke = stubBridge({
    'templates:list': () => templates,
    'templates:duplicate': ({ id }: { id: string }) => {
      const original = templates.find((t) => t.id === id)!;
      const copy = { ...original, id: 'copy-1', builtIn: false, name: `${original.name} (copy)` };
      templates = [...templates, copy];
      return copy;
    },
    'templates:delete': ({ id }: { id: string }) => {
      templates = templates.filter((t) => t.id !== id);
    },
    'templates:export': () => ({ path: '/home/sam/Documents/Supervision notes.landscape-template.json' }),
    'templates:import': () => {
      const imported = template({ id: 'imported-1', builtIn: false, name: 'Team check-in' });
      templates = [...templates, imported];
      return imported;
    },
    ...overrides,
  });
  const onUse = vi.fn();
  const user = userEvent.setup();
  render(<TemplatesView onUse={onUse} />);
  return { invoke, onUse, user };
}

const group = (name: string) => screen.getByRole('region', { name });
const names = (region: HTMLElement) =>
  within(region)
    .queryAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

describe('TemplatesView', () => {
  it('lists built-in templates first, then yours, and offers editing and deleting only for your own', async () => {
    setup();
    await screen.findByRole('heading', { name: 'Supervision notes' });
    expect(names(group('Built-in templates'))).toEqual(['What? So What? Now What?', 'Gibbs’ reflective cycle']);
    expect(names(group('Your templates'))).toEqual(['Supervision notes']);
    expect(screen.queryByRole('button', { name: 'Edit “Supervision notes”' })).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete “Supervision notes”' })).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit “Gibbs’ reflective cycle”' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete “Gibbs’ reflective cycle”' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Duplicate “Gibbs’ reflective cycle”' })).not.toBeNull();
  });

  it('hands a template to the app to start an entry', async () => {
    const { user, onUse } = setup();
    await user.click(await screen.findByRole('button', { name: 'Use “Gibbs’ reflective cycle”' }));
    expect(onUse).toHaveBeenCalledWith(gibbs);
  });

  it('duplicates a built-in as your own copy and puts focus on it', async () => {
    const { user, invoke } = setup();
    await user.click(await screen.findByRole('button', { name: 'Duplicate “Gibbs’ reflective cycle”' }));
    expect(invoke).toHaveBeenCalledWith('templates:duplicate', { id: 'builtin-gibbs' });
    await waitFor(() =>
      expect(names(group('Your templates'))).toEqual(['Supervision notes', 'Gibbs’ reflective cycle (copy)']),
    );
    expect(screen.getByRole('status').textContent).toContain('Made “Gibbs’ reflective cycle (copy)”, your own copy');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit “Gibbs’ reflective cycle (copy)”' }));
  });

  it('deletes your own template only after an inline confirmation, and Escape backs out', async () => {
    const { user, invoke } = setup();
    await user.click(await screen.findByRole('button', { name: 'Delete “Supervision notes”' }));
    const confirm = screen.getByRole('group', { name: 'Delete “Supervision notes”?' });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete “Supervision notes”' }));
    expect(invoke).not.toHaveBeenCalledWith('templates:delete', expect.anything());

    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Delete template' }));
    expect(invoke).toHaveBeenCalledWith('templates:delete', { id: 'own-supervision' });
    await waitFor(() => expect(names(group('Your templates'))).toEqual([]));
    expect(group('Your templates').textContent).toContain('You have no templates of your own yet.');
    expect(screen.getByRole('status').textContent).toBe('Deleted “Supervision notes”.');
  });

  it('says where an export was saved, and nothing when the save dialog is cancelled', async () => {
    const { user, invoke } = setup();
    await user.click(await screen.findByRole('button', { name: 'Export… “Supervision notes”' }));
    expect(invoke).toHaveBeenCalledWith('templates:export', { id: 'own-supervision' });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Saved to /home/sam/Documents/Supervision notes.landscape-template.json',
      ),
    );

    invoke.mockImplementationOnce(async () => ({ ok: true, value: { path: null } }));
    await user.click(screen.getByRole('button', { name: 'Export… “Gibbs’ reflective cycle”' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(''));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('imports a template into your own and points to it', async () => {
    const { user, invoke } = setup();
    await user.click(await screen.findByRole('button', { name: 'Import…' }));
    expect(invoke).toHaveBeenCalledWith('templates:import');
    await waitFor(() => expect(names(group('Your templates'))).toContain('Team check-in'));
    expect(screen.getByRole('status').textContent).toBe('Imported “Team check-in” into your templates.');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Team check-in' }));
  });

  it('shows why an import was refused', async () => {
    const { user } = setup({
      'templates:import': () => {
        throw {
          code: 'TEMPLATE_INVALID',
          message: 'This file holds entry text (“content”), which a template never carries.',
        };
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Import…' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('That template file cannot be used.');
    expect(alert.textContent).toContain('This file holds entry text (“content”), which a template never carries.');
    expect(names(group('Your templates'))).toEqual(['Supervision notes']);
  });

  it('does nothing when the import file dialog is cancelled', async () => {
    const { user, invoke } = setup({ 'templates:import': () => null });
    await user.click(await screen.findByRole('button', { name: 'Import…' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('templates:import'));
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('opens the editor for New template and Edit, and comes back to the list', async () => {
    const saved = { ...supervision, name: 'Supervision prep' };
    const { user, invoke } = setup({ 'templates:save': () => saved });
    await user.click(await screen.findByRole('button', { name: 'Edit “Supervision notes”' }));
    expect(screen.queryByRole('heading', { level: 1, name: 'Edit “Supervision notes”' })).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit “Supervision notes”' }));

    await user.click(screen.getByRole('button', { name: 'New template' }));
    expect(screen.queryByRole('heading', { level: 1, name: 'New template' })).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New template' }));

    await user.click(screen.getByRole('button', { name: 'Edit “Supervision notes”' }));
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved “Supervision prep”.'));
    expect(invoke).toHaveBeenCalledWith('templates:save', expect.objectContaining({ id: 'own-supervision' }));
  });
});
