/**
 * Rows as JSON, exactly: what JSON cannot say (undefined, NaN and ±Infinity, dates, binary
 * files) is written as a tagged object, and an object whose own keys start with `$` is wrapped,
 * so no stored value can be mistaken for a tag.
 */

type Encoded = null | boolean | number | string | Encoded[] | { [key: string]: Encoded };

const TAGS = new Set(['$undef', '$num', '$date', '$blob', '$obj']);

/** `onBlob` is handed each Blob and answers its number (where its bytes are in the file). */
export function encodeValue(value: unknown, onBlob: (blob: Blob) => number): Encoded {
  if (value === undefined) return { $undef: 1 };
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $num: String(value) };
  if (Array.isArray(value)) return value.map((item: unknown) => encodeValue(item, onBlob));
  if (value instanceof Date) return { $date: value.getTime() };
  if (isBlob(value)) return { $blob: onBlob(value), type: value.type };
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, Encoded> = {};
    let tagLike = false;
    for (const [key, item] of Object.entries(value)) {
      if (key.startsWith('$')) tagLike = true;
      out[key] = encodeValue(item, onBlob);
    }
    return tagLike ? { $obj: out } : out;
  }
  // Nothing else is stored by the desk; failing loudly beats a backup that silently lost data.
  throw new Error(`backup: cannot encode a value of type ${Object.prototype.toString.call(value)}`);
}

/** The inverse of `encodeValue`; `blob` answers the Blob of a number. */
export function decodeValue(value: unknown, blob: (n: number, type: string) => Blob): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item: unknown) => decodeValue(item, blob));
  const record = value as Record<string, unknown>;
  const [first] = Object.keys(record);
  if (first !== undefined && TAGS.has(first)) {
    if (first === '$undef') return undefined;
    if (first === '$num') return Number(record.$num);
    if (first === '$date') return new Date(Number(record.$date));
    if (first === '$blob') return blob(Number(record.$blob), String(record.type ?? ''));
    return decodeObject(record.$obj as Record<string, unknown>, blob);
  }
  return decodeObject(record, blob);
}

/** The Blobs an encoded value refers to (number and type), as `decodeValue` will ask for them. */
export function blobsOf(value: unknown, found: Array<{ n: number; type: string }> = []): Array<{ n: number; type: string }> {
  if (value === null || typeof value !== 'object') return found;
  if (Array.isArray(value)) {
    for (const item of value) blobsOf(item, found);
    return found;
  }
  const record = value as Record<string, unknown>;
  const [first] = Object.keys(record);
  if (first === '$blob') found.push({ n: Number(record.$blob), type: String(record.type ?? '') });
  else if (first === '$obj') blobsOf(record.$obj, found);
  else if (first === undefined || !TAGS.has(first)) for (const item of Object.values(record)) blobsOf(item, found);
  return found;
}

function decodeObject(record: Record<string, unknown>, blob: (n: number, type: string) => Blob): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(record)) out[key] = decodeValue(item, blob);
  return out;
}

/** Blobs cloned out of IndexedDB may come from another realm (jsdom, workers): duck-typed. */
function isBlob(value: unknown): value is Blob {
  if (typeof Blob !== 'undefined' && value instanceof Blob) return true;
  const tag = Object.prototype.toString.call(value);
  return tag === '[object Blob]' || tag === '[object File]';
}
