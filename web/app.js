// The search page controller: reads the state from the URL, asks the API, renders. Every user
// action becomes a new URL (history.pushState), so back, reload, bookmarks and sharing all work.
import { el, replaceChildren } from './js/dom.js';
import { exportUrl, getJson } from './js/api.js';
import {
  DIMENSIONS, DIMENSION_LABELS, PAGE_SIZE, hasFilters, parseState, portfolioSubject, queryParams,
  stateToSearch, toggleFilter, withChange,
} from './js/state.js';
import { renderFacets } from './js/facets.js';
import { emptyState, errorState, hitCard, pager, plainClick, skeleton } from './js/results.js';
import { attachSuggest } from './js/suggest.js';
import { renderPortfolio } from './js/portfolio.js';

const $ = (id) => document.getElementById(id);
let state = parseState(location.search);

/** Moves to a new state: a new history entry, then a render. */
function go(next, { focus } = {}) {
  state = next;
  history.pushState(null, '', stateToSearch(next) || location.pathname);
  render({ focus });
}

function href(next) {
  return stateToSearch(next) || './';
}

/** A link to another state that the page handles itself on a plain click. */
function stateLink(next, label, attrs = {}) {
  return el('a', {
    href: href(next), ...attrs,
    onclick: (event) => { if (plainClick(event)) { event.preventDefault(); go(next); } },
  }, label);
}

/** A unit or leader name that filters by it (or shows it as selected). */
function filterLink(dim, value, label = value) {
  const selected = state.filters[dim].includes(value);
  return stateLink(selected ? state : withChange(state, (s) => { s.filters[dim].push(value); s.view = 'search'; }), label, {
    class: `name-link name-${dim}${selected ? ' selected' : ''}`,
    title: selected ? `已按「${value}」筛选` : `只看「${value}」的任务`,
  });
}

function render({ focus } = {}) {
  $('q').value = state.q;
  $('sort').value = state.sort;
  const subject = portfolioSubject(state);
  const portfolio = state.view === 'portfolio' && subject;
  $('search-view').hidden = Boolean(portfolio);
  $('portfolio-view').hidden = !portfolio;
  if (portfolio) showPortfolio(subject, focus);
  else showSearch(focus);
}

async function showPortfolio(subject, focus) {
  document.title = `${subject.value} · 任务清单 · 分解`;
  const view = $('portfolio-view');
  const links = {
    filter: (dim, value) => filterLink(dim, value),
    back: (label) => stateLink(withChange(state, (s) => { s.view = 'search'; }), label, { class: 'button button-secondary' }),
  };
  try {
    await renderPortfolio(view, state, subject, links);
    if (focus) $('portfolio-title').focus();
  } catch (error) {
    if (error.name !== 'AbortError') view.append(errorState(error, () => render()));
  }
}

async function showSearch(focus) {
  document.title = state.q ? `${state.q} · 分解` : '分解 · 政府工作任务检索';
  const results = $('results');
  results.setAttribute('aria-busy', 'true');
  if (!results.querySelector('.hit:not(.skeleton)')) replaceChildren(results, skeleton());
  renderChips();
  $('export-link').href = exportUrl(queryParams(state));
  const params = queryParams(state);
  params.set('page', String(state.page));
  params.set('size', String(PAGE_SIZE));
  params.set('sort', state.sort);
  try {
    const result = await getJson('api/search', params, 'search');
    showResult(result);
    if (focus) $('main').focus();
  } catch (error) {
    if (error.name === 'AbortError') return;
    $('summary').textContent = '查询失败';
    replaceChildren(results, errorState(error, () => render()));
    replaceChildren($('pager'));
  } finally {
    results.setAttribute('aria-busy', 'false');
  }
}

function showResult(result) {
  const seconds = (result.tookMs ?? 0) < 1000 ? `${result.tookMs ?? 0} 毫秒` : `${(result.tookMs / 1000).toFixed(1)} 秒`;
  $('summary').textContent = `共 ${result.total} 条结果 · 用时 ${seconds}`;
  keepingFocus($('facets'), () => {
    renderFacets($('facets'), result.facets, state, (dim, value) => go(toggleFilter(state, dim, value)));
    $('facets').append(el('button', { type: 'button', class: 'button facet-done', onclick: () => showFacetPanel(false) },
      `完成，查看 ${result.total} 条结果`));
  });
  const hits = result.hits || [];
  // The banner and glossary go inside #results so that they arrive with the hits, in one swap,
  // instead of pushing the list down after it has been drawn.
  // Later tiers (match other than "all": most words, related, semantic) come under a quiet divider.
  const cards = hits.flatMap((hit, i) => (hit.match && hit.match !== 'all' && (i === 0 || hits[i - 1].match === 'all')
    ? [el('p', { class: 'related-divider', role: 'separator' }, '以下为相关结果'), hitCard(hit, filterLink)]
    : [hitCard(hit, filterLink)]));
  const didYouMean = result.didYouMean ? el('p', { class: 'did-you-mean' }, '您是不是要找：',
    stateLink(withChange(state, (s) => { s.q = result.didYouMean; s.page = 1; }), result.didYouMean)) : null;
  replaceChildren($('results'), portfolioBanner(), didYouMean, glossaryBox(result.glossary || []),
    hits.length ? cards
      : emptyState(hasFilters(state), clearAll, (word) => stateLink(withChange(state, (s) => { s.q = word; }), word, { class: 'example-link' })));
  const listed = result.total + (result.relatedTotal || 0); // the page never asks related=1
  replaceChildren($('pager'), pager(listed, state.page, PAGE_SIZE,
    (page) => href(withChange(state, (s) => { s.page = page; })),
    (page) => go(withChange(state, (s) => { s.page = page; }), { focus: true })));
}

