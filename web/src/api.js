// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
// The JSON API of `parley serve` (docs/server.md).

export const FILTER_KEYS = ['actor', 'dyad', 'source', 'target', 'code', 'root', 'quad', 'plover', 'from', 'to',
  'lang', 'location', 'q'];

export function query(filters, extra = {}) {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (filters[k]) p.set(k, filters[k]);
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== '') p.set(k, v);
  return p.toString();
}

export async function get(path, params = '') {
  const res = await fetch(`/api/${path}${params ? '?' + params : ''}`);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || `HTTP ${res.status}`);
  return body;
}

// Text segments ({text, role}) as DOM nodes, roles as <mark class=role>.
export function segmentsNode(segments, onEvidence) {
  const frag = document.createDocumentFragment();
  for (const s of segments) {
    if (!s.role) { frag.appendChild(document.createTextNode(s.text)); continue; }
    const m = document.createElement('mark');
    m.className = s.role;
    m.textContent = s.text;
    if (s.event) {
      m.dataset.event = s.event;
      if (onEvidence) { m.style.cursor = 'pointer'; m.onclick = () => onEvidence(s.event); }
    }
    frag.appendChild(m);
  }
  return frag;
}

export const QUAD_NAMES = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
export const QUAD_COLORS = ['#1a9850', '#91cf60', '#fc8d59', '#d73027'];
