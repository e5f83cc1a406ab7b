import { MantineProvider, Stack, Text, Title } from '@mantine/core';
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsSection } from '../../../../../../src-renderer/ui/features/settings/SettingsSection';

afterEach(() => cleanup());

const html = (ui: ReactElement) => {
  const { container, unmount } = render(<MantineProvider>{ui}</MantineProvider>);
  const markup = container.innerHTML;
  unmount();
  return markup;
};

// The block each settings form wrote out by hand before (时限, 工作日历, 提醒): the section renders it unchanged.
describe('SettingsSection', () => {
  it('renders the heading, the hint and the fields exactly as the forms did by hand', () => {
    const byHand = html(
      <Stack gap="xs">
        <Title order={4} size="h5">
          响应时限
        </Title>
        <Text size="sm" c="dimmed">
          从受理起计算
        </Text>
        <input aria-label="一般" />
      </Stack>,
    );
    expect(
      html(
        <SettingsSection title="响应时限" hint="从受理起计算">
          <input aria-label="一般" />
        </SettingsSection>,
      ),
    ).toBe(byHand);
  });

  it('keeps the heading and hint together and spaces the fields wider when spread (the lists of days)', () => {
    const byHand = html(
      <Stack gap="md">
        <div>
          <Title order={4} size="h5">
            休息日与调休
          </Title>
          <Text size="sm" c="dimmed">
            法定节假日之外
          </Text>
        </div>
        <input aria-label="休息日" />
      </Stack>,
    );
    expect(
      html(
        <SettingsSection title="休息日与调休" hint="法定节假日之外" spread>
          <input aria-label="休息日" />
        </SettingsSection>,
      ),
    ).toBe(byHand);
  });
});
