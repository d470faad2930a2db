import type { HandlerTable } from '../handler-table';
import type { AppPorts } from '../ports';
import { VaultSession } from '../vault-session';
import { appHandlers } from './app-handlers';
import { entryHandlers } from './entry-handlers';
import { tagHandlers } from './tag-handlers';
import { templateHandlers } from './template-handlers';
import { vaultHandlers } from './vault-handlers';

export interface App {
  handlers: HandlerTable;
  session: VaultSession;
}

/** The one handler table, registered by ipcMain in the app and by the loopback bridge in tests. */
export function createApp(ports: AppPorts): App {
  const session = new VaultSession(ports);
  const entries = entryHandlers(session);
  const handlers: HandlerTable = {
    ...appHandlers(ports),
    ...vaultHandlers(session, ports),
    ...entries,
    ...tagHandlers(session, entries),
    ...templateHandlers(session, ports, entries),
  };
  return { handlers, session };
}
