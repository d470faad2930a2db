import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on the nodes it renders; editor.css styles them. */
export const EDITOR_THEME: EditorThemeClasses = {
  paragraph: 'editor-paragraph',
  heading: { h1: 'editor-h1', h2: 'editor-h2', h3: 'editor-h3', h4: 'editor-h4', h5: 'editor-h5', h6: 'editor-h6' },
  quote: 'editor-quote',
  list: {
    ul: 'editor-ul',
    ol: 'editor-ol',
    checklist: 'editor-checklist',
    listitem: 'editor-listitem',
    listitemChecked: 'editor-listitem-checked',
    listitemUnchecked: 'editor-listitem-unchecked',
    nested: { listitem: 'editor-nested-listitem' },
  },
  link: 'editor-link',
  hr: 'editor-hr',
  hrSelected: 'editor-hr-selected',
  mention: 'editor-mention',
  entryLink: 'editor-entry-link',
  text: {
    bold: 'editor-text-bold',
    italic: 'editor-text-italic',
    underline: 'editor-text-underline',
    strikethrough: 'editor-text-strikethrough',
    underlineStrikethrough: 'editor-text-underline-strikethrough',
    code: 'editor-text-code',
    highlight: 'editor-text-highlight',
  },
  ltr: 'editor-ltr',
  rtl: 'editor-rtl',
};
