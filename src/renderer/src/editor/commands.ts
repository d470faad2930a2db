import { createCommand, type LexicalCommand } from 'lexical';
import type { BlockType } from './block-type';

/** Turns the selected blocks into `BlockType`; asking for the current type again returns them to paragraphs. */
export const FORMAT_BLOCK_COMMAND: LexicalCommand<BlockType> = createCommand('FORMAT_BLOCK_COMMAND');

/** Opens the toolbar's link field for the selection (Ctrl/Cmd+K). */
export const OPEN_LINK_EDITOR_COMMAND: LexicalCommand<void> = createCommand('OPEN_LINK_EDITOR_COMMAND');

/** Asks the host to open the link at the caret (Alt+Enter); the host confirms before leaving the app. */
export const OPEN_LINK_AT_SELECTION_COMMAND: LexicalCommand<void> = createCommand('OPEN_LINK_AT_SELECTION_COMMAND');

/**
 * Inserts a writing prompt at the caret as a quote, followed by an empty paragraph
 * where the caret lands, ready for the answer.
 */
export const INSERT_PROMPT_COMMAND: LexicalCommand<string> = createCommand('INSERT_PROMPT_COMMAND');

/** Starts a link to another entry at the caret: types "[[", which opens the list of entries to choose from. */
export const START_ENTRY_LINK_COMMAND: LexicalCommand<void> = createCommand('START_ENTRY_LINK_COMMAND');
