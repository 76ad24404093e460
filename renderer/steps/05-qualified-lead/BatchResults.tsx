import type { BatchResult } from '../../../shared/scoring/batch';

const fmt = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** Every lead of the batch with its scores, folded away until someone asks "which ones?". */
export function BatchResults({ results }: { results: readonly BatchResult[] }) {
  return (
    <details className="ql-batch-details">
      <summary>Scores per lead ({results.length})</summary>
      <table className="table">
        <thead>
          <tr>
            <th scope="col" className="num">Row</th>
            <th scope="col">Lead</th>
            <th scope="col" className="num">Fit</th>
            <th scope="col" className="num">Engagement</th>
            <th scope="col" className="num">Total</th>
            <th scope="col">Grid</th>
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {results.map((r) => (
            <tr key={r.row}>
              <td className="num">{r.row}</td>
              <td>{r.label}</td>
              <td className="num">{fmt.format(r.score.fit)}</td>
              <td className="num">{fmt.format(r.score.engagement)}</td>
              <td className="num">{fmt.format(r.score.total)}</td>
              <td>{r.cell.fit}{r.cell.engagement}</td>
              <td className={r.score.isMql ? 'ql-met' : 'ql-unmet'}>
                {r.score.isMql ? '✓ MQL' : `✗ ${r.score.checks.find((c) => !c.met)?.text ?? 'Not an MQL'}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
