import { z } from 'zod';
import { BasisPointsSchema, BuktiDukungSchema, bilingual, UmpanBalikSchema } from './primitives.js';
import { QuantitySchema, TargetSchema } from './quantity.js';

/** The four aspects an IKI (or a PP 46 kegiatan target) can measure. */
export const AspekSchema = z.enum(['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA']);
export type Aspek = z.infer<typeof AspekSchema>;

/** Whether a larger or a smaller realisasi is better (PermenPANRB 8/2021 normal vs special condition). */
export const PolaritasSchema = z.enum(['HIGHER_IS_BETTER', 'LOWER_IS_BETTER']);
export type Polaritas = z.infer<typeof PolaritasSchema>;

/**
 * Indikator Kinerja Individu (IKI): one aspect of a rencana hasil kerja with its target and
 * realisasi. `jenis` names the indicator type (default `standar`); agencies register their own.
 */
export const IkiSchema = z.strictObject({
  id: z.string().optional(),
  aspek: AspekSchema,
  indikator: z.string().min(1),
  /** Indicator type id registered in the ruleset (default `standar`). */
  jenis: z.string().min(1).optional(),
  target: TargetSchema,
  /** Absent or null: not yet measured. Zero: measured, nothing achieved. */
  realisasi: QuantitySchema.nullable().optional(),
  polaritas: PolaritasSchema.optional(),
  /** The target is the maximum achievable (e.g. "100 % bebas temuan material"). */
  targetMaksimal: z.boolean().optional(),
  bobot: BasisPointsSchema.optional(),
  /** Payload for a custom indicator type. */
  data: z.unknown().optional(),
  buktiDukung: z.array(BuktiDukungSchema).optional(),
  umpanBalik: z.array(UmpanBalikSchema).optional(),
});
export type Iki = z.infer<typeof IkiSchema>;
export type IkiInput = z.input<typeof IkiSchema>;

/** Rencana hasil kerja (PP 46: kegiatan tugas jabatan). */
export const RencanaHasilKerjaSchema = z.strictObject({
  id: z.string().optional(),
  jenis: z.enum(['UTAMA', 'TAMBAHAN']).default('UTAMA'),
  rencanaHasilKerja: z.string().min(1),
  /** The cascaded "rencana hasil kerja atasan/pimpinan yang diintervensi". */
  rhkAtasanDiintervensi: z.string().optional(),
  /** Balanced-scorecard perspective, for JPT (e.g. "Penerima Layanan"). */
  perspektif: z.string().optional(),
  bobot: BasisPointsSchema.optional(),
  /** Angka kredit of the kegiatan (PP 46 form, JFT). */
  angkaKredit: z.union([z.number(), z.string()]).optional(),
  indikator: z
    .array(IkiSchema)
    .min(
      1,
      bilingual(
        'RHK_NO_IKI',
        'Rencana hasil kerja harus memiliki minimal satu indikator',
        'A rencana hasil kerja needs at least one indicator',
      ),
    ),
  buktiDukung: z.array(BuktiDukungSchema).optional(),
  umpanBalik: z.array(UmpanBalikSchema).optional(),
});
export type RencanaHasilKerja = z.infer<typeof RencanaHasilKerjaSchema>;

/** A PP 46 tugas tambahan, backed by a surat perintah. */
export const TugasTambahanSchema = z.strictObject({
  uraian: z.string().min(1),
  nomorSuratPerintah: z.string().optional(),
});

/** A PP 46 kreativitas claim and the level of the statement letter. */
export const KreativitasSchema = z.strictObject({
  uraian: z.string().min(1),
  tingkat: z.enum(['UNIT_KERJA', 'ORGANISASI', 'NEGARA']),
  nomorSurat: z.string().optional(),
});

/** Sasaran Kinerja Pegawai. */
export const SkpSchema = z.strictObject({
  pendekatan: z.enum(['KUANTITATIF', 'KUALITATIF']).optional(),
  rencanaHasilKerja: z.array(RencanaHasilKerjaSchema),
  tugasTambahan: z.array(TugasTambahanSchema).optional(),
  kreativitas: z.array(KreativitasSchema).optional(),
});
export type Skp = z.infer<typeof SkpSchema>;
