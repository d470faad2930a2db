export const entry = {
  date: 'Date',
  title: 'Title',
  titlePlaceholder: 'Title (optional)',
  worlds: 'Worlds',
  tags: 'Tags',
  history: 'History',
  exportThis: 'Export this entry…',
  trash: 'Move to trash',
  notSaved: 'Not saved: {{heading}}.',
  retry: 'Retry',
  saved: 'Saved',
  saving: 'Saving…',
  unsaved: 'Unsaved changes',
  applyTemplate: 'Apply template…',
  applyTitle: 'Apply a template to this entry',
  applyConfirm:
    'This entry already has writing. Add the sections of “{{name}}” after it? Nothing you wrote will change.',
  addAfter: 'Add after my writing',
  previousDay: 'Previous day',
  nextDay: 'Next day',
  /** A day-step button's name: "Previous day: Friday 27 November 2026". */
  stepTo: '{{step}}: {{day}}',
  linkedFrom: 'Linked from',
  /** An entry that links here: "Weekly review — Monday 30 November 2026". */
  linkedEntry: '{{title}} — {{day}}',
  untitledLink: 'Untitled',
};
