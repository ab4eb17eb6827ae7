import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEksporAsn } from '../siasn/pegawai.js';
import { readAppraisalCsv, streamAppraisalCsv } from './appraisal.js';
import {
  cellsToObject,
  csvObjects,
  duplicateColumnsText,
  matchHeader,
  objectsByName,
} from './table.js';
import { readCsvTable } from './typed.js';

/**
 * A column heading that names a field another column already holds — `NIP` pasted twice, `nip`
 * beside `nip_baru`, or a two-level header flattened so that the pejabat penilai's `NIP` and
 * `Nama` repeat the employee's — was kept under `extra` as an unknown column while the field
 * was read from the first, and where the two differed nobody was told. The field is still read
 * from its first column (the penilai's NIP must never become the employee's), but the header
 * gets its own decision and every row where a twin differs is listed.
 */

const HEAD = 'nip;nama;jenis_jabatan;tahun;hasil_kerja;perilaku_kerja;NIP';
const NIP = '198703122010011002';
const row = (a: string, b: string) =>
  `${a};Siti;Pelaksana;2024;Di Atas Ekspektasi;Sesuai Ekspektasi;${b}`;

describe('duplicate columns of one field', () => {
  it('are matched as a second column of the field, not as unknown columns', () => {
    const h = matchHeader({ line: 1, cells: ['nip', 'nama', 'NIP', 'Nip Baru', 'catatan'] }, 0, {
      nip: ['nip', 'nip_baru'],
      nama: ['nama'],
    });
    expect(h.columns).toEqual({ nip: 0, nama: 1 });
    expect(h.duplicates).toEqual([
      { field: 'nip', index: 2, name: 'NIP' },
      { field: 'nip', index: 3, name: 'Nip Baru' },
    ]);
    expect(h.unmapped).toEqual([{ index: 4, name: 'catatan' }]);
    expect(duplicateColumnsText(h)).toBe(
      'NIP (kolom 3) = nip (kolom 1), Nip Baru (kolom 4) = nip (kolom 1)',
    );
  });

  it.each([
    ['the same value', NIP, NIP, 0],
    ['the same value with spaces around it', NIP, ` ${NIP} `, 0],
    ['a blank twin', NIP, '  ', 0],
    ['a blank first column: not filled from its twin, a conflict', '', NIP, 1],
    ['different values: a conflict', NIP, '198703122010011003', 1],
  ])('%s', (_, a, b, conflicts) => {
    const h = matchHeader({ line: 1, cells: ['nip', 'x', 'NIP'] }, 0, { nip: ['nip'] });
    const r = cellsToObject(h, { line: 2, cells: [a, 'y', b] });
    // The field is its own column's, always; the twin is kept under extra, in column order.
    expect(r.fields.nip).toBe(a);
    expect(r.extra).toEqual({ x: 'y', NIP: b });
    expect(Object.keys(r.extra)[0]).toBe('x');
    expect(r.conflicts).toHaveLength(conflicts);
  });

  it('reads every row from the first column and lists the rows where a twin differs', async () => {
    const text = [
      HEAD,
      row(NIP, NIP),
      row('198703122010011004', '198703122010011003'),
      row('198703122010011005', ''),
      row('198703122010011006', '199001012015031001'),
    ].join('\r\n');
    const r = readAppraisalCsv(text);
    expect(r.counts).toMatchObject({ input: 4, accepted: 4, rejected: 0 });
    expect(r.records.map((x) => x.appraisal.pegawai.nip)).toEqual([
      NIP,
      '198703122010011004',
      '198703122010011005',
      '198703122010011006',
    ]);
    expect(r.records[1]?.extra).toEqual({ NIP: '198703122010011003' });
    expect(r.decisions.map((d) => [d.code, d.rows])).toEqual([
      ['DUPLICATE_COLUMNS', []],
      ['COLUMN_CONFLICT', [2, 4]],
    ]);
    expect(r.decisions[0]?.message.en).toBe(
      'Duplicate columns: NIP (kolom 7) = nip (kolom 1); each field is read from its first column, the others are kept under "extra" (never used to fill a blank cell)',
    );
    expect(r.decisions[1]?.message.id).toBe(
      'Kolom "NIP (kolom 7)" berisi nilai lain daripada "nip (kolom 1)", yang dibaca sebagai nip; periksa apakah kolom itu milik orang lain (mis. pejabat penilai) atau salah salin',
    );
    // The streamed reader, cut anywhere, says the same.
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 40 }), async (size) => {
        const chunks: string[] = [];
        for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
        const it = streamAppraisalCsv(chunks);
        const records = [];
        for (;;) {
          const next = await it.next();
          if (next.done) {
            expect(next.value.counts).toEqual(r.counts);
            expect(next.value.decisions).toEqual(r.decisions);
            break;
          }
          if (next.value.type === 'accepted') records.push(next.value.record);
        }
        expect(records).toEqual(r.records);
      }),
      { numRuns: 20 },
    );
  });

  it('keeps the first of two unmapped columns under one name and says where they differ', () => {
    const text = [
      'nip;nama;jenis_jabatan;tahun;hasil_kerja;perilaku_kerja;lain;lain',
      `${NIP};Siti;Pelaksana;2024;Di Atas Ekspektasi;Sesuai Ekspektasi;pertama;kedua`,
      `${NIP};Siti;Pelaksana;2024;Di Atas Ekspektasi;Sesuai Ekspektasi;;kedua`,
      `${NIP};Siti;Pelaksana;2024;Di Atas Ekspektasi;Sesuai Ekspektasi;sama;sama`,
    ].join('\n');
    const r = readAppraisalCsv(text);
    // A blank first column is not filled from the second: its name stays absent.
    expect(r.records.map((x) => x.extra?.lain)).toEqual(['pertama', undefined, 'sama']);
    expect(r.decisions.map((d) => [d.code, d.rows])).toEqual([
      ['DUPLICATE_COLUMNS', []],
      ['UNKNOWN_COLUMNS_KEPT', []],
      ['COLUMN_CONFLICT', [1, 2]],
    ]);
    expect(r.decisions[0]?.message.en).toContain('lain (kolom 8) = lain (kolom 7)');
    // Plain objects by header name (legacy dumps) keep the first too; it used to be the last.
    expect(csvObjects('id;id;nama\n1;2;x\n').objects).toEqual([{ id: '1', nama: 'x' }]);
  });

  it('holds in typed tables and the SIASN employee master too', () => {
    const t = readCsvTable(`nip;nilai;NIP\n${NIP};80;198703122010011003\n${NIP};81;\n`, {
      anchor: 'nip',
      columns: {
        nip: { aliases: ['nip'], type: 'nip', required: true },
        nilai: { aliases: ['nilai'], type: 'decimal' },
      },
    });
    expect(t.counts).toMatchObject({ input: 2, accepted: 2, rejected: 0 });
    expect(t.decisions.map((d) => [d.code, d.rows])).toEqual([
      ['DUPLICATE_COLUMNS', []],
      ['COLUMN_CONFLICT', [1]],
    ]);

    const m = readEksporAsn(
      [
        'PNS ID;NIP BARU;NAMA;JENIS JABATAN NAMA;NIP',
        `A1;${NIP};Siti;Jabatan Pelaksana;198703122010011003`,
        `A2;${NIP.replace('1002', '1006')};Ani;Jabatan Pelaksana;${NIP.replace('1002', '1006')}`,
      ].join('\n'),
    );
    expect(m.records.map((x) => x.nip)).toEqual([NIP, NIP.replace('1002', '1006')]);
    expect(m.decisions.map((d) => [d.code, d.rows])).toEqual([
      ['DUPLICATE_COLUMNS', []],
      ['COLUMN_CONFLICT', [1]],
    ]);
  });

  it('objectsByName keeps a blank cell as "" in column order, a twin never fills it', () => {
    const h = matchHeader({ line: 1, cells: ['nip', 'nip_baru', 'nama', 'nip'] }, 0, {});
    const { objects, decisions } = objectsByName(h, [
      { line: 2, cells: ['', NIP, 'Ani', '198703122010011003', 'x'] },
      { line: 3, cells: [NIP, '', 'Budi'] },
      { line: 4, cells: [NIP, NIP, 'Cici', NIP] },
    ]);
    expect(objects).toEqual([
      { nip: '', nip_baru: NIP, nama: 'Ani', '#5': 'x' },
      { nip: NIP, nip_baru: '', nama: 'Budi' },
      { nip: NIP, nip_baru: NIP, nama: 'Cici' },
    ]);
    expect(Object.keys(objects[0] as object)).toEqual(['nip', 'nip_baru', 'nama', '#5']);
    expect(decisions.map((d) => [d.code, d.rows])).toEqual([
      ['DUPLICATE_COLUMNS', []],
      ['COLUMN_CONFLICT', [1]],
    ]);
  });
});
