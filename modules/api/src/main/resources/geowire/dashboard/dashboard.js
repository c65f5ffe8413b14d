// geowire dashboard: plain DOM + SVG, no build step and no CDN, so it works offline.
// Every value from the API is inserted as text (never as HTML): article text is untrusted input.
'use strict';

const POLL_MS = 4000;
const SVG_NS = 'http://www.w3.org/2000/svg';
const TYPES = ['stance', 'route_disruption', 'sanction_statement'];

const state = {
  pair: null,          // "KAZ->RUS"
  sanctionsActor: null,
  minConfidence: 0,    // events below this calibrated confidence are not shown (0 = all)
  lastDrill: null,     // the open events list, to redo it when the confidence filter changes
  lastJson: {},        // endpoint -> last body text, to skip re-rendering unchanged data
  opened: null,        // the summary when the page was opened: tiles show what was added since
  newEvents: [],       // events the server pushed since the page was opened, newest arrival first
  newIds: new Set(),
  pushed: false,       // the /api/stream connection is open
};
const NEW_EVENTS_SHOWN = 20;

// ---------- small helpers ----------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

// An API bound beyond loopback needs a bearer token: asked for once, kept for this tab only (never in a cookie).
const TOKEN_KEY = 'geowire.apiToken';
let tokenPrompt = null;

function askForToken() {
  if (!tokenPrompt) {
    tokenPrompt = Promise.resolve(window.prompt('This geowire API needs its access token:') || '')
      .then((token) => { sessionStorage.setItem(TOKEN_KEY, token.trim()); tokenPrompt = null; });
  }
  return tokenPrompt;
}

async function fetchWithToken(path) {
  const send = () => {
    const headers = {Accept: 'application/json'};
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch(path, {headers});
  };
  const response = await send();
  if (response.status !== 401) return response;
  await askForToken();
  return send();
}

async function getJson(path) {
  const response = await fetchWithToken(path);
  const text = await response.text();
  if (response.status === 404) return {status: 404, body: null, text};
  if (!response.ok) throw new Error(path + ': HTTP ' + response.status);
  return {status: response.status, body: JSON.parse(text), text};
}

// Calls render only when the body differs from the last one seen for this key.
async function load(key, path, render) {
  const reply = await getJson(path);
  if (state.lastJson[key] === reply.text) return reply.body;
  state.lastJson[key] = reply.text;
  render(reply.body);
  return reply.body;
}

const fmt = {
  score: (s) => (s > 0 ? '+' : s < 0 ? '−' : '') + Math.abs(s).toFixed(2),
  label: (s) => (s || '').replace(/_/g, ' '),
  month: (d) => d ? d.slice(0, 7) : '',
};

function linkButton(text, testid, onclick, title) {
  return el('button', {type: 'button', class: 'link', 'data-testid': testid, title, onclick}, text);
}

// ---------- summary ----------

function renderSummary(summary) {
  if (!state.opened) state.opened = summary;
  const opened = state.opened;
  const root = document.getElementById('summary');
  root.replaceChildren();
  root.append(tile('articles', summary.articles, null, null, null, summary.articles - opened.articles));
  for (const type of TYPES) {
    const n = (summary.corroborated || {})[type] || 0;
    const raw = (summary.events || {})[type] || 0;
    const before = (opened.corroborated || {})[type] || 0;
    root.append(tile(fmt.label(type), n, () => drillEvents({type}), raw + ' extracted, ' + n + ' after corroboration', type, n - before));
  }
  root.append(tile('dead letters', summary.dead_letters, null));
  root.append(tile('duplicates', summary.duplicates, null));
}

// added: how many more than when the page was opened (shown when positive)
function tile(label, value, onclick, title, key, added) {
  const number = onclick
    ? linkButton(String(value), 'summary-count', onclick, 'show these events')
    : el('span', {}, String(value));
  if (key) number.dataset.type = key;
  const since = added > 0 ? el('span', {class: 'since', 'data-testid': 'summary-new', title: 'new since this page was opened'}, '+' + added + ' new') : null;
  return el('div', {class: 'tile', 'data-testid': 'summary-tile', title},
    el('div', {class: 'tile-value'}, number, since), el('div', {class: 'tile-label'}, label));
}

// ---------- stance ----------

function renderPairs(pairs) {
  map.pairs = pairs;
  const picker = document.getElementById('pair-picker');
  const keys = pairs.map((p) => p.actor + '->' + p.target);
  if (!state.pair || !keys.includes(state.pair)) state.pair = keys[0] || null;
  picker.replaceChildren(...pairs.map((p) => el('option', {value: p.actor + '->' + p.target},
    p.actor + ' → ' + p.target + ' (' + p.count + ')')));
  if (state.pair) picker.value = state.pair;

  const body = document.querySelector('#pairs-table tbody');
  body.replaceChildren(...pairs.map((p) => {
    const key = p.actor + '->' + p.target;
    const row = el('tr', {'data-testid': 'pair-row', 'data-pair': key, class: key === state.pair ? 'selected' : ''},
      el('td', {}, p.actor), el('td', {}, p.target),
      el('td', {class: 'num ' + polarityClass(p.score)}, fmt.score(p.score)),
      el('td', {class: 'num'}, linkButton(String(p.count), 'pair-count',
        (e) => { e.stopPropagation(); drillEvents({type: 'stance', actor: p.actor}, (ev) => ev.fields.target === p.target,
          p.actor + ' → ' + p.target); }, 'show these events')));
    row.addEventListener('click', () => selectPair(key));
    return row;
  }));
  if (!pairs.length) body.append(el('tr', {}, el('td', {colspan: 4, class: 'empty'}, 'no stance events yet')));
  renderMapActors();
  renderMapStance();
}

