import type { MenuOption, MenuRenderFn } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { createPortal } from 'react-dom';

/**
 * The list of a typeahead menu (@mentions, [[entry links). Lexical's own puts a plain list between its listbox and
 * the options, which screen readers and axe read as a broken listbox (aria-required-parent); this one's list is
 * presentational. The ids are the ones Lexical points the editor at (aria-activedescendant).
 */
export function renderTypeaheadMenu<O extends MenuOption & { className?: string }>(
  ...[anchor, { options, selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }]: Parameters<MenuRenderFn<O>>
): ReturnType<MenuRenderFn<O>> {
  return anchor.current && options.length > 0
    ? createPortal(
        <div className="typeahead-popover">
          <ul role="presentation">
            {options.map((option, index) => (
              <li
                key={option.key}
                id={`typeahead-item-${index}`}
                ref={option.setRefElement}
                role="option"
                tabIndex={-1}
                aria-selected={selectedIndex === index}
                className={[selectedIndex === index ? 'selected' : '', option.className ?? ''].join(' ').trim()}
                onMouseEnter={() => setHighlightedIndex(index)}
                onClick={() => {
                  setHighlightedIndex(index);
                  selectOptionAndCleanUp(option);
                }}
              >
                {option.title}
              </li>
            ))}
          </ul>
        </div>,
        anchor.current,
      )
    : null;
}
