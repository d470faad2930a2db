// Runs in the page before the app: the same `window.landscape` the preload exposes,
// carried over HTTP to the bridge instead of over IPC.
export function installLandscapeShim(token: string): void {
  type Listener = (payload: unknown) => void;
  const listeners = new Map<string, Set<Listener>>();
  const source = new EventSource(`/__bridge/events?token=${token}`);
  source.onmessage = (message) => {
    const { event, payload } = JSON.parse(message.data) as { event: string; payload: unknown };
    listeners.get(event)?.forEach((listener) => listener(payload));
  };
  Object.defineProperty(window, 'landscape', {
    value: Object.freeze({
      invoke: async (channel: string, input?: unknown) => {
        const response = await fetch(`/__bridge/invoke/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-bridge-token': token },
          body: JSON.stringify({ input }),
        });
        return response.json();
      },
      on: (event: string, listener: Listener) => {
        if (!listeners.has(event)) listeners.set(event, new Set());
        listeners.get(event)!.add(listener);
        return () => listeners.get(event)?.delete(listener);
      },
    }),
  });
}

/**
 * The shim as an init script. Transpilers (tsx's esbuild) may wrap functions in a `__name`
 * helper that does not exist in the page, so the script defines a harmless one first.
 */
export function landscapeShimScript(token: string): string {
  return `globalThis.__name = (f) => f;\n(${installLandscapeShim.toString()})(${JSON.stringify(token)});`;
}
