import { evaluate } from '@kinerja/core';
import { describe, expect, it } from 'vitest';
import { readAppraisalCsv, writeAppraisalCsv } from '../src/csv/index.js';
import {
  penilaianToAppraisals,
  readLaporanPenilaianCsv,
  readPenilaian,
  recheckPenilaian,
} from '../src/ekinerja/index.js';
import { compareWithSapk, readOpmt, readSapk } from '../src/legacy/index.js';
import { type ParseResult, reconciles } from '../src/shared/index.js';
import {
  indexPegawai,
  readEksporAsn,
  readSkp22,
  recheckSiasn,
  skp22Payload,
  skp22ToAppraisals,
  toSkp22Payload,
} from '../src/siasn/index.js';
import {
  appraisalCsv,
  eksporAsnCsv,
  laporanPenilaian,
  laporanPenilaianCsv,
  opmtTables,
  pegawaiList,
  rwSkp22,
} from './fixtures.js';

const rejectedCodes = (r: ParseResult<{ row: number }>) =>
  Object.fromEntries(r.rejections.map((x) => [x.row, x.code]));

describe('generated agency fixtures', () => {
  const list = pegawaiList(40);

  it('Export Data ASN: mangled NIPs rejected with a bilingual message, the rest joined', () => {
    const r = readEksporAsn(eksporAsnCsv(list, new Set([5, 17])));
    expect(reconciles(r)).toBe(true);
    expect(r.counts).toEqual({ input: 40, accepted: 38, rejected: 2, excluded: 0 });
    expect(r.rejections.map((x) => [x.row, x.code])).toEqual([
      [6, 'NIP_SCIENTIFIC_NOTATION'],
      [18, 'NIP_SCIENTIFIC_NOTATION'],
    ]);
    expect(r.rejections[0]?.message.id).toMatch(/notasi ilmiah/);
    expect(r.rejections[0]?.message.en).toMatch(/scientific notation/);
    const p = r.records[0]?.pegawai;
    expect(p?.golongan).toBe('III/a');
    expect(p?.unitKerja?.nama).toBe('Bidang 0, Dinas X');
    expect(r.records[4]?.pegawai.jenisAsn).toBe('PPPK');
    expect(r.records[0]?.extra.nip_lama).toBe('0100000000');
  });

  it('rw-skp22: casing drift and ESPEKTASI read, bad rows rejected, contradicting kuadran found', () => {
    const f = rwSkp22(list);
    const r = readSkp22(f.json);
    expect(reconciles(r)).toBe(true);
    expect(r.counts.input).toBe(f.total);
    expect(rejectedCodes(r)).toEqual(f.rejected);
    expect(r.records[0]?.extra).toEqual({ created_at: '2024-01-05 10:00:00' });
    expect(r.decisions.find((d) => d.code === 'NUMERIC_RATING_CODE')?.status).toBe('UNCERTAIN');
    const audit = recheckSiasn(r);
    expect(audit.disagreements.map((d) => d.row)).toEqual(f.contradictions);
    expect(audit.agreed + audit.disagreed + audit.notCheckable.length).toBe(audit.checked);
    // Labels that match their code add no decision; contradicting kuadran labels were written
    // from the stored (wrong) code, so no LABEL_CODE_MISMATCH either.
    expect(r.decisions.some((d) => d.code === 'LABEL_CODE_MISMATCH')).toBe(false);
  });

  it('skp22 → master join → evaluate → skp22/save: the codes survive the trip', () => {
    const f = rwSkp22(list);
    const parsed = readSkp22(f.json);
    const master = indexPegawai(readEksporAsn(eksporAsnCsv(list, new Set([5]))).records);
    const joined = skp22ToAppraisals(parsed, master);
    expect(reconciles(joined)).toBe(true);
    expect(joined.counts.input).toBe(parsed.counts.input);
    expect(
      joined.rejections.filter((x) => x.code === 'PEGAWAI_NOT_IN_MASTER').map((x) => x.row),
    ).toEqual([6]);
    for (const j of joined.records) {
      const res = evaluate(j.appraisal);
      expect(res.ok).toBe(true);
      const out = toSkp22Payload(res, { pnsDinilaiId: j.source.pnsDinilaiId ?? '' });
      expect(out.ok).toBe(true);
      if (!out.ok) continue;
      const back = readSkp22([out.payload]).records[0];
      expect(back?.ratingHasilKerja).toBe(j.source.ratingHasilKerja);
      expect(back?.ratingPerilaku).toBe(j.source.ratingPerilaku);
      // The payload carries the matrix predikat, which differs exactly on the contradicting rows.
      expect(back?.predikat === j.source.predikat).toBe(!f.contradictions.includes(j.row));
    }
  });

  it('skp22 records round-trip through the POST body', () => {
    const r = readSkp22(rwSkp22(list).json);
    const again = readSkp22(r.records.map((x) => skp22Payload(x)));
    expect(again.records.map(({ row, ...x }) => x)).toEqual(r.records.map(({ row, ...x }) => x));
  });

  it('laporan/penilaian: PLT/PLH excluded, mutasi duplicates dropped, CUKUP and "-" reported', () => {
    const f = laporanPenilaian(list);
    const r = readPenilaian(f.json);
    expect(reconciles(r)).toBe(true);
    expect(r.counts.input).toBe(f.total);
    expect(rejectedCodes(r)).toEqual(f.rejected);
    expect(r.excluded.filter((x) => x.code === 'PLT_PLH_EXCLUDED').map((x) => x.row)).toEqual(
      f.plt,
    );
    expect(r.excluded.filter((x) => x.code === 'DUPLICATE_AFTER_MUTASI').map((x) => x.row)).toEqual(
      f.duplicatesDropped,
    );
    const dup = r.decisions.find((d) => d.code === 'DUPLICATE_AFTER_MUTASI');
    expect(dup?.message.en).toMatch(
      /kept row \d+ with the latest period end, dropped row\(s\) \d+/,
    );
    const cukupDecision = r.decisions.find((d) => d.code === 'CUKUP_AS_BUTUH_PERBAIKAN');
    expect(cukupDecision?.rows).toEqual(f.cukup);
    expect(r.decisions.some((d) => d.code === 'DASH_AS_EMPTY')).toBe(true);
    const audit = recheckPenilaian(r);
    expect(audit.disagreements).toEqual([]);
    expect(audit.notCheckable.length).toBe(1); // the row with "-"
    const appraisals = penilaianToAppraisals(r);
    expect(reconciles(appraisals)).toBe(true);
    for (const a of appraisals.records) {
      if (a.source.ratingHasilKerja && a.source.ratingPerilaku) {
        expect(evaluate(a.appraisal).predikat?.code).toBe(a.source.predikat);
      }
    }
  });

  it('the same report as a CSV export (title rows, BOM, `;`) gives the same decisions', () => {
    const f = laporanPenilaian(list);
    const api = readPenilaian(f.json);
    const csv = readLaporanPenilaianCsv(laporanPenilaianCsv(f));
    expect(reconciles(csv)).toBe(true);
    expect(csv.counts).toEqual(api.counts);
    expect(csv.rejections.map((x) => x.code)).toEqual([
      'NIP_SCIENTIFIC_NOTATION',
      'NIP_SCIENTIFIC_NOTATION',
    ]);
    expect(csv.excluded).toEqual(api.excluded);
    expect(csv.records.map((x) => [x.nip, x.predikat, x.ratingHasilKerja])).toEqual(
      api.records.map((x) => [x.nip, x.predikat, x.ratingHasilKerja]),
    );
    expect(csv.decisions[0]?.code).toBe('HEADER_ROW_DETECTED');
  });

  it('appraisal CSV: header after a title, aliases, quoted cells; round trip parse → write → parse', () => {
    const text = appraisalCsv(list);
    const r = readAppraisalCsv(text, {
      columns: { nama: ['Nama Pegawai'], golongan: ['Pangkat/Golongan'] },
    });
    expect(reconciles(r)).toBe(true);
    expect(r.counts).toEqual({ input: 40, accepted: 40, rejected: 0, excluded: 0 });
    expect(r.records[2]?.appraisal.pegawai.nama).toMatch(
      /^=HYPERLINK\("http:\/\/x";"[A-Za-z ]+"\)$/,
    );
    expect(r.records[1]?.extra.Keterangan).toBe('baris 1\r\nbaris 2');
    expect(r.records[0]?.appraisal.periode).toMatchObject({
      mulai: '2023-01-01',
      selesai: '2023-12-31',
      jenis: 'TAHUNAN',
    });
    const written = writeAppraisalCsv(r.records, { delimiter: ';' });
    expect(written).toContain(';"\'=HYPERLINK('); // quoted because it holds the delimiter
    expect(written).toContain(";'@SUM(1+1)");
    const again = readAppraisalCsv(written);
    expect(again.records.map((x) => [x.appraisal, x.predikatTersimpan, x.extra])).toEqual(
      r.records.map((x) => [x.appraisal, x.predikatTersimpan, x.extra]),
    );
  });

  it('legacy: opmt tables recomputed with PP 46 and compared with SAPK', () => {
    const { tables, sapk } = opmtTables(list.slice(0, 5));
    const r = readOpmt(tables);
    expect(reconciles(r)).toBe(true);
    expect(r.counts.accepted).toBe(5);
    expect(r.tables.target).toEqual({ input: 11, attached: 10, orphaned: 1 });
    expect(r.tables.realisasi).toEqual({ input: 11, attached: 10, orphaned: 1 });
    expect(r.tables.realisasiHarian).toEqual({ input: 120, attached: 120, orphaned: 0 });
    expect(r.decisions.find((d) => d.code === 'PERILAKU_LATEST_MONTH')?.status).toBe('UNCERTAIN');
    const years = r.records.map((s) => ({
      nip: s.appraisal.pegawai.nip,
      tahun: s.tahun,
      result: evaluate(s.appraisal),
    }));
    expect(years.map((y) => y.result.nilai?.skp)).toEqual([
      '88.67',
      '88.67',
      '88.67',
      '88.67',
      '88.67',
    ]);
    expect(years[0]?.result.nilai?.perilaku).toBe('80.00');
    const stored = readSapk(sapk, { decimalComma: true });
    expect(reconciles(stored)).toBe(true);
    const cmp = compareWithSapk(years, stored.records);
    expect(cmp.agreed).toBe(4);
    expect(cmp.disagreements.map((d) => [d.row, d.stored, d.derived])).toEqual([
      [2, '85', '88.67'],
    ]);
  });
});
