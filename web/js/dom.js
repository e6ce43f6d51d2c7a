// Building DOM without markup strings: every piece of row text goes through textContent.
// The one exception, the server's highlight, is re-built node by node so only text and <mark> survive.

/** el('a', {href: '…', class: 'x', onclick: fn}, child, 'text', …) → element. */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      node.className = value;
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

/** Appends strings (as text), nodes and arrays of either; skips null and false. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces all children of a node. */
export function replaceChildren(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/**
 * The server's highlight ("…<mark>海外仓</mark>…", escaped by the server) as a fragment holding only
 * text nodes and <mark> elements. DOMParser builds an inert document (no scripts run, no images
 * load), and anything other than text or <mark> is flattened to its text, so even a faulty server
 * cannot inject markup here.
 */
export function highlightFragment(html) {
  const parsed = new DOMParser().parseFromString(`<body>${html ?? ''}</body>`, 'text/html');
  const out = document.createDocumentFragment();
  copySafe(parsed.body, out);
  return out;
}

function copySafe(from, into) {
  for (const node of from.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      into.append(document.createTextNode(node.data));
    } else if (node.nodeType === Node.ELEMENT_NODE && node.localName === 'mark') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      into.append(mark);
    } else if (node.nodeType === Node.ELEMENT_NODE && !['script', 'style'].includes(node.localName)) {
      copySafe(node, into);
    }
  }
}
