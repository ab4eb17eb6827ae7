import type { AppraisalInput, IkiInput, JenisJabatan, Text } from '@kinerja/core';
import { jenisFromDates } from '../ekinerja/periode.js';
import { readJenisJabatan } from '../shared/jabatan.js';
import { FieldReader, forbiddenKeys, isRecord } from '../shared/keys.js';
import { ADAPTER_MESSAGES as M } from '../shared/messages.js';
import { Ledger, type ParseResult } from '../shared/result.js';
import { RowContext } from '../shared/row.js';
import { canonicalDecimal, type NumberOptions, readDecimal, readText } from '../shared/values.js';

/**
 * Rows of the legacy BKN "Aplikasi ekinerja" (PP 46/2011 e-SKP) MySQL tables, as objects keyed by
 * column name (e.g. from a SQL client or `csvObjects`). Join keys follow the application's
 * `id_<table>` convention: targets carry `id_opmt_tahunan_skp`, realisasi rows
 * `id_opmt_target_skp`, perilaku and tugas tambahan rows `id_dd_user`.
 */
export interface OpmtTables {
  /** `dd_user`: `id_dd_user, nip, nama, jabatan, gol_ruang, unit_kerja, …`. */
  readonly users: readonly unknown[];
  /** `opmt_tahunan_skp`: `id_opmt_tahunan_skp, id_dd_user, awal_periode_skp, akhir_periode_skp`. */
  readonly tahunan: readonly unknown[];
  /** `opmt_target_skp`: `id_opmt_target_skp, kegiatan_tahunan, target_kuantitas, satuan_kuantitas, target_waktu, biaya, …`. */
  readonly target: readonly unknown[];
  /** `opmt_realisasi_skp`: `id_opmt_target_skp, kualitas, waktu, biaya` (and `kuantitas` when stored). */
  readonly realisasi?: readonly unknown[];
  /** `opmt_realisasi_harian_skp`: `id_opmt_target_skp, kuantitas, proses` (summed per target). */
  readonly realisasiHarian?: readonly unknown[];
  /** `opmt_perilaku`: `id_dd_user, tahun, bulan, orientasi_pelayanan, …, kepemimpinan`. */
  readonly perilaku?: readonly unknown[];
  /** `opmt_tugas_tambahan`: `id_dd_user, tanggal, …`. */
  readonly tugasTambahan?: readonly unknown[];
}

/** The child tables accounted for row by row. */
export type OpmtChildTable =
  | 'target'
  | 'realisasi'
  | 'realisasiHarian'
  | 'perilaku'
  | 'tugasTambahan';

/** One annual PP 46 SKP rebuilt from the e-SKP tables. */
export interface OpmtSkp {
  /** Row of `opmt_tahunan_skp` (1-based). */
  readonly row: number;
  readonly idTahunan: string;
  readonly idUser: string;
  readonly tahun: number;
  /** PP 46 appraisal for `evaluate` (`rulesetId: 'pp46-2011'`). */
  readonly appraisal: AppraisalInput;
  /** Rows (1-based) of each child table used for this SKP. */
  readonly sources: Readonly<Record<OpmtChildTable, readonly number[]>>;
}

/** Result of {@link readOpmt}: one record per annual SKP, plus the accounting of child rows. */
export interface OpmtResult extends ParseResult<OpmtSkp> {
  /** Per child table: `input = attached + orphaned`. */
  readonly tables: Readonly<
    Record<OpmtChildTable, { input: number; attached: number; orphaned: number }>
  >;
  readonly orphans: readonly {
    readonly table: OpmtChildTable;
    readonly row: number;
    readonly message: Text;
  }[];
}

/** Options of {@link readOpmt}. */
export interface OpmtOptions extends NumberOptions {
  /** Jenis jabatan of a user row; default: its `jenis_jabatan` column, else PELAKSANA/structural by kepemimpinan (reported). */
  readonly jenisJabatan?: (user: Readonly<Record<string, unknown>>) => JenisJabatan | undefined;
  /** Target of the kualitas aspect when the table has no `target_kualitas` column (default 100). */
  readonly targetKualitas?: string;
}

