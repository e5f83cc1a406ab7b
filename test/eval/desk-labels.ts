/**
 * Complaints from outside a take-away desk, each with the category a grader
 * would give it: negative reviews of `online_shopping_10_cats.csv`, named by
 * their row (0-based, header excluded) and product line so that the texts stay
 * in ../shared/ and a changed file is noticed. Drawn with a seeded sample of
 * 14 negative reviews of 12–120 characters per product line (书籍 left out);
 * rows whose complaint category a grader could argue (two troubles at once, a
 * rant with no complaint, a hotel's facilities) were left out, not guessed.
 * Labelled once by hand, before the blend they measure was changed.
 */
import type { Category } from '../../src-renderer/domain/cases/vocabulary';

export const LABELLED_SHOPPING_ROWS: ReadonlyArray<readonly [row: number, cat: string, category: Category]> = [
  [12296, '平板', 'product_quality'],
  [9823, '平板', 'logistics'],
  [10767, '平板', 'logistics'],
  [10126, '平板', 'policy'],
  [12578, '平板', 'product_quality'],
  [11958, '平板', 'after_sales'],
  [12384, '平板', 'product_quality'],
  [13097, '平板', 'product_quality'],
  [9549, '平板', 'product_quality'],
  [12298, '平板', 'after_sales'],
  [15664, '手机', 'product_quality'],
  [16091, '手机', 'product_quality'],
  [16082, '手机', 'product_quality'],
  [15153, '手机', 'product_quality'],
  [15061, '手机', 'product_quality'],
  [15932, '手机', 'product_quality'],
  [15700, '手机', 'product_quality'],
  [21280, '水果', 'product_quality'],
  [23887, '水果', 'product_quality'],
  [21306, '水果', 'product_quality'],
  [23450, '水果', 'logistics'],
  [21481, '水果', 'product_quality'],
  [25884, '水果', 'policy'],
  [31863, '洗发水', 'product_quality'],
  [36047, '洗发水', 'product_quality'],
  [35950, '洗发水', 'product_quality'],
  [36162, '洗发水', 'product_quality'],
  [34639, '洗发水', 'service_attitude'],
  [36671, '热水器', 'billing'],
  [36711, '热水器', 'billing'],
  [36699, '热水器', 'billing'],
  [36670, '热水器', 'logistics'],
  [36708, '热水器', 'logistics'],
  [36717, '热水器', 'logistics'],
  [47793, '衣服', 'after_sales'],
  [47412, '衣服', 'product_quality'],
  [47468, '衣服', 'product_quality'],
  [47487, '衣服', 'product_quality'],
  [44224, '衣服', 'product_quality'],
  [47770, '衣服', 'product_quality'],
  [51017, '计算机', 'after_sales'],
  [52519, '计算机', 'product_quality'],
  [50961, '计算机', 'product_quality'],
  [61764, '酒店', 'policy'],
];
