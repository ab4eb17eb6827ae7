import { defineMessages } from '../../issues/issue.js';

type Aspek = { aspek: string };

const ASPEK_ID: Record<string, string> = {
  KUANTITAS: 'kuantitas',
  KUALITAS: 'kualitas',
  WAKTU: 'waktu',
  BIAYA: 'biaya',
};
const a = (x: string) => ASPEK_ID[x] ?? x;

/** Why a ruleset parameter was rejected. */
export const PP46_PARAM_REASONS = {
  DECIMAL: {
    id: 'harus berupa string angka desimal (mis. "1.76")',
    en: 'must be a decimal string (e.g. "1.76")',
  },
  NOT_POSITIVE: { id: 'harus lebih dari 0', en: 'must be greater than 0' },
  BANDS: {
    id: 'batas bawah harus menurun tegas dan sebutan terakhir tanpa batas bawah (null)',
    en: 'lower bounds must strictly decrease and the last category must have no lower bound (null)',
  },
  TUGAS_TAMBAHAN: {
    id: 'baris harus berurutan naik menurut min (bilangan bulat), dimulai dari min 0',
    en: 'rows must be in increasing order of min (integers), starting at min 0',
  },
  BOBOT: {
    id: 'bobot harus bilangan bulat basis poin 0–10000',
    en: 'weights must be integer basis points 0–10000',
  },
  ROUNDING: {
    id: 'jumlah desimal harus bilangan bulat 0–8',
    en: 'decimal places must be an integer 0–8',
  },
} as const;
export type ParamReasonPp46 = keyof typeof PP46_PARAM_REASONS;

/**
 * Issues and warnings of the PP 46/2011 regime (codes are stable).
 *
 * @example
 * ```ts
 * const i = PP46_MESSAGES.issue('PP46_ASPEK_MISSING', ['skp', 'rencanaHasilKerja', 0, 'indikator'], { aspek: 'WAKTU' });
 * i.message.en; // 'The kegiatan has no waktu indicator (PP 46 needs kuantitas, kualitas and waktu)'
 * ```
 */
