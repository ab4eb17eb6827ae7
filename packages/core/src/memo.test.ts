import { describe, expect, it } from 'vitest';
import { rememberPerObject } from './memo.js';

describe('rememberPerObject', () => {
  it('computes once per object, whatever the order of the calls', () => {
    const seen: object[] = [];
    const size = rememberPerObject((o: { xs: number[] }) => {
      seen.push(o);
      return o.xs.length;
    });
    const a = { xs: [1, 2] };
    const b = { xs: [1, 2, 3] };
    expect([size(a), size(a), size(b), size(a), size(b), size(b)]).toEqual([2, 2, 3, 2, 3, 3]);
    expect(seen).toEqual([a, b]);
  });

  it('remembers falsy values (null, false, 0) as values', () => {
    let calls = 0;
    const nothing = rememberPerObject((_: object) => {
      calls++;
      return null;
    });
    const a = {};
    const b = {};
    nothing(a);
    nothing(b);
    nothing(a);
    nothing(b);
    expect(calls).toBe(2);
  });

  it('keeps each function’s memory apart', () => {
    const key = {};
    const one = rememberPerObject((_: object) => 1);
    const two = rememberPerObject((_: object) => 2);
    expect([one(key), two(key), one(key)]).toEqual([1, 2, 1]);
  });
});
