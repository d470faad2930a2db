import type { NameLabel, RedactionList, RedactionPhrase } from '@shared/export';

/**
 * The writer's redaction list: phrases that are not mentions (organisations, places, projects) and
 * the label each person mentioned in the chosen entries gets. Kept encrypted in the journal.
 */
export function RedactionEditor(props: {
  list: RedactionList;
  people: string[];
  onChange: (list: RedactionList) => void;
}) {
  const { list, onChange } = props;
  const setPhrase = (index: number, patch: Partial<RedactionPhrase>) =>
    onChange({ ...list, phrases: list.phrases.map((p, i) => (i === index ? { ...p, ...patch } : p)) });
  const labelOf = (name: string) => list.people.find((p) => p.name.toLowerCase() === name.toLowerCase())?.label ?? '';
  const setLabel = (name: string, label: string) => {
    const others = list.people.filter((p) => p.name.toLowerCase() !== name.toLowerCase());
    const people: NameLabel[] = label.trim() ? [...others, { name, label }] : others;
    onChange({ ...list, people });
  };

  return (
    <div className="redaction">
      <h3>Names and places to hide</h3>
      <p className="muted">Whole words, any capitals. Leave the replacement empty to write “[redacted]”.</p>
      <ul className="redaction-rows">
        {list.phrases.map((row, index) => (
          <li key={index}>
            <input
              aria-label={`Phrase ${index + 1}`}
              value={row.phrase}
              placeholder="e.g. Fife Council"
              onChange={(e) => setPhrase(index, { phrase: e.target.value })}
            />
            <span aria-hidden="true">→</span>
            <input
              aria-label={`Replacement ${index + 1}`}
              value={row.replacement}
              placeholder="[redacted]"
              onChange={(e) => setPhrase(index, { replacement: e.target.value })}
            />
            <button
              type="button"
              onClick={() => onChange({ ...list, phrases: list.phrases.filter((_, i) => i !== index) })}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => onChange({ ...list, phrases: [...list.phrases, { phrase: '', replacement: '' }] })}
      >
        Add a phrase
      </button>
      {props.people.length > 0 && (
        <>
          <h3>People</h3>
          <p className="muted">Each @mention becomes its label; without one, “Person A”, “Person B”, … in order.</p>
          <ul className="redaction-rows">
            {props.people.map((name) => (
              <li key={name}>
                <span className="redaction-name">@{name}</span>
                <span aria-hidden="true">→</span>
                <input
                  aria-label={`Label for ${name}`}
                  value={labelOf(name)}
                  placeholder="Person A"
                  onChange={(e) => setLabel(name, e.target.value)}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
