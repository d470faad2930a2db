export const calendar = {
  title: 'Calendar',
  nothing: 'No reflections yet.',
  dayEntries: 'Entries of the day',
  previous: 'Previous month',
  next: 'Next month',
  day: '{{day}}, {{entries}}',
};