interface Child {
  readonly row: number;
  readonly f: FieldReader;
}

function children(rows: readonly unknown[] | undefined): {
  ok: Child[];
  bad: { row: number; why: string }[];
} {
  const ok: Child[] = [];
  const bad: { row: number; why: string }[] = [];
  (rows ?? []).forEach((r, i) => {
    if (!isRecord(r)) bad.push({ row: i + 1, why: 'not an object' });
    else if (forbiddenKeys(r).length > 0) bad.push({ row: i + 1, why: 'forbidden key' });
    else ok.push({ row: i + 1, f: new FieldReader(r) });
  });
  return { ok, bad };
}

const key = (f: FieldReader, ...names: string[]) => readText(f.get(...names));

function group(rows: readonly Child[], by: (c: Child) => string | undefined): Map<string, Child[]> {
  const m = new Map<string, Child[]>();
  for (const c of rows) {
    const k = by(c);
    if (k === undefined) continue;
    const g = m.get(k);
    if (g) g.push(c);
    else m.set(k, [c]);
  }
  return m;
}

const ASPEK_PERILAKU = [
  ['ORIENTASI_PELAYANAN', 'orientasi_pelayanan'],
  ['INTEGRITAS', 'integritas'],
  ['KOMITMEN', 'komitmen'],
  ['DISIPLIN', 'disiplin'],
  ['KERJA_SAMA', 'kerjasama'],
] as const;

/**
 * Rebuilds PP 46/2011 annual SKPs from the legacy e-SKP tables (`opmt_tahunan_skp` → targets
 * `opmt_target_skp` → realisasi `opmt_realisasi_skp` / daily `opmt_realisasi_harian_skp`;
 * `opmt_perilaku`; `opmt_tugas_tambahan`; the employee from `dd_user`) into `AppraisalInput`s
 * with `rulesetId: 'pp46-2011'`, so a historical year can be recomputed with `evaluate` and
 * compared with SAPK. One record per `opmt_tahunan_skp` row; every child row is attached to an
 * SKP or reported as an orphan (`tables` reconciles per table).
 *
 * @example
 * ```ts
 * const r = readOpmt({ users, tahunan, target, realisasi, perilaku });
 * r.records.map((s) => evaluate(s.appraisal).nilai?.skp);
 * ```
 */
