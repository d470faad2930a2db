// The headless reader lives with the rest of content derivation; exporters keep this path.
export { readContent, type EntryContent } from '../content/read-content';
