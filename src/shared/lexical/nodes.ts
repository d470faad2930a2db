import { HorizontalRuleNode } from '@lexical/extension';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';
import { EntryLinkNode } from './entry-link-node';
import { MentionNode } from './mention-node';

/**
 * The one node list. The editor and every exporter register exactly these, so
 * anything the editor can write, an export can read.
 *
 * HorizontalRuleNode comes from @lexical/extension: it renders a plain <hr> from
 * createDOM, so this list stays free of React (the @lexical/react one is a
 * deprecated React subclass of it).
 */
export const LANDSCAPE_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  HorizontalRuleNode,
  MentionNode,
  EntryLinkNode,
];
