import { z } from 'zod';
import { isCalendarDate } from './checks.js';

/** Keys that would pollute prototypes when copied into plain objects. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Custom zod issue with a bilingual message, converted to an {@link Issue} by `toIssues`. */
export function bilingual(code: string, id: string, en: string) {
  return { message: en, params: { kinerja: { code, id, en } } } as const;
}

/**
 * NIP: an 18-digit string. A number, or a string already mangled by a spreadsheet
 * (`1.98703E+17`), is an error — never a guess, the lost digits cannot be recovered.
 */
export const NipSchema = z.string().superRefine((s, ctx) => {
  if (/^\d{18}$/.test(s)) return;
  if (/^\s*\d(?:[.,]\d+)?e\+?\d+\s*$/i.test(s)) {
    ctx.addIssue({
      code: 'custom',
      ...bilingual(
        'NIP_SCIENTIFIC_NOTATION',
        `NIP "${s}" ditulis dalam notasi ilmiah (rusak oleh Excel); digit NIP sudah hilang dan tidak dapat ditebak. Ekspor ulang kolom NIP sebagai teks.`,
        `NIP "${s}" is in scientific notation (mangled by Excel); its digits are lost and cannot be guessed. Re-export the NIP column as text.`,
      ),
    });
    return;
  }
  ctx.addIssue({
    code: 'custom',
    ...bilingual(
      'NIP_FORMAT',
      `NIP harus 18 digit angka (diterima "${s}").`,
      `NIP must be 18 digits (got "${s}").`,
    ),
  });
});
export type Nip = z.infer<typeof NipSchema>;

/** A decimal value: a finite number or a decimal string with a dot (`"9.12"`). */
export const DecimalInputSchema = z.union([
  z
    .number()
    .refine(Number.isFinite, bilingual('NOT_FINITE', 'Angka tidak valid', 'Not a finite number')),
  z
    .string()
    .regex(
      /^\s*[-+]?(?:\d+\.?\d*|\.\d+)\s*$/,
      bilingual(
        'DECIMAL_FORMAT',
        'Angka desimal harus memakai titik, tanpa pemisah ribuan (mis. "1.5")',
        'Decimal numbers use a dot and no thousands separator (e.g. "1.5")',
      ),
    ),
]);
export type DecimalInputValue = z.infer<typeof DecimalInputSchema>;

/** Integer basis points: 10000 = 100 %. Weights are validated in basis points, exactly. */
export const BasisPointsSchema = z.number().int().min(0).max(10000);

/** Calendar date `YYYY-MM-DD`, validated as a real date. */
export const IsoDateSchema = z.string().superRefine((s, ctx) => {
  if (isCalendarDate(s)) return;
  ctx.addIssue({
    code: 'custom',
    ...bilingual(
      'DATE_FORMAT',
      `Tanggal harus berformat YYYY-MM-DD dan valid (diterima "${s}")`,
      `Date must be a valid YYYY-MM-DD (got "${s}")`,
    ),
  });
});

/** A record whose keys are checked against prototype pollution. */
export function safeRecord<V extends z.ZodType>(value: V) {
  return z.record(z.string(), value).superRefine((r, ctx) => {
    for (const k of Object.keys(r)) {
      if (FORBIDDEN_KEYS.has(k)) {
        ctx.addIssue({
          code: 'custom',
          path: [k],
          ...bilingual(
            'FORBIDDEN_KEY',
            `Kunci "${k}" tidak diizinkan`,
            `Key "${k}" is not allowed`,
          ),
        });
      }
    }
  });
}

/** Reference to a document backing a realisasi (bukti dukung). */
export const BuktiDukungSchema = z.strictObject({
  uraian: z.string().optional(),
  uri: z.string().optional(),
  tanggal: IsoDateSchema.optional(),
});
export type BuktiDukung = z.infer<typeof BuktiDukungSchema>;

/** Continuous feedback (umpan balik berkelanjutan). */
export const UmpanBalikSchema = z.strictObject({
  tanggal: IsoDateSchema.optional(),
  dari: z.string().optional(),
  isi: z.string().min(1),
});
export type UmpanBalik = z.infer<typeof UmpanBalikSchema>;

/**
 * Finds prototype-polluting keys (`__proto__`, `constructor`, `prototype`) anywhere in a
 * parsed JSON value. Parsers reject such input before anything is copied.
 */
export function findForbiddenKeys(
  value: unknown,
  path: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  // One path stack for the whole walk; a path is copied only when a key is found.
  walkForbidden(value, [...path], out);
  return out;
}

function walkForbidden(
  value: unknown,
  stack: (string | number)[],
  out: (string | number)[][],
): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (v === null || typeof v !== 'object') continue;
      stack.push(i);
      walkForbidden(v, stack, out);
      stack.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    // for…in with an own-key check visits the same keys as Object.keys, in the same order,
    // without allocating the key array.
    for (const k in o) {
      if (!Object.hasOwn(o, k)) continue;
      if (FORBIDDEN_KEYS.has(k)) {
        out.push([...stack, k]);
        continue;
      }
      const v = o[k];
      if (v === null || typeof v !== 'object') continue;
      stack.push(k);
      walkForbidden(v, stack, out);
      stack.pop();
    }
  }
}
