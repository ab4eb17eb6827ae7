import { describe, expect, it } from 'vitest';
import { esc } from './escape.js';

describe('esc', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['" onmouseover="x', '&quot; onmouseover=&quot;x'],
    ["'a' & `b`", '&#39;a&#39; &amp; &#96;b&#96;'],
    ['Dinas Kependudukan dan Pencatatan Sipil', 'Dinas Kependudukan dan Pencatatan Sipil'],
    [undefined, ''],
    [42, '42'],
  ])('%j → %j', (input, expected) => {
    expect(esc(input)).toBe(expected);
  });

  it('leaves no markup character in any string', () => {
    const all = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');
    expect(esc(all)).not.toMatch(/[<>"'`]/);
  });
});
