import type { ClauseStrings } from '../clauseStrings';
import { bullets } from './text';

const list = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('、')}和${items[items.length - 1]!}`);
const numbered = (rows: string[]) => rows.map((r, i) => `（${i + 1}）${r.replace(/[。.]$/, '')}。`).join('\n');
const FREQUENCY = { daily: '每日', weekly: '每周', monthly: '每月', quarterly: '每季度' } as const;

/** The SLA clauses in Simplified Chinese. */
export const ZH_CN_CLAUSES: ClauseStrings = {
  title: {
    parties: '协议双方',
    purpose: '目的',
    definitions: '定义',
    marketingCommitments: '市场部承诺',
    salesCommitments: '销售部承诺',
    handOff: '线索移交与回收',
    metrics: '指标与报告',
    review: '复盘与升级',
    term: '期限',
    amendments: '修订',
  },
  list,
  parties: ({ client, marketing, sales, witness }) =>
    [
      `本服务水平协议由${client}的市场团队与销售团队订立。`,
      marketing.length > 0 ? `市场部代表：${list(marketing)}。` : '市场部尚未指定代表。',
      sales.length > 0 ? `销售部代表：${list(sales)}。` : '销售部尚未指定代表。',
      witness ? `${witness}被列为高管见证人；见证人签名为可选，本协议经市场部和销售部签署即生效。` : '',
    ].join(''),
  purpose: ({ client, goal, statement }) =>
    `${statement ? `双方以在研讨会上共同作出的承诺开启本协议：“${statement}”\n` : ''}${client}的市场部与销售部就以下事项达成一致：什么是合格线索、线索如何移交和跟进、双方如何共同复盘结果${goal ? `，以共同实现“${goal}”这一目标` : ''}。两个团队保持独立；本协议通过共同的定义、书面的承诺和定期的复盘使双方协同一致。`,
  definitions: ({ threshold, minimumFit, minimumEngagement, sal, acceptanceHours, sqlCriteria, sqlStage }) =>
    [
      `MQL（市场合格线索）：按第 5 步的评分模型，得分至少 ${threshold} 分${minimumFit ? `（其中匹配度至少 ${minimumFit} 分）` : ''}且未被否决的线索。得分 = 匹配度 + 参与度 − 扣分。`,
      `评分阈值：${threshold} 分${minimumFit ? `，匹配度至少 ${minimumFit} 分` : ''}${minimumEngagement ? `，参与度至少 ${minimumEngagement} 分` : ''}。每项标准及其分值、上限和衰减均列于 MQL 定义附录，该附录是本协议的一部分。`,
      `SAL（销售接受线索）：销售${acceptanceHours ? `在收到后 ${acceptanceHours} 小时内` : ''}接受的 MQL${sal ? `——${sal.replace(/[。.]$/, '')}` : ''}。`,
      `SQL（销售合格线索）：${sqlCriteria.length > 0 ? `已确认${list(sqlCriteria)}的已接受线索。` : (sqlStage ?? '销售确认为真实购买机会的已接受线索。')}`,
    ].join('\n'),
  marketingCommitments: (rows) => (rows.length === 0 ? '市场部尚无承诺。' : `市场部承诺如下：\n${numbered(rows)}`),
  salesCommitments: ({ rows, rejectionReasons }) =>
    [
      rows.length === 0 ? '销售部尚无承诺。' : `销售部承诺如下：\n${numbered(rows)}`,
      rejectionReasons.length > 0
        ? `销售部对每一条退回的线索向市场部反馈，并注明以下约定原因之一：\n${bullets(rejectionReasons)}`
        : '销售部对每一条退回的线索向市场部反馈，并注明原因。',
    ].join('\n'),
  handOff: ({ threshold, conditions, routing, routingDetail, travelsWith, cadence, recycleReasons, reentryRule }) =>
    [
      conditions.length > 0
        ? `线索得分达到 ${threshold} 分并满足以下全部条件时，移交给销售：\n${bullets(conditions)}`
        : `线索得分达到 ${threshold} 分时，移交给销售。`,
      [
        `分配方式：${routing}${routingDetail ? `（${routingDetail.replace(/[。.]$/, '')}）` : ''}。`,
        travelsWith.length > 0 ? `销售接收线索时一并获得${list(travelsWith)}。` : '',
        cadence ? `销售在 ${cadence.days} 天内进行 ${cadence.attempts} 次跟进尝试。` : '',
      ]
        .filter(Boolean)
        .join(''),
      recycleReasons.length > 0 ? `出现以下任一情况时，线索连同记录的原因转回培育：\n${bullets(recycleReasons)}` : '',
      reentryRule ? `回流线索重新移交给销售的规则（双方原话）：“${reentryRule.replace(/[。.]$/, '')}”。` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  metrics: (rows) =>
    rows.length === 0
      ? '双方在共同的记分板上报告上述 SLA 承诺。'
      : `双方在共同的记分板上报告：\n${numbered(rows.map((m) => `${m.name}${m.target ? `，目标 ${m.target}` : ''}${m.source ? `，数据来自 ${m.source}` : ''}，${FREQUENCY[m.frequency]}报告`))}`,
  metricsTable: (n) => `双方在共同的计分板上跟踪 ${n} 项指标，每项指标的负责人、目标、数据来源和报告频率见下方计分板表格。`,
  perPeriod: { week: '每周', month: '每月', quarter: '每季度', year: '每年' },
  review: ({ cadence, escalation }) =>
    `市场部与销售部${cadence}共同复盘本协议的执行情况。${escalation ? `连续两个周期未达成的承诺将升级至：${escalation.replace(/[。.]$/, '')}。` : '连续两个周期未达成的承诺将升级至高管发起人。'}`,
  term: ({ effectiveDate, months, lastDay }) =>
    `本协议自${effectiveDate ?? '待定日期'}起生效${months ? `，试行期 ${months} 个月` : ''}${lastDay ? `，至${lastDay}止` : ''}；试行期满后双方复盘，决定续签、修改或终止。`,
  metricKind: {
    stageVolume: '阶段数量',
    stageConversion: '到下一阶段的转化率',
    mqlToSqlRate: 'MQL → SQL 转化率',
    acceptanceRate: '接受率',
    timeToFirstTouch: '首次联系用时',
    followUpCompletion: '跟进完成率',
    dispositionInTime: '按时处置率',
    velocity: '速度（在漏斗中的天数）',
    pipelineValue: '销售管道金额',
    winRate: '赢单率',
    revenue: '营收',
    custom: '自定义指标',
  },
  amendments: '签署后的任何修改均以本协议的新版本作出，列明修改内容，并由双方重新签署。旧版本连同其签名和指纹一并存档。',
  routing: { roundRobin: '轮流分配', territory: '按区域', accountOwner: '按客户负责人', namedQueue: '指定队列' },
  travelsWith: { activityHistory: '活动记录', contentConsumed: '浏览过的内容', scoreBreakdown: '得分明细', personaMatch: '画像匹配' },
  cadence: { weekly: '每周', biweekly: '每两周', monthly: '每月', quarterly: '每季度' },
  consentLine: '我已阅读本服务水平协议，并代表我的团队签署。',
  unnamedParticipant: '未命名的参与者',
  unnamedClient: '客户公司',
  person: (name, role) => (role ? `${name}（${role}）` : name),
  // A full-width parenthesis is how a Chinese contract adds a remark to an item.
  withNote: (row, note) => (note ? `${row}（${note.replace(/[。.]$/, '')}）` : row),
};
