/**
 * `@kinerja/adapters`: read and write the formats Indonesian agencies use for ASN performance
 * appraisal. The root entry holds the shared parse result, value readers and label synonyms;
 * the formats are subpaths: `@kinerja/adapters/siasn`, `/ekinerja`, `/legacy`, `/csv`.
 *
 * @packageDocumentation
 */
export * from './shared/index.js';
