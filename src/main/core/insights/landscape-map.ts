import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationNodeDatum,
} from 'd3-force';
import { addDays } from '@shared/calendar-day';
import type { DayRange, LandscapeMap } from '@shared/insights';
import { within, type InsightEntry } from './insight-entry';

/** How far back a world counts as one the writer usually moves in, for "quiet" worlds. */
const QUIET_LOOKBACK_DAYS = 90;
const TICKS = 300;

interface Node extends SimulationNodeDatum {
  id: string;
  entries: number;
}

/**
 * Worlds as nodes sized by their entries in the period, joined where one entry names both, the
 * join weighted by how many do. Laid out by d3-force from a fixed seed, so the same journal
 * always draws the same map.
 */
export function landscapeMap(entries: readonly InsightEntry[], range: DayRange): LandscapeMap {
  const inPeriod = entries.filter(within(range));
  const byWorld = new Map<string, string[]>();
  const byPair = new Map<string, string[]>();
  for (const e of inPeriod) {
    const worlds = [...new Set(e.meta.tags.worlds)].sort();
    for (const w of worlds) listAt(byWorld, w).push(e.meta.id);
    for (let i = 0; i < worlds.length; i++)
      for (let j = i + 1; j < worlds.length; j++) {
        listAt(byPair, JSON.stringify([worlds[i], worlds[j]])).push(e.meta.id);
      }
  }
  const names = [...byWorld.keys()].sort();
  const edges = [...byPair].map(([key, entryIds]) => {
    const [a, b] = JSON.parse(key) as [string, string];
    return { a, b, entries: entryIds.length, entryIds };
  });
  edges.sort((x, y) => y.entries - x.entries || cmp(x.a, y.a) || cmp(x.b, y.b));

  const positions = layout(
    names.map((id) => ({ id, entries: byWorld.get(id)!.length })),
    edges,
  );
  const before = { from: addDays(range.from, -QUIET_LOOKBACK_DAYS), to: addDays(range.from, -1) };
  const quiet = new Set(entries.filter(within(before)).flatMap((e) => e.meta.tags.worlds));
  return {
    nodes: names.map((world) => ({
      world,
      entries: byWorld.get(world)!.length,
      entryIds: byWorld.get(world)!,
      ...positions.get(world)!,
    })),
    edges,
    quiet: [...quiet].filter((w) => !byWorld.has(w)).sort(),
  };
}

function layout(nodes: Node[], edges: Array<{ a: string; b: string; entries: number }>) {
  const heaviest = Math.max(1, ...edges.map((e) => e.entries));
  const simulation = forceSimulation<Node>(nodes)
    .randomSource(seeded(0x1a2b3c))
    .force(
      'link',
      forceLink<Node, { source: string; target: string; entries: number }>(
        edges.map((e) => ({ source: e.a, target: e.b, entries: e.entries })),
      )
        .id((n) => n.id)
        .strength((l) => 0.2 + (0.8 * l.entries) / heaviest),
    )
    .force('charge', forceManyBody().strength(-120))
    .force(
      'collide',
      forceCollide<Node>((n) => 10 + Math.sqrt(n.entries) * 4),
    )
    .force('center', forceCenter(0, 0))
    .stop();
  simulation.tick(TICKS);
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const scale = (v: number, all: number[]) => {
    const lo = Math.min(...all);
    const hi = Math.max(...all);
    return hi - lo < 1e-9 ? 0.5 : round((v - lo) / (hi - lo));
  };
  return new Map(nodes.map((n) => [n.id, { x: scale(n.x ?? 0, xs), y: scale(n.y ?? 0, ys) }]));
}

function listAt(map: Map<string, string[]>, key: string): string[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** Code-unit order, as sort() uses for the names, so the order never depends on the locale. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const round = (v: number) => Math.round(v * 1000) / 1000;

/** A small linear congruential generator: d3's own suggestion for a repeatable layout. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(1664525, s) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}
