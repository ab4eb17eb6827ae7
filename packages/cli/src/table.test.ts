import { describe, expect, it } from 'vitest';
import { textTable } from './table.js';

describe('textTable', () => {
  it('aligns text left and numbers right', () => {
    expect(
      textTable(
        ['Unit', 'Baik'],
        [
          ['Dinas A', '7'],
          ['Kecamatan B', '12'],
        ],
      ),
    ).toBe(
      ['Unit         Baik', '-----------  ----', 'Dinas A         7', 'Kecamatan B    12'].join(
        '\n',
      ),
    );
  });
});
