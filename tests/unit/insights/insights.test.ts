// Insight figures on fixture journals whose answers are worked out by hand.
import { afterEach, describe, expect, it } from 'vitest';
import { computeInsights, topPeople } from '../../../src/main/core/insights/insights';
import { landscapeMap } from '../../../src/main/core/insights/landscape-map';
import { onThisDay } from '../../../src/main/core/insights/on-this-day';
import { periodRange } from '../../../src/main/core/insights/period';
import { setbacksAndAfter } from '../../../src/main/core/insights/setbacks';
import { templateWeeks } from '../../../src/main/core/insights/template-weeks';
import { valueLedger } from '../../../src/main/core/insights/value-ledger';
import { writingDays } from '../../../src/main/core/insights/writing-days';
import { answered, entry, unanswered } from './fixture';

const STORY = 'builtin-value-creation-story';
const SETBACK = 'builtin-setback-and-recovery';
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('periods', () => {
  it('covers the whole month, quarter or year holding today, or the custom days', () => {
    expect(periodRange({ today: '2024-02-10', period: 'month' })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodRange({ today: '2025-11-30', period: 'quarter' })).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(periodRange({ today: '2025-05-01', period: 'quarter' })).toEqual({ from: '2025-04-01', to: '2025-06-30' });
    expect(periodRange({ today: '2025-05-01', period: 'year' })).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(periodRange({ today: '2025-05-01', period: 'custom', from: '2025-03-03', to: '2025-03-09' })).toEqual({
      from: '2025-03-03',
      to: '2025-03-09',
    });
  });
});

describe('writing days and streaks', () => {
  // Jan 30, 31, Feb 1, 2 (a run across a month end), a gap, then Feb 4 and 5 (today).
  const journal = [
    '2025-01-30',
    '2025-01-31',
    '2025-02-01',
    '2025-02-02',
    '2025-02-04',
    '2025-02-05',
    '2025-02-05',
  ].map((d) => entry(d));

  it('counts runs across a month end, and today is still open', () => {
    const feb = writingDays(journal, { from: '2025-02-01', to: '2025-02-28' }, '2025-02-05');
    expect(feb.days).toHaveLength(28);
    expect(feb.days.find((d) => d.date === '2025-02-05')!.entries).toBe(2);
    expect(feb).toMatchObject({ writingDays: 4, entries: 5, currentStreak: 2, longestStreak: 2 });
    const both = writingDays(journal, { from: '2025-01-01', to: '2025-02-28' }, '2025-02-05');
    expect(both.longestStreak).toBe(4);
    // The next morning, before writing, the streak still stands; a day later it has ended.
    expect(writingDays(journal, { from: '2025-02-01', to: '2025-02-28' }, '2025-02-06').currentStreak).toBe(2);
    expect(writingDays(journal, { from: '2025-02-01', to: '2025-02-28' }, '2025-02-07').currentStreak).toBe(0);
  });

  it('gives the same answer in every time zone', () => {
    const answers = ['Pacific/Auckland', 'America/Los_Angeles', 'UTC', 'Asia/Kolkata'].map((tz) => {
      process.env.TZ = tz;
      const r = writingDays(journal, { from: '2025-01-01', to: '2025-03-31' }, '2025-02-05');
      return [r.currentStreak, r.longestStreak, r.writingDays, r.days.length];
    });
    expect(new Set(answers.map((a) => a.join()))).toEqual(new Set(['2,4,6,90']));
  });
});

describe('entries by template per week', () => {
  it('counts each template in each Monday-started week', () => {
    const journal = [
      entry('2025-03-03', { templateId: SETBACK }), // Monday, week 1
      entry('2025-03-09', { templateId: SETBACK }), // Sunday, still week 1
      entry('2025-03-10', { templateId: STORY }), // week 2
      entry('2025-03-12'),
      entry('2025-04-01', { templateId: STORY }), // outside
    ];
    const names = (id: string | null) => (id === SETBACK ? 'Setback' : id === STORY ? 'Story' : 'No template');
    const r = templateWeeks(journal, { from: '2025-03-03', to: '2025-03-16' }, names);
    expect(r.weeks).toEqual(['2025-03-03', '2025-03-10']);
    expect(r.series).toEqual([
      { templateId: SETBACK, name: 'Setback', perWeek: [2, 0], total: 2 },
      { templateId: null, name: 'No template', perWeek: [0, 1], total: 1 },
      { templateId: STORY, name: 'Story', perWeek: [0, 1], total: 1 },
    ]);
  });
});

describe('the landscape map', () => {
  const range = { from: '2025-06-01', to: '2025-06-30' };
  const journal = [
    entry('2025-06-02', { worlds: ['NHS', 'council'] }),
    entry('2025-06-03', { worlds: ['council', 'NHS', 'school'] }),
    entry('2025-06-04', { worlds: ['school'] }),
    entry('2025-06-05', { worlds: ['charity'] }),
    entry('2025-04-20', { worlds: ['police', 'NHS'] }), // before: police is quiet now
    entry('2025-01-01', { worlds: ['library'] }), // too long ago to count as quiet
  ];

  it('sizes worlds by entries and weights joins by shared entries', () => {
    const map = landscapeMap(journal, range);
    expect(map.nodes.map((n) => [n.world, n.entries])).toEqual([
      ['NHS', 2],
      ['charity', 1],
      ['council', 2],
      ['school', 2],
    ]);
    expect(map.edges.map((e) => [e.a, e.b, e.entries])).toEqual([
      ['NHS', 'council', 2],
      ['NHS', 'school', 1],
      ['council', 'school', 1],
    ]);
    expect(map.edges[0]!.entryIds).toEqual([journal[0]!.meta.id, journal[1]!.meta.id]);
    expect(map.quiet).toEqual(['police']);
  });

  it('lays out the same way every time, inside the unit square, pulling joined worlds closer', () => {
    const first = landscapeMap(journal, range);
    expect(landscapeMap(journal, range).nodes).toEqual(first.nodes);
    for (const n of first.nodes) for (const v of [n.x, n.y]) expect(v >= 0 && v <= 1).toBe(true);
    const at = (w: string) => first.nodes.find((n) => n.world === w)!;
    const dist = (a: string, b: string) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
    expect(dist('NHS', 'council')).toBeLessThan(dist('NHS', 'charity'));
  });
});

