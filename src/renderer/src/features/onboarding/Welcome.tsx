import { useEffect, useId, useRef, useState } from 'react';
import './onboarding.css';
import { t } from '../../i18n';

/** What the first run says before the journal is made: what Landscape is for, then how it keeps words private. */
const PAGES = ['welcome', 'privacy'] as const;

/**
 * The first-run introduction, shown once before the journal is made. `onFinish(skipped)` moves on to making
 * the journal; after an introduction that was not skipped, the first entry is offered from a template.
 */
export function Welcome(props: { onFinish: (skipped: boolean) => void }) {
  const [step, setStep] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const page = PAGES[step]!;
  const paragraphs = [t(`onboarding.${page}.p1`), t(`onboarding.${page}.p2`), t(`onboarding.${page}.p3`)];
  const last = step === PAGES.length - 1;

  // Each page's heading takes focus, so a screen reader reads the new page and Tab starts at its top.
  useEffect(() => headingRef.current?.focus(), [step]);

  return (
    <main className="centered-screen">
      <section className="card welcome" aria-labelledby={titleId}>
        <h1 id={titleId} ref={headingRef} tabIndex={-1}>
          {t(`onboarding.${page}.title`)}
        </h1>
        {paragraphs.map((text) => (
          <p key={text}>{text}</p>
        ))}
        <div className="welcome-actions">
          {step > 0 && (
            <button type="button" onClick={() => setStep(step - 1)}>
              {t('onboarding.back')}
            </button>
          )}
          <button type="button" className="primary" onClick={() => (last ? props.onFinish(false) : setStep(step + 1))}>
            {last ? t('onboarding.create') : t('onboarding.next')}
          </button>
          <button type="button" className="link-button welcome-skip" onClick={() => props.onFinish(true)}>
            {t('onboarding.skip')}
          </button>
        </div>
      </section>
    </main>
  );
}
