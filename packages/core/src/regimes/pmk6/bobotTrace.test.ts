/* The 6/2022 perilaku suggestion trace shows the rater weights actually applied. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../evaluate/evaluate.js';
import type { AppraisalInput } from '../../model/index.js';
import { BERAKHLAK } from '../../model/perilaku.js';
import { extendRuleset } from '../../ruleset/extend.js';
import { ref } from '../../ruleset/legal.js';
import { formatTrace } from '../../trace/format.js';
import { permenpanrb_6_2022 } from './ruleset.js';

const W = { ATASAN: 5000, REKAN_KERJA: 3000, BAWAHAN: 0, MASYARAKAT: 2000, DIRI_SENDIRI: 0 };
const RS = extendRuleset(permenpanrb_6_2022, {
  id: 'uji-360',
  agency: 'Dinas Uji',
  params: { bobotPenilai: { value: W, ref: ref('Perkada Uji', 'UNCERTAIN') } },
});
const allSesuai = Object.fromEntries(BERAKHLAK.map((v) => [v, 'SESUAI_EKSPEKTASI']));

function appraisal(roles: string[]): AppraisalInput {
  return {
    pegawai: { nip: '199001012015011001', nama: 'Sari', jabatan: { jenis: 'PELAKSANA' } },
    periode: { jenis: 'TAHUNAN', mulai: '2025-01-01', selesai: '2025-12-31' },
    ratingHasilKerja: 'SESUAI_EKSPEKTASI',
    perilaku: {
      penilaian: roles.map((peran) => ({ penilai: { peran }, nilai: allSesuai })),
    } as AppraisalInput['perilaku'],
  };
}

describe('6/2022 perilaku trace: configured, applied and excluded rater weights', () => {
  it.each<[string, string[], Record<string, number>, string[], string]>([
    [
      'all weighted roles',
      ['ATASAN', 'REKAN_KERJA', 'MASYARAKAT'],
      { ATASAN: 5000, MASYARAKAT: 2000, REKAN_KERJA: 3000 },
      [],
      'Weights applied: ATASAN 50%, MASYARAKAT 20%, REKAN_KERJA 30%',
    ],
    [
      'no rekan kerja',
      ['ATASAN', 'MASYARAKAT'],
      { ATASAN: 7143, MASYARAKAT: 2857 },
      ['REKAN_KERJA'],
      'weights applied after re-normalisation: ATASAN 71.43%, MASYARAKAT 28.57%',
    ],
    ['atasan only', ['ATASAN'], { ATASAN: 10000 }, ['MASYARAKAT', 'REKAN_KERJA'], 'ATASAN 100%'],
  ])('%s', (_name, roles, applied, excluded, text) => {
    const r = evaluate(appraisal(roles), { ruleset: RS });
    expect(r.ok).toBe(true);
    const step = r.trace.find((s) => s.rule === 'pmk6.perilaku.nilaiDasar');
    expect(step?.inputs).toMatchObject({
      bobotDikonfigurasi: W,
      bobotDipakai: applied,
      dikecualikan: excluded,
    });
    expect(step?.explanation?.en).toContain(text);
    expect(formatTrace(r, { locale: 'en' })).toContain(`bobotDipakai = ${JSON.stringify(applied)}`);
    // Each core value rated by several roles shows the weights applied to it.
    const first = (step?.inputs.penilaian as { bobot?: unknown }[] | undefined)?.[0];
    if (roles.length > 1) expect(first?.bobot).toEqual(applied);
    else expect(first?.bobot).toBeUndefined();
  });
});
