import { useEffect, useRef, useState, type FormEvent } from 'react';
import { TEMPLATE_LIMITS, type Template } from '@shared/template';
import { call } from '../../bridge';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { useFocusNext } from '../../state/use-focus-next';
import { Field, useFieldKit, type FieldProblem } from '../../forms/field-kit';
import { emptySection, toDraft, validateDraft, type SectionDraft, type TemplateDraft } from './template-form';
import './templates.css';
import { t } from '../../i18n';

export interface TemplateEditorProps {
  /** The writer's own template to edit; without one, the form makes a new template. */
  template?: Template;
  onSaved: (template: Template) => void;
  onCancel: () => void;
}

type TextField = Exclude<keyof TemplateDraft, 'sections'>;

/** Makes or changes one of the writer's own templates, checked against the same schema main uses. */
export function TemplateEditor({ template, onSaved, onCancel }: TemplateEditorProps) {
  const [draft, setDraft] = useState<TemplateDraft>(() => toDraft(template));
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const { base, fieldId, describe, problemFor } = useFieldKit(problem);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  /** An element id to focus once the form has redrawn (after adding, moving or removing a section). */
  const focusNext = useFocusNext<string>((id) => document.getElementById(id)?.focus());

  // A problem goes away once the writer changes the field it belongs to.
  const settle = (field: string) => problem?.field === field && setProblem(null);
  const setField = (field: TextField, value: string) => {
    settle(field);
    setDraft((d) => ({ ...d, [field]: value }));
  };
  const setSection = (index: number, part: keyof Omit<SectionDraft, 'key'>, value: string) => {
    settle(`sections.${index}.${part}`);
    setDraft((d) => ({ ...d, sections: d.sections.map((s, i) => (i === index ? { ...s, [part]: value } : s)) }));
  };

  const addSection = () => {
    const section = emptySection();
    setDraft((d) => ({ ...d, sections: [...d.sections, section] }));
    settle('sections');
    focusNext(fieldId(`sections.${draft.sections.length}.heading`));
  };

  const removeSection = (index: number) => {
    const rest = draft.sections.filter((_, i) => i !== index);
    setDraft((d) => ({ ...d, sections: rest }));
    // Problems are pinned to a section's place, which has just changed.
    setProblem(null);
    focusNext(
      rest.length === 0 ? `${base}-add-section` : fieldId(`sections.${Math.min(index, rest.length - 1)}.heading`),
    );
  };

  const moveSection = (index: number, by: -1 | 1) => {
    const to = index + by;
    const sections = [...draft.sections];
    [sections[index], sections[to]] = [sections[to]!, sections[index]!];
    setDraft((d) => ({ ...d, sections }));
    setProblem(null);
    // Keep focus on the section that moved; at either end its other button is the one still enabled.
    const atEnd = to === 0 || to === sections.length - 1;
    focusNext(`${base}-move-${atEnd ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down'}-${to}`);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaveError(null);
    const result = validateDraft(draft);
    if (!result.ok) {
      setProblem(result.problem);
      // After the redraw, so the field is already described by its problem when focus lands on it.
      focusNext(fieldId(result.problem.field));
      return;
    }
    setProblem(null);
    setSaving(true);
    try {
      const saved = await call(
        'templates:save',
        template ? { id: template.id, template: result.input } : { template: result.input },
      );
      onSaved(saved);
    } catch (e) {
      setSaveError(e);
      setSaving(false);
    }
  };

  const L = TEMPLATE_LIMITS;
  const last = draft.sections.length - 1;

  return (
    <form className="template-editor" aria-labelledby={`${base}-title`} noValidate onSubmit={(e) => void submit(e)}>
      <h1 id={`${base}-title`} ref={headingRef} tabIndex={-1}>
        {template ? t('templates.editor.editTitle', { name: template.name }) : t('templates.editor.newTitle')}
      </h1>
      <ErrorNotice error={saveError} />

      <Field label={t('templates.editor.name')} htmlFor={fieldId('name')} problem={problemFor('name')}>
        <input
          {...describe('name')}
          value={draft.name}
          maxLength={L.nameLength}
          autoComplete="off"
          onChange={(e) => setField('name', e.target.value)}
        />
      </Field>
      <Field
        label={t('templates.editor.description')}
        htmlFor={fieldId('description')}
        problem={problemFor('description')}
      >
        <textarea
          {...describe('description')}
          rows={3}
          value={draft.description}
          maxLength={L.textLength}
          onChange={(e) => setField('description', e.target.value)}
        />
      </Field>
      <Field label={t('templates.editor.whenToUse')} htmlFor={fieldId('whenToUse')} problem={problemFor('whenToUse')}>
        <textarea
          {...describe('whenToUse')}
          rows={2}
          value={draft.whenToUse}
          maxLength={L.textLength}
          onChange={(e) => setField('whenToUse', e.target.value)}
        />
      </Field>
      <Field
        label={t('templates.editor.source')}
        htmlFor={fieldId('source')}
        help={<span id={`${fieldId('source')}-help`}>{t('templates.editor.sourceHelp')}</span>}
        problem={problemFor('source')}
      >
        <input
          {...describe('source', `${fieldId('source')}-help`)}
          value={draft.source}
          maxLength={L.sourceLength}
          autoComplete="off"
          onChange={(e) => setField('source', e.target.value)}
        />
      </Field>

      <section className="template-editor-sections" aria-labelledby={`${base}-sections-title`}>
        <h2 id={`${base}-sections-title`}>{t('templates.editor.sections')}</h2>
        {problem?.field === 'sections' && (
          <p id={fieldId('sections')} className="field-error" role="alert" tabIndex={-1}>
            {problem.message}
          </p>
        )}
        <ol className="template-editor-section-list">
          {draft.sections.map((section, index) => {
            const n = index + 1;
            const at = (part: string) => `sections.${index}.${part}`;
            return (
              <li key={section.key}>
                <fieldset className="template-editor-section">
                  <legend>{t('templates.editor.section', { n })}</legend>
                  <Field
                    label={t('templates.editor.heading')}
                    htmlFor={fieldId(at('heading'))}
                    problem={problemFor(at('heading'))}
                  >
                    <input
                      {...describe(at('heading'))}
                      value={section.heading}
                      maxLength={L.headingLength}
                      autoComplete="off"
                      onChange={(e) => setSection(index, 'heading', e.target.value)}
                    />
                  </Field>
                  <Field
                    label={t('templates.editor.prompts')}
                    htmlFor={fieldId(at('prompts'))}
                    help={<span id={`${fieldId(at('prompts'))}-help`}>{t('templates.editor.promptsHelp')}</span>}
                    problem={problemFor(at('prompts'))}
                  >
                    <textarea
                      {...describe(at('prompts'), `${fieldId(at('prompts'))}-help`)}
                      rows={3}
                      value={section.prompts}
                      onChange={(e) => setSection(index, 'prompts', e.target.value)}
                    />
                  </Field>
                  <Field
                    label={t('templates.editor.hint')}
                    htmlFor={fieldId(at('hint'))}
                    help={<span id={`${fieldId(at('hint'))}-help`}>{t('templates.editor.hintHelp')}</span>}
                    problem={problemFor(at('hint'))}
                  >
                    <input
                      {...describe(at('hint'), `${fieldId(at('hint'))}-help`)}
                      value={section.hint}
                      maxLength={L.promptLength}
                      autoComplete="off"
                      onChange={(e) => setSection(index, 'hint', e.target.value)}
                    />
                  </Field>
                  <div className="template-editor-section-actions">
                    <button
                      type="button"
                      id={`${base}-move-up-${index}`}
                      aria-label={t('templates.editor.moveUp', { n })}
                      disabled={index === 0}
                      onClick={() => moveSection(index, -1)}
                    >
                      {t('templates.editor.up')}
                    </button>
                    <button
                      type="button"
                      id={`${base}-move-down-${index}`}
                      aria-label={t('templates.editor.moveDown', { n })}
                      disabled={index === last}
                      onClick={() => moveSection(index, 1)}
                    >
                      {t('templates.editor.down')}
                    </button>
                    <button
                      type="button"
                      className="link-button template-danger"
                      disabled={draft.sections.length === 1}
                      onClick={() => removeSection(index)}
                    >
                      {t('templates.editor.remove')}{' '}
                      <span className="visually-hidden">{t('templates.editor.whichSection', { n })}</span>
                    </button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          id={`${base}-add-section`}
          disabled={draft.sections.length >= L.sections}
          onClick={addSection}
        >
          {t('templates.editor.addSection')}
        </button>
      </section>

      <section className="template-editor-tags" aria-labelledby={`${base}-tags-title`}>
        <h2 id={`${base}-tags-title`}>{t('templates.editor.suggestedTags')}</h2>
        <p className="muted" id={`${base}-tags-help`}>
          {t('templates.editor.tagsHelp')}
        </p>
        <Field label={t('templates.editor.worlds')} htmlFor={fieldId('worlds')} problem={problemFor('worlds')}>
          <input
            {...describe('worlds', `${base}-tags-help`)}
            value={draft.worlds}
            autoComplete="off"
            placeholder={t('templates.editor.worldsPlaceholder')}
            onChange={(e) => setField('worlds', e.target.value)}
          />
        </Field>
        <Field label={t('templates.editor.tags')} htmlFor={fieldId('tags')} problem={problemFor('tags')}>
          <input
            {...describe('tags', `${base}-tags-help`)}
            value={draft.tags}
            autoComplete="off"
            onChange={(e) => setField('tags', e.target.value)}
          />
        </Field>
      </section>

      <div className="template-editor-actions">
        <button type="submit" className="primary" aria-disabled={saving || undefined}>
          {saving ? t('templates.editor.saving') : t('templates.editor.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
