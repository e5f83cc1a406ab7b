/**
 * What a similar case may show of its texts on another customer's case page: nothing that
 * identifies anybody. `redactText` takes every phone, e-mail and ID number and the values
 * anonymisation knows of the case's customer (`erasureIdentifiers`: name, contacts, order and
 * ticket numbers, now and as the history recorded them, the address also shortened); this adds
 * what a description or a note says of people in its own words: the address down to the building
 * (在望京花园3号楼楼下), the customer by surname and title (王先生), a relative or another person
 * named after the word that introduces them (他的妻子李秀英 … 李秀英签收), an account written after
 * its platform (微信号 lixiuying_88, QQ 123456789) and a plate number.
 *
 * Conservative by design: a name is only taken where a kinship or role word introduces it and the
 * name ends where a name ends, and the surname is one that is rarely an ordinary word's first
 * character (安装, 严重, 许多 are not people); the tests run it over real reviews.
 */
import type { CaseRecord } from '../cases/case';
import { addressForms, erasureIdentifiers, valuesInHistory } from '../privacy/erasure-match';
import { REDACTED, redactText } from '../privacy/redact';

type History = ReadonlyArray<{ changes: Record<string, { before: unknown; after: unknown }> }>;

/**
 * Common surnames, less those that mostly begin ordinary words after a person (于是, 高兴, 方便, 安装,
 * 严重, 任何, 许多, 曾经, 付款, 毛病, 顾客, 余额, 常常, 万一, 何时, 陆续, 金额, 文件, 白白, 钱包, 龙头,
 * 叶子, 钟点, 范围, 夏天, 向你们, 汤面…).
 */
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭林罗郑梁谢宋唐韩冯邓曹彭肖董袁潘蒋蔡杜苏魏吕丁沈姚卢姜崔谭汪廖贾韦邹孟熊秦邱尹薛闫侯陶黎贺郝龚邵覃戴莫孔';
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐', '端木', '南宫'];
const SURNAME = `(?:${COMPOUND_SURNAMES.join('|')}|[${SURNAMES}])`;

/**
 * What comes right before a surname and title (王先生, 李女士; not 师傅 or 经理: the desk's own
 * staff go by those): not a name's other characters (小林先生, 季羡林先生 are someone else), but the
 * start, a mark, a particle or verb, or a role (配送员赵先生, 前台胡小姐, 感谢杨先生).
 */
const BEFORE_TITLED = '(?<=^|[^\\p{Script=Han}]|[的是给为和与跟向让请找叫被把对由及个位员理管台服长主称电知诉]|感谢|谢谢|联系|告诉|通知|转告)';

/** Words that introduce a person by name: a relative, a friend, whoever received the goods. */
const INTRODUCERS =
  '妻子|丈夫|老公|老婆|爱人|太太|夫人|儿子|女儿|父亲|母亲|爸爸|妈妈|婆婆|公公|岳父|岳母|哥哥|姐姐|弟弟|妹妹|女朋友|男朋友|女友|男友|朋友|同事|邻居|亲戚|家属|舅舅|姑姑|叔叔|阿姨|爷爷|奶奶|外公|外婆|姥姥|姥爷|联系人|收货人|收件人|签收人|代收人';
/** After the introducer a name may be announced (妻子叫李秀英, 收货人：李秀英, 收货人为李秀英). */
const INTRODUCED = new RegExp(`(?:${INTRODUCERS})(?:名叫|叫做|叫|是|为|[:：\\s])?(${SURNAME})(\\p{Script=Han}{1,2})`, 'gu');
/** Characters no given name holds: particles, pronouns, numerals, the verbs a sentence goes on with. */
const NOT_IN_NAME = new Set([...'的了是在有也都就还又已要想让对向从到为把被给很不没太更最这那个们过着得地所而但才再便说称来去和与跟及打买收签拿取送用等表告反投发接上下里外中吗呢吧啊呀么什几多少次天年月号点元块钱一二三四五六七八九十今昨明前后刚曾会能可应该将因']);
/** Two characters after a surname that are a word, not a name. */
const NOT_A_NAME = new Set(['黄色', '黄金', '黄油', '黄瓜', '黄牛', '谢谢', '胡说', '胡乱', '马桶', '马路', '孔子', '杜绝', '沈阳', '邵阳', '罗列', '林林', '宋体', '唐突', '孙子', '孙女', '陈旧', '陈列', '张贴', '周末', '周围', '周到', '周一', '吴江']);

/** Where a name may end: not inside a run of Han characters unless what follows begins the rest of the sentence. */
function endsName(next: string | undefined): boolean {
  return next === undefined || !/\p{Script=Han}/u.test(next) || NOT_IN_NAME.has(next);
}

