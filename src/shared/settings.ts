import { z } from 'zod';
import { LastExportOptions } from './export';

/** 0 is Sunday, as in `Date.prototype.getDay`. */
export const Weekday = z.number().int().min(0).max(6);
export type Weekday = z.infer<typeof Weekday>;

/** "HH:MM", 24-hour, local time. */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const ReminderSettings = z.object({
  enabled: z.boolean(),
  time: TimeOfDay,
  days: z.array(Weekday).max(7),
});
export type ReminderSettings = z.infer<typeof ReminderSettings>;

export const SpellcheckSettings = z.object({
  /** A BCP 47 tag such as "en-GB"; null turns spellcheck off. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/)
    .nullable(),
  /** Windows and Linux fetch a dictionary once; only after the person agrees (see docs/architecture.md). */
  dictionaryDownloadAllowed: z.boolean(),
});
export type SpellcheckSettings = z.infer<typeof SpellcheckSettings>;

/**
 * Chromium's Hunspell dictionaries. On Windows and Linux Electron fetches one per language from here, once, and
 * only after the person agrees; macOS uses its own checker and fetches nothing.
 */
export const DICTIONARY_HOST = 'redirector.gvt1.com';

export function needsDictionaryConsent(platform: string, settings: SpellcheckSettings): boolean {
  return platform !== 'darwin' && settings.language !== null && !settings.dictionaryDownloadAllowed;
}

/** Preferences only: never journal content (they live in electron-store, which is not a vault). */
export const Settings = z.object({
  theme: z.enum(['system', 'light', 'dark']),
  /** 0 turns idle auto-lock off. */
  autoLockMinutes: z.number().int().min(0).max(240),
  lockOnSuspend: z.boolean(),
  vaultDir: z.string().nullable(),
  reminder: ReminderSettings,
  spellcheck: SpellcheckSettings,
  /** null follows the OS's region (en-GB Monday, en-US Sunday); the page works it out (dates/week-start.ts). */
  firstDayOfWeek: Weekday.nullable(),
  /** The first-run screens have been seen (or skipped). */
  onboarded: z.boolean(),
  /** The last export's choices (format, what to hide); never the redaction list or any text. */
  lastExport: LastExportOptions.nullable(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  autoLockMinutes: 10,
  lockOnSuspend: true,
  vaultDir: null,
  reminder: { enabled: false, time: '20:00', days: [1, 2, 3, 4, 5] },
  spellcheck: { language: 'en-GB', dictionaryDownloadAllowed: false },
  firstDayOfWeek: null,
  onboarded: false,
  lastExport: null,
};

export const SettingsPatch = Settings.partial();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

/**
 * Settings from whatever a preferences file holds. A field that is missing (an older version wrote the file)
 * takes its default quietly; a field that is present but wrong (hand-edited, damaged) takes its default and is
 * named in `invalid`, so the person can be told.
 */
export function repairSettings(raw: unknown): { settings: Settings; invalid: string[] } {
  if (raw === undefined) return { settings: DEFAULT_SETTINGS, invalid: [] };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { settings: DEFAULT_SETTINGS, invalid: Object.keys(DEFAULT_SETTINGS) };
  }
  const record = raw as Record<string, unknown>;
  const invalid: string[] = [];
  const settings: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(Settings.shape)) {
    const fallback = DEFAULT_SETTINGS[key as keyof Settings];
    if (record[key] === undefined) {
      settings[key] = fallback;
      continue;
    }
    const parsed = (schema as z.ZodType).safeParse(record[key]);
    if (parsed.success) settings[key] = parsed.data;
    else {
      settings[key] = fallback;
      invalid.push(key);
    }
  }
  return { settings: Settings.parse(settings), invalid };
}

/**
 * What the page may change. The vault folder is not among them: folders come only from the native
 * dialog (vault:chooseFolder) or the default location, and main keeps the chosen path itself.
 */
export const PageSettingsPatch = SettingsPatch.omit({ vaultDir: true }).strict();

/** The one way a patch is applied: a member that is present but undefined leaves that setting as it is. */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  return Settings.parse({ ...current, ...defined });
}
