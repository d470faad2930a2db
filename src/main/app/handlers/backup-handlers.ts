import { basename } from 'node:path';
import { AppError } from '@shared/errors';
import { createBackup } from '../../core/backup/create-backup';
import { mergeBackup } from '../../core/backup/merge-backup';
import { openBackup, peekBackup, type OpenedBackup } from '../../core/backup/open-backup';
import { writePlainExport } from '../../core/backup/plain-export';
import { restoreBackup } from '../../core/backup/restore-backup';
import { readDayOne } from '../../core/import/day-one';
import type { ImportDraft } from '../../core/import/import-draft';
import { importDrafts } from '../../core/import/import-drafts';
import { readMarkdownFolder } from '../../core/import/markdown-folder';
import type { HandlerTable } from '../handler-table';
import type { AppPorts } from '../ports';
import type { VaultSession } from '../vault-session';
import { deriveContent } from '../../core/content/derive';

type BackupChannels = Extract<keyof HandlerTable, `backup:${string}` | `import:${string}`>;

const BACKUP_FILTER = { name: 'Landscape backup', extensions: ['landscape-backup'] };
const today = () => new Date().toISOString().slice(0, 10);

/** Files come only from native dialogs: the page says what to do with "the file just chosen", never a path. */
export function backupHandlers(session: VaultSession, ports: AppPorts): Pick<HandlerTable, BackupChannels> {
  let chosen: string | null = null;
  const withChosen = async <T>(secret: Parameters<typeof openBackup>[1], use: (b: OpenedBackup) => Promise<T>) => {
    if (!chosen) throw new AppError('INVALID_INPUT', 'Choose a backup file first.');
    const backup = await openBackup(chosen, secret);
    try {
      return await use(backup);
    } finally {
      await backup.close();
    }
  };
  const importing = async (drafts: ImportDraft[]) =>
    importDrafts(
      session.open(),
      drafts,
      (d) =>
        session.open().entries.create({
          date: d.date,
          title: d.title,
          templateId: null,
          tags: { worlds: d.tags.worlds, free: d.tags.free },
          content: d.content,
        }),
      (d) => deriveContent(d.content).text,
    );

  return {
    'backup:create': async ({ includeRevisions }) => {
      const vault = session.open();
      const path = await ports.os.pickSavePath({
        title: 'Save a backup of your journal',
        defaultName: `Landscape backup ${today()}.landscape-backup`,
        filters: [BACKUP_FILTER],
      });
      if (!path) return null;
      const { entries: count, bytes } = await createBackup(vault, path, { includeRevisions });
      return { path, entries: count, bytes };
    },
    'backup:choose': async () => {
      const path = await ports.os.pickOpenFile({ title: 'Choose a Landscape backup', filters: [BACKUP_FILTER] });
      if (!path) return null;
      const { createdAt } = await peekBackup(path);
      chosen = path;
      return { name: basename(path), createdAt };
    },
    'backup:restore': (secret) =>
      withChosen(secret, async (backup) => {
        const dir = await ports.os.pickFolder({ title: 'Choose an empty folder for the restored journal' });
        if (!dir) return null;
        return session.openRestored((opts) => restoreBackup(backup, dir, opts), dir);
      }),
    'backup:merge': (secret) => {
      const vault = session.open();
      return withChosen(secret, (backup) => mergeBackup(backup, vault));
    },
    'backup:exportPlain': async () => {
      const vault = session.open();
      const path = await ports.os.pickSavePath({
        title: 'Save an unencrypted copy of your journal',
        defaultName: `Landscape journal ${today()} (not encrypted).json`,
        filters: [{ name: 'JSON', extensions: ['json'] }],
      });
      if (!path) return null;
      return { path, ...(await writePlainExport(vault, path)) };
    },
    'import:markdownFolder': async () => {
      session.open();
      const dir = await ports.os.pickFolder({ title: 'Choose a folder of Markdown files to import' });
      return dir ? importing(await readMarkdownFolder(dir)) : null;
    },
    'import:dayOne': async () => {
      session.open();
      const path = await ports.os.pickOpenFile({
        title: 'Choose a Day One export',
        filters: [{ name: 'Day One export', extensions: ['zip', 'json'] }],
      });
      return path ? importing(await readDayOne(path)) : null;
    },
  };
}
