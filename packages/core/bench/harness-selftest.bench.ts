/**
 * Exercises the harness itself with two trivial ways to sum an array; real suites live in their
 * own `*.bench.ts` files next to this one.
 */
import { defineSuite } from './harness.js';

function makeInput(): number[] {
  return Array.from({ length: 1_000 }, (_, i) => (i * 7919) % 1_000);
}

export default [
  defineSuite({
    name: 'harness self-test: sum of 1,000 numbers',
    iterations: 200_000,
    baseline: {
      name: 'for loop',
      setup: makeInput,
      fn: (values) => {
        let total = 0;
        for (let i = 0; i < values.length; i++) total += values[i] ?? 0;
        return total;
      },
    },
    candidates: [
      { name: 'Array#reduce', fn: (values) => values.reduce((sum, value) => sum + value, 0) },
    ],
  }),
];