function polarityClass(score) {
  return score > 0.05 ? 'pos' : score < -0.05 ? 'neg' : 'neutral';
}

function selectPair(key) {
  state.pair = key;
  document.getElementById('pair-picker').value = key;
  document.querySelectorAll('#pairs-table tr[data-pair]').forEach((r) =>
    r.classList.toggle('selected', r.dataset.pair === key));
  delete state.lastJson.stance;
  refreshStance().catch(showError);
}

async function refreshStance() {
  if (!state.pair) {
    renderStance(null);
    return;
  }
  const [actor, target] = state.pair.split('->');
  const path = '/api/stance?actor=' + encodeURIComponent(actor) + '&target=' + encodeURIComponent(target);
  await load('stance', path, renderStance);
}

function renderStance(view) {
  const chart = document.getElementById('stance-chart');
  const headline = document.getElementById('stance-headline');
  const evidence = document.getElementById('stance-evidence');
  chart.replaceChildren();
  evidence.replaceChildren();
  if (!view) {
    headline.textContent = 'no stance data yet';
    return;
  }
  chart.dataset.pair = view.actor + '->' + view.target;
  const a = view.all_time;
  headline.replaceChildren(
    el('strong', {}, view.actor + ' → ' + view.target), ' all time ',
    el('span', {class: 'score ' + polarityClass(a.score), 'data-testid': 'stance-score'}, fmt.score(a.score)),
    ' from ', linkButton(a.count + ' events', 'stance-count',
      () => drillEvents({type: 'stance', actor: view.actor}, (ev) => ev.fields.target === view.target,
        view.actor + ' → ' + view.target), 'show these events'),
    ' · ' + a.aligning + ' aligning · ' + a.distancing + ' distancing · ' + a.neutral + ' neutral');
  chart.append(stanceSvg(view));
  for (const e of view.top_evidence || []) {
    evidence.append(el('li', {},
      el('span', {class: 'pill polarity-' + e.polarity}, e.polarity), ' ',
      el('span', {class: 'muted'}, (e.date || 'undated') + ' · ' + e.sources + ' source(s) '),
      linkButton('“' + e.evidence + '”', 'evidence-link',
        () => openEvent({id: e.event_id, evidence: e.evidence, articles: e.articles}), 'show in the article')));
  }
  if (!(view.top_evidence || []).length) evidence.append(el('li', {class: 'muted'}, 'none'));
}

// Room a "YYYY-MM" tick label needs on the chart's axis, in viewBox units: 7 characters of the 11px tick font
// (about 0.6em each) plus a gap. The SVG scales as a whole, so this holds at every page width.
const DATE_LABEL_SLOT = 7 * 11 * 0.6 + 12;

