import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../../src-renderer/domain/backup/manifest';
import { sha256HexOf } from '../../../../../src-renderer/store/core/digest';

describe('sha256HexOf', () => {
  it('gives the SHA-256 of the standard test vectors in lower-case hex', async () => {
    const utf8 = (text: string) => new TextEncoder().encode(text);
    expect(await sha256HexOf(utf8(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256HexOf(utf8('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes only the bytes of a view (an entry unzipped out of a larger file) and equals the synchronous hash', async () => {
    const whole = new Uint8Array(300_000);
    for (let i = 0; i < whole.length; i += 1) whole[i] = (i * 7919) % 251;
    const view = whole.subarray(1_000, 250_000);
    expect(await sha256HexOf(view)).toBe(sha256Hex(view));
    expect(await sha256HexOf(view)).not.toBe(await sha256HexOf(whole));
  });
});
