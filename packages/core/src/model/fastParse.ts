/**
 * A fast path for `AppraisalSchema.safeParse` on well-formed input.
 *
 * Validating one appraisal with zod costs tens of microseconds (unions try their branches in
 * turn, transforms run as pipes), which is far more than scoring it. Most input in a batch is
 * well formed, so {@link fastParseAppraisal} checks the same rules by hand in one pass and
 * returns exactly what zod would return — the same values, the same objects' key order, the
 * same defaults — or `undefined` as soon as anything is unusual (an invalid value, an unknown
 * key, a key present with the value `undefined`, an object that is not a plain object). The
 * caller then runs zod, which produces the issues. So the fast path never decides that input
 * is invalid and never produces an issue of its own: it can only be right or step aside.
 *
 * It also stands in for `findForbiddenKeys` on the input: a prototype-polluting key is an
 * unknown key of a strict object, a forbidden record key, or found by the walk of the values
 * it keeps as they are; each makes it step aside.
 *
 * Kept in step with the schemas in this folder by a property test that compares both on
 * random valid and mutated input (`fastParse.test.ts`): any schema change that the fast path
 * does not mirror makes that test fail.
 *
 * @internal
 */
import { PREDIKAT_ORGANISASI, RATINGS } from '../codes.js';
import type { Appraisal } from './appraisal.js';
import { isCalendarDate, isPlainObject } from './checks.js';
import { findForbiddenKeys } from './primitives.js';
import { parseQuantity } from './quantity.js';

type Obj = Record<string, unknown>;

/** Thrown inside the walk to step aside; caught once at the top. */
const BAIL: unique symbol = Symbol('bail');

function bail(): never {
  throw BAIL;
}

/** A plain object (prototype `Object.prototype` or `null`), else step aside. */
function obj(v: unknown): Obj {
  if (!isPlainObject(v) || Array.isArray(v)) bail();
  return v as Obj;
}

function arr(v: unknown): readonly unknown[] {
  if (!Array.isArray(v)) bail();
  return v;
}

function str(v: unknown): string {
  if (typeof v !== 'string') bail();
  return v;
}

function nonEmpty(v: unknown): string {
  if (typeof v !== 'string' || v.length === 0) bail();
  return v;
}

function bool(v: unknown): boolean {
  if (typeof v !== 'boolean') bail();
  return v;
}

function member(set: ReadonlySet<string>, v: unknown): string {
  if (typeof v !== 'string' || !set.has(v)) bail();
  return v;
}

/**
 * The keys a strict object may have, and the key order of the last such object that passed
 * (a batch repeats one order: a key equal to the one in the same place then needs no lookup).
 */
class Keys extends Set<string> {
  seen: readonly string[] = [];
}

/**
 * Checks that every own key of `o` is in `allowed` (strict objects). A key present with the
 * value `undefined` (which zod decides) is not looked for here: every reader of an allowed key
 * steps aside on `undefined` itself (the one that would accept it, `data`, checks first), so
 * the values are read once, by their readers.
 */
function strictKeys(o: Obj, allowed: Keys): void {
  const seen = allowed.seen;
  let i = 0;
  let same = true;
  for (const k in o) {
    // A key in the place it had in an object that passed is allowed.
    if (!(same && k === seen[i])) {
      same = false;
      if (!allowed.has(k)) bail();
    }
    i++;
  }
  if (!same) allowed.seen = Object.keys(o);
}

const DECIMAL = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)\s*$/;
const GOLONGAN =
  /^(?:(?:I|II|III|IV)\/[a-e]|I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII)$/;
/** The same rule as `IsoDateSchema` (years below 100 rejected), read by character codes. */
function isoDate(v: unknown): string {
  if (typeof v !== 'string' || !isCalendarDate(v)) bail();
  return v;
}

/** The same rule as `NipSchema`'s `^\d{18}$`: eighteen ASCII digits. */
function nip(v: unknown): string {
  if (typeof v !== 'string' || v.length !== 18) bail();
  for (let i = 0; i < 18; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) bail();
  }
  return v;
}

function finite(v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) bail();
  return v;
}

function decimal(v: unknown): number | string {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) bail();
    return v;
  }
  if (typeof v !== 'string' || !DECIMAL.test(v)) bail();
  return v;
}

