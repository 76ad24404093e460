import type { Language } from '../workshop/schema';
import type { LegacyRhythm, Period, ResponseAction, Weekday } from '../workshop/steps/sla';

/**
 * The words of an SLA commitment row in each document language, so that a Chinese workshop's
 * PDF says its commitments in Chinese. Numbers arrive already formatted for the language ('…'
 * when unset). Rows of versions signed before compliance levels existed are worded by `legacy`,
 * exactly as they were signed.
 */
type Report = NonNullable<LegacyRhythm['response']>['report'];

/** What a row's sentence is made of. `all`: the level is 100 %, i.e. every lead. */
export interface RowParts {
  n: string;
  d: string;
  level: string;
  all: boolean;
  /** "each month", "each week". */
  each: string;
  /** "per month", or "every Monday" for a weekly delivery. */
  per: string;
  action: ResponseAction;
  /** The weekday (word and key) by which a qualifyBy is due, and the linked delivery's day if known. */
  day: string;
  dayKey: Weekday;
  delivered: string | null;
  deliveredKey: Weekday | null;
}

interface KindWords {
  what: (p: RowParts) => string;
  target: (p: RowParts) => string;
  measure: (p: RowParts) => string;
}

export interface CommitmentWords {
  party: { marketing: string; sales: string };
  perPeriod: Record<Period, string>;
  eachPeriod: Record<Period, string>;
  every: (day: string) => string;
  weekday: Record<Weekday, string>;
  /**
   * Appended to a row: the at-risk band with both ends named, and the point below which the period
   * is missed (`r` the at-risk point, `l` the share of MQLs that meets the row).
   */
  band: { ofTarget: (r: string) => string; ofLeads: (r: string, l: string) => string };
  /** The table's "met at" and "at risk from" cells. */
  metCell: { ofTarget: string; ofLeads: (l: string) => string };
  atRiskCell: { ofTarget: (r: string) => string; ofLeads: (r: string) => string };
  /** A note for a schemaVersion 4 rhythm that reported the acceptance rate (the migration keeps it). */
  reportsAcceptanceRate: string;
  rows: {
    mqlVolume: KindWords;
    leadQuality: KindWords;
    firstTouch: KindWords;
    followUpAttempts: KindWords;
    disposition: KindWords;
    qualifyByDay: KindWords;
    qualifyWithin: KindWords;
    mqlToSqlRate: KindWords;
  };
  /** Rows as versions signed under schemaVersion 4 and earlier word them. */
  legacy: {
    response: (p: { other: 'marketing' | 'sales'; action: ResponseAction; by: string; report: Report }) => string;
    mqlVolume: { what: (n: string, period: string) => string; target: (n: string) => string; measure: string };
    leadQuality: { what: (n: string) => string; target: (n: string) => string; measure: string };
    firstTouch: { what: (n: string) => string; target: (n: string) => string; measure: string };
    followUpAttempts: { what: (n: string, d: string) => string; target: (n: string, d: string) => string; measure: string };
    disposition: { what: (n: string) => string; target: (n: string) => string; measure: string };
  };
}

const enVerb: Record<ResponseAction, string> = { qualify: 'Qualify', accept: 'Accept or reject', contact: 'Contact' };
const enDone: Record<ResponseAction, string> = { qualify: 'qualified', accept: 'accepted or rejected', contact: 'contacted' };
const enShare = (p: RowParts) => (p.all ? `on every MQL ${p.each}` : `for at least ${p.level} % of MQLs ${p.each}`);

