import { createContext, useContext, useState, useSyncExternalStore } from 'react';
import type { Template } from '@shared/template';
import { call } from '../bridge';

/**
 * The templates, fetched once and shared by every screen that lists or names them (the sidebar's
 * template names, the picker, the Templates screen). A screen that changes templates calls `changed()`;
 * the others see a new `version` and ask again.
 */
export class TemplatesCache {
  private pending: Promise<Template[]> | null = null;
  private version = 0;
  private readonly listeners = new Set<() => void>();

  list(): Promise<Template[]> {
    this.pending ??= call('templates:list').catch((error: unknown) => {
      this.pending = null;
      throw error;
    });
    return this.pending;
  }

  changed(): void {
    this.pending = null;
    this.version += 1;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;
}

export const TemplatesContext = createContext<TemplatesCache | null>(null);

/** The journal's cache; a screen drawn on its own (as in a component test) gets one of its own. */
export function useTemplates(): { templates: TemplatesCache; version: number } {
  const shared = useContext(TemplatesContext);
  const [own] = useState(() => new TemplatesCache());
  const templates = shared ?? own;
  const version = useSyncExternalStore(templates.subscribe, templates.getVersion);
  return { templates, version };
}
