import { useEffect, useRef, useState } from 'react';
import type { Entry } from '@shared/entry';
import type { Template } from '@shared/template';
import { call } from '../../bridge';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { TemplatePicker } from '../templates/TemplatePicker';
import { t } from '../../i18n';

/** "Apply template…": never overwrites; an entry with writing asks before the sections are added after it. */
export function ApplyTemplate(props: {
  entry: Entry;
  /** Read after `beforeApply`, whose save may have moved the revision on. */
  revision: () => number;
  beforeApply: () => Promise<unknown>;
  onApplied: (entry: Entry) => void;
}) {
  const [picking, setPicking] = useState(false);
  const [confirming, setConfirming] = useState<Template | null>(null);
  const [error, setError] = useState<unknown>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  // The question takes focus when it appears; Cancel gives it back to the button that began this.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const apply = async (template: Template, append: boolean) => {
    setPicking(false);
    setError(null);
    try {
      await props.beforeApply();
      const result = await call('templates:apply', {
        id: props.entry.id,
        baseRevision: props.revision(),
        templateId: template.id,
        append,
      });
      if (result.kind === 'needs-confirmation') return setConfirming(template);
      setConfirming(null);
      props.onApplied(result.entry);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <>
      <button type="button" ref={openerRef} onClick={() => setPicking(true)}>
        {t('entry.applyTemplate')}
      </button>
      <TemplatePicker
        open={picking}
        title={t('entry.applyTitle')}
        onPick={(template) => void apply(template, false)}
        onClose={() => setPicking(false)}
      />
      {confirming && (
        <div className="notice confirm" role="alertdialog" aria-labelledby="apply-confirm">
          <p id="apply-confirm">{t('entry.applyConfirm', { name: confirming.name })}</p>
          <button type="button" className="primary" ref={confirmRef} onClick={() => void apply(confirming, true)}>
            {t('entry.addAfter')}
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setConfirming(null);
              openerRef.current?.focus();
            }}
          >
            {t('common.cancel')}
          </button>
        </div>
      )}
      <ErrorNotice error={error} />
    </>
  );
}
