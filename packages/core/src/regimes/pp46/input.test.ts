import { describe, expect, it } from 'vitest';
import { decimalCalculator } from '../../arith/decimal.js';
import { floatCalculator } from '../../arith/float.js';
import type { Issue } from '../../issues/issue.js';
import type { Appraisal } from '../../model/appraisal.js';
import { pp46Regime } from './index.js';
import { pp46_2011 } from './ruleset.js';
import { appraisal, context, kegiatan, nilaiPerilaku } from './test-fixtures.js';

const RHK = ['skp', 'rencanaHasilKerja', 0] as const;
const ATASAN = ['perilaku', 'penilaian', 0, 'nilai'] as const;
const OK_KEGIATAN = kegiatan({ kuantitas: [12, 12], waktu: [12, 12] });
const iki = (aspek: string, target: unknown, realisasi?: unknown) => ({
  aspek,
  indikator: aspek,
  target,
  ...(realisasi === undefined ? {} : { realisasi }),
});
const skp = (...rhk: unknown[]) => ({ skp: { rencanaHasilKerja: rhk } }) as Partial<Appraisal>;
const rhk = (...indikator: unknown[]) => ({ rencanaHasilKerja: 'Kegiatan', indikator });
const atasan = (nilai: Record<string, unknown>) =>
  ({ perilaku: { penilaian: [{ penilai: { peran: 'ATASAN' }, nilai }] } }) as Partial<Appraisal>;
const pengawas = {
  pegawai: { nip: '198001012005011001', nama: 'Budi', jabatan: { jenis: 'PENGAWAS' } },
};

/** Issues on the decimal backend; the float backend must report exactly the same. */
function issuesOf(a: Appraisal, rs = pp46_2011): readonly Issue[] {
  const d = pp46Regime.score(decimalCalculator, a, rs, context());
  const f = pp46Regime.score(floatCalculator, a, rs, context(false));
  expect(d.ok).toBe(false);
  expect(f).toEqual(d);
  return d.ok ? [] : d.issues;
}

