import { z } from 'zod';
import { bilingual, DecimalInputSchema } from './primitives.js';

/** A measured amount with its unit, e.g. `{ jumlah: 12, satuan: 'Dokumen' }`. */
export interface Quantity {
  readonly jumlah: number | string;
  readonly satuan?: string;
}

const QTY_RE = /^\s*([-+]?\d+(?:[.,]\d+)?)\s*(%|[^\d\s].*)?$/u;

/**
 * Parses the strings e-Kinerja uses for targets, such as `"12 Dokumen"`, `"1,5 Laporan"`,
 * `"100 %"`. A comma is read as the decimal separator (Indonesian convention). Returns
 * `undefined` when the text is not a quantity.
 *
 * @example
 * ```ts
 * parseQuantity('1,5 Laporan'); // { jumlah: '1.5', satuan: 'Laporan' }
 * ```
 */
export function parseQuantity(text: string): Quantity | undefined {
  const m = QTY_RE.exec(text);
  if (!m || m[1] === undefined) return undefined;
  const jumlah = m[1].replace(',', '.');
  const satuan = m[2]?.trim();
  return satuan ? { jumlah, satuan } : { jumlah };
}

const QuantityObject = z.strictObject({
  jumlah: DecimalInputSchema,
  satuan: z.string().min(1).optional(),
});

/** A quantity: a number, `"12 Dokumen"`, or `{ jumlah, satuan }`. */
export const QuantitySchema = z.union([
  z
    .number()
    .refine(Number.isFinite)
    .transform((jumlah): Quantity => ({ jumlah })),
  z.string().transform((s, ctx): Quantity => {
    const q = parseQuantity(s);
    if (!q) {
      ctx.addIssue({
        code: 'custom',
        ...bilingual(
          'QUANTITY_FORMAT',
          `"${s}" bukan jumlah yang dapat dibaca (contoh: "12 Dokumen", "1,5 Laporan")`,
          `"${s}" is not a readable quantity (e.g. "12 Dokumen", "1,5 Laporan")`,
        ),
      });
      return z.NEVER;
    }
    return q;
  }),
  QuantityObject,
]);

/** A range target ("80–90 %"): realisasi above uses `max`, below uses `min`. */
export const RangeTargetSchema = z
  .strictObject({
    min: DecimalInputSchema,
    max: DecimalInputSchema,
    satuan: z.string().min(1).optional(),
  })
  .refine(
    (r) => Number(r.min) <= Number(r.max),
    bilingual(
      'RANGE_ORDER',
      'Batas bawah target rentang melebihi batas atas',
      'Range target min exceeds max',
    ),
  );
export type RangeTarget = z.infer<typeof RangeTargetSchema>;

/** A target: a quantity or a range. */
export const TargetSchema = z.union([RangeTargetSchema, QuantitySchema]);
export type Target = Quantity | RangeTarget;

/** True when a target is a range. */
export function isRange(t: Target): t is RangeTarget {
  return typeof t === 'object' && 'min' in t && 'max' in t;
}
