import { useState } from 'react';
import type { LandscapeMap } from '@shared/insights';
import { formatNumber } from '../../i18n/locale';
import { t } from '../../i18n';

const W = 640;
const H = 360;
const PAD = 48;

type Picked = { label: string; entryIds: string[] } | null;

/**
 * The landscape map: worlds as circles sized by entries, joined where entries name both, thicker for
 * more. Each world and join is a button that lists its entries; the table below holds the same figures.
 */
export function LandscapeMapChart(props: { map: LandscapeMap; renderEntries: (ids: string[]) => React.ReactNode }) {
  const { map } = props;
  const [picked, setPicked] = useState<Picked>(null);
  const at = new Map(map.nodes.map((n) => [n.world, { x: PAD + n.x * (W - 2 * PAD), y: PAD + n.y * (H - 2 * PAD) }]));
  const most = Math.max(1, ...map.nodes.map((n) => n.entries));
  const heaviest = Math.max(1, ...map.edges.map((e) => e.entries));
  const pick = (p: Picked) => (e: React.SyntheticEvent) => {
    if ('key' in e && (e as React.KeyboardEvent).key !== 'Enter' && (e as React.KeyboardEvent).key !== ' ') return;
    e.preventDefault();
    setPicked(p);
  };
  const entries = (count: number) => t('common.entries', { count });
  return (
    <section aria-labelledby="insights-map">
      <h2 id="insights-map">{t('insights.map.title')}</h2>
      {map.nodes.length === 0 ? (
        <p className="muted">{t('insights.map.none')}</p>
      ) : (
        <svg className="landscape-map" viewBox={`0 0 ${W} ${H}`} role="group" aria-label={t('insights.map.label')}>
          {map.edges.map((e) => {
            const a = at.get(e.a)!;
            const b = at.get(e.b)!;
            const label = t('insights.map.join', { a: e.a, b: e.b, entries: entries(e.entries) });
            return (
              <line
                key={`${e.a}|${e.b}`}
                className="map-edge"
                x1={a.x}
                y1={a.y}
                x2={b.x}
                y2={b.y}
                strokeWidth={2 + (8 * e.entries) / heaviest}
                role="button"
                tabIndex={0}
                aria-label={label}
                onClick={pick({ label, entryIds: e.entryIds })}
                onKeyDown={pick({ label, entryIds: e.entryIds })}
              />
            );
          })}
          {map.nodes.map((n) => {
            const p = at.get(n.world)!;
            const label = t('insights.map.world', { world: n.world, entries: entries(n.entries) });
            return (
              <g
                key={n.world}
                className="map-node"
                role="button"
                tabIndex={0}
                aria-label={label}
                onClick={pick({ label, entryIds: n.entryIds })}
                onKeyDown={pick({ label, entryIds: n.entryIds })}
              >
                <circle cx={p.x} cy={p.y} r={8 + 22 * Math.sqrt(n.entries / most)} />
                <text x={p.x} y={p.y} dy="0.35em" textAnchor="middle">
                  {n.world}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      {picked && (
        <div className="map-picked" role="region" aria-label={picked.label}>
          <h3>{picked.label}</h3>
          {props.renderEntries(picked.entryIds)}
        </div>
      )}
      {map.edges.length > 0 && (
        <table className="insights-table">
          <caption>{t('insights.map.boundaries')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('insights.map.worlds')}</th>
              <th scope="col">{t('insights.map.naming')}</th>
            </tr>
          </thead>
          <tbody>
            {map.edges.map((e) => (
              <tr key={`${e.a}|${e.b}`}>
                <th scope="row">{t('insights.map.pair', { a: e.a, b: e.b })}</th>
                <td>{formatNumber(e.entries)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {map.nodes.length > 0 && (
        <p>
          {t('insights.map.list', {
            worlds: map.nodes.map((n) => t('insights.map.listItem', { world: n.world, count: n.entries })).join(', '),
          })}
        </p>
      )}
      {map.quiet.length > 0 && <p className="muted">{t('insights.map.quiet', { worlds: map.quiet.join(', ') })}</p>}
    </section>
  );
}
