import { useEffect, useState } from 'react';
import { FieldShell } from '../../ui/fields';
import { typingIn } from '../../app/undoScope';

interface Props {
  id: string;
  label: string;
  type: 'date' | 'time' | 'text';
  value: string;
  /** Whether a typed value may be stored; invalid ones stay local with `error` shown. */
  isValid(v: string): boolean;
  error: string;
  onChange(v: string): void;
  list?: string;
  hint?: string;
  labelHidden?: boolean;
}

/**
 * A date, time or time-zone input whose schema does not allow "empty": what is typed stays
 * here until it is valid, with the error next to the field, so an invalid value is never saved.
 */
export function RequiredInput({ id, label, type, value, isValid, error, onChange, list, hint, labelHidden }: Props) {
  const [text, setText] = useState(value);
  const [bad, setBad] = useState(false);
  useEffect(() => {
    if (!bad) setText(value);
  }, [value, bad]);
  const input = (
    <input
      className="input"
      id={id}
      type={type}
      value={text}
      list={list}
      aria-invalid={bad ? true : undefined}
      aria-describedby={bad ? `${id}-error` : hint ? `${id}-hint` : undefined}
      aria-label={labelHidden ? label : undefined}
      onChange={(e) => {
        const v = e.target.value;
        setText(v);
        const ok = isValid(v);
        setBad(!ok);
        if (ok && v !== value) typingIn(`field:${id}`, () => onChange(v));
      }}
    />
  );
  if (labelHidden)
    return (
      <div className="field">
        {input}
        {bad && (
          <span className="field-error" id={`${id}-error`} role="alert">
            {error}
          </span>
        )}
      </div>
    );
  return (
    <FieldShell label={label} id={id} hint={hint} error={bad ? error : null}>
      {input}
    </FieldShell>
  );
}
