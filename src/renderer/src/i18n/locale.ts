// The OS's regional format, the one input for every date and number the page shows. Main sends it
// with app:info before the first render; until then (and in component tests) it is British English.
let current = 'en-GB';

/** The BCP 47 tag dates and numbers are formatted in. */
export const formatLocale = (): string => current;

/** Adopts the OS's format when Intl knows the tag; a malformed one keeps the current format. */
export function setFormatLocale(tag: string): void {
  try {
    if (Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0) current = tag;
  } catch {
    // RangeError: not a well-formed tag.
  }
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** "1,234" in en-GB, "1.234" in de-DE. */
export function formatNumber(value: number): string {
  let format = numberFormats.get(current);
  if (!format) numberFormats.set(current, (format = new Intl.NumberFormat(current)));
  return format.format(value);
}
