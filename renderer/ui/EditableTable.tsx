import { useContext, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Trash2 } from 'lucide-react';
import { ShownGapsContext } from './EditableTableGaps';
import './editableTable.css';

/** What a cell's control needs from the table: its id, and whether to show it as invalid now. */
export interface CellProps {
  id: string;
  invalid: boolean;
}

export interface EditableColumn<R> {
  key: string;
  /** The visible column header. */
  header: string;
  className?: string;
  /** The id of the cell's control (the id a step check names, so "still missing" can focus it). */
  id: (row: R) => string;
  /** The control's label for screen readers, naming the row; omit when the control labels itself. */
  label?: (row: R, n: number) => string;
  /** Whether the value as it stands is a problem: shown once the cell was touched, or the step's check lists it. */
  invalid?: (row: R) => boolean;
  render: (row: R, i: number, cell: CellProps) => ReactNode;
}

interface Props<R extends { id: string }> {
  rows: readonly R[];
  columns: readonly EditableColumn<R>[];
  /** The id of the heading that names the table. */
  labelledBy: string;
  className?: string;
  /** The remove column's header (read by screen readers only). */
  removeHeader: string;
  removeLabel: (row: R, n: number) => string;
  /** Removes the row; the caller announces it with an Undo toast. */
  onRemove: (row: R, i: number) => void;
  /** Adds a row; Enter in a cell does it too, and focus moves to the new row's first cell. */
  onAdd: () => void;
}

/** Enter in a one-line text cell adds a row; in a select, a checkbox or a button it keeps its own meaning. */
const addsRow = (e: KeyboardEvent): boolean =>
  e.key === 'Enter' &&
  !e.nativeEvent.isComposing &&
  !e.shiftKey &&
  e.target instanceof HTMLInputElement &&
  !['checkbox', 'radio', 'button', 'submit'].includes(e.target.type);

/**
 * The one editable table of rows: column headers, a labelled control per cell, a remove button
 * per row, Enter to add a row. A cell's problem shows only after the cell was left once (a new
 * row is not red before anyone typed in it) or when "Mark step done" lists it.
 */
export function EditableTable<R extends { id: string }>(props: Props<R>) {
  const { rows, columns, labelledBy, className, removeHeader, removeLabel, onRemove, onAdd } = props;
  const shown = useContext(ShownGapsContext);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const focusNew = useRef<number | null>(null);

  // After Enter added a row, focus its first cell once it is rendered.
  useEffect(() => {
    if (focusNew.current === null || rows.length <= focusNew.current) return;
    focusNew.current = null;
    const last = rows.at(-1);
    if (last && columns[0]) document.getElementById(columns[0].id(last))?.focus();
  }, [rows, columns]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (!addsRow(e)) return;
    e.preventDefault();
    focusNew.current = rows.length;
    onAdd();
  };
  const touch = (id: string) => setTouched((s) => (s.has(id) ? s : new Set(s).add(id)));

  return (
    <table className={`table editable-table ${className ?? ''}`} aria-labelledby={labelledBy} onKeyDown={onKeyDown}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" className={c.className}>
              {c.header}
            </th>
          ))}
          <th scope="col" className="editable-table-remove">
            <span className="sr-only">{removeHeader}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={row.id}>
            {columns.map((c) => {
              const id = c.id(row);
              const invalid = !!c.invalid?.(row) && (touched.has(id) || shown.has(id));
              return (
                <td key={c.key} className={c.className} onBlur={() => touch(id)}>
                  {c.label && (
                    <label className="sr-only" htmlFor={id}>
                      {c.label(row, i + 1)}
                    </label>
                  )}
                  {c.render(row, i, { id, invalid })}
                </td>
              );
            })}
            <td className="editable-table-remove">
              <button className="btn btn-ghost btn-sm icon-btn" aria-label={removeLabel(row, i + 1)} onClick={() => onRemove(row, i)}>
                <Trash2 size={16} />
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
