import type { AppPorts } from '../ports';
import type { HandlerTable } from '../handler-table';

type AppChannels = 'app:info' | 'settings:get' | 'settings:set' | 'shell:openExternal' | 'window:closeReady';

export function appHandlers(ports: AppPorts): Pick<HandlerTable, AppChannels> {
  return {
    'app:info': () => ports.app,
    'settings:get': () => ports.prefs.get(),
    'settings:set': (patch) => ports.prefs.set(patch),
    'shell:openExternal': async ({ url }) => ({ opened: await ports.os.confirmAndOpenExternal(url) }),
    'window:closeReady': () => ports.os.closeReady(),
  };
}
