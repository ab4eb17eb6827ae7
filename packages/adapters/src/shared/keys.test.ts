import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FieldReader, forbiddenKeys, normalizeKey } from './keys.js';
import { readRating } from './labels.js';
import { Ledger } from './result.js';
import { RowContext } from './row.js';
import { isDash } from './values.js';

/** The reader as it was before layouts were shared between rows (the reference). */
class ReferenceReader {
  readonly #byKey = new Map<string, string>();
  readonly #used = new Set<string>();
  constructor(readonly source: Readonly<Record<string, unknown>>) {
    for (const k of Object.keys(source)) {
      const n = normalizeKey(k);
      if (!this.#byKey.has(n)) this.#byKey.set(n, k);
    }
  }
  key(...names: string[]): string | undefined {
    for (const name of names) {
      const k = this.#byKey.get(normalizeKey(name));
      if (k !== undefined) {
        this.#used.add(k);
        return k;
      }
    }
    return undefined;
  }
  peek(...names: string[]): unknown {
    for (const name of names) {
      const k = this.#byKey.get(normalizeKey(name));
      if (k !== undefined) return this.source[k];
    }
    return undefined;
  }
  has(...names: string[]): boolean {
    return names.some((n) => this.#byKey.has(normalizeKey(n)));
  }
  extra(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(this.source)) if (!this.#used.has(k)) out[k] = this.source[k];
    return out;
  }
}

describe('FieldReader', () => {
  it('reads keys case- and separator-insensitively and keeps the unread ones', () => {
    const r = new FieldReader({ KuadranKinerjaNilai: 2, 'Unit Kerja': 'Dinas', foo: 1 });
    expect(r.get('kuadran_kinerja_nilai')).toBe(2);
    expect(r.peek('unitKerja')).toBe('Dinas');
    expect(r.has('UNIT-KERJA', 'x')).toBe(true);
    expect(r.key('missing', 'unit.kerja')).toBe('Unit Kerja');
    expect(r.extra()).toEqual({ foo: 1 });
  });

  it('the first spelling of a name wins; a later one stays in extra', () => {
    const r = new FieldReader({ nip: 'a', NIP: 'b' });
    expect(r.get('Nip')).toBe('a');
    expect(r.extra()).toEqual({ NIP: 'b' });
  });

  it('rows with the same keys share a layout but not their values or what was read', () => {
    const a = new FieldReader({ nip: '1', nama: 'A', x: 1 });
    const b = new FieldReader({ nip: '2', nama: 'B', x: 2 });
    expect(a.get('nip')).toBe('1');
    expect(b.get('NAMA')).toBe('B');
    expect(a.extra()).toEqual({ nama: 'A', x: 1 });
    expect(b.extra()).toEqual({ nip: '2', x: 2 });
    // Same keys in another order: another layout, still right.
    const c = new FieldReader({ nama: 'C', nip: '3' });
    expect(c.keyOf(['nip'])).toBe('nip');
    expect(c.extra()).toEqual({ nama: 'C' });
  });

  it('remembers what was read beyond the 31st key', () => {
    const source = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, i]));
    const r = new FieldReader(source);
    const ref = new ReferenceReader(source);
    for (const k of ['k0', 'k30', 'k31', 'k39', 'K35']) expect(r.get(k)).toBe(ref.peek(k));
    for (const k of ['k0', 'k30', 'k31', 'k39', 'K35']) ref.key(k);
    expect(r.extra()).toEqual(ref.extra());
    expect(Object.keys(r.extra())).toHaveLength(35);
  });

