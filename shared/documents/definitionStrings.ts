import type { Language } from '../workshop/schema';
import type { FitField, NegativeCriterion, Operator } from '../workshop/steps/qualifiedLead';
import type { MetricFrequency } from '../workshop/steps/metrics';
import type { Owner } from '../workshop/teams';

type Period = 'week' | 'month' | 'quarter' | 'year';

/**
 * The words of the SLA's "MQL definition" appendix and of its scoreboard table, per document
 * language. Criteria values (industries, titles, behaviours) stay in the words the room typed.
 */
export interface DefinitionStrings {
  title: string;
  intro: string;
  rule: (p: { threshold: string; minimumFit: string | null; minimumEngagement: string | null }) => string;
  heads: { fit: string; engagement: string; negative: string; sql: string };
  columns: { criterion: string; points: string; each: string; cap: string; veto: string; verifiedBy: string };
  field: Record<FitField, string>;
  operator: Record<Operator, string>;
  /** "between 200 and 5,000" */
  range: (min: string, max: string) => string;
  kind: Record<NegativeCriterion['kind'], string>;
  capPer: (cap: string, period: Period) => string;
  noCap: string;
  none: string;
  veto: string;
  decay: { none: string; halfLife: (days: string) => string; weeklySinceLast: (points: string) => string };
  verifiedBy: { sdr: string; sales: string };
  noSql: string;
  metricsTitle: string;
  metricsColumns: { metric: string; owner: string; target: string; source: string; frequency: string };
  owner: Record<Owner, string>;
  per: Record<Period, string>;
  frequency: Record<MetricFrequency, string>;
  measures: (position: number) => string;
  noTarget: string;
}

const en: DefinitionStrings = {
  title: 'Appendix — MQL definition',
  intro:
    'The lead-scoring model this agreement calls a marketing-qualified lead, in full. Changing any criterion, points, cap, decay or threshold changes this agreement and needs a new signed version.',
  rule: ({ threshold, minimumFit, minimumEngagement }) =>
    `A lead is an MQL when its score (fit plus engagement, minus negative points) reaches ${threshold} points` +
    `${minimumFit ? `, with at least ${minimumFit} points from fit` : ''}${minimumEngagement ? `${minimumFit ? ' and' : ', with at least'} ${minimumEngagement} from engagement` : ''}, and no disqualifying criterion matches.`,
  heads: {
    fit: 'Fit: who the lead is',
    engagement: 'Engagement: what the lead does',
    negative: 'Negative criteria and disqualifiers',
    sql: 'Sales-qualified: confirmed by a person',
  },
  columns: { criterion: 'Criterion', points: 'Points', each: 'Points each time', cap: 'Cap', veto: 'Veto', verifiedBy: 'Verified by' },
  field: {
    title: 'Title',
    seniority: 'Seniority',
    department: 'Department',
    industry: 'Industry',
    companySize: 'Company size (employees)',
    annualRevenue: 'Annual revenue',
    region: 'Region',
    country: 'Country',
    technology: 'Technology',
    emailDomain: 'E-mail domain',
  },
  operator: {
    word: 'has the word',
    contains: 'contains the text',
    startsWith: 'starts with',
    equals: 'is',
    oneOf: 'is one of',
    gte: 'is at least',
    lte: 'is at most',
    between: 'is between',
  },
  range: (min, max) => `${min} and ${max}`,
  kind: { competitor: 'Competitor', student: 'Student', freeEmailDomain: 'Free e-mail domain', custom: 'Custom' },
  capPer: (cap, period) => `${cap} per ${period}`,
  noCap: 'no cap',
  none: 'None yet.',
  veto: 'disqualifies',
  decay: {
    none: 'Decay: none; engagement points do not age.',
    halfLife: (days) => `Decay: each activity's points halve every ${days} days, counted from the day that activity happened.`,
    weeklySinceLast: (points) =>
      `Decay: engagement loses ${points} points for every full week since the lead's latest activity, never going below 0.`,
  },
  verifiedBy: { sdr: 'an SDR', sales: 'sales' },
  noSql: 'No SQL criteria agreed yet.',
  metricsTitle: 'Scoreboard',
  metricsColumns: { metric: 'Metric', owner: 'Owner', target: 'Target', source: 'Data source', frequency: 'Reported' },
  owner: { marketing: 'Marketing', sales: 'Sales', shared: 'Shared' },
  per: { week: 'per week', month: 'per month', quarter: 'per quarter', year: 'per year' },
  frequency: { daily: 'Daily', weekly: 'Weekly', monthly: 'Monthly', quarterly: 'Quarterly' },
  measures: (n) => `measures commitment ${n}`,
  noTarget: 'tracked, no target',
};

