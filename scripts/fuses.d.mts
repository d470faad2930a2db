import type { FuseV1Options } from '@electron/fuses';
export const FUSES: Partial<Record<FuseV1Options, boolean>>;
export function packagedBinary(context: {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName: string };
}): string;
export default function afterPack(context: unknown): Promise<void>;
