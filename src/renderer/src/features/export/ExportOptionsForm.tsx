import type { ExportCover, ExportFormat, PackOptions } from '@shared/export';
import { SelectField } from './SelectField';
import { t } from '../../i18n';

const FORMATS: ExportFormat[] = ['pdf', 'docx', 'html', 'md', 'md-zip'];

/** A cover page as it starts: only its title filled in. */
export const emptyCover = (): ExportCover => ({
  title: t('exporting.options.defaultTitle'),
  author: '',
  supervisor: '',
  period: '',
  purpose: '',
  note: '',
});

const COVER_FIELDS: Array<keyof Omit<ExportCover, 'note'>> = ['title', 'author', 'supervisor', 'period', 'purpose'];

/** Format, what to hide, and the cover page. */
export function ExportOptionsForm(props: {
  format: ExportFormat;
  options: PackOptions;
  onFormat: (format: ExportFormat) => void;
  onOptions: (options: PackOptions) => void;
}) {
  const { options, onOptions } = props;
  const set = (patch: Partial<PackOptions>) => onOptions({ ...options, ...patch });
  const cover = options.cover;
  return (
    <fieldset className="export-options">
      <legend>{t('exporting.options.legend')}</legend>
      <SelectField
        label={t('exporting.options.format')}
        value={props.format}
        onChange={(value) => props.onFormat(value as ExportFormat)}
      >
        {FORMATS.map((value) => (
          <option key={value} value={value}>
            {t(`exporting.options.formats.${value}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('exporting.options.dates')}
        value={options.dates}
        onChange={(value) => set({ dates: value as PackOptions['dates'] })}
      >
        <option value="day">{t('exporting.options.day')}</option>
        <option value="week">{t('exporting.options.week')}</option>
        <option value="month">{t('exporting.options.month')}</option>
      </SelectField>
      <SelectField
        label={t('exporting.options.worlds')}
        value={options.worlds}
        onChange={(value) => set({ worlds: value as PackOptions['worlds'] })}
      >
        <option value="show">{t('exporting.options.show')}</option>
        <option value="label">{t('exporting.options.label')}</option>
        <option value="hide">{t('exporting.options.hide')}</option>
      </SelectField>
      <label className="check">
        <input type="checkbox" checked={options.hideTags} onChange={(e) => set({ hideTags: e.target.checked })} />
        {t('exporting.options.hideTags')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={options.omitUnansweredPrompts}
          onChange={(e) => set({ omitUnansweredPrompts: e.target.checked })}
        />
        {t('exporting.options.omitUnanswered')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={cover !== null}
          onChange={(e) => set({ cover: e.target.checked ? emptyCover() : null })}
        />
        {t('exporting.options.cover')}
      </label>
      {cover && (
        <div className="export-cover">
          {COVER_FIELDS.map((field) => (
            <label key={field}>
              {t(`exporting.options.coverFields.${field}`)}
              <input value={cover[field]} onChange={(e) => set({ cover: { ...cover, [field]: e.target.value } })} />
            </label>
          ))}
          <label>
            {t('exporting.options.note')}
            <textarea
              rows={3}
              value={cover.note}
              onChange={(e) => set({ cover: { ...cover, note: e.target.value } })}
            />
          </label>
        </div>
      )}
    </fieldset>
  );
}
