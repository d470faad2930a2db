export type ChromiumFound =
  | { found: true; source: 'CHROMIUM_PATH' | 'playwright' | 'system'; executablePath?: string }
  | { found: false; reason: string };
export const SYSTEM_CHROMIUMS: readonly string[];
export const FIX: string;
export function findChromium(input: {
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
  playwrightPath: string | null;
  systemPaths?: readonly string[];
}): ChromiumFound;
export function localChromium(env?: Record<string, string | undefined>): ChromiumFound;
export function playwrightChromiumPath(): string | null;
export function ensureChromium(deps: {
  find: () => ChromiumFound;
  env: Record<string, string | undefined>;
  install: () => boolean;
  log: (line: string) => void;
  error: (line: string) => void;
}): number;
export function installPlaywrightChromium(): boolean;
