import type { AppCommand } from '@shared/contract';

/** The app's commands as the Keyboard shortcuts screen names them (the native menu keeps main's words). */
const commands: { readonly [C in AppCommand]: string } = {
  'new-entry': 'New Entry',
  'new-from-template': 'New from Template',
  today: 'Today',
  'previous-day': 'Previous Day',
  'next-day': 'Next Day',
  lock: 'Lock Journal',
  settings: 'Settings',
  find: 'Find',
  search: 'Search',
  insights: 'Insights',
  people: 'People',
  import: 'Import',
  export: 'Export',
  'theme-system': 'Follow the System',
  'theme-light': 'Light',
  'theme-dark': 'Dark',
  shortcuts: 'Keyboard Shortcuts',
};

export const shortcuts = {
  commands,
  title: 'Keyboard shortcuts',
  anywhere: 'Anywhere in your journal',
  writing: 'While writing',
  action: 'Action',
  keys: 'Keys',
};
