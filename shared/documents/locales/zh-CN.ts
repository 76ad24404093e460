import type { DateParts, SlaStrings } from '../strings';

const pad2 = (n: number) => String(n).padStart(2, '0');
const date = (d: DateParts) => `${d.year}年${d.month}月${d.day}日`;
const months = (n: number | null) => (n === null ? '未设定' : `${n}个月`);

/** The SLA document in Simplified Chinese. */
export const ZH_CN: SlaStrings = {
  documentTitle: '服务水平协议',
  subtitle: (client) => `${client} 市场部与销售部之间`,
  unnamedClient: '客户公司',
  meta: { version: '版本', effectiveDate: '生效日期', term: '试行期', generated: '生成时间' },
  notSet: '未设定',
  months,
  clauses: { parties: '协议双方', purpose: '目的', commitments: '承诺', term: '期限', signatures: '签署' },
  partiesIntro: (client) => `本协议由 ${client} 的市场团队与销售团队（合称"双方团队"）订立，代表如下：`,
  noSigners: '尚未选定签署人。',
  unknownParticipant: (id) => `未知参与者（${id}）`,
  purpose: (client) =>
    `双方团队就以下承诺达成一致，使 ${client} 的每一条合格线索都以同样的方式被交付、跟进和核算。本协议以有限试行开始：少量承诺，按相同定义逐期衡量，并共同复盘，先确保执行再扩大范围。`,
  commitmentsIntro: '各团队承诺如下，按所示周期衡量：',
  noCommitments: '尚未记录任何承诺。',
  table: {
    party: '责任方',
    commitment: '承诺',
    target: '目标',
    measure: '衡量方式',
    period: '周期',
    note: '备注',
    met: '达成标准',
    atRisk: '有风险起点',
  },
  termText: (effective, n, lastDay) =>
    `本协议${effective ? `自${effective}起生效` : '的生效日期待定'}，${n === null ? '试行期待定' : `试行期为${months(n)}`}${lastDay ? `，至${lastDay}结束` : ''}。试行期内双方团队共同复盘每项承诺的执行情况；对本协议的任何修改均须书面作出并由双方重新签署。`,
  signaturesIntro: {
    draft: '本版本冻结后，由双方团队代表签署：',
    ready: '已冻结待签；由双方团队代表签署：',
    partiallySigned: '部分签署：等待双方团队代表的其余签名：',
    fullySigned: '由双方团队代表签署并会签：',
  },
  signedOn: (when) => `签署于 ${when}`,
  notYetSigned: '尚未签署',
  witnessNotSigned: '见证人未签署（可选）',
  otherVersion: (prefix) => `此签名针对本协议的另一版本（内容哈希 ${prefix}…），不适用于上文。`,
  hashLabel: '内容哈希（SHA-256）',
  hashExplanation:
    '这是本版本协议规范内容（协议双方、条款、承诺、生效日期、期限和签署人）的 SHA-256 哈希，上述每个签名均针对该内容。内容的任何改动都会产生不同的哈希。',
  footerVersion: (v) => `SLA 第${v}版`,
  pageOf: (page, total) => `第 ${page} 页，共 ${total} 页`,
  teams: { marketing: '市场', sales: '销售', sdr: '销售开发', operations: '运营', leadership: '管理层' },
  formatDate: date,
  formatDateTimeUtc: (d) => `${date(d)} ${pad2(d.hour)}:${pad2(d.minute)} UTC`,
  draftNotice: (v) => `第${v}版草稿：尚未冻结以供签署。每次编辑后其指纹都会改变。`,
  supersededNotice: (v, latest) => `第${v}版已被取代：第${latest}版是本协议的最新版本。`,
  commitmentsTableTitle: '承诺一览',
  capacity: { marketing: '代表市场部', sales: '代表销售部', witness: '高管见证人（可选）' },
  consentGiven: (line) => `同意声明：“${line}”`,
  appendixTitle: '附录 A — MQL 数量的推算过程',
  appendixIntro: (period) => `反向漏斗：从每${period}的收入目标倒推所需的市场合格线索，每一阶段都向上取整。`,
  funnelPeriod: { month: '月', quarter: '季度', year: '年' },
  funnelInputs: { revenueGoal: '收入目标', marketingShare: '市场部贡献占比', averageDealSize: '平均成交金额', salesReps: '销售人数' },
  funnelStages: { deals: '成交', opportunities: '商机', sqls: 'SQL', sals: 'SAL', mqls: 'MQL' },
  funnelColumns: { stage: '阶段', rate: '所用转化率（上一阶段 ÷ 转化率）', perPeriod: '每期', perMonth: '每月' },
  funnelYearly: {
    intro: (period) =>
      `反向漏斗：从收入目标（按${period}设定）倒推所需的市场合格线索。链条按一年计算，每一阶段都向上取整；每个较短周期的数字是年度数字除以一年中的周期数（4 个季度、12 个月、52 周）后只向上取整一次。`,
    columns: { perYear: '每年', perQuarter: '每季度', perMonth: '每月', perWeek: '每周' },
    derivationTitle: '各周期 MQL 数字的推算方式',
    derivation: ({ stage, per, yearly, n, exact, value }) => `${per}${stage}：${yearly} ÷ ${n} = ${exact}，向上取整为 ${value}`,
    per: { quarter: '每季度', month: '每月', week: '每周' },
  },
  auditTitle: '审计记录',
  auditIntro:
    '本协议生命周期中的每一个事件，按顺序排列。每个事件都带有前一事件的 SHA-256（哈希链），因此任何事件被修改、删除或调换顺序都会被发现。',
  auditColumns: { n: '#', event: '事件', when: '时间（UTC）', who: '操作人', detail: '详情', hash: '事件哈希' },
  auditEvents: { created: '创建', frozen: '冻结', signed: '签署', exported: '导出', amended: '修订' },
  auditOk: (n) => `哈希链已验证：共 ${n} 个事件，每一环都完好。`,
  auditBroken: (problem) => `哈希链已断裂：${problem}。`,
  sealedBy: (subject, fp) =>
    `本 PDF 由“${subject}”加盖电子印章，证书 SHA-256 指纹为 ${fp}。请与盖章方告知您的指纹核对；Accord 的“验证”功能和“accord verify”会检查印章和本审计记录。`,
  trailRecorded: (from, to, subject, fp) =>
    `${from === to ? `第 ${from} 个事件` : `第 ${from}–${to} 个事件`}由“${subject}”（证书 ${fp}）记录并盖章。`,
  trailAdopted: (from, to, subject, fp) =>
    `${from === to ? `第 ${from} 个事件` : `第 ${from}–${to} 个事件`}记录于 Accord 为审计记录盖章之前，由“${subject}”（证书 ${fp}）在升级时担保。`,
  trailUnsealed: (from, to) =>
    `${from === to ? `第 ${from} 个事件` : `第 ${from}–${to} 个事件`}记录于 Accord 为审计记录盖章之前，没有任何密钥为其担保。`,
  overrides: {
    title: '签署时接受的已知差异',
    intro: '本版本冻结待签时，以下数字并不一致；双方团队选择在此情况下签署：',
    reason: (r) => `给出的原因：“${r}”`,
    per: { week: (n) => `每周 ${n}`, month: (n) => `每月 ${n}`, quarter: (n) => `每季度 ${n}`, year: (n) => `每年 ${n}` },
    converted: (value, converted) => `${value}（≈ ${converted}）`,
    commitment: (n) => `承诺 ${n}`,
    volumeMismatch: ({ a, aValue, b, bValue, converted }) => `承诺 ${a}（${aValue}）与承诺 ${b}（${bValue}，≈ ${converted}）不一致。`,
    metricTargetMismatch: ({ metric, metricValue, n, commitmentValue }) =>
      `记分板指标“${metric}”的目标是 ${metricValue}，但承诺 ${n} 规定为 ${commitmentValue}。`,
    metricLevelMismatch: ({ metric, metricValue, n, level }) =>
      `记分板指标“${metric}”的目标是 ${metricValue}% 的线索，但承诺 ${n} 以 ${level}% 的线索为达成标准。`,
    calculatorMismatch: ({ n, value, calculated }) => `承诺 ${n} 规定为 ${value}，但计算器附录推算出 ${calculated}。`,
    calculatorOrphan: '计算器附录已打印，但已没有市场部的 MQL 数量承诺可供其测算。',
    unmeasuredCommitment: ({ n, what }) => `承诺 ${n}（${what}）：记分板上没有任何指标衡量它。`,
  },
};
