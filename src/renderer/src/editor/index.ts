export { Editor, type EditorProps } from './Editor';
export { FORMAT_BLOCK_COMMAND, INSERT_PROMPT_COMMAND, OPEN_LINK_EDITOR_COMMAND } from './commands';
export { SHORTCUTS, shortcutLabel, type EditorAction } from './shortcuts';
