// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
// Who acts on whom: a force layout of actors; an arrow per directed dyad,
// its width by event count, its colour by mean Goldstein score.
import * as d3 from 'd3';
import { get, query } from './api.js';

export function createNetwork() {
  const root = document.getElementById('network');
  let simulation = null;

  async function show(filters) {
    const data = await get('network', query(filters, { limit: 150 }));
    if (simulation) simulation.stop();
    root.replaceChildren();
    const width = Math.max(600, root.clientWidth || 900), height = 680;
    const svg = d3.select(root).append('svg').attr('width', width).attr('height', height).attr('id', 'network-svg')
      .attr('data-edges', data.edges.length).attr('data-events', d3.sum(data.edges, (e) => e.events));
    if (!data.edges.length) {
      svg.append('text').attr('x', 20).attr('y', 40).text('No events between two actors match the filters.');
      return;
    }
    const color = d3.scaleDiverging(d3.interpolateRdYlGn).domain([-10, 0, 10]);
    const widthScale = d3.scaleSqrt().domain([1, d3.max(data.edges, (e) => e.events)]).range([1.5, 10]);
    const nodes = data.nodes.map((n) => ({ ...n }));
    const links = data.edges.map((e) => ({ ...e }));
    svg.append('defs').append('marker').attr('id', 'arrow').attr('viewBox', '0 -5 10 10').attr('refX', 22)
      .attr('markerUnits', 'userSpaceOnUse').attr('markerWidth', 12).attr('markerHeight', 12).attr('orient', 'auto')
      .append('path').attr('d', 'M0,-5L10,0L0,5').attr('fill', '#555');
    const link = svg.append('g').selectAll('path').data(links).join('path').attr('class', 'edge')
      .attr('data-source', (d) => d.source).attr('data-target', (d) => d.target)
      .attr('data-events', (d) => d.events).attr('data-goldstein', (d) => d.goldstein_mean)
      .attr('fill', 'none').attr('stroke', (d) => color(d.goldstein_mean))
      .attr('stroke-width', (d) => widthScale(d.events)).attr('marker-end', 'url(#arrow)');
    link.append('title').text((d) => `${d.source} → ${d.target}: ${d.events} events, mean Goldstein ${d.goldstein_mean.toFixed(2)}`);
    const node = svg.append('g').selectAll('g').data(nodes).join('g').attr('class', 'node').attr('data-id', (d) => d.id);
    node.append('circle').attr('r', (d) => 5 + Math.sqrt(d.events)).attr('fill', '#546e7a');
    node.append('text').attr('x', 9).attr('y', 4).text((d) => d.id);
    simulation = d3.forceSimulation(nodes)
      .force('link', d3.forceLink(links).id((d) => d.id).distance(nodes.length > 30 ? 110 : 200))
      .force('charge', d3.forceManyBody().strength(nodes.length > 30 ? -160 : -300))
      .force('x', d3.forceX(width / 2).strength(0.06))
      .force('y', d3.forceY(height / 2).strength(0.1))
      .force('collide', d3.forceCollide(26));
    const clampX = (v) => Math.max(20, Math.min(width - 60, v));
    const clampY = (v) => Math.max(20, Math.min(height - 20, v));
    simulation.on('tick', () => {
      // Curved so that A->B and B->A are both visible.
      link.attr('d', (d) => {
        const sx = clampX(d.source.x), sy = clampY(d.source.y), tx = clampX(d.target.x), ty = clampY(d.target.y);
        const r = Math.hypot(tx - sx, ty - sy) * 1.5;
        return `M${sx},${sy}A${r},${r} 0 0,1 ${tx},${ty}`;
      });
      node.attr('transform', (d) => `translate(${clampX(d.x)},${clampY(d.y)})`);
    });
    simulation.tick(200);
    simulation.alpha(0.05).restart();
  }

  return { show };
}
