import { defineMessages } from '@kinerja/core';

type V = { value: string };
type F = { field: string };
/** Two columns of one field that differ (`COLUMN_CONFLICT`). */
type Twins = F & { first: string; second: string };

/**
 * Messages of every rejection and decision the adapters report, in Bahasa Indonesia and
 * English. Codes are stable; the texts may be improved.
 *
 * @example
 * ```ts
 * ADAPTER_MESSAGES.text('NIP_NUMBER', { value: '198703122010011000' }).en;
 * ```
 */
export const ADAPTER_MESSAGES = defineMessages({
  // ---------------------------------------------------------------- payload / row shape
  PAYLOAD_INVALID: {
    id: (p: { reason: string }) => `Data tidak dapat dibaca: ${p.reason}`,
    en: (p: { reason: string }) => `The data cannot be read: ${p.reason}`,
  },
  ROW_NOT_OBJECT: {
    id: (p: V) => `Baris bukan objek (diterima ${p.value})`,
    en: (p: V) => `The row is not an object (got ${p.value})`,
  },
  FORBIDDEN_KEY: {
    id: (p: { key: string }) =>
      `Kunci "${p.key}" tidak diizinkan (dapat mencemari prototipe); baris ditolak`,
    en: (p: { key: string }) => `Key "${p.key}" is not allowed (prototype pollution); row rejected`,
  },
  ROW_UNACCOUNTED: {
    id: () =>
      'Baris tidak diproses oleh adaptor (kesalahan internal); dilaporkan agar tidak hilang',
    en: () =>
      'The adapter did not account for this row (internal error); reported so it is not lost',
  },
  // ---------------------------------------------------------------- fields
  REQUIRED: {
    id: (p: F) => `Kolom "${p.field}" wajib diisi`,
    en: (p: F) => `Field "${p.field}" is required`,
  },
  NIP_NUMBER: {
    id: (p: V) =>
      `NIP ${p.value} tersimpan sebagai angka; angka tidak dapat menyimpan 18 digit dengan tepat sehingga digit terakhir mungkin sudah berubah. Ekspor ulang kolom NIP sebagai teks.`,
    en: (p: V) =>
      `NIP ${p.value} is stored as a number; a number cannot hold 18 digits exactly, so the last digits may already be wrong. Re-export the NIP column as text.`,
  },
  NIP_SCIENTIFIC_NOTATION: {
    id: (p: V) =>
      `NIP "${p.value}" ditulis dalam notasi ilmiah (rusak oleh Excel); digit NIP sudah hilang dan tidak ditebak. Ekspor ulang kolom NIP sebagai teks.`,
    en: (p: V) =>
      `NIP "${p.value}" is in scientific notation (mangled by Excel); its digits are lost and are not guessed. Re-export the NIP column as text.`,
  },
  NIP_FORMAT: {
    id: (p: V) => `NIP harus 18 digit angka (diterima "${p.value}")`,
    en: (p: V) => `NIP must be 18 digits (got "${p.value}")`,
  },
  DATE_FORMAT: {
    id: (p: V) =>
      `Tanggal "${p.value}" tidak dikenali (format: YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY atau nomor seri Excel)`,
    en: (p: V) =>
      `Date "${p.value}" is not recognised (formats: YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY or an Excel serial)`,
  },
  NUMBER_FORMAT: {
    id: (p: V) => `"${p.value}" bukan angka yang dapat dibaca`,
    en: (p: V) => `"${p.value}" is not a readable number`,
  },
  INTEGER_FORMAT: {
    id: (p: V) => `"${p.value}" bukan bilangan bulat`,
    en: (p: V) => `"${p.value}" is not an integer`,
  },
  QUANTITY_FORMAT: {
    id: (p: V) =>
      `"${p.value}" bukan jumlah yang dapat dibaca (contoh: "12 Dokumen", "1,5 Laporan")`,
    en: (p: V) => `"${p.value}" is not a readable quantity (e.g. "12 Dokumen", "1,5 Laporan")`,
  },
  RATING_UNKNOWN: {
    id: (p: V) =>
      `Rating "${p.value}" tidak dikenali (Di Atas / Sesuai / Di Bawah Ekspektasi, atau kode 1–3)`,
    en: (p: V) =>
      `Rating "${p.value}" is not recognised (Di Atas / Sesuai / Di Bawah Ekspektasi, or code 1–3)`,
  },
  PREDIKAT_UNKNOWN: {
    id: (p: V) =>
      `Predikat "${p.value}" tidak dikenali (Sangat Baik, Baik, Butuh Perbaikan/Cukup, Kurang, Sangat Kurang, atau kuadran 1–5)`,
    en: (p: V) =>
      `Predikat "${p.value}" is not recognised (Sangat Baik, Baik, Butuh Perbaikan/Cukup, Kurang, Sangat Kurang, or kuadran 1–5)`,
  },
  ENUM_UNKNOWN: {
    id: (p: V & F) => `Nilai "${p.value}" untuk "${p.field}" tidak dikenali`,
    en: (p: V & F) => `Value "${p.value}" for "${p.field}" is not recognised`,
  },
  NUMBER_OUT_OF_RANGE: {
    id: (p: V & F & { min: string; max: string }) =>
      `Nilai ${p.value} pada "${p.field}" di luar rentang ${p.min}–${p.max}`,
    en: (p: V & F & { min: string; max: string }) =>
      `Value ${p.value} of "${p.field}" is outside ${p.min}–${p.max}`,
  },
  PERIOD_REVERSED: {
    id: (p: { mulai: string; selesai: string }) =>
      `Periode penilaian mulai ${p.mulai} sesudah periode selesai ${p.selesai}`,
    en: (p: { mulai: string; selesai: string }) =>
      `The appraisal period starts (${p.mulai}) after it ends (${p.selesai})`,
  },
  CSV_UNTERMINATED_QUOTE: {
    id: () => 'Tanda kutip tidak ditutup sampai akhir berkas; isi baris terakhir mungkin terpotong',
    en: () => 'A quote is not closed before the end of the file; the last row may be truncated',
  },
  CSV_HEADER_NOT_FOUND: {
    id: (p: { rows: number }) =>
      `Baris judul (dengan kolom NIP) tidak ditemukan dalam ${p.rows} baris pertama`,
    en: (p: { rows: number }) => `No header row (with a NIP column) in the first ${p.rows} rows`,
  },
  CSV_EXTRA_CELLS: {
    id: () =>
      'Baris memiliki sel lebih banyak daripada judul kolom; sel tambahan disimpan di "extra" dengan nama "#<nomor kolom>"',
    en: () =>
      'The row has more cells than the header; the extra cells are kept under "extra" as "#<column number>"',
  },
  PEGAWAI_NOT_IN_MASTER: {
    id: (p: V) => `Pegawai ${p.value} tidak ada pada data induk pegawai (Ekspor Data ASN)`,
    en: (p: V) => `Employee ${p.value} is not in the employee master (Export Data ASN)`,
  },
  PEGAWAI_KEY_MISSING: {
    id: () => 'Baris tidak memiliki NIP maupun ID PNS untuk digabung dengan data induk pegawai',
    en: () => 'The row has neither a NIP nor a PNS id to join with the employee master',
  },
  DUPLICATE_CONFLICT: {
    id: (p: { nip: string; periode: string; rows: string }) =>
      `Pegawai ${p.nip} memiliki beberapa rekaman berbeda untuk periode ${p.periode} (baris ${p.rows}, mis. sesudah mutasi); tidak ada data pada rekaman yang menunjukkan mana yang terakhir. Sisakan satu rekaman di SIASN.`,
    en: (p: { nip: string; periode: string; rows: string }) =>
      `Employee ${p.nip} has several different records for period ${p.periode} (rows ${p.rows}, e.g. after a mutasi); nothing in the records tells which one is the latest. Keep one record in SIASN.`,
  },
  RATINGS_MISSING: {
    id: () =>
      'Rating hasil kerja dan rating perilaku diperlukan untuk penilaian PermenPANRB 6/2022',
    en: () =>
      'Both ratings (hasil kerja and perilaku) are needed for a PermenPANRB 6/2022 appraisal',
  },
  RESULT_NOT_OK: {
    id: (p: { codes: string }) => `Hasil evaluasi tidak valid (${p.codes}); payload tidak dibuat`,
    en: (p: { codes: string }) =>
      `The evaluation result is not valid (${p.codes}); no payload written`,
  },
  RESULT_WRONG_SCALE: {
    id: (p: { scale: string; wanted: string }) =>
      `Hasil memakai skala predikat ${p.scale}; payload ini memerlukan ${p.wanted}`,
    en: (p: { scale: string; wanted: string }) =>
      `The result uses the ${p.scale} predikat scale; this payload needs ${p.wanted}`,
  },
  // ---------------------------------------------------------------- audit
  AUDIT_PREDIKAT_MISMATCH: {
    id: (p: { stored: string; derived: string; hasil: string; perilaku: string }) =>
      `Predikat tersimpan ${p.stored} bertentangan dengan matriks: hasil kerja ${p.hasil} × perilaku ${p.perilaku} → ${p.derived}`,
    en: (p: { stored: string; derived: string; hasil: string; perilaku: string }) =>
      `Stored predikat ${p.stored} contradicts the matrix: hasil kerja ${p.hasil} × perilaku ${p.perilaku} → ${p.derived}`,
  },
  AUDIT_NOT_CHECKABLE: {
    id: (p: F) => `Tidak dapat diperiksa ulang: "${p.field}" tidak ada`,
    en: (p: F) => `Cannot be re-checked: "${p.field}" is missing`,
  },
  AUDIT_VALUE_MISMATCH: {
    id: (p: { field: string; stored: string; derived: string }) =>
      `${p.field} tersimpan ${p.stored}, hasil hitung ulang ${p.derived}`,
    en: (p: { field: string; stored: string; derived: string }) =>
      `${p.field} stored as ${p.stored}, recomputed as ${p.derived}`,
  },
  // ---------------------------------------------------------------- decisions
  LABEL_SYNONYM: {
    id: (p: { value: string; code: string }) => `"${p.value}" dibaca sebagai ${p.code}`,
    en: (p: { value: string; code: string }) => `"${p.value}" read as ${p.code}`,
  },
  CUKUP_AS_BUTUH_PERBAIKAN: {
    id: () =>
      '"CUKUP" (ekspor Excel e-Kinerja) dibaca sebagai BUTUH_PERBAIKAN (SIASN "BUTUH PERBAIKAN"), tingkat yang sama',
    en: () =>
      '"CUKUP" (e-Kinerja Excel export) read as BUTUH_PERBAIKAN (SIASN "BUTUH PERBAIKAN"), the same level',
  },
  NUMERIC_RATING_CODE: {
    id: () =>
      'Kode rating angka dibaca menurut tabel SIASN perilakuDanKinerja: 1 = Di Atas, 2 = Sesuai, 3 = Di Bawah Ekspektasi (TIDAK PASTI: tabel pihak ketiga, belum diverifikasi)',
    en: () =>
      'Numeric rating codes read per the SIASN perilakuDanKinerja table: 1 = Above, 2 = Meets, 3 = Below Expectations (UNCERTAIN: third-party table, not verified)',
  },
  NUMERIC_KUADRAN_CODE: {
    id: () =>
      'Kode kuadran angka dibaca menurut tabel SIASN kuadranNilai: 1 = Sangat Baik … 5 = Sangat Kurang (TIDAK PASTI: tabel pihak ketiga, belum diverifikasi)',
    en: () =>
      'Numeric kuadran codes read per the SIASN kuadranNilai table: 1 = Sangat Baik … 5 = Sangat Kurang (UNCERTAIN: third-party table, not verified)',
  },
  LABEL_CODE_MISMATCH: {
    id: (p: { field: string; label: string; code: string }) =>
      `Label "${p.label}" dan kode ${p.code} pada "${p.field}" tidak sama; kode angka yang dipakai`,
    en: (p: { field: string; label: string; code: string }) =>
      `Label "${p.label}" and code ${p.code} of "${p.field}" disagree; the numeric code is used`,
  },
  DASH_AS_EMPTY: {
    id: (p: F) => `"-" pada "${p.field}" dibaca sebagai kosong`,
    en: (p: F) => `"-" in "${p.field}" read as empty`,
  },
  NIP_TEXT_MARKER: {
    id: () => "Tanda teks Excel (') di depan NIP dibuang",
    en: () => "Excel's text marker (') in front of the NIP removed",
  },
  PLT_PLH_EXCLUDED: {
    id: () => 'Baris SKP PLT/PLH/Pj (is_plt_plh ≠ 0) dikecualikan dari penilaian pegawai',
    en: () => 'PLT/PLH/Pj SKP rows (is_plt_plh ≠ 0) excluded from the employee appraisal',
  },
  DUPLICATE_AFTER_MUTASI: {
    id: (p: { nip: string; kept: number; dropped: string }) =>
      `NIP ${p.nip} muncul lebih dari sekali (mutasi): baris ${p.kept} dengan periode akhir terbaru dipakai, baris ${p.dropped} dibuang`,
    en: (p: { nip: string; kept: number; dropped: string }) =>
      `NIP ${p.nip} appears more than once (mutasi): kept row ${p.kept} with the latest period end, dropped row(s) ${p.dropped}`,
  },
  DUPLICATE_RECORD_EXCLUDED: {
    id: (p: { nip: string; periode: string; kept: number; dropped: string }) =>
      `Pegawai ${p.nip} memiliki rekaman yang sama persis untuk periode ${p.periode}: baris ${p.kept} dipakai, baris ${p.dropped} (salinan) dikecualikan`,
    en: (p: { nip: string; periode: string; kept: number; dropped: string }) =>
      `Employee ${p.nip} has identical records for period ${p.periode}: row ${p.kept} kept, row(s) ${p.dropped} (copies) excluded`,
  },
  HEADER_ROW_DETECTED: {
    id: (p: { line: number }) =>
      `Baris judul kolom ditemukan pada baris ${p.line}; baris di atasnya (judul laporan) dilewati`,
    en: (p: { line: number }) =>
      `Header row found on line ${p.line}; the lines above it (report title) skipped`,
  },
  DUPLICATE_COLUMNS: {
    id: (p: { columns: string }) =>
      `Kolom ganda: ${p.columns}; setiap kolom data dibaca dari kolom pertamanya, kolom lainnya disimpan di "extra" (tidak dipakai untuk mengisi sel kosong)`,
    en: (p: { columns: string }) =>
      `Duplicate columns: ${p.columns}; each field is read from its first column, the others are kept under "extra" (never used to fill a blank cell)`,
  },
  COLUMN_CONFLICT: {
    id: (p: Twins) =>
      `Kolom "${p.second}" berisi nilai lain daripada "${p.first}", yang dibaca sebagai ${p.field}; periksa apakah kolom itu milik orang lain (mis. pejabat penilai) atau salah salin`,
    en: (p: Twins) =>
      `Column "${p.second}" holds another value than "${p.first}", which is read as ${p.field}; check whether it belongs to someone else (e.g. the pejabat penilai) or is a copy error`,
  },
  KEY_CONFLICT: {
    id: (p: { first: string; second: string }) =>
      `Kunci "${p.second}" (ejaan lain dari "${p.first}") berisi nilai lain; yang dibaca "${p.first}", sedangkan "${p.second}" disimpan di "extra" (tidak dipakai untuk mengisi nilai kosong); periksa sumber datanya`,
    en: (p: { first: string; second: string }) =>
      `Key "${p.second}" (another spelling of "${p.first}") holds another value; "${p.first}" is read and "${p.second}" kept under "extra" (never used to fill a blank); check the source`,
  },
  ALIAS_CONFLICT: {
    id: (p: Twins) =>
      `"${p.second}" (nama lain untuk ${p.field}) berisi nilai lain daripada "${p.first}", yang dibaca; "${p.second}" disimpan di "extra" dan tidak dipakai; periksa data sumbernya`,
    en: (p: Twins) =>
      `"${p.second}" (another name for ${p.field}) holds another value than "${p.first}", which is read; "${p.second}" is kept under "extra" and not used; check the source data`,
  },
  ALIAS_FILLED: {
    id: (p: Twins) => `"${p.first}" kosong; ${p.field} dibaca dari "${p.second}"`,
    en: (p: Twins) => `"${p.first}" is blank; ${p.field} is read from "${p.second}"`,
  },
  UNKNOWN_COLUMNS_KEPT: {
    id: (p: { columns: string }) => `Kolom yang tidak dipetakan disimpan di "extra": ${p.columns}`,
    en: (p: { columns: string }) => `Unmapped columns kept under "extra": ${p.columns}`,
  },
  JABATAN_STRUKTURAL_LEVEL: {
    id: () =>
      'Jenis jabatan "Struktural" dibaca sebagai ADMINISTRATOR (struktural): tingkat eselon tidak ada pada data; ubah lewat opsi jenisJabatan bila perlu',
    en: () =>
      'Jenis jabatan "Struktural" read as ADMINISTRATOR (structural): the echelon is not in the data; change it with the jenisJabatan option if needed',
  },
  PERILAKU_LATEST_MONTH: {
    id: (p: { months: number; bulan: number }) =>
      `Ada ${p.months} baris opmt_perilaku dalam tahun itu; nilai perilaku tahunan diambil dari bulan terakhir (bulan ${p.bulan}) (TIDAK PASTI: pembacaan adaptor)`,
    en: (p: { months: number; bulan: number }) =>
      `${p.months} opmt_perilaku rows in that year; the annual perilaku is taken from the latest month (month ${p.bulan}) (UNCERTAIN: an adapter reading)`,
  },
  JABATAN_FROM_KEPEMIMPINAN: {
    id: () =>
      'Jenis jabatan tidak ada pada data: dibaca PELAKSANA, atau ADMINISTRATOR (struktural) bila aspek kepemimpinan dinilai; ubah lewat opsi jenisJabatan bila perlu',
    en: () =>
      'The jenis jabatan is not in the data: read as PELAKSANA, or ADMINISTRATOR (structural) when kepemimpinan was scored; change it with the jenisJabatan option if needed',
  },
  DECIMAL_COMMA: {
    id: (p: F) =>
      `Angka pada "${p.field}" dibaca dengan koma sebagai pemisah desimal ("85,5" = 85.5)`,
    en: (p: F) =>
      `Numbers in "${p.field}" read with the comma as the decimal separator ("85,5" = 85.5)`,
  },
  ORPHAN_ROW: {
    id: (p: { table: string; key: string }) =>
      `Baris ${p.table} tidak terhubung ke SKP tahunan mana pun (kunci ${p.key})`,
    en: (p: { table: string; key: string }) =>
      `The ${p.table} row is not linked to any annual SKP (key ${p.key})`,
  },
});

/** A message code of the adapters. */
export type AdapterCode = keyof typeof ADAPTER_MESSAGES.table & string;
