import type { HandlerTable } from '../handler-table';
import type { AppPorts } from '../ports';
import { VaultSession } from '../vault-session';
import { appHandlers } from './app-handlers';
import { backupHandlers } from './backup-handlers';
import { entryHandlers } from './entry-handlers';
import { insightHandlers } from './insight-handlers';
import { exportHandlers } from './export-handlers';
import { tagHandlers } from './tag-handlers';
import { templateHandlers } from './template-handlers';
import { vaultHandlers } from './vault-handlers';

export interface App {
  handlers: HandlerTable;
  session: VaultSession;
}

/** A cheap scrypt cost, so browser tests do not spend seconds per vault on the real one. */
export interface TestOnlyOptions {
  kdf: { N: number; r: number; p: number };
}

/**
 * The one handler table, registered by ipcMain in the app and by the loopback bridge in tests.
 * Only the bridge passes `testOnly`: lint refuses a second argument anywhere under src/.
 */
export function createApp(ports: AppPorts, testOnly?: TestOnlyOptions): App {
  const session = new VaultSession(ports, testOnly ? { kdf: testOnly.kdf } : {});
  // Each handler is a thin call into the session or core; none calls another handler.
  const handlers: HandlerTable = {
    ...appHandlers(ports),
    ...vaultHandlers(session, ports),
    ...entryHandlers(session),
    ...tagHandlers(session),
    ...templateHandlers(session, ports),
    ...insightHandlers(session),
    ...backupHandlers(session, ports),
    ...exportHandlers(session, ports),
  };
  return { handlers, session };
}
