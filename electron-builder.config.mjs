// Installers for each platform (`npm run dist`). Fuses are flipped on the packaged binary in scripts/fuses.mjs.
/** @type {import('electron-builder').Configuration} */
export default {
  appId: 'org.landscape.journal',
  productName: 'Landscape',
  copyright: 'Copyright © Landscape contributors',
  directories: { output: 'dist', buildResources: 'resources' },
  // Only the built app and its runtime dependencies go in; sources, tests and docs stay out.
  files: ['out/**/*', 'resources/icon.png', 'package.json', '!**/*.map'],
  extraResources: [{ from: 'docs/vault-format.md', to: 'vault-format.md' }],
  asar: true,
  afterPack: './scripts/fuses.mjs',
  icon: 'resources/icon.png',
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.lifestyle',
    hardenedRuntime: true,
    gatekeeperAssess: false,
    entitlements: 'resources/entitlements.mac.plist',
    entitlementsInherit: 'resources/entitlements.mac.plist',
    // Set APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID (and a signing identity) to notarise.
    notarize: Boolean(process.env.APPLE_TEAM_ID),
  },
  dmg: { sign: false },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    maintainer: 'Landscape contributors',
    synopsis: 'A private, encrypted journal for reflective practice',
  },
  deb: { depends: ['libnotify4', 'libsecret-1-0'] },
};
