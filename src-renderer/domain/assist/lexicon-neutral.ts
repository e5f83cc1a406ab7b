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
  '故障报警',
  // 垃圾: household goods and spam, not an insult.
  '垃圾桶',
  '垃圾袋',
  '垃圾处理器',
  '垃圾短信',
  '垃圾邮件',
];
