import { t } from './i18n.js';

/** An element with attributes (on* as listeners) and children (strings become text: never HTML). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null) element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** A label that follows the language switch. */
export function label(key, ...args) {
  return h('span', { 'data-i18n': key, 'data-i18n-args': args.length ? JSON.stringify(args) : null }, t(key, ...args));
}

/** Shows a message in place of the element's content, as an error if asked. */
export function message(element, text, isError) {
  element.replaceChildren(text ? h('div', { class: isError ? 'message error' : 'message' }, text) : '');
}
