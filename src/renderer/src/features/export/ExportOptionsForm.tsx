import type { ExportCover, ExportFormat, PackOptions } from '@shared/export';
import { SelectField } from './SelectField';

export const FORMAT_LABELS: Record<ExportFormat, string> = {
  pdf: 'PDF',
  docx: 'Word (.docx)',
  html: 'Web page (.html)',
  md: 'Markdown, one file',
  'md-zip': 'Markdown, one file per entry (.zip)',
};

export const EMPTY_COVER: ExportCover = {
  title: 'Supervision',
  author: '',
  supervisor: '',
  period: '',
  purpose: '',
  note: '',
};

const COVER_FIELDS: Array<[keyof Omit<ExportCover, 'note'>, string]> = [
  ['title', 'Title'],
  ['author', 'Your name or a pseudonym'],
  ['supervisor', 'Supervisor'],
  ['period', 'Period (empty: the entries’ dates)'],
  ['purpose', 'Purpose'],
];

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
      <legend>How it looks</legend>
      <SelectField label="Format" value={props.format} onChange={(value) => props.onFormat(value as ExportFormat)}>
        {Object.entries(FORMAT_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Dates"
        value={options.dates}
        onChange={(value) => set({ dates: value as PackOptions['dates'] })}
      >
        <option value="day">The day</option>
        <option value="week">The week only</option>
        <option value="month">The month only</option>
      </SelectField>
      <SelectField
        label="Worlds"
        value={options.worlds}
        onChange={(value) => set({ worlds: value as PackOptions['worlds'] })}
      >
        <option value="show">Show them</option>
        <option value="label">Replace each with a label</option>
        <option value="hide">Leave them out</option>
      </SelectField>
      <label className="check">
        <input type="checkbox" checked={options.hideTags} onChange={(e) => set({ hideTags: e.target.checked })} />
        Leave out tags
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={options.omitUnansweredPrompts}
          onChange={(e) => set({ omitUnansweredPrompts: e.target.checked })}
        />
        Leave out template prompts nobody answered
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={cover !== null}
          onChange={(e) => set({ cover: e.target.checked ? EMPTY_COVER : null })}
        />
        A cover page
      </label>
      {cover && (
        <div className="export-cover">
          {COVER_FIELDS.map(([field, label]) => (
            <label key={field}>
              {label}
              <input value={cover[field]} onChange={(e) => set({ cover: { ...cover, [field]: e.target.value } })} />
            </label>
          ))}
          <label>
            A short note
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
