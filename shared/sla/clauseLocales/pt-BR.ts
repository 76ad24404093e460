import type { ClauseStrings } from '../clauseStrings';
import { bullets, sentenceAfter } from './text';

const list = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} e ${items[items.length - 1]!}`);
const numbered = (rows: string[]) => rows.map((r, i) => `(${i + 1}) ${r.replace(/\.$/, '')}.`).join('\n');
const FREQUENCY = { daily: 'diariamente', weekly: 'semanalmente', monthly: 'mensalmente', quarterly: 'trimestralmente' } as const;
const lower = (s: string) => s.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase());

/** The SLA clauses in Brazilian Portuguese. */
export const PT_BR_CLAUSES: ClauseStrings = {
  title: {
    parties: 'Partes',
    purpose: 'Objetivo',
    definitions: 'Definições',
    marketingCommitments: 'Compromissos do marketing',
    salesCommitments: 'Compromissos de vendas',
    handOff: 'Repasse e reciclagem',
    metrics: 'Métricas e relatórios',
    review: 'Revisão e escalonamento',
    term: 'Vigência',
    amendments: 'Aditivos',
  },
  list,
  parties: ({ client, marketing, sales, witness }) =>
    [
      `Este acordo de nível de serviço é firmado entre a equipe de marketing e a equipe de vendas da ${client}.`,
      marketing.length > 0 ? `O marketing é representado por ${list(marketing)}.` : 'O marketing ainda não tem representante.',
      sales.length > 0 ? `Vendas é representada por ${list(sales)}.` : 'Vendas ainda não tem representante.',
      witness
        ? `${witness} figura como testemunha executiva; a assinatura da testemunha é opcional, e o acordo entra em vigor com as assinaturas do marketing e de vendas.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  purpose: ({ client, goal, statement }) =>
    `${statement ? `As duas equipes abrem este acordo com o compromisso que assumiram juntas no workshop: “${statement}”\n` : ''}Marketing e vendas da ${client} concordam sobre o que é um lead qualificado, como os leads são repassados e acompanhados e como as duas equipes revisam juntas os resultados${goal ? `, a fim de alcançar a meta “${goal}”` : ''}. As equipes continuam separadas; este acordo as alinha por meio de definições comuns, compromissos escritos e revisões regulares.`,
  definitions: ({ threshold, minimumFit, minimumEngagement, sal, acceptanceHours, sqlCriteria, sqlStage }) =>
    [
      `MQL (lead qualificado por marketing): um lead que soma pelo menos ${threshold} pontos no modelo de pontuação do passo 5${minimumFit ? `, com pelo menos ${minimumFit} de perfil` : ''}, e não foi desqualificado. A pontuação é perfil mais engajamento, menos pontos negativos.`,
      `Limite de pontuação: ${threshold} pontos${minimumFit ? `, com pelo menos ${minimumFit} pontos de perfil` : ''}${minimumEngagement ? `${minimumFit ? ' e' : ', com pelo menos'} ${minimumEngagement} de engajamento` : ''}. Cada critério, seus pontos, limites e decaimento constam do anexo da definição de MQL, que faz parte deste acordo.`,
      `SAL (lead aceito por vendas): um MQL que vendas aceitou${acceptanceHours ? ` em até ${acceptanceHours} horas após recebê-lo` : ''}${sal ? ` — ${lower(sal)}` : ''}.`,
      `SQL (lead qualificado por vendas): ${sqlCriteria.length > 0 ? `um lead aceito para o qual ${list(sqlCriteria)} estão confirmados.` : (sqlStage ?? 'um lead aceito que vendas qualificou como oportunidade real de compra.')}`,
    ].join('\n'),
  marketingCommitments: (rows) =>
    rows.length === 0 ? 'O marketing ainda não tem compromissos.' : `O marketing assume os seguintes compromissos:\n${numbered(rows)}`,
  salesCommitments: ({ rows, rejectionReasons }) =>
    [
      rows.length === 0 ? 'Vendas ainda não tem compromissos.' : `Vendas assume os seguintes compromissos:\n${numbered(rows)}`,
      rejectionReasons.length > 0
        ? `Vendas dá retorno ao marketing sobre cada lead rejeitado, com um dos motivos acordados:\n${bullets(rejectionReasons)}`
        : 'Vendas dá retorno ao marketing sobre cada lead rejeitado, com o motivo.',
    ].join('\n'),
  handOff: ({ threshold, conditions, routing, routingDetail, travelsWith, cadence, recycleReasons, reentryRule }) =>
    [
      conditions.length > 0
        ? `Um lead é repassado a vendas quando atinge ${threshold} pontos e cumpre ${conditions.length === 1 ? 'esta condição' : 'cada uma destas condições'}:\n${bullets(conditions)}`
        : `Um lead é repassado a vendas quando atinge ${threshold} pontos.`,
      [
        `É distribuído por ${routing}${routingDetail ? `: ${routingDetail.replace(/\.$/, '')}` : ''}.`,
        travelsWith.length > 0 ? `Vendas o recebe junto com ${list(travelsWith)}.` : '',
        cadence
          ? `Vendas faz o acompanhamento com ${cadence.attempts} tentativa${cadence.attempts === 1 ? '' : 's'} em ${cadence.days} dia${cadence.days === 1 ? '' : 's'}.`
          : '',
      ]
        .filter(Boolean)
        .join(' '),
      recycleReasons.length > 0 ? `Um lead volta para nutrição, com o motivo registrado, quando:\n${bullets(recycleReasons)}` : '',
      reentryRule ? `Como um lead reciclado volta a vendas, nas palavras das próprias equipes: “${reentryRule.replace(/\.$/, '')}.”` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  metrics: (rows) =>
    rows.length === 0
      ? 'As duas equipes acompanham os compromissos acima num painel comum.'
      : `As duas equipes acompanham num painel comum:\n${numbered(rows.map((m) => `${m.name}${m.target ? `, meta ${m.target}` : ''}${m.source ? `, fonte ${m.source}` : ''}, informado ${FREQUENCY[m.frequency]}`))}`,
  metricsTable: (n) =>
    `As duas equipes acompanham um painel comum de ${n} métricas, cada uma com seu responsável, meta, fonte e frequência de relatório, conforme a tabela do painel abaixo.`,
  perPeriod: { week: 'por semana', month: 'por mês', quarter: 'por trimestre', year: 'por ano' },
  review: ({ cadence, escalation }) =>
    `Marketing e vendas revisam juntos o cumprimento deste acordo ${cadence}. ${escalation ? `Um compromisso não cumprido por dois períodos seguidos é escalado para: ${escalation.replace(/\.$/, '')}.` : 'Um compromisso não cumprido por dois períodos seguidos é escalado para o patrocinador executivo.'}`,
  term: ({ effectiveDate, months, lastDay }) =>
    `Este acordo entra em vigor em ${effectiveDate ?? 'data a definir'}${months ? ` por um período piloto de ${months} ${months === 1 ? 'mês' : 'meses'}` : ''}${lastDay ? `, até ${lastDay}` : ''}; ao final, as equipes o revisam e decidem renová-lo, alterá-lo ou encerrá-lo.`,
  metricKind: {
    stageVolume: 'Volume em uma etapa',
    stageConversion: 'Conversão para a próxima etapa',
    mqlToSqlRate: 'Taxa MQL → SQL',
    acceptanceRate: 'Taxa de aceite',
    timeToFirstTouch: 'Tempo até o primeiro contato',
    followUpCompletion: 'Follow-ups concluídos',
    dispositionInTime: 'Desfecho no prazo',
    velocity: 'Velocidade (dias no funil)',
    pipelineValue: 'Valor do pipeline',
    winRate: 'Taxa de conversão em vendas',
    revenue: 'Receita',
    custom: 'Métrica personalizada',
  },
  amendments:
    'Qualquer alteração após a assinatura é feita como uma nova versão deste acordo, listando o que mudou, e assinada novamente pelas duas equipes. As versões anteriores ficam registradas com suas assinaturas e impressões digitais.',
  routing: { roundRobin: 'rodízio', territory: 'território', accountOwner: 'dono da conta', namedQueue: 'fila nomeada' },
  travelsWith: {
    activityHistory: 'o histórico de atividades',
    contentConsumed: 'os conteúdos consumidos',
    scoreBreakdown: 'o detalhamento da pontuação',
    personaMatch: 'a persona correspondente',
  },
  cadence: { weekly: 'toda semana', biweekly: 'a cada duas semanas', monthly: 'todo mês', quarterly: 'a cada trimestre' },
  consentLine: 'Li este acordo de nível de serviço e o assino em nome da minha equipe.',
  unnamedParticipant: 'um participante sem nome',
  unnamedClient: 'a empresa cliente',
  person: (name, role) => (role ? `${name} (${role})` : name),
  withNote: (row, note) => sentenceAfter(row, note),
};
