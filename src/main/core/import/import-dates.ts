/** A real calendar day as YYYY-MM-DD, or undefined. */
export function validDay(y: string, m: string, d: string): string | undefined {
  const day = `${y}-${m}-${d}`;
  const t = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === day ? day : undefined;
}

/** `2024-03-05`, `2024-03-05T09:30`, `2024-03-05 09:30:00 +0100`: the day as written, not shifted by a zone. */
export function dayFromText(text: string): string | undefined {
  const m = /^\s*["']?(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(text);
  return m ? validDay(m[1]!, m[2]!, m[3]!) : undefined;
}

/** A date in a file name: `2024-03-05 Team day.md`, `2024_03_05.md`, `20240305-notes.md`. */
export function dayFromFileName(name: string): string | undefined {
  const m = /(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)/.exec(name);
  return m ? validDay(m[1]!, m[2]!, m[3]!) : undefined;
}

/** The day an instant fell on where it was written (Day One keeps the zone); UTC if the zone is unknown. */
export function dayInZone(iso: string, timeZone: string | undefined): string | undefined {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return undefined;
  try {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: timeZone || 'UTC',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(t);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return validDay(part('year'), part('month'), part('day'));
  } catch {
    return t.toISOString().slice(0, 10);
  }
}

/** The local calendar day of a time (a file's modification time). */
export function localDay(t: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
}
