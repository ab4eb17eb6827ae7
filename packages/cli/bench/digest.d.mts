/** See digest.mjs. */
export declare function outputsDigest(files: readonly string[]): Promise<string>;
