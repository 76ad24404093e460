/**
 * Numbers and dates in the workshop's locale (Intl), always in UTC so a report reads the same
 * on every machine whatever its time zone.
 */
export interface Formatters {
  number: (n: number) => string;
  money: (n: number, currency: string) => string;
  /** 'YYYY-MM-DD' → a medium date, or the input unchanged when it is not one. */
  date: (iso: string) => string;
  dateTime: (iso: string) => string;
}

export function formatters(locale: string): Formatters {
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC', hourCycle: 'h23' });
  return {
    number: (n) => num.format(n),
    money: (n, currency) => {
      try {
        return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(n);
      } catch {
        return `${num.format(n)} ${currency}`;
      }
    },
    date: (iso) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
      const t = new Date(`${iso}T00:00:00Z`);
      return Number.isNaN(t.getTime()) ? iso : date.format(t);
    },
    dateTime: (iso) => {
      const t = new Date(iso);
      return Number.isNaN(t.getTime()) ? iso : `${dateTime.format(t)} UTC`;
    },
  };
}
