export const dates = {
  weekOf: 'Week of {{date}}',
  // Weekday and date are joined here, not by Intl: ICU versions differ on a comma between them.
  weekdayAndDate: '{{weekday}} {{date}}',
};
