import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { stepGaps } from '../../shared/workshop/gaps';
import { STEP_IDS } from '../../shared/workshop/stepIds';
import { newParticipant, newWorkshop } from '../../shared/workshop/factory';
import { sampleWorkshop } from '../../shared/workshop/sample';
import type { Workshop, Language } from '../../shared/workshop/schema';
import type { CheckMessage } from '../../shared/workshop/checkMessage';
import { cadenceSentence, cadenceSummary } from '../../shared/handOff/cadence';
import { cadenceVsSla } from '../../shared/handOff/slaConsistency';
import { describeRecurrence } from '../../shared/calendar/recurrence';
import { validateLeadProcess, issueMessage } from '../../shared/leadProcess/validate';
import { messages as en } from './locales/en';
import { messages as ptBR } from './locales/pt-BR';
import { messages as es } from './locales/es';
import { messages as zhCN } from './locales/zh-CN';
import { wordCheck, type CheckT } from './checks';

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
  w.leadProcess.stages.forEach((s, i) =>
    Object.assign(s, { owner: null, conversionToNext: i % 2 ? 1.5 : null, name: i === 0 ? '' : s.name, kind: 'nurture' }),
  );
  w.leadProcess.transitions.push({ ...w.leadProcess.transitions[0]!, id: 'dangling', from: 'nowhere', to: 'gone' });
  const q = w.qualifiedLead;
  q.fit.forEach((f, i) =>
    Object.assign(f, {
      operator: i % 3 === 0 ? 'gte' : i % 3 === 1 ? 'oneOf' : 'equals',
      value: i % 3 === 0 ? 'lots' : i % 3 === 1 ? ' , ' : '',
    }),
  );
  q.engagement.forEach((e) => (e.behaviour = ''));
  q.negative.forEach((n, i) =>
    Object.assign(n, { value: '', kind: (['competitor', 'student', 'freeEmailDomain', 'custom'] as const)[i % 4] }),
  );
  q.sqlCriteria.forEach((s) => (s.label = ''));
  q.mqlThreshold = 10000;
  q.minimumFit = 10000;
  Object.assign(w.handOff, {
    routing: 'namedQueue',
    routingDetail: '',
    acceptanceWindowHours: null,
    rejectionReasons: [],
    followUp: [],
    recycleReasons: [],
    reentryRule: '',
  });
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

/** Everything shared/ says to the screen for these workshops: step gaps, cadence warnings, recurrences. */
function meaningsOf(...workshops: Workshop[]): CheckMessage[] {
  const gaps = workshops.flatMap((w) => STEP_IDS.flatMap((s) => stepGaps(w, s)));
  const w = sampleWorkshop();
  const late = { ...w, handOff: { ...w.handOff, followUp: w.handOff.followUp.slice(0, 2).map((a) => ({ ...a, day: a.day + 3 })) } };
  const noWithin = { ...late, sla: { ...late.sla, commitments: late.sla.commitments.map((c) => ({ ...c, withinDays: null })) } };
  const cadence = [
    cadenceSentence(cadenceSummary(w.handOff.followUp)),
    cadenceSentence(cadenceSummary([])),
    ...cadenceVsSla(late),
    ...cadenceVsSla(noWithin),
  ];
  const meetings = (['weekly', 'biweekly', 'monthly', 'quarterly'] as const).flatMap((frequency) =>
    ['2027-01-04', '2027-01-12', '2027-01-20', '2027-01-29', '2027-02-17', '2027-01-03', '2027-01-09'].map((firstDate) =>
      describeRecurrence({ frequency, firstDate }),
    ),
  );
  return [...gaps, ...cadence, ...meetings];
}

const RESOURCES = { en, 'pt-BR': ptBR, es, 'zh-CN': zhCN };

async function tFor(lng: Language): Promise<CheckT> {
  const i = i18next.createInstance();
  await i.init({ lng, resources: { [lng]: RESOURCES[lng] }, interpolation: { escapeValue: false }, initAsync: false });
  return i.getFixedT(lng, 'checks') as unknown as CheckT;
}

const say = async (lng: Language, ms: CheckMessage[]) => {
  const t = await tFor(lng);
  // The app writes English as British English (renderer/i18n/format.ts).
  return ms.map((m) => wordCheck(t, m, lng === 'en' ? 'en-GB' : lng));
};

/** Every code a message (and the messages inside it) uses. */
const codesOf = (m: CheckMessage): string[] => [
  m.code,
  ...Object.values(m.values ?? {}).flatMap((v) =>
    typeof v === 'object' ? (Array.isArray(v) ? v : [v]).flatMap((x) => (typeof x === 'object' ? codesOf(x as CheckMessage) : [])) : [],
  ),
];