export function readOpmt(t: OpmtTables, opts: OpmtOptions = {}): OpmtResult {
  const ledger = new Ledger<OpmtSkp>(t.tahunan.length);
  const users = children(t.users);
  const userById = new Map(users.ok.map((u) => [key(u.f, 'id_dd_user', 'id') ?? '', u]));
  const target = children(t.target);
  const realisasi = children(t.realisasi);
  const harian = children(t.realisasiHarian);
  const perilaku = children(t.perilaku);
  const tugas = children(t.tugasTambahan);
  const targetsBySkp = group(target.ok, (c) => key(c.f, 'id_opmt_tahunan_skp'));
  const realBy = group(realisasi.ok, (c) => key(c.f, 'id_opmt_target_skp'));
  const harianBy = group(harian.ok, (c) => key(c.f, 'id_opmt_target_skp'));
  const perilakuBy = group(perilaku.ok, (c) => {
    const u = key(c.f, 'id_dd_user');
    const y = key(c.f, 'tahun');
    return u !== undefined && y !== undefined ? `${u}|${y}` : undefined;
  });
  const tugasBy = group(tugas.ok, (c) => {
    const s = key(c.f, 'id_opmt_tahunan_skp');
    if (s !== undefined) return `skp:${s}`;
    const u = key(c.f, 'id_dd_user');
    const y = (key(c.f, 'tanggal') ?? '').slice(0, 4);
    return u !== undefined && /^\d{4}$/.test(y) ? `${u}|${y}` : undefined;
  });
  const used: Record<OpmtChildTable, Set<number>> = {
    target: new Set(),
    realisasi: new Set(),
    realisasiHarian: new Set(),
    perilaku: new Set(),
    tugasTambahan: new Set(),
  };
  const num = (row: number, path: (string | number)[], v: unknown): string | undefined => {
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === ''))
      return undefined;
    const r = readDecimal(v, opts);
    if (!r.ok) {
      ledger.reject(row, path, r.code, r.params as never, v);
      return undefined;
    }
    return r.value;
  };

  t.tahunan.forEach((item, i) => {
    const row = i + 1;
    const rc = RowContext.open(ledger, row, item);
    if (!rc) return;
    const idTahunan = rc.text(['id_opmt_tahunan_skp', 'id'], true);
    const idUser = rc.text(['id_dd_user'], true);
    const mulai = rc.date(['awal_periode_skp'], true);
    const selesai = rc.date(['akhir_periode_skp'], true);
    if (rc.rejected || !idTahunan || !idUser || !mulai || !selesai) return;
    const tahun = Number(selesai.slice(0, 4));
    const user = userById.get(idUser);
    if (!user) {
      ledger.reject(row, ['id_dd_user'], 'PEGAWAI_NOT_IN_MASTER', { value: idUser });
      return;
    }
    const uc = RowContext.open(ledger, row, user.f.source);
    if (!uc) return;
    const nip = uc.nip(['nip', 'nip_baru', 'nipbaru'], true);
    const nama = uc.text(['nama', 'nama_lengkap'], true);
    // Targets and their realisasi.
    const sources: Record<OpmtChildTable, number[]> = {
      target: [],
      realisasi: [],
      realisasiHarian: [],
      perilaku: [],
      tugasTambahan: [],
    };
    const rhk: { rencanaHasilKerja: string; indikator: IkiInput[] }[] = [];
    for (const tg of targetsBySkp.get(idTahunan) ?? []) {
      sources.target.push(tg.row);
      used.target.add(tg.row);
      const p = ['target', tg.row];
      const idTarget = key(tg.f, 'id_opmt_target_skp', 'id');
      const kegiatan = key(tg.f, 'kegiatan_tahunan') ?? '';
      const tKuan = num(row, [...p, 'target_kuantitas'], tg.f.get('target_kuantitas'));
      const satuan = key(tg.f, 'satuan_kuantitas');
      const tWaktu = num(row, [...p, 'target_waktu'], tg.f.get('target_waktu'));
      const tBiaya = num(row, [...p, 'biaya'], tg.f.get('biaya', 'target_biaya'));
      const tKual =
        num(row, [...p, 'target_kualitas'], tg.f.get('target_kualitas')) ??
        opts.targetKualitas ??
        '100';
      const reals = idTarget !== undefined ? (realBy.get(idTarget) ?? []) : [];
      const real = reals[reals.length - 1];
      for (const r of reals) {
        sources.realisasi.push(r.row);
        used.realisasi.add(r.row);
      }
      const harianRows = idTarget !== undefined ? (harianBy.get(idTarget) ?? []) : [];
      let kuantitasHarian: bigint | undefined;
      let scale = 0;
      const harianValues: string[] = [];
      for (const h of harianRows) {
        sources.realisasiHarian.push(h.row);
        used.realisasiHarian.add(h.row);
        const v = num(row, ['realisasiHarian', h.row, 'kuantitas'], h.f.get('kuantitas'));
        if (v !== undefined) harianValues.push(v);
      }
      for (const v of harianValues) scale = Math.max(scale, (v.split('.')[1] ?? '').length);
      for (const v of harianValues) {
        const [a, b = ''] = v.replace('-', '').split('.');
        const n = BigInt(`${a}${b.padEnd(scale, '0')}`) * (v.startsWith('-') ? -1n : 1n);
        kuantitasHarian = (kuantitasHarian ?? 0n) + n;
      }
      const rp = real ? ['realisasi', real.row] : [];
      const rKuanStored = real
        ? num(row, [...rp, 'kuantitas'], real.f.get('kuantitas'))
        : undefined;
      const rKuan =
        rKuanStored ??
        (kuantitasHarian === undefined
          ? undefined
          : canonicalDecimal(
              scale === 0
                ? kuantitasHarian.toString()
                : (() => {
                    const neg = kuantitasHarian < 0n;
                    const s = (neg ? -kuantitasHarian : kuantitasHarian)
                      .toString()
                      .padStart(scale + 1, '0');
                    return `${neg ? '-' : ''}${s.slice(0, -scale)}.${s.slice(-scale)}`;
                  })(),
            ));
      const rKual = real ? num(row, [...rp, 'kualitas'], real.f.get('kualitas')) : undefined;
      const rWaktu = real ? num(row, [...rp, 'waktu'], real.f.get('waktu')) : undefined;
      const rBiaya = real ? num(row, [...rp, 'biaya'], real.f.get('biaya')) : undefined;
      if (tKuan === undefined)
        ledger.reject(row, [...p, 'target_kuantitas'], 'REQUIRED', { field: 'target_kuantitas' });
      if (tWaktu === undefined)
        ledger.reject(row, [...p, 'target_waktu'], 'REQUIRED', { field: 'target_waktu' });
      if (tKuan === undefined || tWaktu === undefined) continue;
      const iki = (
        aspek: IkiInput['aspek'],
        target: string,
        sat: string | undefined,
        r: string | undefined,
      ): IkiInput => ({
        aspek,
        indikator: `${aspek.toLowerCase()} ${kegiatan}`.trim(),
        target: { jumlah: target, ...(sat ? { satuan: sat } : {}) },
        ...(r !== undefined ? { realisasi: { jumlah: r, ...(sat ? { satuan: sat } : {}) } } : {}),
      });
      const biaya = tBiaya !== undefined && Number(tBiaya) > 0;
      rhk.push({
        ...(idTarget !== undefined ? { id: idTarget } : {}),
        rencanaHasilKerja: kegiatan === '' ? `Kegiatan ${idTarget ?? tg.row}` : kegiatan,
        indikator: [
          iki('KUANTITAS', tKuan, satuan, rKuan),
          iki('KUALITAS', tKual, undefined, rKual),
          iki('WAKTU', tWaktu, 'bulan', rWaktu),
          ...(biaya && tBiaya !== undefined ? [iki('BIAYA', tBiaya, undefined, rBiaya)] : []),
        ],
      });
    }
    // Perilaku: the latest month of the year.
    const prs = perilakuBy.get(`${idUser}|${tahun}`) ?? [];
    for (const pr of prs) {
      sources.perilaku.push(pr.row);
      used.perilaku.add(pr.row);
    }
    let nilaiPerilaku: Record<string, string> | undefined;
    let kepemimpinan = false;
    if (prs.length > 0) {
      const latest = prs.reduce((a, b) =>
        Number(key(b.f, 'bulan') ?? 0) >= Number(key(a.f, 'bulan') ?? 0) ? b : a,
      );
      if (prs.length > 1) {
        ledger.decide('PERILAKU_LATEST_MONTH', row, {
          months: prs.length,
          bulan: Number(key(latest.f, 'bulan') ?? 0),
        });
      }
      nilaiPerilaku = {};
      for (const [aspek, col] of ASPEK_PERILAKU) {
        const v = num(row, ['perilaku', latest.row, col], latest.f.get(col));
        if (v !== undefined) nilaiPerilaku[aspek] = v;
      }
      const kp = num(row, ['perilaku', latest.row, 'kepemimpinan'], latest.f.get('kepemimpinan'));
      if (kp !== undefined && Number(kp) > 0) {
        nilaiPerilaku.KEPEMIMPINAN = kp;
        kepemimpinan = true;
      }
    }
    // Tugas tambahan.
    const tts = [
      ...(tugasBy.get(`skp:${idTahunan}`) ?? []),
      ...(tugasBy.get(`${idUser}|${tahun}`) ?? []),
    ];
    for (const x of tts) {
      sources.tugasTambahan.push(x.row);
      used.tugasTambahan.add(x.row);
    }
    // Jenis jabatan.
    const custom = opts.jenisJabatan?.(user.f.source);
    const col = readJenisJabatan(user.f.get('jenis_jabatan'));
    let jabatan: { jenis: JenisJabatan; struktural?: boolean };
    if (custom) jabatan = { jenis: custom };
    else if (col) {
      jabatan = {
        jenis: col.jenis,
        ...(col.struktural !== undefined ? { struktural: col.struktural } : {}),
      };
      if (col.decision) ledger.decide(col.decision, row, undefined);
    } else {
      jabatan = kepemimpinan
        ? { jenis: 'ADMINISTRATOR', struktural: true }
        : { jenis: 'PELAKSANA' };
      ledger.decide('JABATAN_FROM_KEPEMIMPINAN', row, undefined);
    }
    if (ledger.isRejected(row) || !nip || !nama) return;
    const jabatanNama = readText(user.f.get('jabatan'));
    const unit = readText(user.f.get('unit_kerja'));
    const appraisal: AppraisalInput = {
      id: idTahunan,
      rulesetId: 'pp46-2011',
      pegawai: {
        nip,
        nama,
        jabatan: { ...jabatan, ...(jabatanNama !== undefined ? { nama: jabatanNama } : {}) },
        ...(unit !== undefined ? { unitKerja: { nama: unit } } : {}),
      },
      periode: { jenis: jenisFromDates(mulai, selesai), mulai, selesai },
      skp: {
        rencanaHasilKerja: rhk,
        ...(tts.length > 0
          ? {
              tugasTambahan: tts.map((x) => ({
                uraian:
                  readText(x.f.get('tugas_tambahan', 'uraian', 'kegiatan')) ??
                  `Tugas tambahan ${x.row}`,
              })),
            }
          : {}),
      },
      ...(nilaiPerilaku
        ? { perilaku: { penilaian: [{ penilai: { peran: 'ATASAN' }, nilai: nilaiPerilaku }] } }
        : {}),
    };
    ledger.accept({ row, idTahunan, idUser, tahun, appraisal, sources });
  });

  const orphans: { table: OpmtChildTable; row: number; message: Text }[] = [];
  const tables = {} as Record<
    OpmtChildTable,
    { input: number; attached: number; orphaned: number }
  >;
  const all: Record<OpmtChildTable, ReturnType<typeof children>> = {
    target,
    realisasi,
    realisasiHarian: harian,
    perilaku,
    tugasTambahan: tugas,
  };
  const names: Record<OpmtChildTable, string> = {
    target: 'opmt_target_skp',
    realisasi: 'opmt_realisasi_skp',
    realisasiHarian: 'opmt_realisasi_harian_skp',
    perilaku: 'opmt_perilaku',
    tugasTambahan: 'opmt_tugas_tambahan',
  };
  for (const tb of Object.keys(all) as OpmtChildTable[]) {
    const c = all[tb];
    let orphaned = 0;
    for (const b of c.bad) {
      orphaned++;
      orphans.push({
        table: tb,
        row: b.row,
        message: M.text('ORPHAN_ROW', { table: names[tb], key: b.why }),
      });
    }
    for (const x of c.ok) {
      if (used[tb].has(x.row)) continue;
      orphaned++;
      orphans.push({
        table: tb,
        row: x.row,
        message: M.text('ORPHAN_ROW', {
          table: names[tb],
          key: JSON.stringify(
            tb === 'target'
              ? (key(x.f, 'id_opmt_tahunan_skp') ?? null)
              : tb === 'realisasi' || tb === 'realisasiHarian'
                ? (key(x.f, 'id_opmt_target_skp') ?? null)
                : `${key(x.f, 'id_dd_user') ?? ''}|${key(x.f, 'tahun') ?? key(x.f, 'tanggal') ?? ''}`,
          ),
        }),
      });
    }
    const input = c.ok.length + c.bad.length;
    tables[tb] = { input, attached: input - orphaned, orphaned };
  }
  return { ...ledger.finish(), tables, orphans };
}
