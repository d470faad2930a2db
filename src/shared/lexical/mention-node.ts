import {
  $applyNodeReplacement,
  $isElementNode,
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

/**
 * An @mention of a person. The text shown is `@Name`; `mentionName` is the name
 * itself. An entry's people tags are derived from these nodes, which is what
 * lets an export redact them.
 */
export type SerializedMentionNode = Spread<{ mentionName: string }, SerializedTextNode>;

/** The character that starts a mention when typed. */
export const MENTION_TRIGGER = '@';

const mentionNodeSchema = nodeSchema<MentionNode>()({
  mentionName: withField(stringValue(), { field: '__mentionName' }),
});

// Declaration merging gives exportJSON/updateFromJSON the mention's own JSON type,
// as Lexical's built-in nodes do; the schema above implements them.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface MentionNode {
  exportJSON(compact?: false): SerializedMentionNode;
  exportJSON(compact: boolean): SerializedPartial<SerializedMentionNode>;
  updateFromJSON(serializedNode: LexicalParseJSON<SerializedMentionNode>): this;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class MentionNode extends TextNode {
  /** @internal */
  __mentionName: string;

  $config() {
    return this.config('mention', { extends: TextNode, json: mentionNodeSchema });
  }

  constructor(mentionName = '', text?: string, key?: NodeKey) {
    super(text ?? `${MENTION_TRIGGER}${mentionName}`, key);
    this.__mentionName = mentionName;
  }

  getMentionName(): string {
    return this.getLatest().__mentionName;
  }

  setMentionName(mentionName: string): this {
    const self = this.getWritable();
    self.__mentionName = mentionName;
    return self;
  }

  // The return type is left to inference: src/shared is also compiled without DOM types.
  createDOM(config: EditorConfig) {
    const dom = super.createDOM(config);
    addClassNamesToElement(dom, config.theme.mention);
    dom.setAttribute('data-mention', this.__mentionName);
    dom.spellcheck = false;
    return dom;
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

export function $createMentionNode(mentionName: string): MentionNode {
  return $applyNodeReplacement(new MentionNode(mentionName)).setMode('token');
}

export function $isMentionNode(node: LexicalNode | null | undefined): node is MentionNode {
  return node instanceof MentionNode;
}

/**
 * The people @mentioned under `node`: unique names, in order of first mention. Main derives an entry's people
 * tags with it; the editor shows them as they are written.
 */
export function $peopleUnder(node: LexicalNode): string[] {
  const names = new Set<string>();
  const visit = (current: LexicalNode): void => {
    if ($isMentionNode(current)) {
      const name = current.getMentionName().trim();
      if (name !== '') names.add(name);
    } else if ($isElementNode(current)) {
      current.getChildren().forEach(visit);
    }
  };
  visit(node);
  return [...names];
}
