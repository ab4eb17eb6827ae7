/**
 * `@kinerja/adapters/siasn`: BKN SIASN payloads — read and write `skp22`, `kinerjaperiodik`,
 * `skp/2021`, legacy `skp` and `angkakredit` (POST bodies and `rw-*` responses, keys matched
 * case-insensitively, upstream typos accepted), read the PP 10/1979 `rw-dp3`, the reference
 * tables, and the "Export Data ASN" CSV as the employee master (whole or streamed); audit of
 * stored kuadran, PP 46 values, DP3 sums and means, and angka kredit sums and conversions.
 *
 * @packageDocumentation
 */

export {
  type AngkaKreditBasis,
  type AngkaKreditPayload,
  type AngkaKreditRecord,
  type AngkaKreditWriteOptions,
  angkaKreditPayload,
  bulanAngkaKredit,
  type RecheckAngkaKreditOptions,
  readAngkaKredit,
  recheckAngkaKredit,
} from './angkaKredit.js';
export {
  kinerjaPeriodikToAppraisals,
  type SiasnAppraisal,
  skp22ToAppraisals,
} from './appraisal.js';
export type { SiasnPenilai } from './common.js';
export {
  DP3_TEXTS,
  DP3_UNSUR,
  type Dp3Record,
  type Dp3Text,
  type Dp3Unsur,
  type RecheckDp3Options,
  readDp3,
  recheckDp3,
} from './dp3.js';
export {
  type KinerjaPeriodikPayload,
  type KinerjaPeriodikRecord,
  type KinerjaPeriodikWriteOptions,
  kinerjaPeriodikPayload,
  periodeOfKinerjaPeriodik,
  readKinerjaPeriodik,
  toKinerjaPeriodikPayload,
} from './kinerjaPeriodik.js';
export {
  type EksporAsnItem,
  type EksporAsnOptions,
  indexPegawai,
  type PegawaiIndex,
  type PegawaiMasterRow,
  readEksporAsn,
  readEksporAsnStream,
  streamEksporAsn,
} from './pegawai.js';
export { type RecheckPp46Options, recheckSiasn, recheckSkpPp46 } from './recheck.js';
export { type ReferenceRow, readReference, SIASN_REFERENCE } from './reference.js';
export {
  type PayloadResult,
  pmk6Parts,
  readSkp22,
  type SiasnDokumen,
  type SiasnReadOptions,
  type SiasnWriteOptions,
  type Skp22Payload,
  type Skp22Record,
  skp22Payload,
  toSkp22Payload,
} from './skp22.js';
export {
  readSkpPp46,
  SKP_PP46_NUMBERS,
  SKP_PP46_TEXTS,
  type SkpPp46Number,
  type SkpPp46Record,
  type SkpPp46Text,
  skpPp46Payload,
  toSkpPp46Record,
} from './skpPp46.js';
