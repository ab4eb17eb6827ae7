/*
 * Fuzzing: every parser, on random bytes, strings and JSON (including adversarial keys and
 * values), must return a result — never throw — and account for every row.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvObjects, parseCsv, readAppraisalCsv, readCsvTable } from '../src/csv/index.js';
import {
  penilaianToAppraisals,
  readLaporanPenilaianCsv,
  readPenilaian,
  readPeriodeReferensi,
  readRencanaAksi,
  readSkpKinerja,
  recheckPenilaian,
} from '../src/ekinerja/index.js';
import { readOpmt, readSapk } from '../src/legacy/index.js';
import { type ParseResult, reconciles } from '../src/shared/index.js';
import {
  indexPegawai,
  readEksporAsn,
  readKinerjaPeriodik,
  readReference,
  readSkp22,
  readSkpPp46,
  recheckSiasn,
  recheckSkpPp46,
  skp22ToAppraisals,
} from '../src/siasn/index.js';
import { nipOf } from './fixtures.js';

const KEYS = [
  'nip',
  'NIP',
  'tahun',
  'Tahun',
  'hasilKinerjaNilai',
  'PerilakuKerjaNilai',
  'KuadranKinerjaNilai',
  'kuadranKinerja',
  'koefisenId',
  'bulanMulaiPenilaian',
  'bulanSelesaiPenilaian',
  'hasil_kerja',
  'perilaku_kerja',
  'hasil_akhir',
  'is_skp_plt_plh_pjb',
  'periode_akhir_skp',
  'periode_awal',
  'periode_akhir',
  'id',
  'rhk',
  'indikators',
  'aspek',
  'target',
  'TAHUN',
  'NILAI_SKP',
  'nilaiSkp',
  'orientasiPelayanan',
  'path',
  '__proto__',
  'constructor',
  'Prototype',
];

const VALUES = fc.oneof(
  fc.constantFrom(
    1,
    2,
    3,
    5,
    0,
    -1,
    2023,
    '2023',
    'CUKUP',
    'DIATAS ESPEKTASI',
    '-',
    '',
    '1.98703E+17',
    nipOf(3),
    198703122010011000,
    '31/12/2023',
    45291,
    '12 Dokumen',
    '1,5 Laporan',
    'kuantitas',
    null,
    true,
  ),
  fc.string(),
  fc.double(),
  fc.integer(),
);

const record = fc.dictionary(
  fc.constantFrom(...KEYS),
  fc.oneof(VALUES, fc.array(VALUES, { maxLength: 3 })),
  {
    maxKeys: 12,
  },
);
const adversarialJson = fc.oneof(
  fc.array(fc.oneof(record, VALUES, fc.array(record, { maxLength: 2 })), { maxLength: 8 }),
  fc.record({ data: fc.array(record, { maxLength: 8 }) }),
  fc.record({ data: fc.record({ kinerja: fc.array(record, { maxLength: 5 }) }) }),
  record,
  fc.jsonValue(),
  fc.string(),
);

const check = <R extends { row: number }>(r: ParseResult<R>) => {
  expect(reconciles(r)).toBe(true);
  // The adapters account for every row themselves; the ledger's safety net never fires.
  expect(r.rejections.some((x) => x.code === 'ROW_UNACCOUNTED')).toBe(false);
  for (const x of r.rejections) {
    expect(x.message.id.length).toBeGreaterThan(0);
    expect(x.message.en.length).toBeGreaterThan(0);
  }
};

describe('parsers never throw and never lose a row', () => {
  it('JSON readers on adversarial JSON', () => {
    fc.assert(
      fc.property(adversarialJson, (input) => {
        const json = JSON.parse(JSON.stringify(input ?? null)) as unknown;
        const skp22 = readSkp22(json);
        check(skp22);
        recheckSiasn(skp22);
        check(skp22ToAppraisals(skp22, indexPegawai([])));
        check(readKinerjaPeriodik(json));
        check(readReference(json));
        const pp46 = readSkpPp46(json);
        check(pp46);
        recheckSkpPp46(pp46);
        const pen = readPenilaian(json);
        check(pen);
        recheckPenilaian(pen);
        check(penilaianToAppraisals(pen));
        check(readPeriodeReferensi(json));
        check(readSkpKinerja(json));
        check(readRencanaAksi(json));
        check(readSapk(json, { decimalComma: true }));
      }),
      { numRuns: 400 },
    );
  });

  it('JSON readers on JSON text with prototype keys', () => {
    fc.assert(
      fc.property(
        adversarialJson,
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        (input, bad) => {
          const text = JSON.stringify([
            { ...(typeof input === 'object' && input !== null ? input : {}) },
          ])
            .replace(/^\[\{/, `[{"${bad}":{"polluted":1},`)
            .replace(',}', '}');
          const r = readSkp22(text);
          check(r);
          expect(r.counts.accepted).toBe(0);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: 200 },
    );
  });

  it('CSV readers on random text and bytes', () => {
    const text = fc.oneof(
      fc.string({
        unit: fc.constantFrom(
          'a',
          '1',
          ',',
          ';',
          '"',
          '\r',
          '\n',
          '\t',
          'n',
          'i',
          'p',
          '=',
          '-',
          ' ',
          '\uFEFF',
        ),
      }),
      fc
        .uint8Array({ maxLength: 200 })
        .map((b) => new TextDecoder('utf-8', { fatal: false }).decode(b)),
      fc
        .array(
          fc.constantFrom(
            'nip;nama;tahun;hasil_kerja',
            `${nipOf(1)};Siti;2023;diatas`,
            '1.98703E+17;X;2023;1',
            '"a;b";"c\nd"',
            '__proto__;x',
            '',
          ),
          {
            maxLength: 8,
          },
        )
        .map((ls) => ls.join('\r\n')),
    );
    fc.assert(
      fc.property(text, (t) => {
        parseCsv(t);
        csvObjects(t);
        check(readAppraisalCsv(t, { defaults: { jenisJabatan: 'PELAKSANA' } }));
        check(readEksporAsn(t));
        check(readLaporanPenilaianCsv(t));
        check(
          readCsvTable(t, {
            anchor: 'nip',
            decimalComma: true,
            columns: {
              nip: { aliases: ['nip'], type: 'nip', required: true },
              tahun: { aliases: ['tahun'], type: 'integer' },
              hasil: { aliases: ['hasil_kerja'], type: 'rating' },
              nilai: { aliases: ['nama'], type: 'decimal' },
            },
          }),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('legacy tables with random rows', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 4 }),
        fc.array(fc.oneof(record, VALUES), { maxLength: 4 }),
        fc.array(record, { maxLength: 4 }),
        (users, tahunan, target) => {
          const r = readOpmt({ users, tahunan, target, realisasi: target, perilaku: users });
          check(r);
          for (const t of Object.values(r.tables)) expect(t.attached + t.orphaned).toBe(t.input);
        },
      ),
      { numRuns: 300 },
    );
  });
});
