// Renaming a tag onto one already in use merges the two, on real entries in a real vault.
import { describe, expect, it } from 'vitest';
import { renameTag } from '../../../src/main/core/tags/rename-tag';
import { doc, mentionNode, paragraph, textNode } from '../../support/lexical-doc';
import { draft, newVault } from '../vault/fixtures/vault-fixture';

describe('renameTag', () => {
  it('merges a world into one the entry already has, keeping its place and listing it once', async () => {
    const { vault } = await newVault();
    const both = await vault.entries.create(
      draft('both', { tags: { worlds: ['NHS', 'council', 'NHS trust'], free: [] } }),
    );
    const one = await vault.entries.create(draft('one', { tags: { worlds: ['council', 'NHS'], free: ['NHS'] } }));
    expect(await renameTag(vault.entries, 'worlds', 'NHS', 'NHS trust')).toEqual({ changed: 2 });
    expect((await vault.entries.get(both.id)).tags.worlds).toEqual(['NHS trust', 'council']);
    expect((await vault.entries.get(one.id)).tags).toMatchObject({ worlds: ['council', 'NHS trust'], free: ['NHS'] });
  });

  it('merges free tags the same way, and leaves entries without the tag alone', async () => {
    const { vault } = await newVault();
    const e = await vault.entries.create(draft('x', { tags: { worlds: [], free: ['hope', 'hopeful'] } }));
    const other = await vault.entries.create(draft('y', { tags: { worlds: [], free: ['doubt'] } }));
    expect(await renameTag(vault.entries, 'free', 'hopeful', 'hope')).toEqual({ changed: 1 });
    expect((await vault.entries.get(e.id)).tags.free).toEqual(['hope']);
    expect(await vault.entries.get(other.id)).toMatchObject({ revision: 1, tags: { free: ['doubt'] } });
  });

  it('merges a person by renaming the mention in the text, so the tag and the words agree', async () => {
    const { vault } = await newVault();
    const content = doc(paragraph(mentionNode('Sam'), textNode(' and '), mentionNode('Samira'), textNode(' came.')));
    const e = await vault.entries.create({ date: '2026-11-20', content });
    expect(e.tags.people).toEqual(['Sam', 'Samira']);
    await renameTag(vault.entries, 'people', 'Sam', 'Samira');
    const after = await vault.entries.get(e.id);
    expect(after.tags.people).toEqual(['Samira']);
    expect(after.text).toBe('@Samira and @Samira came.');
  });
});
