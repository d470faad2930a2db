import type { ExportPreview } from '@shared/export';
import { ErrorNotice } from '../../errors/ErrorNotice';
import type { Load } from '../../state/use-load';
import { t } from '../../i18n';

/** What will leave, already redacted: the count, titles and dates, and the first page. */
export function ExportPreviewPane(props: { load: Load<ExportPreview> | null }) {
  const { load } = props;
  if (load === null) return <p className="muted">{t('exporting.preview.choose')}</p>;
  if (load.state === 'loading') return <p className="muted">{t('exporting.preview.making')}</p>;
  if (load.state === 'failed') return <ErrorNotice error={load.error} />;
  const preview = load.value;
  return (
    <section className="export-preview" aria-label={t('exporting.preview.label')}>
      <h3>{t('exporting.preview.heading', { entries: t('common.entries', { count: preview.count }) })}</h3>
      <ol className="export-preview-list">
        {preview.entries.slice(0, 50).map((entry, index) => (
          <li key={index}>
            <span className="muted">{entry.date}</span> {entry.title}
          </li>
        ))}
      </ol>
      {preview.entries.length > 50 && (
        <p className="muted">{t('exporting.preview.more', { count: preview.entries.length - 50 })}</p>
      )}
      <h3>{t('exporting.preview.firstPage')}</h3>
      {preview.firstPage.kind === 'image' ? (
        <img className="export-page" src={preview.firstPage.dataUrl} alt={t('exporting.preview.firstPageAlt')} />
      ) : (
        <pre className="export-page export-page-text" data-testid="export-first-page">
          {preview.firstPage.text}
        </pre>
      )}
    </section>
  );
}
