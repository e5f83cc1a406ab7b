import { defineArea } from '../messages';

/** Idle lock, confirming destructive actions with the password, and the audit log viewer. */
export const securityMessages = defineArea(
  {
    security: {
      confirm: {
        password: '您的登录密码',
        hint: '此操作不可撤销，请再次输入密码确认是您本人操作。',
      },
    },
  },
  {
    security: {
      confirm: {
        password: 'Your password',
        hint: 'This cannot be undone: enter your password again to confirm it is you.',
      },
    },
  },
);
