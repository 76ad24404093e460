import type { DefaultText } from './index';

const list = (items: string[]) => items.join('；');
const PERIOD = { week: '每周', month: '每月', quarter: '每季度', year: '每年' } as const;

export const zhCN: DefaultText = {
  commitment: {
    groundRules: ['决策期间请放下手机。', '用数据说话；个别案例要标明是个例。', '会上可以有分歧，会后一致执行。'],
    statement:
      '市场与销售承诺作为一个营收团队协同工作：我们就买方是谁、什么是合格线索、线索如何交接和跟进达成一致，并定期开会复盘数据、持续改进。',
  },
  leadProcess: {
    stage: {
      captured: '已获取',
      nurture: '培育',
      mql: 'MQL',
      sal: 'SAL',
      sql: 'SQL',
      opportunity: '商机',
      won: '赢单',
      lost: '丢单',
    },
    entryCriteria: {
      captured: '来自表单、活动或名单的联系方式，且已同意被联系。',
      nurture: '有效的企业联系人，但尚未表现出购买意向。',
      mql: '线索评分达到或超过第 5 步约定的 MQL 阈值。',
      sal: 'SDR 已审核该 MQL，并在受理时限内接受。',
      sql: '经沟通确认合格：预算、决策权、需求和时间均已确认。',
      opportunity: '已完成首次会议，并在 CRM 中创建了包含金额和预计成交日期的商机。',
      won: '合同已签署。',
      lost: '商机以丢单关闭，并记录了原因。',
    },
    recycleEdge: '回收：尚未准备购买',
    feedbackEdge: '线索质量反馈',
  },
  scoring: {
    starterSeniorities: '高管, 副总裁, 总监',
    starterDepartments: '市场, 销售, 运营',
    studentTitles: '学生, 研究生, 博士生, MBA 学生, 本科生, 实习生',
    seniority: { cLevel: '高管', vp: '副总裁', director: '总监', manager: '经理', individual: '普通员工' },
    engagement: {
      demo: '申请了产品演示',
      pricing: '访问了价格页面',
      webinar: '参加了网络研讨会',
      download: '下载了内容',
      emailClick: '点击了营销邮件',
    },
    bant: {
      budget: { label: '预算', description: '已预留预算，或买方能在今年内获得审批。' },
      authority: { label: '决策权', description: '我们在与决策者沟通，或决策者参与了评估。' },
      need: { label: '需求', description: '我们能解决的问题，并由买方亲口确认。' },
      timing: { label: '时间', description: '买方计划在未来两个季度内做出决定。' },
    },
  },
  definition: {
    mql: ({ threshold, minimumFit, minimumEngagement, vetoes }) => {
      const parts = [`得分至少 ${threshold} 分`];
      if (minimumFit) parts.push(`其中匹配度至少 ${minimumFit} 分`);
      if (minimumEngagement) parts.push(`${minimumFit ? '' : '其中'}互动至少 ${minimumEngagement} 分`);
      return `市场合格线索（MQL）是指${parts.join('，')}${vetoes ? '，且未被取消资格' : ''}的线索。得分为匹配度加互动，减去负面分。`;
    },
    fit: (items) => (items.length === 0 ? '匹配度：尚无匹配度标准。' : `匹配度（线索是谁）：${list(items)}。`),
    fitItem: (condition, points) => `${condition}（+${points}）`,
    engagement: (items, decay) => (items.length === 0 ? `互动：尚无互动标准。${decay}` : `互动（线索做了什么）：${list(items)}。${decay}`),
    engagementItem: (behaviour, points, cap) => `${behaviour}（每次 +${points}${cap ? `，${PERIOD[cap.period]}最多 ${cap.cap} 分` : ''}）`,
    decayHalfLife: (days) => `每项活动的分数自发生之日起每 ${days} 天减半。`,
    decayWeekly: (points) => `每满一周没有活动，互动分减少 ${points} 分，最低为 0。`,
    vetoes: (items) => `无论得分多少，出现以下情况时线索即被取消资格：${items.join('；或')}。`,
    penalties: (items) => `出现以下情况时扣分：${items.join('；')}。`,
    penaltyItem: (condition, points) => `${condition}（−${points}）`,
    kindNoun: { competitor: '竞争对手', student: '学生', freeEmailDomain: '免费邮箱' },
    sql: (items) => `销售合格线索（SQL）是指以下各项均已确认的 MQL：${list(items)}。`,
    sqlItem: (label, description, by) =>
      `${label}${description ? ` — ${description}` : ''}（${by === 'sdr' ? '由 SDR 核实' : '由销售核实'}）`,
    employees: '名员工',
    lowerFirst: false,
  },
  handOff: {
    triggerConditions: ['使用企业邮箱（非免费邮箱）', '公司位于销售团队覆盖的区域', '不是现有客户，也没有进行中的商机'],
    rejectionReasons: [
      '公司画像不符（不在理想客户画像内）',
      '联系人不对（没有决策权或影响力）',
      '没有需求或预算',
      '重复线索、现有客户或已有进行中的商机',
      '联系信息错误或不完整',
      '竞争对手、学生或求职者',
    ],
    recycleReasons: ['完成整个跟进节奏后仍无回应', '有兴趣，但未来 6 个月内不会购买', '本财年没有预算', '联系人已离职'],
  },
  metrics: {
    noun: { mql: 'MQL', sal: 'SAL', sql: 'SQL', opportunity: '商机', deals: '交易', leads: '线索' },
    stageVolume: (stage) => `${stage} 数量`,
    perPeriod: (noun, period) => `${noun} / ${{ week: '周', month: '月', quarter: '季度', year: '年' }[period]}`,
    unnamedStage: '未命名阶段',
    mqlToSqlRate: 'MQL → SQL 转化率',
    acceptanceRate: '接受率（被销售接受的 MQL）',
    velocity: '速度（从获取到赢单的天数）',
    winRate: '赢单率',
    revenue: '营收（赢单）',
    timeToFirstTouch: '首次联系用时',
    followUpCompletion: (attempts, withinDays) =>
      `${withinDays ? `${withinDays} 天内` : ''}完成全部${attempts === null ? '约定' : ` ${attempts} 次`}跟进的线索`,
    dispositionInTime: (days) => `在${days === null ? '约定天数' : ` ${days} 天`}内完成处置的线索`,
    qualifyBy: (action, by) => {
      const verb = action === 'accept' ? '接受' : action === 'contact' ? '联系' : '鉴定';
      const when = 'day' in by ? `在${by.day}前` : by.hours === null ? '在约定时间内' : `在 ${by.hours} 小时内`;
      return `${when}${verb}的已交付 MQL`;
    },
    weekday: {
      monday: '周一',
      tuesday: '周二',
      wednesday: '周三',
      thursday: '周四',
      friday: '周五',
      saturday: '周六',
      sunday: '周日',
    },
    unit: { percentLeads: '% 的线索', percentMqls: '% 的 MQL', percentAccepted: '% 被接受', hours: '小时', days: '天', currency: '货币' },
    source: { crm: 'CRM', marketingAutomation: '营销自动化' },
  },
  compliance: {
    weekOf: (iso) => `${iso} 当周`,
    months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    month: (name, year) => `${year}年${name}`,
    quarter: (q, year) => `${year}年第${q}季度`,
  },
  meetings: {
    title: {
      weeklyTriage: '每周线索分诊会',
      monthlyOptimisation: '月度优化会',
      quarterlyReview: '季度定义复盘会',
      content: '内容会议',
    },
    triage: { weekly: '每周线索分诊会', biweekly: '双周线索分诊会', monthly: '月度线索分诊会', quarterly: '季度线索分诊会' },
    agenda: {
      weeklyTriage: ['线索质量：被拒绝的 MQL 及原因', 'SLA 履约：首次联系、跟进次数、处置', '停滞或逾期的线索', '行动项与负责人'],
      monthlyOptimisation: ['各阶段转化率与目标对比', '拟尝试的评分和分配调整', '活动与渠道效果', '下月的决策与实验'],
      quarterlyReview: ['理想客户画像与用户画像', '合格线索定义与 MQL 阈值', 'SLA 目标：保留或修订', '指标与工具'],
      content: ['销售对现有内容的反馈', '销售提出的新内容需求', '哪些内容推动了成交', '下月内容计划'],
    },
  },
};
