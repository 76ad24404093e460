import type { ReactNode } from 'react';

/** What a scoreboard looks like (from the Northwind sample) and why the room needs one. */
export function MetricsEmptyState({ toolbar }: { toolbar: ReactNode }) {
  return (
    <section className="card section metrics-empty" aria-labelledby="metrics-empty-h">
      <h2 id="metrics-empty-h">One scoreboard both teams read the same way</h2>
      <p>
        SLAs fail first for lack of enforcement. A shared scoreboard — the same numbers, the same definitions, read every week — is
        how the room will know whether the lead process and the SLA work. Start from the lead process: each stage gets its volume and
        its conversion, and each SLA commitment gets the metric that measures it.
      </p>
      <figure className="metrics-example">
        <figcaption className="muted">Example from the Northwind Analytics sample</figcaption>
        <table className="table">
          <thead>
            <tr><th scope="col">Metric</th><th scope="col">Owner</th><th scope="col" className="num">Target</th><th scope="col">Source</th><th scope="col">Frequency</th><th scope="col">Measures</th></tr>
          </thead>
          <tbody>
            <tr><td>MQL volume</td><td>Marketing</td><td className="num">180 MQLs / month</td><td>HubSpot</td><td>Monthly</td><td>SLA: MQL volume</td></tr>
            <tr><td>MQL → SAL conversion</td><td>Marketing</td><td className="num">70 %</td><td>HubSpot</td><td>Monthly</td><td>—</td></tr>
            <tr><td>Time to first touch</td><td>Sales</td><td className="num">24 hours</td><td>Salesforce activity history</td><td>Weekly</td><td>SLA: first touch</td></tr>
          </tbody>
        </table>
      </figure>
      {toolbar}
      <span id="metrics" tabIndex={-1} className="sr-only">Scoreboard</span>
    </section>
  );
}
