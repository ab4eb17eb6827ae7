import { z } from 'zod';
import { RATINGS } from '../codes.js';
import { DecimalInputSchema, safeRecord, UmpanBalikSchema } from './primitives.js';

/** PP 46/2011 Pasal 12 aspects (kepemimpinan only for structural posts). */
export const ASPEK_PP46 = [
  'ORIENTASI_PELAYANAN',
  'INTEGRITAS',
  'KOMITMEN',
  'DISIPLIN',
  'KERJA_SAMA',
  'KEPEMIMPINAN',
] as const;

/** PP 30/2019 + PermenPANRB 8/2021 aspects (kepemimpinan for managerial posts). */
export const ASPEK_PP30 = [
  'ORIENTASI_PELAYANAN',
  'KOMITMEN',
  'INISIATIF_KERJA',
  'KERJA_SAMA',
  'KEPEMIMPINAN',
] as const;

/** The seven BerAKHLAK core values (PermenPANRB 6/2022, SE MenPANRB 20/2021). */
export const BERAKHLAK = [
  'BERORIENTASI_PELAYANAN',
  'AKUNTABEL',
  'KOMPETEN',
  'HARMONIS',
  'LOYAL',
  'ADAPTIF',
  'KOLABORATIF',
] as const;
export type NilaiBerakhlak = (typeof BERAKHLAK)[number];

/** Who gives a perilaku input. */
export const PeranPenilaiSchema = z.enum([
  'ATASAN',
  'REKAN_KERJA',
  'BAWAHAN',
  'MASYARAKAT',
  'DIRI_SENDIRI',
]);
export type PeranPenilai = z.infer<typeof PeranPenilaiSchema>;

/** A perilaku score: a number (PP 46 0–100, PP 30 0–120) or a 6/2022 rating code. */
export const SkorPerilakuSchema = z.union([z.enum(RATINGS), DecimalInputSchema]);

/** One rater's perilaku assessment. Keys are aspect or core-value codes. */
export const PenilaianPerilakuSchema = z.strictObject({
  penilai: z.strictObject({
    peran: PeranPenilaiSchema,
    id: z.string().optional(),
    nama: z.string().optional(),
  }),
  nilai: safeRecord(SkorPerilakuSchema),
  umpanBalik: z.array(UmpanBalikSchema).optional(),
});
export type PenilaianPerilaku = z.infer<typeof PenilaianPerilakuSchema>;

/** Perilaku kerja input: one or more raters, plus the leader's specific expectations (6/2022). */
export const PerilakuSchema = z.strictObject({
  penilaian: z.array(PenilaianPerilakuSchema),
  ekspektasiKhusus: safeRecord(z.string()).optional(),
});
export type Perilaku = z.infer<typeof PerilakuSchema>;
