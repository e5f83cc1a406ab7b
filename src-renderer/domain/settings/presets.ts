/**
 * The names a new desk starts with — its centre, departments and sub-categories — in the language
 * the administrator sets it up in. They are the centre's own data, not the app's words: a desk set
 * up in Chinese keeps its 客服中心 when someone works in English, and each is renamed in 设置.
 */
import { DEFAULT_SETTINGS, type Settings } from './settings';

export const PRESET_LANGUAGES = ['zh-CN', 'en'] as const;
export type PresetLanguage = (typeof PRESET_LANGUAGES)[number];

export type PresetNames = Pick<Settings, 'centreName' | 'departments' | 'categories'> & {
  /** The department of the administrator the setup creates. */
  adminDepartment: string;
};

const ENGLISH: PresetNames = {
  centreName: 'Customer Service Centre',
  departments: ['Customer Service', 'Quality Management', 'Logistics', 'After-sales Service', 'Finance', 'Legal', 'Operations'],
  categories: {
    product_quality: { subCategories: ['Damaged', 'Quality defect', 'Not as described', 'Expired or spoiled'], department: 'Quality Management' },
    service_attitude: { subCategories: ['Rude', 'Stalling', 'Promise not kept'], department: 'Customer Service' },
    logistics: { subCategories: ['Late delivery', 'Lost parcel', 'Wrong delivery', 'Damaged packaging'], department: 'Logistics' },
    after_sales: { subCategories: ['Return or exchange', 'Repair', 'Slow response'], department: 'After-sales Service' },
    billing: { subCategories: ['Overcharged', 'Refund not received', 'Invoice problem'], department: 'Finance' },
    policy: { subCategories: ['Promotion rules', 'Return policy'], department: 'Customer Service' },
    other: { subCategories: [], department: 'Customer Service' },
  },
  adminDepartment: 'Operations',
};

const CHINESE: PresetNames = {
  centreName: DEFAULT_SETTINGS.centreName,
  departments: DEFAULT_SETTINGS.departments,
  categories: DEFAULT_SETTINGS.categories,
  adminDepartment: '运营部',
};

export function presetNames(language: PresetLanguage): PresetNames {
  return language === 'en' ? ENGLISH : CHINESE;
}
