// What the app layer needs from the operating system. Electron implements these in
// src/main/electron; the test bridge passes fakes. Passing ports in keeps handlers Electron-free.
import type { EventName } from '@shared/channels';
import type { AppInfo, EventPayload } from '@shared/contract';
import type { Settings, SettingsPatch } from '@shared/settings';
import type { PackPrinter, Paper } from '../core/export/pack-printer';
import type { MarkStore } from '../core/vault/high-water';

export interface PrefsPort {
  get(): Settings;
  set(patch: SettingsPatch): Settings;
}

/** Keeps a vault's key on this device, encrypted by the OS keychain (safeStorage). */
export interface DeviceKeyPort {
  /** False where the OS offers no real protection (Linux `basic_text`). */
  supported(): Promise<boolean>;
  load(vaultId: string): Promise<Buffer | null>;
  save(vaultId: string, key: Buffer): Promise<void>;
  clear(vaultId: string): void;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface OsPort {
  chooseFolder(purpose: 'create' | 'open'): Promise<string | null>;
  /** Asks the person first; opens only http(s) links they accept. */
  confirmAndOpenExternal(url: string): Promise<boolean>;
  /** Save dialog, then write; null when the person cancels. */
  saveTextFile(suggestedName: string, contents: string): Promise<string | null>;
  /** Open dialog, then read (at most maxBytes); null when the person cancels. */
  openTextFile(maxBytes: number): Promise<{ name: string; bytes: Uint8Array } | null>;
  /** Native open dialog for one file; its path stays in main, the page never names one. Null on Cancel. */
  pickOpenFile(request: { title: string; filters: FileFilter[] }): Promise<string | null>;
  /** Native save dialog; the caller writes the file. Null on Cancel. */
  pickSavePath(request: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  /** Native folder dialog. Null on Cancel. */
  pickFolder(request: { title: string }): Promise<string | null>;
  /**
   * Save dialog for an export; only the path it returns. The export is written next to it
   * (temp file, then rename), never to a temp folder. Null when the person cancels.
   */
  chooseExportPath(suggestedName: string, extension: string): Promise<string | null>;
  /** The renderer has flushed its work; the window may close now. */
  closeReady(): void;
}

/** The OS's power and session events (Electron's powerMonitor has this shape). */
export interface PowerPort {
  on(event: 'suspend' | 'lock-screen', listener: () => void): unknown;
  removeListener(event: 'suspend' | 'lock-screen', listener: () => void): unknown;
  /** Seconds since the person last used the keyboard or mouse, in any app. */
  getSystemIdleTime(): number;
}

export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface AppPorts {
  prefs: PrefsPort;
  deviceKeys: DeviceKeyPort;
  os: OsPort;
  emit: Emit;
  /** Prints a supervision pack's HTML to PDF, and its first page to an image for the preview. */
  printer: PackPrinter;
  /** A4 or Letter, from the OS locale. */
  paper: () => Paper;
  /** Where a vault is made when the person does not choose a folder. */
  defaultVaultDir: string;
  app: AppInfo;
  /** What this device last saw of each journal, outside its folder; without it, setbacks go unnoticed. */
  marks?: MarkStore;
}