  it('answers as the per-row reader did, whatever the keys, the order of rows and the lookups, with or without the keys given', () => {
    const keys = fc.constantFrom(
      'nip',
      'NIP',
      'Nip ',
      'nama',
      'Nama_Lengkap',
      'namaLengkap',
      'unit.kerja',
      'unitKerja',
      '\uFEFFnip',
      'ｎｉｐ',
      'x',
      '__proto__x',
    );
    const record = fc
      .uniqueArray(fc.tuple(keys, fc.integer()), { selector: ([k]) => k, maxLength: 8 })
      .map((es) => Object.fromEntries(es));
    const lookup = fc.tuple(
      fc.constantFrom('key', 'peek', 'has'),
      fc.array(fc.oneof(keys, fc.constantFrom('NAMA LENGKAP', 'UNIT_KERJA', 'y')), {
        minLength: 1,
        maxLength: 3,
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(record, fc.array(lookup, { maxLength: 6 })), { maxLength: 20 }),
        (rows) => {
          // The keys a caller that built the records knows (one array per key list, shared
          // by the rows that have it, as cellsToObject shares its layout's).
          const known = new Map<string, string[]>();
          for (const [source, lookups] of rows) {
            const list = Object.keys(source);
            const id = JSON.stringify(list);
            if (!known.has(id)) known.set(id, list);
            const r = new FieldReader(source);
            const given = new FieldReader(source, known.get(id));
            const ref = new ReferenceReader(source);
            for (const [op, names] of lookups) {
              const want =
                op === 'key'
                  ? ref.key(...names)
                  : op === 'peek'
                    ? ref.peek(...names)
                    : ref.has(...names);
              for (const x of [r, given]) {
                if (op === 'key') expect(x.key(...names)).toBe(want);
                else if (op === 'peek') expect(x.peek(...names)).toBe(want);
                else expect(x.has(...names)).toBe(want);
              }
            }
            expect(r.extra()).toEqual(ref.extra());
            expect(given.extra()).toEqual(ref.extra());
            expect(given.twins).toEqual(r.twins);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('forbiddenKeys', () => {
  it('finds prototype-polluting keys in any case, nested in objects and arrays', () => {
    const v = JSON.parse(
      '{"a": {"__proto__": {"x": 1}}, "b": [{"Constructor": 1}, 2, {"PROTOTYPE": {"__PROTO__": 1}}], "__Proto__": 3}',
    );
    expect(forbiddenKeys(v)).toEqual([
      ['a', '__proto__'],
      ['b', 0, 'Constructor'],
      ['b', 2, 'PROTOTYPE'],
      ['__Proto__'],
    ]);
    expect(forbiddenKeys({ nip: '1', nama: 'x', list: [1, 'a', null] })).toEqual([]);
  });
});

describe('RowContext.open', () => {
  it('rejects prototype-polluting keys in any case, unless the adapter built the keys itself', () => {
    const ledger = new Ledger<{ row: number }>(1);
    expect(RowContext.open(ledger, 1, JSON.parse('{"__PROTO__": {"x": 1}, "nip": "1"}'))).toBe(
      undefined,
    );
    expect(ledger.finish().rejections[0]?.code).toBe('FORBIDDEN_KEY');
    expect(RowContext.open(ledger, 2, { nip: '1' }, { ownKeys: true })?.f.get('nip')).toBe('1');
  });

  it('reads a key spelled twice from its first spelling and reports the rows where the other differs', () => {
    const nip = '198703122010011002';
    const penilai = '197001011990031001';
    const rows: Record<string, unknown>[] = [
      { nip, NIP: nip, nama: 'A' }, // the same: nothing to say
      { nip, NIP: penilai, nama: 'B' }, // another NIP (a flattened penilai column)
      { nip: '', NIP: penilai, nama: 'C' }, // the first blank: not filled from the twin
      { nip, NIP: ' ', nama: 'D' }, // a blank twin says nothing
      { nip, NIP: '-', nama: 'E' }, // nor does "-" where it means empty
      { nip: 12, NIP: '12', nama: 'F' }, // the same text
      { nip, nama: 'G', 'Nama ': 'x' }, // a second pair, differing
      { nip, data: { a: 1 }, DATA: { a: 1 } }, // objects compared as JSON
      { nip, data: { a: 1 }, DATA: { a: 2 } },
    ];
    const ledger = new Ledger<{ row: number }>(rows.length);
    const read = rows.map((source, i) => {
      const rc = RowContext.open(ledger, i + 1, source, { dashIsEmpty: true });
      return rc === undefined
        ? undefined
        : { nip: rc.text(['nip']), nama: rc.text(['nama']), extra: rc.extra() };
    });
    expect(read.map((r) => r?.nip)).toEqual([nip, nip, undefined, nip, nip, '12', nip, nip, nip]);
    expect(read[1]?.extra).toEqual({ NIP: penilai });
    expect(read[6]?.extra).toEqual({ 'Nama ': 'x' });
    const decisions = ledger.finish().decisions.filter((d) => d.code === 'KEY_CONFLICT');
    expect(decisions.map((d) => [d.rows, d.message.en])).toEqual([
      [
        [2, 3],
        'Key "NIP" (another spelling of "nip") holds another value; "nip" is read and "NIP" kept under "extra" (never used to fill a blank); check the source',
      ],
      [[7], expect.stringContaining('Key "Nama " (another spelling of "nama")')],
      [[9], expect.stringContaining('Key "DATA" (another spelling of "data")')],
    ]);
    expect(decisions[0]?.message.id).toContain('Kunci "NIP" (ejaan lain dari "nip")');
  });

  it('reads the first name of a field with a value and reports where another name differs', () => {
    const nip = '198703122010011002';
    const baru = '199001012015011001';
    const rows: Record<string, unknown>[] = [
      { nip, nip_baru: nip }, // the same: nothing to say
      { nip, nip_baru: baru }, // another NIP: nip read, nip_baru reported and kept
      { nip: '', nip_baru: baru }, // the first blank: read from nip_baru, reported
      { nip: '-', nip_baru: baru }, // "-" as empty: the same
      { nip, nip_baru: ' ' }, // a blank other name says nothing
      { nip, nip_baru: '-' }, // nor does "-"
      { nip_baru: baru }, // only the second name: read, nothing to say
      { nip, NIPBARU: baru, tahun: 2024, tahun_skp: '2024' }, // any spelling; the same year
      { nip, tahun_skp: 2024, tahun: 2023 }, // another field, differing
      { nip: '', nip_baru: '  ' }, // no name with a value: absent
      { nip: `'${nip}`, nip_baru: nip, tahun_skp: '2024', tahun: ' 2024 ' }, // the same once read
    ];
    const ledger = new Ledger<{ row: number }>(rows.length);
    const read = rows.map((source, i) => {
      const rc = RowContext.open(ledger, i + 1, source, { dashIsEmpty: true });
      return rc === undefined
        ? undefined
        : {
            nip: rc.nip(['nip', 'nip_baru']),
            tahun: rc.integer(['tahun_skp', 'tahun']),
            extra: rc.extra(),
          };
    });
    expect(read.map((r) => r?.nip)).toEqual([
      nip,
      nip,
      baru,
      baru,
      nip,
      nip,
      baru,
      nip,
      nip,
      undefined,
      nip,
    ]);
    expect(read.map((r) => r?.tahun)).toEqual([
      ...Array(7).fill(undefined),
      2024,
      2024,
      undefined,
      2024,
    ]);
    // Another value is kept, not dropped; a name read is not kept twice.
    expect(read[1]?.extra).toEqual({ nip_baru: baru });
    expect(read[2]?.extra).toEqual({});
    expect(read[7]?.extra).toEqual({ NIPBARU: baru, tahun: 2024 });
    expect(read[8]?.extra).toEqual({ tahun: 2023 });
    const { decisions } = ledger.finish();
    expect(
      decisions
        .filter((d) => d.code.startsWith('ALIAS_') || d.code === 'DASH_AS_EMPTY')
        .map((d) => [d.code, d.rows, d.message.en]),
    ).toEqual([
      [
        'ALIAS_CONFLICT',
        [2],
        '"nip_baru" (another name for nip) holds another value than "nip", which is read; "nip_baru" is kept under "extra" and not used; check the source data',
      ],
      ['ALIAS_FILLED', [3, 4], '"nip" is blank; nip is read from "nip_baru"'],
      ['DASH_AS_EMPTY', [4], '"-" in "nip" read as empty'],
      [
        'ALIAS_CONFLICT',
        [8],
        expect.stringContaining('"NIPBARU" (another name for nip) holds another value than "nip"'),
      ],
      ['ALIAS_CONFLICT', [9], expect.stringContaining('"tahun" (another name for tahun_skp)')],
    ]);
    expect(decisions[0]?.message.id).toContain(
      '"nip_baru" (nama lain untuk nip) berisi nilai lain',
    );
  });

  it('reads a rating or predikat under two names as one when both read the same', () => {
    const rows: Record<string, unknown>[] = [
      { hasil: 'BAIK', hasil_akhir: 'Baik' }, // two spellings of one predikat
      { hasil: 'BAIK', hasil_akhir: '2' }, // SIASN's kuadran code 2 is BAIK as well
      { hasil: 'BAIK', hasil_akhir: 'Sangat Baik' }, // another predikat: reported
      { hasil: 'BAIK', hasil_akhir: 'entah' }, // unreadable: not the same, reported
      { rating: 'Diatas Espektasi', rating_hk: 'DI_ATAS_EKSPEKTASI' }, // one rating
      { rating: 'Diatas Espektasi', rating_hk: 'Sesuai Ekspektasi' }, // another: reported
      { hasil: 'entah', hasil_akhir: 'lain' }, // two unreadable texts are not one predikat
    ];
    const ledger = new Ledger<{ row: number }>(rows.length);
    const read = rows.map((source, i) => {
      const rc = RowContext.open(ledger, i + 1, source);
      return [rc?.predikat(['hasil', 'hasil_akhir']), rc?.rating(['rating', 'rating_hk'])];
    });
    expect(read).toEqual([
      ['BAIK', undefined],
      ['BAIK', undefined],
      ['BAIK', undefined],
      ['BAIK', undefined],
      [undefined, 'DI_ATAS_EKSPEKTASI'],
      [undefined, 'DI_ATAS_EKSPEKTASI'],
      [undefined, undefined],
    ]);
    const conflicts = ledger
      .finish()
      .decisions.filter((d) => d.code === 'ALIAS_CONFLICT')
      .map((d) => d.rows);
    expect(conflicts).toEqual([[3, 4, 7], [6]]);
  });

  it('a record without twin keys shares its layout and reports nothing', () => {
    const ledger = new Ledger<{ row: number }>(2);
    const a = RowContext.open(ledger, 1, { nip: '1', nama: 'A' });
    const b = RowContext.open(ledger, 2, { nip: '2', nama: 'B' });
    expect(a?.f.twins).toEqual([]);
    expect(b?.f.twins).toBe(a?.f.twins);
    expect(ledger.finish().decisions).toEqual([]);
  });
});

describe('label and dash fast paths', () => {
  it('isDash decides as its regular expression, on any text', () => {
    const dash = fc.constantFrom('-', '–', '—', ' ', '\t', '\u00a0', '\u3000', 'x', '0', '');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.array(dash, { maxLength: 5 }).map((a) => a.join('')),
        ),
        (s) => {
          expect(isDash(s)).toBe(/^\s*[-–—]\s*$/.test(s));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads a label the same on every row (the squashed spellings are remembered)', () => {
    for (let i = 0; i < 3; i++) {
      expect(readRating('Sesuai Espektasi')).toEqual(readRating('SESUAI_EKSPEKTASI'));
      expect(readRating('Di Atas Ekspektasi').ok).toBe(true);
    }
  });
});
