import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEksporAsn } from '../siasn/pegawai.js';
import { readAppraisalCsv, streamAppraisalCsv } from './appraisal.js';
import { cellsToObject, duplicateColumnsText, matchHeader } from './table.js';
import { readCsvTable } from './typed.js';

/**
 * A column heading that names a field another column already holds — `NIP` twice after a copy
 * and paste, or `nip` beside `nip_baru` — used to be kept under `extra` as an unknown column
 * while the first was read: a row whose two NIPs disagree was scored under one of them,
 * silently. Duplicate columns are now one field: a blank cell takes its twin's value, and a
 * row where they differ is rejected with both values.
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
    ['the same value', NIP, NIP, NIP, 0],
    ['the same value with spaces around it', NIP, ` ${NIP} `, NIP, 0],
    ['a blank first column: the twin fills it', '', NIP, NIP, 0],
    ['a blank twin', NIP, '  ', NIP, 0],
    ['different values: a conflict', NIP, '198703122010011003', NIP, 1],
  ])('%s', (_, a, b, nip, conflicts) => {
    const h = matchHeader({ line: 1, cells: ['nip', 'x', 'NIP'] }, 0, { nip: ['nip'] });
    const r = cellsToObject(h, { line: 2, cells: [a, 'y', b] });
    expect(r.fields.nip?.trim()).toBe(nip);
    expect(r.extra).toEqual({ x: 'y' });
    expect(r.conflicts).toHaveLength(conflicts);
  });

  it('names the columns that disagree, the filling twin included', () => {
    const h = matchHeader({ line: 1, cells: ['nip', 'NIP', 'Nip'] }, 0, { nip: ['nip'] });
    const r = cellsToObject(h, { line: 2, cells: ['', NIP, '198703122010011003'] });
    expect(r.conflicts).toEqual([
      {
        field: 'nip',
        first: { index: 1, name: 'NIP', value: NIP },
        second: { index: 2, name: 'Nip', value: '198703122010011003' },
      },
    ]);
  });

  it('rejects the rows whose twins disagree, says so once, and accounts for every row', async () => {
    const text = [
      HEAD,
      row(NIP, NIP),
      row(NIP, '198703122010011003'),
      row('', '198703122010011004'),
      row('198703122010011005', ''),
    ].join('\r\n');
    const r = readAppraisalCsv(text);
    expect(r.counts).toMatchObject({ input: 4, accepted: 3, rejected: 1 });
    expect(r.records.map((x) => x.appraisal.pegawai.nip)).toEqual([
      NIP,
      '198703122010011004',
      '198703122010011005',
    ]);
    expect(r.rejections).toHaveLength(1);
    expect(r.rejections[0]).toMatchObject({ row: 2, path: ['nip'], code: 'COLUMN_CONFLICT' });
    expect(r.rejections[0]?.message.id).toBe(
      `Kolom "nip (kolom 1)" dan "NIP (kolom 7)" sama-sama berarti nip tetapi isinya berbeda ("${NIP}" dan "198703122010011003"); mana yang benar tidak ditebak. Hapus atau perbaiki salah satu kolom.`,
    );
    expect(r.rejections[0]?.message.en).toContain('which one is right is not guessed');
    expect(r.decisions.map((d) => d.code)).toEqual(['DUPLICATE_COLUMNS']);
    expect(r.decisions[0]?.message.en).toBe(
      "Duplicate columns read as one: NIP (kolom 7) = nip (kolom 1); a blank cell takes its twin's value, rows where they differ are rejected",
    );
    // Not an unknown column any more: nothing under extra.
    expect(r.records.every((x) => x.extra === undefined || !('NIP' in x.extra))).toBe(true);
    // The streamed reader, cut anywhere, says the same.
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 40 }), async (size) => {
        const chunks: string[] = [];
        for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
        const it = streamAppraisalCsv(chunks);
        const rejections = [];
        for (;;) {
          const next = await it.next();
          if (next.done) {
            expect(next.value.counts).toEqual(r.counts);
            expect(next.value.decisions).toEqual(r.decisions);
            break;
          }
          if (next.value.type === 'rejected') rejections.push(...next.value.rejections);
        }
        expect(rejections).toEqual(r.rejections);
      }),
      { numRuns: 20 },
    );
  });

  it('holds in typed tables and the SIASN employee master too', () => {
    const t = readCsvTable(`nip;nilai;NIP\n${NIP};80;198703122010011003\n${NIP};81;\n`, {
      anchor: 'nip',
      columns: {
        nip: { aliases: ['nip'], type: 'nip', required: true },
        nilai: { aliases: ['nilai'], type: 'decimal' },
      },
    });
    expect(t.counts).toMatchObject({ input: 2, accepted: 1, rejected: 1 });
    expect(t.rejections[0]).toMatchObject({ row: 1, code: 'COLUMN_CONFLICT' });
    expect(t.decisions.map((d) => d.code)).toContain('DUPLICATE_COLUMNS');

    const m = readEksporAsn(
      [
        'PNS ID;NIP BARU;NAMA;JENIS JABATAN NAMA;NIP',
        `A1;${NIP};Siti;Jabatan Pelaksana;198703122010011003`,
        `A2;${NIP.replace('1002', '1006')};Ani;Jabatan Pelaksana;${NIP.replace('1002', '1006')}`,
      ].join('\n'),
    );
    expect(m.counts).toMatchObject({ input: 2, rejected: 1 });
    expect(m.rejections[0]).toMatchObject({ row: 1, code: 'COLUMN_CONFLICT' });
    expect(m.decisions.map((d) => d.code)).toContain('DUPLICATE_COLUMNS');
  });
});
