import { describe, expect, it } from 'vitest';
import { SNOOZE_MINUTES } from '../../../../src-main/core/alert-feed';
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

describe('alert buttons', () => {
  it('name the snooze time the scheduler uses', () => {
    expect(mainMessages('zh-CN').alertSnooze).toBe(`${SNOOZE_MINUTES} 分钟后提醒`);
    expect(mainMessages('en').alertSnooze).toContain(String(SNOOZE_MINUTES));
    expect(mainMessages('zh-CN').alertAcknowledge).toBe('确认');
  });
});
