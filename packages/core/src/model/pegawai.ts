import { z } from 'zod';
import { bilingual, IsoDateSchema, NipSchema } from './primitives.js';

/** Jenis jabatan. */
export const JenisJabatanSchema = z.enum([
  'JPT',
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
  'FUNGSIONAL',
]);
export type JenisJabatan = z.infer<typeof JenisJabatanSchema>;

/** Jenjang jabatan fungsional (keahlian and keterampilan) and JPT levels. */
export const JenjangSchema = z.enum([
  'AHLI_PERTAMA',
  'AHLI_MUDA',
  'AHLI_MADYA',
  'AHLI_UTAMA',
  'PEMULA',
  'TERAMPIL',
  'MAHIR',
  'PENYELIA',
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
]);
export type Jenjang = z.infer<typeof JenjangSchema>;

/** PNS golongan ruang (`III/a`) or PPPK golongan (`IX`). */
export const GolonganSchema = z
  .string()
  .regex(
    /^(?:(?:I|II|III|IV)\/[a-e]|I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII)$/,
    bilingual(
      'GOLONGAN_FORMAT',
      'Golongan harus seperti "III/a" (PNS) atau "IX" (PPPK)',
      'Golongan must look like "III/a" (PNS) or "IX" (PPPK)',
    ),
  );

/** The employee's position. `struktural` marks posts assessed on kepemimpinan under PP 46. */
export const JabatanSchema = z.strictObject({
  jenis: JenisJabatanSchema,
  nama: z.string().optional(),
  jenjang: JenjangSchema.optional(),
  /** Defaults: JPT, administrator and pengawas are structural; pelaksana and fungsional are not. */
  struktural: z.boolean().optional(),
});
export type Jabatan = z.infer<typeof JabatanSchema>;

/** The organisational unit. */
export const UnitKerjaSchema = z.strictObject({
  id: z.string().optional(),
  nama: z.string().min(1),
  induk: z.string().optional(),
});
export type UnitKerja = z.infer<typeof UnitKerjaSchema>;

/** The appraised employee (pegawai yang dinilai). */
export const PegawaiSchema = z.strictObject({
  nip: NipSchema,
  nama: z.string().min(1),
  jenisAsn: z.enum(['PNS', 'PPPK']).default('PNS'),
  jabatan: JabatanSchema,
  golongan: GolonganSchema.optional(),
  unitKerja: UnitKerjaSchema.optional(),
  jenisKelamin: z.enum(['L', 'P']).optional(),
  tanggalLahir: IsoDateSchema.optional(),
});
export type Pegawai = z.infer<typeof PegawaiSchema>;
export type PegawaiInput = z.input<typeof PegawaiSchema>;

/** An official in the chain (pejabat penilai, atasan pejabat penilai). */
export const PejabatSchema = z.strictObject({
  nip: NipSchema.optional(),
  nama: z.string().min(1),
  jabatan: z.string().optional(),
  golongan: z.string().optional(),
  unitKerja: z.string().optional(),
});
export type Pejabat = z.infer<typeof PejabatSchema>;

/** Whether a position is structural (assessed on kepemimpinan under PP 46/2011). */
export function isStruktural(j: Jabatan): boolean {
  return (
    j.struktural ?? (j.jenis === 'JPT' || j.jenis === 'ADMINISTRATOR' || j.jenis === 'PENGAWAS')
  );
}
