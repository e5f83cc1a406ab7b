import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS, ROLES } from '../../../src-renderer/domain/users/roles';

const ROLE_NAMES: Record<string, string> = {
  agent: '客服专员',
  supervisor: '客服主管',
  director: '部门总监',
  ops_director: '运营总监',
  legal: '法务',
  admin: '管理员',
};

/** The permission matrix as the README documents it. */
function matrixTable(): string {
  const header = `| command | ${ROLES.map((r) => `${r} ${ROLE_NAMES[r]}`).join(' | ')} |`;
  const rule = `|---|${ROLES.map(() => ':-:').join('|')}|`;
  const rows = Object.entries(PERMISSIONS).map(
    ([name, roles]) => `| \`${name}\` | ${ROLES.map((r) => ((roles as readonly string[]).includes(r) ? '✓' : '')).join(' | ')} |`,
  );
  return [header, rule, ...rows].join('\n');
}

describe('README', () => {
  it('documents exactly the permission matrix the store host enforces', () => {
    const readme = readFileSync(resolve(__dirname, '../../../README.md'), 'utf8');
    expect(readme).toContain(matrixTable());
  });
});
