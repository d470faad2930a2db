import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useFocusNext } from '../../../src/renderer/src/state/use-focus-next';

function Items() {
  const [items, setItems] = useState<string[]>([]);
  const [, setTick] = useState(0);
  const focusNext = useFocusNext<string>((name) => document.getElementById(name)?.focus());
  const add = () => {
    const name = `item-${items.length + 1}`;
    setItems([...items, name]);
    // The button for `name` does not exist yet: it is drawn by the render this click causes.
    focusNext(name);
  };
  return (
    <div>
      <button onClick={add}>Add</button>
      <button onClick={() => setTick((n) => n + 1)}>Redraw</button>
      {items.map((name) => (
        <button key={name} id={name}>
          {name}
        </button>
      ))}
    </div>
  );
}

describe('useFocusNext', () => {
  it('focuses an element drawn by the render the action causes', async () => {
    const user = userEvent.setup();
    render(<Items />);
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'item-1' }));
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'item-2' }));
  });

  it('moves focus once, not again on later redraws', async () => {
    const user = userEvent.setup();
    render(<Items />);
    await user.click(screen.getByRole('button', { name: 'Add' }));
    const redraw = screen.getByRole('button', { name: 'Redraw' });
    await user.click(redraw);
    expect(document.activeElement).toBe(redraw);
  });
});
