import type { ClauseStrings } from '../clauseStrings';
import { bullets, sentenceAfter } from './text';

const list = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]!}`);
const numbered = (rows: string[]) => rows.map((r, i) => `(${i + 1}) ${r.replace(/\.$/, '')}.`).join('\n');
const FREQUENCY = { daily: 'a diario', weekly: 'cada semana', monthly: 'cada mes', quarterly: 'cada trimestre' } as const;
const lower = (s: string) => s.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase());

/** The SLA clauses in Spanish. */
export const ES_CLAUSES: ClauseStrings = {
  title: {
    parties: 'Partes',
    purpose: 'Objeto',
    definitions: 'Definiciones',
    marketingCommitments: 'Compromisos de marketing',
    salesCommitments: 'Compromisos de ventas',
    handOff: 'Traspaso y reciclaje',
    metrics: 'Métricas e informes',
    review: 'Revisión y escalado',
    term: 'Vigencia',
    amendments: 'Modificaciones',
  },
  list,
  parties: ({ client, marketing, sales, witness }) =>
    [
      `Este acuerdo de nivel de servicio se celebra entre el equipo de marketing y el equipo de ventas de ${client}.`,
      marketing.length > 0 ? `Marketing está representado por ${list(marketing)}.` : 'Marketing aún no tiene representante.',
      sales.length > 0 ? `Ventas está representado por ${list(sales)}.` : 'Ventas aún no tiene representante.',
      witness
        ? `${witness} figura como testigo ejecutivo; la firma del testigo es opcional, y el acuerdo entra en vigor con las firmas de marketing y ventas.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  purpose: ({ client, goal, statement }) =>
    `${statement ? `Ambos equipos abren este acuerdo con el compromiso que asumieron juntos en el taller: «${statement}»\n` : ''}Marketing y ventas de ${client} acuerdan qué es un lead cualificado, cómo se traspasan y se siguen los leads y cómo revisan juntos los resultados${goal ? `, con el fin de alcanzar el objetivo «${goal}»` : ''}. Los equipos siguen siendo distintos; este acuerdo los alinea con definiciones comunes, compromisos por escrito y revisiones periódicas.`,
  definitions: ({ threshold, minimumFit, minimumEngagement, sal, acceptanceHours, sqlCriteria, sqlStage }) =>
    [
      `MQL (lead cualificado por marketing): un lead que suma al menos ${threshold} puntos en el modelo de puntuación del paso 5${minimumFit ? `, con al menos ${minimumFit} de perfil` : ''}, y no está descalificado. La puntuación es perfil más interacción, menos puntos negativos.`,
      `Umbral de puntuación: ${threshold} puntos${minimumFit ? `, con al menos ${minimumFit} puntos de perfil` : ''}${minimumEngagement ? `${minimumFit ? ' y' : ', con al menos'} ${minimumEngagement} de interacción` : ''}. Cada criterio, sus puntos, topes y caducidad figuran en el anexo de la definición de MQL, que forma parte de este acuerdo.`,
      `SAL (lead aceptado por ventas): un MQL que ventas ha aceptado${acceptanceHours ? ` en un máximo de ${acceptanceHours} horas desde que lo recibe` : ''}${sal ? ` — ${lower(sal)}` : ''}.`,
      `SQL (lead cualificado por ventas): ${sqlCriteria.length > 0 ? `un lead aceptado para el que se han confirmado ${list(sqlCriteria)}.` : (sqlStage ?? 'un lead aceptado que ventas ha cualificado como una oportunidad real de compra.')}`,
    ].join('\n'),
  marketingCommitments: (rows) =>
    rows.length === 0 ? 'Marketing aún no tiene compromisos.' : `Marketing asume los siguientes compromisos:\n${numbered(rows)}`,
  salesCommitments: ({ rows, rejectionReasons }) =>
    [
      rows.length === 0 ? 'Ventas aún no tiene compromisos.' : `Ventas asume los siguientes compromisos:\n${numbered(rows)}`,
      rejectionReasons.length > 0
        ? `Ventas informa a marketing de cada lead rechazado, con uno de los motivos acordados:\n${bullets(rejectionReasons)}`
        : 'Ventas informa a marketing de cada lead rechazado, con su motivo.',
    ].join('\n'),
  handOff: ({ threshold, conditions, routing, routingDetail, travelsWith, cadence, recycleReasons, reentryRule }) =>
    [
      conditions.length > 0
        ? `Un lead se traspasa a ventas cuando alcanza ${threshold} puntos y cumple ${conditions.length === 1 ? 'esta condición' : 'cada una de estas condiciones'}:\n${bullets(conditions)}`
        : `Un lead se traspasa a ventas cuando alcanza ${threshold} puntos.`,
      [
        `Se asigna por ${routing}${routingDetail ? `: ${routingDetail.replace(/\.$/, '')}` : ''}.`,
        travelsWith.length > 0 ? `Ventas lo recibe junto con ${list(travelsWith)}.` : '',
        cadence
          ? `Ventas hace el seguimiento con ${cadence.attempts} intento${cadence.attempts === 1 ? '' : 's'} en ${cadence.days} día${cadence.days === 1 ? '' : 's'}.`
          : '',
      ]
        .filter(Boolean)
        .join(' '),
      recycleReasons.length > 0 ? `Un lead vuelve a nutrición, con su motivo registrado, cuando:\n${bullets(recycleReasons)}` : '',
      reentryRule ? `Cómo vuelve a ventas un lead reciclado, en palabras de los propios equipos: «${reentryRule.replace(/\.$/, '')}».` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  metrics: (rows) =>
    rows.length === 0
      ? 'Ambos equipos siguen los compromisos anteriores en un cuadro de mando común.'
      : `Ambos equipos siguen en un cuadro de mando común:\n${numbered(rows.map((m) => `${m.name}${m.target ? `, objetivo ${m.target}` : ''}${m.source ? `, fuente ${m.source}` : ''}, se informa ${FREQUENCY[m.frequency]}`))}`,
  metricsTable: (n) =>
    `Ambos equipos siguen un cuadro de mando común de ${n} métricas, cada una con su responsable, objetivo, fuente y frecuencia de informe, según la tabla del cuadro de mando que sigue.`,
  perPeriod: { week: 'por semana', month: 'por mes', quarter: 'por trimestre', year: 'por año' },
  review: ({ cadence, escalation }) =>
    `Marketing y ventas revisan juntos el cumplimiento de este acuerdo ${cadence}. ${escalation ? `Un compromiso incumplido dos periodos seguidos se escala a: ${escalation.replace(/\.$/, '')}.` : 'Un compromiso incumplido dos periodos seguidos se escala al patrocinador ejecutivo.'}`,
  term: ({ effectiveDate, months, lastDay }) =>
    `Este acuerdo entra en vigor el ${effectiveDate ?? 'día que se acuerde'}${months ? ` por un periodo piloto de ${months} ${months === 1 ? 'mes' : 'meses'}` : ''}${lastDay ? `, hasta el ${lastDay}` : ''}; al terminar, los equipos lo revisan y deciden renovarlo, cambiarlo o terminarlo.`,
  metricKind: {
    stageVolume: 'Volumen en una etapa',
    stageConversion: 'Conversión a la etapa siguiente',
    mqlToSqlRate: 'Tasa MQL → SQL',
    acceptanceRate: 'Tasa de aceptación',
    timeToFirstTouch: 'Tiempo hasta el primer contacto',
    followUpCompletion: 'Seguimientos completados',
    dispositionInTime: 'Resolución a tiempo',
    velocity: 'Velocidad (días en el embudo)',
    pipelineValue: 'Valor del pipeline',
    winRate: 'Tasa de cierre',
    revenue: 'Ingresos',
    custom: 'Métrica personalizada',
  },
  amendments:
    'Cualquier cambio tras la firma se hace como una nueva versión de este acuerdo, indicando qué cambió, y ambos equipos la firman de nuevo. Las versiones anteriores quedan registradas con sus firmas y huellas.',
  routing: { roundRobin: 'turno rotativo', territory: 'territorio', accountOwner: 'responsable de la cuenta', namedQueue: 'cola asignada' },
  travelsWith: {
    activityHistory: 'el historial de actividad',
    contentConsumed: 'los contenidos consumidos',
    scoreBreakdown: 'el desglose de la puntuación',
    personaMatch: 'el buyer persona asociado',
  },
  cadence: { weekly: 'cada semana', biweekly: 'cada dos semanas', monthly: 'cada mes', quarterly: 'cada trimestre' },
  consentLine: 'He leído este acuerdo de nivel de servicio y lo firmo en nombre de mi equipo.',
  unnamedParticipant: 'un participante sin nombre',
  unnamedClient: 'la empresa cliente',
  person: (name, role) => (role ? `${name} (${role})` : name),
  withNote: (row, note) => sentenceAfter(row, note),
};
