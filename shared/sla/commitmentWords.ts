import type { Language } from '../workshop/schema';
import type { Period, Rhythm, Weekday } from '../workshop/steps/sla';

/**
 * The words of an SLA commitment row in each document language, so that a Chinese workshop's
 * PDF says its commitments in Chinese. `n` is the number already formatted ('…' when unset).
 */
type Action = NonNullable<Rhythm['response']>['action'];
type Report = NonNullable<Rhythm['response']>['report'];

export interface CommitmentWords {
  party: { marketing: string; sales: string };
  perPeriod: Record<Period, string>;
  every: (day: string) => string;
  weekday: Record<Weekday, string>;
  response: (p: { other: 'marketing' | 'sales'; action: Action; by: string; report: Report }) => string;
  mqlVolume: { what: (n: string, period: string) => string; target: (n: string) => string; measure: string };
  leadQuality: { what: (n: string) => string; target: (n: string) => string; measure: string };
  firstTouch: { what: (n: string) => string; target: (n: string) => string; measure: string };
  followUpAttempts: { what: (n: string, d: string) => string; target: (n: string, d: string) => string; measure: string };
  disposition: { what: (n: string) => string; target: (n: string) => string; measure: string };
}

const en: CommitmentWords = {
  party: { marketing: 'Marketing', sales: 'Sales' },
  perPeriod: { week: 'per week', month: 'per month', quarter: 'per quarter' },
  every: (day) => `every ${day}`,
  weekday: { monday: 'Monday', tuesday: 'Tuesday', wednesday: 'Wednesday', thursday: 'Thursday', friday: 'Friday', saturday: 'Saturday', sunday: 'Sunday' },
  response: ({ other, action, by, report }) =>
    `; ${other} ${{ qualify: 'qualifies', accept: 'accepts or rejects', contact: 'contacts' }[action]} them by ${by}${report === 'none' ? '' : ` and reports ${{ mqlToSqlRate: 'the MQL→SQL rate', acceptanceRate: 'the acceptance rate' }[report]}`}`,
  mqlVolume: { what: (n, p) => `Deliver ${n} marketing-qualified leads ${p}`, target: (n) => `${n} MQLs`, measure: 'MQLs delivered to sales' },
  leadQuality: { what: (n) => `At least ${n} % of delivered MQLs accepted by sales`, target: (n) => `≥ ${n} %`, measure: 'accepted ÷ delivered' },
  firstTouch: { what: (n) => `First touch on every MQL within ${n} hours`, target: (n) => `≤ ${n} hours`, measure: 'leads touched in time ÷ leads received' },
  followUpAttempts: { what: (n, d) => `${n} contact attempts within ${d} days`, target: (n, d) => `${n} attempts / ${d} days`, measure: 'leads with all attempts ÷ leads received' },
  disposition: { what: (n) => `Disposition (accept, reject with reason, or recycle) within ${n} days`, target: (n) => `≤ ${n} days`, measure: 'leads dispositioned in time ÷ leads received' },
};

const zh: CommitmentWords = {
  party: { marketing: '市场', sales: '销售' },
  perPeriod: { week: '每周', month: '每月', quarter: '每季度' },
  every: (day) => `每${day}`,
  weekday: { monday: '周一', tuesday: '周二', wednesday: '周三', thursday: '周四', friday: '周五', saturday: '周六', sunday: '周日' },
  response: ({ other, action, by, report }) =>
    `；${other === 'sales' ? '销售部' : '市场部'}于${by}前${{ qualify: '完成资格审核', accept: '决定接受或退回', contact: '完成联系' }[action]}${report === 'none' ? '' : `并报告${{ mqlToSqlRate: ' MQL→SQL 转化率', acceptanceRate: '接受率' }[report]}`}`,
  mqlVolume: { what: (n, p) => `${p}交付 ${n} 条市场合格线索（MQL）`, target: (n) => `${n} 条 MQL`, measure: '交付给销售的 MQL 数' },
  leadQuality: { what: (n) => `交付的 MQL 中至少 ${n}% 被销售接受`, target: (n) => `≥ ${n}%`, measure: '接受数 ÷ 交付数' },
  firstTouch: { what: (n) => `每条 MQL 在 ${n} 小时内完成首次联系`, target: (n) => `≤ ${n} 小时`, measure: '按时联系的线索 ÷ 收到的线索' },
  followUpAttempts: { what: (n, d) => `${d} 天内进行 ${n} 次联系尝试`, target: (n, d) => `${n} 次 / ${d} 天`, measure: '完成全部尝试的线索 ÷ 收到的线索' },
  disposition: { what: (n) => `${n} 天内给出处置结论（接受、注明原因退回或转回培育）`, target: (n) => `≤ ${n} 天`, measure: '按时处置的线索 ÷ 收到的线索' },
};