const en: CommitmentWords = {
  party: { marketing: 'Marketing', sales: 'Sales' },
  perPeriod: { week: 'per week', month: 'per month', quarter: 'per quarter', year: 'per year' },
  eachPeriod: { week: 'each week', month: 'each month', quarter: 'each quarter', year: 'each year' },
  every: (day) => `every ${day}`,
  weekday: {
    monday: 'Monday',
    tuesday: 'Tuesday',
    wednesday: 'Wednesday',
    thursday: 'Thursday',
    friday: 'Friday',
    saturday: 'Saturday',
    sunday: 'Sunday',
  },
  band: {
    ofTarget: (r) => `; at risk between ${r} % and 100 % of target; missed below ${r} %`,
    ofLeads: (r, l) => `; at risk between ${r} % and ${l} % of MQLs; missed below ${r} %`,
  },
  metCell: { ofTarget: '100 % of target', ofLeads: (l) => `${l} % of MQLs in time` },
  atRiskCell: { ofTarget: (r) => `${r} % of target`, ofLeads: (r) => `${r} % of MQLs` },
  reportsAcceptanceRate: 'Sales also reports the acceptance rate.',
  rows: {
    mqlVolume: {
      what: (p) => `Deliver ${p.n} marketing-qualified leads ${p.per}`,
      target: (p) => `${p.n} MQLs`,
      measure: () => 'MQLs delivered to sales',
    },
    leadQuality: {
      what: (p) => `At least ${p.n} % of delivered MQLs accepted by sales ${p.each}`,
      target: (p) => `≥ ${p.n} %`,
      measure: () => 'accepted ÷ delivered',
    },
    firstTouch: {
      what: (p) => `First touch within ${p.n} hours ${enShare(p)}`,
      target: (p) => `≤ ${p.n} hours`,
      measure: () => 'MQLs touched in time ÷ MQLs received',
    },
    followUpAttempts: {
      what: (p) => `${p.n} contact attempts within ${p.d} days ${enShare(p)}`,
      target: (p) => `${p.n} attempts / ${p.d} days`,
      measure: () => 'MQLs with all attempts in time ÷ MQLs received',
    },
    disposition: {
      what: (p) => `Disposition (accept, reject with reason, or recycle) within ${p.n} days ${enShare(p)}`,
      target: (p) => `≤ ${p.n} days`,
      measure: () => 'MQLs dispositioned in time ÷ MQLs received',
    },
    qualifyByDay: {
      what: (p) =>
        `${enVerb[p.action]} each MQL delivered${p.delivered ? ` on ${p.delivered}` : ''} by ${p.day} of the delivery week ${enShare(p)}`,
      target: (p) => `by ${p.day}`,
      measure: (p) => `MQLs ${enDone[p.action]} in time ÷ MQLs delivered`,
    },
    qualifyWithin: {
      what: (p) => `${enVerb[p.action]} each delivered MQL within ${p.n} hours ${enShare(p)}`,
      target: (p) => `≤ ${p.n} hours`,
      measure: (p) => `MQLs ${enDone[p.action]} in time ÷ MQLs delivered`,
    },
    mqlToSqlRate: {
      what: (p) => `Convert at least ${p.n} % of delivered MQLs into SQLs ${p.each}`,
      target: (p) => `≥ ${p.n} %`,
      measure: () => 'SQLs ÷ MQLs delivered',
    },
  },
  legacy: {
    response: ({ other, action, by, report }) =>
      `; ${other} ${{ qualify: 'qualifies', accept: 'accepts or rejects', contact: 'contacts' }[action]} them by ${by}${report === 'none' ? '' : ` and reports ${{ mqlToSqlRate: 'the MQL→SQL rate', acceptanceRate: 'the acceptance rate' }[report]}`}`,
    mqlVolume: {
      what: (n, p) => `Deliver ${n} marketing-qualified leads ${p}`,
      target: (n) => `${n} MQLs`,
      measure: 'MQLs delivered to sales',
    },
    leadQuality: {
      what: (n) => `At least ${n} % of delivered MQLs accepted by sales`,
      target: (n) => `≥ ${n} %`,
      measure: 'accepted ÷ delivered',
    },
    firstTouch: {
      what: (n) => `First touch on every MQL within ${n} hours`,
      target: (n) => `≤ ${n} hours`,
      measure: 'leads touched in time ÷ leads received',
    },
    followUpAttempts: {
      what: (n, d) => `${n} contact attempts within ${d} days`,
      target: (n, d) => `${n} attempts / ${d} days`,
      measure: 'leads with all attempts ÷ leads received',
    },
    disposition: {
      what: (n) => `Disposition (accept, reject with reason, or recycle) within ${n} days`,
      target: (n) => `≤ ${n} days`,
      measure: 'leads dispositioned in time ÷ leads received',
    },
  },
};

const zhVerb: Record<ResponseAction, string> = { qualify: '完成资格审核', accept: '决定接受或退回', contact: '完成联系' };
const zhShare = (p: RowParts) => (p.all ? `${p.each}每条 MQL 均` : `${p.each}至少 ${p.level}% 的 MQL `);