describe('what shared/ checks find, worded in the UI language', () => {
  const all = meaningsOf(newWorkshop(), sampleWorkshop(), damaged(), territory());

  it('the workshops above make shared/ say many different things', () => {
    expect(new Set(all.flatMap(codesOf)).size).toBeGreaterThan(100);
  });

  for (const lng of ['en', 'pt-BR', 'es', 'zh-CN'] as const) {
    it(`${lng}: every meaning has its words, with every value in place`, async () => {
      const said = await say(lng, all);
      // i18next answers a missing key with the key itself; a missing value leaves its {{slot}}.
      const bad = said.filter(
        (s, i) => s === all[i]!.code || /\{\{|\}\}|\b(lp|cond|op|fitField|negKind|piece|recur|weekday|ord)\.\w+/.test(s),
      );
      expect(bad).toEqual([]);
    });
  }

  it('English says what it said before the checks became codes', async () => {
    const w = sampleWorkshop();
    w.targetBuyer.personas[0]!.title = '';
    w.commitment.agreements = {};
    w.commitment.participants.push(newParticipant({ name: '', team: 'sales' }));
    w.qualifiedLead.fit[2]!.value = 'fifty';
    w.qualifiedLead.fit[2]!.operator = 'gte';
    const pick = (step: Parameters<typeof stepGaps>[1], field: string) => stepGaps(w, step).find((g) => g.field.startsWith(field))!;
    expect(await say('en', [pick('targetBuyer', 'persona-'), pick('commitment', 'agreements'), pick('qualifiedLead', 'ql-fit-')])).toEqual([
      'Persona 1 (Data-driven Dana): job title is required.',
      'Agreement: Maya Chen, Diego Alvarez, Priya Nair, Tom Becker, Grace Okafor and an unnamed participant have not agreed to the statement yet.',
      'Fit criterion 3 (Company size): enter a number for “is at least”, e.g. 200 or 10m.',
    ]);
    expect(
      await say('en', [
        cadenceSentence(cadenceSummary(w.handOff.followUp)),
        describeRecurrence({ frequency: 'quarterly', firstDate: '2027-01-14' }),
      ]),
    ).toEqual(['6 attempts over 10 days', 'Every 3 months on the 2nd Thursday']);
  });

  it('in Chinese no message is left in English; the values people typed are kept', async () => {
    const said = await say('zh-CN', all);
    // The sample's own content (names of people, stages, metrics, meetings) is English: it stays as typed.
    const w0 = sampleWorkshop();
    const typed = [...w0.commitment.participants, ...w0.leadProcess.stages, ...w0.metrics.metrics]
      .map((x) => x.name)
      .concat(w0.feedback.meetings.map((m) => m.title));
    const own = (m: string) => [...typed].sort((a, b) => b.length - a.length).reduce((s, x) => (x ? s.split(x).join('') : s), m);
    const english = said.filter((m) =>
      /\b(?!SLA\b|MQL\b|SQL\b|IANA\b|CRM\b|SDR\b|BANT\b)[A-Za-z]{3,}\b/.test(own(m).replace(/Mars\/Olympus|Asia\/Shanghai|\d+m\b/g, '')),
    );
    expect(english).toEqual([]);
    const w = sampleWorkshop();
    w.commitment.agreements = {};
    const agreement = stepGaps(w, 'commitment').find((g) => g.field === 'agreements')!;
    expect((await say('zh-CN', [agreement]))[0]).toContain(w.commitment.participants[0]!.name);
  });

  it('numbers and lists are written the language’s way, plurals in its forms', async () => {
    const w = newWorkshop();
    w.qualifiedLead.mqlThreshold = 1200;
    const threshold = stepGaps(w, 'qualifiedLead').find((g) => g.code === 'threshold')!;
    expect((await say('pt-BR', [threshold]))[0]).toBe(
      'Limite de MQL: nenhum lead consegue chegar a 1.200 pontos com estes critérios (máximo 0).',
    );
    expect((await say('en', [threshold]))[0]).toContain('reach 1,200 points');
    const two = { code: 'agreement', values: { count: 2, names: ['Ana', 'Rui'] } } as const;
    const one = { code: 'agreement', values: { count: 1, names: ['Ana'] } } as const;
    expect(await say('pt-BR', [one, two])).toEqual([
      'Concordância: Ana ainda não concordou com a declaração.',
      'Concordância: Ana e Rui ainda não concordaram com a declaração.',
    ]);
  });

  it('a lead-process issue is worded inside the step gap that carries it', async () => {
    const w = sampleWorkshop();
    const mql = w.leadProcess.stages.find((s) => s.name === 'MQL')!;
    mql.conversionToNext = 150;
    const issue = validateLeadProcess(w.leadProcess).find((i) => i.rule === 'rateOutOfRange')!;
    expect(await say('pt-BR', [issueMessage(issue), stepGaps(w, 'leadProcess')[0]!])).toEqual([
      '“MQL”: a conversão esperada é 150%; ela precisa ser maior que 0% e no máximo 100%.',
      'Processo de leads: “MQL”: a conversão esperada é 150%; ela precisa ser maior que 0% e no máximo 100%.',
    ]);
  });
});
