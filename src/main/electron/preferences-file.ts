// What electron-store keeps (preferences and window state, never journal content), and how a damaged
// preferences file is mended before the store opens it. Plain Node: no Electron here, so tests run it.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { DEFAULT_SETTINGS, repairSettings, Settings } from '@shared/settings';

export const PREFERENCES_NAME = 'preferences';

const WindowState = z.object({
  bounds: z
    .object({ x: z.number().optional(), y: z.number().optional(), width: z.number(), height: z.number() })
    .nullable(),
  maximized: z.boolean(),
});
/** safeStorage-encrypted vault keys, base64, by vault id. */
const DeviceKeys = z.record(z.string(), z.string());

export const StoreShape = z.object({ settings: Settings, window: WindowState, deviceKeys: DeviceKeys });
export type StoreShape = z.infer<typeof StoreShape>;

export const STORE_DEFAULTS: StoreShape = {
  settings: DEFAULT_SETTINGS,
  window: { bounds: null, maximized: false },
  deviceKeys: {},
};

/** electron-store's JSON schema, one entry per top-level key, from the same zod schemas. */
export const STORE_SCHEMA = Object.fromEntries(
  Object.entries(StoreShape.shape).map(([key, schema]) => {
    const { $schema: _draft, ...json } = z.toJSONSchema(schema) as Record<string, unknown>;
    return [key, json];
  }),
);

/**
 * Reads the preferences file and, when it is not JSON or holds values the schema refuses, keeps a copy
 * beside it (`.damaged`), writes back what could be kept (defaults for the rest) and says what happened.
 * Returns null when the file is fine or absent. Missing fields (an older version) are not a problem.
 */
export function mendPreferencesFile(path: string): string | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    keepAndReplace(path, STORE_DEFAULTS);
    return 'Your preferences file could not be read, so Landscape started with its default settings. Your journal is untouched; a copy of the old file was kept beside it.';
  }
  const whole = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  const record = whole ? (raw as Record<string, unknown>) : {};
  const bad: string[] = whole ? [] : ['the whole file'];
  const section = <T>(key: string, schema: z.ZodType<T>, fallback: T): T => {
    if (record[key] === undefined) return fallback;
    const parsed = schema.safeParse(record[key]);
    if (parsed.success) return parsed.data;
    bad.push(key);
    return fallback;
  };
  const { settings, invalid } = repairSettings(record['settings']);
  bad.push(...invalid);
  const mended: StoreShape = {
    settings,
    window: section('window', WindowState, STORE_DEFAULTS.window),
    deviceKeys: section('deviceKeys', DeviceKeys, STORE_DEFAULTS.deviceKeys),
  };
  if (bad.length === 0) {
    // Fields an older version did not write are filled in quietly, so the store's schema check passes.
    const asRead = { settings: record['settings'], window: record['window'], deviceKeys: record['deviceKeys'] };
    if (!isDeepStrictEqual(mended, asRead)) writeFileSync(path, JSON.stringify(mended, null, '\t'));
    return null;
  }
  keepAndReplace(path, mended);
  return `Some of your preferences could not be read (${bad.join(', ')}), so those are back to their defaults. Your journal is untouched; a copy of the old file was kept beside it.`;
}

function keepAndReplace(path: string, data: StoreShape): void {
  copyFileSync(path, `${path}.damaged`);
  writeFileSync(path, JSON.stringify(data, null, '\t'));
}
