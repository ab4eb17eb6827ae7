import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reconciles } from '../shared/result.js';
import {
  type EksporAsnItem,
  readEksporAsn,
  readEksporAsnStream,
  streamEksporAsn,
} from './index.js';

const HEAD = [
  'pns_id',
  'nip_baru',
  'nip_lama',
  'nama',
  'jenis_kelamin',
  'jenis_pegawai_nama',
  'jenis_jabatan_nama',
  'jabatan_nama',
  'gol_akhir_nama',
  'unor_id',
  'unor_nama',
  'tanggal_lahir',
];

const q = (s: string, d: string) =>
  s.includes('"') || s.includes(d) || /[\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;

/** Splits a text at the given fractions (a chunk boundary may fall inside a CRLF or a quote). */
function chunks(text: string, cuts: readonly number[]): string[] {
  const at = [...new Set(cuts.map((c) => Math.floor(c * text.length)))].sort((a, b) => a - b);
  const out: string[] = [];
  let prev = 0;
  for (const i of at) {
    out.push(text.slice(prev, i));
    prev = i;
  }
  out.push(text.slice(prev));
  return out;
}

async function* lazily(parts: readonly string[]) {
  for (const p of parts) yield p;
}

const cell = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 12 }) },
  fc.constantFrom('', '-', ' ', '"', 'a;b', 'a,b', 'x\r\ny', '=1+1', 'Penata (III/c)', '__proto__'),
);
const nip = fc.oneof(
  fc.constantFrom(
    '198703122010011002',
    '199001012019032005',
    "'197905052006041001",
    '1.98703E+17',
    '',
    '-',
    '19870312201001100',
  ),
  fc.stringMatching(/^\d{18}$/),
);
const jenisJabatan = fc.constantFrom(
  'Jabatan Fungsional Tertentu',
  'Jabatan Fungsional Umum',
  'Pelaksana',
  'Struktural',
  'Jabatan Struktural',
  'Astronaut',
  '',
);
const dataRow = fc.tuple(
  fc.stringMatching(/^[A-F0-9]{8}$/),
  nip,
  cell,
  fc.constantFrom('Siti Rahmawati', 'Budi Santoso', '', 'Dewi "Ani" Lestari'),
  fc.constantFrom('M', 'F', 'P', 'X', ''),
  fc.constantFrom('PNS Daerah', 'PPPK', ''),
  jenisJabatan,
  cell,
  fc.constantFrom('III/b', 'Penata Muda (III/a)', 'IX', 'x'),
  cell,
  cell,
  fc.constantFrom('12-03-1987', '1987-03-12', '31/02/1990', '', '32000'),
  fc.array(cell, { maxLength: 2 }),
);

/** A whole export: optional report title, blank lines, header (maybe missing), rows, line ends. */
const exportText = fc
  .record({
    delimiter: fc.constantFrom(',', ';'),
    eol: fc.constantFrom('\r\n', '\n'),
    bom: fc.boolean(),
    titles: fc.array(fc.constantFrom('EKSPOR DATA ASN', 'Instansi: Kab. Contoh', ''), {
      maxLength: 35,
    }),
    header: fc.boolean(),
    rows: fc.array(fc.oneof({ weight: 9, arbitrary: dataRow }, fc.constant(null)), {
      maxLength: 25,
    }),
    openQuote: fc.boolean(),
    finalEol: fc.boolean(),
  })
  .map((x) => {
    const d = x.delimiter;
    const lines = [
      ...x.titles,
      ...(x.header ? [HEAD.join(d)] : []),
      ...x.rows.map((r) => {
        if (r === null) return '';
        const [extraCells, ...rest] = [r[12], ...r.slice(0, 12)] as [string[], ...string[]];
        return [...rest, ...extraCells].map((c) => q(c, d)).join(d);
      }),
    ];
    const body = lines.join(x.eol) + (x.finalEol ? x.eol : '') + (x.openQuote ? '"open' : '');
    return (x.bom ? '\uFEFF' : '') + body;
  });

