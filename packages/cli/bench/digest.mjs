/**
 * SHA-256 of the files' bytes, one after the other (a NUL after each): `info.outputs` of the
 * `score` tasks (child.ts and dist-child.mjs alike, so their digests compare), with which a
 * suite checks that every entry wrote the same results and rejections. Plain JavaScript:
 * dist-child.mjs runs without tsx.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** @param {readonly string[]} files @returns {Promise<string>} */
export async function outputsDigest(files) {
  const hash = createHash('sha256');
  for (const f of files) {
    for await (const piece of createReadStream(f)) hash.update(piece);
    hash.update('\u0000');
  }
  return hash.digest('hex');
}
