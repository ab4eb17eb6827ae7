import { currentHeapFacts, heapRelaunchFlags, relaunch } from './heap.js';

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
        main(argv, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }),
      );
run.then((code) => {
  process.exitCode = code;
});
