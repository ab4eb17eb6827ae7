// A minimal HTTP endpoint around the handler, with node:http only. A PHP or Java SIMPEG posts
// JSON to it and stores the answer. (Add authentication and a body-size limit in production.)
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleScoreRequest } from './simpeg-handler.js';

const MAX_BODY = 5 * 1024 * 1024;

export function createScoringServer(): Server {
  return createServer((req, res) => {
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(json));
    };
    if (req.method !== 'POST' || req.url !== '/v1/nilai') return send(404, { error: 'not found' });
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) req.destroy();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return send(400, { error: 'body is not valid JSON' });
      }
      const { status, json } = handleScoreRequest(body);
      send(status, json);
    });
  });
}

// Demonstration: start on a free port, post one good and one bad appraisal, stop.
const server = createScoringServer();
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;
try {
  const response = await fetch(`http://127.0.0.1:${port}/v1/nilai`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      locale: 'id',
      appraisals: [
        {
          id: 'skp-2024-0001',
          pegawai: {
            nip: '198703122010011002',
            nama: 'Siti Rahmawati',
            jabatan: { jenis: 'PELAKSANA' },
          },
          periode: { jenis: 'TAHUNAN', mulai: '2024-01-01', selesai: '2024-12-31' },
          ratingHasilKerja: 'SESUAI_EKSPEKTASI',
          ratingPerilaku: 'DI_BAWAH_EKSPEKTASI',
        },
        { id: 'skp-2024-0002', pegawai: { nip: '1.98703E+17' } },
      ],
    }),
  });
  const { results } = (await response.json()) as {
    results: {
      ok: boolean;
      id: string;
      predikat?: { label: string };
      issues: { code: string; path: string }[];
    }[];
  };
  for (const r of results) {
    console.log(r.id, r.ok ? r.predikat?.label : r.issues.map((i) => `${i.code} @ ${i.path}`));
  }
  // skp-2024-0001 Kurang/Misconduct
  // skp-2024-0002 [ 'NIP_SCIENTIFIC_NOTATION @ pegawai.nip', … ]
  if (
    response.status !== 200 ||
    results[0]?.predikat?.label !== 'Kurang/Misconduct' ||
    results[1]?.ok
  ) {
    throw new Error(JSON.stringify(results));
  }
} finally {
  server.close();
}
