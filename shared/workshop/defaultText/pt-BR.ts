import type { DefaultText } from './index';

const list = (items: string[]) => items.join('; ');
const PERIOD = { week: 'semana', month: 'mês', quarter: 'trimestre', year: 'ano' } as const;

export const ptBR: DefaultText = {
  commitment: {
    groundRules: [
      'Celulares de lado enquanto decidimos.',
      'Dados valem mais que opiniões; casos isolados são apresentados como tal.',
      'Discordamos na sala e, lá fora, defendemos o que foi decidido.',
    ],
    statement:
      'Marketing e vendas se comprometem a trabalhar como um único time de receita: concordamos sobre quem é o nosso comprador, o que é um lead qualificado, como os leads são repassados e acompanhados, e nos reunimos com regularidade para analisar os números e melhorar.',
  },
  leadProcess: {
    stage: {
      captured: 'Capturado',
      nurture: 'Nutrição',
      mql: 'MQL',
      sal: 'SAL',
      sql: 'SQL',
      opportunity: 'Oportunidade',
      won: 'Ganho',
      lost: 'Perdido',
    },
    entryCriteria: {
      captured: 'Dados de contato vindos de formulário, evento ou lista, com consentimento para contato.',
      nurture: 'Contato comercial válido que ainda não demonstra intenção de compra.',
      mql: 'Pontuação do lead igual ou acima do limite de MQL definido na etapa 5.',
      sal: 'Um SDR analisou o MQL e o aceitou dentro da janela de aceite.',
      sql: 'Qualificado em conversa: orçamento, autoridade, necessidade e prazo confirmados.',
      opportunity: 'Primeira reunião realizada e negócio criado no CRM com valor e data de fechamento.',
      won: 'Contrato assinado.',
      lost: 'Negócio encerrado como perdido, com o motivo registrado.',
    },
    recycleEdge: 'Reciclar: ainda não está pronto para comprar',
    feedbackEdge: 'Feedback sobre a qualidade dos leads',
  },
  scoring: {
    starterSeniorities: 'C-level, VP, Diretor',
    starterDepartments: 'Marketing, Vendas, Operações',
    studentTitles: 'Estudante, Estudante de pós-graduação, Doutorando, Estudante de MBA, Estudante de graduação, Estagiário',
    seniority: { cLevel: 'C-level', vp: 'VP', director: 'Diretor', manager: 'Gerente', individual: 'Colaborador individual' },
    engagement: {
      demo: 'Solicitou uma demonstração',
      pricing: 'Visitou a página de preços',
      webinar: 'Participou de um webinar',
      download: 'Baixou um conteúdo',
      emailClick: 'Clicou em um e-mail de marketing',
    },
    bant: {
      budget: { label: 'Orçamento', description: 'Há verba reservada, ou o comprador consegue aprová-la ainda este ano.' },
      authority: { label: 'Autoridade', description: 'Falamos com quem decide, ou essa pessoa participa da avaliação.' },
      need: { label: 'Necessidade', description: 'Um problema que resolvemos, confirmado nas palavras do próprio comprador.' },
      timing: { label: 'Prazo', description: 'O comprador pretende decidir nos próximos dois trimestres.' },
    },
  },
  definition: {
    mql: ({ threshold, thresholdCount, minimumFit, minimumEngagement, vetoes }) => {
      const rule = [`atinge pelo menos ${threshold} ponto${thresholdCount === 1 ? '' : 's'}`];
      if (minimumFit) rule.push(`com pelo menos ${minimumFit} de perfil`);
      if (minimumEngagement) rule.push(`${rule.length > 1 ? 'e' : 'com'} pelo menos ${minimumEngagement} de engajamento`);
      return `Um lead qualificado por marketing (MQL) é um lead que ${rule.join(', ')}${vetoes ? ' e não está desqualificado' : ''}. A pontuação é perfil mais engajamento, menos os pontos negativos.`;
    },
    fit: (items) => (items.length === 0 ? 'Perfil: ainda sem critérios de perfil.' : `Perfil (quem é o lead): ${list(items)}.`),
    fitItem: (condition, points) => `${condition} (+${points})`,
    engagement: (items, decay) =>
      items.length === 0
        ? `Engajamento: ainda sem critérios de engajamento.${decay}`
        : `Engajamento (o que o lead faz): ${list(items)}.${decay}`,
    engagementItem: (behaviour, points, cap) =>
      `${behaviour} (+${points} a cada vez${cap ? `, no máximo ${cap.cap} por ${PERIOD[cap.period]}` : ''})`,
    decayHalfLife: (days) => ` Os pontos de cada atividade caem pela metade a cada ${days} dias, contados do dia em que ela aconteceu.`,
    decayWeekly: (points, count) =>
      ` O engajamento perde ${points} ponto${count === 1 ? '' : 's'} a cada semana completa sem atividade, sem nunca ficar abaixo de 0.`,
    vetoes: (items) => `Os leads são desqualificados, qualquer que seja a pontuação, quando ${items.join('; ou quando ')}.`,
    penalties: (items) => `Pontos são subtraídos quando ${items.join('; quando ')}.`,
    penaltyItem: (condition, points) => `${condition} (−${points})`,
    kindNoun: { competitor: 'um concorrente', student: 'um estudante', freeEmailDomain: 'um e-mail gratuito' },
    sql: (items) => `Um lead qualificado por vendas (SQL) é um MQL para o qual tudo isto foi confirmado: ${list(items)}.`,
    sqlItem: (label, description, by) =>
      `${label}${description ? ` — ${description}` : ''} (${by === 'sdr' ? 'verificado por um SDR' : 'verificado por vendas'})`,
    employees: 'funcionários',
    lowerFirst: true,
  },
  handOff: {
    triggerConditions: [
      'Usa um e-mail corporativo (não de um provedor gratuito)',
      'A empresa fica em uma região atendida por um time de vendas',
      'Não é cliente atual nem tem oportunidade em aberto',
    ],
    rejectionReasons: [
      'Perfil de empresa inadequado (fora do perfil de cliente ideal)',
      'Contato errado (sem autoridade nem influência)',
      'Sem necessidade ou orçamento',
      'Duplicado, já é cliente ou tem oportunidade em aberto',
      'Dados de contato errados ou incompletos',
      'Concorrente, estudante ou candidato a emprego',
    ],
    recycleReasons: [
      'Sem resposta após toda a cadência de follow-up',
      'Tem interesse, mas não vai comprar nos próximos 6 meses',
      'Sem orçamento neste ano fiscal',
      'O contato saiu da empresa',
    ],
  },
  metrics: {
    noun: { mql: 'MQLs', sal: 'SALs', sql: 'SQLs', opportunity: 'oportunidades', deals: 'negócios', leads: 'leads' },
    stageVolume: (stage) => `Volume em ${stage}`,
    perPeriod: (noun, period) => `${noun} / ${PERIOD[period]}`,
    unnamedStage: 'Etapa sem nome',
    mqlToSqlRate: 'Taxa MQL → SQL',
    acceptanceRate: 'Taxa de aceite (MQLs aceitos por vendas)',
    velocity: 'Velocidade (dias da captura ao ganho)',
    winRate: 'Taxa de conversão em vendas',
    revenue: 'Receita (negócios ganhos)',
    timeToFirstTouch: 'Tempo até o primeiro contato',
    followUpCompletion: (attempts, withinDays) =>
      `Leads com ${attempts === null ? 'todas as tentativas combinadas' : `todas as ${attempts} tentativas`}${withinDays ? ` em até ${withinDays} dias` : ''}`,
    dispositionInTime: (days) => `Leads com desfecho registrado em até ${days ?? 'o número combinado de'} dias`,
    qualifyBy: (action, by) => {
      const verb = action === 'accept' ? 'aceitos' : action === 'contact' ? 'contatados' : 'qualificados';
      const when = 'day' in by ? `até ${by.day}` : `em até ${by.hours === null ? 'o prazo combinado' : `${by.hours} horas`}`;
      return `MQLs entregues ${verb} ${when}`;
    },
    weekday: {
      monday: 'segunda-feira',
      tuesday: 'terça-feira',
      wednesday: 'quarta-feira',
      thursday: 'quinta-feira',
      friday: 'sexta-feira',
      saturday: 'sábado',
      sunday: 'domingo',
    },
    unit: {
      percentLeads: '% dos leads',
      percentMqls: '% dos MQLs',
      percentAccepted: '% aceitos',
      hours: 'horas',
      days: 'dias',
      currency: 'moeda',
    },
    source: { crm: 'CRM', marketingAutomation: 'Automação de marketing' },
  },
  compliance: {
    weekOf: (iso) => `Semana de ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`,
    months: ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
    month: (name, year) => `${name}/${year}`,
    quarter: (q, year) => `${q}º tri ${year}`,
  },
  meetings: {
    title: {
      weeklyTriage: 'Triagem semanal',
      monthlyOptimisation: 'Otimização mensal',
      quarterlyReview: 'Revisão trimestral das definições',
      content: 'Reunião de conteúdo',
    },
    triage: { weekly: 'Triagem semanal', biweekly: 'Triagem quinzenal', monthly: 'Triagem mensal', quarterly: 'Triagem trimestral' },
    agenda: {
      weeklyTriage: [
        'Qualidade dos leads: MQLs rejeitados e os motivos',
        'Cumprimento do SLA: primeiro contato, tentativas, desfecho',
        'Leads parados ou atrasados',
        'Ações e responsáveis',
      ],
      monthlyOptimisation: [
        'Conversão por etapa em relação à meta',
        'Mudanças de pontuação e roteamento a testar',
        'Resultados de campanhas e canais',
        'Decisões e experimentos para o próximo mês',
      ],
      quarterlyReview: [
        'Perfil de cliente ideal e personas',
        'Definição de lead qualificado e limite de MQL',
        'Metas do SLA: manter ou alterar',
        'Métricas e ferramentas',
      ],
      content: [
        'Feedback de vendas sobre os conteúdos existentes',
        'Novos pedidos de conteúdo vindos de vendas',
        'Quais conteúdos ajudaram a fechar negócios',
        'Plano de conteúdo do próximo mês',
      ],
    },
  },
};
