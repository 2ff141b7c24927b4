// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
// The event table: one row per event record; a click opens its sentences.
import { get, query } from './api.js';

const PAGE = 100;

export function createTable({ onSelect }) {
  const tbody = document.querySelector('#events tbody');
  const status = document.getElementById('table-status');
  let filters = {}, offset = 0, total = 0;

  async function load() {
    const data = await get('events', query(filters, { offset, limit: PAGE }));
    total = data.total;
    tbody.replaceChildren();
    for (const e of data.events) {
      const tr = document.createElement('tr');
      tr.dataset.eventId = e.id;
      tr.dataset.code = e.code;
      tr.dataset.source = e.source;
      tr.dataset.target = e.target;
      const cells = [e.date ?? '—', e.source || '—', e.code, e.target || '—', null, e.goldstein,
        e.num_mentions, e.num_articles, e.verb_text, e.evidence];
      cells.forEach((v, i) => {
        const td = document.createElement('td');
        if (i === 4) {
          const q = document.createElement('span');
          q.className = `quad q${e.quad_class}`;
          q.textContent = e.quad_class;
          td.appendChild(q);
        } else {
          td.textContent = v;
        }
        if (i === 9) { td.className = 'evidence'; td.title = e.evidence; }
        tr.appendChild(td);
      });
      tr.onclick = () => {
        tbody.querySelectorAll('tr.selected').forEach((r) => r.classList.remove('selected'));
        tr.classList.add('selected');
        onSelect(e.id);
      };
      tbody.appendChild(tr);
    }
    const shown = data.events.length;
    status.textContent = shown ? `events ${offset + 1}–${offset + shown} of ${total}` : 'no events match';
    status.dataset.total = total;
    document.getElementById('prev').disabled = offset === 0;
    document.getElementById('next').disabled = offset + shown >= total;
  }

  document.getElementById('prev').onclick = () => { offset = Math.max(0, offset - PAGE); load(); };
  document.getElementById('next').onclick = () => { offset += PAGE; load(); };

  return {
    async show(f) { filters = f; offset = 0; await load(); },
  };
}
