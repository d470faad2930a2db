import { createHeadlessEditor } from '@lexical/headless';
import type { SerializedEditorState } from 'lexical';
import type { LexicalJson } from '@shared/entry';
import { AppError } from '@shared/errors';
import { LANDSCAPE_NODES } from '@shared/lexical/nodes';

/** Entry content as stored (`LexicalJson`) or straight from `editorState.toJSON()`. */
export type EntryContent = LexicalJson | SerializedEditorState;

// One headless editor is enough: parsing a state does not change the editor, and
// every read below runs synchronously against the parsed state.
let editor: ReturnType<typeof createHeadlessEditor> | null = null;

function headlessEditor() {
  editor ??= createHeadlessEditor({
    namespace: 'landscape-content',
    nodes: [...LANDSCAPE_NODES],
    onError: (error) => {
      throw error;
    },
  });
  return editor;
}

/**
 * Runs `$read` against the parsed content, headless (no DOM needed).
 * Content Lexical cannot parse is reported as ENTRY_DAMAGED.
 */
export function readContent<T>(content: EntryContent, $read: () => T): T {
  const current = headlessEditor();
  let state;
  try {
    state = current.parseEditorState(content as SerializedEditorState);
  } catch (cause) {
    throw new AppError('ENTRY_DAMAGED', 'The entry content could not be read.', { cause });
  }
  return state.read($read, { editor: current });
}
