// The names alone, free of dependencies, so the sandboxed preload can check them cheaply.
// contract.ts pairs each with its schemas; the compiler keeps the two lists equal.
export const CHANNELS = [
  'app:info',
  'settings:get',
  'settings:set',
  'shell:openExternal',
  'window:closeReady',
  'vault:status',
  'vault:chooseFolder',
  'vault:create',
  'vault:unlock',
  'vault:unlockWithRecoveryKey',
  'vault:unlockRemembered',
  'vault:lock',
  'vault:changePassphrase',
  'vault:remember',
  'entries:list',
  'entries:get',
  'entries:today',
  'entries:create',
  'entries:update',
  'entries:trash',
  'entries:restore',
  'entries:purge',
  'entries:revisions',
  'entries:restoreRevision',
  'tags:list',
  'tags:rename',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const EVENTS = ['vault:locked', 'vault:willLock', 'window:closing', 'app:command'] as const;
export type EventName = (typeof EVENTS)[number];
