import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { typingIn } from '../app/undoScope';

interface FieldShellProps {
  label: string;
  id: string;
  hint?: string | undefined;
  error?: string | null | undefined;
  children: ReactNode;
}

/** Label, control, hint and error in one place; the error sits right under its field. */
export function FieldShell({ label, id, hint, error, children }: FieldShellProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && !error && (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

const describedBy = (id: string, hint?: string, error?: string | null) => (error ? `${id}-error` : hint ? `${id}-hint` : undefined);

interface TextFieldProps {
  label: string;
  value: string;
  onChange(v: string): void;
  id?: string | undefined;
  hint?: string;
  placeholder?: string;
  multiline?: boolean;
  maxLength?: number;
  disabled?: boolean;
  error?: string | null;
}

export function TextField({ label, value, onChange, id, hint, placeholder, multiline, maxLength = 2000, disabled, error }: TextFieldProps) {
  const auto = useId();
  const fid = id ?? auto;
  const common = {
    id: fid,
    value,
    placeholder,
    maxLength,
    disabled,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(fid, hint, error),
  };
  return (
    <FieldShell label={label} id={fid} hint={hint} error={error}>
      {multiline ? (
        <textarea className="textarea" {...common} onChange={(e) => typingIn(`field:${fid}`, () => onChange(e.target.value))} />
      ) : (
        <input className="input" type="text" {...common} onChange={(e) => typingIn(`field:${fid}`, () => onChange(e.target.value))} />
      )}
    </FieldShell>
  );
}

interface NumberFieldProps {
  label: string;
  value: number | null;
  onChange(v: number | null): void;
  id?: string | undefined;
  hint?: string;
  unit?: string;
  min?: number;
  max?: number;
  integer?: boolean;
  /** Whether zero is allowed (rates and counts in an SLA are strictly positive). */
  allowZero?: boolean;
  disabled?: boolean;
}

/**
 * Keeps what the user typed locally and only hands valid numbers up, so a half-typed or
 * wrong value shows an error next to the field and never replaces what was saved.
 */
export function NumberField({ label, value, onChange, id, hint, unit, min, max, integer, allowZero = true, disabled }: NumberFieldProps) {
  const auto = useId();
  const fid = id ?? auto;
  const [text, setText] = useState(value === null ? '' : String(value));
  const [error, setError] = useState<string | null>(null);
  const { t } = useTranslation();

  useEffect(() => {
    // Follow outside changes (undo, load) unless the user is mid-edit on an invalid value.
    if (!error) setText(value === null ? '' : String(value));
  }, [value, error]);

  const validate = (raw: string): { ok: true; value: number | null } | { ok: false; message: string } => {
    const typed = raw.trim().replace(',', '.');
    if (typed === '') return { ok: true, value: null };
    const n = Number(typed);
    // Whole sentences per case: word order differs too much between languages to build them from parts.
    const range = min !== undefined && max !== undefined ? 'fromTo' : min !== undefined ? 'atLeast' : max !== undefined ? 'upTo' : 'any';
    const say = (rule: 'number' | 'whole' | 'noDecimals' | 'positive') => t(`number.${rule}_${range}`, { label, min, max });
    const kind = integer ? 'whole' : 'number';
    if (!Number.isFinite(n)) return { ok: false, message: say(kind) };
    if (integer && !Number.isInteger(n)) return { ok: false, message: say('noDecimals') };
    if (!allowZero && n <= 0) return { ok: false, message: say('positive') };
    if ((min !== undefined && n < min) || (max !== undefined && n > max)) return { ok: false, message: say(kind) };
    return { ok: true, value: n };
  };

  return (
    <FieldShell label={unit ? t('number.withUnit', { label, unit }) : label} id={fid} hint={hint} error={error}>
      <input
        className="input num"
        id={fid}
        inputMode="decimal"
        value={text}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fid, hint, error)}
        onChange={(e) => {
          setText(e.target.value);
          const r = validate(e.target.value);
          if (r.ok) {
            setError(null);
            if (r.value !== value) typingIn(`field:${fid}`, () => onChange(r.value));
          } else setError(r.message);
        }}
      />
    </FieldShell>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(v: T): void;
  id?: string | undefined;
  hint?: string;
  disabled?: boolean;
}

export function SelectField<T extends string>({ label, value, options, onChange, id, hint, disabled }: SelectFieldProps<T>) {
  const auto = useId();
  const fid = id ?? auto;
  return (
    <FieldShell label={label} id={fid} hint={hint}>
      <select className="select" id={fid} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

interface DateFieldProps {
  label: string;
  value: string;
  onChange(v: string): void;
  id?: string | undefined;
  hint?: string;
  disabled?: boolean;
}

export function DateField({ label, value, onChange, id, hint, disabled }: DateFieldProps) {
  const auto = useId();
  const fid = id ?? auto;
  return (
    <FieldShell label={label} id={fid} hint={hint}>
      <input
        className="input"
        type="date"
        id={fid}
        value={value}
        disabled={disabled}
        onChange={(e) => typingIn(`field:${fid}`, () => onChange(e.target.value))}
      />
    </FieldShell>
  );
}
