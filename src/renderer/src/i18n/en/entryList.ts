export const entryList = {
  blankPage: 'Blank page',
  blankPageAt: 'Blank page, {{time}}',
  showWith: 'Show entries with {{chip}}',
  empty: 'No reflections yet.',
};
