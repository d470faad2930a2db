export const dates = {
  weekOf: 'Week of {{date}}',
  // Weekday and date are joined here, not by Intl: ICU versions differ on a comma between them.
  weekdayAndDate: '{{weekday}} {{date}}',
  /** What a date field shows before anything is typed, one entry per figure, in the region's order. */
  figures: { day: 'dd', month: 'mm', year: 'yyyy' },
  /** Said when a date field holds text that is not a date. */
  notADay: 'Not a date. Write it as {{pattern}}.',
};
