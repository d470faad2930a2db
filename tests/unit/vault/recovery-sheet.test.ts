// "Save as a file…" on the recovery-key step: the file holds the key and plain instructions, and the key in it
// opens the journal it was made for.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/main/app/handlers';
import { fakeOs, testPorts, type FakeOs } from '../../support/fake-ports';
import { KDF } from './fixtures/samples';
import { invokeOn } from '../../support/invoke';

const PASS = 'lantern orchard quietly harbour 7';
let dir: string;
let os: FakeOs;
let app: App;

const invoke = <T = never>(channel: string, input?: unknown) => invokeOn<T>(app, channel, input);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'landscape-recovery-sheet-'));
  os = fakeOs();
  app = createApp(testPorts(dir, os), { kdf: KDF });
});
afterEach(async () => {
  app.session.lock();
  await rm(dir, { recursive: true, force: true });
});

describe('saving the recovery key as a file', () => {
  it('writes the key with instructions, and the key read back from the file opens the journal', async () => {
    const { recoveryKey } = (await invoke('vault:create', { passphrase: PASS })) as { recoveryKey: string };
    expect(await invoke('vault:saveRecoveryKey', { recoveryKey, today: '2026-11-30' })).toEqual({ saved: true });
    const file = os.saved.get('Landscape recovery key.txt')!;
    expect(file).toContain('Made on 2026-11-30.');
    expect(file).toMatch(/only way back in/);
    const fromFile = file.split('\n').find((line) => /^[0-9A-Z]{4}(-[0-9A-Z]{4}){13}$/.test(line))!;
    expect(fromFile).toBe(recoveryKey);

    await invoke('vault:lock');
    const status = (await invoke('vault:unlockWithRecoveryKey', {
      recoveryKey: fromFile,
      newPassphrase: 'a new quiet harbour lantern 9',
    })) as { state: string };
    expect(status.state).toBe('unlocked');
  });

  it('says nothing was saved when the person cancels the dialog', async () => {
    const { recoveryKey } = (await invoke('vault:create', { passphrase: PASS })) as { recoveryKey: string };
    os.cancelNextSave = true;
    expect(await invoke('vault:saveRecoveryKey', { recoveryKey, today: '2026-11-30' })).toEqual({ saved: false });
    expect(os.saved.size).toBe(0);
  });

  it.each(['', 'not a key', '62WN-4GPY-B1RK', '62WN-4GPY-B1RK-Z6PJ-WDEF-EQ8D-5J9N-3WS5-W53T-AA71-P321-P2SK-DTEH-9DBU'])(
    'refuses %j, which is not a key in the form the journal shows, and writes nothing',
    async (recoveryKey) => {
      await expect(invoke('vault:saveRecoveryKey', { recoveryKey, today: '2026-11-30' })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
      });
      expect(os.saved.size).toBe(0);
    },
  );
});
