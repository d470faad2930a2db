import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor, SerializedEditorState } from 'lexical';
import { LANDSCAPE_NODES } from '@shared/lexical/nodes';

/** A headless editor with the app's one node list, as the editor and exporters use. */
export function headlessEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'templates-test',
    nodes: [...LANDSCAPE_NODES],
    onError: (error) => {
      throw error;
    },
  });
}

/** Parses JSON as the editor would and returns what the editor writes back. */
export function roundTrip(json: unknown): SerializedEditorState {
  const editor = headlessEditor();
  const state = editor.parseEditorState(JSON.stringify(json));
  return state.toJSON();
}