// Score per window as a line with points (left axis, −1..1) over the event counts as bars (right axis).
function stanceSvg(view) {
  const windows = view.windows || [];
  const W = 640, H = 240, left = 44, right = 52, top = 14, bottom = 34;
  const plotW = W - left - right, plotH = H - top - bottom;
  const maxCount = Math.max(1, ...windows.map((w) => w.count));
  const n = Math.max(1, windows.length);
  const step = plotW / n;
  const x = (i) => left + step * (i + 0.5);
  const yScore = (s) => top + (1 - (s + 1) / 2) * plotH;
  // counts use the lower 80% so the tallest bar never reads as a score of +1
  const yCount = (c) => top + plotH - (c / maxCount) * plotH * 0.8;
  const root = svg('svg', {viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'stance score per window',
    class: 'stance-svg'});

  for (const s of [-1, -0.5, 0, 0.5, 1]) {
    root.append(svg('line', {x1: left, x2: W - right, y1: yScore(s), y2: yScore(s), class: s === 0 ? 'axis zero' : 'grid'}));
    root.append(svg('text', {x: left - 6, y: yScore(s) + 4, class: 'tick', 'text-anchor': 'end'}, fmt.score(s)));
  }
  root.append(svg('text', {x: W - right + 6, y: yCount(maxCount) + 4, class: 'tick'}, String(maxCount)));
  root.append(svg('text', {x: W - right + 6, y: top + 8, class: 'tick'}, 'events'));
  root.append(svg('text', {x: W - right + 6, y: top + plotH, class: 'tick'}, '0'));

  // every window gets a date label only while the labels fit side by side; otherwise every k-th one does
  const labelStride = Math.max(1, Math.ceil(n / Math.max(1, Math.floor(plotW / DATE_LABEL_SLOT))));
  const barW = Math.min(36, step * 0.6);
  windows.forEach((w, i) => {
    const bar = svg('rect', {x: x(i) - barW / 2, y: yCount(w.count), width: barW, height: top + plotH - yCount(w.count),
      class: 'count-bar', 'data-testid': 'stance-bar'});
    bar.append(svg('title', {}, w.start + ' … ' + w.end + ': ' + w.count + ' events'));
    root.append(bar);
    if (i % labelStride === 0) {
      root.append(svg('text', {x: x(i), y: H - bottom + 16, class: 'tick date-tick', 'text-anchor': 'middle'},
        fmt.month(w.start)));
    }
  });
  if (windows.length > 1) {
    root.append(svg('polyline', {class: 'score-line',
      points: windows.map((w, i) => x(i) + ',' + yScore(w.score)).join(' ')}));
  }
  windows.forEach((w, i) => {
    const point = svg('circle', {cx: x(i), cy: yScore(w.score), r: 5, class: 'score-point ' + polarityClass(w.score),
      'data-testid': 'stance-point', 'data-start': w.start, 'data-score': w.score, 'data-count': w.count,
      tabindex: 0, role: 'button',
      onclick: () => drillEvents({type: 'stance', actor: view.actor},
        (ev) => ev.fields.target === view.target && ev.date >= w.start && ev.date < w.end,
        view.actor + ' → ' + view.target + ', ' + w.start + ' … ' + w.end),
      onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') e.target.dispatchEvent(new MouseEvent('click')); }});
    point.append(svg('title', {}, w.start + ' … ' + w.end + ': score ' + fmt.score(w.score) + ', ' + w.count
      + ' events (' + w.aligning + ' aligning, ' + w.distancing + ' distancing, ' + w.neutral + ' neutral)'));
    root.append(point);
  });
  if (!windows.length) {
    root.append(svg('text', {x: W / 2, y: H / 2, class: 'tick', 'text-anchor': 'middle'}, 'no windows in range'));
  }
  return root;
}

// ---------- routes ----------

function renderRoutes(routes) {
  const board = document.getElementById('route-board');
  board.replaceChildren();
  if (!routes.length) board.append(el('p', {class: 'muted'}, 'no route incidents yet'));
  for (const r of routes) board.append(routeCard(r));
  map.routes = routes;
  renderMapRoutes();
}

function routeCard(r) {
  const incidents = r.incidents || [];
  const card = el('article', {class: 'route-card status-' + r.status, 'data-testid': 'route-card', 'data-route': r.route},
    el('div', {class: 'route-head'},
      el('span', {class: 'route-id'}, r.route),
      el('span', {class: 'route-name'}, r.name || ''),
      el('span', {class: 'pill status-' + r.status, 'data-testid': 'route-status'}, fmt.label(r.status))),
    el('div', {class: 'muted route-meta'},
      (r.since ? 'since ' + r.since : 'since: unknown') + ' · ' + r.days_disrupted + ' day(s) disrupted · ',
      linkButton(incidents.length + ' incident(s)', 'route-incident-count',
        () => drillEvents({type: 'route_disruption'}, (ev) => ev.fields.route === r.route, r.route), 'show these events')));
  card.append(incidentTimeline(incidents));
  const list = el('ol', {class: 'incidents'});
  for (const i of incidents) {
    list.append(el('li', {'data-testid': 'incident', class: 'status-' + i.status},
      el('span', {class: 'pill status-' + i.status}, fmt.label(i.status)), ' ',
      el('span', {class: 'date'}, i.date || 'undated'), ' ',
      el('span', {}, i.cause ? 'cause: ' + i.cause : 'cause unknown'),
      i.magnitude ? el('span', {class: 'magnitude'}, ' · ' + i.magnitude) : null, ' · ',
      linkButton(i.sources + ' source(s)', 'incident-link',
        () => openEvent({id: i.event_id, type: 'route_disruption', articles: i.articles}), 'show the evidence')));
  }
  card.append(list);
  return card;
}

// Incidents as coloured dots on a date axis: where the route's trouble sits in time at a glance.
function incidentTimeline(incidents) {
  const dated = incidents.filter((i) => i.date);
  const W = 560, H = 36, pad = 12;
  const root = svg('svg', {viewBox: '0 0 ' + W + ' ' + H, class: 'timeline', 'data-testid': 'incident-timeline'});
  root.append(svg('line', {x1: pad, x2: W - pad, y1: 18, y2: 18, class: 'axis'}));
  if (!dated.length) return root;
  const t = dated.map((i) => Date.parse(i.date));
  const min = Math.min(...t), max = Math.max(...t);
  const x = (v) => max === min ? W / 2 : pad + (v - min) / (max - min) * (W - 2 * pad);
  dated.forEach((i, k) => {
    const dot = svg('circle', {cx: x(t[k]), cy: 18, r: 6, class: 'incident-dot status-' + i.status,
      onclick: () => openEvent({id: i.event_id, type: 'route_disruption', articles: i.articles})});
    dot.append(svg('title', {}, i.date + ' ' + fmt.label(i.status) + (i.cause ? ', ' + i.cause : '')
      + (i.magnitude ? ', ' + i.magnitude : '')));
    root.append(dot);
  });
  if (max === min) {
    root.append(svg('text', {x: W / 2, y: 34, class: 'tick', 'text-anchor': 'middle'}, dated[0].date));
  } else {
    root.append(svg('text', {x: pad, y: 34, class: 'tick'}, new Date(min).toISOString().slice(0, 10)));
    root.append(svg('text', {x: W - pad, y: 34, class: 'tick', 'text-anchor': 'end'}, new Date(max).toISOString().slice(0, 10)));
  }
  return root;
}

// ---------- sanctions ----------

async function refreshSanctionActors() {
  await load('sanction-events', '/api/events?type=sanction_statement&limit=1000' + confidenceParam(), (events) => {
    const actors = [...new Set(events.map((e) => e.fields.actor).filter(Boolean))].sort();
    const picker = document.getElementById('sanctions-actor');
    if (!state.sanctionsActor || !actors.includes(state.sanctionsActor)) state.sanctionsActor = actors[0] || null;
    picker.replaceChildren(...actors.map((a) => el('option', {value: a}, a)));
    if (state.sanctionsActor) picker.value = state.sanctionsActor;
    delete state.lastJson.sanctions;
  });
}

async function refreshLedger() {
  if (!state.sanctionsActor) {
    renderLedger(null);
    return;
  }
  await load('sanctions', '/api/sanctions/' + encodeURIComponent(state.sanctionsActor), renderLedger);
}

function renderLedger(view) {
  const chips = document.getElementById('sanctions-positions');
  const body = document.querySelector('#ledger-table tbody');
  chips.replaceChildren();
  body.replaceChildren();
  if (!view) {
    body.append(el('tr', {}, el('td', {colspan: 6, class: 'empty'}, 'no sanctions statements yet')));
    return;
  }
  chips.append(el('span', {class: 'muted'}, 'latest position: '),
    el('span', {class: 'pill position', 'data-testid': 'latest-position'}, fmt.label(view.latest)), ' ');
  for (const [position, count] of Object.entries(view.positions || {})) {
    chips.append(el('span', {class: 'chip'}, fmt.label(position) + ' ',
      linkButton(String(count), 'position-count', () => drillEvents({type: 'sanction_statement', actor: view.actor},
        (ev) => ev.fields.position === position, view.actor + ': ' + fmt.label(position)), 'show these statements')));
  }
  for (const s of view.statements || []) {
    body.append(el('tr', {'data-testid': 'statement-row'},
      el('td', {class: 'date'}, s.date || 'undated'),
      el('td', {}, s.speaker || 'unnamed'),
      el('td', {}, el('span', {class: 'pill position'}, fmt.label(s.position))),
      el('td', {}, s.regime || '—'),
      el('td', {class: 'quote'}, linkButton('“' + s.quote + '”', 'statement-link',
        () => openEvent({id: s.event_id, evidence: s.quote, articles: s.articles}), 'show in the article')),
      el('td', {class: 'num'}, String(s.sources))));
  }
}

// ---------- map ----------

// Country boundaries: Natural Earth 1:110m through world-atlas (npm), decoded by topojson-client; ISO 3166-1
// alpha-3 -> numeric codes from i18n-iso-countries, because world-atlas keys its countries by the numeric code and
// the extractor's actors are alpha-3. Route waypoints are our own map-routes.json. All four are loaded once.
const MAP_FILES = {
  atlas: 'vendor/world-atlas/countries-110m.json',
  codes: 'vendor/i18n-iso-countries/codes.json',
  routes: 'map-routes.json',
};
// Equirectangular with a standard parallel through the middle of the region: distances along 48°N are true, which
// keeps Europe to Central Asia in proportion without the far north swelling as Mercator would.
const MAP_PARALLEL = Math.cos(48 * Math.PI / 180);
const MAP_UNITS = 10;        // viewBox units per degree of latitude
const MAP_LABEL_PX = 11;     // label size at the region view; scaled with the viewBox so it stays 11px on screen
const STANCE_COLOURS = {distancing: [198, 40, 40], neutral: [236, 233, 222], aligning: [46, 125, 50]};

const map = {
  base: null,          // {countries: [{iso, name, path, label}], geometry: {routeId: {name, lines}}, views}
  view: 'region',
  actor: null,
  pairs: [],
  routes: [],
};

function project([lon, lat]) {
  return [lon * MAP_PARALLEL * MAP_UNITS, -lat * MAP_UNITS];
}

function viewBox([west, south, east, north]) {
  const [x0, y0] = project([west, north]);
  const [x1, y1] = project([east, south]);
  return [x0, y0, x1 - x0, y1 - y0];
}

function pointsPath(points, close) {
  return 'M' + points.map((p) => project(p).map((v) => v.toFixed(1)).join(',')).join('L') + (close ? 'Z' : '');
}

function ringsOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return geometry.coordinates.map(unwrap);
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat().map(unwrap);
  return [];
}

// A ring cut at the antimeridian (Russia's Chukotka, Fiji) jumps from +180 to −180 and back, which would draw a band
// across the whole map: continue it past ±180 instead, so its far end simply lies outside the view.
function unwrap(ring) {
  let previous = null;
  const unwrapped = ring.map(([lon, lat]) => {
    if (previous !== null) {
      while (lon - previous > 180) lon -= 360;
      while (lon - previous < -180) lon += 360;
    }
    previous = lon;
    return [lon, lat];
  });
  // a ring that started west of the antimeridian is moved east whole, so Chukotka stays beside the rest of Russia
  return unwrapped.some(([lon]) => lon < -180) ? unwrapped.map(([lon, lat]) => [lon + 360, lat]) : unwrapped;
}

// Label at the centre of the bounding box of a country's largest ring: good enough for a code and a score.
function labelPoint(rings) {
  let best = null;
  for (const ring of rings) {
    const lons = ring.map((p) => p[0]), lats = ring.map((p) => p[1]);
    const box = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
    const area = (box[2] - box[0]) * (box[3] - box[1]);
    if (!best || area > best.area) best = {area, box};
  }
  return best ? project([(best.box[0] + best.box[2]) / 2, (best.box[1] + best.box[3]) / 2]) : null;
}

async function loadMapBase() {
  if (typeof topojson === 'undefined') throw new Error('the map decoder (topojson-client) was not served');
  const [atlas, codes, routes] = await Promise.all(Object.values(MAP_FILES).map(async (path) => {
    const reply = await getJson(path);
    if (reply.status === 404) throw new Error(path + ' was not served');
    return reply.body;
  }));
  const alpha3ByNumeric = new Map(codes.map(([, alpha3, numeric]) => [numeric, alpha3]));
  const countries = topojson.feature(atlas, atlas.objects.countries).features.map((f) => {
    const rings = ringsOf(f.geometry);
    return {iso: alpha3ByNumeric.get(f.id) || null, name: (f.properties || {}).name || 'unnamed',
      path: rings.map((r) => pointsPath(r, true)).join(''), label: labelPoint(rings)};
  });
  return {countries, geometry: routes.routes, views: routes.view};
}

function initMap() {
  document.getElementById('map-actor').addEventListener('change', (e) => {
    map.actor = e.target.value;
    renderMapStance();
  });
  for (const view of ['region', 'world']) {
    document.getElementById('map-zoom-' + view).addEventListener('click', () => zoomMap(view));
  }
  loadMapBase().then((base) => {
    map.base = base;
    drawMapBase();
    renderMapStance();
    renderMapRoutes();
  }).catch((e) => {
    document.getElementById('map').replaceChildren(el('p', {class: 'error', 'data-testid': 'map-error'},
      'map unavailable: ' + (e.message || e)));
  });
}

function drawMapBase() {
  const root = svg('svg', {id: 'map-svg', role: 'img', 'aria-label': 'map of stance and routes', class: 'map-svg'});
  const countries = svg('g', {class: 'countries'});
  map.base.countries.forEach((c, i) => {
    const attrs = {d: c.path, class: 'country no-data', 'data-testid': 'map-country', 'data-name': c.name,
      'data-index': i};
    if (c.iso) attrs['data-iso'] = c.iso;
    const shape = svg('path', attrs);
    shape.append(svg('title', {}, c.name));
    countries.append(shape);
  });
  root.append(svg('rect', {class: 'sea', x: -180 * MAP_PARALLEL * MAP_UNITS, y: -90 * MAP_UNITS,
    width: 360 * MAP_PARALLEL * MAP_UNITS, height: 180 * MAP_UNITS}));
  // routes over countries; labels over both, so a line never hides a country's score
  root.append(countries, svg('g', {class: 'routes'}), svg('g', {class: 'country-labels'}),
    svg('g', {class: 'route-labels'}));
  document.getElementById('map').replaceChildren(root);
  zoomMap(map.view);
}

function zoomMap(view) {
  map.view = view;
  for (const v of ['region', 'world']) {
    document.getElementById('map-zoom-' + v).setAttribute('aria-pressed', String(v === view));
  }
  const root = document.getElementById('map-svg');
  if (!root || !map.base) return;
  const box = viewBox(map.base.views[view]);
  root.setAttribute('viewBox', box.map((v) => v.toFixed(1)).join(' '));
  root.dataset.view = view;
  // labels keep their on-screen size whatever the zoom
  root.style.fontSize = (MAP_LABEL_PX * box[2] / viewBox(map.base.views.region)[2]).toFixed(1) + 'px';
}

function mix(from, to, t) {
  return 'rgb(' + from.map((v, i) => Math.round(v + (to[i] - v) * t)).join(', ') + ')';
}

// −1 distancing … 0 neutral … +1 aligning, as the stance score itself
function stanceColour(score) {
  const t = Math.min(1, Math.abs(score));
  return mix(STANCE_COLOURS.neutral, score < 0 ? STANCE_COLOURS.distancing : STANCE_COLOURS.aligning, t);
}

function renderMapActors() {
  const actors = [...new Set(map.pairs.map((p) => p.actor))].sort();
  if (!map.actor || !actors.includes(map.actor)) {
    // start with the actor of the pair the timeline shows
    map.actor = state.pair && actors.includes(state.pair.split('->')[0]) ? state.pair.split('->')[0] : actors[0] || null;
  }
  const picker = document.getElementById('map-actor');
  picker.replaceChildren(...actors.map((a) => el('option', {value: a}, a)));
  if (map.actor) picker.value = map.actor;
}

function drillPair(actor, target) {
  drillEvents({type: 'stance', actor}, (ev) => ev.fields.target === target, actor + ' → ' + target);
}

function renderMapStance() {
  const offMap = document.getElementById('map-offmap');
  offMap.replaceChildren();
  const byTarget = new Map(map.pairs.filter((p) => p.actor === map.actor).map((p) => [p.target, p]));
  if (!map.base) return;
  const labels = document.querySelector('#map-svg .country-labels');
  labels.replaceChildren();
  const drawn = new Set();
  document.querySelectorAll('#map-svg .country').forEach((shape) => {
    const iso = shape.dataset.iso;
    const pair = iso ? byTarget.get(iso) : null;
    const country = map.base.countries[Number(shape.dataset.index)];
    shape.replaceChildren();
    shape.onclick = null;
    shape.onkeydown = null;
    shape.removeAttribute('tabindex');
    shape.removeAttribute('role');
    shape.removeAttribute('data-score');
    shape.style.fill = '';
    if (iso && iso === map.actor) {
      shape.setAttribute('class', 'country actor');
      shape.append(svg('title', {}, shape.dataset.name + ' (' + iso + '): the chosen actor'));
      if (country && country.label) labels.append(countryLabel(country.label, iso, 'actor-label'));
      return;
    }
    if (!pair) {
      shape.setAttribute('class', 'country no-data');
      shape.append(svg('title', {}, shape.dataset.name + (iso ? ' (' + iso + ')' : '') + ': no stance events from '
        + (map.actor || 'any actor')));
      return;
    }
    drawn.add(iso);
    shape.setAttribute('class', 'country has-data ' + polarityClass(pair.score));
    shape.dataset.score = String(pair.score);
    shape.style.fill = stanceColour(pair.score);
    shape.setAttribute('tabindex', '0');
    shape.setAttribute('role', 'button');
    shape.append(svg('title', {}, shape.dataset.name + ' (' + iso + '): ' + map.actor + ' → ' + iso + ' score '
      + fmt.score(pair.score) + ' from ' + pair.count + ' events; click for the events'));
    shape.onclick = () => drillPair(map.actor, iso);
    shape.onkeydown = (e) => { if (e.key === 'Enter' || e.key === ' ') drillPair(map.actor, iso); };
    if (country && country.label) labels.append(countryLabel(country.label, iso + ' ' + fmt.score(pair.score), ''));
  });
  // organisations (EU, NATO, ...) and countries too small for 1:110m have no shape: listed instead of lost
  for (const [target, pair] of byTarget) {
    if (drawn.has(target)) continue;
    offMap.append(el('li', {'data-testid': 'map-offmap-target', 'data-target': target},
      el('span', {class: 'map-key', style: 'background:' + stanceColour(pair.score)}), ' ',
      el('strong', {}, target), ' ', el('span', {class: polarityClass(pair.score)}, fmt.score(pair.score)), ' · ',
      linkButton(pair.count + ' events', 'map-offmap-count', () => drillPair(map.actor, target), 'show these events')));
  }
  if (!offMap.children.length) offMap.append(el('li', {class: 'muted'}, 'none'));
}

function countryLabel([x, y], text, cls) {
  return svg('text', {x: x.toFixed(1), y: y.toFixed(1), class: 'country-label ' + cls, 'text-anchor': 'middle'}, text);
}

function renderMapRoutes() {
  const unplaced = document.getElementById('map-unplaced');
  unplaced.replaceChildren();
  const layer = document.querySelector('#map-svg .routes');
  const labels = document.querySelector('#map-svg .route-labels');
  if (layer) layer.replaceChildren();
  if (labels) labels.replaceChildren();
  for (const r of map.routes) {
    const geometry = map.base ? map.base.geometry[r.route] : null;
    const open = () => drillEvents({type: 'route_disruption'}, (ev) => ev.fields.route === r.route, r.route);
    if (!map.base) continue;
    if (!geometry) {
      unplaced.append(el('li', {'data-testid': 'map-unplaced-route', 'data-route': r.route},
        el('span', {class: 'pill status-' + r.status}, fmt.label(r.status)), ' ',
        linkButton(r.route, 'map-unplaced-link', open, 'show its events'), ' ', el('span', {class: 'muted'}, r.name || '')));
      continue;
    }
    const d = geometry.lines.map((line) => pointsPath(line, false)).join('');
    const group = svg('g', {class: 'map-route status-' + r.status, 'data-testid': 'map-route', 'data-route': r.route,
      tabindex: 0, role: 'button', onclick: open,
      onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') open(); }},
      svg('path', {d, class: 'route-casing'}),
      svg('path', {d, class: 'route-line status-' + r.status, 'data-testid': 'map-route-line'}),
      svg('path', {d, class: 'route-hit'}));
    group.append(svg('title', {}, r.route + ' ' + (r.name || geometry.name) + ': ' + fmt.label(r.status)
      + (r.since ? ' since ' + r.since : '') + '; click for its events'));
    const middle = geometry.lines[0][Math.floor((geometry.lines[0].length - 1) / 2)];
    const [x, y] = project(middle);
    labels.append(svg('text', {x: x.toFixed(1), y: (y - 6).toFixed(1), class: 'route-label status-' + r.status,
      'text-anchor': 'middle', 'data-route': r.route}, r.route));
    layer.append(group);
  }
  if (map.base && !unplaced.children.length) unplaced.append(el('li', {class: 'muted'}, 'none'));
}

// ---------- drill-down ----------

function openDrill(title) {
  const panel = document.getElementById('drill');
  document.getElementById('drill-title').textContent = title;
  const body = document.getElementById('drill-body');
  body.replaceChildren(el('p', {class: 'muted'}, 'loading…'));
  panel.hidden = false;
  return body;
}

// The min-confidence filter, as a query parameter for /api/events ('' when every event is shown).
function confidenceParam() {
  return state.minConfidence > 0 ? '&minConfidence=' + state.minConfidence : '';
}

async function drillEvents(query, keep, title) {
  state.lastDrill = {query, keep, title};
  const params = new URLSearchParams({limit: '1000'});
  for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
  if (state.minConfidence > 0) params.set('minConfidence', String(state.minConfidence));
  const body = openDrill('Events: ' + (title || [query.type && fmt.label(query.type), query.actor].filter(Boolean).join(', '))
    + (state.minConfidence > 0 ? ' (confidence ≥ ' + state.minConfidence + ')' : ''));
  try {
    const {body: events} = await getJson('/api/events?' + params);
    const shown = keep ? events.filter(keep) : events;
    body.replaceChildren(el('p', {class: 'muted'}, shown.length + ' event(s), newest first'));
    for (const ev of shown) body.append(eventCard(ev));
  } catch (e) {
    body.replaceChildren(el('p', {class: 'error'}, String(e.message || e)));
  }
}

function eventCard(ev) {
  const fields = Object.entries(ev.fields || {}).filter(([, v]) => v)
    .map(([k, v]) => el('span', {class: 'chip'}, k + ': ' + v));
  const isNew = state.newIds.has(ev.id);
  return el('div', {class: isNew ? 'event new' : 'event', 'data-testid': 'drill-event', 'data-event': ev.id},
    el('div', {class: 'event-head'},
      isNew ? el('span', {class: 'pill new', title: 'arrived after this page was opened'}, 'new') : null,
      el('span', {class: 'pill'}, fmt.label(ev.type)), ' ',
      el('span', {class: 'date'}, ev.date || 'undated'),
      ev.hedged ? el('span', {class: 'pill hedged'}, 'hedged') : null,
      el('span', {class: 'muted'}, ' confidence ' + Number(ev.confidence).toFixed(2) + ' · ' + ev.sources + ' source(s)')),
    el('blockquote', {}, ev.evidence),
    el('div', {class: 'chips'}, ...fields),
    el('div', {class: 'articles'}, 'articles: ', ...(ev.articles || []).map((a) =>
      linkButton(a, 'article-link', () => showArticle(a, ev), 'show the evidence in this article'))));
}

// From an aggregate row (incident, statement, evidence): find the event, then show it in its first article.
async function openEvent(ref) {
  state.lastDrill = null; // one event by id: the confidence filter does not apply
  const body = openDrill('Evidence');
  try {
    let ev = null;
    if (ref.type || !ref.evidence) {
      const {body: events} = await getJson('/api/events?limit=1000' + (ref.type ? '&type=' + ref.type : ''));
      ev = events.find((e) => e.id === ref.id) || null;
    }
    ev = ev || {id: ref.id, type: ref.type || '', evidence: ref.evidence || '', fields: {}, articles: ref.articles || [],
      sources: (ref.articles || []).length, confidence: NaN, date: null};
    body.replaceChildren(eventCard(ev));
    if ((ev.articles || []).length) await showArticle(ev.articles[0], ev);
  } catch (e) {
    body.replaceChildren(el('p', {class: 'error'}, String(e.message || e)));
  }
}

async function showArticle(articleId, ev) {
  const body = document.getElementById('drill-body');
  body.querySelectorAll('.article-view').forEach((n) => n.remove());
  const holder = el('section', {class: 'article-view', 'data-testid': 'article-view'}, el('p', {class: 'muted'}, 'loading article…'));
  body.append(holder);
  const {status, body: article} = await getJson('/api/articles/' + encodeURIComponent(articleId));
  if (status === 404) {
    holder.replaceChildren(el('p', {class: 'muted'}, 'article ' + articleId + ' is not available'));
    return;
  }
  holder.replaceChildren(
    el('h3', {}, article.title || article.article),
    el('p', {class: 'muted'}, [article.source, article.author, article.published
      && (article.published + (article.published_estimated ? ' (estimated)' : ''))].filter(Boolean).join(' · ')),
    highlightedText(article, ev));
  const mark = holder.querySelector('mark.selected');
  if (mark) mark.scrollIntoView({block: 'center'});
}

// The article text with every event's evidence marked; the chosen event's is "selected".
function highlightedText(article, ev) {
  const text = article.text || '';
  const spans = [];
  for (const e of article.events || []) {
    if (e.evidence_start >= 0 && e.evidence_end > e.evidence_start && e.evidence_end <= text.length) {
      spans.push({start: e.evidence_start, end: e.evidence_end, selected: e.id === ev.id, title: e.summary || e.type});
    }
  }
  if (!spans.some((s) => s.selected) && ev.evidence) {
    const same = spans.find((s) => text.slice(s.start, s.end) === ev.evidence);
    if (same) same.selected = true;
    else {
      const at = text.indexOf(ev.evidence);
      if (at >= 0) spans.push({start: at, end: at + ev.evidence.length, selected: true, title: ev.type});
    }
  }
  spans.sort((a, b) => a.start - b.start || (b.selected - a.selected));
  const root = el('div', {class: 'article-text', 'data-testid': 'article-text'});
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue; // overlapping evidence: keep the first
    root.append(text.slice(at, s.start));
    root.append(el('mark', {class: s.selected ? 'selected' : 'other', title: s.title,
      'data-testid': s.selected ? 'evidence-mark' : 'other-mark'}, text.slice(s.start, s.end)));
    at = s.end;
  }
  root.append(text.slice(at));
  return root;
}

// ---------- live refresh ----------

function showError(e) {
  document.getElementById('live-dot').className = 'dot error';
  document.getElementById('live-text').textContent = 'API unreachable: ' + (e.message || e);
}

// ---------- live push (server-sent events), with polling as the fallback ----------

function renderNewEvents() {
  const section = document.getElementById('new-section');
  section.hidden = state.newEvents.length === 0;
  document.getElementById('new-count').textContent = state.newEvents.length + ' event(s)'
    + (state.newEvents.length > NEW_EVENTS_SHOWN ? ', latest ' + NEW_EVENTS_SHOWN + ' shown' : '');
  document.getElementById('new-events').replaceChildren(...state.newEvents.slice(0, NEW_EVENTS_SHOWN).map(eventCard));
}

function onChange(message) {
  const change = JSON.parse(message.data);
  const arrived = (change.new_events || []).filter((ev) => !state.newIds.has(ev.id));
  for (const ev of arrived) state.newIds.add(ev.id);
  state.newEvents = arrived.concat(state.newEvents);
  renderNewEvents();
  refresh();
}

const STREAM_RETRY_MS = 3000;
const streamHandlers = {
  hello: () => { state.pushed = true; liveText(); },
  change: onChange,
};

// The server says when the state changed, so the page updates within a second; when the stream is down (a proxy
// that buffers, an old instance), it is opened again after a pause and polling keeps the page current meanwhile.
// EventSource cannot send an Authorization header, so with a token the stream is read through fetch instead.
function connectStream() {
  if (sessionStorage.getItem(TOKEN_KEY)) {
    readStreamWithToken();
    return;
  }
  if (typeof EventSource === 'undefined') return;
  const source = new EventSource('/api/stream');
  for (const [type, handle] of Object.entries(streamHandlers)) source.addEventListener(type, handle);
  source.onerror = () => {
    state.pushed = false;
    liveText();
    // refused (401: a token became needed) or gone for good: EventSource gives up; with a token, fetch can ask
    if (source.readyState === EventSource.CLOSED && sessionStorage.getItem(TOKEN_KEY)) {
      setTimeout(readStreamWithToken, STREAM_RETRY_MS);
    }
  };
}

// Splits server-sent-event text into complete events ({type, data}) and the unfinished rest (kept for the next
// chunk). Only what the dashboard needs: event, data (several lines joined), comments and other fields skipped.
function parseEventStream(text) {
  const events = [];
  const blocks = text.replace(/\r\n?/g, '\n').split('\n\n');
  const rest = blocks.pop();
  for (const block of blocks) {
    let type = 'message';
    const data = [];
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') type = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length > 0 || type !== 'message') events.push({type, data: data.join('\n')});
  }
  return {events, rest};
}

async function readStreamWithToken() {
  try {
    const response = await fetch('/api/stream', {headers: {
      Accept: 'text/event-stream', Authorization: 'Bearer ' + sessionStorage.getItem(TOKEN_KEY)}});
    if (response.status === 401) await askForToken();
    if (!response.ok || !response.body) throw new Error('/api/stream: HTTP ' + response.status);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let pending = '';
    for (;;) {
      const {value, done} = await reader.read();
      if (done) break;
      const parsed = parseEventStream(pending + value);
      pending = parsed.rest;
      for (const ev of parsed.events) {
        const handle = streamHandlers[ev.type];
        if (handle) handle({data: ev.data});
      }
    }
  } catch (e) {
    // a dropped connection is not a page error: polling carries on, and the stream is opened again below
  }
  state.pushed = false;
  liveText();
  setTimeout(readStreamWithToken, STREAM_RETRY_MS);
}

function liveText() {
  document.getElementById('live-text').textContent = state.pushed
    ? 'live (pushed by the server)' : 'live, every ' + POLL_MS / 1000 + ' s';
}

async function refresh() {
  try {
    await Promise.all([
      load('summary', '/api/summary', renderSummary),
      load('pairs', '/api/stance/pairs', renderPairs).then(refreshStance),
      load('routes', '/api/routes', renderRoutes),
      refreshSanctionActors().then(refreshLedger),
    ]);
    document.getElementById('live-dot').className = 'dot ok';
    liveText();
    const now = new Date();
    const stamp = document.getElementById('last-updated');
    stamp.textContent = now.toLocaleTimeString();
    stamp.dateTime = now.toISOString();
  } catch (e) {
    showError(e);
  }
}

function init() {
  document.getElementById('pair-picker').addEventListener('change', (e) => selectPair(e.target.value));
  document.getElementById('sanctions-actor').addEventListener('change', (e) => {
    state.sanctionsActor = e.target.value;
    delete state.lastJson.sanctions;
    refreshLedger().catch(showError);
  });
  document.getElementById('min-confidence').addEventListener('change', (e) => {
    state.minConfidence = Number(e.target.value) || 0;
    const drill = document.getElementById('drill');
    if (!drill.hidden && state.lastDrill) {
      const {query, keep, title} = state.lastDrill;
      drillEvents(query, keep, title);
    }
    refresh();
  });
  initMap();
  document.getElementById('drill-close').addEventListener('click', () => { document.getElementById('drill').hidden = true; });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') document.getElementById('drill').hidden = true; });
  // the first refresh asks for the token if the API needs one, so the stream knows how to connect
  refresh().then(connectStream);
  // polling stays as the fallback: it works through any proxy and whatever the stream missed
  setInterval(() => { if (!document.hidden) refresh(); }, POLL_MS);
}

init();
