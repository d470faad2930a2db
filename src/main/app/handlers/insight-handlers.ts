import { computeInsights } from '../../core/insights/insights';
import { onThisDay } from '../../core/insights/on-this-day';
import { reviewDraft } from '../../core/insights/review';
import type { HandlerTable } from '../handler-table';
import type { VaultSession } from '../vault-session';

type InsightChannels = Extract<keyof HandlerTable, `search:${string}` | `insights:${string}` | `reviews:${string}`>;

/** Search, insights and reviews: all computed from the unlocked vault in memory, nothing written but a review. */
export function insightHandlers(session: VaultSession): Pick<HandlerTable, InsightChannels> {
  const templateNames = async () => {
    const names = new Map((await session.templates().listTemplates()).map((t) => [t.id, t.name]));
    return (id: string | null) => (id === null ? 'No template' : (names.get(id) ?? 'A deleted template'));
  };
  return {
    'search:query': (query) => session.search().search(query),
    'insights:compute': async (query) => {
      const [all, nameOf] = await Promise.all([session.search().entries(), templateNames()]);
      return computeInsights(all, query, nameOf);
    },
    'insights:onThisDay': ({ today }) => onThisDay(session.open().entries.list(), today),
    'reviews:start': async ({ kind, today }) => {
      const [all, nameOf] = await Promise.all([session.search().entries(), templateNames()]);
      return session.open().entries.create(reviewDraft(kind, today, all, nameOf));
    },
  };
}
