// Day arithmetic is shared with main (insights and reviews); screens keep importing it from here.
export * from '@shared/calendar-day';
