// The whole renderer↔main contract: every call's input and output, every event's payload.
// Main parses each input with these schemas before a handler sees it.
import { z } from 'zod';
import { BackupSecret, type ChosenBackup, type ImportSummary, type MergeSummary, type SavedFile } from './backup';
import type { Channel, EventName } from './channels';
import { DayString, EntryDraft, EntryId, EntryPatch, type Entry, type RevisionInfo, type TextChange } from './entry';
import type { EntryListWire, EntrySummary } from './entry-list';
import { InsightsQuery, type Insights, type OnThisDay } from './insights';
import { SearchQuery, type SearchResult } from './search';
import {
  ExportJobId,
  ExportPhase,
  ExportRequest,
  RedactionList,
  type ExportPreview,
  type ExportResult,
} from './export';
import type { PassphraseStrength } from './passphrase-strength';
import type { Setback } from './setback';
import { PageSettingsPatch, type Settings } from './settings';

import {
  PromptId,
  PromptInput,
  PromptTheme,
  TemplateId,
  TemplateInput,
  type Prompt,
  type PromptView,
  type Template,
} from './template';

const none = z.undefined();
const passphrase = z.string().min(1).max(1024);
/** As vault:create shows it: fourteen groups of four Crockford base32 characters. */
const RecoveryKeyText = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){13}$/);
const byId = z.object({ id: EntryId });
export const TagKind = z.enum(['worlds', 'people', 'free']);
export type TagKind = z.infer<typeof TagKind>;

export interface VaultStatus {
  state: 'none' | 'locked' | 'unlocked';
  dir: string;
  /** Whether this device can keep the vault key (Electron safeStorage with a real backend). */
  rememberSupported: boolean;
  remembered: boolean;
}

/** Who is running: shown in Settings; the OS locale and languages set the page's words, dates and numbers. */
export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** The OS's regional format as a BCP 47 tag (dates and numbers), such as "en-GB". */
  locale: string;
  /** The OS's preferred languages, most wanted first (the words). */
  languages: string[];
}

export interface TagCount {
  name: string;
  count: number;
}
export type TagIndex = Record<TagKind, TagCount[]>;

/** Pairs an input schema with the output type; outputs are built by main, so only typed. */
const call = <I extends z.ZodType>(input: I) => ({
  returns: <O>() => ({ input, output: undefined as unknown as O }),
});

