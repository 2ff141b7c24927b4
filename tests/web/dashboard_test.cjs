// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The dashboard as an analyst uses it, in headless Chromium: code the
// project's samples into a store, serve it, filter to one dyad, and check
// that the event table, the timeline and the network show exactly that
// dyad's events in the database (counts, codes, quad classes, periods,
// directed pairs), read independently of Parley with Python's sqlite3.
// Then open an event's sentence and its document. A screenshot of each view
// is written to --out.
//
//   node dashboard_test.cjs --parley BIN --samples DIR --web-dir DIR --out DIR
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const DYAD = ['FRA', 'DEU'];
let passed = 0, failed = 0;

function check(ok, what, detail = '') {
  if (ok) { passed++; console.log(`ok: ${what}`); } else { failed++; console.log(`FAIL: ${what} ${detail}`); }
}
function equalJson(a, b, what) {
  const x = JSON.stringify(a), y = JSON.stringify(b);
  check(x === y, what, `\n  dashboard: ${x}\n  database:  ${y}`);
}

// The dyad's events straight from the database file, not through Parley.
function oracle(db) {
  const py = `
import json, sqlite3, sys
db = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)
a, b = sys.argv[2], sys.argv[3]
rows = [r for r in db.execute('SELECT id, date, source, target, code, quad_class, goldstein FROM events')
        if (r[2].startswith(a) and r[3].startswith(b)) or (r[2].startswith(b) and r[3].startswith(a))]
days, pairs = {}, {}
for r in rows:
    if r[1]:
        days.setdefault(r[1], [0, 0, 0, 0])[r[5] - 1] += 1
    p = pairs.setdefault(r[2] + '>' + r[3], [0, 0.0])
    p[0] += 1; p[1] += r[6]
print(json.dumps({'total': len(rows), 'codes': sorted(r[4] for r in rows), 'ids': sorted(r[0] for r in rows),
                  'days': days, 'pairs': {k: [v[0], round(v[1] / v[0], 6)] for k, v in pairs.items()}}))
`;
  const r = spawnSync('python3', ['-c', py, db, ...DYAD], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error('python3 oracle failed: ' + r.stderr);
  return JSON.parse(r.stdout);
}

function startServer(db) {
  return new Promise((resolve, reject) => {
    const p = spawn(args.parley, ['serve', '--db', db, '--port', '0', '--web-dir', args['web-dir']],
      { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error('parley serve printed no address: ' + out)), 20000);
    p.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) { clearTimeout(timer); resolve({ proc: p, url: `http://127.0.0.1:${m[1]}/` }); }
    });
    p.on('exit', (code) => reject(new Error('parley serve exited with ' + code + ': ' + out)));
  });
}

async function waitReady(page, view) {
  await page.waitForFunction((v) => document.body.dataset.ready === v && !document.body.dataset.loading, view,
    { timeout: 20000 });
}

