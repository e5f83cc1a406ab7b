import { describe, expect, it } from 'vitest';
import { MAIN_MESSAGES, mainMessages } from '../../../../src-main/core/messages';

describe('mainMessages', () => {
  it('speaks English only when asked, Simplified Chinese otherwise', () => {
    expect(mainMessages('en').trayQuit).toBe('Quit');
    expect(mainMessages('zh-CN').trayQuit).toBe('退出');
    expect(mainMessages('fr').trayQuit).toBe('退出');
    expect(mainMessages('').trayTooltip).toBe('投诉处理台');
  });

  it('both languages have the same, non-empty keys', () => {
    expect(Object.keys(MAIN_MESSAGES.en).sort()).toEqual(Object.keys(MAIN_MESSAGES['zh-CN']).sort());
    for (const table of Object.values(MAIN_MESSAGES)) {
      for (const [key, text] of Object.entries(table)) expect(text.trim(), key).not.toBe('');
    }
  });
});
