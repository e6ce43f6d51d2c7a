// The facet sidebar: values with drill-sideways counts from the API, ticks (OR within a facet),
// and a filter box inside the long facets that asks /api/facets/{dim}?prefix= for matches.
import { el, replaceChildren } from './dom.js';
import { getJson, listOf } from './api.js';
import { DIMENSIONS, DIMENSION_LABELS, queryParams } from './state.js';

const LONG = new Set(['unit', 'leader']);
const SHORT_LIST = 8;
const expanded = new Set();
const filterText = {};

/**
 * Renders every facet into `container`. `toggle(dim, value)` is called when a box is ticked or
 * unticked; the current state supplies the ticks and the parameters for the filter box.
 */
export function renderFacets(container, facets, state, toggle) {
  replaceChildren(container,
    el('h2', { class: 'sidebar-title' }, '筛选'),
    DIMENSIONS.map((dim) => facetSection(dim, (facets && facets[dim]) || [], state, toggle)));
}

function facetSection(dim, counted, state, toggle) {
  // Years read best newest first; every other facet keeps the API's order (most rows first).
  const values = dim === 'year' ? [...counted].sort((a, b) => String(b.value).localeCompare(String(a.value))) : counted;
  const headingId = `facet-${dim}-title`;
  const list = el('ul', { class: 'facet-values' });
  const section = el('section', { class: 'facet', 'aria-labelledby': headingId, 'data-dim': dim },
    el('h3', { id: headingId }, DIMENSION_LABELS[dim]));
  const show = (shownValues, limit) => fillList(list, dim, shownValues, state, toggle, limit);
  if (LONG.has(dim) && (values.length > 0 || filterText[dim])) section.append(filterBox(dim, state, values, show));
  section.append(list);
  if (LONG.has(dim) && values.length > SHORT_LIST) section.append(moreButton(dim, values, show));
  const typed = filterText[dim];
  if (typed) lookUp(dim, typed, state, show); else show(values, limitFor(dim));
  return section;
}

function limitFor(dim) {
  return LONG.has(dim) && !expanded.has(dim) ? SHORT_LIST : Infinity;
}

function fillList(list, dim, values, state, toggle, limit) {
  const selected = state.filters[dim];
  const listed = new Set(values.map((v) => String(v.value)));
  const missing = selected.filter((v) => !listed.has(v)).map((value) => ({ value, count: null }));
  const shown = [...missing, ...values.slice(0, limit)];
  if (shown.length === 0) {
    replaceChildren(list, el('li', { class: 'muted small' }, '（无）'));
    return;
  }
  replaceChildren(list, shown.map(({ value, count }) => {
    const text = String(value);
    return el('li', { 'data-value': text },
      el('label', { class: 'facet-value' },
        el('input', {
          type: 'checkbox', checked: selected.includes(text), 'data-focus-key': `facet:${dim}:${text}`,
          onchange: () => toggle(dim, text),
        }),
        el('span', { class: 'facet-name' }, text),
        count === null ? null : el('span', { class: 'count' }, String(count), el('span', { class: 'visually-hidden' }, ' 条'))));
  }));
}

function filterBox(dim, state, values, show) {
  const label = `在${DIMENSION_LABELS[dim]}中查找`;
  let timer;
  return el('input', {
    type: 'search', class: 'facet-filter', placeholder: dim === 'unit' ? '查找单位…' : '查找领导…',
    'aria-label': label, value: filterText[dim] || '', 'data-focus-key': `filter:${dim}`,
    oninput: (event) => {
      clearTimeout(timer);
      const typed = event.target.value.trim();
      filterText[dim] = typed;
      timer = setTimeout(() => (typed ? lookUp(dim, typed, state, show) : show(values, limitFor(dim))), 200);
    },
  });
}

async function lookUp(dim, prefix, state, show) {
  const params = queryParams(state);
  params.set('prefix', prefix);
  try {
    const body = await getJson(`api/facets/${dim}`, params, `facet-${dim}`);
    show(listOf(body, 'values', dim), Infinity);
  } catch (error) {
    if (error.name !== 'AbortError') show([], Infinity);
  }
}

function moreButton(dim, values, show) {
  const label = () => (expanded.has(dim) ? '收起' : `显示全部 ${values.length} 项`);
  const button = el('button', { type: 'button', class: 'link-button more', 'aria-expanded': String(expanded.has(dim)) }, label());
  button.addEventListener('click', () => {
    if (expanded.has(dim)) expanded.delete(dim); else expanded.add(dim);
    button.setAttribute('aria-expanded', String(expanded.has(dim)));
    button.textContent = label();
    show(values, limitFor(dim));
  });
  return button;
}
