import { readFileSync } from 'node:fs';
import {
  type AppraisalInput,
  type CapaianOutcome,
  type Dec,
  decimalCalculator,
  evaluate,
  NO_TRACE,
} from '@kinerja/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proyekTepatWaktu, waktuRespons } from '../src/indikator.js';
import {
  bacaContohData,
  bacaLogSim,
  bacaPegawai,
  nilaiTim,
  PER_AKHIR_TAHUN,
} from '../src/laporan.js';
import { RULESET_PLAJU } from '../src/ruleset.js';
import { bacaSim, type LogSim } from '../src/sim.js';

const expected = JSON.parse(
  readFileSync(new URL('../expected-output.json', import.meta.url), 'utf8'),
) as unknown;
const rows = bacaContohData() as AppraisalInput[];
const PER = '2025-12-31T16:00:00+07:00';
const ctx = { path: [], tracer: NO_TRACE };
const c = decimalCalculator;
const f2 = (out: CapaianOutcome<Dec>) =>
  out.ok ? c.toFixed(c.round(out.capaian, 2, 'HALF_UP'), 2) : out.issues.map((i) => i.code);
const adu = (id: string, diterima: string, direspons?: string, diselesaikan?: string) => ({
  id,
  diterima,
  ...(direspons ? { direspons } : {}),
  ...(diselesaikan ? { diselesaikan } : {}),
});
const respons = (pengaduan: unknown[], per = PER) =>
  f2(
    waktuRespons.capaian(
      c,
      {
        aspek: 'WAKTU',
        indikator: 'Respons',
        jenis: 'plaju.waktuRespons',
        target: { jumlah: 24, satuan: 'jam' },
        data: { per, pengaduan },
      },
      ctx,
    ),
  );

