/**
 * The page: reads the form, runs `@kinerja/core` in the browser and shows the predikat and the
 * explanation. Text is only ever set with `textContent` (no HTML is built from input).
 */
import './jitless.js';
import {
  AspekSchema,
  evaluate,
  JenisJabatanSchema,
  LABELS,
  type Locale,
  RATINGS,
} from '@kinerja/core';
import { type FormValues, type IkiRow, present, toAppraisal } from './form.js';
import { UI, type UiKey } from './labels.js';

const form = document.querySelector<HTMLFormElement>('#form') as HTMLFormElement;
const ikiBody = document.querySelector<HTMLTableSectionElement>('#iki') as HTMLTableSectionElement;
const result = document.querySelector<HTMLElement>('#result') as HTMLElement;
const field = <T extends HTMLElement>(name: string) => form.elements.namedItem(name) as T;
const byTestId = <T extends HTMLElement>(id: string) =>
  document.querySelector<T>(`[data-testid="${id}"]`) as T;

function option(select: HTMLSelectElement, value: string, text: string): void {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  select.append(o);
}

function lang(): Locale {
  return field<HTMLSelectElement>('lang').value === 'en' ? 'en' : 'id';
}

/** Fills the selects whose texts depend on the language, keeping the chosen values. */
function fillSelects(l: Locale): void {
  const jabatan = field<HTMLSelectElement>('jabatan');
  const keepJabatan = jabatan.value || 'PELAKSANA';
  jabatan.replaceChildren();
  for (const j of JenisJabatanSchema.options) option(jabatan, j, j);
  jabatan.value = keepJabatan;
  for (const [name, empty] of [
    ['ratingHasilKerja', UI[l].saran],
    ['ratingPerilaku', UI[l].pilih],
  ] as const) {
    const select = field<HTMLSelectElement>(name);
    const keep = select.value;
    select.replaceChildren();
    option(select, '', empty);
    for (const r of RATINGS) option(select, r, LABELS.rating[r][l]);
    select.value = keep;
  }
}

function translate(l: Locale): void {
  document.documentElement.lang = l;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = UI[l][el.dataset.i18n as UiKey];
  }
  fillSelects(l);
}

function addRow(): void {
  const tr = document.createElement('tr');
  const aspek = document.createElement('select');
  aspek.name = 'aspek';
  for (const a of AspekSchema.options) option(aspek, a, a);
  const cells: HTMLElement[] = [aspek];
  for (const name of ['indikator', 'target', 'realisasi']) {
    const input = document.createElement('input');
    input.name = name;
    cells.push(input);
  }
  const lower = document.createElement('input');
  lower.type = 'checkbox';
  lower.name = 'lebihKecilLebihBaik';
  cells.push(lower);
  const row = ikiBody.rows.length;
  for (const c of cells) {
    c.dataset.testid = `iki-${row}-${(c as HTMLInputElement).name}`;
    const td = document.createElement('td');
    td.append(c);
    tr.append(td);
  }
  ikiBody.append(tr);
}

function readForm(): FormValues {
  const value = (name: string) => field<HTMLInputElement>(name).value;
  const iki: IkiRow[] = [...ikiBody.rows].map((tr) => {
    const get = (name: string) =>
      tr.querySelector<HTMLInputElement>(`[name="${name}"]`) as HTMLInputElement;
    return {
      aspek: get('aspek').value,
      indikator: get('indikator').value,
      target: get('target').value,
      realisasi: get('realisasi').value,
      lebihKecilLebihBaik: get('lebihKecilLebihBaik').checked,
    };
  });
  return {
    nip: value('nip'),
    nama: value('nama'),
    jabatan: value('jabatan'),
    tahun: value('tahun'),
    rencanaHasilKerja: value('rencanaHasilKerja'),
    iki,
    ratingHasilKerja: value('ratingHasilKerja'),
    ratingPerilaku: value('ratingPerilaku'),
  };
}

function show(): void {
  const view = present(evaluate(toAppraisal(readForm())), lang());
  const predikat = byTestId('predikat');
  predikat.textContent = view.headline;
  predikat.classList.toggle('failed', !view.ok);
  const list = (id: string, items: readonly string[]) => {
    byTestId(id).replaceChildren(
      ...items.map((text) => {
        const li = document.createElement('li');
        li.textContent = text;
        return li;
      }),
    );
  };
  list('ratings', view.ratings);
  list('issues', view.issues);
  byTestId('trace').textContent = view.trace;
  result.hidden = false;
}

addRow();
addRow();
translate('id');
form.addEventListener('submit', (e) => {
  e.preventDefault();
  show();
});
field<HTMLSelectElement>('lang').addEventListener('change', () => {
  translate(lang());
  if (!result.hidden) show();
});
byTestId('add-row').addEventListener('click', addRow);
