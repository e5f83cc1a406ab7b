import { defineArea } from '../messages';

/** Suggestions at intake and grading (category, severity, emotion). */
export const suggestMessages = defineArea(
  {
    suggest: {
      category: '初判类别',
      categoryPlaceholder: '可不选，分类定级时再定',
      categories: '建议类别',
      chip: '{{category}} {{percent}}%',
      chipTitle: '可信度 {{percent}}%，点击采用',
      severity: {
        title: '建议严重程度',
        suggested: '建议定为：{{severity}}',
        because: '（原因：{{reasons}}）',
        adopt: '采用',
        adoptLabel: '采用建议的严重程度：{{severity}}',
        separator: '；',
        reasons: {
          lexicon: '提及{{kind}}',
          repeat: '该客户近期第 {{count}} 次投诉',
          regulator: '12315 转办件',
          model: '本中心类似投诉多定为“{{severity}}”（{{percent}}%）',
        },
      },
      source: {
        rules: '建议来自内置规则：本中心已分类的投诉还不够多。',
        model: '建议依据本中心 {{count, number}} 宗已分类的投诉。',
        modelWithRules: '建议依据本中心 {{count, number}} 宗已分类的投诉；其中很少提到{{phrases}}，这部分主要按内置规则判断。',
        phrase: '“{{phrase}}”',
        phraseSeparator: '、',
      },
      unavailable: '暂时无法给出建议。',
    },
  },
  {
    suggest: {
      category: 'Preliminary category',
      categoryPlaceholder: 'Optional; decided at grading',
      categories: 'Suggested categories',
      chip: '{{category}} {{percent}}%',
      chipTitle: 'Confidence {{percent}}%; click to use it',
      severity: {
        title: 'Suggested severity',
        suggested: 'Suggested: {{severity}}',
        because: ' (because: {{reasons}})',
        adopt: 'Use',
        adoptLabel: 'Use the suggested severity: {{severity}}',
        separator: '; ',
        reasons: {
          lexicon: '{{kind}} mentioned',
          repeat: 'complaint no. {{count}} of this customer lately',
          regulator: '12315 referral',
          model: 'similar complaints here were mostly graded “{{severity}}” ({{percent}}%)',
        },
      },
      source: {
        rules: 'Suggestions from built-in rules: this desk has not categorised enough complaints yet.',
        model: "Suggestions based on this desk's {{count, number}} categorised complaints.",
        modelWithRules: "Suggestions based on this desk's {{count, number}} categorised complaints; few of them mention {{phrases}}, so for that part the suggestion relies mostly on the built-in rules.",
        phrase: '"{{phrase}}"',
        phraseSeparator: ', ',
      },
      unavailable: 'No suggestions at the moment.',
    },
  },
);