describe('Plaju example', () => {
  it('the year-end report equals expected-output.json (fast path and exact decimal)', () => {
    expect(PER_AKHIR_TAHUN).toBe(PER);
    expect(nilaiTim(rows)).toEqual(expected);
    expect(nilaiTim(rows, { backend: 'decimal' })).toEqual(expected);
  });

  it('extends the current national ruleset; the national standar type stays usable beside the local ones', () => {
    expect(RULESET_PLAJU.extends).toBe('permenpanrb-6-2022');
    expect(RULESET_PLAJU.indicatorTypes).toEqual([
      'standar',
      'plaju.penyelesaianPengaduan',
      'plaju.waktuRespons',
      'plaju.proyekTepatWaktu',
    ]);
    const yulia = nilaiTim(rows).pegawai.find((p) => p.nama === 'Yulia Fitriani');
    // (60 + 11 / 12 × 100) / 2 = (60 + 91.666…) / 2 = 75.83
    expect(yulia).toMatchObject({
      capaian: { proyek: '60.00', laporan: '91.67' },
      rataRataCapaian: '75.83',
    });
  });

  it('median response time: odd and even counts, resolution as response, unanswered counted with their age', () => {
    const d = '2025-12-01T08:00:00+07:00';
    // 2 h, 4 h, 30 h → median 4 h → 200 − 4 / 24 × 100 = 183.33 %
    expect(
      respons([
        adu('a', d, '2025-12-01T10:00:00+07:00'),
        adu('b', d, '2025-12-01T12:00:00+07:00'),
        adu('c', d, undefined, '2025-12-02T14:00:00+07:00'),
      ]),
    ).toBe('183.33');
    // 2 h and 30 h → median 16 h → 133.33 %
    expect(
      respons([adu('a', d, '2025-12-01T10:00:00+07:00'), adu('b', d, '2025-12-02T14:00:00+07:00')]),
    ).toBe('133.33');
    // One answered after 12 h, one unanswered received 54 h before the snapshot → median 33 h.
    expect(
      respons([adu('a', d, '2025-12-01T20:00:00+07:00'), adu('b', '2025-12-29T10:00:00+07:00')]),
    ).toBe('62.50');
    // 60 h median against 24 h → (2 − 2.5) × 100 < 0 → floored at 0 %.
    expect(respons([adu('a', d, '2025-12-03T20:00:00+07:00')])).toBe('0.00');
  });

  it('projects: on the deadline day counts as on time; open projects before their deadline are not counted yet', () => {
    const out = proyekTepatWaktu.capaian(
      c,
      {
        aspek: 'WAKTU',
        indikator: 'Proyek',
        jenis: 'plaju.proyekTepatWaktu',
        target: { jumlah: 100, satuan: '%' },
        data: {
          per: PER,
          proyek: [
            { id: 'a', nama: 'A', tenggat: '2025-06-30', selesai: '2025-06-30' },
            { id: 'b', nama: 'B', tenggat: '2025-09-30' },
            { id: 'c', nama: 'C', tenggat: '2026-02-27' },
          ],
        },
      },
      ctx,
    );
    expect(f2(out)).toBe('50.00');
  });

  it('real time: the same log read at mid-year gives the picture at that moment', () => {
    const mid = nilaiTim(bacaContohData('2025-06-30T16:00:00+07:00'));
    const yulia = mid.pegawai.find((p) => p.nama === 'Yulia Fitriani');
    // By 30 June: 2 projects due (one on time, one late); the other four are not due yet.
    expect(yulia?.capaian.proyek).toBe('50.00');
    const dedi = mid.pegawai.find((p) => p.nama === 'Dedi Irawan');
    expect(dedi?.predikat).toBe('BAIK');
    expect(nilaiTim(rows).pegawai.find((p) => p.nama === 'Dedi Irawan')?.predikat).toBe(
      'BUTUH_PERBAIKAN',
    );
  });

  it('malformed rows and logs are reported with issues and paths, never thrown', () => {
    const iki = (r: AppraisalInput, j: number) => {
      const found = r.skp?.rencanaHasilKerja[0]?.indikator[j];
      if (!found) throw new Error('no IKI');
      return found;
    };
    const order = structuredClone(rows[0] as AppraisalInput);
    iki(order, 0).data = {
      per: PER,
      pengaduan: [adu('x', '2025-05-02T10:00:00+07:00', '2025-05-01T10:00:00+07:00')],
    };
    const future = structuredClone(rows[4] as AppraisalInput);
    iki(future, 0).data = {
      per: PER,
      proyek: [{ id: 'p', nama: 'P', tenggat: '2026-01-31', selesai: '2026-01-15' }],
    };
    const none = structuredClone(rows[1] as AppraisalInput);
    iki(none, 0).data = { per: PER, pengaduan: [] };
    const noOffset = structuredClone(rows[3] as AppraisalInput);
    iki(noOffset, 1).data = { per: '2025-12-31 16:00', pengaduan: [] };
    const laporan = nilaiTim([order, future, none, noOffset, rows[5]]);
    expect(laporan.pegawai.map((p) => p.nama)).toEqual(['Yulia Fitriani']);
    const ind = 'skp.rencanaHasilKerja[0].indikator';
    expect(laporan.ditolak.map((d) => d.issues.map((i) => [i.code, i.path]))).toEqual([
      [['BEFORE_RECEIVED', `${ind}[0].data.pengaduan[0].direspons`]],
      [['AFTER_SNAPSHOT', `${ind}[0].data.proyek[0].selesai`]],
      [['NO_COMPLAINTS', `${ind}[0].data.pengaduan`]],
      [[expect.stringMatching(/FORMAT$/), `${ind}[1].data.per`]],
    ]);

    const log = structuredClone(bacaLogSim()) as LogSim;
    log.peristiwa.push({
      waktu: '2025-03-01T10:00:00+07:00',
      nip: '199002142015031004',
      jenis: 'PENGADUAN_SELESAI',
      ref: 'ADU-9999',
    });
    const broken = bacaSim(bacaPegawai(), log, PER);
    expect(broken).toMatchObject({
      ok: false,
      issues: [
        { code: 'UNKNOWN_REF', path: ['log', 'peristiwa', log.peristiwa.length - 1, 'ref'] },
      ],
    });
    expect(bacaSim(bacaPegawai(), { sistem: 'x' }, PER).ok).toBe(false);
    expect(evaluate(order, { ruleset: RULESET_PLAJU }).issues[0]?.message.id).toBe(
      'Waktu direspons lebih awal daripada waktu pengaduan diterima',
    );
  });

  it('property: the float fast path gives the same report as the exact decimal backend', () => {
    const base = Date.parse('2025-03-03T08:00:00+07:00');
    const iso = (ms: number) => `${new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 200 * 24 }),
            fc.option(fc.integer({ min: 0, max: 24 * 14 * 60 })),
            fc.boolean(),
          ),
          { minLength: 1, maxLength: 12 },
        ),
        (list) => {
          const r = structuredClone(rows[1] as AppraisalInput);
          const pengaduan = list.map(([jam, menit, selesai], k) => {
            const t0 = base + jam * 3_600_000;
            const t1 = menit === null ? undefined : t0 + menit * 60_000;
            return adu(
              `k${k}`,
              iso(t0),
              t1 === undefined ? undefined : iso(t1),
              selesai && t1 !== undefined ? iso(t1 + 3_600_000) : undefined,
            );
          });
          for (const j of [0, 1]) {
            const ik = r.skp?.rencanaHasilKerja[0]?.indikator[j];
            if (ik) ik.data = { per: PER, pengaduan };
          }
          expect(nilaiTim([r])).toEqual(nilaiTim([r], { backend: 'decimal' }));
        },
      ),
      { numRuns: 100 },
    );
  });
});
