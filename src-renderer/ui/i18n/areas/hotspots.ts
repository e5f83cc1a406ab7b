import { defineArea } from '../messages';

/** Hot-spot early warnings (批量投诉苗头) on the dashboard. */
export const hotspotsMessages = defineArea(
  {
    hotspots: {
      title: '批量投诉苗头',
      window: '近 {{count}} 天与此前 {{baseline}} 天的日均相比',
      empty: '近 {{count}} 天没有异常上升',
      noBaseline: '此前 {{days}} 天的投诉太少，暂不比较。',
      kinds: { category: '类别', keyword: '关键词', product: '产品' },
      keyword: '“{{word}}”',
      recent: '近 {{days}} 天 {{count}} 宗',
      customers: '来自 {{count}} 位客户',
      baseline: '此前日均 {{rate}} 宗',
      expected: '预期约 {{expected}} 宗',
      ratio: '{{ratio}} 倍',
      ratioHint: '近期宗数 ÷ 预期宗数。预期按此前日均计算，今天尚未过去的时段不计；按类别比较时，还按近期投诉中已定级的比例折算；按关键词比较时，全部投诉都增多的话预期随之提高。',
      new: '新出现',
      since: '始于 {{time}}',
      open: '查看投诉',
      openLabel: '在跟踪表中查看：{{kind}} {{what}}（近 {{days}} 天 {{count}} 宗）',
    },
  },
  {
    hotspots: {
      title: 'Emerging complaint clusters',
      window: 'Last {{count}} days against the daily rate of the $t(units.days, {"count": {{baseline}} }) before',
      window_one: 'The last day against the daily rate of the $t(units.days, {"count": {{baseline}} }) before',
      empty: 'No unusual rise in the last {{count}} days',
      empty_one: 'No unusual rise in the last day',
      noBaseline: 'Too few complaints in the $t(units.days, {"count": {{days}} }) before to compare with.',
      kinds: { category: 'Category', keyword: 'Keyword', product: 'Product' },
      keyword: '“{{word}}”',
      recent: '{{count}} in the last $t(units.days, {"count": {{days}} })',
      customers: 'from {{count}} customers',
      customers_one: 'from one customer',
      baseline: '{{rate}} a day before',
      expected: 'about {{expected}} expected',
      ratio: '{{ratio}} ×',
      ratioHint: 'Recent complaints ÷ the number expected. The expected number follows the daily rate before, without the part of today still to come; for a category, it is also scaled to the share of recent complaints already graded; for a keyword, it rises when all complaints rose.',
      new: 'New',
      since: 'since {{time}}',
      open: 'Show complaints',
      openLabel: 'Show in the tracking table: {{kind}} {{what}} ({{count}} in the last $t(units.days, {"count": {{days}} }))',
    },
  },
);
