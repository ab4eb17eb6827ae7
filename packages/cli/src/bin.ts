import nodeModule from 'node:module';
import { currentHeapFacts, heapRelaunchFlags, relaunch } from './heap.js';
import { quietOnClosedPipe } from './io.js';

// Node.js 22.1 and later keep the compiled code of the CLI's modules on disk
// (`os.tmpdir()/node-compile-cache`, shared with the worker threads and a relaunch through
// NODE_COMPILE_CACHE): a later run, and each of its worker threads, starts 30–50 ms sooner.
// NODE_DISABLE_COMPILE_CACHE=1 turns it off; Node.js 20 has no such cache.
const cache = (
  nodeModule as { enableCompileCache?: () => { directory?: string } }
).enableCompileCache?.();
if (cache?.directory !== undefined) process.env.NODE_COMPILE_CACHE ??= cache.directory;

// A reader that stops early (`| head`) must not kill the run half-way (see quietOnClosedPipe).
quietOnClosedPipe(process.stdout);
quietOnClosedPipe(process.stderr);

// The command itself is imported only in the process that runs it: a relaunch with a larger heap
// (see heap.ts) used to load the whole CLI first, only to start it again (0.45 s of 1 s for a
// ten-row file on the bench machine).
const argv = process.argv.slice(2);
const flags = heapRelaunchFlags(currentHeapFacts(argv));
const script = process.argv[1];
const run =
  flags !== undefined && script !== undefined
    ? relaunch(flags, script, argv)
    : import('./main.js').then(({ main }) =>
        main(argv, {
          stdout: process.stdout,
          stderr: process.stderr,
          cwd: process.cwd(),
          stdin: process.stdin,
        }),
      );
run.then((code) => {
  process.exitCode = code;
});
