// How one task row reads on the page: units with the leader who answers for each, overseers,
// section path and source document. Shared by the result list and the portfolio view.
import { el } from './dom.js';

/**
 * Pairs each unit with the 责任领导 the row names for it. Leaders whose unit is unknown or not
 * among the row's units are returned separately, so nobody is silently dropped.
 */
export function unitsWithLeaders(row) {
  const leaders = row.leaders || [];
  const claimed = new Set();
  const pair = (units) => units.map((unit) => {
    const heads = leaders.filter((l) => l.unit === unit);
    heads.forEach((l) => claimed.add(l));
    return { unit, leaders: heads.map((l) => l.name) };
  });
  const lead = pair(row.leadUnits || []);
  const support = pair(row.supportUnits || []);
  const unpaired = leaders.filter((l) => !claimed.has(l)).map((l) => l.name);
  return { lead, support, unpaired };
}

/** "一、… › (一) …" as an ordered list, or null when the row has no section. */
export function sectionPath(row) {
  const section = row.section || [];
  if (section.length === 0) return null;
  return el('ol', { class: 'crumbs', 'aria-label': '所在章节' }, section.map((s) => el('li', {}, s)));
}

/** Region, year, kind and document number as small labels. */
export function rowTags(row) {
  return el('p', { class: 'tags' },
    el('span', { class: 'tag tag-region' }, row.region),
    el('span', { class: 'tag' }, String(row.year)),
    el('span', { class: 'tag tag-kind' }, row.kind),
    row.docNo ? el('span', { class: 'docno' }, row.docNo) : null,
    row.seq ? el('span', { class: 'seq' }, `第 ${row.seq} 项`) : null);
}

/** The document a row comes from: title and date. */
export function documentLine(row) {
  return el('p', { class: 'doc-line' },
    el('span', { class: 'visually-hidden' }, '来源文件：'),
    row.docTitle || row.source || '',
    row.docDate ? el('time', { datetime: row.docDate }, `（${row.docDate}）`) : null);
}

/**
 * The people block: 责任单位 (each with its 责任领导), 协办单位, other 责任领导, 分管领导.
 * `link(dim, value, label)` makes the element for a name (a filter link on the search page).
 */
export function peopleBlock(row, link) {
  const { lead, support, unpaired } = unitsWithLeaders(row);
  const unitList = (pairs) => pairs.map(({ unit, leaders }) => el('li', { class: 'unit' },
    link('unit', unit, unit),
    leaders.length ? el('span', { class: 'unit-leaders' },
      el('span', { class: 'visually-hidden' }, '，责任领导：'),
      leaders.map((name) => link('leader', name, name))) : null));
  const nameList = (dim, names) => names.map((name) => el('li', {}, link(dim, name, name)));
  const entry = (label, items) => (items.length ? el('div', { class: 'people-row' },
    el('dt', {}, label), el('dd', {}, el('ul', { class: 'names' }, items))) : null);
  return el('dl', { class: 'people' },
    entry('责任单位', unitList(lead)),
    entry('协办单位', unitList(support)),
    entry('责任领导', nameList('leader', unpaired)),
    entry('分管领导', nameList('leader', row.overseers || [])));
}
