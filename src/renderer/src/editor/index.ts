export { Editor, type EditorProps } from './Editor';
export type { LinkTargets } from './link-targets';
export { FORMAT_BLOCK_COMMAND, INSERT_PROMPT_COMMAND, OPEN_LINK_EDITOR_COMMAND } from './commands';
export { SHORTCUTS, shortcutLabel, type EditorAction } from './shortcuts';
