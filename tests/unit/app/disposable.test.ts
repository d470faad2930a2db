import { describe, expect, it } from 'vitest';
import { DisposableStore, toDisposable } from '../../../src/main/app/disposable';

describe('DisposableStore', () => {
  it('undoes everything added, newest first, and only once', () => {
    const undone: string[] = [];
    const store = new DisposableStore();
    store.add(toDisposable(() => undone.push('ipc')));
    store.add(toDisposable(() => undone.push('menu')));
    store.dispose();
    store.dispose();
    expect(undone).toEqual(['menu', 'ipc']);
  });

  it('undoes at once what is added after it was disposed', () => {
    const undone: string[] = [];
    const store = new DisposableStore();
    store.dispose();
    store.add(toDisposable(() => undone.push('late')));
    expect(undone).toEqual(['late']);
  });
});
