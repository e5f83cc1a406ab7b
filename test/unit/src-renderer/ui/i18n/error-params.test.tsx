import { describe, expect, it } from 'vitest';
import { initI18n } from '../../../../../src-renderer/ui/i18n';
import { errorText } from '../../../../../src-renderer/ui/i18n/errors';

describe('errorText', () => {
  it('shows a status and a command by their labels, not their codes', async () => {
    const i18n = await initI18n('zh-CN');
    const text = errorText(i18n.t, { code: 'lifecycle.invalidTransition', params: { command: 'grading.approve', status: 'registered' } });
    expect(text).toContain('待初审');
    expect(text).not.toContain('registered');
    expect(text).not.toContain('grading.approve');
    await i18n.changeLanguage('en');
    expect(errorText(i18n.t, { code: 'lifecycle.invalidTransition', params: { command: 'grading.approve', status: 'registered' } })).toContain(
      'Awaiting screening',
    );
  });
});