/** The names a text introduces after a kinship or role word: 他的妻子李秀英（… gives 李秀英. */
export function introducedNames(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(INTRODUCED)) {
    const surname = match[1]!;
    const given = [...match[2]!];
    const after = match.index + match[0].length;
    // The longest name that ends where a name ends: 李秀英（ is three characters, 王强说 two (说 goes on).
    for (let length = given.length; length >= 1; length -= 1) {
      const part = given.slice(0, length);
      if (part.some((char) => NOT_IN_NAME.has(char))) continue;
      const next = length === given.length ? text[after] : given[length];
      const name = surname + part.join('');
      if (endsName(next) && !NOT_A_NAME.has(name.slice(0, 2))) {
        names.add(name);
        break;
      }
    }
  }
  return [...names];
}

/**
 * An account written after its platform or the word account (微信号 lixiuying_88, 微信：wxid_abc,
 * QQ 123456789, 账号 zhang_88): the label stays, the handle goes. Latin letters, digits and _-. only,
 * five or more (微信支付, QQ音乐 and 账号被盗 name no handle), and with a digit, _ or - unless a 号 or
 * a colon announces it (QQ EMAIL名片 is a phone's feature list; 微信号 lixiuying is an account).
 */
const HANDLE = '[A-Za-z0-9_.\\-\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A\\uFF3F]{5,}';
const ACCOUNT = new RegExp(
  `((?<![A-Za-z])(?:微信|vx|v信|wx|wechat|weixin|qq|微博|抖音|小红书|账号|帐号)(?:(?:号码|号)\\s*(?:[:：]|是|为)?|\\s*(?:[:：]|是|为))\\s*)${HANDLE}` +
    `|((?<![A-Za-z])(?:微信|vx|v信|wx|wechat|weixin|qq|微博|抖音|小红书|账号|帐号)\\s*)(?=[A-Za-z0-9.]*[0-9_\\-])${HANDLE}`,
  'giu',
);
/** A mainland plate number (京A12345, 粤B·D12345): a province, a letter, five or six letters and digits with a digit among them. */
const PLATE = /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·•\s]?(?=[A-HJ-NP-Z0-9]{0,5}\d)[A-HJ-NP-Z0-9]{5,6}(?![A-Za-z0-9])/gu;

/** The place an address names, down to the building (望京花园3号楼 of 北京市朝阳区望京花园3号楼502室): how a note says where it happened. */
function buildingForms(address: string): string[] {
  const forms = new Set<string>();
  for (const form of addressForms(address.replace(/\s+/gu, ''))) {
    for (const shorter of [form, form.replace(/^.{1,8}?(?:区|县|旗)/u, '')]) {
      forms.add(shorter);
      // The door without its 室 (望京花园3号楼502 上门).
      forms.add(shorter.replace(/(?<=\d)(?:室|房|号)$/u, ''));
      const building = /^(.+?\d+(?:号楼|栋|幢|座|号院))/u.exec(shorter)?.[1];
      if (building) forms.add(building);
    }
  }
  // Six characters at least: shorter is a street or a district, which names nobody.
  return [...forms].filter((form) => [...form].length >= 6);
}

/** The surname of a name (欧阳 of 欧阳娜娜, 王 of 王建国), or nothing for a firm or a name in Latin letters. */
function surnameOf(name: string): string {
  if (!/^\p{Script=Han}{2,4}$/u.test(name)) return '';
  return COMPOUND_SURNAMES.find((compound) => name.startsWith(compound) && name.length > 2) ?? name.slice(0, 1);
}

/** A surname before a title (王先生): the common ones, and the customer's own whatever it is (高先生 for 高建国). */
function titledPattern(names: readonly string[]): RegExp {
  // Han characters only (`surnameOf`): nothing to escape.
  const own = [...new Set(names.map(surnameOf).filter((surname) => surname !== ''))];
  return new RegExp(`${BEFORE_TITLED}(?:${[...own, SURNAME].join('|')})(?=先生|女士|小姐|太太)`, 'gu');
}

/**
 * The redaction of a similar case's texts: `texts` are all of them (the description, measures,
 * outcome, what the customer was told), so a name introduced in one (他的妻子李秀英) is taken out of
 * the others too (李秀英签收). `events`: the case's history, for values corrected since.
 */
export function similarRedactor(record: CaseRecord, events: History, texts: readonly string[]): (text: string) => string {
  const names = [record.customerName, ...events.flatMap((event) => [event.changes.customerName?.before, event.changes.customerName?.after])]
    .filter((name): name is string => typeof name === 'string')
    .map((name) => name.trim());
  const known = new Set([
    ...erasureIdentifiers([{ record, events }]),
    ...valuesInHistory(record, events, 'address').flatMap(buildingForms),
    ...texts.flatMap(introducedNames),
  ]);
  // Longest first: a whole address before the name inside it, 李秀英 before 李秀.
  const values = [...known].filter((value) => value.trim().length >= 2).sort((a, b) => b.length - a.length);
  const titled = titledPattern(names);
  return (text) =>
    redactText(text, values)
      .replace(titled, REDACTED)
      .replace(ACCOUNT, (_match, announced: string | undefined, label: string | undefined) => `${announced ?? label ?? ''}${REDACTED}`)
      .replace(PLATE, REDACTED);
}
