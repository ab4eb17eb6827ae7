import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  addToSummary,
  type BatchSummary,
  createBatchSummary,
  type EvaluationResult,
  evaluate,
  type Ruleset,
  rulesets,
  safeLoadRuleset,
} from '@kinerja/core';
import { describeFsError, fail } from './errors.js';
import {
  assertUsable,
  type CliRejection,
  type InputFormat,
  type InputItem,
  type LoadedFile,
  loadFile,
  nipOf,
} from './input.js';
import type { CliIo } from './io.js';
import { progress } from './progress.js';

/** One scored appraisal: the input item and its evaluation. */
export interface Scored {
  readonly item: InputItem;
  readonly result: EvaluationResult;
}

/** Everything the commands work from: the files read, the results and every rejection. */
export interface Run {
  readonly files: readonly LoadedFile[];
  /** Accepted appraisals that evaluated to a predikat. */
  readonly scored: readonly Scored[];
  /** Parse rejections and evaluation failures, by file and row. */
  readonly rejections: readonly CliRejection[];
  readonly summary: RunSummary;
}

/** Row accounting of a run: `total = accepted + rejected + excluded`. */
export interface RunSummary {
  readonly total: number;
  readonly accepted: number;
  readonly rejected: number;
  /** Rows left out by a reported decision of an adapter (PLT/PLH, duplicate after mutasi). */
  readonly excluded: number;
  readonly byPredikat: Readonly<Record<string, number>>;
  readonly byUnit: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly byFile: readonly {
    readonly file: string;
    readonly format: InputFormat;
    readonly total: number;
    readonly accepted: number;
    readonly rejected: number;
    readonly excluded: number;
  }[];
}

/** Resolves `--ruleset`: a national ruleset id or a ruleset JSON file. */
export async function resolveRuleset(
  cwd: string,
  arg: string | undefined,
): Promise<Ruleset | undefined> {
  if (arg === undefined) return undefined;
  const known = (rulesets as Readonly<Record<string, Ruleset>>)[arg];
  if (known) return known;
  const path = resolve(cwd, arg);
  if (!arg.toLowerCase().endsWith('.json') && !existsSync(path)) {
    fail(
      `--ruleset: unknown ruleset "${arg}" (known: ${Object.keys(rulesets).join(', ')}; or a .json file)`,
    );
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    fail(`--ruleset ${describeFsError(arg, e)}`);
  }
  const r = safeLoadRuleset(text);
  if (!r.ok) {
    const i = r.issues[0];
    const where = i && i.path.length > 0 ? ` at ${i.path.join('.')}` : '';
    fail(
      `${arg}: not a valid ruleset${where}: ${i?.message.en ?? 'invalid'} (${r.issues.length} issue(s))`,
    );
  }
  return r.ruleset;
}

/** Options of {@link runPipeline}. */
export interface PipelineOptions {
  readonly from?: InputFormat;
  readonly master?: string;
  readonly ruleset?: Ruleset;
  /** Record the trace of every result (only `explain` needs it). */
  readonly trace?: boolean;
  readonly progress?: boolean;
  /** Evaluate only the appraisals of this NIP (explain); the others are not scored. */
  readonly only?: string;
}

/**
 * Reads every file, evaluates every accepted appraisal with the ruleset (given, or chosen by
 * period) and accounts for every row. Files that yield nothing usable stop the run (exit 2).
 */
export async function runPipeline(
  io: CliIo,
  files: readonly string[],
  opts: PipelineOptions = {},
): Promise<Run> {
  const loaded: LoadedFile[] = [];
  for (const f of files) {
    const l = await loadFile(io.cwd, f, {
      ...(opts.from ? { from: opts.from } : {}),
      ...(opts.master ? { master: opts.master } : {}),
    });
    assertUsable(l);
    loaded.push(l);
  }
  const total = opts.only !== undefined ? 0 : loaded.reduce((s, f) => s + f.items.length, 0);
  const bar = progress(io, 'Menilai / scoring', total, opts.progress !== false);
  const scored: Scored[] = [];
  const rejections: CliRejection[] = [];
  const batch: BatchSummary = createBatchSummary();
  const byFile: RunSummary['byFile'][number][] = [];
  let excluded = 0;
  for (const f of loaded) {
    rejections.push(...f.rejections);
    let accepted = 0;
    let evalRejected = 0;
    for (const item of f.items) {
      if (opts.only !== undefined && nipOf(item.appraisal) !== opts.only) continue;
      const result = evaluate(item.appraisal, {
        ...(opts.ruleset ? { ruleset: opts.ruleset, rulesets: [opts.ruleset] } : {}),
        trace: opts.trace === true,
      });
      addToSummary(batch, result);
      bar.tick();
      if (result.ok && result.predikat) {
        accepted++;
        scored.push({ item, result });
        continue;
      }
      evalRejected++;
      const issues = result.issues.length > 0 ? result.issues : [];
      if (issues.length === 0) {
        rejections.push({
          file: f.file,
          row: item.row,
          path: [],
          code: 'NO_PREDIKAT',
          message: {
            id: 'Penilaian tidak menghasilkan predikat',
            en: 'The appraisal produced no predikat',
          },
        });
      }
      for (const i of issues) {
        rejections.push({
          file: f.file,
          row: item.row,
          path: i.path,
          code: i.code,
          message: i.message,
        });
      }
    }
    excluded += f.counts.excluded;
    byFile.push({
      file: f.file,
      format: f.format,
      total: f.counts.input,
      accepted,
      rejected: f.counts.rejected + evalRejected,
      excluded: f.counts.excluded,
    });
  }
  bar.done();
  rejections.sort((a, b) => (a.file === b.file ? a.row - b.row : a.file < b.file ? -1 : 1));
  const rejected = byFile.reduce((s, f) => s + f.rejected, 0);
  const accepted = scored.length;
  return {
    files: loaded,
    scored,
    rejections,
    summary: {
      total: accepted + rejected + excluded,
      accepted,
      rejected,
      excluded,
      byPredikat: { ...batch.byPredikat },
      byUnit: Object.fromEntries(Object.entries(batch.byUnit).map(([u, c]) => [u, { ...c }])),
      byFile,
    },
  };
}
