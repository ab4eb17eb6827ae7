import fc from 'fast-check';

// Property tests explore random inputs locally; in CI they use a fixed seed so that a run is
// reproducible and a red build always means a real, re-runnable failure (KINERJA_FC_SEED
// overrides it to explore or to replay a local counterexample).
const seed = process.env.KINERJA_FC_SEED ?? (process.env.CI ? '20261123' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
