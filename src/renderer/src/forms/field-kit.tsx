import { useId, type ReactNode } from 'react';

/** A problem with one field of a form, named by its path ('name', 'sections.1.prompts'). */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Ids and ARIA wiring for a form whose fields are named by paths: each input is tied to its label, its help
 * text and, while it has one, its problem, so a screen reader reads the problem where focus lands.
 */
export function useFieldKit(problem: FieldProblem | null) {
  const base = useId();
  const fieldId = (field: string) => `${base}-${field.replace(/\./g, '-')}`;

  /** Props for an input: its id, and aria-invalid / aria-describedby when it has help or a problem. */
  const describe = (field: string, helpId?: string) => {
    const invalid = problem?.field === field;
    const ids = [helpId ?? '', invalid ? `${fieldId(field)}-problem` : ''].filter(Boolean);
    return {
      id: fieldId(field),
      'aria-invalid': invalid || undefined,
      'aria-describedby': ids.length ? ids.join(' ') : undefined,
    };
  };

  /** The problem's words under its field, or nothing. */
  const problemFor = (field: string) =>
    problem?.field === field ? (
      <span id={`${fieldId(field)}-problem`} className="field-error">
        {problem.message}
      </span>
    ) : null;

  return { base, fieldId, describe, problemFor };
}

/** A labelled field: label, the input, optional help, and its problem if any. */
export function Field(props: {
  label: string;
  htmlFor: string;
  help?: ReactNode;
  problem: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={props.htmlFor}>{props.label}</label>
      {props.children}
      {props.help && <span className="muted field-help">{props.help}</span>}
      {props.problem}
    </div>
  );
}
