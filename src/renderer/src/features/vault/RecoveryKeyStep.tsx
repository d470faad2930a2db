import { Fragment, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { announce } from '../../announce/announcer';
import { call } from '../../bridge';
import { localDay } from '../../dates/calendar-day';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { confirmGroups, groupMatches } from './recovery-groups';
import { t } from '../../i18n';

/**
 * The recovery key is shown once, in groups that never break across lines, with Copy, Save and Print. The
 * person proves they kept it by typing three of its groups back, not all 56 characters.
 */
export function RecoveryKeyStep({
  recoveryKey,
  onDone,
  inline = false,
  doneLabel = t('recoveryKey.done'),
}: {
  recoveryKey: string;
  onDone: () => void;
  /** Inside a screen (settings) rather than a screen of its own: a section with a second-level heading. */
  inline?: boolean;
  doneLabel?: string;
}) {
  const Frame = inline ? 'section' : 'main';
  const Heading = inline ? 'h2' : 'h1';
  const groups = recoveryKey.split('-');
  const [asked] = useState(() => confirmGroups(groups.length));
  const [typed, setTyped] = useState<string[]>(() => asked.map(() => ''));
  const [tried, setTried] = useState(false);
  const [kept, setKept] = useState('');
  const [error, setError] = useState<unknown>(null);
  const baseId = useId();
  const matches = asked.every((group, i) => groupMatches(typed[i] ?? '', groups[group] ?? ''));
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The button that led here is gone: focus goes to this step's heading, which is read out.
  useEffect(() => headingRef.current?.focus(), []);

  const said = (message: string) => {
    setKept(message);
    announce(message);
  };
  const copy = async () => {
    setError(null);
    try {
      await navigator.clipboard.writeText(recoveryKey);
      said(t('recoveryKey.copied'));
    } catch (e) {
      setError(e);
    }
  };
  const save = async () => {
    setError(null);
    try {
      const { saved } = await call('vault:saveRecoveryKey', { recoveryKey, today: localDay() });
      if (saved) said(t('recoveryKey.saved'));
    } catch (e) {
      setError(e);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (matches) onDone();
  };

  return (
    <Frame className={inline ? undefined : 'centered-screen'}>
      <form className="card recovery-step" onSubmit={submit} aria-labelledby="recovery-title">
        <div className="recovery-sheet">
          <Heading id="recovery-title" ref={headingRef} tabIndex={-1}>
            {t('recoveryKey.title')}
          </Heading>
          <p>{t('recoveryKey.why')}</p>
          <output className="recovery-key" aria-label={t('recoveryKey.label')} data-testid="recovery-key">
            {groups.map((group, i) => (
              <Fragment key={i}>
                {i > 0 && '-'}
                {i > 0 && <wbr />}
                <span className="recovery-group">{group}</span>
              </Fragment>
            ))}
          </output>
        </div>
        <div className="recovery-actions">
          <button type="button" onClick={() => void copy()}>
            {t('recoveryKey.copy')}
          </button>
          <button type="button" onClick={() => void save()}>
            {t('recoveryKey.save')}
          </button>
          <button type="button" onClick={() => window.print()}>
            {t('recoveryKey.print')}
          </button>
        </div>
        <p className="recovery-kept muted">{kept}</p>
        <ErrorNotice error={error} />
        <fieldset className="recovery-confirm">
          <legend>{t('recoveryKey.confirm')}</legend>
          {asked.map((group, i) => (
            <div className="field" key={group}>
              <label htmlFor={`${baseId}-${group}`}>{t('recoveryKey.group', { n: group + 1 })}</label>
              <input
                id={`${baseId}-${group}`}
                value={typed[i]}
                maxLength={8}
                autoComplete="off"
                spellCheck={false}
                aria-invalid={tried && !groupMatches(typed[i] ?? '', groups[group] ?? '')}
                onChange={(e) => setTyped((all) => all.map((text, k) => (k === i ? e.target.value : text)))}
              />
            </div>
          ))}
        </fieldset>
        {tried && !matches && (
          <p className="field-error" role="alert">
            {t('recoveryKey.mismatch')}
          </p>
        )}
        <button type="submit" className="primary">
          {doneLabel}
        </button>
      </form>
    </Frame>
  );
}
