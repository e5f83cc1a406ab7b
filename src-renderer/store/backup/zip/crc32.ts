/**
 * CRC-32 (IEEE 802.3, the zip format's checksum), eight bytes a step ("slicing by 8"): a backup
 * checks every byte it writes and reads, and one table lookup per byte took several times as long.
 */

const TABLES = buildTables();

function buildTables(): Int32Array[] {
  const tables = Array.from({ length: 8 }, () => new Int32Array(256));
  const [first] = tables as [Int32Array];
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    first[n] = c;
  }
  // Table k is the CRC of a byte followed by k zero bytes.
  for (let k = 1; k < 8; k += 1) {
    const previous = tables[k - 1]!;
    const table = tables[k]!;
    for (let n = 0; n < 256; n += 1) table[n] = first[previous[n]! & 0xff]! ^ (previous[n]! >>> 8);
  }
  return tables;
}

/** The CRC-32 of `data`, continuing the CRC `previous` of the bytes before it (0 to start); unsigned. */
export function crc32(data: Uint8Array, previous = 0): number {
  const [t0, t1, t2, t3, t4, t5, t6, t7] = TABLES as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  let crc = ~previous;
  let i = 0;
  const whole = data.length - (data.length % 8);
  for (; i < whole; i += 8) {
    const low = crc ^ (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24));
    crc =
      t7[low & 0xff]! ^
      t6[(low >>> 8) & 0xff]! ^
      t5[(low >>> 16) & 0xff]! ^
      t4[low >>> 24]! ^
      t3[data[i + 4]!]! ^
      t2[data[i + 5]!]! ^
      t1[data[i + 6]!]! ^
      t0[data[i + 7]!]!;
  }
  for (; i < data.length; i += 1) crc = t0[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}
