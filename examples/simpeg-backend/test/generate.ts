/**
 * Deterministic, realistic appraisals for the batch tests: PermenPANRB 6/2022 rows with ratings
 * given by the penilai or suggested from IKI capaian (2024 national ruleset, 2025 the agency
 * ruleset), PP 46/2011 rows with SKP and perilaku scores, and a few malformed rows (a NIP mangled
 * by Excel, a rating that does not exist, a missing period).
 */
const RATINGS = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'] as const;
const UNITS = ['Disdukcapil', 'Bappeda', 'Dinas Kesehatan', 'BKPSDM', 'Dinas Pendidikan'];
const NAMES = ['Siti', 'Andi', 'Rina', 'Budi', 'Dewi', 'Eko', 'Fitri', 'Agus', 'Sri', 'Hendra'];

/** mulberry32: a small seeded PRNG, so the batch is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` appraisals (plain JSON values), the same for the same seed. */
export function generateAppraisals(n: number, seed = 20251): Record<string, unknown>[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const two = (n: number) => String(n).padStart(2, '0');
    // 18 digits: birth date, TMT CPNS (year and month), sex, sequence.
    const nip = `19${two(70 + Math.floor(rnd() * 30))}${two(1 + Math.floor(rnd() * 12))}${two(
      1 + Math.floor(rnd() * 28),
    )}20${two(5 + Math.floor(rnd() * 20))}${two(1 + Math.floor(rnd() * 12))}${1 + Math.floor(rnd() * 2)}${String(i % 1000).padStart(3, '0')}`;
    const pegawai = {
      nip,
      nama: `${pick(NAMES)} ${i}`,
      jabatan: { jenis: 'PELAKSANA' },
      unitKerja: { nama: pick(UNITS) },
    };
    const kind = rnd();
    if (kind < 0.03) {
      out.push({
        id: `bad-${i}`,
        pegawai: { ...pegawai, nip: '1.98703E+17' },
        periode: year(2024),
        ratingHasilKerja: 'SESUAI_EKSPEKTASI',
        ratingPerilaku: 'SESUAI_EKSPEKTASI',
      });
    } else if (kind < 0.05) {
      out.push({
        id: `bad-${i}`,
        pegawai,
        periode: year(2024),
        ratingHasilKerja: 'LUAR_BIASA',
        ratingPerilaku: 'SESUAI_EKSPEKTASI',
      });
    } else if (kind < 0.06) {
      out.push({ id: `bad-${i}`, pegawai });
    } else if (kind < 0.25) {
      const target = 10 + Math.floor(rnd() * 90);
      const real = (target * (0.6 + rnd() * 0.5)).toFixed(2);
      out.push({
        id: `pp46-${i}`,
        pegawai,
        periode: year(2019),
        skp: {
          rencanaHasilKerja: [
            {
              rencanaHasilKerja: 'Pelayanan administrasi',
              indikator: [
                { aspek: 'KUANTITAS', indikator: 'Dokumen', target, realisasi: real },
                {
                  aspek: 'KUALITAS',
                  indikator: 'Mutu',
                  target: 100,
                  realisasi: 70 + Math.floor(rnd() * 31),
                },
                {
                  aspek: 'WAKTU',
                  indikator: 'Bulan',
                  target: 12,
                  realisasi: pick([9.12, 10, 11, 12, 12.5]),
                },
              ],
            },
          ],
        },
        perilaku: {
          penilaian: [
            {
              penilai: { peran: 'ATASAN' },
              nilai: {
                ORIENTASI_PELAYANAN: 60 + Math.floor(rnd() * 41),
                INTEGRITAS: 60 + Math.floor(rnd() * 41),
                KOMITMEN: 60 + Math.floor(rnd() * 41),
                DISIPLIN: 60 + Math.floor(rnd() * 41),
                KERJA_SAMA: 60 + Math.floor(rnd() * 41),
              },
            },
          ],
        },
      });
    } else {
      const y = rnd() < 0.5 ? 2024 : 2025;
      const withIki = rnd() < 0.6;
      const target = 100 + Math.floor(rnd() * 1100);
      out.push({
        id: `skp-${y}-${i}`,
        pegawai,
        periode: year(y),
        ...(withIki
          ? {
              skp: {
                rencanaHasilKerja: [
                  {
                    rencanaHasilKerja: 'Layanan dokumen',
                    indikator: [
                      {
                        aspek: 'KUANTITAS',
                        indikator: 'Dokumen',
                        target: `${target} Dokumen`,
                        realisasi: `${Math.round(target * (0.5 + rnd() * 0.7))} Dokumen`,
                      },
                      {
                        aspek: 'WAKTU',
                        indikator: 'Hari',
                        target: '3 Hari',
                        realisasi: `${pick(['2', '2.5', '3', '3.5', '4'])} Hari`,
                        polaritas: 'LOWER_IS_BETTER',
                      },
                    ],
                  },
                ],
              },
            }
          : { ratingHasilKerja: pick(RATINGS) }),
        ratingPerilaku: pick(RATINGS),
      });
    }
  }
  return out;
}

function year(y: number) {
  return { jenis: 'TAHUNAN', mulai: `${y}-01-01`, selesai: `${y}-12-31` };
}
