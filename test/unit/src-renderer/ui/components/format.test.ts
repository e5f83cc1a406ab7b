import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../../../src-renderer/ui/components/format';

describe('formatBytes', () => {
  it('shows a size as a file manager does, the same wherever a file is listed', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    // 8.6 KB on the case page and 9 KB on the intake form and the print were the same file.
    expect(formatBytes(8_806)).toBe('9 KB');
    expect(formatBytes(3 * 1024 ** 2)).toBe('3.0 MB');
    expect(formatBytes(5.5 * 1024 ** 3)).toBe('5.50 GB');
  });
});