/** Re-renders part of the page and puts keyboard focus back on the same control. */
function keepingFocus(container, renderPart) {
  const key = container.contains(document.activeElement) && document.activeElement.getAttribute('data-focus-key');
  renderPart();
  if (key) {
    const again = [...container.querySelectorAll('[data-focus-key]')].find((n) => n.getAttribute('data-focus-key') === key);
    if (again) again.focus();
  }
}

function renderChips() {
  const chips = DIMENSIONS.flatMap((dim) => state.filters[dim].map((value) => el('button', {
    type: 'button', class: 'chip', 'aria-label': `移除筛选：${DIMENSION_LABELS[dim]} ${value}`,
    onclick: () => go(toggleFilter(state, dim, value)),
  }, el('span', { class: 'chip-dim' }, DIMENSION_LABELS[dim]), el('span', { class: 'chip-value' }, value),
  el('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×'))));
  const any = chips.length > 0 || state.q;
  replaceChildren($('chips'), chips, any ? el('button', { type: 'button', class: 'link-button clear-all', onclick: clearAll }, '清除全部') : null);
}

function clearAll() {
  go(withChange(state, (s) => { s.q = ''; DIMENSIONS.forEach((d) => { s.filters[d] = []; }); }));
}

function portfolioBanner() {
  const subject = portfolioSubject(state);
  if (!subject) return null;
  const only = withChange(state, (s) => {
    s.q = '';
    DIMENSIONS.forEach((d) => { s.filters[d] = d === subject.dim ? [subject.value] : []; });
    s.view = 'portfolio';
    s.sort = 'doc';
  });
  const what = subject.dim === 'leader' ? '领导' : '单位';
  return el('p', { class: 'portfolio-banner' },
    stateLink(only, `查看${what}「${subject.value}」的完整任务清单`, { class: 'portfolio-open' }),
    el('span', { class: 'muted' }, '（跨文件、跨县市，按文件分组，可打印）'));
}

function glossaryBox(entries) {
  if (entries.length === 0) return null;
  return el('aside', { class: 'glossary', 'aria-labelledby': 'glossary-title' },
    el('h2', { id: 'glossary-title' }, '名词解释'),
    el('dl', {}, entries.map((g) => [
      el('dt', {}, g.term),
      el('dd', {}, g.explanation, el('span', { class: 'muted small' }, `（${[g.region, '政府工作报告附注'].filter(Boolean).join(' · ')}）`)),
    ])));
}

function onSubmit(event) {
  event.preventDefault();
  suggest.close();
  go(withChange(state, (s) => { s.q = $('q').value.trim(); s.view = 'search'; }));
}

/** A leader or unit becomes a filter, a phrase completes the word being typed; earlier words stay. */
function onPick(suggestion, before = '') {
  if (suggestion.type === 'leader' || suggestion.type === 'unit') {
    const dim = suggestion.type;
    go(withChange(state, (s) => {
      s.q = before;
      if (!s.filters[dim].includes(suggestion.text)) s.filters[dim].push(suggestion.text);
      s.view = 'search';
    }));
  } else {
    go(withChange(state, (s) => { s.q = before ? `${before} ${suggestion.text}` : suggestion.text; s.view = 'search'; }));
  }
}

const suggest = attachSuggest($('q'), $('suggest-list'), $('suggest-status'), onPick);
$('search-form').addEventListener('submit', onSubmit);
$('sort').addEventListener('change', (event) => go(withChange(state, (s) => { s.sort = event.target.value; })));
/** On narrow screens the facets open as a full-screen panel over the results. */
function showFacetPanel(open) {
  document.body.classList.toggle('facets-open', open);
  $('facet-toggle').setAttribute('aria-expanded', String(open));
  if (open) $('facets').querySelector('input, button')?.focus();
  else $('facet-toggle').focus();
}

$('facet-toggle').addEventListener('click', () => showFacetPanel(!document.body.classList.contains('facets-open')));
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && document.body.classList.contains('facets-open')) showFacetPanel(false);
});
window.addEventListener('popstate', () => {
  state = parseState(location.search);
  render();
});
render();
