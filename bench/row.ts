/** One line of bench-results.json. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
}
