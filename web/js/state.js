// The whole page state lives in the URL query string, so a search can be bookmarked, shared,
// reloaded and undone with the back button. Format (see docs/web.md):
//   ?q=海外仓&region=晋江市&unit=商务局&unit=工信局&page=2&sort=doc&view=portfolio

export const DIMENSIONS = ['region', 'year', 'kind', 'unit', 'leader'];
export const DIMENSION_LABELS = {
  region: '地区', year: '年份', kind: '文件类型', unit: '责任单位', leader: '领导',
};
export const PAGE_SIZE = 20;

/** A fresh state object with nothing selected. */
export function emptyState() {
  return { q: '', filters: Object.fromEntries(DIMENSIONS.map((d) => [d, []])), page: 1, sort: 'relevance', view: 'search' };
}

/** Reads the state from a query string (location.search). Unknown parameters are ignored. */
export function parseState(search) {
  const params = new URLSearchParams(search);
  const state = emptyState();
  state.q = (params.get('q') || '').trim();
  for (const dim of DIMENSIONS) {
    state.filters[dim] = unique(params.getAll(dim).map((v) => v.trim()).filter(Boolean));
  }
  const page = Number.parseInt(params.get('page') || '1', 10);
  state.page = Number.isFinite(page) && page > 0 ? page : 1;
  state.sort = params.get('sort') === 'doc' ? 'doc' : 'relevance';
  state.view = params.get('view') === 'portfolio' ? 'portfolio' : 'search';
  return state;
}

/** The API parameters for a state: q and the filters (what search, facets and export share). */
export function queryParams(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const dim of DIMENSIONS) {
    for (const value of state.filters[dim]) params.append(dim, value);
  }
  return params;
}

/** The page URL's query string for a state, leaving out defaults so URLs stay short. */
export function stateToSearch(state) {
  const params = queryParams(state);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.sort === 'doc') params.set('sort', 'doc');
  if (state.view === 'portfolio') params.set('view', 'portfolio');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A copy of the state with one change applied; the page goes back to 1 unless the change sets it. */
export function withChange(state, change) {
  const next = structuredClone(state);
  next.page = 1;
  change(next);
  return next;
}

/** Toggles one facet value. */
export function toggleFilter(state, dim, value) {
  return withChange(state, (s) => {
    const values = s.filters[dim];
    const at = values.indexOf(value);
    if (at >= 0) values.splice(at, 1); else values.push(value);
  });
}

/** True when any facet value is selected. */
export function hasFilters(state) {
  return DIMENSIONS.some((d) => state.filters[d].length > 0);
}

/** The one leader or unit a portfolio is about, or null when the state does not name exactly one. */
export function portfolioSubject(state) {
  const leaders = state.filters.leader;
  const units = state.filters.unit;
  if (leaders.length === 1 && units.length === 0) return { dim: 'leader', value: leaders[0] };
  if (units.length === 1 && leaders.length === 0) return { dim: 'unit', value: units[0] };
  return null;
}

function unique(values) {
  return [...new Set(values)];
}
