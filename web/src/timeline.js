// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
// The cooperation-conflict curve: records per period stacked by quad class,
// and the mean Goldstein score as a line on its own axis.
import * as d3 from 'd3';
import { get, query, QUAD_COLORS, QUAD_NAMES } from './api.js';

export function createTimeline() {
  const root = document.getElementById('timeline');
  const select = document.getElementById('granularity');
  let filters = {};

  async function load() {
    const data = await get('stats', query(filters, { by: select.value }));
    draw(data.periods);
  }
  select.onchange = load;

  function draw(periods) {
    root.replaceChildren();
    const total = d3.sum(periods, (p) => p.events);
    const legend = document.createElement('div');
    legend.className = 'legend';
    legend.innerHTML = QUAD_NAMES.map((n, i) => `<span><i style="background:${QUAD_COLORS[i]}"></i>${n}</span>`).join('') +
      '<span><i style="background:#263238;height:2px"></i>mean Goldstein</span>';
    root.appendChild(legend);
    const width = Math.max(600, root.clientWidth || 900), height = 360;
    const m = { top: 10, right: 50, bottom: 60, left: 45 };
    const svg = d3.select(root).append('svg').attr('width', width).attr('height', height)
      .attr('id', 'timeline-svg').attr('data-total-events', total).attr('data-periods', periods.length);
    if (!periods.length) {
      svg.append('text').attr('x', 20).attr('y', 40).text('No dated events match the filters.');
      return;
    }
    const x = d3.scaleBand().domain(periods.map((p) => p.period)).range([m.left, width - m.right]).padding(0.15);
    const y = d3.scaleLinear().domain([0, d3.max(periods, (p) => p.events) || 1]).nice().range([height - m.bottom, m.top]);
    const g = d3.scaleLinear().domain([-10, 10]).range([height - m.bottom, m.top]);
    const stack = [];
    for (const p of periods) {
      let base = 0;
      p.quad.forEach((n, q) => { if (n > 0) { stack.push({ period: p.period, quad: q + 1, n, base }); base += n; } });
    }
    svg.append('g').selectAll('rect').data(stack).join('rect')
      .attr('class', 'bar').attr('data-period', (d) => d.period).attr('data-quad', (d) => d.quad)
      .attr('data-count', (d) => d.n)
      .attr('x', (d) => x(d.period)).attr('width', x.bandwidth())
      .attr('y', (d) => y(d.base + d.n)).attr('height', (d) => y(d.base) - y(d.base + d.n))
      .attr('fill', (d) => QUAD_COLORS[d.quad - 1])
      .append('title').text((d) => `${d.period}: ${d.n} ${QUAD_NAMES[d.quad - 1]}`);
    const withEvents = periods.filter((p) => p.events > 0);
    svg.append('path').datum(withEvents).attr('id', 'goldstein-line').attr('fill', 'none')
      .attr('stroke', '#263238').attr('stroke-width', 2)
      .attr('d', d3.line().x((p) => x(p.period) + x.bandwidth() / 2).y((p) => g(p.goldstein_mean)));
    svg.append('g').selectAll('circle').data(withEvents).join('circle').attr('class', 'goldstein')
      .attr('data-period', (p) => p.period).attr('data-mean', (p) => p.goldstein_mean)
      .attr('cx', (p) => x(p.period) + x.bandwidth() / 2).attr('cy', (p) => g(p.goldstein_mean)).attr('r', 3)
      .append('title').text((p) => `${p.period}: mean Goldstein ${p.goldstein_mean.toFixed(2)}`);
    const ticks = x.domain().filter((_, i, a) => a.length <= 24 || i % Math.ceil(a.length / 24) === 0);
    svg.append('g').attr('transform', `translate(0,${height - m.bottom})`).call(d3.axisBottom(x).tickValues(ticks))
      .selectAll('text').attr('transform', 'rotate(-40)').style('text-anchor', 'end');
    svg.append('g').attr('transform', `translate(${m.left},0)`).call(d3.axisLeft(y).ticks(6));
    svg.append('g').attr('transform', `translate(${width - m.right},0)`).call(d3.axisRight(g).ticks(5));
    svg.append('text').attr('x', 4).attr('y', m.top + 4).attr('dy', '.7em').text('events');
    svg.append('text').attr('x', width - m.right - 4).attr('y', m.top + 4).attr('dy', '.7em')
      .attr('text-anchor', 'end').text('Goldstein');
  }

  return { async show(f) { filters = f; await load(); } };
}
