import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DefaultTheme, defineConfig } from 'vitepress';

const docsDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rootDir = resolve(docsDir, '..');
const coreDir = join(rootDir, 'packages', 'core');

/**
 * `@kinerja/core` and each `@kinerja/core/<sub>` subpath of its package.json `exports`, aliased
 * to the TypeScript source: the playground bundles the core for the browser from source (the
 * core is isomorphic), exactly as the tests run it.
 */
function coreAliases(): { find: RegExp; replacement: string }[] {
  const pkg = JSON.parse(readFileSync(join(coreDir, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
  };
  return Object.keys(pkg.exports)
    .filter((key) => key.startsWith('.') && !key.endsWith('.json') && !key.includes('*'))
    .map((key) => {
      const sub = key === '.' ? '' : key.slice(2);
      return {
        find: new RegExp(`^@kinerja/core${sub ? `/${sub}` : ''}$`),
        replacement: join(coreDir, 'src', sub, 'index.ts'),
      };
    });
}

/** Sidebar entries of the generated API reference (one group per entry point). */
function apiSidebar(base: string): DefaultTheme.SidebarItem[] {
  const apiDir = join(docsDir, 'api');
  if (!existsSync(apiDir)) return [{ text: 'API reference', link: `${base}api/` }];
  const modules = readdirSync(apiDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => (a === 'index' ? -1 : b === 'index' ? 1 : a.localeCompare(b)));
  return [
    { text: 'Overview', link: '/api/' },
    ...modules.map((m) => ({
      text: m === 'index' ? '@kinerja/core' : `@kinerja/core/${m}`,
      link: `/api/${m}/`,
    })),
  ];
}

const en: DefaultTheme.Config = {
  nav: [
    { text: 'Guide', link: '/guide/getting-started' },
    { text: 'Concepts', link: '/concepts/regimes' },
    { text: 'Playground', link: '/playground' },
    { text: 'Glossary', link: '/glossary' },
    { text: 'API', link: '/api/' },
  ],
  sidebar: {
    '/api/': apiSidebar('/'),
    '/': [
      {
        text: 'Introduction',
        items: [
          { text: 'Getting started', link: '/guide/getting-started' },
          { text: 'Playground', link: '/playground' },
        ],
      },
      {
        text: 'Concepts',
        items: [
          { text: 'The three regimes', link: '/concepts/regimes' },
          { text: 'The 6/2022 matrix', link: '/concepts/matrix' },
          { text: 'The distribution curve', link: '/concepts/distribution' },
          { text: 'Traces, statuses and issues', link: '/concepts/traces' },
          { text: 'Exact arithmetic', link: '/concepts/exact-arithmetic' },
          { text: 'Calibration and objectivity', link: '/concepts/calibration' },
          { text: 'What a predikat leads to', link: '/concepts/consequences' },
        ],
      },
      {
        text: 'Guides',
        items: [
          { text: 'Embed in a SIMPEG backend', link: '/guides/simpeg' },
          { text: 'Plug in your own indicators', link: '/guides/indicators' },
          { text: 'Extend a national ruleset', link: '/guides/extend-ruleset' },
          { text: 'Batches and summaries', link: '/guides/batches' },
          { text: 'Run a calibration session', link: '/guides/calibration-session' },
          { text: 'Read an objectivity audit', link: '/guides/audit' },
          { text: 'Import from SIASN and e-Kinerja', link: '/guides/import' },
          { text: 'Regional examples', link: '/guides/regional-examples' },
        ],
      },
      {
        text: 'Reference',
        items: [
          { text: 'Glossary', link: '/glossary' },
          { text: 'Performance at national scale', link: '/performance' },
          { text: 'API reference', link: '/api/' },
        ],
      },
    ],
  },
  editLink: undefined,
  footer: { message: 'MIT License', copyright: 'Kinerja contributors' },
};

const id: DefaultTheme.Config = {
  nav: [
    { text: 'Panduan', link: '/id/guide/getting-started' },
    { text: 'Konsep', link: '/id/concepts/regimes' },
    { text: 'Playground', link: '/id/playground' },
    { text: 'Glosarium', link: '/id/glossary' },
    { text: 'API', link: '/api/' },
  ],
  sidebar: {
    '/id/': [
      {
        text: 'Pengantar',
        items: [
          { text: 'Memulai', link: '/id/guide/getting-started' },
          { text: 'Playground', link: '/id/playground' },
        ],
      },
      {
        text: 'Konsep',
        items: [
          { text: 'Tiga rezim penilaian', link: '/id/concepts/regimes' },
          { text: 'Matriks 6/2022', link: '/id/concepts/matrix' },
        ],
      },
      {
        text: 'Panduan',
        items: [
          { text: 'Memasang di backend SIMPEG', link: '/id/guides/simpeg' },
          { text: 'Membaca berkas dari instansi', link: '/id/guides/import' },
          { text: 'Indikator milik instansi', link: '/id/guides/indicators' },
          { text: 'Memperluas ruleset nasional', link: '/id/guides/extend-ruleset' },
          { text: 'Menjalankan sesi kalibrasi', link: '/id/guides/calibration-session' },
        ],
      },
      {
        text: 'Rujukan',
        items: [
          { text: 'Glosarium', link: '/id/glossary' },
          { text: 'Referensi API (English)', link: '/api/' },
        ],
      },
    ],
  },
  outline: { label: 'Di halaman ini' },
  docFooter: { prev: 'Sebelumnya', next: 'Berikutnya' },
  darkModeSwitchLabel: 'Tampilan',
  sidebarMenuLabel: 'Menu',
  returnToTopLabel: 'Kembali ke atas',
  langMenuLabel: 'Ganti bahasa',
  footer: { message: 'Lisensi MIT', copyright: 'Kontributor Kinerja' },
};

export default defineConfig({
  title: 'Kinerja',
  description:
    'Indonesian civil-service (ASN) performance-appraisal rules as exact, explainable TypeScript.',
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }]],
  cleanUrls: true,
  lastUpdated: false,
  srcExclude: ['README.md', 'examples/**', 'test/**', 'node_modules/**'],
  locales: {
    root: { label: 'English', lang: 'en', themeConfig: en },
    id: {
      label: 'Bahasa Indonesia',
      lang: 'id',
      description:
        'Aturan penilaian kinerja ASN sebagai kode TypeScript yang tepat dan dapat dijelaskan.',
      themeConfig: id,
    },
  },
  themeConfig: {
    logo: '/favicon.svg',
    search: {
      provider: 'local',
      options: {
        // The API reference holds large generated tables (message catalogues); index only its
        // page titles, so searching `evaluate` or `Pmk6Params` still finds the page.
        _render(src, env, md) {
          if (env.relativePath.startsWith('api/')) {
            const title = src.split('\n').find((line) => line.startsWith('# '));
            return title ? md.render(title) : '';
          }
          return md.render(src, env);
        },
      },
    },
    outline: [2, 3],
  },
  vite: {
    resolve: { alias: coreAliases() },
    server: { fs: { allow: [rootDir] } },
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // zod 4 ships explanatory comments next to its `@__PURE__` annotations; Rollup drops
          // those comments and says so. Harmless, and not ours to fix: silence exactly that.
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/zod/')) return;
          warn(warning);
        },
      },
    },
  },
});