describe('invalid PP 46 input → issues with paths (never a throw)', () => {
  it.each([
    ['no SKP', { skp: undefined }, 'PP46_SKP_MISSING', ['skp']],
    ['no perilaku', { perilaku: undefined }, 'PP46_PERILAKU_MISSING', ['perilaku']],
    ['no kegiatan', skp(), 'PP46_NO_KEGIATAN', ['skp', 'rencanaHasilKerja']],
    [
      'only kegiatan without target',
      skp(kegiatan({ kuantitas: [0, 0], waktu: [12, 12] })),
      'PP46_NO_KEGIATAN',
      ['skp', 'rencanaHasilKerja'],
    ],
    [
      'a RHK tambahan',
      skp({ ...OK_KEGIATAN, jenis: 'TAMBAHAN' }),
      'PP46_KEGIATAN_TAMBAHAN',
      [...RHK, 'jenis'],
    ],
    [
      'waktu missing',
      skp(rhk(iki('KUANTITAS', 12, 12), iki('KUALITAS', 100, 90))),
      'PP46_ASPEK_MISSING',
      [...RHK, 'indikator'],
    ],
    [
      'kualitas twice',
      skp(
        rhk(
          iki('KUANTITAS', 12, 12),
          iki('KUALITAS', 100, 90),
          iki('WAKTU', 12, 12),
          iki('KUALITAS', 100, 80),
        ),
      ),
      'PP46_ASPEK_DUPLICATE',
      [...RHK, 'indikator', 3, 'aspek'],
    ],
    [
      'custom indicator type',
      skp(
        rhk(
          { ...iki('KUANTITAS', 12, 12), jenis: 'jambi.ikm' },
          iki('KUALITAS', 100, 90),
          iki('WAKTU', 12, 12),
        ),
      ),
      'PP46_INDICATOR_TYPE_UNSUPPORTED',
      [...RHK, 'indikator', 0, 'jenis'],
    ],
    [
      'range target',
      skp(
        rhk(
          iki('KUANTITAS', { min: 10, max: 12 }, 12),
          iki('KUALITAS', 100, 90),
          iki('WAKTU', 12, 12),
        ),
      ),
      'PP46_TARGET_RANGE',
      [...RHK, 'indikator', 0, 'target'],
    ],
    [
      'kualitas target 0',
      skp(rhk(iki('KUANTITAS', 12, 12), iki('KUALITAS', 0, 90), iki('WAKTU', 12, 12))),
      'PP46_TARGET_NOT_POSITIVE',
      [...RHK, 'indikator', 1, 'target'],
    ],
    [
      'waktu target 0',
      skp(rhk(iki('KUANTITAS', 12, 12), iki('KUALITAS', 100, 90), iki('WAKTU', '0 bulan', 12))),
      'PP46_TARGET_NOT_POSITIVE',
      [...RHK, 'indikator', 2, 'target'],
    ],
    [
      'negative target',
      skp(rhk(iki('KUANTITAS', -12, 12), iki('KUALITAS', 100, 90), iki('WAKTU', 12, 12))),
      'PP46_NEGATIVE',
      [...RHK, 'indikator', 0, 'target'],
    ],
    [
      'negative realisasi',
      skp(rhk(iki('KUANTITAS', 12, 12), iki('KUALITAS', 100, 90), iki('WAKTU', 12, '-1'))),
      'PP46_NEGATIVE',
      [...RHK, 'indikator', 2, 'realisasi'],
    ],
    [
      'realisasi waktu missing',
      skp(rhk(iki('KUANTITAS', 12, 12), iki('KUALITAS', 100, 90), iki('WAKTU', 12))),
      'PP46_REALISASI_MISSING',
      [...RHK, 'indikator', 2, 'realisasi'],
    ],
    [
      'realisasi kuantitas missing',
      skp(rhk(iki('KUANTITAS', 12), iki('KUALITAS', 100, 90), iki('WAKTU', 12, 12))),
      'PP46_REALISASI_MISSING',
      [...RHK, 'indikator', 0, 'realisasi'],
    ],
    [
      'realisasi biaya missing with a biaya target',
      skp(
        rhk(
          iki('KUANTITAS', 12, 12),
          iki('KUALITAS', 100, 90),
          iki('WAKTU', 12, 12),
          iki('BIAYA', 1000),
        ),
      ),
      'PP46_REALISASI_MISSING',
      [...RHK, 'indikator', 3, 'realisasi'],
    ],
    [
      'a 6/2022 rating as perilaku',
      atasan(nilaiPerilaku(80, { INTEGRITAS: 'DI_ATAS_EKSPEKTASI' })),
      'PP46_PERILAKU_NOT_NUMERIC',
      [...ATASAN, 'INTEGRITAS'],
    ],
    [
      'perilaku above 100',
      atasan(nilaiPerilaku(80, { DISIPLIN: 101 })),
      'PP46_PERILAKU_OUT_OF_RANGE',
      [...ATASAN, 'DISIPLIN'],
    ],
    [
      'perilaku below 0',
      atasan(nilaiPerilaku(80, { DISIPLIN: '-0.01' })),
      'PP46_PERILAKU_OUT_OF_RANGE',
      [...ATASAN, 'DISIPLIN'],
    ],
    [
      'a PP 30 aspect',
      atasan(nilaiPerilaku(80, { INISIATIF_KERJA: 80 })),
      'PP46_PERILAKU_UNKNOWN_ASPEK',
      [...ATASAN, 'INISIATIF_KERJA'],
    ],
    [
      'an aspect not scored',
      atasan({ ORIENTASI_PELAYANAN: 80, INTEGRITAS: 80, KOMITMEN: 80, KERJA_SAMA: 80 }),
      'PP46_PERILAKU_ASPEK_MISSING',
      [...ATASAN, 'DISIPLIN'],
    ],
    [
      'a structural post without kepemimpinan',
      { ...pengawas, ...atasan(nilaiPerilaku(80)) },
      'PP46_KEPEMIMPINAN_REQUIRED',
      [...ATASAN, 'KEPEMIMPINAN'],
    ],
    [
      'no pejabat penilai (only a peer)',
      {
        perilaku: { penilaian: [{ penilai: { peran: 'REKAN_KERJA' }, nilai: nilaiPerilaku(80) }] },
      },
      'WEIGHTS_ALL_MISSING',
      ['perilaku', 'penilaian'],
    ],
  ] as [string, Record<string, unknown>, string, (string | number)[]][])(
    '%s → %s',
    (_label, over, code, path) => {
      const issues = issuesOf(appraisal(over));
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ code, path, severity: 'error' });
      expect(issues[0]?.message.id).toBeTruthy();
      expect(issues[0]?.message.en).toBeTruthy();
    },
  );

  it('a target of 0 is an error when the exclusion reading is turned off', () => {
    const rs = {
      ...pp46_2011,
      params: {
        ...pp46_2011.params,
        targetNolDikecualikan: { ...pp46_2011.params.targetNolDikecualikan, value: false },
      },
    };
    const a = appraisal(skp(OK_KEGIATAN, kegiatan({ kuantitas: [0, 0], waktu: [12, 12] })));
    expect(issuesOf(a, rs)).toEqual([
      expect.objectContaining({
        code: 'PP46_TARGET_NOT_POSITIVE',
        path: ['skp', 'rencanaHasilKerja', 1, 'indikator', 0, 'target'],
      }),
    ]);
  });

  it('collects every problem at once, with bilingual messages', () => {
    const a = appraisal({
      ...pengawas,
      ...skp(rhk(iki('KUANTITAS', 12, 12), iki('WAKTU', 12))),
      ...atasan({ ...nilaiPerilaku(80), DISIPLIN: 120 }),
    });
    expect(
      issuesOf(a).map((i) => [i.code, i.path.join('.'), i.message.id, i.message.en]),
    ).toMatchInlineSnapshot(`
      [
        [
          "PP46_ASPEK_MISSING",
          "skp.rencanaHasilKerja.0.indikator",
          "Kegiatan tidak memiliki indikator kualitas (PP 46 mensyaratkan kuantitas, kualitas dan waktu)",
          "The kegiatan has no kualitas indicator (PP 46 needs kuantitas, kualitas and waktu)",
        ],
        [
          "PP46_REALISASI_MISSING",
          "skp.rencanaHasilKerja.0.indikator.1.realisasi",
          "Realisasi waktu belum diisi",
          "The waktu realisasi is missing",
        ],
        [
          "PP46_PERILAKU_OUT_OF_RANGE",
          "perilaku.penilaian.0.nilai.DISIPLIN",
          "Nilai aspek DISIPLIN harus antara 0 dan 100 (diterima 120)",
          "The DISIPLIN score must be between 0 and 100 (got 120)",
        ],
        [
          "PP46_KEPEMIMPINAN_REQUIRED",
          "perilaku.penilaian.0.nilai.KEPEMIMPINAN",
          "Pegawai menduduki jabatan struktural: aspek kepemimpinan wajib dinilai (PP 46/2011 Pasal 12 ayat (2))",
          "The employee holds a structural post: kepemimpinan must be scored (PP 46/2011 Pasal 12(2))",
        ],
      ]
    `);
  });

  it('a weight-0 rater may score only some aspects; a bad ruleset is reported, not thrown', () => {
    const a = appraisal({
      perilaku: {
        penilaian: [
          { penilai: { peran: 'ATASAN' }, nilai: nilaiPerilaku(80) },
          { penilai: { peran: 'BAWAHAN' }, nilai: { INTEGRITAS: 90 } },
        ],
      },
    });
    const out = pp46Regime.score(decimalCalculator, a, pp46_2011, context());
    expect(out.ok && out.nilai.perilaku).toBe('80.00');
    const bad = {
      ...pp46_2011,
      params: {
        ...pp46_2011.params,
        nilaiTertimbang: { ...pp46_2011.params.nilaiTertimbang, value: 'x' },
      },
    };
    const r = pp46Regime.score(decimalCalculator, a, bad, context());
    expect(r.ok === false && r.issues[0]).toMatchObject({
      code: 'PP46_PARAM_INVALID',
      path: ['ruleset', 'params', 'nilaiTertimbang'],
    });
  });

  it('unvalidated garbage numbers become issues, not exceptions', () => {
    const a = appraisal();
    const iki0 = a.skp?.rencanaHasilKerja[0]?.indikator[0];
    if (!iki0) throw new Error('fixture');
    (iki0 as { realisasi: unknown }).realisasi = { jumlah: 'dua belas' };
    expect(issuesOf(a)).toEqual([
      expect.objectContaining({
        code: 'PP46_NUMBER_FORMAT',
        path: [...RHK, 'indikator', 0, 'realisasi'],
      }),
    ]);
  });
});