const zh: CommitmentWords = {
  party: { marketing: '市场', sales: '销售' },
  perPeriod: { week: '每周', month: '每月', quarter: '每季度', year: '每年' },
  eachPeriod: { week: '每周', month: '每月', quarter: '每季度', year: '每年' },
  every: (day) => `每${day}`,
  weekday: { monday: '周一', tuesday: '周二', wednesday: '周三', thursday: '周四', friday: '周五', saturday: '周六', sunday: '周日' },
  band: {
    ofTarget: (r) => `；达到目标的 ${r}% 至 100% 之间为有风险，低于 ${r}% 为未达成`,
    ofLeads: (r, l) => `；${r}% 至 ${l}% 的 MQL 之间为有风险，低于 ${r}% 为未达成`,
  },
  metCell: { ofTarget: '目标的 100%', ofLeads: (l) => `${l}% 的 MQL 按时` },
  atRiskCell: { ofTarget: (r) => `目标的 ${r}%`, ofLeads: (r) => `${r}% 的 MQL` },
  reportsAcceptanceRate: '销售部同时报告接受率。',
  rows: {
    mqlVolume: {
      what: (p) => `${p.per}交付 ${p.n} 条市场合格线索（MQL）`,
      target: (p) => `${p.n} 条 MQL`,
      measure: () => '交付给销售的 MQL 数',
    },
    leadQuality: {
      what: (p) => `${p.each}交付的 MQL 中至少 ${p.n}% 被销售接受`,
      target: (p) => `≥ ${p.n}%`,
      measure: () => '接受数 ÷ 交付数',
    },
    firstTouch: {
      what: (p) => `${zhShare(p)}在 ${p.n} 小时内完成首次联系`,
      target: (p) => `≤ ${p.n} 小时`,
      measure: () => '按时联系的 MQL ÷ 收到的 MQL',
    },
    followUpAttempts: {
      what: (p) => `${zhShare(p)}在 ${p.d} 天内进行 ${p.n} 次联系尝试`,
      target: (p) => `${p.n} 次 / ${p.d} 天`,
      measure: () => '按时完成全部尝试的 MQL ÷ 收到的 MQL',
    },
    disposition: {
      what: (p) => `${zhShare(p)}在 ${p.n} 天内给出处置结论（接受、注明原因退回或转回培育）`,
      target: (p) => `≤ ${p.n} 天`,
      measure: () => '按时处置的 MQL ÷ 收到的 MQL',
    },
    qualifyByDay: {
      what: (p) => `${p.delivered ? `${p.delivered}交付的 MQL：` : '交付的 MQL：'}${zhShare(p)}于交付当周${p.day}前${zhVerb[p.action]}`,
      target: (p) => `${p.day}前`,
      measure: (p) => `按时${zhVerb[p.action]}的 MQL ÷ 交付的 MQL`,
    },
    qualifyWithin: {
      what: (p) => `交付的 MQL：${zhShare(p)}在 ${p.n} 小时内${zhVerb[p.action]}`,
      target: (p) => `≤ ${p.n} 小时`,
      measure: (p) => `按时${zhVerb[p.action]}的 MQL ÷ 交付的 MQL`,
    },
    mqlToSqlRate: {
      what: (p) => `${p.each}交付的 MQL 中至少 ${p.n}% 转化为 SQL`,
      target: (p) => `≥ ${p.n}%`,
      measure: () => 'SQL ÷ 交付的 MQL',
    },
  },
  legacy: {
    response: ({ other, action, by, report }) =>
      `；${other === 'sales' ? '销售部' : '市场部'}于${by}前${{ qualify: '完成资格审核', accept: '决定接受或退回', contact: '完成联系' }[action]}${report === 'none' ? '' : `并报告${{ mqlToSqlRate: ' MQL→SQL 转化率', acceptanceRate: '接受率' }[report]}`}`,
    mqlVolume: { what: (n, p) => `${p}交付 ${n} 条市场合格线索（MQL）`, target: (n) => `${n} 条 MQL`, measure: '交付给销售的 MQL 数' },
    leadQuality: { what: (n) => `交付的 MQL 中至少 ${n}% 被销售接受`, target: (n) => `≥ ${n}%`, measure: '接受数 ÷ 交付数' },
    firstTouch: {
      what: (n) => `每条 MQL 在 ${n} 小时内完成首次联系`,
      target: (n) => `≤ ${n} 小时`,
      measure: '按时联系的线索 ÷ 收到的线索',
    },
    followUpAttempts: {
      what: (n, d) => `${d} 天内进行 ${n} 次联系尝试`,
      target: (n, d) => `${n} 次 / ${d} 天`,
      measure: '完成全部尝试的线索 ÷ 收到的线索',
    },
    disposition: {
      what: (n) => `${n} 天内给出处置结论（接受、注明原因退回或转回培育）`,
      target: (n) => `≤ ${n} 天`,
      measure: '按时处置的线索 ÷ 收到的线索',
    },
  },
};

