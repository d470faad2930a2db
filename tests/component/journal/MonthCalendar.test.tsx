import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MonthCalendar } from '../../../src/renderer/src/features/calendar/MonthCalendar';

function Harness(props: {
  start: string;
  onPickDate?: (date: string) => void;
  counts?: Record<string, number>;
  firstDay?: number;
}) {
  const [month, setMonth] = useState(props.start);
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <MonthCalendar
      month={month}
      onMonthChange={setMonth}
      selectedDate={selected}
      entryCounts={props.counts ?? {}}
      today="2025-11-18"
      firstDay={props.firstDay ?? 1}
      onPickDate={(date) => {
        setSelected(date);
        props.onPickDate?.(date);
      }}
    />
  );
}

const focused = () => document.activeElement as HTMLElement;

describe('MonthCalendar', () => {
  it('starts its weeks on the day given: Sunday for a US region, with November 2025 opening on a Saturday', () => {
    render(<Harness start="2025-11" firstDay={0} />);
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((h) => h.querySelector('[aria-hidden]')!.textContent)).toEqual([
      'Sun',
      'Mon',
      'Tue',
      'Wed',
      'Thu',
      'Fri',
      'Sat',
    ]);
    const firstWeek = screen.getAllByRole('row')[1]!;
    expect(firstWeek.querySelectorAll('td').length).toBe(7);
    // 26 October to 1 November: the 1st is the week's last day.
    expect(firstWeek.querySelectorAll('td')[6]!.textContent).toContain('1');
    expect(screen.getAllByRole('row')).toHaveLength(6 + 1);
  });

  it('is a grid labelled by its month, with Monday-first column headers', () => {
    render(<Harness start="2025-11" />);
    const grid = screen.getByRole('grid', { name: 'November 2025' });
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((h) => h.querySelector('[aria-hidden]')!.textContent)).toEqual([
      'Mon',
      'Tue',
      'Wed',
      'Thu',
      'Fri',
      'Sat',
      'Sun',
    ]);
    expect(headers[0]).toBe(screen.getByRole('columnheader', { name: 'Monday' }));
    expect(headers[6]).toBe(screen.getByRole('columnheader', { name: 'Sunday' }));
    expect(grid.querySelectorAll('[data-date]')).toHaveLength(30);
    // The first row starts with five days from October, which cannot be picked.
    const firstRow = screen.getAllByRole('row')[1];
    expect(firstRow.querySelectorAll('[data-date]')).toHaveLength(2);
  });

  it('announces entry counts and marks today and the selected day', async () => {
    const user = userEvent.setup();
    render(<Harness start="2025-11" counts={{ '2025-11-18': 2, '2025-11-03': 1 }} />);
    const today = screen.getByRole('gridcell', { name: '18 November, 2 entries' });
    expect(today.getAttribute('aria-current')).toBe('date');
    expect(today.querySelectorAll('.month-calendar-dot')).toHaveLength(2);
    expect(screen.queryByRole('gridcell', { name: '3 November, 1 entry' })).not.toBeNull();
    const plain = screen.getByRole('gridcell', { name: '4 November' });
    expect(plain.hasAttribute('aria-current')).toBe(false);

    await user.click(plain);
    expect(plain.getAttribute('aria-selected')).toBe('true');
  });

  it('keeps one day in the tab order: today when it is in view, else the 1st', async () => {
    const user = userEvent.setup();
    render(<Harness start="2025-11" />);
    const tabbable = () => screen.getAllByRole('gridcell').filter((c) => c.tabIndex === 0);
    expect(tabbable().map((c) => c.dataset.date)).toEqual(['2025-11-18']);
    await user.click(screen.getByRole('button', { name: 'Next month' }));
    expect(screen.queryByRole('grid', { name: 'December 2025' })).not.toBeNull();
    expect(tabbable().map((c) => c.dataset.date)).toEqual(['2025-12-01']);
    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    expect(screen.queryByRole('grid', { name: 'October 2025' })).not.toBeNull();
  });

  it('moves between days with the arrow keys, Home and End, and picks with Enter or Space', async () => {
    const onPickDate = vi.fn();
    const user = userEvent.setup();
    render(<Harness start="2025-11" onPickDate={onPickDate} />);
    await user.tab();
    await user.tab();
    await user.tab();
    expect(focused().dataset.date).toBe('2025-11-18');

    await user.keyboard('{ArrowRight}');
    expect(focused().dataset.date).toBe('2025-11-19');
    expect(focused().tabIndex).toBe(0);
    await user.keyboard('{ArrowDown}');
    expect(focused().dataset.date).toBe('2025-11-26');
    await user.keyboard('{ArrowLeft}{ArrowUp}');
    expect(focused().dataset.date).toBe('2025-11-18');
    await user.keyboard('{Home}');
    expect(focused().dataset.date).toBe('2025-11-17');
    await user.keyboard('{End}');
    expect(focused().dataset.date).toBe('2025-11-23');

    await user.keyboard('{Enter}');
    expect(onPickDate).toHaveBeenLastCalledWith('2025-11-23');
    await user.keyboard('{ArrowLeft}[Space]');
    expect(onPickDate).toHaveBeenLastCalledWith('2025-11-22');
    expect(focused().getAttribute('aria-selected')).toBe('true');
  });

  it('crosses into the next or previous month and keeps focus on the new day', async () => {
    const user = userEvent.setup();
    render(<Harness start="2025-11" />);
    screen.getByRole('gridcell', { name: '30 November' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.queryByRole('grid', { name: 'December 2025' })).not.toBeNull();
    expect(focused().dataset.date).toBe('2025-12-01');
    await user.keyboard('{ArrowUp}');
    expect(screen.queryByRole('grid', { name: 'November 2025' })).not.toBeNull();
    expect(focused().dataset.date).toBe('2025-11-24');
    await user.keyboard('{PageDown}');
    expect(focused().dataset.date).toBe('2025-12-24');
  });

  it('draws February of a leap year with 29 days', () => {
    render(<Harness start="2024-02" />);
    expect(screen.queryByRole('gridcell', { name: '29 February' })).not.toBeNull();
    expect(document.querySelectorAll('[data-date]')).toHaveLength(29);
  });
});