function basisPoints(v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 10000) bail();
  return v;
}

const set = (xs: readonly string[]) => new Keys(xs);

const K_APPRAISAL = set([
  'id',
  'rulesetId',
  'pegawai',
  'periode',
  'penilai',
  'atasanPenilai',
  'skp',
  'perilaku',
  'inovasi',
  'ratingHasilKerja',
  'ratingPerilaku',
  'kepalaUnit',
  'predikatOrganisasi',
  'umpanBalik',
  'catatan',
]);
const K_PEGAWAI = set([
  'nip',
  'nama',
  'jenisAsn',
  'jabatan',
  'golongan',
  'unitKerja',
  'jenisKelamin',
  'tanggalLahir',
]);
const K_JABATAN = set(['jenis', 'nama', 'jenjang', 'struktural']);
const K_UNIT = set(['id', 'nama', 'induk']);
const K_PEJABAT = set(['nip', 'nama', 'jabatan', 'golongan', 'unitKerja']);
const K_PERIODE = set(['jenis', 'mulai', 'selesai', 'label']);
const K_SKP = set(['pendekatan', 'rencanaHasilKerja', 'tugasTambahan', 'kreativitas']);
const K_RHK = set([
  'id',
  'jenis',
  'rencanaHasilKerja',
  'rhkAtasanDiintervensi',
  'perspektif',
  'bobot',
  'angkaKredit',
  'indikator',
  'buktiDukung',
  'umpanBalik',
]);
const K_IKI = set([
  'id',
  'aspek',
  'indikator',
  'jenis',
  'target',
  'realisasi',
  'polaritas',
  'targetMaksimal',
  'bobot',
  'data',
  'buktiDukung',
  'umpanBalik',
]);
const K_TUGAS = set(['uraian', 'nomorSuratPerintah']);
const K_KREATIVITAS = set(['uraian', 'tingkat', 'nomorSurat']);
const K_BUKTI = set(['uraian', 'uri', 'tanggal']);
const K_UMPAN = set(['tanggal', 'dari', 'isi']);
const K_PERILAKU = set(['penilaian', 'ekspektasiKhusus']);
const K_PENILAIAN = set(['penilai', 'nilai', 'umpanBalik']);
const K_PENILAI = set(['peran', 'id', 'nama']);
const K_INOVASI = set(['uraian', 'bukti']);
const K_RANGE = set(['min', 'max', 'satuan']);
const K_QTY = set(['jumlah', 'satuan']);

