// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
// Parley's dashboard: filters in the URL hash, four views over the JSON API,
// and a side panel with an event's sentences or a whole coded document.
import { FILTER_KEYS, get, segmentsNode } from './api.js';
import { createMap } from './map.js';
import { createNetwork } from './network.js';
import { createTable } from './table.js';
import { createTimeline } from './timeline.js';

const form = document.getElementById('filters');
const errorBox = document.getElementById('error');
const detail = document.getElementById('detail');
let view = 'table';

function readHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  const f = {};
  for (const k of FILTER_KEYS) if (p.get(k)) f[k] = p.get(k);
  return { filters: f, view: p.get('view') || 'table' };
}

function writeHash(filters) {
  const p = new URLSearchParams(filters);
  if (view !== 'table') p.set('view', view);
  history.replaceState(null, '', '#' + p.toString());
}

function formFilters() {
  const f = {};
  for (const k of FILTER_KEYS) {
    const v = form.elements[k].value.trim();
    if (v) f[k] = v;
  }
  return f;
}

function fillForm(f) { for (const k of FILTER_KEYS) form.elements[k].value = f[k] || ''; }

function showError(e) {
  errorBox.hidden = !e;
  errorBox.textContent = e ? String(e.message || e) : '';
}

async function openEvent(id) {
  try {
    const data = await get('event', `id=${encodeURIComponent(id)}`);
    const e = data.event;
    detail.hidden = false;
    detail.replaceChildren();
    const h = document.createElement('h2');
    h.textContent = `${e.source || '—'} ${e.code} ${e.target || '—'} · ${e.date ?? 'no date'}`;
    detail.appendChild(h);
    const meta = document.createElement('p');
    meta.className = 'muted';
    meta.textContent = `${e.plover || 'no PLOVER type'} · quad ${e.quad_class} · Goldstein ${e.goldstein} · ` +
      `${e.num_mentions} mentions in ${e.num_articles} articles from ${e.num_sources} sources · ${e.mode}`;
    detail.appendChild(meta);
    for (const m of data.mentions) {
      const div = document.createElement('div');
      div.className = 'mention';
      const p = document.createElement('p');
      p.className = 'sentence';
      p.appendChild(segmentsNode(m.segments));
      div.appendChild(p);
      const a = document.createElement('a');
      a.href = '#';
      a.className = 'doclink';
      a.textContent = `${m.title || m.doc_id} — sentence ${m.sentence} (${m.published || 'no date'}, ${m.lang})`;
      a.onclick = (ev) => { ev.preventDefault(); openDocument(m.doc_id); };
      div.appendChild(a);
      detail.appendChild(div);
    }
  } catch (err) { showError(err); }
}

async function openDocument(docId) {
  try {
    const d = await get('document', `doc=${encodeURIComponent(docId)}`);
    detail.hidden = false;
    detail.replaceChildren();
    const h = document.createElement('h2');
    h.textContent = d.title || d.doc_id;
    detail.appendChild(h);
    const meta = document.createElement('p');
    meta.className = 'muted';
    meta.textContent = `${d.doc_id} · ${d.published || 'no date'} · ${d.lang} · ${d.events.length} events`;
    if (d.url) {
      const a = document.createElement('a');
      a.href = d.url;
      a.rel = 'noreferrer';
      a.textContent = ' source';
      meta.appendChild(a);
    }
    detail.appendChild(meta);
    const text = document.createElement('div');
    text.className = 'doctext';
    text.appendChild(segmentsNode(d.segments, openEvent));
    detail.appendChild(text);
  } catch (err) { showError(err); }
}

const views = {
  table: createTable({ onSelect: openEvent }),
  timeline: createTimeline(),
  network: createNetwork(),
  map: createMap(),
};

async function refresh() {
  const f = formFilters();
  writeHash(f);
  showError(null);
  document.body.dataset.loading = '1';
  try {
    await views[view].show(f);
  } catch (err) {
    showError(err);
  } finally {
    document.body.dataset.loading = '';
    document.body.dataset.ready = view;
  }
}

function selectView(v) {
  view = v;
  document.querySelectorAll('#tabs button').forEach((b) => b.classList.toggle('active', b.dataset.view === v));
  document.querySelectorAll('.view').forEach((s) => { s.hidden = s.id !== `view-${v}`; });
  refresh();
}

form.onsubmit = (ev) => { ev.preventDefault(); refresh(); };
document.getElementById('reset').onclick = () => { fillForm({}); detail.hidden = true; refresh(); };
document.querySelectorAll('#tabs button').forEach((b) => { b.onclick = () => selectView(b.dataset.view); });

(async () => {
  try {
    const s = await get('summary');
    document.getElementById('summary').textContent =
      `${s.events} events from ${s.documents} documents, ${s.first_date || '?'} to ${s.last_date || '?'}`;
  } catch (err) { showError(err); }
  const h = readHash();
  fillForm(h.filters);
  selectView(h.view);
})();
