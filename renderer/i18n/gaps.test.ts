import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { stepGaps } from '../../shared/workshop/gaps';
import { STEP_IDS } from '../../shared/workshop/stepIds';
import { newParticipant, newWorkshop } from '../../shared/workshop/factory';
import { sampleWorkshop } from '../../shared/workshop/sample';
import type { Workshop } from '../../shared/workshop/schema';
import { messages as en } from './locales/en';
import { messages as zhCN } from './locales/zh-CN';
import { messages as ptBR } from './locales/pt-BR';
import { cadenceSentence, cadenceSummary } from '../../shared/handOff/cadence';
import { cadenceVsSla } from '../../shared/handOff/slaConsistency';
import { describeRecurrence } from '../../shared/calendar/recurrence';
import { matchGapMessage, translateGapMessage, type LooseT } from './gaps';

/** A sample workshop with something wrong in every step, to make shared/ say as much as it can. */
function damaged(): Workshop {
  const w = sampleWorkshop();
  const c = w.commitment;
  c.participants.push(newParticipant({ name: '', team: 'marketing' }));
  c.place = '';
  c.workshopDate = '';
  c.groundRules = [];
  c.commitmentStatement = '';
  c.executiveSponsorId = null;
  w.goals.goals.forEach((g) => Object.assign(g, { kind: 'custom', title: '', metric: '', baseline: null, target: null, deadline: '' }));
  w.goals.agreement = { marketing: null, sales: null };
  w.targetBuyer.icp.industries = [];
  w.targetBuyer.personas.forEach((p) => Object.assign(p, { name: '', title: '', buyingRole: null }));
  w.leadProcess.stages.forEach((s, i) => Object.assign(s, { owner: null, conversionToNext: i % 2 ? 1.5 : null, name: i === 0 ? '' : s.name, kind: 'nurture' }));
  w.leadProcess.transitions.push({ ...w.leadProcess.transitions[0]!, id: 'dangling', from: 'nowhere', to: 'gone' });
  const q = w.qualifiedLead;
  q.fit.forEach((f, i) => Object.assign(f, { operator: i % 3 === 0 ? 'gte' : i % 3 === 1 ? 'oneOf' : 'equals', value: i % 3 === 0 ? 'lots' : i % 3 === 1 ? ' , ' : '' }));
  q.engagement.forEach((e) => (e.behaviour = ''));
  q.negative.forEach((n, i) => Object.assign(n, { value: '', kind: (['competitor', 'student', 'freeEmailDomain', 'custom'] as const)[i % 4] }));
  q.sqlCriteria.forEach((s) => (s.label = ''));
  q.mqlThreshold = 10000;
  q.minimumFit = 10000;
  Object.assign(w.handOff, { routing: 'namedQueue', routingDetail: '', acceptanceWindowHours: null, rejectionReasons: [], followUp: [], recycleReasons: [], reentryRule: '' });
  w.metrics.metrics.forEach((m) => Object.assign(m, { owner: null, target: null, name: '' }));
  if (w.metrics.metrics[0]) w.metrics.metrics[0].stageId = 'removed-stage';
  w.technology.tools.forEach((t) => (t.name = ''));
  w.technology.automation = {} as Workshop['technology']['automation'];
  w.feedback.meetings.forEach((m) => Object.assign(m, { attendeeIds: [], timeZone: 'Mars/Olympus', title: '' }));
  return w;
}

const territory = () => {
  const w = sampleWorkshop();
  Object.assign(w.handOff, { routing: 'territory', routingDetail: '' });
  w.feedback.meetings = [];
  w.technology.tools = [];
  w.leadProcess.stages = [];
  return w;
};

function messagesOf(...workshops: Workshop[]): string[] {
  return [...new Set(workshops.flatMap((w) => STEP_IDS.flatMap((s) => stepGaps(w, s).map((g) => g.message))))];
}

async function tFor(lng: string, messages: typeof en | typeof zhCN | typeof ptBR): Promise<LooseT> {
  const i = i18next.createInstance();
  await i.init({ lng, resources: { [lng]: messages }, interpolation: { escapeValue: false }, initAsync: false });
  return i.getFixedT(lng, 'gaps') as unknown as LooseT;
}

describe('gap messages from shared/, translated at the renderer edge', () => {
  const all = messagesOf(newWorkshop(), sampleWorkshop(), damaged(), territory());

  it('the workshops below make shared/ say many different things', () => {
    expect(all.length).toBeGreaterThan(45);
  });

  it('every message shared/ produces matches an English template', () => {
    expect(all.filter((m) => matchGapMessage(m) === null)).toEqual([]);
  });

  it('English comes back word for word', async () => {
    const t = await tFor('en', en);
    expect(all.map((m) => translateGapMessage(m, t))).toEqual(all);
  });

  it('in Chinese, no message is left in English, and the values typed by people are kept', async () => {
    const t = await tFor('zh-CN', zhCN);
    const said = all.map((m) => translateGapMessage(m, t));
    expect(said.filter((m) => /\b(add|choose|required|is|the)\b/.test(m))).toEqual([]);
    const w = sampleWorkshop();
    w.commitment.agreements = {};
    const agreement = stepGaps(w, 'commitment').find((g) => g.field === 'agreements')!;
    const name = w.commitment.participants[0]!.name;
    expect(translateGapMessage(agreement.message, t)).toContain(name);
  });

  it('a value that is itself a message (a lead-process issue) is translated too', async () => {
    const t = await tFor('pt-BR', ptBR);
    expect(translateGapMessage('Lead process: No terminal stage: add a Won or Lost stage, or a stage where the forward path ends.', t)).toBe(
      'Processo de leads: Nenhuma etapa final: adicione uma etapa Ganho ou Perdido, ou uma etapa onde o fluxo termina.',
    );
  });

  it('other sentences shared/ writes for the screen (cadence, recurrence) are translated too', async () => {
    const w = sampleWorkshop();
    const cadence = [cadenceSentence(cadenceSummary(w.handOff.followUp)), cadenceSentence(cadenceSummary([])), ...cadenceVsSla({ ...w, handOff: { ...w.handOff, followUp: w.handOff.followUp.slice(0, 2).map((a) => ({ ...a, day: a.day + 3 })) } })];
    const meetings = (['weekly', 'biweekly', 'monthly', 'quarterly'] as const).flatMap((frequency) =>
      ['2027-01-04', '2027-01-29', '2027-02-17'].map((firstDate) => describeRecurrence({ frequency, firstDate })),
    );
    const sentences = [...new Set([...cadence, ...meetings])].filter((s) => !s.startsWith('Disqualified:'));
    expect(sentences.length).toBeGreaterThan(12);
    expect(sentences.filter((m) => matchGapMessage(m) === null)).toEqual([]);
    const t = await tFor('zh-CN', zhCN);
    expect(sentences.map((m) => translateGapMessage(m, t)).filter((m) => /\b(?!SLA\b|MQL\b|SQL\b)[A-Za-z]{3,}/.test(m))).toEqual([]);
    const pt = await tFor('pt-BR', ptBR);
    expect(translateGapMessage('Every month on the last Friday', pt)).toBe('Todo mês, na última sexta-feira');
  });

  it('an unknown message is shown as it came', async () => {
    const t = await tFor('zh-CN', zhCN);
    expect(translateGapMessage('Something new: fix it.', t)).toBe('Something new: fix it.');
  });
});
