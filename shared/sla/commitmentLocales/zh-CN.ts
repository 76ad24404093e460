import type { ResponseAction } from '../../workshop/steps/sla';
import type { RowParts, CommitmentWords } from './types';

const zhVerb: Record<ResponseAction, string> = { qualify: '完成资格审核', accept: '决定接受或退回', contact: '完成联系' };
const zhShare = (p: RowParts) => (p.all ? `${p.each}每条 MQL 均` : `${p.each}至少 ${p.level}% 的 MQL `);

export const zh: CommitmentWords = {
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
