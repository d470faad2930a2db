export const trash = {
  title: 'Trash',
  restored: 'Restored “{{title}}”.',
  deleted: 'Deleted “{{title}}” forever.',
  loading: 'Loading the trash…',
  empty: 'The trash is empty. Entries you move to the trash wait here until you restore them or delete them forever.',
  list: 'Entries in the trash',
  movedAt: ' · moved to the trash {{moment}}',
  confirmLabel: 'Delete “{{title}}” forever?',
  confirm: 'Delete forever? This cannot be undone.',
  deleteForever: 'Delete forever',
  restore: 'Restore',
  which: '“{{title}}”',
};
