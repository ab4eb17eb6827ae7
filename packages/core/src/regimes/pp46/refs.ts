/* Legal references of the PP 46/2011 + Perka BKN 1/2013 rules (regulations.md §1). */
import { ref } from '../../ruleset/legal.js';

/** Where each source was read (regulations.md §1, formats.md §3.5). */
export const PP46_SOURCES = {
  deckBkn: 'https://ml.scribd.com/doc/295201669/5-Bahan-presentasi-penilaian-SKP-ppt',
  deckPp46: 'http://soukservices.com/slideshow/pp-46-tahun-2011/31061690',
  slideplayer: 'https://slideplayer.info/amp/16716725',
  thesaya: 'http://thesaya.blogspot.com/2015/01/penilaian-skp-pns-sebagai-pengganti-dp3.html',
  rumusSkpXls: 'https://scribd.com/document/354032278/242713082-rumus-skp-xls',
  rumusDeck: 'https://id.scribd.com/presentation/376874092/RUMUS',
  mencariNt: 'https://id.scribd.com/document/400519283/MENCARI-NT-1-76-20-2-09',
  blogWaktu:
    'http://denganbasmalahakubisa.blogspot.com/2014/02/tata-cara-penilaian-skp-1-aspek-waktu.html',
  blogBagian3:
    'http://denganbasmalahakubisa.blogspot.com/2014/11/tatacara-pengukuran-skp-bagian-3.html',
  ekinerjaSql: 'papamas/ekinerja tools/query_rekon_skp_tahunan_ekinerja_dengan_sapk.sql',
  kamikamu: 'https://pns.kamikamu.co.id/dasar-hukum-peraturan-kepala-bkn-nomor-2/',
  samparona: 'https://samparona.blogspot.com/2016/10/perilaku-kerja-pns-dan-aspek-aspeknya.html',
  permensos: 'https://www.pasal.id/peraturan/permen/permensos-no-5-tahun-2012/koreksi/10748038',
  regimeChain: 'https://id.scribd.com/presentation/628206404/Sos-PermenPANRB-Nomor-6-Tahun-2022-v3',
} as const;

const PP46 = 'PP 46/2011';
const PERKA = 'Perka BKN 1/2013';

/**
 * References of the formula rules, the ones that are code rather than a single ruleset
 * parameter. Their numbers (1.76, 24, 76, 60/40, …) live in the ruleset.
 *
 * @example
 * ```ts
 * PP46_REFS.kuantitas.status; // 'CONFIRMED-2'
 * PP46_REFS.kuantitas.regulation; // 'Perka BKN 1/2013'
 * ```
 */
export const PP46_REFS = {
  pp46: ref(PP46, 'CONFIRMED-2', 'Penilaian Prestasi Kerja PNS', {
    source: PP46_SOURCES.regimeChain,
    note: 'PP 46/2011 governs appraisal years 2014–2020; it was replaced by PP 30/2019.',
  }),
  perka: ref(PERKA, 'CONFIRMED-2', 'Ketentuan Pelaksanaan PP 46/2011 (Lampiran)', {
    source: PP46_SOURCES.kamikamu,
    note: 'Some agencies also applied it to January–June 2021; such appraisals must choose this ruleset explicitly (rulesetId "pp46-2011").',
  }),
  /** `RO / TO × 100`. */
  kuantitas: ref(PERKA, 'CONFIRMED-2', 'Lampiran: Pengukuran SKP, aspek kuantitas', {
    source: `${PP46_SOURCES.thesaya}; ${PP46_SOURCES.rumusSkpXls}`,
  }),
  /** `RK / TK × 100`. */
  kualitas: ref(PERKA, 'CONFIRMED-2', 'Lampiran: Pengukuran SKP, aspek kualitas', {
    source: `${PP46_SOURCES.thesaya}; ${PP46_SOURCES.rumusSkpXls}`,
  }),
  /** `E = 100 − R / T × 100` (waktu and biaya). */
  efisiensi: ref(PERKA, 'CONFIRMED-2', 'Lampiran: Pengukuran SKP, efisiensi waktu/biaya', {
    source: `${PP46_SOURCES.rumusSkpXls}; ${PP46_SOURCES.blogWaktu}`,
    note: 'Branch 2 divides by the TARGET. Some public repositories divide by the realisasi in the biaya branch 2; that is treated as a bug (regulations.md §1.2).',
  }),
  /** `Perhitungan = K + Q + W (+ B)`, `/3` or `/4`. */
  nilaiCapaian: ref(
    PERKA,
    'CONFIRMED-2',
    'Lampiran: Pengukuran SKP, kolom Perhitungan dan Nilai Capaian SKP',
    {
      source: PP46_SOURCES.rumusSkpXls,
      note: 'Divided by 4 when the kegiatan has a biaya target greater than 0, else by 3 (example 100 + 90 + 76 + 76 = 342, / 4 = 85.50).',
    },
  ),
  /** Nilai SKP = mean of the nilai capaian + tugas tambahan + kreativitas. */
  nilaiSkp: ref(PERKA, 'CONFIRMED-2', 'Lampiran: Penilaian SKP, Tugas Tambahan dan Kreativitas', {
    source: `${PP46_SOURCES.kamikamu}; ${PP46_SOURCES.ekinerjaSql}`,
  }),
  /** Nilai perilaku = mean of the aspects assessed. */
  perilaku: ref(PP46, 'CONFIRMED-2', 'Pasal 12 ayat (1)', {
    source: `${PP46_SOURCES.samparona}; ${PP46_SOURCES.deckBkn}`,
    note: 'Aspects: orientasi pelayanan, integritas, komitmen, disiplin, kerja sama, kepemimpinan; the nilai is the mean of the aspects assessed.',
  }),
} as const;
