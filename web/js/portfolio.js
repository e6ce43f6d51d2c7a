// The portfolio of one leader or unit: every row naming them, across documents and counties,
// grouped by document and laid out for printing (what a supervision office hands round).
import { el, replaceChildren } from './dom.js';
import { exportUrl, getJson } from './api.js';
import { queryParams } from './state.js';
import { unitsWithLeaders } from './rows.js';

const PAGE = 100;
const MAX_PAGES = 50;

/** Loads every matching row (document order, 100 a request) and renders the portfolio. */
export async function renderPortfolio(container, state, subject, links) {
  const heading = el('h1', { id: 'portfolio-title', tabindex: '-1' }, subject.value);
  const progress = el('p', { class: 'muted', role: 'status' }, '正在加载…');
  replaceChildren(container, portfolioHeader(state, subject, heading, links), progress);
  let total = 0;
  const rows = await loadAll(state, (loaded, all) => {
    total = all;
    progress.textContent = `正在加载 ${loaded} / ${all} 项…`;
  });
  const groups = groupByDocument(rows);
  const regions = new Set(rows.map((r) => r.region));
  progress.textContent = rows.length
    ? `共 ${rows.length} 项任务（${roleSummary(rows, subject)}），涉及 ${groups.length} 份文件、${regions.size} 个县市。`
    : `没有找到「${subject.value}」名下的任务。`;
  if (rows.length < total) {
    container.append(el('p', { class: 'portfolio-cut' }, `清单过长，只列出前 ${rows.length} 项（共 ${total} 项）；完整名单请导出 Excel (CSV)。`));
  }
  container.append(...groups.map((group) => documentSection(group, subject, links)));
  return rows.length;
}

function roleSummary(rows, subject) {
  const counts = new Map();
  for (const row of rows) {
    for (const role of rolesOf(row, subject).map((r) => r.replace(/（.*）$/, ''))) {
      counts.set(role, (counts.get(role) || 0) + 1);
    }
  }
  return [...counts].map(([role, n]) => `${role} ${n} 项`).join('，') || '角色未注明';
}

function portfolioHeader(state, subject, heading, links) {
  const kicker = subject.dim === 'leader' ? '领导任务清单' : '单位任务清单';
  return el('header', { class: 'portfolio-head' },
    el('p', { class: 'kicker' }, kicker),
    heading,
    el('p', { class: 'portfolio-actions no-print' },
      el('button', { type: 'button', class: 'button', onclick: () => window.print() }, '打印清单'),
      el('a', { class: 'button button-secondary', href: exportUrl(queryParams({ ...state, sort: 'doc' })), download: '' }, '导出 Excel (CSV)'),
      links.back('返回搜索结果')));
}

async function loadAll(state, onProgress) {
  const rows = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const params = queryParams(state);
    params.set('sort', 'doc');
    params.set('size', String(PAGE));
    params.set('page', String(page));
    const result = await getJson('api/search', params, 'portfolio');
    rows.push(...result.hits);
    onProgress(rows.length, result.total);
    if (rows.length >= result.total || result.hits.length === 0) break;
  }
  return rows;
}

function groupByDocument(rows) {
  const groups = new Map();
  for (const row of rows) {
    const key = `${row.region}\u0000${row.source}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(row);
  }
  return [...groups.values()];
}

function documentSection(rows, subject, links) {
  const first = rows[0];
  return el('section', { class: 'doc-group' },
    el('h2', {}, first.docTitle || first.source),
    el('p', { class: 'doc-meta' },
      el('span', { class: 'tag tag-region' }, first.region),
      el('span', { class: 'tag tag-kind' }, first.kind),
      [first.docNo, first.docDate, `${rows.length} 项`].filter(Boolean).join(' · ')),
    el('table', { class: 'portfolio-table' },
      el('thead', {}, el('tr', {},
        ['序号', '目标任务', '在本任务中', '责任单位（责任领导）', '分管领导'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows.map((row, i) => portfolioRow(row, subject, links, sectionChanged(rows, i))))));
}

/** The section path is printed only where it changes, so a block of rows reads like the source table. */
function sectionChanged(rows, i) {
  const path = (row) => (row.section || []).join(' › ');
  return path(rows[i]) !== '' && (i === 0 || path(rows[i]) !== path(rows[i - 1]));
}

function portfolioRow(row, subject, links, showSection) {
  const { lead, support } = unitsWithLeaders(row);
  const unitCell = (pairs) => pairs.map(({ unit, leaders }) => el('li', {},
    links.filter('unit', unit), leaders.length ? ['（', leaders.join('、'), '）'] : null));
  return el('tr', {},
    el('td', { class: 'col-seq', 'data-label': '序号' }, row.seq || ''),
    el('td', { class: 'col-task', 'data-label': '目标任务' },
      showSection ? el('p', { class: 'section-path' }, row.section.join(' › ')) : null,
      row.task),
    el('td', { class: 'col-role', 'data-label': '在本任务中' }, rolesOf(row, subject).join('；') || '—'),
    el('td', { 'data-label': '责任单位' },
      el('ul', { class: 'plain' }, unitCell(lead)),
      support.length ? el('p', { class: 'muted small' }, '协办：', support.map((s) => s.unit).join('、')) : null),
    el('td', { 'data-label': '分管领导' }, (row.overseers || []).join('、')));
}

/** How the subject is named on a row: 责任领导 of which unit, 分管领导, 责任单位 or 协办单位. */
function rolesOf(row, subject) {
  const same = (a) => (a || '').replace(/\s+/g, '') === subject.value.replace(/\s+/g, '');
  if (subject.dim === 'leader') {
    return [
      ...(row.leaders || []).filter((l) => same(l.name)).map((l) => `责任领导（${l.unit || '单位未注明'}）`),
      ...((row.overseers || []).some(same) ? ['分管领导'] : []),
    ];
  }
  return [
    ...((row.leadUnits || []).some(same) ? ['责任单位'] : []),
    ...((row.supportUnits || []).some(same) ? ['协办单位'] : []),
  ];
}
