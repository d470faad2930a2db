import type { ImportSummary } from '@shared/backup';
import { call } from '../../bridge';
import { plural, type Action } from './BackupScreen';

export function ImportSection({ action, onChanged }: { action: Action; onChanged: () => void }) {
  const run = (key: string, importing: () => Promise<ImportSummary | null>) =>
    action.run(key, async () => {
      const summary = await importing();
      if (!summary) return;
      onChanged();
      const skipped = summary.skipped ? ` (${summary.skipped} already in your journal)` : '';
      action.setMessage(`Imported ${plural(summary.imported, 'entry', 'entries')}${skipped}.`);
    });
  return (
    <fieldset>
      <legend>Import</legend>
      <p className="muted">
        Markdown files keep their front-matter date and tags (or a date in the file name). From Day One, choose its JSON
        export: the .zip, or the Journal.json inside it. Photos are not imported.
      </p>
      <button
        type="button"
        onClick={() => run('markdown', () => call('import:markdownFolder'))}
        disabled={action.busy !== null}
      >
        {action.busy === 'markdown' ? 'Importing…' : 'Import a folder of Markdown files…'}
      </button>
      <button type="button" onClick={() => run('dayone', () => call('import:dayOne'))} disabled={action.busy !== null}>
        {action.busy === 'dayone' ? 'Importing…' : 'Import from Day One…'}
      </button>
    </fieldset>
  );
}
