import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { assessEmotion, matchLexicon } from '../../../../../../src-renderer/domain/assist/emotion';
import { DEFAULT_LEXICON } from '../../../../../../src-renderer/domain/assist/lexicon';
import { EmotionReasons } from '../../../../../../src-renderer/ui/features/assist/EmotionReasons';
import { excerptRanges, HighlightedText } from '../../../../../../src-renderer/ui/features/assist/HighlightedText';
import { initI18n, type Language } from '../../../../../../src-renderer/ui/i18n';

afterEach(cleanup);

async function show(ui: ReactElement, language: Language = 'zh-CN') {
  await initI18n(language);
  return render(<MantineProvider>{ui}</MantineProvider>);
}

/** What the reader sees of the text (MantineProvider adds its style tags to the container). */
const shown = (container: HTMLElement) => container.querySelector('[data-highlighted-text]')?.textContent;

/** The marked pieces, in order, as [text, kind, accessible name]. */
const marks = (container: HTMLElement) =>
  [...container.querySelectorAll('mark')].map((mark) => [mark.textContent, mark.dataset.kind, mark.getAttribute('aria-label')]);

describe('HighlightedText', () => {
  it('marks each hit at its place and keeps the rest of the text as it was typed', async () => {
    const text = '再不退款我就打１２３１５，还要找媒体曝光！';
    const { container } = await show(<HighlightedText text={text} hits={matchLexicon(text, DEFAULT_LEXICON)} />);
    expect(shown(container)).toBe(text);
    expect(marks(container)).toEqual([
      ['１２３１５', 'regulator', '监管投诉：１２３１５'],
      ['媒体', 'media', '媒体曝光：媒体'],
      ['曝光', 'media', '媒体曝光：曝光'],
    ]);
    expect(screen.getByTitle('监管投诉：１２３１５').tagName).toBe('MARK');
  });

  it('names the kind in the user’s language', async () => {
    const text = '我要报警';
    const { container } = await show(<HighlightedText text={text} hits={matchLexicon(text, DEFAULT_LEXICON)} />, 'en');
    expect(marks(container)).toEqual([['报警', 'legal', 'Legal action: 报警']]);
  });

  it('shows excerpts around the hits, joined by an ellipsis, when the text is longer than maxLength', async () => {
    const text = `${'甲'.repeat(100)}我要曝光${'乙'.repeat(100)}还要报警${'丙'.repeat(100)}`;
    const hits = matchLexicon(text, DEFAULT_LEXICON);
    const { container } = await show(<HighlightedText text={text} hits={hits} maxLength={40} />);
    // Two windows of 9 characters each side of a 2-character hit, cut on both sides.
    expect(shown(container)).toBe(`…${'甲'.repeat(7)}我要曝光${'乙'.repeat(9)}…${'乙'.repeat(7)}还要报警${'丙'.repeat(9)}…`);
    expect(marks(container).map(([mark]) => mark)).toEqual(['曝光', '报警']);
  });

  it('merges windows that touch and never cuts a surrogate pair', () => {
    const text = `😀😀😀😀😀😀😀😀😀😀曝光${'x'.repeat(50)}`;
    const hits = matchLexicon(text, DEFAULT_LEXICON);
    const [[start, end]] = excerptRanges(text, hits, 20) as [[number, number]];
    expect(start % 2).toBe(0);
    expect(text.slice(start, end)).toMatch(/^😀+曝光x+$/u);
    expect(excerptRanges('曝光了，又曝光', matchLexicon('曝光了，又曝光', DEFAULT_LEXICON), 5)).toEqual([[0, 7]]);
  });

  it('shows the start of a long text without hits, and ignores hits that do not fit the text', async () => {
    const { container } = await show(
      <HighlightedText text={'丁'.repeat(50)} hits={[{ term: '曝光', kind: 'media', severity: 'major', start: 60, end: 62 }]} maxLength={10} />,
    );
    expect(shown(container)).toBe(`${'丁'.repeat(10)}…`);
    expect(container.querySelectorAll('mark')).toHaveLength(0);
  });
});

describe('EmotionReasons', () => {
  it('shows the level, the kinds, the suggested severity, the context and the phrases in context', async () => {
    const assessment = assessEmotion('你们再不处理，我就打12315，还要找记者', DEFAULT_LEXICON, { repeatCount: 3 });
    const { container } = await show(<EmotionReasons assessment={assessment} />);
    const group = screen.getByRole('group', { name: '情绪与升级信号' });
    expect(group.dataset.emotionLevel).toBe('escalating');
    expect(screen.getByText('有升级风险')).toBeTruthy();
    expect([...container.querySelectorAll('.mantine-Badge-root')].map((badge) => badge.textContent)).toEqual([
      '有升级风险',
      '媒体曝光',
      '监管投诉',
      '重复投诉',
    ]);
    expect(screen.getByText('建议严重程度至少为“重大”')).toBeTruthy();
    expect(screen.getByText('该客户近期第 3 次投诉')).toBeTruthy();
    expect(marks(container).map(([mark]) => mark)).toEqual(['12315', '记者']);
  });

  it('says which phrases a negation kept out, and renders nothing for a calm text', async () => {
    const negative = assessEmotion('太差了，但我不会去曝光', DEFAULT_LEXICON);
    await show(<EmotionReasons assessment={negative} />);
    expect(screen.getByText('情绪激烈')).toBeTruthy();
    expect(screen.getByText('前面有否定词，未计入：曝光')).toBeTruthy();
    // Anger alone argues for the lowest severity: "at least 一般" would say nothing.
    expect(screen.queryByText(/建议严重程度/)).toBeNull();
    cleanup();

    const { container } = await show(<EmotionReasons assessment={assessEmotion('快递晚了一天', DEFAULT_LEXICON)} />);
    expect(container.querySelector('[data-emotion-level]')).toBeNull();
  });
});
