import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAppraisalCsv, streamAppraisalCsv } from './appraisal.js';

/** Collects the streamed outcomes into the shape of readAppraisalCsv's result. */
async function collect(chunks: Iterable<string>) {
  const it = streamAppraisalCsv(chunks);
  const records = [];
  const rejections = [];
  for (;;) {
    const next = await it.next();
    if (next.done) return { records, rejections, ...next.value };
    if (next.value.type === 'accepted') records.push(next.value.record);
    else rejections.push(...next.value.rejections);
  }
}

function chunked(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

async function expectSame(text: string, size = 7) {
  const whole = readAppraisalCsv(text);
  const streamed = await collect(chunked(text, size));
  expect(streamed.records).toEqual(whole.records);
  expect(streamed.rejections).toEqual(whole.rejections);
  expect(streamed.counts).toEqual(whole.counts);
  expect(streamed.decisions).toEqual(whole.decisions);
}

const HEAD = 'nip;nama;jenis_jabatan;tahun;hasil_kerja;perilaku_kerja;golongan;catatan';
const OK = '198703122010011002;Siti;Pelaksana;2024;Di Atas Ekspektasi;Sesuai Ekspektasi;III/a;-';

describe('streamAppraisalCsv', () => {
  it.each([
    ['clean rows', `${HEAD}\r\n${OK}\r\n${OK.replace('1002', '1003')}\r\n`],
    ['a report title above the header', `Laporan 2024\r\n\r\n${HEAD}\r\n${OK}\r\n`],
    [
      'scientific NIP, unknown rating, blank lines',
      `${HEAD}\r\n1.98703E+17;A;Pelaksana;2024;Baik;Baik;;\r\n\r\n${OK.replace('Di Atas', 'Luar Biasa')}\r\n${OK}\r\n`,
    ],
    [
      'an unterminated quote on the last record',
      `${HEAD}\r\n${OK}\r\n${OK.replace('Siti', '"Siti')}\r\n`,
    ],
    ['an unterminated quote after an accepted record', `${HEAD}\r\n${OK}\r\n"`],
    ['no header at all', 'a;b\r\n1;2\r\n'.repeat(20)],
    ['a prototype-polluting column', `${HEAD};__proto__\r\n${OK};x\r\n`],
    ['extra cells and unknown columns', `${HEAD};kolom_lain\r\n${OK};1;2\r\n`],
    [
      'synonyms (decisions on several rows)',
      `${HEAD};jenis_asn\r\n${OK};PPPK Paruh Waktu\r\n${OK};pppk paruh waktu\r\n`,
    ],
    ['empty input', ''],
  ])('gives the same outcomes as readAppraisalCsv: %s', async (_name, text) => {
    await expectSame(text);
    await expectSame(text, 1);
  });

  it('gives the same outcomes as readAppraisalCsv on random tables (any chunking)', async () => {
    const cell = fc.constantFrom(
      '198703122010011002',
      '1.98703E+17',
      'Siti',
      '',
      '-',
      'Pelaksana',
      'fungsional',
      '2024',
      'Di Atas Ekspektasi',
      'SESUAI EKSPEKTASI',
      'Luar Biasa',
      'III/a',
      '"a;b"',
      '"',
    );
    const row = fc.array(cell, { minLength: 0, maxLength: 9 }).map((c) => c.join(';'));
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 12 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 40 }),
        async (rows, withHeader, size) => {
          const text = `${withHeader ? `${HEAD}\r\n` : ''}${rows.join('\r\n')}`;
          await expectSame(text, size);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('readAppraisalCsv: blank cells and defaults', () => {
  const head = 'nip;nama;jenis_jabatan;jabatan;tahun;hasil_kerja;perilaku_kerja;golongan';
  const line = (i: number, jabatan: string, golongan: string) =>
    `19870312201001100${i};Pegawai ${i};Pelaksana;${jabatan};2024;Sesuai Ekspektasi;Sesuai Ekspektasi;${golongan}`;
  const text = [
    head,
    line(1, '', ''),
    line(2, '   ', ' '),
    line(3, '-', '-'),
    line(4, 'Analis', 'III/c'),
  ].join('\n');
  const read = (defaults?: Record<string, string>) =>
    readAppraisalCsv(text, defaults ? { defaults } : {}).records.map((r) => ({
      jabatan: (r.appraisal.pegawai.jabatan as { nama?: string }).nama,
      golongan: r.appraisal.pegawai.golongan,
    }));

  it('reads a blank or whitespace cell as absent, "-" as empty for fields and as written for the jabatan name', () => {
    expect(read()).toEqual([
      { jabatan: undefined, golongan: undefined },
      { jabatan: undefined, golongan: undefined },
      { jabatan: '-', golongan: undefined },
      { jabatan: 'Analis', golongan: 'III/c' },
    ]);
  });

  it('fills a blank cell (not "-", not a value) from the defaults', () => {
    expect(read({ jabatan: 'Staf', golongan: 'III/a' })).toEqual([
      { jabatan: 'Staf', golongan: 'III/a' },
      { jabatan: 'Staf', golongan: 'III/a' },
      { jabatan: '-', golongan: undefined },
      { jabatan: 'Analis', golongan: 'III/c' },
    ]);
  });
});
