import { useEffect, useId, useRef, useState } from 'react';
import './onboarding.css';

/** What the first run says before the journal is made: what Landscape is for, then how it keeps words private. */
const PAGES = [
  {
    title: 'Welcome to Landscape',
    body: [
      'A journal for people whose work happens between worlds: services, disciplines, communities and sectors.',
      'A few minutes a day to notice what you did, what it cost and what it made possible, including the work that goes unseen, sometimes even by you.',
      'Templates and prompts help with setbacks, courage, legitimacy across worlds and value-creation stories. Over time Landscape shows you the pattern of your work, and you can take chosen, redacted entries to supervision.',
    ],
  },
  {
    title: 'Private by design',
    body: [
      'Your journal stays on this computer, in a folder you choose. Landscape sends nothing anywhere.',
      'Every entry is encrypted with your passphrase. Without it, nobody can read them: not us, and not anyone who has your computer.',
      'You will be given a recovery key. If you forget your passphrase it is the only way back in, so keep it somewhere safe, away from this computer.',
    ],
  },
] as const;

/**
 * The first-run introduction, shown once before the journal is made. `onFinish(skipped)` moves on to making
 * the journal; after an introduction that was not skipped, the first entry is offered from a template.
 */
export function Welcome(props: { onFinish: (skipped: boolean) => void }) {
  const [step, setStep] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const page = PAGES[step]!;
  const last = step === PAGES.length - 1;

  // Each page's heading takes focus, so a screen reader reads the new page and Tab starts at its top.
  useEffect(() => headingRef.current?.focus(), [step]);

  return (
    <main className="centered-screen">
      <section className="card welcome" aria-labelledby={titleId}>
        <h1 id={titleId} ref={headingRef} tabIndex={-1}>
          {page.title}
        </h1>
        {page.body.map((text) => (
          <p key={text}>{text}</p>
        ))}
        <div className="welcome-actions">
          {step > 0 && (
            <button type="button" onClick={() => setStep(step - 1)}>
              Back
            </button>
          )}
          <button type="button" className="primary" onClick={() => (last ? props.onFinish(false) : setStep(step + 1))}>
            {last ? 'Create my journal' : 'Next'}
          </button>
          <button type="button" className="link-button welcome-skip" onClick={() => props.onFinish(true)}>
            Skip the introduction
          </button>
        </div>
      </section>
    </main>
  );
}
