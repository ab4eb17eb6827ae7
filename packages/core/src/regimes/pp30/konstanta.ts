import type { Calculator } from '../../arith/calculator.js';
import type { PredikatPp30 } from '../../codes.js';
import type { CapaianBand, Pp30Params } from './params.js';

/** A capaian band with its decimal strings parsed (and the linear slope parts precomputed). */
export interface BandTerurai<T> {
  readonly band: CapaianBand;
  readonly from: T | null;
  readonly to: T | null;
  readonly nilai:
    | { readonly kind: 'constant'; readonly nilai: T }
    | { readonly kind: 'proportional'; readonly at: T; readonly nilaiAt: T }
    | {
        readonly kind: 'linear';
        readonly cf: T;
        readonly ct: T;
        readonly nf: T;
        /** `nilaiTo − nilaiFrom`. */
        readonly naik: T;
        /** `capaianTo − capaianFrom`. */
        readonly rentang: T;
      };
}

type Skalar = 'nilaiTargetMaksimal' | 'batasBawahNilai' | 'batasNilai' | 'nilaiMaks';

/**
 * The ruleset numbers of one {@link Pp30Params} object on one backend, each parsed the first
 * time it is needed and then kept (rulesets are immutable data). Lazy on purpose: a value is
 * parsed exactly where the rules used to parse it, so a malformed agency override fails at
 * the same point as before. Internal to the regime.
 */
export class KonstantaPp30<T> {
  private readonly bands: (BandTerurai<T> | undefined)[] = [];
  private readonly kategori: (T | null | undefined)[] = [];
  private readonly predikat: (T | null | undefined)[] = [];
  private readonly skalar = new Map<Skalar, T | null>();
  private readonly bonus = new Map<PredikatPp30, T>();
  private readonly ints = new Map<number, T>();

  constructor(
    private readonly c: Calculator<T>,
    private readonly params: Pp30Params,
  ) {}

  private num(x: string | number): T {
    return this.c.keep(this.c.from(x));
  }

  /** A small integer (0, 100, 10000, counts, weights) as a backend value. */
  bilangan(n: number): T {
    let v = this.ints.get(n);
    if (v === undefined) {
      v = this.num(n);
      if (this.ints.size < 4096) this.ints.set(n, v);
    }
    return v;
  }

  /** Band `i` of `bandCapaian`, parsed. */
  band(i: number): BandTerurai<T> {
    let b = this.bands[i];
    if (b === undefined) {
      const raw = this.params.bandCapaian.value[i] as CapaianBand;
      const f = raw.nilai;
      let nilai: BandTerurai<T>['nilai'];
      if (f.kind === 'constant') nilai = { kind: 'constant', nilai: this.num(f.nilai) };
      else if (f.kind === 'proportional') {
        nilai = { kind: 'proportional', at: this.num(f.capaianAt), nilaiAt: this.num(f.nilaiAt) };
      } else {
        const c = this.c;
        const cf = this.num(f.capaianFrom);
        const ct = this.num(f.capaianTo);
        const nf = this.num(f.nilaiFrom);
        nilai = {
          kind: 'linear',
          cf,
          ct,
          nf,
          naik: c.keep(c.sub(this.num(f.nilaiTo), nf)),
          rentang: c.keep(c.sub(ct, cf)),
        };
      }
      b = {
        band: raw,
        from: raw.from === null ? null : this.num(raw.from),
        to: raw.to === null ? null : this.num(raw.to),
        nilai,
      };
      this.bands[i] = b;
    }
    return b;
  }

  /** Lower bound of `kategoriRencana` band `i` (null: none). */
  kategoriMin(i: number): T | null {
    let v = this.kategori[i];
    if (v === undefined) {
      const min = this.params.kategoriRencana.value[i]?.min ?? null;
      v = min === null ? null : this.num(min);
      this.kategori[i] = v;
    }
    return v;
  }

  /** Lower bound of `predikat` band `i` (null: none). */
  predikatMin(i: number): T | null {
    let v = this.predikat[i];
    if (v === undefined) {
      const min = this.params.predikat.value[i]?.min ?? null;
      v = min === null ? null : this.num(min);
      this.predikat[i] = v;
    }
    return v;
  }

  /** A decimal-string parameter (`batasBawahNilai` may be null). */
  angka(name: Skalar): T | null {
    let v = this.skalar.get(name);
    if (v === undefined) {
      const raw = this.params[name].value;
      v = raw === null ? null : this.num(raw);
      this.skalar.set(name, v);
    }
    return v;
  }

  /** JA/JF tambahan bonus of a kategori. */
  bonusTambahan(k: PredikatPp30): T {
    let v = this.bonus.get(k);
    if (v === undefined) {
      v = this.num(this.params.bonusTambahan.value[k]);
      this.bonus.set(k, v);
    }
    return v;
  }
}

const CACHE = new WeakMap<Pp30Params, WeakMap<Calculator<unknown>, KonstantaPp30<unknown>>>();

/** The parsed numbers of `params` on `c` (see {@link KonstantaPp30}). */
export function konstantaPp30<T>(c: Calculator<T>, params: Pp30Params): KonstantaPp30<T> {
  let byCalc = CACHE.get(params);
  if (byCalc === undefined) {
    byCalc = new WeakMap();
    CACHE.set(params, byCalc);
  }
  let k = byCalc.get(c as Calculator<unknown>) as KonstantaPp30<T> | undefined;
  if (k === undefined) {
    k = new KonstantaPp30(c, params);
    byCalc.set(c as Calculator<unknown>, k as KonstantaPp30<unknown>);
  }
  return k;
}