export const contract = {
  'app:info': call(none).returns<AppInfo>(),
  'settings:get': call(none).returns<Settings>(),
  'settings:set': call(PageSettingsPatch).returns<Settings>(),
  'shell:openExternal': call(z.object({ url: z.string().max(4096) })).returns<{ opened: boolean }>(),
  'window:closeReady': call(none).returns<void>(),

  'vault:status': call(none).returns<VaultStatus>(),
  /**
   * The native folder dialog. 'open' makes the chosen folder the journal's folder; 'create' keeps it
   * in main for the next vault:create with folder 'chosen'. The page gets the path only to show it.
   */
  'vault:chooseFolder': call(z.object({ purpose: z.enum(['create', 'open']) })).returns<{ dir: string | null }>(),
  /** In the journal's folder (the default location unless one was opened), or in the folder just chosen. */
  'vault:create': call(z.strictObject({ passphrase, folder: z.literal('chosen').optional() })).returns<{
    recoveryKey: string;
    status: VaultStatus;
  }>(),
  'vault:unlock': call(z.object({ passphrase })).returns<VaultStatus>(),
  'vault:unlockWithRecoveryKey': call(
    z.object({ recoveryKey: z.string().min(1).max(512), newPassphrase: passphrase }),
  ).returns<VaultStatus>(),
  'vault:unlockRemembered': call(none).returns<VaultStatus>(),
  'vault:lock': call(none).returns<VaultStatus>(),
  'vault:changePassphrase': call(z.object({ current: passphrase, next: passphrase })).returns<void>(),
  /**
   * Every file sealed again under a new data key (docs/vault-format.md §14), with vault:reencryptProgress
   * events; `next` may equal `current`. Returns the new recovery key, to show once. Remembered devices forget.
   */
  'vault:reencrypt': call(z.strictObject({ current: passphrase, next: passphrase })).returns<{
    recoveryKey: string;
    status: VaultStatus;
  }>(),
  'vault:remember': call(z.object({ enabled: z.boolean() })).returns<VaultStatus>(),
  /** The new recovery key as a text file with instructions, where the person chooses in the save dialog. */
  'vault:saveRecoveryKey': call(z.object({ recoveryKey: RecoveryKeyText, today: DayString })).returns<{
    saved: boolean;
  }>(),
  /** How guessable a new passphrase is, by the rule main applies before it wraps a key. */
  'vault:ratePassphrase': call(z.object({ passphrase })).returns<PassphraseStrength>(),
  /** Entries gone backwards or missing since this device last saw the journal (docs/vault-format.md §13). */
  'vault:setbacks': call(none).returns<Setback[]>(),
  /** Keep the entry as it now stands, or bring back the newest revision left; returns those still waiting. */
  'vault:settleSetback': call(z.strictObject({ id: EntryId, action: z.enum(['keep', 'bringBack']) })).returns<
    Setback[]
  >(),

  /** Live and trashed entries as list rows (`decodeEntryList`); `trashed` picks one of the two. */
  'entries:list': call(z.object({ trashed: z.boolean().optional() })).returns<EntryListWire>(),
  'entries:get': call(byId).returns<Entry>(),
  'entries:today': call(z.object({ date: DayString })).returns<Entry>(),
  'entries:create': call(EntryDraft).returns<Entry>(),
  'entries:update': call(
    z.object({ id: EntryId, baseRevision: z.number().int().nonnegative(), patch: EntryPatch }),
  ).returns<{ entry: Entry; conflict: boolean }>(),
  'entries:trash': call(byId).returns<EntrySummary>(),
  'entries:restore': call(byId).returns<EntrySummary>(),
  'entries:purge': call(byId).returns<void>(),
  /** An entry the writer is leaving: purged when it was never written in (`isUnwritten`). */
  'entries:discardIfUnwritten': call(byId).returns<{ discarded: boolean }>(),
  'entries:revisions': call(byId).returns<RevisionInfo[]>(),
  /** An earlier version's words against the current ones, word by word. */
  'entries:compareRevision': call(z.object({ id: EntryId, revision: z.number().int().nonnegative() })).returns<
    TextChange[]
  >(),
  'entries:restoreRevision': call(z.object({ id: EntryId, revision: z.number().int().nonnegative() })).returns<Entry>(),

  /** Entries linking to this one (entry links, older `#entry/<id>` links), newest first: "Linked from". */
  'entries:linkedFrom': call(byId).returns<Array<{ id: string; date: string; title: string }>>(),
  'tags:list': call(none).returns<TagIndex>(),
  'tags:rename': call(
    z.object({ kind: TagKind, from: z.string().min(1).max(80), to: z.string().trim().min(1).max(80) }),
  ).returns<{ changed: number }>(),

  'templates:list': call(none).returns<Template[]>(),
  /** Without an id, creates one of the writer's own; with one, updates it. */
  'templates:save': call(z.object({ id: TemplateId.optional(), template: TemplateInput })).returns<Template>(),
  'templates:duplicate': call(z.object({ id: TemplateId })).returns<Template>(),
  'templates:delete': call(z.object({ id: TemplateId })).returns<void>(),
  /** Asks where to save, then writes the share file; null path when the person cancels. */
  'templates:export': call(z.object({ id: TemplateId })).returns<{ path: string | null }>(),
  /** Asks for a file, then validates and adds it; null when the person cancels. */
  'templates:import': call(none).returns<Template | null>(),
  'templates:newEntry': call(z.object({ templateId: TemplateId, date: DayString })).returns<Entry>(),
  /** Never overwrites: an entry with writing needs `append: true`, else the answer is needs-confirmation. */
  'templates:apply': call(
    z.object({
      id: EntryId,
      baseRevision: z.number().int().nonnegative(),
      templateId: TemplateId,
      append: z.boolean(),
    }),
  ).returns<{ kind: 'needs-confirmation' } | { kind: 'applied'; entry: Entry }>(),

  'prompts:list': call(z.object({ theme: PromptTheme.optional(), includeHidden: z.boolean().optional() })).returns<
    PromptView[]
  >(),
  'prompts:today': call(z.object({ date: DayString })).returns<PromptView | null>(),
  'prompts:shuffle': call(z.object({ currentId: PromptId.nullable() })).returns<PromptView | null>(),
  'prompts:add': call(PromptInput).returns<Prompt>(),
  'prompts:delete': call(z.object({ id: PromptId })).returns<void>(),
  'prompts:mark': call(
    z.object({ id: PromptId, favourite: z.boolean().optional(), hidden: z.boolean().optional() }),
  ).returns<void>(),

  /** Waits, the first time after unlock, until every entry is indexed. */
  'search:query': call(SearchQuery).returns<SearchResult>(),
  'insights:compute': call(InsightsQuery).returns<Insights>(),
  'insights:onThisDay': call(z.object({ today: DayString })).returns<OnThisDay>(),
  /** Creates the week's (Monday to Sunday) or the month's review entry, prefilled from that period. */
  'reviews:start': call(z.object({ kind: z.enum(['week', 'month']), today: DayString })).returns<Entry>(),

  /** Save dialog, then the encrypted backup; null when the person cancels. */
  'backup:create': call(z.object({ includeRevisions: z.boolean() })).returns<(SavedFile & { bytes: number }) | null>(),
  /** Open dialog; main keeps the chosen file for restore or merge. Null when the person cancels. */
  'backup:choose': call(none).returns<ChosenBackup | null>(),
  /** The chosen backup, into a new folder (asked for in a dialog), which becomes the open journal. */
  'backup:restore': call(BackupSecret).returns<VaultStatus | null>(),
  /** The chosen backup, added to the open journal without overwriting anything. */
  'backup:merge': call(BackupSecret).returns<MergeSummary>(),
  /** Save dialog, then everything as readable, unencrypted JSON; null when the person cancels. */
  'backup:exportPlain': call(none).returns<SavedFile | null>(),
  /** Folder dialog, then every Markdown file in it as an entry; null when the person cancels. */
  'import:markdownFolder': call(none).returns<ImportSummary | null>(),
  /** Open dialog for a Day One export (.zip or .json); null when the person cancels. */
  'import:dayOne': call(none).returns<ImportSummary | null>(),
  /** The writer's redaction list, kept encrypted in the vault. */
  'export:getRedactions': call(none).returns<RedactionList>(),
  'export:setRedactions': call(RedactionList).returns<RedactionList>(),
  /** The count, titles and dates, and the first page, already redacted. Nothing is written. */
  'export:preview': call(ExportRequest).returns<ExportPreview>(),
  /** Asks where to save, then builds the pack with export:progress events; cancelled leaves no file. */
  'export:run': call(z.object({ jobId: ExportJobId, request: ExportRequest })).returns<ExportResult>(),
  'export:cancel': call(z.object({ jobId: ExportJobId })).returns<void>(),
} satisfies Record<Channel, { input: z.ZodType; output: unknown }>;

