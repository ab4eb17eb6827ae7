import type { JenisJabatan } from '@kinerja/core';

/** A jenis jabatan read from a label, and whether the reading is a reported decision. */
export interface JabatanRead {
  readonly jenis: JenisJabatan;
  readonly struktural?: boolean;
  /** Set when the label (e.g. "Struktural") does not name the level, so a default was used. */
  readonly decision?: 'JABATAN_STRUKTURAL_LEVEL';
}

/**
 * Reads a jenis jabatan label as written by SIASN (`jenis_jabatan_nama`), SAPK codes
 * (`1` JST, `2` JFT, `4` JFU) or the core codes. "Struktural" without an echelon is read as
 * ADMINISTRATOR (structural) and flagged, since the level is not in the data.
 *
 * @example
 * ```ts
 * readJenisJabatan('Jabatan Fungsional Tertentu'); // { jenis: 'FUNGSIONAL' }
 * readJenisJabatan('Jabatan Struktural')?.decision; // 'JABATAN_STRUKTURAL_LEVEL'
 * ```
 */
export function readJenisJabatan(v: unknown): JabatanRead | undefined {
  if (v === undefined || v === null) return undefined;
  const s = String(v)
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
  switch (s) {
    case 'JPT':
    case 'JABATAN PIMPINAN TINGGI':
      return { jenis: 'JPT' };
    case 'ADMINISTRATOR':
    case 'JABATAN ADMINISTRATOR':
      return { jenis: 'ADMINISTRATOR' };
    case 'PENGAWAS':
    case 'JABATAN PENGAWAS':
      return { jenis: 'PENGAWAS' };
    case 'PELAKSANA':
    case 'JABATAN PELAKSANA':
    case 'JFU':
    case '4':
    case 'FUNGSIONAL UMUM':
    case 'JABATAN FUNGSIONAL UMUM':
      return { jenis: 'PELAKSANA' };
    case 'FUNGSIONAL':
    case 'JFT':
    case '2':
    case 'FUNGSIONAL TERTENTU':
    case 'JABATAN FUNGSIONAL':
    case 'JABATAN FUNGSIONAL TERTENTU':
      return { jenis: 'FUNGSIONAL' };
    case 'STRUKTURAL':
    case 'JST':
    case '1':
    case 'JABATAN STRUKTURAL':
      return { jenis: 'ADMINISTRATOR', struktural: true, decision: 'JABATAN_STRUKTURAL_LEVEL' };
    default:
      return undefined;
  }
}
