import type { ResponseAction, Weekday } from '../../workshop/steps/sla';
import type { RowParts, CommitmentWords } from './types';

const ptVerb: Record<ResponseAction, string> = { qualify: 'Qualificar', accept: 'Aceitar ou rejeitar', contact: 'Contatar' };
const ptDone: Record<ResponseAction, string> = { qualify: 'qualificados', accept: 'aceitos ou rejeitados', contact: 'contatados' };
const ptShare = (p: RowParts) => (p.all ? `para todo MQL ${p.each}` : `para pelo menos ${p.level} % dos MQLs ${p.each}`);
/** Monday to Friday are feminine in Portuguese (a segunda-feira), Saturday and Sunday masculine. */
const ptWeekend = (d: Weekday) => d === 'saturday' || d === 'sunday';

export const pt: CommitmentWords = {
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
