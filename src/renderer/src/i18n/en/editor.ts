import type { EditorAction } from '../../editor/shortcuts';

/** What each action is called on the Keyboard shortcuts screen. */
const actions: { readonly [A in EditorAction]: string } = {
  paragraph: 'Normal text',
  h1: 'Heading 1',
  h2: 'Heading 2',
  h3: 'Heading 3',
  bold: 'Bold',
  italic: 'Italic',
  underline: 'Underline',
  strikethrough: 'Strikethrough',
  bullet: 'Bulleted list',
  number: 'Numbered list',
  check: 'Check list',
  quote: 'Quote',
  link: 'Link',
  openLink: 'Open the link at the caret',
  entryLink: 'Link to entry…',
  rule: 'Horizontal rule',
  undo: 'Undo',
  redo: 'Redo',
  tabMovesFocus: 'Tab moves focus instead of indenting (on or off)',
};

export const editor = {
  actions,
  /** The toolbar's names where they differ from the shortcuts screen's. */
  paragraph: 'Paragraph',
  /** What the toolbar's letter buttons show. */
  glyphs: { h1: 'H1', h2: 'H2', h3: 'H3', bold: 'B', italic: 'I', underline: 'U', strikethrough: 'S' },
  withKeys: '{{name}} ({{keys}})',
  toolbar: 'Formatting',
  blockStyle: 'Block style',
  textStyle: 'Text style',
  listsAndQuotes: 'Lists and quotes',
  insert: 'Insert',
  history: 'History',
  leaveHint:
    'In a list, Tab indents. To leave the editor, press Escape then Tab, or {{toggle}} to make Tab move focus.',
  tabMovesFocus: 'Tab now moves focus.',
  tabIndents: 'Tab now indents lists.',
  unreadable: 'This entry’s content could not be read.',
  placeholder: 'Write your reflection…',
  label: 'Reflection',
  mention: { add: 'Add person “{{name}}”' },
  link: {
    invalid: 'Enter a web or email address.',
    label: 'Link',
    address: 'Link address',
    apply: 'Apply',
    remove: 'Remove link',
  },
  prompts: {
    /** Beside a template section's heading while nothing below it answers its prompts. */
    unanswered: 'Not answered yet',
  },
  entryLink: {
    /** One line of the list "[[" opens. */
    option: '{{title}} · {{day}}',
    untitled: 'Untitled entry of {{day}}',
    open: 'Linked entry: click, or Enter inside its title, to open it',
    trashed: 'This linked entry is in the trash',
    missing: 'This linked entry is no longer in the journal',
  },
};
