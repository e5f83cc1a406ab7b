import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SeveritySuggestion as Suggestion } from '../../../../../../src-renderer/domain/assist/suggestions';
import type { Severity } from '../../../../../../src-renderer/domain/cases/vocabulary';
import { SeveritySuggestion } from '../../../../../../src-renderer/ui/features/assist/SeveritySuggestion';
import { initI18n } from '../../../../../../src-renderer/ui/i18n';

const TITLE = '建议严重程度';
beforeAll(async () => {
  const i18n = await initI18n('zh-CN');
  expect(i18n.t('suggest.severity.title')).toBe(TITLE);
});
afterEach(cleanup);

const angry: Suggestion = { suggested: 'general', reasons: [{ source: 'lexicon', term: '太差', kind: 'anger', severity: 'general', start: 0, end: 2 }] };
const modelSaysGeneral: Suggestion = { suggested: 'general', reasons: [{ source: 'model', severity: 'general', probability: 0.9 }] };
const media: Suggestion = { suggested: 'major', reasons: [{ source: 'lexicon', term: '曝光', kind: 'media', severity: 'major', start: 0, end: 2 }] };

const show = (suggestion: Suggestion, current: Severity) =>
  render(
    <MantineProvider>
      <SeveritySuggestion suggestion={suggestion} repeatCount={0} current={current} onAdopt={() => undefined} />
    </MantineProvider>,
  );

describe('SeveritySuggestion', () => {
  it('never proposes a lower severity because of angry words: they only say "at least"', () => {
    show(angry, 'serious');
    expect(screen.queryByRole('group', { name: TITLE })).toBeNull();
  });

  it('proposes a lower severity when the desk’s model names it, and a higher one for a phrase', () => {
    show(modelSaysGeneral, 'serious');
    expect(screen.getByRole('group', { name: TITLE }).textContent).toContain('建议定为：一般');
    cleanup();
    show(media, 'general');
    expect(screen.getByRole('group', { name: TITLE }).textContent).toContain('建议定为：重大');
  });
});
