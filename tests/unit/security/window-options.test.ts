import { describe, expect, it } from 'vitest';
import { MIN_HEIGHT, MIN_WIDTH, mainWindowOptions } from '../../../src/main/security/window-options';

describe('main window options', () => {
  const options = mainWindowOptions({ preloadPath: '/app/out/preload/index.cjs' });
  const web = options.webPreferences!;

  it('isolates the page from Node and Electron', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and risky features off', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('loads the CommonJS preload and spellchecks', () => {
    expect(web.preload).toBe('/app/out/preload/index.cjs');
    expect(web.spellcheck).toBe(true);
  });

  it('has a minimum size that fits 800×600 and never opens smaller', () => {
    expect(options.minWidth).toBe(MIN_WIDTH);
    expect(options.minHeight).toBe(MIN_HEIGHT);
    expect([MIN_WIDTH, MIN_HEIGHT]).toEqual([800, 600]);
    const tiny = mainWindowOptions({ preloadPath: 'p', bounds: { width: 300, height: 200, x: 5, y: 6 } });
    expect([tiny.width, tiny.height, tiny.x, tiny.y]).toEqual([800, 600, 5, 6]);
  });

  it('has DevTools off unless a development build asks for them', () => {
    expect(web.devTools).toBe(false);
    expect(mainWindowOptions({ preloadPath: 'p', devTools: true }).webPreferences!.devTools).toBe(true);
  });

  it('waits to show until painted', () => {
    expect(options.show).toBe(false);
  });
});
