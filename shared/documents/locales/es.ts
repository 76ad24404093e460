import { eventsRange } from '../eventsRange';
import type { DateParts, SlaStrings } from '../strings';

const MONTHS = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'];
const pad2 = (n: number) => String(n).padStart(2, '0');
const date = (d: DateParts) => `${d.day} ${MONTHS[d.month - 1] ?? '?'} ${d.year}`;
const months = (n: number | null) => (n === null ? 'Sin definir' : n === 1 ? '1 mes' : `${n} meses`);

/** The SLA document in Spanish. */
export const ES: SlaStrings = {
  documentTitle: 'Acuerdo de Nivel de Servicio',
  subtitle: (client) => `entre Marketing y Ventas de ${client}`,
  unnamedClient: 'la empresa cliente',
  meta: { version: 'Versión', effectiveDate: 'Entrada en vigor', term: 'Periodo piloto', generated: 'Generado' },
  notSet: 'Sin definir',
  months,
  clauses: { parties: 'Partes', purpose: 'Objeto', commitments: 'Compromisos', term: 'Vigencia', signatures: 'Firmas' },
  partiesIntro: (client) =>
    `Este acuerdo se celebra entre el equipo de marketing y el equipo de ventas de ${client} ("los equipos"), representados por:`,
  noSigners: 'Todavía no se han elegido firmantes.',
  unknownParticipant: (id) => `Participante desconocido (${id})`,
  purpose: (client) =>
    `Los equipos acuerdan los compromisos siguientes para que cada lead cualificado de ${client} se entregue, se siga y se contabilice de la misma manera por ambas partes. El acuerdo empieza como un piloto limitado: pocos compromisos, medidos cada periodo con las mismas definiciones y revisados en conjunto.`,
  commitmentsIntro: 'Cada equipo se compromete a lo siguiente, medido en el periodo indicado:',
  noCommitments: 'Todavía no se ha registrado ningún compromiso.',
  table: {
    party: 'Parte',
    commitment: 'Compromiso',
    target: 'Objetivo',
    measure: 'Medida',
    period: 'Periodo',
    note: 'Nota',
    met: 'Cumplido desde',
    atRisk: 'En riesgo desde',
  },
  termText: (effective, n, lastDay) =>
    `Este acuerdo ${effective ? `entra en vigor el ${effective}` : 'entra en vigor en una fecha por acordar'} por un periodo piloto ${n === null ? 'por acordar' : `de ${months(n)}`}${lastDay ? `, hasta el ${lastDay}` : ''}. Durante la vigencia, los equipos revisan juntos el cumplimiento de cada compromiso; cualquier cambio se hace por escrito y lo firman de nuevo ambos equipos.`,
  signaturesIntro: {
    draft: 'Lo firmarán los representantes de los equipos cuando esta versión se congele:',
    ready: 'Congelado para la firma; lo firmarán los representantes de los equipos:',
    partiallySigned: 'Firmado en parte: a la espera de las demás firmas de los representantes de los equipos:',
    fullySigned: 'Firmado y refrendado por los representantes de los equipos:',
  },
  signedOn: (when) => `Firmado el ${when}`,
  notYetSigned: 'Aún sin firmar',
  witnessNotSigned: 'Sin firma del testigo (opcional)',
  otherVersion: (prefix) => `Esta firma se dio a otra versión de este acuerdo (hash ${prefix}…) y no se aplica al texto anterior.`,
  hashLabel: 'Hash del contenido (SHA-256)',
  hashExplanation:
    'Este es el hash SHA-256 del contenido canónico de esta versión del acuerdo (partes, cláusulas, compromisos, vigencia y firmantes) al que se aplica cada firma anterior. Cualquier cambio produce un hash distinto.',
  footerVersion: (v) => `SLA v${v}`,
  pageOf: (page, total) => `Página ${page} de ${total}`,
  teams: { marketing: 'Marketing', sales: 'Ventas', sdr: 'SDR', operations: 'Operaciones', leadership: 'Dirección' },
  formatDate: date,
  formatDateTimeUtc: (d) => `${date(d)}, ${pad2(d.hour)}:${pad2(d.minute)} UTC`,
  draftNotice: (v) => `BORRADOR de la versión ${v}: aún no congelada para firmar. Su huella cambia con cada edición.`,
  supersededNotice: (v, latest) => `La versión ${v} ha sido sustituida: la versión ${latest} es la más reciente de este acuerdo.`,
  commitmentsTableTitle: 'Compromisos de un vistazo',
  capacity: { marketing: 'por Marketing', sales: 'por Ventas', witness: 'Testigo ejecutivo (opcional)' },
  consentGiven: (line) => `Consentimiento: «${line}»`,
  appendixTitle: 'Anexo A — Cómo se obtuvo el volumen de MQL',
  appendixIntro: (period) =>
    `El embudo inverso, desde el objetivo de ingresos por ${period} hasta los leads cualificados por marketing necesarios, redondeando hacia arriba en cada etapa.`,
  funnelPeriod: { month: 'mes', quarter: 'trimestre', year: 'año' },
  funnelInputs: {
    revenueGoal: 'Objetivo de ingresos',
    marketingShare: 'Parte generada por marketing',
    averageDealSize: 'Tamaño medio de la venta',
    salesReps: 'Comerciales',
  },
  funnelStages: { deals: 'Ventas ganadas', opportunities: 'Oportunidades', sqls: 'SQL', sals: 'SAL', mqls: 'MQL' },
  funnelColumns: { stage: 'Etapa', rate: 'Tasa aplicada (etapa anterior ÷ tasa)', perPeriod: 'Por periodo', perMonth: 'Por mes' },
  funnelYearly: {
    intro: (period) =>
      `El embudo inverso, desde el objetivo de ingresos (fijado por ${period}) hasta los leads cualificados por marketing necesarios. La cadena se calcula para un año, redondeando hacia arriba en cada etapa; la cifra de cada periodo más corto es esa cifra anual dividida entre los periodos de un año (4 trimestres, 12 meses, 52 semanas) y redondeada hacia arriba una sola vez.`,
    columns: { perYear: 'Por año', perQuarter: 'Por trimestre', perMonth: 'Por mes', perWeek: 'Por semana' },
    derivationTitle: 'Cómo se obtiene la cifra de MQL de cada periodo',
    derivation: ({ stage, per, yearly, n, exact, value }) =>
      `${stage} ${per}: ${yearly} ÷ ${n} = ${exact}; redondeado hacia arriba: ${value}`,
    per: { quarter: 'por trimestre', month: 'por mes', week: 'por semana' },
  },
  auditTitle: 'Registro de auditoría',
  auditIntro:
    'Cada evento de la vida de este acuerdo, en orden. Cada evento lleva el SHA-256 del anterior (una cadena de hashes), de modo que ningún evento puede cambiarse, eliminarse o reordenarse sin que se note.',
  auditColumns: { n: '#', event: 'Evento', when: 'Cuándo (UTC)', who: 'Por', detail: 'Detalle', hash: 'Hash del evento' },
  auditEvents: { created: 'Creado', frozen: 'Congelado', signed: 'Firmado', exported: 'Exportado', amended: 'Modificado' },
  auditOk: (n) => `Cadena de hashes verificada: ${n} evento${n === 1 ? '' : 's'}, todos los eslabones intactos.`,
  auditBroken: (problem) => `Cadena de hashes ROTA: ${problem}.`,
  sealedBy: (subject, fp) =>
    `Este PDF está sellado por «${subject}», huella SHA-256 del certificado ${fp}. Compárela con la que le dio quien lo selló; Verificar de Accord y «accord verify» comprueban el sello y este registro.`,
  trailRecorded: (from, to, subject, fp) =>
    `${eventsRange(from, to, 'Evento', 'Eventos')} registrado${from === to ? '' : 's'} y sellado${from === to ? '' : 's'} por «${subject}» (certificado ${fp}).`,
  trailAdopted: (from, to, subject, fp) =>
    `${eventsRange(from, to, 'Evento', 'Eventos')} registrado${from === to ? '' : 's'} antes de que Accord sellara su registro de auditoría, avalado${from === to ? '' : 's'} por «${subject}» (certificado ${fp}) al actualizarse.`,
  trailUnsealed: (from, to) =>
    `${eventsRange(from, to, 'Evento', 'Eventos')} registrado${from === to ? '' : 's'} antes de que Accord sellara su registro de auditoría; ninguna clave ${from === to ? 'lo' : 'los'} avala.`,
  overrides: {
    title: 'Diferencias conocidas aceptadas en la firma',
    intro: 'Cuando esta versión se congeló para la firma, estas cifras no cuadraban; los equipos decidieron firmar con ellas:',
    reason: (r) => `Motivo indicado: «${r}»`,
    per: { week: (n) => `${n} por semana`, month: (n) => `${n} al mes`, quarter: (n) => `${n} por trimestre`, year: (n) => `${n} al año` },
    converted: (value, converted) => `${value} (≈ ${converted})`,
    commitment: (n) => `compromiso ${n}`,
    volumeMismatch: ({ a, aValue, b, bValue, converted }) =>
      `El compromiso ${a} (${aValue}) y el compromiso ${b} (${bValue}, ≈ ${converted}) no cuadran.`,
    metricTargetMismatch: ({ metric, metricValue, n, commitmentValue }) =>
      `La métrica «${metric}» del cuadro de mando tiene como objetivo ${metricValue}, pero el compromiso ${n} dice ${commitmentValue}.`,
    metricLevelMismatch: ({ metric, metricValue, n, level }) =>
      `La métrica «${metric}» del cuadro de mando tiene como objetivo el ${metricValue} % de los leads, pero el compromiso ${n} se cumple con el ${level} % de los leads.`,
    calculatorMismatch: ({ n, value, calculated }) =>
      `El compromiso ${n} dice ${value}, pero el apéndice de la calculadora deriva ${calculated}.`,
    calculatorOrphan:
      'El apéndice de la calculadora está impreso, pero no queda ningún compromiso de volumen de MQL de marketing que dimensionar.',
    unmeasuredCommitment: ({ n, what }) => `Compromiso ${n} (${what}): ninguna métrica del cuadro de mando lo mide.`,
  },
};
