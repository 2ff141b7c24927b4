// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
// Event locations on country outlines bundled from world-atlas (Natural
// Earth 1:110m, public domain): no tiles, nothing fetched.
import * as d3 from 'd3';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import { get, query } from './api.js';

export function createMap() {
  const root = document.getElementById('map');
  const countries = feature(world, world.objects.countries);

  async function show(filters) {
    const data = await get('locations', query(filters, { limit: 1000 }));
    root.replaceChildren();
    const width = Math.max(600, root.clientWidth || 900), height = Math.round(width * 0.52);
    const projection = d3.geoNaturalEarth1().fitSize([width, height], { type: 'Sphere' });
    const path = d3.geoPath(projection);
    const svg = d3.select(root).append('svg').attr('width', width).attr('height', height).attr('id', 'map-svg')
      .attr('data-points', data.points.length);
    svg.append('path').datum({ type: 'Sphere' }).attr('d', path).attr('fill', '#e3f2fd');
    svg.append('g').selectAll('path').data(countries.features).join('path').attr('d', path)
      .attr('fill', '#eceff1').attr('stroke', '#90a4ae').attr('stroke-width', 0.5);
    const r = d3.scaleSqrt().domain([1, d3.max(data.points, (p) => p.events) || 1]).range([3, 18]);
    svg.append('g').selectAll('circle').data(data.points).join('circle').attr('class', 'place')
      .attr('cx', (p) => projection([p.longitude, p.latitude])[0])
      .attr('cy', (p) => projection([p.longitude, p.latitude])[1])
      .attr('r', (p) => r(p.events)).attr('fill', '#d32f2f').attr('fill-opacity', 0.6)
      .append('title').text((p) => `${p.name}: ${p.events} events`);
    if (!data.points.length) {
      svg.append('text').attr('x', 20).attr('y', height - 20)
        .text('No event in this selection has coordinates.');
    }
  }

  return { show };
}
