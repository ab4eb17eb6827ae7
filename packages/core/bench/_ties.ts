import { evaluate } from '../src/index.js';
import { pp30Appraisal, prng } from './fixtures.js';
const rand = prng(30);
const N = 20000;
const counts: Record<string, number> = {};
let apprTie = 0;
const tieRe = /^-?\d+\.\d\d5$/;
for (let i = 0; i < N; i++) {
  const a = pp30Appraisal(rand, i);
  const r = evaluate(a) as any;
  let any = false;
  for (const s of r.trace?.steps ?? r.trace ?? []) {
    const out = s.output;
    const vals: string[] = typeof out === 'string' ? [out] : out && typeof out === 'object' && typeof out.nilai === 'string' ? [out.nilai] : [];
    if (s.inputs?.capaian && s.rule === 'pp30.nilai.iki') vals.push(String(s.inputs.capaian));
    for (const v of vals) {
      if (tieRe.test(v)) { counts[`tie ${s.rule}`] = (counts[`tie ${s.rule}`] ?? 0) + 1; any = true; }
      if (/^(110|90|70|50|100|80|60|101|120)$/.test(v)) { counts[`eq ${s.rule} ${v}`] = (counts[`eq ${s.rule} ${v}`] ?? 0) + 1; }
    }
  }
  if (any) apprTie++;
  if (i === 0) console.log(JSON.stringify(r.trace?.steps?.slice(0,3) ?? Object.keys(r), null, 1).slice(0, 1500));
}
console.log(counts, 'appraisals with a tie', apprTie / N);
