import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CallError } from '../../../src/renderer/src/bridge';
import { ErrorBoundary } from '../../../src/renderer/src/errors/ErrorBoundary';
import { ErrorNotice } from '../../../src/renderer/src/errors/ErrorNotice';

describe('ErrorNotice', () => {
  it('shows a typed error as a heading for its code plus main’s words', () => {
    const error = new CallError({ code: 'DISK_FULL', message: 'There is no space left to save this entry.' });
    render(<ErrorNotice error={error} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveProperty('textContent', 'The disk is full. There is no space left to save this entry.');
    expect(alert.getAttribute('data-code')).toBe('DISK_FULL');
  });

  it('never shows the internals of an unexpected error', () => {
    render(<ErrorNotice error={new Error('ENOENT /home/someone/.config')} />);
    expect(screen.getByRole('alert').textContent).not.toContain('/home/someone');
  });

  it('offers Retry when the caller can retry', async () => {
    const retry = vi.fn();
    render(<ErrorNotice error={new CallError({ code: 'INTERNAL', message: 'x' })} onRetry={retry} />);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('renders nothing without an error', () => {
    const { container } = render(<ErrorNotice error={null} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('ErrorBoundary', () => {
  function Bomb(): never {
    throw new Error('the list could not be drawn');
  }
  function Maybe() {
    const [broken, setBroken] = useState(false);
    return broken ? <Bomb /> : <button onClick={() => setBroken(true)}>Break</button>;
  }

  it('replaces a crashed screen with a readable message and a way back', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ErrorBoundary>
        <Maybe />
      </ErrorBoundary>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Break' }));
    expect(screen.getByRole('alert').textContent).toContain('the list could not be drawn');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.queryByRole('button', { name: 'Break' })).not.toBeNull();
  });
});
