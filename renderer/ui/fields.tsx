import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { typingIn } from '../app/undoScope';
import { formatDay, uiLocale } from '../i18n/format';
import { formatNumberForInput, looksUnfinished, parseLocaleNumber } from '../i18n/numberInput';

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
 * wrong value shows an error next to the field and never replaces what was saved. Every
 * numeric input in the app is this one: it reads the grouping and decimals of the UI language
 * ("4,200,000", "4.200.000", "1,5") and shows the saved value grouped while not being edited.
 */
export function NumberField({ label, value, onChange, id, hint, unit, min, max, integer, allowZero = true, disabled }: NumberFieldProps) {
  const auto = useId();
  const fid = id ?? auto;
  const { t } = useTranslation();
  const locale = uiLocale();
  const shown = (v: number | null) => (v === null ? '' : formatNumberForInput(v, locale));
  // null: not being edited, so the field shows the saved value as the language writes it.
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    // An outside change (undo, load) replaces a valid edit in progress; the user's own valid
    // typing stays as typed until they leave the field, and an invalid one stays on screen
    // with its error until the user fixes or leaves it.
    setText((typed) => {
      if (typed === null || error) return typed;
      const meant = typed.trim() === '' ? null : parseLocaleNumber(typed, locale);
      return meant === value ? typed : null;
    });
  }, [value, error, locale]);

  const validate = (raw: string): { ok: true; value: number | null } | { ok: false; message: string; unfinished: boolean } => {
    if (raw.trim() === '') return { ok: true, value: null };
    const n = parseLocaleNumber(raw, locale);
    // Whole sentences per case: word order differs too much between languages to build them from parts.
    const range = min !== undefined && max !== undefined ? 'fromTo' : min !== undefined ? 'atLeast' : max !== undefined ? 'upTo' : 'any';
    const say = (rule: 'number' | 'whole' | 'noDecimals' | 'positive') =>
      t(`number.${rule}_${range}`, {
        label,
        min: min === undefined ? undefined : formatNumberForInput(min, locale),
        max: max === undefined ? undefined : formatNumberForInput(max, locale),
      });
    const kind = integer ? 'whole' : 'number';
    if (n === null) {
      const example = integer
        ? formatNumberForInput(4200000, locale)
        : t('number.examples', { big: formatNumberForInput(4200000, locale), small: formatNumberForInput(1.5, locale) });
      return { ok: false, message: `${say(kind)} ${t('number.writtenLike', { example })}`, unfinished: looksUnfinished(raw, locale) };
    }
    const fail = (message: string) => ({ ok: false as const, message, unfinished: false });
    if (integer && !Number.isInteger(n)) return fail(say('noDecimals'));
    if (!allowZero && n <= 0) return fail(say('positive'));
    if ((min !== undefined && n < min) || (max !== undefined && n > max)) return fail(say(kind));
    return { ok: true, value: n };
  };

  return (
    <FieldShell label={unit ? t('number.withUnit', { label, unit }) : label} id={fid} hint={hint} error={error}>
      <input
        className="input num"
        id={fid}
        inputMode="decimal"
        value={text ?? shown(value)}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fid, hint, error)}
        onChange={(e) => {
          setText(e.target.value);
          const r = validate(e.target.value);
          if (r.ok) {
            setError(null);
            if (r.value !== value) typingIn(`field:${fid}`, () => onChange(r.value));
          } else setError(r.unfinished ? null : r.message);
        }}
        onBlur={(e) => {
          const r = validate(e.target.value);
          if (r.ok) setText(null);
          else setError(r.message);
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

/**
 * A day picked with the system's date picker, shown in the app's one date style. Chromium
 * writes a date input's text in the browser's locale ("12/07/2026"), whatever language the app
 * speaks; so while the field is not being edited its own text is hidden behind the day as
 * formatDay writes it ("7 Dec 2026"), the same as every stamp and list in the app.
 */
export function DateField({ label, value, onChange, id, hint, disabled }: DateFieldProps) {
  const auto = useId();
  const fid = id ?? auto;
  const [editing, setEditing] = useState(false);
  useTranslation(); // re-render in a new UI language
  // Empty, the browser's own placeholder ("mm/dd/yyyy") would be a fourth date style: hidden too.
  const showsDay = !editing;
  return (
    <FieldShell label={label} id={fid} hint={hint}>
      <span className={`date-input${showsDay ? ' shows-day' : ''}`}>
        <input
          className="input"
          type="date"
          id={fid}
          value={value}
          disabled={disabled}
          aria-describedby={describedBy(fid, hint)}
          onFocus={() => setEditing(true)}
          onBlur={() => setEditing(false)}
          onChange={(e) => typingIn(`field:${fid}`, () => onChange(e.target.value))}
        />
        {showsDay && value !== '' && (
          <span className="date-input-day" aria-hidden="true" data-testid={`${fid}-day`}>
            {formatDay(value)}
          </span>
        )}
      </span>
    </FieldShell>
  );
}
