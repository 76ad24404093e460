import type { ResponseAction } from '../../workshop/steps/sla';
import type { RowParts, CommitmentWords } from './types';

const esVerb: Record<ResponseAction, string> = { qualify: 'Cualificar', accept: 'Aceptar o rechazar', contact: 'Contactar' };
const esDone: Record<ResponseAction, string> = { qualify: 'cualificados', accept: 'aceptados o rechazados', contact: 'contactados' };
const esShare = (p: RowParts) => (p.all ? `para todos los MQL ${p.each}` : `para al menos el ${p.level} % de los MQL ${p.each}`);

export const es: CommitmentWords = {
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
