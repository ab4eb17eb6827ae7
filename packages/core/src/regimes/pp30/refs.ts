/* Legal references of the PP 30/2019 + PermenPANRB 8/2021 rules (regulations.md §2). */
import { type LegalRef, ref } from '../../ruleset/legal.js';

/**
 * Where each source of this regime was read (regulations.md §2).
 *
 * @example
 * ```ts
 * SOURCES.page101; // the flipbook page with the nilai capaian IKI formulas
 * ```
 */
export const SOURCES = {
  pp30Pasal41: 'https://www.pasal.id/peraturan/pp/pp-no-30-tahun-2019/koreksi/9019721',
  pasal41Paraphrase:
    'https://sonora.id/read/422231543/aduh-menpan-rb-bakal-behentikan-20-persen-pns-yang-tak-produktif?page=2',
  batas120:
    'https://legalstudies71.blogspot.com/2019/06/penilaian-kinerja-pegawai-negeri-sipil_82.html',
  page99: 'http://online.flipbuilder.com/vajnr/eqrv/files/basic-html/page99.html',
  page101: 'http://online.flipbuilder.com/vajnr/eqrv/files/basic-html/page101.html',
  page110: 'http://online.flipbuilder.com/vajnr/eqrv/files/basic-html/page110.html',
  page363: 'http://online.flipbuilder.com/vajnr/eqrv/files/basic-html/page363.html',
  formatPenilaian: 'https://anyflip.com/dexzb/vrxf/basic/151-200',
  perilakuLevel:
    'https://id.scribd.com/presentation/683205653/Bahan-Paparan-Pengelolaan-Kinerja-Sri-Ramadani-Amiruddin',
} as const;

const PERMEN = 'PermenPANRB 8/2021';
const PP30 = 'PP 30/2019';

/**
 * References of the formula rules (those that are not a single ruleset parameter).
 *
 * @example
 * ```ts
 * PP30_REFS.nilaiSkpJpt.status; // 'CONFIRMED'
 * ```
 */
export const PP30_REFS = {
  /** Capaian IKI goes through the indicator type registered for the IKI. */
  capaianIki: ref(PERMEN, 'CONFIRMED', 'Lampiran hlm. 99 dan 110 (Capaian IKI)', {
    source: SOURCES.page99,
  }),
  /** JA/JF nilai SKP: average of the rencana kinerja utama, plus the tambahan bonus. */
  nilaiSkpJaJf: ref(PERMEN, 'UNCERTAIN', 'Lampiran, Format Penilaian SKP (D.2.2/D.2.3)', {
    source: SOURCES.formatPenilaian,
    note: 'The form has "Nilai Akhir SKP" with sections A. Kinerja Utama and B. Kinerja Tambahan; how the rencana values combine was not seen in the text. Reading: the (RHK-bobot-weighted) mean of the utama values.',
  }),
  /** JPT nilai SKP: sum of the nilai tertimbang of the rencana kinerja utama and tambahan. */
  nilaiSkpJpt: ref(PERMEN, 'CONFIRMED', 'Lampiran hlm. 363 (contoh penilaian SKP JPT)', {
    source: SOURCES.page363,
    note: 'NILAI AKHIR SKP = nilai tertimbang kinerja utama + nilai tertimbang kinerja tambahan; example (59.2 + 43.6) + 0 = 102.8. The split of the weights between kinds of kinerja utama was not seen: the RHK bobot is input.',
  }),
  /** Perilaku aspects; kepemimpinan for managerial posts. */
  aspekPerilaku: ref(
    PP30,
    'CONFIRMED-2',
    'Perilaku kerja (Orientasi Pelayanan, Komitmen, Inisiatif Kerja, Kerja Sama, Kepemimpinan)',
    {
      source: SOURCES.perilakuLevel,
      note: 'Kepemimpinan applies to managerial officials (JPT, administrator, pengawas, or jabatan.struktural = true). The conversion of the required level (1–7) into a number is not confirmed: the library takes numeric 0–120 scores per aspect.',
    },
  ),
  /** Nilai perilaku = mean of the aspects of one rater. */
  nilaiPerilaku: ref(PP30, 'UNCERTAIN', 'Pasal 37 ayat (5) (nilai perilaku kerja)', {
    note: 'How aspect levels become a number is not confirmed (regulations.md §2.5); the library averages numeric 0–120 aspect scores.',
  }),
  /** Pasal 41(1): nilai kinerja combines nilai SKP and nilai perilaku. */
  nilaiKinerja: ref(PP30, 'CONFIRMED', 'Pasal 41 ayat (1) dan (2)', {
    source: SOURCES.pp30Pasal41,
  }),
  /** Pasal 41(5)(a): Sangat Baik needs a new idea or way that improves performance. */
  inovasi: ref(PP30, 'CONFIRMED', 'Pasal 41 ayat (5) huruf a', { source: SOURCES.pp30Pasal41 }),
} as const satisfies Record<string, LegalRef>;
