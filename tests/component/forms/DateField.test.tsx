import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { DateField } from '../../../src/renderer/src/forms/DateField';
import { setFormatLocale } from '../../../src/renderer/src/i18n/locale';

function Harness(props: { start: string; required?: boolean; seen?: string[] }) {
  const [day, setDay] = useState(props.start);
  return (
    <>
      <label htmlFor="d">Date</label>
      <DateField
        id="d"
        value={day}
        required={props.required}
        onChange={(next) => {
          props.seen?.push(next);
          setDay(next);
        }}
      />
      <output aria-label="stored">{day}</output>
      <button type="button">elsewhere</button>
    </>
  );
}

const valueOf = (element: HTMLElement) => (element as HTMLInputElement).value;
const stored = () => screen.getByLabelText('stored').textContent;

afterEach(() => setFormatLocale('en-GB'));

describe('DateField', () => {
  it('shows the day in the OS region’s figures, whatever the browser’s language', () => {
    setFormatLocale('en-GB');
    const { unmount } = render(<Harness start="2026-11-30" />);
    expect(valueOf(screen.getByLabelText('Date'))).toBe('30/11/2026');
    expect(screen.getByLabelText('Date').getAttribute('placeholder')).toBe('dd/mm/yyyy');
    unmount();
    setFormatLocale('en-US');
    render(<Harness start="2026-11-30" />);
    expect(valueOf(screen.getByLabelText('Date'))).toBe('11/30/2026');
    expect(screen.getByLabelText('Date').getAttribute('placeholder')).toBe('mm/dd/yyyy');
  });

  it('passes on a typed day in the region’s order, and tidies it when the writer moves on', async () => {
    setFormatLocale('en-GB');
    render(<Harness start="2026-11-30" />);
    const field = screen.getByLabelText('Date');
    await userEvent.clear(field);
    await userEvent.type(field, '1-12-2026');
    expect(stored()).toBe('2026-12-01');
    await userEvent.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(valueOf(field)).toBe('01/12/2026');
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });

  it('keeps the last good day while the text is not a date, and says so once the writer moves on', async () => {
    setFormatLocale('en-GB');
    const seen: string[] = [];
    render(<Harness start="2026-11-30" required seen={seen} />);
    const field = screen.getByLabelText('Date');
    await userEvent.clear(field);
    await userEvent.type(field, '31/11/2026');
    await userEvent.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(stored()).toBe('2026-11-30');
    expect(seen.every((day) => /^\d{4}-\d{2}-\d{2}$/.test(day))).toBe(true);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(field.getAttribute('aria-describedby')!);
    expect(described?.textContent).toBe('Not a date. Write it as dd/mm/yyyy.');
    // The hint is the field's description, not part of its name.
    expect(screen.getByRole('textbox', { name: 'Date' })).toBe(field);
  });

  it('steps a day with the arrow keys, across a month end', async () => {
    setFormatLocale('en-GB');
    render(<Harness start="2026-11-30" />);
    const field = screen.getByLabelText('Date');
    await userEvent.click(field);
    await userEvent.keyboard('{ArrowUp}');
    expect(stored()).toBe('2026-12-01');
    expect(valueOf(field)).toBe('01/12/2026');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(stored()).toBe('2026-11-29');
  });
});
