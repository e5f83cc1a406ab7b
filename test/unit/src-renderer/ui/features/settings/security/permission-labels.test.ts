import { describe, expect, it } from 'vitest';
import { PERMISSIONS, type Permission } from '../../../../../../../src-renderer/domain/users/roles';
import { errorText } from '../../../../../../../src-renderer/ui/i18n/errors';
import { translator } from '../../../i18n/translator';

describe('auth.forbidden names the refused action', () => {
  it('has a label for every permission in both languages', async () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const t = await translator(language);
      for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
        const label = t(`security.permission.${permission}`);
        expect(label, `${language} ${permission}`).not.toBe(`security.permission.${permission}`);
        expect(label.length, `${language} ${permission}`).toBeGreaterThan(1);
      }
    }
  });

  it('says whose role may not do what, in the user’s language', async () => {
    const refusal = { code: 'auth.forbidden', params: { permission: 'settings.update', role: 'agent' } };
    expect(errorText(await translator('zh-CN'), refusal)).toBe('您的角色（客服专员）无权执行“修改设置”。');
    expect(errorText(await translator('en'), refusal)).toBe('Your role (Agent) is not allowed to change settings.');
  });
});
