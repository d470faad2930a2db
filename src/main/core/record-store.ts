/**
 * Small encrypted documents kept in the vault beside entries: custom templates, own prompts,
 * prompt favourites. The vault implements it; domain services take it as a port.
 */
export interface RecordStore {
  put(kind: string, id: string, value: unknown): Promise<void>;
  get(kind: string, id: string): Promise<unknown | undefined>;
  list(kind: string): Promise<Array<{ id: string; value: unknown }>>;
  delete(kind: string, id: string): Promise<void>;
}