const pt: CommitmentWords = {
  party: { marketing: 'Marketing', sales: 'Vendas' },
  perPeriod: { week: 'por semana', month: 'por mês', quarter: 'por trimestre' },
  every: (day) => `toda ${day}`,
  weekday: { monday: 'segunda-feira', tuesday: 'terça-feira', wednesday: 'quarta-feira', thursday: 'quinta-feira', friday: 'sexta-feira', saturday: 'sábado', sunday: 'domingo' },
  response: ({ other, action, by, report }) =>
    `; ${other === 'sales' ? 'vendas' : 'marketing'} ${{ qualify: 'os qualifica', accept: 'os aceita ou rejeita', contact: 'os contata' }[action]} até ${by}${report === 'none' ? '' : ` e informa ${{ mqlToSqlRate: 'a taxa MQL→SQL', acceptanceRate: 'a taxa de aceitação' }[report]}`}`,
  mqlVolume: { what: (n, p) => `Entregar ${n} leads qualificados por marketing ${p}`, target: (n) => `${n} MQLs`, measure: 'MQLs entregues a vendas' },
  leadQuality: { what: (n) => `Pelo menos ${n} % dos MQLs entregues aceitos por vendas`, target: (n) => `≥ ${n} %`, measure: 'aceitos ÷ entregues' },
  firstTouch: { what: (n) => `Primeiro contato com cada MQL em até ${n} horas`, target: (n) => `≤ ${n} horas`, measure: 'leads contatados no prazo ÷ leads recebidos' },
  followUpAttempts: { what: (n, d) => `${n} tentativas de contato em até ${d} dias`, target: (n, d) => `${n} tentativas / ${d} dias`, measure: 'leads com todas as tentativas ÷ leads recebidos' },
  disposition: { what: (n) => `Decisão (aceitar, rejeitar com motivo ou reciclar) em até ${n} dias`, target: (n) => `≤ ${n} dias`, measure: 'leads decididos no prazo ÷ leads recebidos' },
};

const es: CommitmentWords = {
  party: { marketing: 'Marketing', sales: 'Ventas' },
  perPeriod: { week: 'por semana', month: 'por mes', quarter: 'por trimestre' },
  every: (day) => `cada ${day}`,
  weekday: { monday: 'lunes', tuesday: 'martes', wednesday: 'miércoles', thursday: 'jueves', friday: 'viernes', saturday: 'sábado', sunday: 'domingo' },
  response: ({ other, action, by, report }) =>
    `; ${other === 'sales' ? 'ventas' : 'marketing'} ${{ qualify: 'los cualifica', accept: 'los acepta o rechaza', contact: 'los contacta' }[action]} antes del ${by}${report === 'none' ? '' : ` e informa de ${{ mqlToSqlRate: 'la tasa MQL→SQL', acceptanceRate: 'la tasa de aceptación' }[report]}`}`,
  mqlVolume: { what: (n, p) => `Entregar ${n} leads cualificados por marketing ${p}`, target: (n) => `${n} MQL`, measure: 'MQL entregados a ventas' },
  leadQuality: { what: (n) => `Al menos el ${n} % de los MQL entregados aceptados por ventas`, target: (n) => `≥ ${n} %`, measure: 'aceptados ÷ entregados' },
  firstTouch: { what: (n) => `Primer contacto con cada MQL en un máximo de ${n} horas`, target: (n) => `≤ ${n} horas`, measure: 'leads contactados a tiempo ÷ leads recibidos' },
  followUpAttempts: { what: (n, d) => `${n} intentos de contacto en ${d} días`, target: (n, d) => `${n} intentos / ${d} días`, measure: 'leads con todos los intentos ÷ leads recibidos' },
  disposition: { what: (n) => `Decisión (aceptar, rechazar con motivo o reciclar) en un máximo de ${n} días`, target: (n) => `≤ ${n} días`, measure: 'leads decididos a tiempo ÷ leads recibidos' },
};

const TABLES: Record<Language, CommitmentWords> = { en, 'pt-BR': pt, es, 'zh-CN': zh };
export const commitmentWords = (language: Language): CommitmentWords => TABLES[language];
