/**
 * Everyday compounds that contain a lexicon phrase but do not say what the
 * phrase says: 多媒体音量 is a phone's speaker, not a threat to go to the media;
 * 烟雾报警器 is a product, not a call to the police. A hit that lies wholly
 * inside one of these is not counted, whoever added the phrase: the matcher
 * applies the list to the admin's own entries too, so a desk whose saved
 * lexicon still holds an older built-in phrase (媒体) behaves like a new one.
 *
 * Built in rather than part of the admin's lexicon, so the stored lexicon
 * format stays `{ term, kind, severity }`. Only compounds that are neutral in
 * (almost) every sentence belong here: 自媒体 and 新媒体 stay out, because
 * 发到自媒体上曝光 is a media threat.
 */
export const NEUTRAL_COMPOUNDS: readonly string[] = [
  // 媒体: 多媒体 also covers 许多媒体/很多媒体 (reports cited, not threatened; 找媒体, 联系媒体… still count).
  '多媒体',
  '流媒体',
  '媒体播放器',
  '媒体文件',
  // 报警: an appliance's alarm, not the police.
  '报警器',
  '报警灯',
  '报警声',
  '报警音',
  '报警提示',
  '故障报警',
  '自动报警',
  '低电量报警',
  '电量不足时报警',
  '电量低时报警',
  // 媒体, 电视台: where the customer heard of the product, or a phone's media player; not a threat to go to them.
  '媒体推荐',
  '媒体介绍',
  '媒体宣传',
  '媒体报道',
  '媒体功能',
  '媒体音量',
  '电视台介绍',
  '电视台推荐',
  '电视台广告',
  '电视台宣传',
  // 垃圾: household goods and spam, not an insult.
  '垃圾桶',
  '垃圾袋',
  '垃圾处理器',
  '垃圾短信',
  '垃圾邮件',
  // 律师, 法院 (saved by older desks): the firm and the place, not a threat to sue.
  '律师事务所',
  '律师楼',
  '法院旁',
  '法院附近',
  '法院对面',
  '法院门口',
  '法院路',
  // 告你(们) inside another word: passing a message on, a report, a warning.
  '报告你',
  '报告你们',
  '转告你',
  '转告你们',
  '忠告你',
  '忠告你们',
  '广告你',
  // 人民日报: the news the customer read, not a threat to go to it.
  '人民日报报道',
  // 爆炸: a detergent, a hairstyle, a best seller, a price sticker, and "terribly" (差到爆炸); not an explosion.
  '爆炸盐',
  '爆炸头',
  '爆炸款',
  '爆炸贴',
  '爆炸花',
  '爆炸性',
  '信息爆炸',
  '到爆炸',
  // 中毒 of a computer or a phone (a virus); lexicon-context.ts knows it by 病毒, 杀毒… elsewhere in the sentence.
  '电脑中毒',
  '手机中毒',
  '平板中毒',
  '系统中毒',
  // 打人: dialling a human agent, calling someone (打人家电话), a figure of speech (气得想打人).
  '打人工',
  '打人家',
  '想打人',
  // A warning printed on the product or its box, or what it claims to prevent (防爆炸, 防漏电), not something that happened.
  ...['谨防', '防止', '以防', '以免', '严防', '小心', '当心', '注意防', '防'].flatMap((warn) =>
    ['爆炸', '起火', '着火', '触电', '漏电', '烫伤', '割伤', '划伤', '划伤了手', '中毒', '误吞', '误食'].map((hazard) => warn + hazard),
  ),
  // 划伤了手 inside a phone or a watch scratched: the goods, not the hand.
  '划伤了手机',
  '划伤了手表',
  '划伤了手柄',
  '划伤了手提',
  '划伤了手环',
  '划伤了手套',
  '划破了手机',
  '划破了手提',
  '划破了手套',
  // English: a shopping centre's food court; media files and players (a word of its own, see match.ts: multimedia never matches).
  'food court',
];