export const PP46_MESSAGES = defineMessages({
  PP46_SKP_MISSING: {
    id: () => 'SKP wajib diisi untuk penilaian PP 46/2011',
    en: () => 'The SKP is required for a PP 46/2011 appraisal',
  },
  PP46_PERILAKU_MISSING: {
    id: () => 'Penilaian perilaku kerja wajib diisi untuk penilaian PP 46/2011',
    en: () => 'The perilaku kerja assessment is required for a PP 46/2011 appraisal',
  },
  PP46_NO_KEGIATAN: {
    id: () => 'Tidak ada kegiatan tugas jabatan dengan target yang dapat dinilai',
    en: () => 'There is no kegiatan tugas jabatan with a target that can be scored',
  },
  PP46_KEGIATAN_TAMBAHAN: {
    id: () =>
      'PP 46/2011 tidak menilai rencana hasil kerja tambahan: catat tugas tambahan di skp.tugasTambahan (dihitung per jumlah surat perintah)',
    en: () =>
      'PP 46/2011 does not score additional rencana hasil kerja: list additional tasks in skp.tugasTambahan (counted by surat perintah)',
  },
  PP46_ASPEK_MISSING: {
    id: (p: Aspek) =>
      `Kegiatan tidak memiliki indikator ${a(p.aspek)} (PP 46 mensyaratkan kuantitas, kualitas dan waktu)`,
    en: (p: Aspek) =>
      `The kegiatan has no ${a(p.aspek)} indicator (PP 46 needs kuantitas, kualitas and waktu)`,
  },
  PP46_ASPEK_DUPLICATE: {
    id: (p: Aspek) => `Aspek ${a(p.aspek)} muncul lebih dari sekali pada kegiatan ini`,
    en: (p: Aspek) => `The ${a(p.aspek)} aspect appears more than once in this kegiatan`,
  },
  PP46_INDICATOR_TYPE_UNSUPPORTED: {
    id: (p: { jenis: string }) =>
      `Jenis indikator "${p.jenis}" tidak dipakai dalam PP 46/2011 (hanya "standar")`,
    en: (p: { jenis: string }) =>
      `Indicator type "${p.jenis}" is not used under PP 46/2011 (only "standar")`,
  },
  PP46_TARGET_RANGE: {
    id: (p: Aspek) => `Target ${a(p.aspek)} berupa rentang; PP 46/2011 memakai satu angka target`,
    en: (p: Aspek) => `The ${a(p.aspek)} target is a range; PP 46/2011 uses a single number`,
  },
  PP46_TARGET_NOT_POSITIVE: {
    id: (p: Aspek & { nilai: string }) =>
      `Target ${a(p.aspek)} harus lebih dari 0 (diterima ${p.nilai})`,
    en: (p: Aspek & { nilai: string }) =>
      `The ${a(p.aspek)} target must be greater than 0 (got ${p.nilai})`,
  },
  PP46_NEGATIVE: {
    id: (p: Aspek & { nilai: string }) =>
      `Nilai ${a(p.aspek)} tidak boleh negatif (diterima ${p.nilai})`,
    en: (p: Aspek & { nilai: string }) =>
      `The ${a(p.aspek)} value must not be negative (got ${p.nilai})`,
  },
  PP46_REALISASI_MISSING: {
    id: (p: Aspek) => `Realisasi ${a(p.aspek)} belum diisi`,
    en: (p: Aspek) => `The ${a(p.aspek)} realisasi is missing`,
  },
  PP46_NUMBER_FORMAT: {
    id: (p: { nilai: string }) => `"${p.nilai}" bukan angka desimal yang valid`,
    en: (p: { nilai: string }) => `"${p.nilai}" is not a valid decimal number`,
  },
  PP46_PERILAKU_UNKNOWN_ASPEK: {
    id: (p: Aspek) =>
      `"${p.aspek}" bukan aspek perilaku PP 46/2011 (orientasi pelayanan, integritas, komitmen, disiplin, kerja sama, kepemimpinan)`,
    en: (p: Aspek) =>
      `"${p.aspek}" is not a PP 46/2011 perilaku aspect (orientasi pelayanan, integritas, komitmen, disiplin, kerja sama, kepemimpinan)`,
  },
  PP46_PERILAKU_NOT_NUMERIC: {
    id: (p: Aspek & { nilai: string }) =>
      `Nilai aspek ${p.aspek} berupa rating "${p.nilai}"; PP 46/2011 memakai angka 0–100`,
    en: (p: Aspek & { nilai: string }) =>
      `The ${p.aspek} score is a rating "${p.nilai}"; PP 46/2011 uses numbers 0–100`,
  },
  PP46_PERILAKU_OUT_OF_RANGE: {
    id: (p: Aspek & { nilai: string; maks: string }) =>
      `Nilai aspek ${p.aspek} harus antara 0 dan ${p.maks} (diterima ${p.nilai})`,
    en: (p: Aspek & { nilai: string; maks: string }) =>
      `The ${p.aspek} score must be between 0 and ${p.maks} (got ${p.nilai})`,
  },
  PP46_PERILAKU_ASPEK_MISSING: {
    id: (p: Aspek) => `Aspek perilaku ${p.aspek} belum dinilai oleh penilai ini`,
    en: (p: Aspek) => `The perilaku aspect ${p.aspek} was not scored by this rater`,
  },
  PP46_KEPEMIMPINAN_REQUIRED: {
    id: () =>
      'Pegawai menduduki jabatan struktural: aspek kepemimpinan wajib dinilai (PP 46/2011 Pasal 12 ayat (2))',
    en: () =>
      'The employee holds a structural post: kepemimpinan must be scored (PP 46/2011 Pasal 12(2))',
  },
  PP46_KEPEMIMPINAN_IGNORED: {
    id: () =>
      'Aspek kepemimpinan hanya dinilai untuk jabatan struktural; nilai kepemimpinan pegawai non-struktural ini diabaikan',
    en: () =>
      'Kepemimpinan is assessed for structural posts only; the kepemimpinan score of this non-structural employee is ignored',
  },
  PP46_PARAM_INVALID: {
    id: (p: { param: string; alasan: ParamReasonPp46 }) =>
      `Parameter ruleset "${p.param}" tidak valid: ${PP46_PARAM_REASONS[p.alasan].id}`,
    en: (p: { param: string; alasan: ParamReasonPp46 }) =>
      `Ruleset parameter "${p.param}" is invalid: ${PP46_PARAM_REASONS[p.alasan].en}`,
  },
});

/** Codes of {@link PP46_MESSAGES}. */
export type Pp46MessageCode = keyof typeof PP46_MESSAGES.table;
