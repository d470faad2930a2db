import type { ExportFormat } from '@shared/export';
import { packToDocx } from './pack-docx';
import { packToHtml } from './pack-html';
import { packToMarkdown, packToMarkdownZip } from './pack-markdown';
import { type PackPrinter, type Paper, printOptions } from './pack-printer';
import type { Pace } from './pack-outline';
import type { RedactedPack } from './redacted-pack';

/** The bytes of a redacted pack in the chosen format. */
export async function writePack(
  pack: RedactedPack,
  format: ExportFormat,
  printing: { printer: PackPrinter; paper: Paper },
  pace?: Pace,
): Promise<Uint8Array> {
  switch (format) {
    case 'pdf':
      return printing.printer.pdf(await packToHtml(pack, { pace }), printOptions(printing.paper, pack.generatedOn));
    case 'docx':
      return packToDocx(pack, pace);
    case 'html':
      return new TextEncoder().encode(await packToHtml(pack, { pace }));
    case 'md':
      return new TextEncoder().encode(await packToMarkdown(pack, { pace }));
    case 'md-zip':
      return packToMarkdownZip(pack, pace);
  }
}
