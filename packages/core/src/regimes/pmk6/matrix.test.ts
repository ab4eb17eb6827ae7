import { describe, expect, it } from 'vitest';
import { PREDIKAT_PEGAWAI, type PredikatPegawai, RATINGS, type Rating } from '../../codes.js';
import { predikatFromRatings, safePredikatFromRatings, validateMatriks } from './matrix.js';
import { permenpanrb_6_2022 } from './ruleset.js';

const A: Rating = 'DI_ATAS_EKSPEKTASI';
const S: Rating = 'SESUAI_EKSPEKTASI';
const B: Rating = 'DI_BAWAH_EKSPEKTASI';

describe('predikatFromRatings — the nine cells of the PermenPANRB 6/2022 kuadran', () => {
  // Rows = rating hasil kerja, columns = rating perilaku (regulations.md §3.4).
  it.each<[Rating, Rating, PredikatPegawai]>([
    [A, B, 'KURANG'],
    [A, S, 'BAIK'],
    [A, A, 'SANGAT_BAIK'],
    [S, B, 'KURANG'],
    [S, S, 'BAIK'],
    [S, A, 'BAIK'],
    [B, B, 'SANGAT_KURANG'],
    [B, S, 'BUTUH_PERBAIKAN'],
    [B, A, 'BUTUH_PERBAIKAN'],
  ])('hasil %s × perilaku %s → %s', (h, p, expected) => {
    expect(predikatFromRatings(h, p)).toBe(expected);
    expect(safePredikatFromRatings(h, p)).toEqual({ ok: true, predikat: expected });
  });

  it('perilaku Di Bawah Ekspektasi always gives Kurang/Misconduct or Sangat Kurang', () => {
    for (const h of RATINGS) {
      expect(['KURANG', 'SANGAT_KURANG']).toContain(predikatFromRatings(h, B));
    }
  });

  it('is not max(a, b) of the SIASN codes (the known-wrong getKuadran)', () => {
    // The buggy implementation: ratings 1 = Di Atas, 2 = Sesuai, 3 = Di Bawah; kuadran
    // 1 = SB … 5 = SK; equal codes map to 1/2/5 and unequal codes to max(a, b).
    const code = { [A]: 1, [S]: 2, [B]: 3 } as const;
    const wrong = (h: Rating, p: Rating): PredikatPegawai => {
      const a = code[h];
      const b = code[p];
      const k = a === b ? ({ 1: 1, 2: 2, 3: 5 } as const)[a] : Math.max(a, b);
      return PREDIKAT_PEGAWAI[k - 1] as PredikatPegawai;
    };
    expect(wrong(A, B)).toBe('BUTUH_PERBAIKAN');
    expect(predikatFromRatings(A, B)).toBe('KURANG');
    expect(predikatFromRatings(S, B)).toBe('KURANG');
    const differs: string[] = [];
    for (const h of RATINGS) {
      for (const p of RATINGS)
        if (wrong(h, p) !== predikatFromRatings(h, p)) differs.push(`${h}/${p}`);
    }
    expect(differs).toEqual([
      'DI_ATAS_EKSPEKTASI/DI_BAWAH_EKSPEKTASI',
      'SESUAI_EKSPEKTASI/DI_BAWAH_EKSPEKTASI',
    ]);
  });

  it('is not symmetric: hasil and perilaku are different axes', () => {
    expect(predikatFromRatings(A, B)).toBe('KURANG');
    expect(predikatFromRatings(B, A)).toBe('BUTUH_PERBAIKAN');
  });

  it('is monotone: a better rating on either axis never gives a worse predikat', () => {
    const rank = (p: PredikatPegawai) => -PREDIKAT_PEGAWAI.indexOf(p);
    const order = [B, S, A];
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        const here = rank(predikatFromRatings(order[i] as Rating, order[j] as Rating));
        if (i < 2)
          expect(
            rank(predikatFromRatings(order[i + 1] as Rating, order[j] as Rating)),
          ).toBeGreaterThanOrEqual(here);
        if (j < 2)
          expect(
            rank(predikatFromRatings(order[i] as Rating, order[j + 1] as Rating)),
          ).toBeGreaterThanOrEqual(here);
      }
    }
  });

  it('uses an agency matrix when given', () => {
    const m = permenpanrb_6_2022.params.matriks.value;
    const agency = {
      ...m,
      SESUAI_EKSPEKTASI: { ...m.SESUAI_EKSPEKTASI, DI_ATAS_EKSPEKTASI: 'SANGAT_BAIK' as const },
    };
    expect(predikatFromRatings(S, A, agency)).toBe('SANGAT_BAIK');
    expect(predikatFromRatings(S, A)).toBe('BAIK');
  });
});

describe('safePredikatFromRatings and validateMatriks — invalid input', () => {
  it('reports invalid ratings as issues with paths and bilingual messages', () => {
    const r = safePredikatFromRatings('BAGUS', 3);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['INVALID_RATING', ['hasilKerja']],
      ['INVALID_RATING', ['perilaku']],
    ]);
    expect(r.issues[0]?.message.id).toContain('bukan rating yang sah');
    expect(r.issues[0]?.message.en).toContain('not a valid rating');
  });

  it('reports a matrix without a valid cell', () => {
    const broken = { DI_ATAS_EKSPEKTASI: { DI_ATAS_EKSPEKTASI: 'ISTIMEWA' } } as never;
    const r = safePredikatFromRatings(A, A, broken);
    expect(r).toMatchObject({ ok: false, issues: [{ code: 'MATRIX_CELL_INVALID' }] });
    expect(validateMatriks(broken)).toHaveLength(9);
    expect(validateMatriks(null)).toHaveLength(9);
    expect(validateMatriks(permenpanrb_6_2022.params.matriks.value)).toEqual([]);
  });

  it('predikatFromRatings throws only a TypeError for a programmer error (non-code)', () => {
    expect(() => predikatFromRatings('X' as Rating, S)).toThrow(TypeError);
  });
});
