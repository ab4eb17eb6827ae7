/** Renders rows as a plain-text table with aligned columns (numbers right-aligned). */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => [...(r[c] ?? '')].length)));
  const isNum = header.map(
    (_, c) => rows.length > 0 && rows.every((r) => /^-?[\d.,%]*$/.test(r[c] ?? '')),
  );
  const line = (r: readonly string[]) =>
    r
      .map((cell, c) => {
        const pad = (widths[c] as number) - [...cell].length;
        return isNum[c] ? ' '.repeat(pad) + cell : cell + ' '.repeat(pad);
      })
      .join('  ')
      .trimEnd();
  const sep = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), sep, ...rows.map(line)].join('\n');
}
