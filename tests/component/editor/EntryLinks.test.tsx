import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { $getRoot, type ElementNode, type TextNode } from 'lexical';
import { describe, expect, it, vi } from 'vitest';
import type { EntrySummary } from '@shared/entry-list';
import { Editor } from '../../../src/renderer/src/editor/Editor';
import type { LinkTargets } from '../../../src/renderer/src/editor/link-targets';
import { buildContent, entryLink, paragraph } from './content';
import { nodesOfType, renderEditor } from './render-editor';

const RECOVERY = 'recovery-entry-0001';
const SETBACK = 'setback-entry-0002';
const OLD = 'old-entry-0003';

const summary = (id: string, label: string, date: string, trashed = false): EntrySummary => ({
  id,
  date,
  createdAt: `${date}T09:00:00.000Z`,
  label,
  templateId: null,
  tags: { worlds: [], people: [], free: [] },
  trashedAt: trashed ? `${date}T10:00:00.000Z` : null,
  conflictOf: null,
});

const targets = (recoveryTitle: string, more: Partial<LinkTargets> = {}): LinkTargets => ({
  live: [
    summary('blank-entry-0004', '', '2026-11-29'),
    summary(RECOVERY, recoveryTitle, '2026-11-28'),
    summary(SETBACK, 'A setback', '2026-11-20'),
  ],
  trashed: [summary(OLD, 'An old draft', '2026-10-01', true)],
  loaded: true,
  self: SETBACK,
  ...more,
});

const linkTo = (id: string, title: string) => buildContent(paragraph('See ', entryLink(id, title), ' for more'));
const linkElement = (box: HTMLElement) => box.querySelector<HTMLElement>('[data-entry-link]');

describe('entry links in the editor', () => {
  it("shows the linked entry's current title, not the title stored when it was linked", async () => {
    const { box, rerender, onChange } = renderEditor({
      initialContent: linkTo(RECOVERY, 'Back on track'),
      linkTargets: targets('Back on track, with Helen'),
    });
    await act(async () => {});
    expect(linkElement(box)?.textContent).toBe('Back on track, with Helen');
    expect(linkElement(box)?.getAttribute('data-entry-link')).toBe(RECOVERY);
    expect(linkElement(box)?.getAttribute('data-link-state')).toBe('live');
    expect(box.textContent).toBe('See Back on track, with Helen for more');

    // Retitled while the entry is open: the link follows.
    rerender(<Editor onChange={onChange} initialContent={null} linkTargets={targets('Recovered')} />);
    await act(async () => {});
    expect(linkElement(box)?.textContent).toBe('Recovered');
    // Showing a title is not an edit of the writer's: nothing to save, nothing to undo.
    expect(onChange).not.toHaveBeenCalled();
  });

  it('marks a link whose entry is in the trash or gone, and only once the list has loaded', async () => {
    const trashed = renderEditor({ initialContent: linkTo(OLD, 'Draft'), linkTargets: targets('x') });
    await act(async () => {});
    expect(linkElement(trashed.box)?.getAttribute('data-link-state')).toBe('trashed');
    expect(linkElement(trashed.box)?.title).toBe('This linked entry is in the trash');
    trashed.unmount();

    const gone = renderEditor({ initialContent: linkTo('purged-entry-9999', 'Long gone'), linkTargets: targets('x') });
    await act(async () => {});
    expect(linkElement(gone.box)?.getAttribute('data-link-state')).toBe('missing');
    expect(linkElement(gone.box)?.textContent).toBe('Long gone');
    gone.unmount();

    const loading = renderEditor({
      initialContent: linkTo('purged-entry-9999', 'Long gone'),
      linkTargets: targets('x', { live: [], trashed: [], loaded: false }),
    });
    await act(async () => {});
    expect(linkElement(loading.box)?.getAttribute('data-link-state')).toBe('live');
  });

  it('opens the linked entry on a click, or on Enter inside its title', async () => {
    const onOpenLink = vi.fn();
    const { box, update } = renderEditor({
      initialContent: linkTo(RECOVERY, 'Back on track'),
      linkTargets: targets('Back on track'),
      onOpenLink,
    });
    expect(fireEvent.click(linkElement(box)!)).toBe(false);
    expect(onOpenLink).toHaveBeenCalledExactlyOnceWith(`#entry/${RECOVERY}`);

    await act(async () => box.focus());
    await update(() => $getRoot().getFirstChildOrThrow<ElementNode>().getChildAtIndex<TextNode>(1)!.select(4, 4));
    await act(async () => {
      fireEvent.keyDown(box, { key: 'Enter', code: 'Enter' });
    });
    expect(onOpenLink).toHaveBeenCalledTimes(2);
    expect(box.querySelectorAll('p')).toHaveLength(1);
  });

  it('links to the entry picked from the list "[[" opens, by title or by day, never to itself or a blank one', async () => {
    const { type, caretAtEnd, box } = renderEditor({ linkTargets: targets('Back on track') });
    await caretAtEnd();
    await type('It turned: [[');
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual([
      'Back on track · Saturday 28 November 2026',
    ]);
    await type('novemb');
    expect(await screen.findAllByRole('option')).toHaveLength(1);
    await type('x');
    await waitFor(() => expect(screen.queryAllByRole('option')).toHaveLength(0));
    expect(box.textContent).toBe('It turned: [[novembx');
  });

  it('makes the link on Enter, with the title and the id', async () => {
    const { type, caretAtEnd, lastContent, box } = renderEditor({ linkTargets: targets('Back on track') });
    await caretAtEnd();
    await type('It turned: [[back');
    expect(await screen.findAllByRole('option')).toHaveLength(1);
    await act(async () => {
      fireEvent.keyDown(box, { key: 'Enter', code: 'Enter' });
    });
    expect(nodesOfType(lastContent(), 'entry-link')).toEqual([
      expect.objectContaining({ entryId: RECOVERY, text: 'Back on track', mode: 'token' }),
    ]);
    await waitFor(() => expect(screen.queryAllByRole('option')).toHaveLength(0));
    await type('again');
    expect(box.textContent).toBe('It turned: Back on track again');
  });

  it('starts a link from the toolbar\'s "Link to entry…"', async () => {
    const { caretAtEnd, user, box } = renderEditor({ linkTargets: targets('Back on track') });
    await caretAtEnd();
    await user.click(screen.getByRole('button', { name: 'Link to entry…' }));
    expect(box.textContent).toBe('[[');
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual([
      'Back on track · Saturday 28 November 2026',
    ]);
  });
});
