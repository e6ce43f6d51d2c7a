// The result list: one card per hit, similar tasks on demand, pager, and the empty,
// loading and error states.
import { el, highlightFragment, replaceChildren } from './dom.js';
import { getJson } from './api.js';
import { documentLine, peopleBlock, rowTags, sectionPath } from './rows.js';

/** One result card. `link(dim, value, label)` builds a filter link for a unit or leader. */
export function hitCard(hit, link) {
  const headingId = `hit-${hit.id}`;
  const task = el('p', { class: 'task', id: headingId });
  task.append(hit.highlight && hit.highlight.task ? highlightFragment(hit.highlight.task) : document.createTextNode(hit.task));
  const similar = el('div', { class: 'similar', hidden: true });
  return el('article', { class: 'hit', 'aria-labelledby': headingId },
    rowTags(hit),
    sectionPath(hit),
    task,
    peopleBlock(hit, link),
    el('div', { class: 'hit-foot' },
      documentLine(hit),
      similarToggle(hit, similar)),
    similar);
}

function similarToggle(hit, panel) {
  const button = el('button', {
    type: 'button', class: 'link-button', 'aria-expanded': 'false', 'aria-controls': `similar-${hit.id}`,
  }, '其他县市的类似任务');
  panel.id = `similar-${hit.id}`;
  let loaded = false;
  button.addEventListener('click', async () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
    if (!open || loaded) return;
    loaded = true;
    replaceChildren(panel, el('p', { class: 'muted' }, '正在查找…'));
    try {
      const task = await getJson(`api/tasks/${encodeURIComponent(hit.id)}`);
      replaceChildren(panel, similarList(task.similar || []));
    } catch (error) {
      loaded = false;
      replaceChildren(panel, el('p', { class: 'error-text' }, `未能加载类似任务：${error.message}`));
    }
  });
  return button;
}

function similarList(similar) {
  if (similar.length === 0) return el('p', { class: 'muted' }, '其他县市暂无类似任务。');
  return [
    el('h3', { class: 'similar-title' }, '其他县市的类似任务'),
    el('ul', { class: 'similar-list' }, similar.map((row) => el('li', {},
      el('p', { class: 'tags' },
        el('span', { class: 'tag tag-region' }, row.region),
        el('span', { class: 'tag' }, String(row.year)),
        row.docNo ? el('span', { class: 'docno' }, row.docNo) : null,
        row.seq ? el('span', { class: 'seq' }, `第 ${row.seq} 项`) : null),
      el('p', { class: 'similar-task' }, row.task),
      (row.leadUnits || []).length ? el('p', { class: 'muted' }, `责任单位：${row.leadUnits.join('、')}`) : null))),
  ];
}

/** Grey placeholder cards shown while the first answer loads, the height of real ones. */
export function skeleton(count = 4) {
  return Array.from({ length: count }, () => el('div', { class: 'hit skeleton', 'aria-hidden': 'true' },
    el('span', { class: 'bar short' }), el('span', { class: 'bar' }), el('span', { class: 'bar' }),
    el('span', { class: 'bar mid' })));
}

/** What to show when nothing matches: the reason and ways out. */
export function emptyState(hasFilters, onClear, exampleLink) {
  return el('div', { class: 'state state-empty', role: 'status' },
    el('h2', {}, '没有找到匹配的任务'),
    el('ul', {},
      el('li', {}, '检查关键词是否有错别字，或换一个更短的说法（如“海外仓”而不是“建设海外仓项目”）。'),
      el('li', {}, '多个词之间用空格分开时，每个词都要出现；去掉一个词试试。'),
      hasFilters ? el('li', {}, '已选的筛选条件可能太窄：',
        el('button', { type: 'button', class: 'link-button', onclick: onClear }, '清除全部筛选')) : null),
    el('p', {}, '试试：', ['海外仓', '低效用地', '养老', '工信局'].map((word) => exampleLink(word))));
}

/**
 * The error state; `retry` runs the request again. A refused query (4xx) would only be refused
 * again, so it asks for a change instead of offering a retry.
 */
export function errorState(error, retry) {
  const unreachable = error.status === 0;
  const refused = error.status >= 400 && error.status < 500;
  return el('div', { class: 'state state-error', role: 'alert' },
    el('h2', {}, unreachable ? '无法连接到检索服务' : '查询未能完成'),
    el('p', {}, error.message),
    refused ? el('p', {}, '请修改搜索框中的内容或筛选条件后再搜索。')
      : el('button', { type: 'button', class: 'button', onclick: retry }, '重试'));
}

/** Page links around the current page; `href(page)` and `go(page)` come from the controller. */
export function pager(total, page, size, href, go) {
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages <= 1) return [];
  const link = (target, label, extra = {}) => el('a', {
    href: href(target), class: 'page-link', ...extra,
    onclick: (event) => { if (plainClick(event)) { event.preventDefault(); go(target); } },
  }, label);
  const items = [];
  if (page > 1) items.push(link(page - 1, '上一页', { rel: 'prev' }));
  for (const target of pageWindow(page, pages)) {
    items.push(target === null ? el('span', { class: 'page-gap' }, '…')
      : target === page ? el('span', { class: 'page-link current', 'aria-current': 'page' }, String(target))
        : link(target, String(target), { 'aria-label': `第 ${target} 页` }));
  }
  if (page < pages) items.push(link(page + 1, '下一页', { rel: 'next' }));
  return items;
}

function pageWindow(page, pages) {
  const shown = new Set([1, pages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pages));
  const sorted = [...shown].sort((a, b) => a - b);
  const out = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push(null);
    out.push(p);
  });
  return out;
}

/** A left click without modifier keys: the page handles it; others open a tab as usual. */
export function plainClick(event) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
