import type { OutputStream } from './io.js';

/** A progress bar on stderr; silent unless both stdout and stderr are terminals. */
export interface Progress {
  tick(n?: number): void;
  done(): void;
}

const SILENT: Progress = { tick() {}, done() {} };

/** `done/total` in KiB (below 1 MiB in all) or MiB with one decimal, for a bar counting bytes. */
function bytesText(n: number, total: number): string {
  const [d, u, p] = total < 1048576 ? [1024, 'KiB', 0] : [1048576, 'MiB', 1];
  return `${(n / d).toFixed(p)}/${(total / d).toFixed(p)} ${u}`;
}

/**
 * Creates a progress bar for `total` items (or bytes, with `unit: 'bytes'`) labelled `label`.
 * It is drawn only on a terminal (both streams are TTYs) so piped output and log files stay
 * clean, and redraws at most ~20 times a second.
 */
export function progress(
  streams: { stdout: OutputStream; stderr: OutputStream },
  label: string,
  total: number,
  enabled = true,
  unit: 'items' | 'bytes' = 'items',
): Progress {
  if (!enabled || !streams.stderr.isTTY || !streams.stdout.isTTY || total < 1) return SILENT;
  const err = streams.stderr;
  let n = 0;
  let last = 0;
  const width = 30;
  const draw = () => {
    const f = Math.min(1, n / total);
    const full = Math.round(f * width);
    const count = unit === 'bytes' ? bytesText(Math.min(n, total), total) : `${n}/${total}`;
    err.write(
      `\r${label} [${'#'.repeat(full)}${'-'.repeat(width - full)}] ${count} ${Math.floor(f * 100)}%`,
    );
  };
  return {
    tick(k = 1) {
      n += k;
      const now = Date.now();
      if (now - last >= 50 || n >= total) {
        last = now;
        draw();
      }
    },
    done() {
      n = total;
      draw();
      err.write('\n');
    },
  };
}
