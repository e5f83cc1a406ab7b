import type { TFunction } from 'i18next';
import classes from './frame.module.css';

const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 as a Chinese numeral: 五, 十, 十二, 二十三. */
export function chineseNumeral(n: number): string {
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (tens === 0) return CHINESE_DIGITS[units]!;
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]!}十${CHINESE_DIGITS[units]!}`;
}

/** A form's sections numbered in the order they are printed (一、受理信息 … 五、初审结果), whichever are present. */
export function sectionNumbering(t: TFunction, language: string) {
  let n = 0;
  return (title: string) => {
    n += 1;
    return t('print.sectionNumbered', { n: language.startsWith('zh') ? chineseNumeral(n) : String(n), title });
  };
}

/** The shaded heading row of one part of a form, kept on the page of the row after it. */
export function SectionRow({ title }: { title: string }) {
  return (
    <tr className={classes.sectionRow}>
      <th colSpan={4} className={classes.section}>
        {title}
      </th>
    </tr>
  );
}
