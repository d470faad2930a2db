import {
  $applyNodeReplacement,
  addClassNamesToElement,
  type EditorConfig,
  type LexicalNode,
  type LexicalParseJSON,
  type NodeKey,
  nodeSchema,
  type SerializedPartial,
  type SerializedTextNode,
  type Spread,
  stringValue,
  TextNode,
  withField,
} from 'lexical';
import { ENTRY_LINK_TYPE } from '../entry-link';

/**
 * A link to another entry. `entryId` is the entry it points to; the text is that entry's title as last
 * seen, which is what plain text and every export show. The editor puts the target's current title in
 * the text whenever it shows the entry (EntryLinksPlugin), so a retitled entry never leaves a stale link.
 */
export type SerializedEntryLinkNode = Spread<{ entryId: string }, SerializedTextNode>;

/** What the editor knows of the target as it shows it; never stored. */
export type EntryLinkState = 'live' | 'trashed' | 'missing';

const entryLinkNodeSchema = nodeSchema<EntryLinkNode>()({
  entryId: withField(stringValue(), { field: '__entryId' }),
});

// Declaration merging gives exportJSON/updateFromJSON the link's own JSON type, as MentionNode does.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface EntryLinkNode {
  exportJSON(compact?: false): SerializedEntryLinkNode;
  exportJSON(compact: boolean): SerializedPartial<SerializedEntryLinkNode>;
  updateFromJSON(serializedNode: LexicalParseJSON<SerializedEntryLinkNode>): this;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class EntryLinkNode extends TextNode {
  /** @internal */
  __entryId: string;
  /** @internal Shown, not stored: whether the target is still in the journal. */
  __linkState: EntryLinkState = 'live';

  $config() {
    return this.config(ENTRY_LINK_TYPE, { extends: TextNode, json: entryLinkNodeSchema });
  }

  constructor(entryId = '', title = '', key?: NodeKey) {
    super(title, key);
    this.__entryId = entryId;
  }

  afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__entryId = prevNode.__entryId;
    this.__linkState = prevNode.__linkState;
  }

  getEntryId(): string {
    return this.getLatest().__entryId;
  }

  getLinkState(): EntryLinkState {
    return this.getLatest().__linkState;
  }

  setLinkState(state: EntryLinkState): this {
    const self = this.getWritable();
    self.__linkState = state;
    return self;
  }

  // The return type is left to inference: src/shared is also compiled without DOM types.
  createDOM(config: EditorConfig) {
    const dom = super.createDOM(config);
    addClassNamesToElement(dom, config.theme.entryLink);
    dom.setAttribute('data-entry-link', this.__entryId);
    dom.setAttribute('data-link-state', this.__linkState);
    dom.spellcheck = false;
    return dom;
  }

  updateDOM(prevNode: this, dom: Parameters<TextNode['updateDOM']>[1], config: EditorConfig): boolean {
    if (super.updateDOM(prevNode, dom, config)) return true;
    dom.setAttribute('data-entry-link', this.__entryId);
    dom.setAttribute('data-link-state', this.__linkState);
    return false;
  }

  isTextEntity(): true {
    return true;
  }

  canInsertTextBefore(): boolean {
    return false;
  }

  canInsertTextAfter(): boolean {
    return false;
  }
}

export function $createEntryLinkNode(entryId: string, title: string): EntryLinkNode {
  return $applyNodeReplacement(new EntryLinkNode(entryId, title)).setMode('token');
}

export function $isEntryLinkNode(node: LexicalNode | null | undefined): node is EntryLinkNode {
  return node instanceof EntryLinkNode;
}