const ptVerb: Record<ResponseAction, string> = { qualify: 'Qualificar', accept: 'Aceitar ou rejeitar', contact: 'Contatar' };
const ptDone: Record<ResponseAction, string> = { qualify: 'qualificados', accept: 'aceitos ou rejeitados', contact: 'contatados' };
const ptShare = (p: RowParts) => (p.all ? `para todo MQL ${p.each}` : `para pelo menos ${p.level} % dos MQLs ${p.each}`);
/** Monday to Friday are feminine in Portuguese (a segunda-feira), Saturday and Sunday masculine. */
const ptWeekend = (d: Weekday) => d === 'saturday' || d === 'sunday';

const pt: CommitmentWords = {
  party: { marketing: 'Marketing', sales: 'Vendas' },
  perPeriod: { week: 'por semana', month: 'por mês', quarter: 'por trimestre', year: 'por ano' },
  eachPeriod: { week: 'a cada semana', month: 'a cada mês', quarter: 'a cada trimestre', year: 'a cada ano' },
  every: (day) => `toda ${day}`,
  weekday: {
    monday: 'segunda-feira',
    tuesday: 'terça-feira',
    wednesday: 'quarta-feira',
    thursday: 'quinta-feira',
    friday: 'sexta-feira',
    saturday: 'sábado',
    sunday: 'domingo',
  },
  band: {
    ofTarget: (r) => `; em risco entre ${r} % e 100 % da meta; não cumprido abaixo de ${r} %`,
    ofLeads: (r, l) => `; em risco entre ${r} % e ${l} % dos MQLs; não cumprido abaixo de ${r} %`,
  },
  metCell: { ofTarget: '100 % da meta', ofLeads: (l) => `${l} % dos MQLs no prazo` },
  atRiskCell: { ofTarget: (r) => `${r} % da meta`, ofLeads: (r) => `${r} % dos MQLs` },
  reportsAcceptanceRate: 'Vendas também informa a taxa de aceitação.',
  rows: {
    mqlVolume: {
      what: (p) => `Entregar ${p.n} leads qualificados por marketing ${p.per}`,
      target: (p) => `${p.n} MQLs`,
      measure: () => 'MQLs entregues a vendas',
    },
    leadQuality: {
      what: (p) => `Pelo menos ${p.n} % dos MQLs entregues aceitos por vendas ${p.each}`,
      target: (p) => `≥ ${p.n} %`,
      measure: () => 'aceitos ÷ entregues',
    },
    firstTouch: {
      what: (p) => `Primeiro contato em até ${p.n} horas ${ptShare(p)}`,
      target: (p) => `≤ ${p.n} horas`,
      measure: () => 'MQLs contatados no prazo ÷ MQLs recebidos',
    },
    followUpAttempts: {
      what: (p) => `${p.n} tentativas de contato em até ${p.d} dias ${ptShare(p)}`,
      target: (p) => `${p.n} tentativas / ${p.d} dias`,
      measure: () => 'MQLs com todas as tentativas no prazo ÷ MQLs recebidos',
    },
    disposition: {
      what: (p) => `Decisão (aceitar, rejeitar com motivo ou reciclar) em até ${p.n} dias ${ptShare(p)}`,
      target: (p) => `≤ ${p.n} dias`,
      measure: () => 'MQLs decididos no prazo ÷ MQLs recebidos',
    },
    qualifyByDay: {
      what: (p) =>
        `${ptVerb[p.action]} cada MQL entregue${p.delivered && p.deliveredKey ? ` ${ptWeekend(p.deliveredKey) ? 'no' : 'na'} ${p.delivered}` : ''} até ${ptWeekend(p.dayKey) ? 'o' : 'a'} ${p.day} da semana de entrega ${ptShare(p)}`,
      target: (p) => `até ${ptWeekend(p.dayKey) ? 'o' : 'a'} ${p.day}`,
      measure: (p) => `MQLs ${ptDone[p.action]} no prazo ÷ MQLs entregues`,
    },
    qualifyWithin: {
      what: (p) => `${ptVerb[p.action]} cada MQL entregue em até ${p.n} horas ${ptShare(p)}`,
      target: (p) => `≤ ${p.n} horas`,
      measure: (p) => `MQLs ${ptDone[p.action]} no prazo ÷ MQLs entregues`,
    },
    mqlToSqlRate: {
      what: (p) => `Converter pelo menos ${p.n} % dos MQLs entregues em SQLs ${p.each}`,
      target: (p) => `≥ ${p.n} %`,
      measure: () => 'SQLs ÷ MQLs entregues',
    },
  },
  legacy: {
    response: ({ other, action, by, report }) =>
      `; ${other === 'sales' ? 'vendas' : 'marketing'} ${{ qualify: 'os qualifica', accept: 'os aceita ou rejeita', contact: 'os contata' }[action]} até ${by}${report === 'none' ? '' : ` e informa ${{ mqlToSqlRate: 'a taxa MQL→SQL', acceptanceRate: 'a taxa de aceitação' }[report]}`}`,
    mqlVolume: {
      what: (n, p) => `Entregar ${n} leads qualificados por marketing ${p}`,
      target: (n) => `${n} MQLs`,
      measure: 'MQLs entregues a vendas',
    },
    leadQuality: {
      what: (n) => `Pelo menos ${n} % dos MQLs entregues aceitos por vendas`,
      target: (n) => `≥ ${n} %`,
      measure: 'aceitos ÷ entregues',
    },
    firstTouch: {
      what: (n) => `Primeiro contato com cada MQL em até ${n} horas`,
      target: (n) => `≤ ${n} horas`,
      measure: 'leads contatados no prazo ÷ leads recebidos',
    },
    followUpAttempts: {
      what: (n, d) => `${n} tentativas de contato em até ${d} dias`,
      target: (n, d) => `${n} tentativas / ${d} dias`,
      measure: 'leads com todas as tentativas ÷ leads recebidos',
    },
    disposition: {
      what: (n) => `Decisão (aceitar, rejeitar com motivo ou reciclar) em até ${n} dias`,
      target: (n) => `≤ ${n} dias`,
      measure: 'leads decididos no prazo ÷ leads recebidos',
    },
  },
};