async function main() {
  fs.mkdirSync(args.out, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-dashboard-'));
  const db = path.join(tmp, 'samples.sqlite');
  const coded = spawnSync(args.parley, ['code', '--db', db, '--date', '2024-03-15', args.samples], { encoding: 'utf8' });
  check(coded.status === 0 || coded.status === 3, 'parley code --db codes the samples', coded.stderr);
  const want = oracle(db);
  check(want.total >= 5, `the samples hold several ${DYAD.join('-')} events (${want.total})`);

  const server = await startServer(db);
  const browser = await chromium.launch({
    executablePath: process.env.PARLEY_CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const external = [];
    page.on('request', (r) => { if (!r.url().startsWith(server.url)) external.push(r.url()); });
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));

    await page.goto(server.url);
    await waitReady(page, 'table');
    await page.fill('input[name=dyad]', DYAD.join(','));
    await page.click('#apply');
    await waitReady(page, 'table');

    // The table: every record of the dyad, nothing else.
    const rows = await page.$$eval('#events tbody tr', (trs) => trs.map((tr) => ({
      id: Number(tr.dataset.eventId), code: tr.dataset.code, source: tr.dataset.source, target: tr.dataset.target })));
    const total = Number(await page.getAttribute('#table-status', 'data-total'));
    check(total === want.total, `table total ${total} = database ${want.total}`);
    equalJson(rows.map((r) => r.code).sort(), want.codes, 'table codes = database codes');
    equalJson(rows.map((r) => r.id).sort((a, b) => a - b), want.ids, 'table rows = database records');
    check(rows.every((r) => DYAD.some((a) => r.source.startsWith(a)) && DYAD.some((a) => r.target.startsWith(a))),
      'every table row is between the two actors');
    await page.screenshot({ path: path.join(args.out, 'table.png'), fullPage: true });

    // An event's sentence, roles highlighted; then its whole document.
    await page.click('#events tbody tr:first-child');
    await page.waitForSelector('#detail .mention mark.verb', { timeout: 10000 });
    const marks = await page.$$eval('#detail .mention:first-of-type mark', (ms) => ms.map((m) => m.className));
    check(marks.includes('verb') && (marks.includes('source') || marks.includes('target')),
      `the sentence highlights source, event phrase and target (${marks.join(',')})`);
    await page.screenshot({ path: path.join(args.out, 'event.png'), fullPage: true });
    await page.click('#detail a.doclink');
    await page.waitForSelector('#detail .doctext mark.evidence', { timeout: 10000 });
    const evidence = await page.$$eval('#detail .doctext mark.evidence', (ms) => ms.length);
    check(evidence > 0, `the document view marks ${evidence} evidence sentences`);
    await page.screenshot({ path: path.join(args.out, 'document.png'), fullPage: true });

    // The timeline, by day: counts per period and quad class.
    await page.click('#tabs button[data-view=timeline]');
    await waitReady(page, 'timeline');
    await page.selectOption('#granularity', 'day');
    await page.waitForFunction(() => {
      const s = document.querySelector('#timeline-svg');
      return s && document.querySelector('.bar') && document.querySelector('.bar').dataset.period.length === 10;
    }, null, { timeout: 10000 });
    const bars = await page.$$eval('#timeline .bar', (bs) => bs.map((b) => [b.dataset.period, Number(b.dataset.quad),
      Number(b.dataset.count)]));
    const days = {};
    for (const [p, q, n] of bars) (days[p] = days[p] || [0, 0, 0, 0])[q - 1] += n;
    equalJson(Object.keys(days).sort().map((k) => [k, days[k]]), Object.keys(want.days).sort().map((k) => [k, want.days[k]]),
      'timeline counts per day and quad class = database');
    const means = await page.$$eval('#timeline circle.goldstein', (cs) => cs.length);
    check(means === Object.keys(want.days).length, `timeline has a mean Goldstein point per day (${means})`);
    await page.screenshot({ path: path.join(args.out, 'timeline.png'), fullPage: true });

    // The network: exactly the dyad's directed pairs, with their counts.
    await page.click('#tabs button[data-view=network]');
    await waitReady(page, 'network');
    const edges = await page.$$eval('#network .edge', (es) => es.map((e) => [e.dataset.source + '>' + e.dataset.target,
      Number(e.dataset.events), Number(Number(e.dataset.goldstein).toFixed(6))]));
    const gotPairs = Object.fromEntries(edges.map(([k, n, g]) => [k, [n, g]]));
    const sortObj = (o) => Object.keys(o).sort().map((k) => [k, o[k]]);
    equalJson(sortObj(gotPairs), sortObj(want.pairs), 'network edges, counts and mean Goldstein = database');
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(args.out, 'network.png'), fullPage: true });

    // The map: country outlines from the bundle (the samples have no coordinates).
    await page.click('#tabs button[data-view=map]');
    await waitReady(page, 'map');
    const countries = await page.$$eval('#map-svg path', (ps) => ps.length);
    check(countries > 100, `the map draws ${countries} country outlines from the bundled atlas`);
    await page.screenshot({ path: path.join(args.out, 'map.png'), fullPage: true });

    check(external.length === 0, 'the dashboard fetched nothing outside the server', external.join(' '));
    check(pageErrors.length === 0, 'no script errors in the page', pageErrors.join(' | '));
  } finally {
    await browser.close();
    server.proc.removeAllListeners('exit');
    const exited = new Promise((r) => server.proc.on('exit', (code) => r(code)));
    server.proc.kill('SIGINT');
    const code = await exited;
    check(code === 0, `parley serve stops cleanly on Ctrl-C (exit ${code})`);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`screenshots: ${args.out}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((e) => { console.error(e); console.log(`${passed} passed, ${failed + 1} failed`); process.exit(1); });
