import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from './resources';

export const LANGUAGES = [
  { code: 'zh-CN', label: '简体中文', dayjs: 'zh-cn' },
  { code: 'en', label: 'English', dayjs: 'en' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'complaint-desk:language';

function initialLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  return LANGUAGES.some((l) => l.code === saved) ? (saved as Language) : 'zh-CN';
}

export function dayjsLocale(language: string): string {
  return LANGUAGES.find((l) => l.code === language)?.dayjs ?? 'zh-cn';
}

/** Initialises i18next once; zh-CN is the default and the fallback. */
export async function initI18n(language: Language = initialLanguage()) {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: 'zh-CN',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  } else {
    await i18next.changeLanguage(language);
  }
  dayjs.locale(dayjsLocale(language));
  document.documentElement.lang = language;
  return i18next;
}

/** Switches the language at run time and remembers it on this desktop. */
export async function setLanguage(language: Language): Promise<void> {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  await i18next.changeLanguage(language);
  dayjs.locale(dayjsLocale(language));
  document.documentElement.lang = language;
}