describe('the value ledger', () => {
  it('lists stories with the cycles whose sections hold an answer', () => {
    const journal = [
      entry('2025-02-01', { templateId: STORY, title: 'Fair' }, [
        ...answered('The activity', 'Immediate value', 'Potential value', 'Applied value', 'Realised value'),
        ...unanswered('Reframing (transformative) value', 'Enabling value', 'Strategic value'),
      ]),
      entry('2025-01-05', { free: ['Value-creation'], title: 'Older' }, [
        ...answered('Immediate value', 'Reframing (transformative) value', 'Strategic value', 'Realized value'),
      ]),
      entry('2025-03-01', { templateId: STORY }, answered('Immediate value')), // outside the period
      entry('2025-02-02', { templateId: SETBACK }, answered('Immediate value')), // not a story
    ];
    const ledger = valueLedger(journal, { from: '2025-01-01', to: '2025-02-28' });
    expect(ledger.stories.map((s) => [s.title, s.cycles])).toEqual([
      ['Older', ['immediate', 'realised', 'reframing', 'strategic']],
      ['Fair', ['immediate', 'potential', 'applied', 'realised']],
    ]);
    expect(ledger.reached).toEqual({
      immediate: 2,
      potential: 1,
      applied: 1,
      realised: 2,
      reframing: 1,
      enabling: 0,
      strategic: 1,
    });
  });
});

describe('setbacks and what followed', () => {
  it('puts each setback beside the next entries in the same world', () => {
    const setback = entry('2025-05-02', { templateId: SETBACK, worlds: ['council'] });
    const journal = [
      entry('2025-05-01', { worlds: ['council'] }), // before
      setback,
      entry('2025-05-03', { worlds: ['school'] }), // another world
      entry('2025-05-04', { worlds: ['council', 'school'] }),
      entry('2025-05-06', { worlds: ['council'] }),
      entry('2025-05-09', { worlds: ['council'] }),
      entry('2025-05-10', { worlds: ['council'] }), // a fourth: left out
      entry('2025-05-05', { free: ['setback'] }), // a setback with no world
    ];
    const r = setbacksAndAfter(journal, { from: '2025-05-01', to: '2025-05-31' });
    expect(r).toHaveLength(2);
    expect(r[0]!.setback.id).toBe(setback.meta.id);
    expect(r[0]!.after.map((a) => a.date)).toEqual(['2025-05-04', '2025-05-06', '2025-05-09']);
    expect(r[1]!.after).toEqual([]);
  });
});

describe('people and on this day', () => {
  it('ranks people by the entries that mention them', () => {
    const journal = [
      entry('2025-01-01', { people: ['Ann', 'Bob'] }),
      entry('2025-01-02', { people: ['Ann'] }),
      entry('2025-01-03', { people: ['Cy', 'Bob', 'Ann'] }),
      entry('2025-01-04', { people: ['Dee'] }),
    ];
    expect(topPeople(journal)).toEqual([
      { name: 'Ann', entries: 3 },
      { name: 'Bob', entries: 2 },
      { name: 'Cy', entries: 1 },
      { name: 'Dee', entries: 1 },
    ]);
  });

  it('finds entries a week, a month and a year ago, with month ends clamped', () => {
    const metas = ['2024-03-24', '2024-02-29', '2023-03-31', '2024-03-30', '2024-03-29'].map((d) => entry(d).meta);
    const r = onThisDay(metas, '2024-03-31');
    expect(r.weekAgo.map((e) => e.date)).toEqual(['2024-03-24']);
    expect(r.monthAgo.map((e) => e.date)).toEqual(['2024-02-29']);
    expect(r.yearAgo.map((e) => e.date)).toEqual(['2023-03-31']);
    expect(onThisDay(metas, '2025-03-01')).toEqual({ weekAgo: [], monthAgo: [], yearAgo: [] });
  });
});

describe('all together', () => {
  it('computes every figure for one period from the entries', () => {
    const journal = [
      entry(
        '2025-07-01',
        { worlds: ['NHS', 'council'], people: ['Ann'], templateId: STORY },
        answered('Applied value'),
      ),
      entry('2025-07-02', { worlds: ['council'], templateId: SETBACK }),
      entry('2025-07-03', { worlds: ['council'] }),
    ];
    const r = computeInsights(journal, { today: '2025-07-03', period: 'month' }, (id) => id ?? 'None');
    expect(r.range).toEqual({ from: '2025-07-01', to: '2025-07-31' });
    expect(r.writing).toMatchObject({ writingDays: 3, currentStreak: 3, longestStreak: 3, entries: 3 });
    expect(r.people).toEqual([{ name: 'Ann', entries: 1 }]);
    expect(r.ledger.reached.applied).toBe(1);
    expect(r.setbacks[0]!.after.map((a) => a.date)).toEqual(['2025-07-03']);
    expect(r.map.edges).toHaveLength(1);
  });
});
