import { randomUUID } from 'node:crypto';
import type { Entry } from '@shared/entry';
import {
  EXPORT_EXTENSIONS,
  type ExportFormat,
  type ExportPhase,
  type ExportPreview,
  type ExportRequest,
  type ExportResult,
} from '@shared/export';
import { AppError } from '@shared/errors';
import { linkedEntries } from '../core/export/linked-entries';
import { packToHtml } from '../core/export/pack-html';
import { packToMarkdown } from '../core/export/pack-markdown';
import { redactPack, type RedactedPack, type SourceEntry } from '../core/export/redacted-pack';
import { RedactionStore } from '../core/export/redaction-store';
import { writePack } from '../core/export/write-pack';
import { atomicReplace } from '../core/fs/atomic-write';
import { nodeFs } from '../core/fs/fs-port';
import { nextTurn } from '../core/next-turn';
import type { AppPorts } from './ports';
import type { VaultSession } from './vault-session';

/** Entries handled between yields to the event loop, so saves and other calls keep flowing. */
const ENTRIES_PER_TURN = 4;
const PREVIEW_ENTRIES = 2;

class Cancelled extends Error {}

/** Today in the computer's time zone, `YYYY-MM-DD`. */
export function localDay(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "Supervision 2026-11 Landscape.pdf". */
export function defaultExportName(format: ExportFormat, today: string, appName: string): string {
  return `Supervision ${today.slice(0, 7)} ${appName}.${EXPORT_EXTENSIONS[format]}`;
}

/**
 * Export previews and runs. Entries are decrypted into memory only; the one file written is the
 * one the person chose, through a temp file beside it that is renamed into place at the end.
 */
export class ExportJobs {
  private readonly cancelled = new Set<string>();
  private readonly running = new Set<string>();

  constructor(
    private readonly session: VaultSession,
    private readonly ports: AppPorts,
  ) {}

  redactions(): RedactionStore {
    return new RedactionStore(this.session.open().records);
  }

  async preview(request: ExportRequest): Promise<ExportPreview> {
    const pack = await this.pack(request, async () => undefined);
    const entries = pack.entries.map((entry) => ({ date: entry.dateLabel, title: entry.title }));
    if (request.format === 'md' || request.format === 'md-zip') {
      const text = await packToMarkdown(pack, { limit: PREVIEW_ENTRIES });
      return { count: entries.length, entries, firstPage: { kind: 'text', text: text.slice(0, 4000) } };
    }
    const html = await packToHtml(pack, { limit: PREVIEW_ENTRIES });
    const png = await this.ports.printer.firstPage(html, this.ports.paper());
    const dataUrl = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
    return { count: entries.length, entries, firstPage: { kind: 'image', dataUrl } };
  }

  async run(jobId: string, request: ExportRequest): Promise<ExportResult> {
    if (this.running.has(jobId)) throw new AppError('INVALID_INPUT', 'That export is already running.');
    this.session.open();
    const name = defaultExportName(request.format, localDay(), this.ports.app.name);
    const path = await this.ports.os.chooseExportPath(name, EXPORT_EXTENSIONS[request.format]);
    if (path === null) return { status: 'cancelled' };
    const { options } = request;
    this.ports.prefs.set({
      lastExport: {
        format: request.format,
        hideTags: options.hideTags,
        worlds: options.worlds,
        dates: options.dates,
        omitUnansweredPrompts: options.omitUnansweredPrompts,
        withCover: options.cover !== null,
      },
    });
    this.running.add(jobId);
    const total = request.entryIds.length;
    const step = (phase: ExportPhase) => async (done: number) => {
      if (this.cancelled.has(jobId)) throw new Cancelled();
      this.ports.emit('export:progress', { jobId, phase, done, total });
      if (done % ENTRIES_PER_TURN === 0) await nextTurn();
    };
    try {
      const pack = await this.pack(request, step('reading'));
      const bytes = await writePack(
        pack,
        request.format,
        { printer: this.ports.printer, paper: this.ports.paper() },
        step('writing'),
      );
      if (this.cancelled.has(jobId)) throw new Cancelled();
      this.ports.emit('export:progress', { jobId, phase: 'saving', done: total, total });
      await atomicReplace(
        nodeFs,
        path,
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        'save the export',
      );
      return { status: 'saved', path, count: pack.entries.length };
    } catch (error) {
      if (error instanceof Cancelled) return { status: 'cancelled' };
      throw error;
    } finally {
      this.running.delete(jobId);
      this.cancelled.delete(jobId);
    }
  }

  cancel(jobId: string): void {
    if (this.running.has(jobId)) this.cancelled.add(jobId);
  }

  private async pack(request: ExportRequest, pace: (done: number) => Promise<void>): Promise<RedactedPack> {
    const vault = this.session.open();
    const [templates, list] = await Promise.all([this.session.templates().listTemplates(), this.redactions().get()]);
    const names = new Map(templates.map((template) => [template.id, template.name]));
    const entries: SourceEntry[] = [];
    for (const id of new Set(request.entryIds)) {
      const entry: Entry = await vault.entries.get(id);
      entries.push({
        ...entry,
        templateName: entry.templateId === null ? null : (names.get(entry.templateId) ?? null),
      });
      await pace(entries.length);
    }
    // Everyone the journal mentions, in the trash too: their names may be written as plain text in what is exported.
    const all = [...vault.entries.list(false), ...vault.entries.list(true)];
    const journal = { people: [...new Set(all.flatMap((meta) => meta.tags.people))], entries: linkedEntries(all) };
    return redactPack(entries, request.options, list, localDay(), journal);
  }
}

/** A fresh id for an export job, made in the renderer too (crypto.randomUUID there). */
export const newJobId = (): string => randomUUID();
