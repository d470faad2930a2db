// electron-builder's afterPack hook: flips Electron's fuses in the packaged binary, before it is signed.
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

/** Each fuse, and what turning it this way stops. README.md lists the same. */
export const FUSES = {
  // `ELECTRON_RUN_AS_NODE=1 Landscape` would otherwise be a plain Node.js with the app's signature.
  [FuseV1Options.RunAsNode]: false,
  // NODE_OPTIONS could otherwise inject code (--require) into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and friends could otherwise attach a debugger to main and read the unlocked journal.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // Cookies and other Chromium storage are encrypted with the OS key store.
  [FuseV1Options.EnableCookieEncryption]: true,
  // Only the signed app.asar is loaded, never a loose app/ folder dropped beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // app.asar is checked against the hash built into the binary, so it cannot be edited after signing.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // The app serves itself from app://, so file:// pages get no extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** Where the packaged Electron binary is, per platform. */
export function packagedBinary({ appOutDir, electronPlatformName, packager }) {
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${name}.exe`);
  return join(appOutDir, packager.executableName);
}

export default async function afterPack(context) {
  await flipFuses(packagedBinary(context), {
    version: FuseVersion.V1,
    // Flipping fuses breaks an ad-hoc signature, and arm64 Macs refuse unsigned code; a real signature follows.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin',
    ...FUSES,
  });
}
