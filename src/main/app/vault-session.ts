import type { VaultStatus, LockReason } from '@shared/contract';
import { AppError } from '@shared/errors';
import { LiveSearch } from '../core/search/live-search';
import { TemplateLibrary } from '../core/templates/template-library';
import { Vault, type VaultOptions } from '../core/vault/vault';
import type { AppPorts } from './ports';

/** How long main waits for the renderer to flush before it locks anyway. */
const FLUSH_GRACE_MS = 3000;

/** The one open vault (or none) and the rules for opening and locking it. */
export class VaultSession {
  private vault: Vault | null = null;
  private library: { vault: Vault; library: TemplateLibrary } | null = null;
  /** Exists exactly while a vault is open: made on unlock, dropped on lock. */
  private live: LiveSearch | null = null;
  private pendingLock: { reason: LockReason; timer: ReturnType<typeof setTimeout> } | null = null;
  /** The folder the native dialog last gave for a new vault; the page can only refer to it. */
  private chosenForCreate: string | null = null;

  /** `vaultOptions` only ever holds the browser tests' low KDF cost; production passes none (see createApp). */
  constructor(
    private readonly ports: AppPorts,
    private readonly vaultOptions: Pick<VaultOptions, 'kdf'> = {},
  ) {}

  /** Every open goes through here: the test-only KDF cost, and this device's marks. */
  private get opts(): VaultOptions {
    return { ...this.vaultOptions, marks: this.ports.marks };
  }

  get dir(): string {
    return this.ports.prefs.get().vaultDir ?? this.ports.defaultVaultDir;
  }

  /** The open vault, or VAULT_LOCKED. */
  open(): Vault {
    if (!this.vault) throw new AppError('VAULT_LOCKED', 'The journal is locked. Unlock it to go on.');
    return this.vault;
  }

  /** Templates and prompts of the open vault, kept encrypted in its records. */
  templates(): TemplateLibrary {
    const vault = this.open();
    if (this.library?.vault !== vault) this.library = { vault, library: new TemplateLibrary(vault.records) };
    return this.library.library;
  }

  /** The open vault's search index (still filling in the first moments after unlock). */
  search(): LiveSearch {
    this.open();
    return this.live!;
  }

  isOpen(): boolean {
    return this.vault !== null;
  }

  async status(): Promise<VaultStatus> {
    const dir = this.dir;
    const probe = this.vault ? 'vault' : await Vault.probe(dir);
    const state = this.vault ? 'unlocked' : probe === 'vault' ? 'locked' : 'none';
    const vaultId = this.vault?.id ?? (probe === 'vault' ? await Vault.readId(dir).catch(() => null) : null);
    const supported = await this.ports.deviceKeys.supported();
    return {
      state,
      dir,
      rememberSupported: supported,
      remembered: supported && vaultId !== null && (await this.remembered(vaultId)),
    };
  }

  /** Whether this device holds a key for the journal; the copy loaded to find out is zeroed at once. */
  private async remembered(vaultId: string): Promise<boolean> {
    const key = await this.ports.deviceKeys.load(vaultId);
    key?.fill(0);
    return key !== null;
  }

  /**
   * Takes a folder from the native dialog (null when cancelled). Opening makes it the journal's
   * folder at once (an open vault elsewhere is locked first); creating keeps it for create().
   */
  chose(purpose: 'create' | 'open', dir: string | null): string | null {
    if (dir === null) return null;
    if (purpose === 'create') {
      this.chosenForCreate = dir;
    } else if (dir !== this.dir) {
      this.lock('user');
      this.ports.prefs.set({ vaultDir: dir });
    }
    return dir;
  }

  async create(passphrase: string, inChosenFolder = false): Promise<{ recoveryKey: string; status: VaultStatus }> {
    if (inChosenFolder && !this.chosenForCreate)
      throw new AppError('INVALID_INPUT', 'Choose a folder for the new journal first.');
    const target = inChosenFolder ? this.chosenForCreate! : this.dir;
    const { vault, recoveryKey } = await Vault.create(target, passphrase, this.opts);
    this.replace(vault, target);
    this.chosenForCreate = null;
    return { recoveryKey, status: await this.status() };
  }

