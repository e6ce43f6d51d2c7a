/*
 * <fenjie-search>: the embeddable fenjie search box. Any site adds two lines:
 *   <script src="https://HOST/widget.js" defer></script>
 *   <fenjie-search region="晋江市" placeholder="搜索政府工作任务"></fenjie-search>
 * Attributes: region, unit, leader, kind, year (preset filters; several values separated by
 * commas), q (initial query), count (results shown, 1-20, default 5), api (fenjie base URL;
 * default: where this script was loaded from), theme (a CSS colour), placeholder.
 * Everything lives in a shadow root: the host page's CSS does not reach in (inherited styles are
 * reset on the inner box, which even a host rule with !important on the element cannot reach)
 * and the widget's CSS does not reach out. Row text is only ever set as text;
 * the server's highlight is rebuilt from its <mark> tags, never parsed into the live page.
 */
(() => {
  'use strict';
  const loadedFrom = document.currentScript && document.currentScript.src
    ? new URL('./', document.currentScript.src).href : new URL('./', location.href).href;
  const FILTERS = ['region', 'unit', 'leader', 'kind', 'year'];

  const STYLES = `
:host { all: initial; display: block; contain: content; }
:host([hidden]) { display: none; }
.box { all: initial; display: block; --accent: #1f4e8c; font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", system-ui, sans-serif; font-size: 15px; line-height: 1.6; color: #1c2633; text-align: left; background: #fff; border: 1px solid #d8dee6; border-radius: 8px; padding: 14px; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
form { display: flex; gap: 8px; margin: 0; }
input { flex: 1; min-width: 0; height: 40px; padding: 0 12px; border: 1px solid #c5cdd8; border-radius: 6px; font: inherit; color: inherit; background: #fff; }
input:focus { outline: 2px solid var(--accent); outline-offset: 1px; border-color: var(--accent); }
button { height: 40px; padding: 0 16px; border: 0; border-radius: 6px; background: var(--accent); color: #fff; font: inherit; cursor: pointer; }
button:focus-visible, a:focus-visible { outline: 3px solid #f0b429; outline-offset: 2px; }
.status { margin: 10px 0 0; font-size: 13px; color: #5a6574; min-height: 1.6em; }
ol { list-style: none; margin: 6px 0 0; padding: 0; }
li { border-top: 1px solid #e9edf2; }
li a { display: block; padding: 10px 2px; color: inherit; text-decoration: none; }
li a:hover .task { color: var(--accent); }
.task { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; line-clamp: 3; overflow: hidden; overflow-wrap: anywhere; }
.meta { display: block; margin-top: 2px; font-size: 12px; color: #5a6574; }
.region { display: inline-block; margin-right: 6px; padding: 0 6px; border-radius: 3px; background: var(--accent); color: #fff; }
mark { background: #fff0b3; color: inherit; padding: 0 1px; border-radius: 2px; }
.foot { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline; gap: 4px 12px; margin-top: 8px; font-size: 13px; }
.more { color: var(--accent); }
.brand { margin-left: auto; font-size: 12px; color: #8a94a3; text-decoration: none; }
.error { color: #b42318; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
  let sharedSheet = null;

  function styleInto(root) {
    if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
      if (!sharedSheet) { sharedSheet = new CSSStyleSheet(); sharedSheet.replaceSync(STYLES); }
      root.adoptedStyleSheets = [sharedSheet];
    } else {
      const style = document.createElement('style');
      style.textContent = STYLES;
      root.append(style);
    }
  }

  function make(tag, props, ...children) {
    const node = document.createElement(tag);
    Object.assign(node, props || {});
    node.append(...children.filter((c) => c !== null && c !== undefined));
    return node;
  }

  /** Characters kept before the first match: the three clamped lines must show the match. */
  const LEAD_IN = 20;

  /** Highlight "a<mark>b</mark>c" as text nodes and <mark> elements; entities decoded as text. */
  function marked(html) {
    const out = document.createDocumentFragment();
    let inMark = false;
    let seenMark = !String(html || '').includes('<mark>'); // nothing to bring into view
    for (const part of String(html || '').split(/(<\/?mark>)/)) {
      if (part === '<mark>' || part === '</mark>') { inMark = part === '<mark>'; seenMark = true; continue; }
      if (!part) continue;
      let plain = new DOMParser().parseFromString(part, 'text/html').documentElement.textContent;
      // A long paragraph whose match comes late would have it cut off by the line clamp.
      if (!seenMark && !inMark && plain.length > LEAD_IN + 4) plain = `…${plain.slice(-LEAD_IN)}`;
      const text = document.createTextNode(plain);
      out.append(inMark ? make('mark', {}, text) : text);
    }
    return out;
  }

  class FenjieSearch extends HTMLElement {
    static get observedAttributes() {
      return ['q', 'count', 'theme', 'api', ...FILTERS];
    }

    constructor() {
      super();
      this.attachShadow({ mode: 'open' });
      this.timer = 0;
      this.controller = null;
    }

    connectedCallback() {
      if (this.box) return;
      styleInto(this.shadowRoot);
      const label = this.getAttribute('placeholder') || '搜索政府工作任务';
      this.input = make('input', { type: 'search', id: 'q', placeholder: label, autocomplete: 'off', maxLength: 200 });
      this.input.setAttribute('aria-label', label);
      this.status = make('p', { className: 'status' });
      this.status.setAttribute('role', 'status');
      this.list = make('ol', {});
      this.more = make('a', { className: 'more', target: '_blank', rel: 'noopener', hidden: true });
      const form = make('form', {}, this.input, make('button', { type: 'submit' }, '搜索'));
      form.setAttribute('role', 'search');
      form.addEventListener('submit', (event) => { event.preventDefault(); this.search(this.input.value); });
      this.input.addEventListener('input', () => {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.search(this.input.value), 300);
      });
      const brand = make('a', { className: 'brand', href: this.pageUrl(''), target: '_blank', rel: 'noopener' }, '分解 · 政府工作任务检索');
      this.box = make('div', { className: 'box' }, form, this.status, this.list, make('div', { className: 'foot' }, this.more, brand));
      this.applyTheme();
      this.shadowRoot.append(this.box);
      const initial = this.getAttribute('q') || '';
      this.input.value = initial;
      if (initial) this.search(initial); else this.status.textContent = this.hint();
    }

    /** Pages that change the attributes later (single-page sites) see the widget follow. */
    attributeChangedCallback(name, before, after) {
      if (!this.box || before === after) return;
      if (name === 'theme') { this.applyTheme(); return; }
      if (name === 'q') this.input.value = after || '';
      this.search(this.input.value);
    }

    applyTheme() {
      const theme = this.getAttribute('theme');
      if (theme && isColor(theme)) this.box.style.setProperty('--accent', theme);
    }

    get apiBase() {
      const api = this.getAttribute('api');
      if (!api) return loadedFrom;
      try { return new URL(api.endsWith('/') ? api : `${api}/`, location.href).href; } catch (e) { return loadedFrom; }
    }

    get count() {
      const n = Number.parseInt(this.getAttribute('count') || '5', 10);
      return Number.isFinite(n) ? Math.min(20, Math.max(1, n)) : 5;
    }

    hint() {
      const region = this.getAttribute('region');
      return region ? `输入关键词，检索${region}的政府工作任务` : '输入关键词，检索各地政府工作任务';
    }

    params(q) {
      const params = new URLSearchParams();
      if (q) params.set('q', q);
      for (const dim of FILTERS) {
        for (const value of (this.getAttribute(dim) || '').split(',')) {
          if (value.trim()) params.append(dim, value.trim());
        }
      }
      return params;
    }

    pageUrl(q) {
      const query = this.params(q).toString();
      return query ? `${this.apiBase}?${query}` : this.apiBase;
    }

    async search(raw) {
      const q = String(raw || '').trim();
      if (this.controller) this.controller.abort();
      if (!q) { this.list.replaceChildren(); this.more.hidden = true; this.status.textContent = this.hint(); return; }
      this.controller = new AbortController();
      const params = this.params(q);
      params.set('size', String(this.count));
      this.status.textContent = '正在检索…';
      this.status.classList.remove('error');
      try {
        const response = await fetch(`${this.apiBase}api/search?${params}`, { signal: this.controller.signal, credentials: 'omit', mode: 'cors' });
        const body = await response.json();
        if (!response.ok) throw new Error(body && body.error ? body.error : `服务器返回 ${response.status}`);
        this.show(q, body);
      } catch (error) {
        if (error.name === 'AbortError') return;
        this.list.replaceChildren();
        this.more.hidden = true;
        this.status.classList.add('error');
        this.status.textContent = error instanceof TypeError ? '暂时无法连接检索服务，请稍后再试。' : `检索失败：${error.message}`;
      }
    }

    show(q, body) {
      const hits = body.hits || [];
      this.status.textContent = body.total ? `共 ${body.total} 条相关任务` : `没有找到与“${q}”相关的任务，换个关键词试试。`;
      const link = this.pageUrl(q);
      this.list.replaceChildren(...hits.map((hit) => make('li', {}, make('a', { href: link, target: '_blank', rel: 'noopener' },
        make('span', { className: 'task' }, hit.highlight && hit.highlight.task ? marked(hit.highlight.task) : hit.task),
        make('span', { className: 'meta' },
          make('span', { className: 'region' }, hit.region),
          [String(hit.year || ''), hit.docNo, (hit.leadUnits || []).join('、')].filter(Boolean).join(' · '))))));
      this.more.hidden = !(body.total > hits.length);
      this.more.href = link;
      this.more.textContent = `查看全部 ${body.total} 条结果 →`;
    }
  }

  function isColor(value) {
    return typeof CSS !== 'undefined' && CSS.supports && CSS.supports('color', value);
  }

  if (!customElements.get('fenjie-search')) customElements.define('fenjie-search', FenjieSearch);
})();
