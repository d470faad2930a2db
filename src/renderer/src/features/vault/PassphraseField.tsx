import { useId } from 'react';

/** A labelled password input; `describedBy` ties hints and errors to it for screen readers. */
export function PassphraseField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoFocus?: boolean;
  autoComplete?: 'current-password' | 'new-password' | 'off';
  describedBy?: string;
  name?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type="password"
        value={props.value}
        autoFocus={props.autoFocus}
        autoComplete={props.autoComplete ?? 'current-password'}
        spellCheck={false}
        aria-describedby={props.describedBy}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}