  async unlock(passphrase: string): Promise<VaultStatus> {
    this.replace(await this.finishing(await Vault.unlock(this.dir, passphrase, this.opts)));
    return this.status();
  }

  async unlockWithRecoveryKey(recoveryKey: string, newPassphrase: string): Promise<VaultStatus> {
    const vault = await this.finishing(await Vault.unlockWithRecoveryKey(this.dir, recoveryKey, this.opts));
    try {
      await vault.setPassphrase(newPassphrase);
    } catch (error) {
      vault.lock();
      throw error;
    }
    this.replace(vault);
    return this.status();
  }

  /** Restores into `dir` (see core/backup) and makes that the open journal. */
  async openRestored(restore: (opts: VaultOptions) => Promise<Vault>, dir: string): Promise<VaultStatus> {
    this.replace(await restore(this.opts), dir);
    return this.status();
  }

  async unlockRemembered(): Promise<VaultStatus> {
    const id = await Vault.readId(this.dir);
    const key = await this.ports.deviceKeys.load(id);
    if (!key) throw new AppError('SAFE_STORAGE_UNAVAILABLE', 'Open it with your passphrase.');
    try {
      this.replace(await this.finishing(await Vault.unlockWithDeviceKey(this.dir, key, this.opts)));
    } finally {
      key.fill(0);
    }
    return this.status();
  }

  /**
   * Re-encrypts the open journal under a new key. What this device remembered no longer opens it, so it
   * is forgotten here too; the writer can ask again once they have kept the new recovery key.
   */
  async reencrypt(current: string, next: string): Promise<{ recoveryKey: string; status: VaultStatus }> {
    const vault = this.open();
    const recoveryKey = await vault.reencrypt(current, next, this.progress);
    this.ports.deviceKeys.clear(vault.id);
    return { recoveryKey, status: await this.status() };
  }

  /** A re-encryption a crash cut short is finished before the journal opens (docs/vault-format.md §14). */
  private async finishing(vault: Vault): Promise<Vault> {
    if (!vault.reencryptionUnderWay) return vault;
    try {
      await vault.finishReencryption(this.progress);
      this.ports.deviceKeys.clear(vault.id);
      return vault;
    } catch (error) {
      vault.lock();
      throw error;
    }
  }

  private readonly progress = (p: { done: number; total: number }) => this.ports.emit('vault:reencryptProgress', p);

  async remember(enabled: boolean): Promise<VaultStatus> {
    const vault = this.open();
    if (!enabled) {
      this.ports.deviceKeys.clear(vault.id);
    } else {
      if (!(await this.ports.deviceKeys.supported())) {
        throw new AppError(
          'SAFE_STORAGE_UNAVAILABLE',
          'It has no safe place to keep what opens your journal, so Landscape asks for your passphrase each time.',
        );
      }
      const key = vault.exportDeviceKey();
      try {
        await this.ports.deviceKeys.save(vault.id, key);
      } finally {
        key.fill(0);
      }
    }
    return this.status();
  }

  /** Idle, suspend or screen lock: give the renderer a moment to save, then lock regardless. */
  requestLock(reason: LockReason): void {
    if (!this.vault || this.pendingLock) return;
    const timer = setTimeout(() => this.lock(reason), FLUSH_GRACE_MS);
    this.pendingLock = { reason, timer };
    this.ports.emit('vault:willLock', { reason });
  }

  lock(reason: LockReason = 'user'): void {
    const why = this.pendingLock?.reason ?? reason;
    if (this.pendingLock) clearTimeout(this.pendingLock.timer);
    this.pendingLock = null;
    if (!this.vault) return;
    this.live?.close();
    this.live = null;
    this.vault.lock();
    this.vault = null;
    this.library = null;
    this.ports.emit('vault:locked', { reason: why });
  }

  private replace(vault: Vault, dir?: string): void {
    if (this.vault && this.vault !== vault) {
      this.live?.close();
      this.vault.lock();
    }
    this.vault = vault;
    this.live = new LiveSearch(vault);
    if (dir && dir !== this.dir) this.ports.prefs.set({ vaultDir: dir });
  }
}