const ptBR: DefinitionStrings = {
  title: 'Anexo — Definição de MQL',
  intro:
    'O modelo de pontuação de leads que este acordo chama de lead qualificado por marketing, completo. Alterar qualquer critério, pontos, limite, decaimento ou limiar altera este acordo e exige uma nova versão assinada.',
  rule: ({ threshold, minimumFit, minimumEngagement }) =>
    `Um lead é MQL quando sua pontuação (perfil mais engajamento, menos pontos negativos) chega a ${threshold} pontos` +
    `${minimumFit ? `, com pelo menos ${minimumFit} pontos de perfil` : ''}${minimumEngagement ? `${minimumFit ? ' e' : ', com pelo menos'} ${minimumEngagement} de engajamento` : ''}, e nenhum critério desqualificador se aplica.`,
  heads: {
    fit: 'Perfil: quem é o lead',
    engagement: 'Engajamento: o que o lead faz',
    negative: 'Critérios negativos e desqualificadores',
    sql: 'Qualificado por vendas: confirmado por uma pessoa',
  },
  columns: { criterion: 'Critério', points: 'Pontos', each: 'Pontos por vez', cap: 'Limite', veto: 'Veto', verifiedBy: 'Verificado por' },
  field: {
    title: 'Cargo',
    seniority: 'Senioridade',
    department: 'Departamento',
    industry: 'Setor',
    companySize: 'Porte da empresa (funcionários)',
    annualRevenue: 'Receita anual',
    region: 'Região',
    country: 'País',
    technology: 'Tecnologia',
    emailDomain: 'Domínio do e-mail',
  },
  operator: {
    word: 'tem a palavra',
    contains: 'contém o texto',
    startsWith: 'começa com',
    equals: 'é',
    oneOf: 'é um de',
    gte: 'é pelo menos',
    lte: 'é no máximo',
    between: 'está entre',
  },
  range: (min, max) => `${min} e ${max}`,
  kind: { competitor: 'Concorrente', student: 'Estudante', freeEmailDomain: 'Domínio de e-mail gratuito', custom: 'Personalizado' },
  capPer: (cap, period) => `${cap} ${{ week: 'por semana', month: 'por mês', quarter: 'por trimestre', year: 'por ano' }[period]}`,
  noCap: 'sem limite',
  none: 'Nenhum ainda.',
  veto: 'desqualifica',
  decay: {
    none: 'Decaimento: nenhum; os pontos de engajamento não envelhecem.',
    halfLife: (days) =>
      `Decaimento: os pontos de cada atividade caem pela metade a cada ${days} dias, contados a partir do dia da atividade.`,
    weeklySinceLast: (points) =>
      `Decaimento: o engajamento perde ${points} pontos por semana completa desde a última atividade do lead, sem ficar abaixo de 0.`,
  },
  verifiedBy: { sdr: 'um SDR', sales: 'vendas' },
  noSql: 'Nenhum critério de SQL acordado ainda.',
  metricsTitle: 'Painel de indicadores',
  metricsColumns: { metric: 'Métrica', owner: 'Responsável', target: 'Meta', source: 'Fonte dos dados', frequency: 'Informado' },
  owner: { marketing: 'Marketing', sales: 'Vendas', shared: 'Compartilhado' },
  per: { week: 'por semana', month: 'por mês', quarter: 'por trimestre', year: 'por ano' },
  frequency: { daily: 'Diariamente', weekly: 'Semanalmente', monthly: 'Mensalmente', quarterly: 'Trimestralmente' },
  measures: (n) => `mede o compromisso ${n}`,
  noTarget: 'acompanhada, sem meta',
};

