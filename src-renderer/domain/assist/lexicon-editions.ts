/**
 * Editions of the built-in lexicon. A desk that saved its own lexicon keeps it as saved, so a
 * phrase the built-in list gains later (a missed threat, an English term) would never reach it.
 * The settings record the edition a lexicon was saved against (`assist.lexiconEdition`, none
 * before editions were counted: the first); the editor names the phrases added since and adds
 * them on request. A phrase the admin removed before its edition is not offered again.
 */
import { termKey } from './match';

export const LEXICON_EDITION = 4;

/** The phrases each edition added to the built-in list (the first edition is the list as first shipped). */
const ADDED_IN: Readonly<Record<number, readonly string[]>> = {
  // Missed threats, their threat sense of the legal terms, repeat complaints by name, safety words, English terms.
  2: [
    '发朋友圈', '发到朋友圈', '发到抖音', '发小红书', '发到小红书', '发到微博', '发到网上',
    '告你们', '告你', '找律师', '请律师', '委托律师', '联系律师', '咨询律师', '上法院', '告到法院', '告上法庭', '法院见', '法庭见',
    '鼓包', '电池漏液', '拉肚子', '上吐下泻', '煤气味', '燃气味', '煤气泄漏', '燃气泄漏', '误吞', '误食',
    '最后一次机会', '最后一次警告',
    '二次投诉', '第二次投诉', '第三次投诉', '投诉过好几次', '投诉了好几次', '投诉过多次', '反复投诉', '重复投诉', '上次投诉', '复诉', '上次反映', '反映过多次',
    'the media', 'the press', 'newspaper', 'journalist', 'reporter', 'tv station', 'go public',
    'consumer association', 'consumer council', 'consumer protection', 'trading standards', 'ombudsman',
    'lawyer', 'attorney', 'solicitor', 'sue', 'suing', 'lawsuit', 'legal action', 'to court', 'in court', 'call the police',
    'hurt', 'injured', 'injury', 'injuries', 'caught fire', 'on fire', 'burn', 'burnt', 'scalded', 'electric shock', 'electrocuted',
    'leaked electricity', 'leaking electricity', 'leaks electricity', 'explode', 'exploding', 'explosion', 'poisoning', 'poisoned', 'choking',
    'scam', 'rip-off', 'disgusting', 'unacceptable',
  ],
  // A person cut, not goods scratched (划伤 retired); sparks, hot plugs, burning smells, swollen batteries, a rash.
  3: [
    '划伤了手', '手被划伤', '划破了手', '手被划破', '孩子被划伤', '划伤手指', '手指被划伤', '划破手指', '手指划破',
    '冒火花', '打火花', '电火花', '插头发烫', '插座发烫', '插头烧焦', '插座烧焦', '电线烧焦', '烧焦的塑料味', '塑料烧焦', '电池起鼓', '起红疹', '起疹子', '红疹',
  ],
  // National media and complaint sites, the regulator's full and short names, violence, something hard in the food
  // and the mouth it hurt (with … for a word between), food poisoning as said, calling again about the complaint.
  4: [
    '人民日报', '新华社', '找央视', '上央视', '向央视', '给央视', '联系央视', '告到央视', '投诉到央视', '和央视', '或央视', '央视曝光', '央视记者', '焦点访谈', '315晚会', '新闻热线', '爆料', '黑猫投诉',
    '市场监督管理', '市场监督局', '市监局', '工商部门', '工商所', '工商管理部门', '消保委', '消委会', '315热线', '投诉315', '投诉到315',
    '动手打人', '打人', '殴打', '打伤', '打肿', '挨打', '被打了', '推搡',
    '吃出…铁丝', '吃出…钢丝', '吃出…玻璃', '吃出…钉子', '吃出…刀片', '吃出…别针', '吃出…铁片',
    '嘴…划破', '划破…嘴', '嘴…割破', '割破…嘴', '扎破…嘴', '硌…牙', '崩…牙', '卡…喉咙',
    '拉了…肚子', '闹肚子', '拉稀', '肚子疼', '肚子痛', '吃坏…肚子', '肠胃炎', '胃肠炎', '洗胃', '送医院', '送医', '急诊', '打点滴',
    '第二次来电', '第三次来电', '第四次来电', '第五次来电', '第2次来电', '第3次来电', '第4次来电', '多次来电', '再次来电', '反复来电', '屡次来电',
    '又一次来电', '第三次打电话', '第四次打电话', '第3次打电话',
  ],
};

/** The edition of a saved lexicon: the first when none was recorded, never past this build's. */
export function editionOf(saved: number | undefined): number {
  return Math.min(LEXICON_EDITION, Math.max(1, saved ?? 1));
}

/** The term keys the built-in list gained after `edition`. */
export function termsAddedAfter(edition: number): Set<string> {
  const keys = new Set<string>();
  for (const [added, terms] of Object.entries(ADDED_IN)) if (Number(added) > edition) for (const term of terms) keys.add(termKey(term));
  return keys;
}
