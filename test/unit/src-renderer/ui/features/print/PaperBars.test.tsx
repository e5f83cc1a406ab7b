import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PaperBars } from '../../../../../../src-renderer/ui/features/print/PaperBars';

describe('PaperBars', () => {
  it('cuts a label too long for the room left of the bars with …, and reads every label whole', () => {
    const long = '内蒙古自治区呼和浩特市赛罕区客户服务与售后保障部';
    render(<PaperBars title="受理量：按责任部门" description={`受理量：按责任部门：${long} 3 宗、售后服务部 1 宗`} bars={[{ label: long, value: 3 }, { label: '售后服务部', value: 1 }]} />);
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-label')).toContain(long);
    const labels = [...chart.querySelectorAll('[data-bar] text:first-child')].map((text) => text.textContent);
    expect(labels[1]).toBe('售后服务部');
    expect(labels[0]!.endsWith('…')).toBe(true);
    expect(long.startsWith(labels[0]!.slice(0, -1))).toBe(true);
    // About eleven characters fit beside the bars.
    expect([...labels[0]!].length).toBeLessThanOrEqual(12);
    // The longest bar takes the whole width, the other its share; each is labelled with its count.
    const widths = [...chart.querySelectorAll('rect')].map((rect) => Number(rect.getAttribute('width')));
    expect(widths[1]! * 3).toBeCloseTo(widths[0]!);
    expect([...chart.querySelectorAll('[data-bar] text:last-child')].map((text) => text.textContent)).toEqual(['3', '1']);
  });
});
