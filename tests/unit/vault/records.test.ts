import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newVault, unlock } from './fixtures/vault-fixture';

const code = (c: string) => expect.objectContaining({ code: c });

describe('records (templates, prompts, favourites)', () => {
  it('put, get, list and delete, encrypted, surviving lock and unlock', async () => {
    const { dir, vault } = await newVault();
    const template = { name: 'Weekly review', sections: ['What moved?', 'Who helped?'] };
    await vault.records.put('templates', 'weekly', template);
    await vault.records.put('templates', 'daily', { name: 'Daily' });
    await vault.records.put('favourites', 'p-12', true);
    const bytes = await readFile(join(dir, 'records', 'templates', 'weekly.lsr'));
    expect(bytes.subarray(0, 4).toString()).toBe('LSVR');
    expect(bytes.includes('Weekly')).toBe(false);
    vault.lock();

    const again = await unlock(dir);
    expect(await again.records.get('templates', 'weekly')).toEqual(template);
    expect(await again.records.get('templates', 'missing')).toBeUndefined();
    expect(await again.records.list('templates')).toEqual([
      { id: 'daily', value: { name: 'Daily' } },
      { id: 'weekly', value: template },
    ]);
    expect(await again.records.list('nothing-here')).toEqual([]);
    await again.records.put('templates', 'weekly', { name: 'Renamed' });
    expect(await again.records.get('templates', 'weekly')).toEqual({ name: 'Renamed' });
    await again.records.delete('templates', 'weekly');
    await again.records.delete('templates', 'weekly'); // deleting twice is fine
    expect((await again.records.list('templates')).map((r) => r.id)).toEqual(['daily']);
    expect(await readdir(join(dir, 'records', 'templates'))).toEqual(['daily.lsr']);
  });

  it('a record copied under another id does not open, and is reported as damaged', async () => {
    const { dir, vault } = await newVault();
    await vault.records.put('templates', 'real', { name: 'Real' });
    const folder = join(dir, 'records', 'templates');
    await copyFile(join(folder, 'real.lsr'), join(folder, 'copied.lsr'));
    await expect(vault.records.get('templates', 'copied')).rejects.toThrow(code('ENTRY_DAMAGED'));
    expect((await vault.records.list('templates')).map((r) => r.id)).toEqual(['real']);
    expect(vault.entries.damaged()).toEqual([{ file: 'records/templates/copied.lsr', reason: expect.any(String) }]);
    // A record is also bound to its kind.
    await vault.records.put('prompts', 'seed', 1);
    await copyFile(join(folder, 'real.lsr'), join(dir, 'records', 'prompts', 'real.lsr'));
    await expect(vault.records.get('prompts', 'real')).rejects.toThrow(code('ENTRY_DAMAGED'));
  });

  it('refuses names that could escape the folder or clash by case, and non-JSON values', async () => {
    const { vault } = await newVault();
    for (const [kind, id] of [
      ['../x', 'a'],
      ['templates', '../../header'],
      ['Templates', 'a'],
      ['templates', ''],
    ]) {
      await expect(vault.records.put(kind!, id!, 1)).rejects.toThrow(code('INVALID_INPUT'));
    }
    await expect(vault.records.put('templates', 'a', undefined)).rejects.toThrow('A record must be a JSON value.');
  });
});
