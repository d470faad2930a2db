import { IS_APPLE } from 'lexical';
import type { AppCommand } from '@shared/contract';
import { chordLabel, COMMAND_SHORTCUTS, type Shortcut } from '@shared/shortcuts';
import { leaveEditorHint, SHORTCUTS, type EditorAction } from '../../editor/shortcuts';
import { t } from '../../i18n';

/** Every shortcut, read from the same tables the menu, the page and the editor use. */
export function ShortcutsScreen(props: { apple?: boolean }) {
  const apple = props.apple ?? IS_APPLE;
  const app = (Object.entries(COMMAND_SHORTCUTS) as Array<[AppCommand, Shortcut]>).map(
    ([command, shortcut]) => [t(`shortcuts.commands.${command}`), shortcut] as const,
  );
  const editor = (Object.entries(SHORTCUTS) as Array<[EditorAction, Shortcut]>).map(
    ([action, shortcut]) => [t(`editor.actions.${action}`), shortcut] as const,
  );
  return (
    <section className="shortcuts" aria-labelledby="shortcuts-title">
      <h1 id="shortcuts-title">{t('shortcuts.title')}</h1>
      <ShortcutTable caption={t('shortcuts.anywhere')} rows={app} apple={apple} />
      <ShortcutTable caption={t('shortcuts.writing')} rows={editor} apple={apple} />
      <p className="muted">{leaveEditorHint(apple)}</p>
    </section>
  );
}

function ShortcutTable(props: { caption: string; rows: ReadonlyArray<readonly [string, Shortcut]>; apple: boolean }) {
  return (
    <table>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('shortcuts.action')}</th>
          <th scope="col">{t('shortcuts.keys')}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map(([name, shortcut]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>
              <kbd>{chordLabel(shortcut, props.apple)}</kbd>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
