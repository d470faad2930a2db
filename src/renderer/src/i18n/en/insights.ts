export const insights = {
  onThisDay: {
    title: 'On this day',
    weekAgo: 'A week ago',
    monthAgo: 'A month ago',
    yearAgo: 'A year ago',
    when: '{{when}}:',
    untitled: 'Untitled',
  },
};
