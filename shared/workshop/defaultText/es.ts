import type { DefaultText } from './index';

const list = (items: string[]) => items.join('; ');
const PERIOD = { week: 'semana', month: 'mes', quarter: 'trimestre', year: 'año' } as const;

export const es: DefaultText = {
  commitment: {
    groundRules: [
      'Móviles fuera mientras decidimos.',
      'Los datos pesan más que las opiniones; las anécdotas se presentan como tales.',
      'Discrepamos en la sala y, fuera de ella, defendemos lo acordado.',
    ],
    statement:
      'Marketing y ventas se comprometen a trabajar como un único equipo de ingresos: acordamos quién es nuestro comprador, qué es un lead cualificado, cómo se traspasan y se siguen los leads, y nos reunimos con regularidad para revisar las cifras y mejorar.',
  },
  leadProcess: {
    stage: {
      captured: 'Captado',
      nurture: 'Nutrición',
      mql: 'MQL',
      sal: 'SAL',
      sql: 'SQL',
      opportunity: 'Oportunidad',
      won: 'Ganado',
      lost: 'Perdido',
    },
    entryCriteria: {
      captured: 'Datos de contacto de un formulario, evento o lista, con consentimiento para ser contactado.',
      nurture: 'Un contacto profesional válido que aún no muestra intención de compra.',
      mql: 'Puntuación del lead igual o superior al umbral de MQL acordado en el paso 5.',
      sal: 'Un SDR revisó el MQL y lo aceptó dentro del plazo de aceptación.',
      sql: 'Cualificado en una conversación: presupuesto, autoridad, necesidad y plazo confirmados.',
      opportunity: 'Primera reunión celebrada y oportunidad creada en el CRM con importe y fecha de cierre.',
      won: 'Contrato firmado.',
      lost: 'Oportunidad cerrada como perdida, con el motivo registrado.',
    },
    recycleEdge: 'Reciclar: aún no está listo para comprar',
    feedbackEdge: 'Comentarios sobre la calidad de los leads',
  },
  scoring: {
    starterSeniorities: 'C-level, VP, Director',
    starterDepartments: 'Marketing, Ventas, Operaciones',
    studentTitles: 'Estudiante, Estudiante de posgrado, Doctorando, Estudiante de MBA, Estudiante universitario, Becario',
    seniority: { cLevel: 'C-level', vp: 'VP', director: 'Director', manager: 'Gerente', individual: 'Contribuidor individual' },
    engagement: {
      demo: 'Solicitó una demostración',
      pricing: 'Visitó la página de precios',
      webinar: 'Asistió a un webinar',
      download: 'Descargó contenido',
      emailClick: 'Hizo clic en un correo de marketing',
    },
    bant: {
      budget: { label: 'Presupuesto', description: 'Hay presupuesto reservado, o el comprador puede conseguir que se apruebe este año.' },
      authority: { label: 'Autoridad', description: 'Hablamos con quien decide, o esa persona participa en la evaluación.' },
      need: { label: 'Necesidad', description: 'Un problema que resolvemos, confirmado con las palabras del propio comprador.' },
      timing: { label: 'Plazo', description: 'El comprador prevé decidir en los próximos dos trimestres.' },
    },
  },
  definition: {
    mql: ({ threshold, thresholdCount, minimumFit, minimumEngagement, vetoes }) => {
      const rule = [`alcanza al menos ${threshold} punto${thresholdCount === 1 ? '' : 's'}`];
      if (minimumFit) rule.push(`con al menos ${minimumFit} de perfil`);
      if (minimumEngagement) rule.push(`${rule.length > 1 ? 'y' : 'con'} al menos ${minimumEngagement} de interacción`);
      return `Un lead cualificado por marketing (MQL) es un lead que ${rule.join(', ')}${vetoes ? ' y no está descalificado' : ''}. Su puntuación es el perfil más la interacción, menos los puntos negativos.`;
    },
    fit: (items) => (items.length === 0 ? 'Perfil: aún no hay criterios de perfil.' : `Perfil (quién es el lead): ${list(items)}.`),
    fitItem: (condition, points) => `${condition} (+${points})`,
    engagement: (items, decay) =>
      items.length === 0
        ? `Interacción: aún no hay criterios de interacción.${decay}`
        : `Interacción (lo que hace el lead): ${list(items)}.${decay}`,
    engagementItem: (behaviour, points, cap) =>
      `${behaviour} (+${points} cada vez${cap ? `, como máximo ${cap.cap} por ${PERIOD[cap.period]}` : ''})`,
    decayHalfLife: (days) => ` Los puntos de cada actividad se reducen a la mitad cada ${days} días desde el día en que ocurrió.`,
    decayWeekly: (points, count) =>
      ` La interacción pierde ${points} punto${count === 1 ? '' : 's'} por cada semana completa sin actividad, sin bajar nunca de 0.`,
    vetoes: (items) => `Los leads quedan descalificados, sea cual sea su puntuación, cuando ${items.join('; o cuando ')}.`,
    penalties: (items) => `Se restan puntos cuando ${items.join('; cuando ')}.`,
    penaltyItem: (condition, points) => `${condition} (−${points})`,
    kindNoun: { competitor: 'un competidor', student: 'un estudiante', freeEmailDomain: 'un correo gratuito' },
    sql: (items) => `Un lead cualificado por ventas (SQL) es un MQL para el que se ha confirmado todo lo siguiente: ${list(items)}.`,
    sqlItem: (label, description, by) =>
      `${label}${description ? ` — ${description}` : ''} (${by === 'sdr' ? 'lo verifica un SDR' : 'lo verifica ventas'})`,
    employees: 'empleados',
    lowerFirst: true,
  },
  handOff: {
    triggerConditions: [
      'Usa un correo corporativo (no de un proveedor gratuito)',
      'La empresa está en una región que cubre un equipo de ventas',
      'No es cliente actual ni tiene una oportunidad abierta',
    ],
    rejectionReasons: [
      'Perfil de empresa inadecuado (fuera del perfil de cliente ideal)',
      'Contacto equivocado (sin autoridad ni influencia)',
      'Sin necesidad ni presupuesto',
      'Duplicado, cliente actual u oportunidad abierta',
      'Datos de contacto erróneos o incompletos',
      'Competidor, estudiante o persona en busca de empleo',
    ],
    recycleReasons: [
      'Sin respuesta tras toda la cadencia de seguimiento',
      'Interesado, pero no comprará en los próximos 6 meses',
      'Sin presupuesto en este ejercicio fiscal',
      'El contacto dejó la empresa',
    ],
  },
  metrics: {
    noun: { mql: 'MQL', sal: 'SAL', sql: 'SQL', opportunity: 'oportunidades', deals: 'operaciones', leads: 'leads' },
    stageVolume: (stage) => `Volumen en ${stage}`,
    perPeriod: (noun, period) => `${noun} / ${PERIOD[period]}`,
    unnamedStage: 'Etapa sin nombre',
    mqlToSqlRate: 'Tasa MQL → SQL',
    acceptanceRate: 'Tasa de aceptación (MQL aceptados por ventas)',
    velocity: 'Velocidad (días de la captación a la venta)',
    winRate: 'Tasa de cierre',
    revenue: 'Ingresos (operaciones ganadas)',
    timeToFirstTouch: 'Tiempo hasta el primer contacto',
    followUpCompletion: (attempts, withinDays) =>
      `Leads con ${attempts === null ? 'todos los intentos acordados' : `los ${attempts} intentos`}${withinDays ? ` en ${withinDays} días como máximo` : ''}`,
    dispositionInTime: (days) => `Leads con resultado registrado en ${days ?? 'los'} días${days === null ? ' acordados' : ''}`,
    qualifyBy: (action, by) => {
      const verb = action === 'accept' ? 'aceptados' : action === 'contact' ? 'contactados' : 'cualificados';
      const when = 'day' in by ? `antes del ${by.day}` : `en ${by.hours === null ? 'el plazo acordado' : `${by.hours} horas como máximo`}`;
      return `MQL entregados ${verb} ${when}`;
    },
    weekday: {
      monday: 'lunes',
      tuesday: 'martes',
      wednesday: 'miércoles',
      thursday: 'jueves',
      friday: 'viernes',
      saturday: 'sábado',
      sunday: 'domingo',
    },
    unit: {
      percentLeads: '% de los leads',
      percentMqls: '% de los MQL',
      percentAccepted: '% aceptados',
      hours: 'horas',
      days: 'días',
      currency: 'moneda',
    },
    source: { crm: 'CRM', marketingAutomation: 'Automatización de marketing' },
  },
  compliance: {
    weekOf: (iso) => `Semana del ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`,
    months: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
    month: (name, year) => `${name} ${year}`,
    quarter: (q, year) => `T${q} ${year}`,
  },
  meetings: {
    title: {
      weeklyTriage: 'Revisión semanal de leads',
      monthlyOptimisation: 'Optimización mensual',
      quarterlyReview: 'Revisión trimestral de definiciones',
      content: 'Reunión de contenidos',
    },
    triage: {
      weekly: 'Revisión semanal de leads',
      biweekly: 'Revisión quincenal de leads',
      monthly: 'Revisión mensual de leads',
      quarterly: 'Revisión trimestral de leads',
    },
    agenda: {
      weeklyTriage: [
        'Calidad de los leads: MQL rechazados y sus motivos',
        'Cumplimiento del SLA: primer contacto, intentos, resultado',
        'Leads estancados o vencidos',
        'Acciones y responsables',
      ],
      monthlyOptimisation: [
        'Conversión por etapa frente al objetivo',
        'Cambios de puntuación y de asignación a probar',
        'Resultados de campañas y canales',
        'Decisiones y experimentos para el próximo mes',
      ],
      quarterlyReview: [
        'Perfil de cliente ideal y buyer personas',
        'Definición de lead cualificado y umbral de MQL',
        'Objetivos del SLA: mantener o modificar',
        'Métricas y herramientas',
      ],
      content: [
        'Opinión de ventas sobre los contenidos actuales',
        'Nuevas peticiones de contenido de ventas',
        'Qué contenidos ayudaron a cerrar operaciones',
        'Plan de contenidos del próximo mes',
      ],
    },
  },
};
