import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APP_ID, EXTERNAL_LINK_ORIGINS, isAllowedExternalLink } from '../../../../src-main/core/app-identity';

const builderYml = readFileSync(fileURLToPath(new URL('../../../../electron-builder.yml', import.meta.url)), 'utf8');

describe('APP_ID', () => {
  it('equals appId in electron-builder.yml', () => {
    const lines = builderYml.split(/\r?\n/).filter((line) => /^appId\s*:/.test(line));
    expect(lines).toHaveLength(1);
    const appId = lines[0]!.replace(/^appId\s*:\s*/, '').replace(/\s+#.*$/, '').trim().replace(/^(['"])(.*)\1$/, '$2');
    expect(appId).toBe(APP_ID);
  });
});

describe('isAllowedExternalLink', () => {
  it('allows http(s) links on the listed origins', () => {
    expect(EXTERNAL_LINK_ORIGINS.length).toBeGreaterThan(0);
    for (const origin of EXTERNAL_LINK_ORIGINS) {
      expect(isAllowedExternalLink(origin)).toBe(true);
      expect(isAllowedExternalLink(`${origin}/complaint?id=1#top`)).toBe(true);
    }
    expect(isAllowedExternalLink('HTTPS://WWW.12315.CN/')).toBe(true);
  });

  it('refuses other origins, schemes, look-alikes and garbage', () => {
    const refused = [
      'https://example.com/',
      'http://www.12315.cn/',
      'https://www.12315.cn:8443/',
      'https://12315.cn/',
      'https://www.12315.cn.evil.example/',
      'https://evil.example/https://www.12315.cn',
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'mailto:someone@example.com',
      'smb://server/share',
      '//www.12315.cn/',
      'www.12315.cn',
      '',
    ];
    for (const url of refused) expect(isAllowedExternalLink(url), url).toBe(false);
  });
});
