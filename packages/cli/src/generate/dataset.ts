import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import {
  csvLine,
  MASTER_HEADER,
  masterLine,
  siasnLine,
  TABLE_HEADER,
  tableCells,
} from './formats.js';
import { type GenerateRegime, MAX_SIZE } from './model.js';
import {
  type GenerateFormat,
  HAZARDS,
  type Hazard,
  hazardsFor,
  type Rec,
  recordsOf,
} from './records.js';

/** Options of {@link datasetChunks} and {@link writeDataset}. */
export interface DatasetOptions {
  /** Number of employees (rows may be more: mutasi duplicates and PLT/PLH rows add some). */
  readonly size: number;
  readonly seed: number;
  readonly format: GenerateFormat;
  readonly regime: GenerateRegime;
  /** Share of employees carrying one hazard, 0 (clean) to 1. */
  readonly hazards: number;
  /** Records per yielded chunk (the output does not depend on it; default 2000). */
  readonly chunkRows?: number;
}

/** What a generated file holds. */
export interface DatasetStats {
  readonly employees: number;
  /** Data rows (lines) written, without the header. */
  rows: number;
  /** Employees carrying each hazard. */
  readonly hazards: Record<Hazard, number>;
}

/** Empty statistics for `size` employees. */
export function emptyStats(size: number): DatasetStats {
  return {
    employees: size,
    rows: 0,
    hazards: Object.fromEntries(HAZARDS.map((h) => [h, 0])) as Record<Hazard, number>,
  };
}

/** Checks the options; returns a message for the first problem. */
export function checkDatasetOptions(o: DatasetOptions): string | undefined {
  if (!Number.isInteger(o.size) || o.size < 1 || o.size > MAX_SIZE)
    return `--size must be an integer from 1 to ${MAX_SIZE.toLocaleString('en-US')}`;
  if (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > 0xffffffff)
    return '--seed must be an integer from 0 to 4294967295';
  if (!(o.hazards >= 0 && o.hazards <= 1))
    return '--hazards must be a rate from 0 to 1 (e.g. 0.01)';
  if (o.format === 'xlsx' && o.size + Math.ceil(o.size * o.hazards) + 1 > 1_048_576) {
    return '--format xlsx: an Excel sheet holds at most 1,048,576 rows; use --format csv for larger datasets';
  }
  if (o.format !== 'siasn-jsonl' && o.regime !== 'pmk6') {
    return `--format ${o.format} is the appraisal table with PermenPANRB 6/2022 ratings; PP 46 and PP 30 appraisals are generated as SIASN records (--format siasn-jsonl)`;
  }
  return undefined;
}

/**
 * The records of employees `from` to `to - 1`, counting them into `stats`.
 */
function* records(
  o: DatasetOptions,
  kinds: readonly Hazard[],
  stats: DatasetStats,
): Generator<Rec[]> {
  for (let i = 0; i < o.size; i++) {
    const recs = recordsOf(o.seed, o.size, i, o.hazards, kinds);
    for (const r of recs) if (r.hazard) stats.hazards[r.hazard]++;
    yield recs;
  }
}

/**
 * The generated file as text chunks (CSV: `;`-separated, CRLF; SIASN: one JSON record per
 * line), in constant memory: each chunk holds about `chunkRows` rows. The concatenation is
 * the same for every `chunkRows`. Not for XLSX (see `writeDataset`).
 *
 * @example
 * ```ts
 * const stats = emptyStats(1000);
 * let text = '';
 * for (const c of datasetChunks({ size: 1000, seed: 1, format: 'csv', regime: 'pmk6', hazards: 0.01 }, stats)) text += c;
 * ```
 */
export function* datasetChunks(
  o: DatasetOptions,
  stats: DatasetStats = emptyStats(o.size),
): Generator<string> {
  if (o.format === 'xlsx') throw new Error('datasetChunks: XLSX is written by writeDataset');
  const chunkRows = Math.max(1, o.chunkRows ?? 2000);
  if (o.format === 'csv') yield csvLine(TABLE_HEADER);
  let buf = '';
  let n = 0;
  for (const recs of records(o, hazardsFor(o.format, o.regime), stats)) {
    for (const r of recs) {
      buf += o.format === 'csv' ? csvLine(tableCells(r)) : siasnLine(o.seed, o.regime, r);
      stats.rows++;
      if (++n >= chunkRows) {
        yield buf;
        buf = '';
        n = 0;
      }
    }
  }
  if (buf !== '') yield buf;
}

/**
 * The SIASN "Export Data ASN" master of the same population (one row per employee, in the
 * current unit), for joining the `siasn-jsonl` records (`--master`).
 *
 * @example
 * ```ts
 * const master = [...masterChunks({ size: 100, seed: 1, format: 'siasn-jsonl', regime: 'pmk6', hazards: 0 })].join('');
 * ```
 */
export function* masterChunks(o: DatasetOptions): Generator<string> {
  const chunkRows = Math.max(1, o.chunkRows ?? 2000);
  yield masterLine0();
  let buf = '';
  let n = 0;
  for (const recs of records(o, hazardsFor(o.format, o.regime), emptyStats(o.size))) {
    const current = recs.find((r) => r.kind === 'main' || r.kind === 'after-mutasi') as Rec;
    buf += masterLine({ ...current, hazard: recs[0]?.hazard } as Rec);
    if (++n >= chunkRows) {
      yield buf;
      buf = '';
      n = 0;
    }
  }
  if (buf !== '') yield buf;
}

function masterLine0(): string {
  return `${MASTER_HEADER.join(',')}\r\n`;
}

/**
 * Writes text chunks to a file with backpressure (waits for `drain`), so memory stays flat
 * whatever the size.
 */
export async function pump(chunks: Iterable<string>, path: string): Promise<void> {
  const ws = createWriteStream(path);
  try {
    for (const c of chunks) if (!ws.write(c)) await once(ws, 'drain');
    ws.end();
    await finished(ws);
  } catch (e) {
    ws.destroy();
    throw e;
  }
}

/**
 * Writes the dataset to `path` (and the Export Data ASN master to `master`), streaming with
 * backpressure; returns what was written.
 *
 * @example
 * ```ts
 * const stats = await writeDataset({ size: 1_000_000, seed: 7, format: 'csv', regime: 'pmk6', hazards: 0.01 }, 'pegawai.csv');
 * ```
 */
export async function writeDataset(
  o: DatasetOptions,
  path: string,
  master?: string,
): Promise<DatasetStats> {
  const stats = emptyStats(o.size);
  if (o.format === 'xlsx') {
    const { writeXlsxDataset } = await import('./xlsx.js');
    await writeXlsxDataset(o, path, stats);
  } else {
    await pump(datasetChunks(o, stats), path);
  }
  if (master !== undefined) await pump(masterChunks(o), master);
  return stats;
}
