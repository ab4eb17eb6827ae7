import {
  type AppraisalInput,
  BERAKHLAK,
  type EvaluationResult,
  LABELS,
  type NilaiBerakhlak,
  type PredikatPegawai,
} from '@kinerja/core';
import type { Workbook, Worksheet } from 'exceljs';
import { ExcelJS } from './sheet.js';
import { putText, workbookBytes } from './write.js';

/** An official in an identity block (pejabat penilai, atasan pejabat penilai). */
export interface PejabatBlock {
  readonly nama: string;
  readonly nip?: string;
  /** Pangkat/golongan ruang, e.g. "Penata / III/c". */
  readonly golongan?: string;
  readonly jabatan?: string;
  readonly unitKerja?: string;
  /** A PPPK official: NIP and pangkat are left empty (regulations.md §5.3). */
  readonly pppk?: boolean;
}

/** What the evaluation documents are written from. */
export interface EvaluasiInput {
  /** The appraisal (pegawai, penilai, atasanPenilai, skp, perilaku, periode, predikatOrganisasi). */
  readonly appraisal: AppraisalInput;
  /** `evaluate(appraisal)` under PermenPANRB 6/2022: its ratings and predikat are written. */
  readonly result: EvaluationResult;
  readonly instansi?: string;
  /** Overrides the period line, e.g. `SEMESTER I` (default from the period: `TRIWULAN II`, `AKHIR`…). */
  readonly periodeLabel?: string;
  /** Place and date (ISO) of the signatures, e.g. `Bandung`, `2024-01-15`. */
  readonly tempat?: string;
  readonly tanggal?: string;
  /** Overrides the pejabat penilai / atasan taken from the appraisal. */
  readonly penilai?: PejabatBlock;
  readonly atasanPenilai?: PejabatBlock;
  /** Umpan balik berkelanjutan per core value (EVALUASI perilaku table). */
  readonly umpanBalikPerilaku?: Readonly<Partial<Record<NilaiBerakhlak, string>>>;
  /** Frekuensi pegawai per predikat in the unit (POLA DISTRIBUSI); left empty when not given. */
  readonly distribusi?: Readonly<Partial<Record<PredikatPegawai, number>>>;
  /** CATATAN / REKOMENDASI (DOKUMEN EVALUASI); default the appraisal's `catatan`. */
  readonly catatan?: string;
}

const BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const ROMAN = ['I', 'II', 'III', 'IV'];

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** `2024-01-15` → `15 Januari 2024`. */
export function tanggalIndonesia(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${d} ${BULAN[m - 1] ?? ''} ${y}`;
}

/** "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER TAHUN 2023". */
function periodePenilaian(mulai: string, selesai: string): string {
  const [y1, m1, d1] = parts(mulai);
  const [y2, m2, d2] = parts(selesai);
  const from = `${d1} ${BULAN[m1 - 1]?.toUpperCase()}${y1 !== y2 ? ` ${y1}` : ''}`;
  return `PERIODE PENILAIAN: ${from} SD ${d2} ${BULAN[m2 - 1]?.toUpperCase()} TAHUN ${y2}`;
}

/** The period line: TRIWULAN I/II/III/IV-AKHIR, SEMESTER I/II, AKHIR (annual), BULAN X. */
export function periodeLine(p: { jenis: string; selesai: string }): string {
  const [, m] = parts(p.selesai);
  switch (p.jenis) {
    case 'TRIWULAN': {
      const q = Math.ceil(m / 3);
      return q === 4 ? 'TRIWULAN IV-AKHIR' : `TRIWULAN ${ROMAN[q - 1]}`;
    }
    case 'SEMESTER':
      return m <= 6 ? 'SEMESTER I' : 'SEMESTER II';
    case 'BULANAN':
      return `BULAN ${BULAN[m - 1]?.toUpperCase()}`;
    default:
      return 'AKHIR';
  }
}

/** The jabatan line under the title (regulations.md §5.2). */
function jabatanLine(j: AppraisalInput['pegawai']['jabatan']): string {
  switch (j.jenis) {
    case 'PELAKSANA':
      return 'JABATAN PELAKSANA';
    case 'FUNGSIONAL':
      return `PEJABAT FUNGSIONAL${j.nama ? ` ${j.nama.toUpperCase()}` : ''}`;
    case 'PENGAWAS':
      return 'PEJABAT PENGAWAS';
    case 'ADMINISTRATOR':
      return 'PEJABAT ADMINISTRATOR';
    default:
      return j.nama ? j.nama.toUpperCase() : 'PEJABAT PIMPINAN TINGGI';
  }
}

/** Panduan perilaku of the BerAKHLAK core values (SE MenPANRB 20/2021; regulations.md §3.2). */
export const PANDUAN_PERILAKU: Readonly<
  Record<NilaiBerakhlak, { readonly label: string; readonly panduan: readonly string[] }>
> = {
  BERORIENTASI_PELAYANAN: {
    label: 'Berorientasi Pelayanan',
    panduan: [
      'Memahami dan memenuhi kebutuhan masyarakat',
      'Ramah, cekatan, solutif, dan dapat diandalkan',
      'Melakukan perbaikan tiada henti',
    ],
  },
  AKUNTABEL: {
    label: 'Akuntabel',
    panduan: [
      'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi',
      'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
      'Tidak menyalahgunakan kewenangan jabatan',
    ],
  },
  KOMPETEN: {
    label: 'Kompeten',
    panduan: [
      'Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah',
      'Membantu orang lain belajar',
      'Melaksanakan tugas dengan kualitas terbaik',
    ],
  },
  HARMONIS: {
    label: 'Harmonis',
    panduan: [
      'Menghargai setiap orang apapun latar belakangnya',
      'Suka menolong orang lain',
      'Membangun lingkungan kerja yang kondusif',
    ],
  },
  LOYAL: {
    label: 'Loyal',
    panduan: [
      'Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah',
      'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara',
      'Menjaga rahasia jabatan dan negara',
    ],
  },
  ADAPTIF: {
    label: 'Adaptif',
    panduan: [
      'Cepat menyesuaikan diri menghadapi perubahan',
      'Terus berinovasi dan mengembangkan kreativitas',
      'Bertindak proaktif',
    ],
  },
  KOLABORATIF: {
    label: 'Kolaboratif',
    panduan: [
      'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
      'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
      'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
    ],
  },
};

/** Curve x-axis of the POLA DISTRIBUSI chart, worst first (regulations.md §5.2). */
const KURVA: readonly PredikatPegawai[] = [
  'SANGAT_KURANG',
  'KURANG',
  'BUTUH_PERBAIKAN',
  'BAIK',
  'SANGAT_BAIK',
];

function checked(input: EvaluasiInput): {
  rating: NonNullable<EvaluationResult['rating']>;
  predikat: NonNullable<EvaluationResult['predikat']>;
} {
  const r = input.result;
  if (!r.ok || !r.rating || !r.predikat || r.ruleset?.regime !== 'PERMENPANRB_6_2022') {
    throw new RangeError(
      'Dokumen evaluasi memerlukan hasil evaluate() PermenPANRB 6/2022 dengan rating dan predikat / the evaluation documents need a PermenPANRB 6/2022 evaluate() result with ratings and a predikat',
    );
  }
  return { rating: r.rating, predikat: r.predikat };
}

/** A sheet writer that tracks the current row. */
class Sheet {
  row = 0;
  constructor(
    readonly ws: Worksheet,
    readonly width: number,
  ) {}
  /** Text in column `col` (1-based) of the current row, optionally merged to `to`. */
  put(col: number, value: string, opts: { to?: number; bold?: boolean; text?: boolean } = {}) {
    const cell = putText(this.ws, this.row, col, value, opts.text === true);
    if (opts.to !== undefined && opts.to > col)
      this.ws.mergeCells(this.row, col, this.row, opts.to);
    cell.alignment = { vertical: 'top', wrapText: true };
    if (opts.bold) cell.font = { bold: true };
    return cell;
  }
  next(n = 1): this {
    this.row += n;
    return this;
  }
  title(value: string) {
    this.next();
    const cell = this.put(1, value, { to: this.width, bold: true });
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
  /** A bordered table row. */
  border(from: number, to: number) {
    for (let c = from; c <= to; c++) {
      this.ws.getCell(this.row, c).border = {
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' },
      };
    }
  }
}

function pegawaiBlock(p: AppraisalInput['pegawai']): PejabatBlock {
  return {
    nama: p.nama,
    nip: p.nip,
    ...(p.golongan !== undefined ? { golongan: p.golongan } : {}),
    ...(p.jabatan.nama !== undefined ? { jabatan: p.jabatan.nama } : {}),
    ...(p.unitKerja?.nama !== undefined ? { unitKerja: p.unitKerja.nama } : {}),
    pppk: p.jenisAsn === 'PPPK',
  };
}

function pejabatBlock(p: AppraisalInput['penilai'] | undefined): PejabatBlock | undefined {
  if (!p) return undefined;
  return {
    nama: p.nama,
    ...(p.nip !== undefined ? { nip: p.nip } : {}),
    ...(p.golongan !== undefined ? { golongan: p.golongan } : {}),
    ...(p.jabatan !== undefined ? { jabatan: p.jabatan } : {}),
    ...(p.unitKerja !== undefined ? { unitKerja: p.unitKerja } : {}),
  };
}

/** The five identity fields (NIP and pangkat empty for PPPK). */
function identity(b: PejabatBlock | undefined): [string, string, boolean][] {
  return [
    ['NAMA', b?.nama ?? '', false],
    ['NIP', b?.pppk ? '' : (b?.nip ?? ''), true],
    ['PANGKAT/GOL. RUANG', b?.pppk ? '' : (b?.golongan ?? ''), false],
    ['JABATAN', b?.jabatan ?? '', false],
    ['UNIT KERJA', b?.unitKerja ?? '', false],
  ];
}

function quantityText(q: unknown): string {
  if (q === undefined || q === null) return '';
  if (typeof q === 'number' || typeof q === 'string') return String(q);
  if (typeof q === 'object') {
    const o = q as { jumlah?: unknown; satuan?: unknown; min?: unknown; max?: unknown };
    const unit = typeof o.satuan === 'string' ? ` ${o.satuan}` : '';
    if (o.min !== undefined && o.max !== undefined) return `${o.min}–${o.max}${unit}`;
    if (o.jumlah !== undefined) return `${o.jumlah}${unit}`;
  }
  return '';
}

const titleCase = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();
const umpan = (list: readonly { isi: string }[] | undefined) =>
  (list ?? []).map((u) => u.isi).join('\n');

function signatures(
  s: Sheet,
  input: EvaluasiInput,
  left: [number, number],
  right: [number, number],
) {
  const pegawai = pegawaiBlock(input.appraisal.pegawai);
  const penilai = input.penilai ?? pejabatBlock(input.appraisal.penilai);
  s.next(2);
  const place = [input.tempat, input.tanggal ? tanggalIndonesia(input.tanggal) : undefined]
    .filter((x) => x !== undefined && x !== '')
    .join(', ');
  s.put(right[0], place, { to: right[1] });
  s.next();
  s.put(left[0], 'Pegawai yang Dinilai', { to: left[1] });
  s.put(right[0], 'Pejabat Penilai Kinerja', { to: right[1] });
  s.next(4);
  s.put(left[0], pegawai.nama, { to: left[1], bold: true });
  s.put(right[0], penilai?.nama ?? '', { to: right[1], bold: true });
  s.next();
  s.put(left[0], pegawai.pppk || !pegawai.nip ? '' : `NIP. ${pegawai.nip}`, { to: left[1] });
  s.put(right[0], penilai?.pppk || !penilai?.nip ? '' : `NIP. ${penilai.nip}`, { to: right[1] });
}

/**
 * Adds the **EVALUASI KINERJA PEGAWAI** sheet (Anak Lampiran 4 PermenPANRB 6/2022;
 * regulations.md §5.2): title lines (jabatan, pendekatan, periode, periode penilaian),
 * pegawai and pejabat penilai blocks, CAPAIAN KINERJA ORGANISASI, POLA DISTRIBUSI (curve axis
 * with the unit's frequencies), the HASIL KERJA table (A. UTAMA / B. TAMBAHAN, realisasi and
 * umpan balik berdasarkan bukti dukung; Perspektif for JPT), RATING HASIL KERJA, the PERILAKU
 * KERJA table (seven core values with panduan perilaku, ekspektasi khusus pimpinan, umpan
 * balik), RATING PERILAKU KERJA, PREDIKAT KINERJA PEGAWAI and the signatures. Ratings and
 * predikat come from the `evaluate()` result; every text cell is formula-injection safe.
 *
 * @example
 * ```ts no-run
 * const wb = new ExcelJS.Workbook();
 * addEvaluasiKinerjaSheet(wb, { appraisal, result: evaluate(appraisal), instansi: 'Pemerintah Kota Contoh' });
 * ```
 */
export function addEvaluasiKinerjaSheet(wb: Workbook, input: EvaluasiInput): Worksheet {
  const { rating, predikat } = checked(input);
  const a = input.appraisal;
  const jpt = a.pegawai.jabatan.jenis === 'JPT';
  const cols = [
    'NO',
    ...(jpt ? ['PERSPEKTIF'] : []),
    'RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI',
    'RENCANA HASIL KERJA',
    'ASPEK',
    'INDIKATOR KINERJA INDIVIDU',
    'TARGET',
    'REALISASI BERDASARKAN BUKTI DUKUNG',
    'UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG',
  ];
  const W = cols.length;
  const ws = wb.addWorksheet('EVALUASI', {
    pageSetup: { orientation: 'landscape', fitToWidth: 1 },
  });
  ws.getColumn(1).width = 5;
  for (let c = 2; c <= W; c++) ws.getColumn(c).width = 24;
  const s = new Sheet(ws, W);
  s.title('EVALUASI KINERJA PEGAWAI');
  s.title(jabatanLine(a.pegawai.jabatan));
  s.title(`PENDEKATAN HASIL KERJA ${a.skp?.pendekatan ?? 'KUANTITATIF'}`);
  s.title(`PERIODE: ${input.periodeLabel ?? periodeLine(a.periode)}`);
  s.title(periodePenilaian(a.periode.mulai, a.periode.selesai));
  if (input.instansi) {
    s.next(2);
    s.put(1, 'INSTANSI', { to: 2, bold: true });
    s.put(3, input.instansi, { to: W });
  }

  // Identity blocks side by side: pegawai (left) and pejabat penilai (right).
  const half = Math.floor(W / 2);
  s.next(2);
  s.put(1, 'NO', { bold: true });
  s.put(2, 'PEGAWAI YANG DINILAI', { to: half, bold: true });
  s.put(half + 1, 'NO', { bold: true });
  s.put(half + 2, 'PEJABAT PENILAI KINERJA', { to: W, bold: true });
  s.border(1, W);
  const left = identity(pegawaiBlock(a.pegawai));
  const right = identity(input.penilai ?? pejabatBlock(a.penilai));
  left.forEach(([label, value, text], i) => {
    const [rLabel, rValue, rText] = right[i] as [string, string, boolean];
    s.next();
    s.put(1, String(i + 1));
    s.put(2, label);
    s.put(3, value, { to: half, text });
    s.put(half + 1, String(i + 1));
    s.put(half + 2, rLabel);
    s.put(half + 3, rValue, { to: W, text: rText });
    s.border(1, W);
  });

  const org = a.predikatOrganisasi;
  const orgLabel = org ? LABELS.predikatOrganisasi[org].id : '';
  s.next(2);
  s.put(1, 'CAPAIAN KINERJA ORGANISASI', { to: half, bold: true });
  s.put(half + 1, orgLabel.toUpperCase(), { to: W });
  s.border(1, W);

  s.next(2);
  s.put(1, 'POLA DISTRIBUSI', { to: W, bold: true });
  s.next();
  s.put(
    1,
    `KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI ${orgLabel.toUpperCase()}`.trim(),
    { to: W },
  );
  s.next();
  s.put(1, 'PREDIKAT', { to: 2, bold: true });
  KURVA.forEach((p, i) => {
    s.put(3 + i, LABELS.predikatPegawai[p].id, { bold: true });
  });
  s.border(1, 2 + KURVA.length);
  s.next();
  s.put(1, 'FREKUENSI PEGAWAI', { to: 2 });
  KURVA.forEach((p, i) => {
    const n = input.distribusi?.[p];
    s.put(3 + i, n === undefined ? '' : String(n));
  });
  s.border(1, 2 + KURVA.length);

  s.next(2);
  s.put(1, 'HASIL KERJA', { to: W, bold: true });
  s.next();
  cols.forEach((c, i) => {
    s.put(i + 1, c, { bold: true });
  });
  s.border(1, W);
  s.next();
  cols.forEach((_, i) => {
    s.put(i + 1, `(${i + 1})`);
  });
  s.border(1, W);
  const rhks = a.skp?.rencanaHasilKerja ?? [];
  for (const [jenis, heading] of [
    ['UTAMA', 'A. UTAMA'],
    ['TAMBAHAN', 'B. TAMBAHAN'],
  ] as const) {
    s.next();
    s.put(1, heading, { to: W, bold: true });
    s.border(1, W);
    let no = 0;
    for (const rhk of rhks.filter((x) => (x.jenis ?? 'UTAMA') === jenis)) {
      no++;
      rhk.indikator.forEach((iki, k) => {
        s.next();
        const row = [
          k === 0 ? String(no) : '',
          ...(jpt ? [k === 0 ? (rhk.perspektif ?? '') : ''] : []),
          k === 0 ? (rhk.rhkAtasanDiintervensi ?? '') : '',
          k === 0 ? rhk.rencanaHasilKerja : '',
          titleCase(iki.aspek),
          iki.indikator,
          quantityText(iki.target),
          iki.realisasi === null ? '' : quantityText(iki.realisasi),
          umpan(iki.umpanBalik) || (k === 0 ? umpan(rhk.umpanBalik) : ''),
        ];
        row.forEach((v, i) => {
          s.put(i + 1, v);
        });
        s.border(1, W);
      });
    }
  }
  s.next();
  s.put(1, 'RATING HASIL KERJA', { to: half, bold: true });
  s.put(half + 1, LABELS.rating[rating.hasilKerja].id.toUpperCase(), { to: W });
  s.border(1, W);

  s.next(2);
  s.put(1, 'PERILAKU KERJA', { to: W, bold: true });
  s.next();
  const eks = Math.max(half, 3);
  s.put(1, 'NO', { bold: true });
  s.put(2, 'PERILAKU KERJA', { to: eks - 1, bold: true });
  s.put(eks, 'EKSPEKTASI KHUSUS PIMPINAN', { to: eks + 1, bold: true });
  s.put(eks + 2, 'UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG', { to: W, bold: true });
  s.border(1, W);
  BERAKHLAK.forEach((code, i) => {
    const v = PANDUAN_PERILAKU[code];
    s.next();
    s.put(1, String(i + 1));
    s.put(2, [v.label, ...v.panduan.map((p, k) => `${k + 1}) ${p}`)].join('\n'), { to: eks - 1 });
    s.put(eks, a.perilaku?.ekspektasiKhusus?.[code] ?? '', { to: eks + 1 });
    s.put(eks + 2, input.umpanBalikPerilaku?.[code] ?? '', { to: W });
    s.border(1, W);
    ws.getRow(s.row).height = 75;
  });
  s.next();
  s.put(1, 'RATING PERILAKU KERJA', { to: half, bold: true });
  s.put(half + 1, LABELS.rating[rating.perilaku].id.toUpperCase(), { to: W });
  s.border(1, W);
  s.next(2);
  s.put(1, 'PREDIKAT KINERJA PEGAWAI', { to: half, bold: true });
  s.put(half + 1, predikat.label.id.toUpperCase(), { to: W, bold: true });
  s.border(1, W);

  signatures(s, input, [1, 3], [W - 2, W]);
  return ws;
}

/**
 * Adds the **DOKUMEN EVALUASI KINERJA PEGAWAI** sheet (one-page summary; regulations.md §5.3):
 * title, PERIODE (TRIWULAN/SEMESTER/AKHIR), instansi, PERIODE PENILAIAN, then 1 PEGAWAI YANG
 * DINILAI, 2 PEJABAT PENILAI KINERJA, 3 ATASAN PEJABAT PENILAI KINERJA (nama, NIP,
 * pangkat/gol. ruang, jabatan, unit kerja — NIP and pangkat empty for PPPK), 4 EVALUASI
 * KINERJA (capaian kinerja organisasi, predikat kinerja pegawai), 5 CATATAN/REKOMENDASI, and
 * the place, date and signatures of the pegawai and the pejabat penilai. The Garuda emblem
 * (field 1 of the template) is not embedded.
 *
 * @example
 * ```ts no-run
 * const wb = new ExcelJS.Workbook();
 * addDokumenEvaluasiSheet(wb, { appraisal, result: evaluate(appraisal), tempat: 'Bandung', tanggal: '2024-01-15' });
 * ```
 */
export function addDokumenEvaluasiSheet(wb: Workbook, input: EvaluasiInput): Worksheet {
  const { predikat } = checked(input);
  const a = input.appraisal;
  const W = 5;
  const ws = wb.addWorksheet('DOKUMEN EVALUASI', {
    pageSetup: { orientation: 'portrait', fitToWidth: 1 },
  });
  ws.getColumn(1).width = 5;
  ws.getColumn(2).width = 34;
  for (let c = 3; c <= W; c++) ws.getColumn(c).width = 22;
  const s = new Sheet(ws, W);
  s.title('DOKUMEN EVALUASI KINERJA PEGAWAI');
  s.title(`PERIODE: ${input.periodeLabel ?? periodeLine(a.periode)}`);
  if (input.instansi) s.title(input.instansi.toUpperCase());
  s.title(periodePenilaian(a.periode.mulai, a.periode.selesai));

  const blocks: [string, PejabatBlock | undefined][] = [
    ['PEGAWAI YANG DINILAI', pegawaiBlock(a.pegawai)],
    ['PEJABAT PENILAI KINERJA', input.penilai ?? pejabatBlock(a.penilai)],
    ['ATASAN PEJABAT PENILAI KINERJA', input.atasanPenilai ?? pejabatBlock(a.atasanPenilai)],
  ];
  s.next();
  blocks.forEach(([heading, b], i) => {
    s.next();
    s.put(1, String(i + 1), { bold: true });
    s.put(2, heading, { to: W, bold: true });
    s.border(1, W);
    for (const [label, value, text] of identity(b)) {
      s.next();
      s.put(2, label);
      s.put(3, value, { to: W, text });
      s.border(1, W);
    }
  });
  const org = a.predikatOrganisasi;
  s.next();
  s.put(1, '4', { bold: true });
  s.put(2, 'EVALUASI KINERJA', { to: W, bold: true });
  s.border(1, W);
  s.next();
  s.put(2, 'CAPAIAN KINERJA ORGANISASI');
  s.put(3, org ? LABELS.predikatOrganisasi[org].id.toUpperCase() : '', { to: W });
  s.border(1, W);
  s.next();
  s.put(2, 'PREDIKAT KINERJA PEGAWAI');
  s.put(3, predikat.label.id.toUpperCase(), { to: W, bold: true });
  s.border(1, W);
  s.next();
  s.put(1, '5', { bold: true });
  s.put(2, 'CATATAN/REKOMENDASI', { to: W, bold: true });
  s.border(1, W);
  s.next();
  s.put(2, input.catatan ?? a.catatan ?? '', { to: W });
  s.border(1, W);
  ws.getRow(s.row).height = 60;

  signatures(s, input, [2, 2], [4, 5]);
  return ws;
}

/**
 * Writes the PermenPANRB 6/2022 evaluation documents of one pegawai as an `.xlsx` workbook:
 * the EVALUASI KINERJA PEGAWAI sheet ({@link addEvaluasiKinerjaSheet}) and the DOKUMEN
 * EVALUASI KINERJA PEGAWAI sheet ({@link addDokumenEvaluasiSheet}). Throws a `RangeError`
 * when the result is not a 6/2022 result with ratings and a predikat.
 *
 * @example
 * ```ts no-run
 * const bytes = await writeEvaluasiXlsx({ appraisal, result: evaluate(appraisal), instansi: 'Pemerintah Kota Contoh' });
 * fs.writeFileSync('evaluasi.xlsx', bytes);
 * ```
 */
export async function writeEvaluasiXlsx(input: EvaluasiInput): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  addEvaluasiKinerjaSheet(wb, input);
  addDokumenEvaluasiSheet(wb, input);
  return workbookBytes(wb);
}