describe('readEksporAsnStream / streamEksporAsn', () => {
  it('give the same result as readEksporAsn on any chunking of any export', async () => {
    await fc.assert(
      fc.asyncProperty(
        exportText,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }),
        async (text, cuts) => {
          const whole = readEksporAsn(text);
          expect(reconciles(whole)).toBe(true);
          const parts = chunks(text, cuts);
          expect(parts.join('')).toBe(text);
          const streamed = await readEksporAsnStream(lazily(parts));
          expect(streamed).toEqual(whole);
          // The row-by-row items: one per data row, in order, carrying the same outcomes.
          const items: EksporAsnItem[] = [];
          for await (const it of streamEksporAsn(parts)) items.push(it);
          const rows = items.flatMap((it) => (it.kind === 'row' ? [it] : []));
          expect(rows.map((r) => r.row)).toEqual(
            Array.from({ length: whole.counts.input }, (_, i) => i + 1),
          );
          expect(rows.flatMap((r) => (r.record ? [r.record] : []))).toEqual(whole.records);
          expect(rows.flatMap((r) => r.rejections)).toEqual(whole.rejections);
          for (const r of rows) expect(r.record === undefined).toBe(r.rejections.length > 0);
        },
      ),
      { numRuns: 250 },
    );
  });

  it('reads a realistic export split inside a CRLF, a quoted cell and the BOM neighbourhood', async () => {
    const text =
      '\uFEFFEKSPOR DATA ASN\r\nInstansi: Pemerintah Kab. Contoh\r\n\r\n' +
      `${HEAD.join(',')}\r\n` +
      'A8ACA70001,198703122010011002,010000001,Siti Rahmawati,F,PNS Daerah,Jabatan Fungsional Tertentu,"Analis Kebijakan Ahli Muda",III/c,U1,"Bidang 1, Dinas X",12-03-1987\r\n' +
      'A8ACA70002,1.98801E+17,010000002,Budi Santoso,M,PNS Daerah,Pelaksana,"Pengolah\r\nData",III/a,U2,Bidang 2,-\r\n' +
      'A8ACA70003,199001012019032005,010000003,Dewi Lestari,F,PPPK,Jabatan Fungsional Umum,Pengadministrasi Umum,IX,U1,Bidang 1,01-01-1990\r\n';
    const whole = readEksporAsn(text);
    expect(whole.counts).toEqual({ input: 3, accepted: 2, rejected: 1, excluded: 0 });
    expect(whole.rejections[0]).toMatchObject({ row: 2, code: 'NIP_SCIENTIFIC_NOTATION' });
    expect(whole.decisions.map((d) => [d.code, d.rows])).toEqual([
      ['HEADER_ROW_DETECTED', []],
      ['DASH_AS_EMPTY', [2]],
    ]);
    for (let i = 1; i < text.length; i += 7) {
      expect(await readEksporAsnStream([text.slice(0, i), text.slice(i)])).toEqual(whole);
    }
  });

  it('pulls the source lazily: the first employee comes out before the file is read', async () => {
    let pulled = 0;
    async function* source() {
      yield `${HEAD.join(',')}\n`;
      for (let i = 0; i < 100_000; i++) {
        pulled++;
        const nip = `19870312${String(2010000000 + i)}`;
        yield `P${i},${nip},,Pegawai ${i},M,PNS Daerah,Pelaksana,Pengolah Data,III/a,U1,Bidang 1,\n`;
      }
    }
    const it = streamEksporAsn(source());
    const seen: number[] = [];
    for await (const item of it) {
      if (item.kind === 'row' && item.record) seen.push(item.row);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual([1, 2, 3]);
    // Delimiter detection samples 32 lines, and one row is held back: nothing near the whole file.
    expect(pulled).toBeLessThan(40);
  });

  it('rejects every row when no header is found in the first 30 records, like the whole-text reader', async () => {
    const text = `${Array.from({ length: 30 }, (_, i) => `judul ${i}`).join('\n')}\n${HEAD.join(',')}\nA,198703122010011002,,Siti,F,PNS,Pelaksana,x,III/a,U1,B,\n`;
    const whole = readEksporAsn(text);
    expect(whole.rejections.every((r) => r.code === 'CSV_HEADER_NOT_FOUND')).toBe(true);
    expect(whole.counts.rejected).toBe(whole.counts.input);
    expect(await readEksporAsnStream(chunks(text, [0.3, 0.5, 0.9]))).toEqual(whole);
  });
});
