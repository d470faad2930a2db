import type { MatchRanges } from '@shared/search';

/** Text with its matches in <mark>: main sends offsets, never HTML. */
export function Marked(props: { text: string; ranges: MatchRanges }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of props.ranges) {
    if (start < at) continue;
    if (start > at) parts.push(props.text.slice(at, start));
    parts.push(<mark key={start}>{props.text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(props.text.slice(at));
  return <>{parts}</>;
}
