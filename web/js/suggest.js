// Suggestions under the search box, as an ARIA combobox: typing asks /api/suggest, the arrow keys
// move through the options, Enter picks one, Escape closes the list.
import { el, replaceChildren } from './dom.js';
import { getJson, listOf } from './api.js';

const TYPE_LABELS = { leader: '领导', unit: '单位', phrase: '词语' };

/**
 * The words typed before the last one, and the last one: suggestions complete the word being
 * typed (乡村振兴 养 → 养老服务) and keep the words before it. A last word that is a phrase in
 * quotes or an exclusion (-词) gets no suggestions.
 */
export function splitLastWord(text) {
  const at = text.search(/\S+$/);
  if (at < 0) return { before: '', word: '' };
  const before = text.slice(0, at).trim();
  const word = text.slice(at);
  const insideQuotes = (before.match(/["“”]/g) || []).length % 2 === 1;
  return { before, word: insideQuotes || /^[-"“”]/.test(word) ? '' : word };
}

/**
 * Wires the combobox; `pick(suggestion, before)` is called with {text, type} when the user chooses
 * one, and the words typed before the completed one.
 */
export function attachSuggest(input, listbox, status, pick) {
  let options = [];
  let active = -1;
  let timer;
  let generation = 0; // bumped on close, so an answer still on its way is dropped

  const close = () => {
    clearTimeout(timer);
    generation += 1;
    options = [];
    active = -1;
    listbox.hidden = true;
    replaceChildren(listbox);
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const highlight = (index) => {
    active = index;
    [...listbox.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `suggest-${index}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const choose = (index) => {
    const chosen = options[index];
    close();
    if (chosen) pick(chosen, splitLastWord(input.value.trim()).before);
  };

  const show = (suggestions) => {
    options = suggestions;
    active = -1;
    replaceChildren(listbox, suggestions.map((s, i) => el('li', {
      id: `suggest-${i}`, role: 'option', 'aria-selected': 'false', class: `suggestion type-${s.type}`,
      onmousedown: (event) => { event.preventDefault(); choose(i); },
    }, el('span', { class: 'suggestion-text' }, s.text),
    el('span', { class: 'suggestion-type' }, TYPE_LABELS[s.type] || s.type))));
    listbox.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', String(suggestions.length > 0));
    status.textContent = suggestions.length ? `${suggestions.length} 条建议，可用上下方向键选择` : '';
  };

  const fetchSuggestions = async (text) => {
    const asked = generation;
    const { word } = splitLastWord(text);
    if (!word) { close(); return; }
    try {
      const body = await getJson('api/suggest', new URLSearchParams({ q: word }), 'suggest');
      const current = asked === generation && input.value.trim() === text && document.activeElement === input;
      if (current) show(listOf(body, 'items', 'suggestions'));
    } catch (error) {
      if (error.name !== 'AbortError') close();
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    generation += 1;
    const text = input.value.trim();
    if (!text) { close(); return; }
    timer = setTimeout(() => fetchSuggestions(text), 120);
  });

  input.addEventListener('keydown', (event) => {
    const open = !listbox.hidden && options.length > 0;
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      highlight((active + 1) % options.length);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      highlight(active <= 0 ? options.length - 1 : active - 1);
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      close();
    }
  });

  input.addEventListener('blur', () => setTimeout(close, 100));
  return { close };
}
