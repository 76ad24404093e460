import { useMemo } from 'react';
import { sampleLeadProcess } from '../../../shared/workshop/samples/leadProcess';
import { leadProcessToSvg } from '../../../shared/leadProcess/svg';
import { TEMPLATE_IDS, TEMPLATES, type TemplateId } from '../../../shared/leadProcess/templates';
import { LEAD_PROCESS_START_ID } from '../../../shared/workshop/stepChecks/leadProcess';
import { startFrom } from './actions';

const BUTTON: Record<TemplateId, string> = {
  default: 'Start from the default template',
  short: 'Start from the short template',
  blank: 'Start blank',
};

/** The empty step: why the diagram matters, what good looks like, and three ways to start. */
export function StartOptions() {
  const example = useMemo(
    () => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(leadProcessToSvg(sampleLeadProcess(), { title: 'Northwind Analytics — lead process' }))}`,
    [],
  );
  return (
    <section className="card section lp-start" aria-labelledby="lp-start-h">
      <h2 id="lp-start-h">Draw the way a lead travels</h2>
      <p className="lp-start-why">
        This diagram is the map both teams point at for the rest of the workshop: where leads come from, when marketing hands
        them to sales, who owns each stage and how many move on. Without it “qualified lead” means something different in each
        team — only 12 % of sales executives think marketing-qualified leads matter.
      </p>
      <div className="lp-start-options" id={LEAD_PROCESS_START_ID} tabIndex={-1} role="group" aria-label="Ways to start the diagram">
        {TEMPLATE_IDS.map((id) => (
          <div key={id} className="lp-start-option">
            <h3>{TEMPLATES[id].title}</h3>
            <p className="lp-start-summary">{TEMPLATES[id].summary}</p>
            <p className="muted">{TEMPLATES[id].description}</p>
            <button className={id === 'default' ? 'btn btn-primary' : 'btn'} onClick={() => startFrom(id)}>{BUTTON[id]}</button>
          </div>
        ))}
      </div>
      <figure className="lp-example">
        <img
          src={example}
          alt="Example: Northwind Analytics' lead process from Captured through Nurture, MQL, SAL, SQL and Opportunity to Won or Lost, with a recycle loop from SAL back to Nurture and a lead-quality feedback edge from SQL to MQL."
        />
        <figcaption className="muted">What good looks like: Northwind Analytics, the sample workshop.</figcaption>
      </figure>
    </section>
  );
}