// `satisfies` catches a channel without a schema; this catches a schema without a channel.
type Extra = Exclude<keyof typeof contract, Channel>;
export const contractHasNoExtraChannels: [Extra] extends [never] ? true : never = true;

export type Contract = typeof contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = Contract[C]['output'];

export const LockReason = z.enum(['user', 'idle', 'suspend', 'screen-lock']);
export type LockReason = z.infer<typeof LockReason>;
/** Menu items and shortcuts the page carries out. A screen not built yet simply ignores its command. */
export const AppCommand = z.enum([
  'lock',
  'today',
  'previous-day',
  'next-day',
  'new-entry',
  'new-from-template',
  'find',
  'settings',
  'search',
  'insights',
  'people',
  'import',
  'export',
  'theme-system',
  'theme-light',
  'theme-dark',
  'shortcuts',
]);
export type AppCommand = z.infer<typeof AppCommand>;

export const events = {
  'vault:locked': z.object({ reason: LockReason }),
  /** Main is about to lock: the renderer flushes unsaved work, then calls vault:lock. */
  'vault:willLock': z.object({ reason: LockReason }),
  /** Files sealed under the new key so far, by vault:reencrypt or while an unlock finishes one a crash cut short. */
  'vault:reencryptProgress': z.object({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }),
  /** The window is closing: the renderer flushes, then calls window:closeReady. */
  'window:closing': z.object({}),
  'app:command': z.object({ command: AppCommand }),
  'export:progress': z.object({
    jobId: ExportJobId,
    phase: ExportPhase,
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
  }),
} satisfies Record<EventName, z.ZodType>;

export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
