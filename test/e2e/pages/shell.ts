import { expect, type Page } from '@playwright/test';
import type { Labels } from './labels';

export type Area = keyof Labels['nav'];
export type LanguageName = '简体中文' | 'English';

const ROUTES: Record<Area, string> = {
  intake: '/intake',
  tracking: '/tracking',
  dashboard: '/dashboard',
  reports: '/reports',
  improvements: '/improvements',
  alerts: '/alerts',
  settings: '/settings',
};

/** The application frame: header with the language switch, navigation of the areas. */
export function shellPage(page: Page, l: Labels) {
  const navigation = page.getByRole('navigation', { name: l.mainNav });
  const header = page.getByRole('banner');
  return {
    navigation,
    header,
    main: page.getByRole('main'),
    navLink: (area: Area) => navigation.getByRole('link', { name: l.nav[area], exact: true }),

    /** Loads the app on one area (a fresh page load). */
    async visit(area: Area) {
      await page.goto(`/#${ROUTES[area]}`);
      await expect(header.getByRole('heading', { name: l.appTitle, level: 1 })).toBeVisible();
    },

    /** Moves to an area the way a user does: through the navigation. */
    async open(area: Area) {
      await navigation.getByRole('link', { name: l.nav[area], exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`#${ROUTES[area]}$`));
    },

    /** The language switch in the header; its options are named in their own language. */
    async switchLanguage(name: LanguageName) {
      // The radio inputs of the segmented control are visually hidden: click the visible option text.
      await header.getByText(name, { exact: true }).click();
      await expect(header.getByRole('radio', { name, exact: true })).toBeChecked();
    },
  };
}