const esVerb: Record<ResponseAction, string> = { qualify: 'Cualificar', accept: 'Aceptar o rechazar', contact: 'Contactar' };
const esDone: Record<ResponseAction, string> = { qualify: 'cualificados', accept: 'aceptados o rechazados', contact: 'contactados' };
const esShare = (p: RowParts) => (p.all ? `para todos los MQL ${p.each}` : `para al menos el ${p.level} % de los MQL ${p.each}`);

const es: CommitmentWords = {
  party: { marketing: 'Marketing', sales: 'Ventas' },
  perPeriod: { week: 'por semana', month: 'por mes', quarter: 'por trimestre', year: 'por año' },
  eachPeriod: { week: 'cada semana', month: 'cada mes', quarter: 'cada trimestre', year: 'cada año' },
  every: (day) => `cada ${day}`,
  weekday: {
    monday: 'lunes',
    tuesday: 'martes',
    wednesday: 'miércoles',
    thursday: 'jueves',
    friday: 'viernes',
    saturday: 'sábado',
    sunday: 'domingo',
  },
  band: {
    ofTarget: (r) => `; en riesgo entre el ${r} % y el 100 % de la meta; incumplido por debajo del ${r} %`,
    ofLeads: (r, l) => `; en riesgo entre el ${r} % y el ${l} % de los MQL; incumplido por debajo del ${r} %`,
  },
  metCell: { ofTarget: '100 % de la meta', ofLeads: (l) => `${l} % de los MQL a tiempo` },
  atRiskCell: { ofTarget: (r) => `${r} % de la meta`, ofLeads: (r) => `${r} % de los MQL` },
  reportsAcceptanceRate: 'Ventas también informa de la tasa de aceptación.',
  rows: {
    mqlVolume: {
      what: (p) => `Entregar ${p.n} leads cualificados por marketing ${p.per}`,
      target: (p) => `${p.n} MQL`,
      measure: () => 'MQL entregados a ventas',
    },
    leadQuality: {
      what: (p) => `Al menos el ${p.n} % de los MQL entregados aceptados por ventas ${p.each}`,
      target: (p) => `≥ ${p.n} %`,
      measure: () => 'aceptados ÷ entregados',
    },
    firstTouch: {
      what: (p) => `Primer contacto en un máximo de ${p.n} horas ${esShare(p)}`,
      target: (p) => `≤ ${p.n} horas`,
      measure: () => 'MQL contactados a tiempo ÷ MQL recibidos',
    },
    followUpAttempts: {
      what: (p) => `${p.n} intentos de contacto en ${p.d} días ${esShare(p)}`,
      target: (p) => `${p.n} intentos / ${p.d} días`,
      measure: () => 'MQL con todos los intentos a tiempo ÷ MQL recibidos',
    },
    disposition: {
      what: (p) => `Decisión (aceptar, rechazar con motivo o reciclar) en un máximo de ${p.n} días ${esShare(p)}`,
      target: (p) => `≤ ${p.n} días`,
      measure: () => 'MQL decididos a tiempo ÷ MQL recibidos',
    },
    qualifyByDay: {
      what: (p) =>
        `${esVerb[p.action]} cada MQL entregado${p.delivered ? ` el ${p.delivered}` : ''} antes del ${p.day} de la semana de entrega ${esShare(p)}`,
      target: (p) => `antes del ${p.day}`,
      measure: (p) => `MQL ${esDone[p.action]} a tiempo ÷ MQL entregados`,
    },
    qualifyWithin: {
      what: (p) => `${esVerb[p.action]} cada MQL entregado en un máximo de ${p.n} horas ${esShare(p)}`,
      target: (p) => `≤ ${p.n} horas`,
      measure: (p) => `MQL ${esDone[p.action]} a tiempo ÷ MQL entregados`,
    },
    mqlToSqlRate: {
      what: (p) => `Convertir al menos el ${p.n} % de los MQL entregados en SQL ${p.each}`,
      target: (p) => `≥ ${p.n} %`,
      measure: () => 'SQL ÷ MQL entregados',
    },
  },
  legacy: {
    response: ({ other, action, by, report }) =>
      `; ${other === 'sales' ? 'ventas' : 'marketing'} ${{ qualify: 'los cualifica', accept: 'los acepta o rechaza', contact: 'los contacta' }[action]} antes del ${by}${report === 'none' ? '' : ` e informa de ${{ mqlToSqlRate: 'la tasa MQL→SQL', acceptanceRate: 'la tasa de aceptación' }[report]}`}`,
    mqlVolume: {
      what: (n, p) => `Entregar ${n} leads cualificados por marketing ${p}`,
      target: (n) => `${n} MQL`,
      measure: 'MQL entregados a ventas',
    },
    leadQuality: {
      what: (n) => `Al menos el ${n} % de los MQL entregados aceptados por ventas`,
      target: (n) => `≥ ${n} %`,
      measure: 'aceptados ÷ entregados',
    },
    firstTouch: {
      what: (n) => `Primer contacto con cada MQL en un máximo de ${n} horas`,
      target: (n) => `≤ ${n} horas`,
      measure: 'leads contactados a tiempo ÷ leads recibidos',
    },
    followUpAttempts: {
      what: (n, d) => `${n} intentos de contacto en ${d} días`,
      target: (n, d) => `${n} intentos / ${d} días`,
      measure: 'leads con todos los intentos ÷ leads recibidos',
    },
    disposition: {
      what: (n) => `Decisión (aceptar, rechazar con motivo o reciclar) en un máximo de ${n} días`,
      target: (n) => `≤ ${n} días`,
      measure: 'leads decididos a tiempo ÷ leads recibidos',
    },
  },
};

const TABLES: Record<Language, CommitmentWords> = { en, 'pt-BR': pt, es, 'zh-CN': zh };
export const commitmentWords = (language: Language): CommitmentWords => TABLES[language];
