import { currentHeapFacts, heapRelaunchFlags, relaunch } from './heap.js';
import { main } from './main.js';

const argv = process.argv.slice(2);
const flags = heapRelaunchFlags(currentHeapFacts(argv));
const script = process.argv[1];
const run =
  flags !== undefined && script !== undefined
    ? relaunch(flags, script, argv)
    : main(argv, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
run.then((code) => {
  process.exitCode = code;
});
