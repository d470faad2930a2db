// The installer configuration and the fuses, checked statically: packaging needs an Electron download.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FuseV1Options } from '@electron/fuses';
import config from '../../../electron-builder.config.mjs';
import { FUSES, packagedBinary } from '../../../scripts/fuses.mjs';

const root = new URL('../../../', import.meta.url);
const exists = (path: string) => existsSync(new URL(path, root));

describe('electron-builder configuration', () => {
  it('builds NSIS on Windows, a dmg on macOS, and an AppImage and a deb on Linux', () => {
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  });

  it('signs macOS builds with the hardened runtime and entitlements, ready for notarisation', () => {
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.mac?.entitlements).toBe('resources/entitlements.mac.plist');
    const plist = readFileSync(new URL('resources/entitlements.mac.plist', root), 'utf8');
    // V8's JIT and nothing else: no network client, camera or file entitlements.
    expect([...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])).toEqual([
      'com.apple.security.cs.allow-jit',
      'com.apple.security.cs.allow-unsigned-executable-memory',
    ]);
    expect(config.mac).toHaveProperty('notarize');
  });

  it('uses the icon in resources/ and packs the built app into an asar with the fuse hook', () => {
    expect(config.icon).toBe('resources/icon.png');
    expect(exists(config.icon as string)).toBe(true);
    expect(config.asar).toBe(true);
    expect(config.files).toContain('out/**/*');
    expect(config.afterPack).toBe('./scripts/fuses.mjs');
    expect(exists('scripts/fuses.mjs')).toBe(true);
  });

  it('has an icon large enough for every platform: a square PNG of at least 512 px (macOS asks for 1024)', () => {
    const png = readFileSync(new URL(config.icon as string, root));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(512);
  });

  it('is what `npm run dist` runs', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['dist']).toBe('node scripts/dist.mjs');
    expect(readFileSync(new URL('scripts/dist.mjs', root), 'utf8')).toContain("'electron-builder.config.mjs'");
  });
});

describe('fuses', () => {
  it('turns off running as Node, NODE_OPTIONS and --inspect, and turns on cookie encryption and asar-only loading with integrity checks', () => {
    expect(FUSES).toEqual({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('are flipped on the packaged binary of each platform', () => {
    const packager = { appInfo: { productFilename: 'Landscape' }, executableName: 'landscape' };
    const at = (electronPlatformName: string) => packagedBinary({ appOutDir: '/o', electronPlatformName, packager });
    expect(at('darwin')).toBe('/o/Landscape.app');
    expect(at('win32')).toBe('/o/Landscape.exe');
    expect(at('linux')).toBe('/o/landscape');
  });
});
