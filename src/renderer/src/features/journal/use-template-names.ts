import { useEffect, useState, useSyncExternalStore } from 'react';
import { TemplatesCache } from '../../state/templates-cache';

/** The journal's templates (shared through TemplatesContext) and their names by id, for lists and headers. */
export function useTemplateNames(onError: (error: unknown) => void) {
  const [templates] = useState(() => new TemplatesCache());
  const [templateNames, setTemplateNames] = useState<Record<string, string>>({});
  const version = useSyncExternalStore(templates.subscribe, templates.getVersion);
  useEffect(() => {
    templates.list().then((list) => setTemplateNames(Object.fromEntries(list.map((t) => [t.id, t.name]))), onError);
  }, [templates, version, onError]);
  return { templates, templateNames };
}
