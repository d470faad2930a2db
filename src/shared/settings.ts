import { z } from 'zod';

/** Preferences only: never journal content (they live in electron-store, which is not a vault). */
export const Settings = z.object({
  theme: z.enum(['system', 'light', 'dark']),
  /** 0 turns idle auto-lock off. */
  autoLockMinutes: z.number().int().min(0).max(240),
  lockOnSuspend: z.boolean(),
  vaultDir: z.string().nullable(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  autoLockMinutes: 10,
  lockOnSuspend: true,
  vaultDir: null,
};

export const SettingsPatch = Settings.partial();
export type SettingsPatch = z.infer<typeof SettingsPatch>;