const JENIS_JABATAN = set(['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL']);
const JENJANG = set([
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
const JENIS_ASN = set(['PNS', 'PPPK']);
const JENIS_KELAMIN = set(['L', 'P']);
const JENIS_PERIODE = set(['BULANAN', 'TRIWULAN', 'SEMESTER', 'TAHUNAN']);
const PENDEKATAN = set(['KUANTITATIF', 'KUALITATIF']);
const JENIS_RHK = set(['UTAMA', 'TAMBAHAN']);
const ASPEK = set(['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA']);
const POLARITAS = set(['HIGHER_IS_BETTER', 'LOWER_IS_BETTER']);
const TINGKAT = set(['UNIT_KERJA', 'ORGANISASI', 'NEGARA']);
const PERAN = set(['ATASAN', 'REKAN_KERJA', 'BAWAHAN', 'MASYARAKAT', 'DIRI_SENDIRI']);
const RATING = set(RATINGS);
const PREDIKAT_ORG = set(PREDIKAT_ORGANISASI);
const FORBIDDEN = set(['__proto__', 'constructor', 'prototype']);

/**
 * A value kept as it is (`iki.data`, unknown top-level keys): prototype-polluting keys
 * anywhere inside make the caller's full check report them.
 */
function opaque(v: unknown): unknown {
  if (typeof v === 'object' && v !== null && findForbiddenKeys(v).length > 0) bail();
  return v;
}

function list<T>(v: unknown, item: (x: unknown) => T): T[] {
  const a = arr(v);
  const out = new Array<T>(a.length);
  for (let i = 0; i < a.length; i++) out[i] = item(a[i]);
  return out;
}

function buktiDukung(v: unknown): Obj {
  const o = obj(v);
  strictKeys(o, K_BUKTI);
  const r: Obj = {};
  if ('uraian' in o) r.uraian = str(o.uraian);
  if ('uri' in o) r.uri = str(o.uri);
  if ('tanggal' in o) r.tanggal = isoDate(o.tanggal);
  return r;
}

function umpanBalik(v: unknown): Obj {
  const o = obj(v);
  strictKeys(o, K_UMPAN);
  const r: Obj = {};
  if ('tanggal' in o) r.tanggal = isoDate(o.tanggal);
  if ('dari' in o) r.dari = str(o.dari);
  r.isi = nonEmpty(o.isi);
  return r;
}

function jabatan(v: unknown): Obj {
  const o = obj(v);
  strictKeys(o, K_JABATAN);
  const r: Obj = { jenis: member(JENIS_JABATAN, o.jenis) };
  if ('nama' in o) r.nama = str(o.nama);
  if ('jenjang' in o) r.jenjang = member(JENJANG, o.jenjang);
  if ('struktural' in o) r.struktural = bool(o.struktural);
  return r;
}

function unitKerja(v: unknown): Obj {
  const o = obj(v);
  strictKeys(o, K_UNIT);
  const r: Obj = {};
  if ('id' in o) r.id = str(o.id);
  r.nama = nonEmpty(o.nama);
  if ('induk' in o) r.induk = str(o.induk);
  return r;
}

function pegawai(v: unknown): Obj {
  const o = obj(v);
  strictKeys(o, K_PEGAWAI);
  const r: Obj = { nip: nip(o.nip), nama: nonEmpty(o.nama) };
  r.jenisAsn = 'jenisAsn' in o ? member(JENIS_ASN, o.jenisAsn) : 'PNS';
  r.jabatan = jabatan(o.jabatan);
  if ('golongan' in o) {
    const g = str(o.golongan);
    if (!GOLONGAN.test(g)) bail();
    r.golongan = g;
  }
  if ('unitKerja' in o) r.unitKerja = unitKerja(o.unitKerja);
  if ('jenisKelamin' in o) r.jenisKelamin = member(JENIS_KELAMIN, o.jenisKelamin);
  if ('tanggalLahir' in o) r.tanggalLahir = isoDate(o.tanggalLahir);
  return r;
}

function pejabat(v: unknown): Obj {
  const o = obj(v);
  strictKeys(o, K_PEJABAT);
  const r: Obj = {};
  if ('nip' in o) r.nip = nip(o.nip);
  r.nama = nonEmpty(o.nama);
  if ('jabatan' in o) r.jabatan = str(o.jabatan);
  if ('golongan' in o) r.golongan = str(o.golongan);
  if ('unitKerja' in o) r.unitKerja = str(o.unitKerja);
  return r;
}

function periode(v: unknown): Obj {
  const o = obj(v);
  strictKeys(o, K_PERIODE);
  const r: Obj = { jenis: member(JENIS_PERIODE, o.jenis) };
  const mulai = isoDate(o.mulai);
  const selesai = isoDate(o.selesai);
  // Both are valid YYYY-MM-DD strings here, which order like their dates (PeriodeSchema).
  if (mulai > selesai) bail();
  r.mulai = mulai;
  r.selesai = selesai;
  if ('label' in o) r.label = str(o.label);
  return r;
}

/** `QuantitySchema`: a number, a string such as "12 Dokumen", or `{ jumlah, satuan? }`. */
function quantity(v: unknown): Obj {
  if (typeof v === 'number') return { jumlah: finite(v) };
  if (typeof v === 'string') {
    const q = parseQuantity(v);
    if (q === undefined) bail();
    return q as unknown as Obj;
  }
  const o = obj(v);
  strictKeys(o, K_QTY);
  const r: Obj = { jumlah: decimal(o.jumlah) };
  if ('satuan' in o) r.satuan = nonEmpty(o.satuan);
  return r;
}

/** `TargetSchema`: a range `{ min, max, satuan? }` (tried first) or a quantity. */
function target(v: unknown): Obj {
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && 'min' in v) {
    const o = obj(v);
    strictKeys(o, K_RANGE);
    const min = decimal(o.min);
    const max = decimal(o.max);
    const r: Obj = { min, max };
    if ('satuan' in o) r.satuan = nonEmpty(o.satuan);
    if (!(Number(min) <= Number(max))) bail();
    return r;
  }
  return quantity(v);
}

function iki(v: unknown): Obj {
  const o = obj(v);
  strictKeys(o, K_IKI);
  const r: Obj = {};
  if ('id' in o) r.id = str(o.id);
  r.aspek = member(ASPEK, o.aspek);
  r.indikator = nonEmpty(o.indikator);
  if ('jenis' in o) r.jenis = nonEmpty(o.jenis);
  r.target = target(o.target);
  if ('realisasi' in o) r.realisasi = o.realisasi === null ? null : quantity(o.realisasi);
  if ('polaritas' in o) r.polaritas = member(POLARITAS, o.polaritas);
  if ('targetMaksimal' in o) r.targetMaksimal = bool(o.targetMaksimal);
  if ('bobot' in o) r.bobot = basisPoints(o.bobot);
  if ('data' in o) {
    if (o.data === undefined) bail(); // `opaque` takes anything
    r.data = opaque(o.data);
  }
  if ('buktiDukung' in o) r.buktiDukung = list(o.buktiDukung, buktiDukung);
  if ('umpanBalik' in o) r.umpanBalik = list(o.umpanBalik, umpanBalik);
  return r;
}

function rencanaHasilKerja(v: unknown): Obj {
  const o = obj(v);
  strictKeys(o, K_RHK);
  const r: Obj = {};
  if ('id' in o) r.id = str(o.id);
  r.jenis = 'jenis' in o ? member(JENIS_RHK, o.jenis) : 'UTAMA';
  r.rencanaHasilKerja = nonEmpty(o.rencanaHasilKerja);
  if ('rhkAtasanDiintervensi' in o) r.rhkAtasanDiintervensi = str(o.rhkAtasanDiintervensi);
  if ('perspektif' in o) r.perspektif = str(o.perspektif);
  if ('bobot' in o) r.bobot = basisPoints(o.bobot);
  if ('angkaKredit' in o) {
    const ak = o.angkaKredit;
    r.angkaKredit = typeof ak === 'number' ? finite(ak) : str(ak);
  }
  const ind = list(o.indikator, iki);
  if (ind.length === 0) bail();
  r.indikator = ind;
  if ('buktiDukung' in o) r.buktiDukung = list(o.buktiDukung, buktiDukung);
  if ('umpanBalik' in o) r.umpanBalik = list(o.umpanBalik, umpanBalik);
  return r;
}

function tugasTambahan(v: unknown): Obj {
  const o = obj(v);
  strictKeys(o, K_TUGAS);
  const r: Obj = { uraian: nonEmpty(o.uraian) };
  if ('nomorSuratPerintah' in o) r.nomorSuratPerintah = str(o.nomorSuratPerintah);
  return r;
}

function kreativitas(v: unknown): Obj {
  const o = obj(v);
  strictKeys(o, K_KREATIVITAS);
  const r: Obj = { uraian: nonEmpty(o.uraian), tingkat: member(TINGKAT, o.tingkat) };
  if ('nomorSurat' in o) r.nomorSurat = str(o.nomorSurat);
  return r;
}

function skp(v: unknown): Obj {
  const o = obj(v);
  strictKeys(o, K_SKP);
  const r: Obj = {};
  if ('pendekatan' in o) r.pendekatan = member(PENDEKATAN, o.pendekatan);
  r.rencanaHasilKerja = list(o.rencanaHasilKerja, rencanaHasilKerja);
  if ('tugasTambahan' in o) r.tugasTambahan = list(o.tugasTambahan, tugasTambahan);
  if ('kreativitas' in o) r.kreativitas = list(o.kreativitas, kreativitas);
  return r;
}

/** `safeRecord(value)`: a record of any string keys but the prototype-polluting ones. */
function record(v: unknown, value: (x: unknown) => unknown): Obj {
  const o = obj(v);
  const r: Obj = {};
  for (const k in o) {
    if (FORBIDDEN.has(k)) bail();
    const x = o[k];
    if (x === undefined) bail();
    r[k] = value(x);
  }
  return r;
}

/** `SkorPerilakuSchema`: a rating code or a decimal. */
function skor(v: unknown): unknown {
  if (typeof v === 'string' && RATING.has(v)) return v;
  return decimal(v);
}

function penilaian(v: unknown): Obj {
  const o = obj(v);
  strictKeys(o, K_PENILAIAN);
  const p = obj(o.penilai);
  strictKeys(p, K_PENILAI);
  const penilai: Obj = { peran: member(PERAN, p.peran) };
  if ('id' in p) penilai.id = str(p.id);
  if ('nama' in p) penilai.nama = str(p.nama);
  const r: Obj = { penilai, nilai: record(o.nilai, skor) };
  if ('umpanBalik' in o) r.umpanBalik = list(o.umpanBalik, umpanBalik);
  return r;
}

function perilaku(v: unknown): Obj {
  const o = obj(v);
  strictKeys(o, K_PERILAKU);
  const r: Obj = { penilaian: list(o.penilaian, penilaian) };
  if ('ekspektasiKhusus' in o) r.ekspektasiKhusus = record(o.ekspektasiKhusus, str);
  return r;
}

function inovasi(v: unknown): unknown {
  if (typeof v === 'boolean') return v;
  const o = obj(v);
  strictKeys(o, K_INOVASI);
  const r: Obj = { uraian: nonEmpty(o.uraian) };
  if ('bukti' in o) r.bukti = str(o.bukti);
  return r;
}

function appraisal(v: unknown): Obj {
  const o = obj(v);
  const r: Obj = {};
  if ('id' in o) r.id = str(o.id);
  if ('rulesetId' in o) r.rulesetId = str(o.rulesetId);
  r.pegawai = pegawai(o.pegawai);
  r.periode = periode(o.periode);
  if ('penilai' in o) r.penilai = pejabat(o.penilai);
  if ('atasanPenilai' in o) r.atasanPenilai = pejabat(o.atasanPenilai);
  if ('skp' in o) r.skp = skp(o.skp);
  if ('perilaku' in o) r.perilaku = perilaku(o.perilaku);
  if ('inovasi' in o) r.inovasi = inovasi(o.inovasi);
  if ('ratingHasilKerja' in o) r.ratingHasilKerja = member(RATING, o.ratingHasilKerja);
  if ('ratingPerilaku' in o) r.ratingPerilaku = member(RATING, o.ratingPerilaku);
  if ('kepalaUnit' in o) r.kepalaUnit = bool(o.kepalaUnit);
  if ('predikatOrganisasi' in o) r.predikatOrganisasi = member(PREDIKAT_ORG, o.predikatOrganisasi);
  if ('umpanBalik' in o) r.umpanBalik = list(o.umpanBalik, umpanBalik);
  if ('catatan' in o) r.catatan = str(o.catatan);
  // The appraisal object is loose: unknown top-level keys are kept after the known ones, in
  // input order (as zod's looseObject does). A known key has been read above by a reader that
  // steps aside on `undefined`; in the place it had in the last appraisal of known keys only
  // (a batch repeats one order), it needs no lookup either.
  const seen = knownOrder;
  let i = 0;
  let same = true;
  let unknown = false;
  for (const k in o) {
    if (same && k === seen[i]) {
      i++;
      continue;
    }
    same = false;
    if (K_APPRAISAL.has(k)) continue;
    const x = o[k];
    if (x === undefined || FORBIDDEN.has(k)) bail();
    r[k] = opaque(x);
    unknown = true;
  }
  if (!same && !unknown) knownOrder = Object.keys(o);
  return r;
}

/** The key order of the last appraisal whose top-level keys were all known (see `appraisal`). */
let knownOrder: readonly string[] = [];

/**
 * `AppraisalSchema.parse(input)` for well-formed input, or `undefined` when zod must decide
 * (the input may still be valid; it is only unusual). See the module comment.
 */
export function fastParseAppraisal(input: unknown): Appraisal | undefined {
  try {
    return appraisal(input) as Appraisal;
  } catch (e) {
    if (e === BAIL) return undefined;
    throw e;
  }
}
