// Small DOM and fetch helpers shared by the page's modules.
//
// Security: article text, titles, outlet names, actors and notes are hostile input. They reach the
// DOM only as text nodes (textContent / createTextNode) or as elements built one by one, never as
// HTML strings. The server's Content-Security-Policy forbids inline scripts and styles.

export const $ = (id) => document.getElementById(id);

// Build an element; `text` becomes its text node, children are elements or strings (as text).
export function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key === 'class') node.className = value;
    else node.setAttribute(key, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

export function svg(tag, attrs) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
  return node;
}

export function notice(message) {
  const box = $('notice');
  const lines = box.textContent ? box.textContent.split('\n') : [];
  if (!lines.includes(message)) lines.push(message);
  box.textContent = lines.join('\n');
  box.hidden = false;
}

export async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url.split('?')[0]} answered HTTP ${response.status}`);
  return response.json();
}

// A value for reading: '—' when there is none.
export const show = (value) => (value === null || value === undefined || value === '' ? '—' : String(value));
