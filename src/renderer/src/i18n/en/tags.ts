export const tags = {
  input: {
    added: 'Added {{names}}.',
    duplicates: '{{names}} already added.',
    overflow: {
      worlds: 'An entry can have up to {{max}} worlds.',
      free: 'An entry can have up to {{max}} tags.',
    },
    removed: 'Removed {{name}}.',
    chips: '{{label}} added',
    showWith: 'Show entries with {{chip}}',
    remove: 'Remove {{name}}',
    addTag: 'Add a tag',
    addWorld: 'Add a world',
    suggestions: '{{label}} suggestions',
    hint: 'Enter or comma adds; Backspace in an empty box removes the last one.',
  },
};
