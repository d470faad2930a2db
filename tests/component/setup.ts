import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library cleans up by itself only when test globals are on; ours are imported explicitly.
afterEach(() => cleanup());

// jsdom has no layout, so it lacks geometry APIs that Lexical calls when it places
// the caret and that its typeahead menu uses to follow the caret. Inert stand-ins
// are enough: no component test depends on where things are drawn.
if (typeof Range !== 'undefined') {
  Range.prototype.getBoundingClientRect ??= () => new DOMRect(0, 0, 0, 0);
  Range.prototype.getClientRects ??= () => {
    const rects: DOMRect[] = [];
    return Object.assign(rects, { item: (index: number) => rects[index] ?? null }) as unknown as DOMRectList;
  };
}

globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};
