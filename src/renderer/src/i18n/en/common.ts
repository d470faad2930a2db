/** Words many screens share. */
export const common = {
  entries_one: '{{count, number}} entry',
  entries_other: '{{count, number}} entries',
  words_one: '{{count, number}} word',
  words_other: '{{count, number}} words',
  cancel: 'Cancel',
};
