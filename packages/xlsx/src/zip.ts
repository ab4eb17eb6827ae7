/**
 * The central directory of a zip file (an `.xlsx` workbook is one), read from its bytes without
 * inflating anything: the name and declared uncompressed size of every entry, so that a
 * workbook too large to open in memory is refused before exceljs inflates it.
 */

/**
 * An entry of a zip file's central directory.
 *
 * @example
 * ```ts
 * const sheet: ZipEntry = { name: 'xl/worksheets/sheet1.xml', size: 92_197_223 };
 * ```
 */
export interface ZipEntry {
  /** Path inside the zip, e.g. `xl/worksheets/sheet1.xml`. */
  readonly name: string;
  /** Declared uncompressed size in bytes (ZIP64 sizes included, as a double). */
  readonly size: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
/** The end-of-central-directory record: 22 bytes and a comment of at most 65,535. */
const EOCD_MIN = 22;
const EOCD_MAX_BACK = EOCD_MIN + 0xffff;

const NAMES = new TextDecoder('utf-8');

/**
 * The entries of a zip file's central directory, in directory order, or undefined when the
 * bytes do not end with a well-formed directory (not a zip, truncated, inconsistent offsets):
 * such a file is left to the zip reader, which reports it. Sizes are as the directory declares
 * them; a forged directory can understate them.
 *
 * @example
 * ```ts no-run
 * zipEntries(fs.readFileSync('pegawai.xlsx'))?.find((e) => e.name === 'xl/worksheets/sheet1.xml');
 * // { name: 'xl/worksheets/sheet1.xml', size: 92197223 }
 * ```
 */
export function zipEntries(bytes: Uint8Array): readonly ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.byteLength;
  let eocd = -1;
  for (let p = n - EOCD_MIN; p >= Math.max(0, n - EOCD_MAX_BACK); p--) {
    if (view.getUint32(p, true) === EOCD && p + EOCD_MIN + view.getUint16(p + 20, true) === n) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) return undefined;
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    // ZIP64: the locator just before the record points to the ZIP64 end record.
    const loc = eocd - 20;
    if (loc < 0 || view.getUint32(loc, true) !== ZIP64_LOCATOR) return undefined;
    const at = u64(view, loc + 8);
    if (at + 56 > n || view.getUint32(at, true) !== ZIP64_EOCD) return undefined;
    count = u64(view, at + 32);
    offset = u64(view, at + 48);
  }
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > n || view.getUint32(p, true) !== CENTRAL) return undefined;
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > n) return undefined;
    const name = NAMES.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    let size = view.getUint32(p + 24, true);
    if (size === 0xffffffff) {
      const big = zip64Size(view, p + 46 + nameLength, extraLength);
      if (big === undefined) return undefined;
      size = big;
    }
    entries.push({ name, size });
    p = end;
  }
  return entries;
}

/** A little-endian unsigned 64-bit integer as a double (exact below 2^53). */
function u64(view: DataView, at: number): number {
  return view.getUint32(at + 4, true) * 2 ** 32 + view.getUint32(at, true);
}

/**
 * The uncompressed size in the ZIP64 extra field (id 1) of a central entry whose 32-bit size is
 * 0xFFFFFFFF: the field's first value (it lists only the sizes that overflowed, uncompressed
 * first).
 */
function zip64Size(view: DataView, from: number, length: number): number | undefined {
  for (let q = from; q + 4 <= from + length; ) {
    const id = view.getUint16(q, true);
    const size = view.getUint16(q + 2, true);
    if (q + 4 + size > from + length) return undefined;
    if (id === 1) return size >= 8 ? u64(view, q + 4) : undefined;
    q += 4 + size;
  }
  return undefined;
}
