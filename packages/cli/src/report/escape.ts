const MAP: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/**
 * Escapes text for HTML element content and quoted attribute values. Every value that comes
 * from input data goes through this (names, units, codes, messages), so a cell such as
 * `<script>` or `" onmouseover=` is shown as text and never interpreted.
 */
export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (c) => MAP[c] as string);
}
