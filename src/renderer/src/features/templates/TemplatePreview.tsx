import { useEffect, useId, useRef } from 'react';
import type { Template } from '@shared/template';
import { t } from '../../i18n';

/**
 * What a template will lay out, before anything is made: its sections, hints and prompts. Nothing is
 * written to the journal until "Use this template".
 */
export function TemplatePreview(props: { template: Template; onUse: () => void; onBack: () => void }) {
  const { template } = props;
  const nameId = useId();
  const useButton = useRef<HTMLButtonElement>(null);
  useEffect(() => useButton.current?.focus(), [template.id]);
  return (
    <section className="template-preview" aria-labelledby={nameId}>
      <div className="template-preview-top">
        <h3 id={nameId}>{template.name}</h3>
        <span className="badge">{template.builtIn ? t('templates.builtIn') : t('templates.yours')}</span>
      </div>
      {template.description && <p>{template.description}</p>}
      {template.whenToUse && (
        <p>
          <span className="template-label">{t('templates.whenToUse')}</span> {template.whenToUse}
        </p>
      )}
      <ol className="template-preview-sections">
        {template.sections.map((section, i) => (
          <li key={i}>
            <h4>{section.heading}</h4>
            {section.hint && <p className="muted template-preview-hint">{section.hint}</p>}
            {section.prompts.length > 0 && (
              <ul className="template-preview-prompts">
                {section.prompts.map((prompt, j) => (
                  <li key={j}>{prompt}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {template.source && <p className="template-source muted">{template.source}</p>}
      <div className="template-preview-actions">
        <button type="button" className="primary" ref={useButton} onClick={props.onUse}>
          {t('templates.use')}
        </button>
        <button type="button" onClick={props.onBack}>
          {t('templates.backToAll')}
        </button>
      </div>
    </section>
  );
}
