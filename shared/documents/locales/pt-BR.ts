import { eventsRange } from '../eventsRange';
import type { DateParts, SlaStrings } from '../strings';

const MONTHS = ['jan.', 'fev.', 'mar.', 'abr.', 'mai.', 'jun.', 'jul.', 'ago.', 'set.', 'out.', 'nov.', 'dez.'];
const pad2 = (n: number) => String(n).padStart(2, '0');
const date = (d: DateParts) => `${d.day} de ${MONTHS[d.month - 1] ?? '?'} de ${d.year}`;
const months = (n: number | null) => (n === null ? 'Não definido' : n === 1 ? '1 mês' : `${n} meses`);

/** The SLA document in Brazilian Portuguese. */
export const PT_BR: SlaStrings = {
  documentTitle: 'Acordo de Nível de Serviço',
  subtitle: (client) => `entre Marketing e Vendas da ${client}`,
  unnamedClient: 'a empresa cliente',
  meta: { version: 'Versão', effectiveDate: 'Início da vigência', term: 'Período piloto', generated: 'Gerado em' },
  notSet: 'Não definido',
  months,
  clauses: { parties: 'Partes', purpose: 'Objetivo', commitments: 'Compromissos', term: 'Vigência', signatures: 'Assinaturas' },
  partiesIntro: (client) =>
    `Este acordo é firmado entre a equipe de marketing e a equipe de vendas da ${client} ("as equipes"), representadas por:`,
  noSigners: 'Nenhum signatário foi escolhido ainda.',
  unknownParticipant: (id) => `Participante desconhecido (${id})`,
  purpose: (client) =>
    `As equipes concordam com os compromissos abaixo para que cada lead qualificado da ${client} seja entregue, acompanhado e contabilizado da mesma forma pelos dois lados. O acordo começa como um piloto limitado: poucos compromissos, medidos a cada período pelas mesmas definições e revisados em conjunto.`,
  commitmentsIntro: 'Cada equipe se compromete com o seguinte, medido no período indicado:',
  noCommitments: 'Nenhum compromisso foi registrado ainda.',
  table: {
    party: 'Parte',
    commitment: 'Compromisso',
    target: 'Meta',
    measure: 'Medida',
    period: 'Período',
    note: 'Observação',
    met: 'Cumprido a partir de',
    atRisk: 'Em risco a partir de',
  },
  termText: (effective, n, lastDay) =>
    `Este acordo ${effective ? `entra em vigor em ${effective}` : 'entra em vigor em data a definir'} por um período piloto ${n === null ? 'a definir' : `de ${months(n)}`}${lastDay ? `, terminando em ${lastDay}` : ''}. Durante a vigência, as equipes revisam juntas o cumprimento de cada compromisso; qualquer alteração é feita por escrito e assinada novamente pelas duas equipes.`,
  signaturesIntro: {
    draft: 'A ser assinado pelos representantes das equipes depois que esta versão for congelada:',
    ready: 'Congelado para assinatura; a ser assinado pelos representantes das equipes:',
    partiallySigned: 'Assinado em parte: aguardando as demais assinaturas dos representantes das equipes:',
    fullySigned: 'Assinado e referendado pelos representantes das equipes:',
  },
  signedOn: (when) => `Assinado em ${when}`,
  notYetSigned: 'Ainda não assinado',
  witnessNotSigned: 'Sem assinatura da testemunha (opcional)',
  otherVersion: (prefix) => `Esta assinatura foi dada a outra versão deste acordo (hash ${prefix}…) e não se aplica ao texto acima.`,
  hashLabel: 'Hash do conteúdo (SHA-256)',
  hashExplanation:
    'Este é o hash SHA-256 do conteúdo canônico desta versão do acordo (partes, cláusulas, compromissos, vigência e signatários) ao qual cada assinatura acima se aplica. Qualquer alteração produz um hash diferente.',
  footerVersion: (v) => `SLA v${v}`,
  pageOf: (page, total) => `Página ${page} de ${total}`,
  teams: { marketing: 'Marketing', sales: 'Vendas', sdr: 'SDR', operations: 'Operações', leadership: 'Liderança' },
  formatDate: date,
  formatDateTimeUtc: (d) => `${date(d)}, ${pad2(d.hour)}:${pad2(d.minute)} UTC`,
  draftNotice: (v) => `RASCUNHO da versão ${v}: ainda não congelada para assinatura. A impressão digital muda a cada edição.`,
  supersededNotice: (v, latest) => `A versão ${v} foi substituída: a versão ${latest} é a mais recente deste acordo.`,
  commitmentsTableTitle: 'Compromissos em resumo',
  capacity: { marketing: 'pelo Marketing', sales: 'por Vendas', witness: 'Testemunha executiva (opcional)' },
  consentGiven: (line) => `Consentimento: “${line}”`,
  appendixTitle: 'Anexo A — Como o volume de MQLs foi calculado',
  appendixIntro: (period) =>
    `O funil reverso, da meta de receita por ${period} até os leads qualificados por marketing necessários, arredondando para cima em cada etapa.`,
  funnelPeriod: { month: 'mês', quarter: 'trimestre', year: 'ano' },
  funnelInputs: {
    revenueGoal: 'Meta de receita',
    marketingShare: 'Parcela gerada pelo marketing',
    averageDealSize: 'Ticket médio',
    salesReps: 'Vendedores',
  },
  funnelStages: { deals: 'Negócios ganhos', opportunities: 'Oportunidades', sqls: 'SQLs', sals: 'SALs', mqls: 'MQLs' },
  funnelColumns: { stage: 'Etapa', rate: 'Taxa aplicada (etapa acima ÷ taxa)', perPeriod: 'Por período', perMonth: 'Por mês' },
  funnelYearly: {
    intro: (period) =>
      `O funil reverso, da meta de receita (definida por ${period}) até os leads qualificados por marketing necessários. A cadeia é calculada para um ano, arredondando para cima em cada etapa; o número de cada período mais curto é esse número anual dividido pelos períodos de um ano (4 trimestres, 12 meses, 52 semanas) e arredondado para cima uma única vez.`,
    columns: { perYear: 'Por ano', perQuarter: 'Por trimestre', perMonth: 'Por mês', perWeek: 'Por semana' },
    derivationTitle: 'Como o número de MQLs de cada período é obtido',
    derivation: ({ stage, per, yearly, n, exact, value }) =>
      `${stage} ${per}: ${yearly} ÷ ${n} = ${exact}; arredondado para cima: ${value}`,
    per: { quarter: 'por trimestre', month: 'por mês', week: 'por semana' },
  },
  auditTitle: 'Trilha de auditoria',
  auditIntro:
    'Todos os eventos da vida deste acordo, em ordem. Cada evento carrega o SHA-256 do evento anterior (uma cadeia de hashes), de modo que nenhum evento pode ser alterado, removido ou reordenado sem que se perceba.',
  auditColumns: { n: '#', event: 'Evento', when: 'Quando (UTC)', who: 'Por', detail: 'Detalhe', hash: 'Hash do evento' },
  auditEvents: { created: 'Criado', frozen: 'Congelado', signed: 'Assinado', exported: 'Exportado', amended: 'Aditado' },
  auditOk: (n) => `Cadeia de hashes verificada: ${n} evento${n === 1 ? '' : 's'}, todos os elos intactos.`,
  auditBroken: (problem) => `Cadeia de hashes QUEBRADA: ${problem}.`,
  sealedBy: (subject, fp) =>
    `Este PDF é selado por “${subject}”, impressão digital SHA-256 do certificado ${fp}. Compare-a com a que quem selou lhe informou; o Verificar do Accord e o “accord verify” conferem o selo e esta trilha.`,
  trailRecorded: (from, to, subject, fp) =>
    `${eventsRange(from, to, 'Evento', 'Eventos')} registrado${from === to ? '' : 's'} e selado${from === to ? '' : 's'} por “${subject}” (certificado ${fp}).`,
  trailAdopted: (from, to, subject, fp) =>
    `${eventsRange(from, to, 'Evento', 'Eventos')} registrado${from === to ? '' : 's'} antes de o Accord selar sua trilha de auditoria, atestado${from === to ? '' : 's'} por “${subject}” (certificado ${fp}) na atualização.`,
  trailUnsealed: (from, to) =>
    `${eventsRange(from, to, 'Evento', 'Eventos')} registrado${from === to ? '' : 's'} antes de o Accord selar sua trilha de auditoria; nenhuma chave ${from === to ? 'o' : 'os'} atesta.`,
  overrides: {
    title: 'Diferenças conhecidas aceitas na assinatura',
    intro: 'Quando esta versão foi congelada para assinatura, estes números não batiam; as equipes escolheram assinar com eles:',
    reason: (r) => `Motivo informado: “${r}”`,
    per: {
      week: (n) => `${n} por semana`,
      month: (n) => `${n} por mês`,
      quarter: (n) => `${n} por trimestre`,
      year: (n) => `${n} por ano`,
    },
    converted: (value, converted) => `${value} (≈ ${converted})`,
    commitment: (n) => `compromisso ${n}`,
    volumeMismatch: ({ a, aValue, b, bValue, converted }) =>
      `O compromisso ${a} (${aValue}) e o compromisso ${b} (${bValue}, ≈ ${converted}) não batem.`,
    metricTargetMismatch: ({ metric, metricValue, n, commitmentValue }) =>
      `A métrica “${metric}” do painel tem meta ${metricValue}, mas o compromisso ${n} diz ${commitmentValue}.`,
    metricLevelMismatch: ({ metric, metricValue, n, level }) =>
      `A métrica “${metric}” do painel tem meta ${metricValue} % dos leads, mas o compromisso ${n} é cumprido com ${level} % dos leads.`,
    calculatorMismatch: ({ n, value, calculated }) =>
      `O compromisso ${n} diz ${value}, mas o apêndice da calculadora deriva ${calculated}.`,
    calculatorOrphan:
      'O apêndice da calculadora está impresso, mas não resta nenhum compromisso de volume de MQL do marketing para ele dimensionar.',
    unmeasuredCommitment: ({ n, what }) => `Compromisso ${n} (${what}): nenhuma métrica do painel o mede.`,
  },
};
