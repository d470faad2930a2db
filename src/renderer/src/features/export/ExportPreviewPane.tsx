import type { ExportPreview } from '@shared/export';
import { ErrorNotice } from '../../errors/ErrorNotice';
import type { Load } from '../../state/use-load';

/** What will leave, already redacted: the count, titles and dates, and the first page. */
export function ExportPreviewPane(props: { load: Load<ExportPreview> | null }) {
  const { load } = props;
  if (load === null) return <p className="muted">Choose at least one entry to see a preview.</p>;
  if (load.state === 'loading') return <p className="muted">Making the preview…</p>;
  if (load.state === 'failed') return <ErrorNotice error={load.error} />;
  const preview = load.value;
  return (
    <section className="export-preview" aria-label="Preview">
      <h3>{preview.count === 1 ? '1 entry' : `${preview.count} entries`}, as they will appear</h3>
      <ol className="export-preview-list">
        {preview.entries.slice(0, 50).map((entry, index) => (
          <li key={index}>
            <span className="muted">{entry.date}</span> {entry.title}
          </li>
        ))}
      </ol>
      {preview.entries.length > 50 && <p className="muted">and {preview.entries.length - 50} more.</p>}
      <h3>First page</h3>
      {preview.firstPage.kind === 'image' ? (
        <img className="export-page" src={preview.firstPage.dataUrl} alt="The first page of the export" />
      ) : (
        <pre className="export-page export-page-text" data-testid="export-first-page">
          {preview.firstPage.text}
        </pre>
      )}
    </section>
  );
}