const es: DefinitionStrings = {
  title: 'Anexo — Definición de MQL',
  intro:
    'El modelo de puntuación de leads que este acuerdo llama lead cualificado por marketing, completo. Cambiar cualquier criterio, puntos, tope, caducidad o umbral cambia este acuerdo y requiere una nueva versión firmada.',
  rule: ({ threshold, minimumFit, minimumEngagement }) =>
    `Un lead es MQL cuando su puntuación (perfil más interacción, menos puntos negativos) llega a ${threshold} puntos` +
    `${minimumFit ? `, con al menos ${minimumFit} puntos de perfil` : ''}${minimumEngagement ? `${minimumFit ? ' y' : ', con al menos'} ${minimumEngagement} de interacción` : ''}, y ningún criterio descalificador se cumple.`,
  heads: {
    fit: 'Perfil: quién es el lead',
    engagement: 'Interacción: qué hace el lead',
    negative: 'Criterios negativos y descalificadores',
    sql: 'Cualificado por ventas: lo confirma una persona',
  },
  columns: { criterion: 'Criterio', points: 'Puntos', each: 'Puntos por vez', cap: 'Tope', veto: 'Veto', verifiedBy: 'Verificado por' },
  field: {
    title: 'Cargo',
    seniority: 'Nivel',
    department: 'Departamento',
    industry: 'Sector',
    companySize: 'Tamaño de empresa (empleados)',
    annualRevenue: 'Ingresos anuales',
    region: 'Región',
    country: 'País',
    technology: 'Tecnología',
    emailDomain: 'Dominio del e-mail',
  },
  operator: {
    word: 'tiene la palabra',
    contains: 'contiene el texto',
    startsWith: 'empieza por',
    equals: 'es',
    oneOf: 'es uno de',
    gte: 'es al menos',
    lte: 'es como máximo',
    between: 'está entre',
  },
  range: (min, max) => `${min} y ${max}`,
  kind: { competitor: 'Competidor', student: 'Estudiante', freeEmailDomain: 'Dominio de e-mail gratuito', custom: 'Personalizado' },
  capPer: (cap, period) => `${cap} ${{ week: 'por semana', month: 'por mes', quarter: 'por trimestre', year: 'por año' }[period]}`,
  noCap: 'sin tope',
  none: 'Ninguno todavía.',
  veto: 'descalifica',
  decay: {
    none: 'Caducidad: ninguna; los puntos de interacción no envejecen.',
    halfLife: (days) =>
      `Caducidad: los puntos de cada actividad se reducen a la mitad cada ${days} días, contados desde el día de esa actividad.`,
    weeklySinceLast: (points) =>
      `Caducidad: la interacción pierde ${points} puntos por cada semana completa desde la última actividad del lead, sin bajar de 0.`,
  },
  verifiedBy: { sdr: 'un SDR', sales: 'ventas' },
  noSql: 'Aún no se han acordado criterios de SQL.',
  metricsTitle: 'Cuadro de mando',
  metricsColumns: { metric: 'Métrica', owner: 'Responsable', target: 'Objetivo', source: 'Fuente de datos', frequency: 'Se informa' },
  owner: { marketing: 'Marketing', sales: 'Ventas', shared: 'Compartido' },
  per: { week: 'por semana', month: 'por mes', quarter: 'por trimestre', year: 'por año' },
  frequency: { daily: 'A diario', weekly: 'Semanal', monthly: 'Mensual', quarterly: 'Trimestral' },
  measures: (n) => `mide el compromiso ${n}`,
  noTarget: 'se sigue, sin objetivo',
};

const zhCN: DefinitionStrings = {
  title: '附录 — MQL 定义',
  intro: '本协议所称市场合格线索（MQL）的完整线索评分模型。修改任何标准、分值、上限、衰减或阈值即修改本协议，需要签署新版本。',
  rule: ({ threshold, minimumFit, minimumEngagement }) =>
    `当线索得分（匹配度 + 参与度 − 扣分）达到 ${threshold} 分` +
    `${minimumFit ? `，其中匹配度至少 ${minimumFit} 分` : ''}${minimumEngagement ? `${minimumFit ? '、' : '，其中'}参与度至少 ${minimumEngagement} 分` : ''}，且未命中任何否决标准时，即为 MQL。`,
  heads: { fit: '匹配度：线索是谁', engagement: '参与度：线索做了什么', negative: '扣分与否决标准', sql: '销售合格：由人工确认' },
  columns: { criterion: '标准', points: '分值', each: '每次分值', cap: '上限', veto: '否决', verifiedBy: '确认人' },
  field: {
    title: '职位',
    seniority: '职级',
    department: '部门',
    industry: '行业',
    companySize: '公司规模（员工数）',
    annualRevenue: '年营收',
    region: '区域',
    country: '国家',
    technology: '技术',
    emailDomain: '邮箱域名',
  },
  operator: {
    word: '包含词语',
    contains: '包含文字',
    startsWith: '开头为',
    equals: '为',
    oneOf: '为以下之一',
    gte: '至少为',
    lte: '至多为',
    between: '介于',
  },
  range: (min, max) => `${min} 至 ${max}`,
  kind: { competitor: '竞争对手', student: '学生', freeEmailDomain: '免费邮箱域名', custom: '自定义' },
  capPer: (cap, period) => `${{ week: '每周', month: '每月', quarter: '每季度', year: '每年' }[period]} ${cap} 分`,
  noCap: '无上限',
  none: '暂无。',
  veto: '否决',
  decay: {
    none: '衰减：无；参与度分数不会随时间减少。',
    halfLife: (days) => `衰减：每项活动的分数每 ${days} 天减半，从该活动发生之日起计算。`,
    weeklySinceLast: (points) => `衰减：自线索最近一次活动起，每满一周参与度减 ${points} 分，最低为 0。`,
  },
  verifiedBy: { sdr: 'SDR', sales: '销售' },
  noSql: '尚未约定 SQL 标准。',
  metricsTitle: '计分板',
  metricsColumns: { metric: '指标', owner: '负责方', target: '目标', source: '数据来源', frequency: '报告频率' },
  owner: { marketing: '市场部', sales: '销售部', shared: '双方共同' },
  per: { week: '每周', month: '每月', quarter: '每季度', year: '每年' },
  frequency: { daily: '每日', weekly: '每周', monthly: '每月', quarterly: '每季度' },
  measures: (n) => `衡量承诺 ${n}`,
  noTarget: '跟踪，无目标',
};

const TABLES: Record<Language, DefinitionStrings> = { en, 'pt-BR': ptBR, es, 'zh-CN': zhCN };

export const definitionStrings = (language: Language): DefinitionStrings => TABLES[language] ?? en;
