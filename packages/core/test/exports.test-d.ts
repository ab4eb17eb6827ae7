import { VERSION } from '@kinerja/core';
import { expectTypeOf, test } from 'vitest';

test('VERSION is a string', () => {
  expectTypeOf(VERSION).toBeString();
});
