import { $createHorizontalRuleNode, $isHorizontalRuleNode, HorizontalRuleNode } from '@lexical/extension';
import {
  CHECK_LIST,
  CODE,
  type ElementTransformer,
  type TextMatchTransformer,
  type Transformer,
  TRANSFORMERS,
} from '@lexical/markdown';
import { $createMentionNode, $isMentionNode, MENTION_TRIGGER, MentionNode } from './mention-node';

/** What an export writes in place of a person's name when people are redacted. */
export const REDACTED_PERSON = '[person]';

export const HORIZONTAL_RULE: ElementTransformer = {
  dependencies: [HorizontalRuleNode],
  export: (node) => ($isHorizontalRuleNode(node) ? '---' : null),
  regExp: /^(---|\*\*\*|___)\s?$/,
  replace: (parentNode, _children, _match, isImport) => {
    const rule = $createHorizontalRuleNode();
    // While typing, keep the paragraph after the rule so the caret has somewhere to go.
    if (isImport || parentNode.getNextSibling() != null) {
      parentNode.replace(rule);
    } else {
      parentNode.insertBefore(rule);
    }
    rule.selectNext();
  },
  type: 'element',
};

// A name after an @ that does not follow a word character, so "me@example.com" stays text. Markdown has no
// name boundary, so a name's words are joined by no-break spaces on export: a reader sees "@Sam Lee", and
// import takes the whole name back. "@Sam Lee" typed with a plain space imports as "@Sam" and text.
const NAME_WORD = String.raw`[\p{L}\p{M}\p{N}_]+(?:['’-][\p{L}\p{M}\p{N}_]+)*`;
const NO_BREAK_SPACE = '\u00a0';
const MENTION_IMPORT = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@])@(${NAME_WORD}(?:${NO_BREAK_SPACE}${NAME_WORD})*)`,
  'u',
);

export const MENTION: TextMatchTransformer = {
  dependencies: [MentionNode],
  export: (node) =>
    $isMentionNode(node) ? `${MENTION_TRIGGER}${node.getMentionName().replaceAll(' ', NO_BREAK_SPACE)}` : null,
  importRegExp: MENTION_IMPORT,
  regExp: new RegExp(`${MENTION_IMPORT.source}$`, 'u'),
  replace: (textNode, match) => {
    textNode.replace($createMentionNode((match[1] ?? '').replaceAll(NO_BREAK_SPACE, ' ')));
  },
  type: 'text-match',
};

/** Exports every mention as {@link REDACTED_PERSON}; used only for export, never import. */
export const MENTION_REDACTED: TextMatchTransformer = {
  ...MENTION,
  export: (node) => ($isMentionNode(node) ? REDACTED_PERSON : null),
};

/**
 * Lexical's standard transformers less CODE (the node list has no CodeNode, and
 * code blocks are not something a reflection needs), plus CHECK_LIST, which
 * Lexical leaves out of TRANSFORMERS, and ours. CHECK_LIST comes before the
 * bullet list, which would otherwise claim "- [ ] ". The editor's markdown
 * shortcuts and the exporters share this list.
 */
export const LANDSCAPE_TRANSFORMERS: Transformer[] = [
  HORIZONTAL_RULE,
  CHECK_LIST,
  MENTION,
  ...TRANSFORMERS.filter((transformer) => transformer !== CODE),
];

export const LANDSCAPE_TRANSFORMERS_REDACTED: Transformer[] = LANDSCAPE_TRANSFORMERS.map((transformer) =>
  transformer === MENTION ? MENTION_REDACTED : transformer,
);
