import i18next, { type TFunction } from 'i18next';
import { resources } from '../../../../../src-renderer/ui/i18n/resources';

/** The app's texts in one language, in an i18next instance of their own, so no other test's language leaks in. */
export async function translator(lng: 'zh-CN' | 'en'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng, fallbackLng: 'zh-CN', interpolation: { escapeValue: false } });
  return instance.t;
}
