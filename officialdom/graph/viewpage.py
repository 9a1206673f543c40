"""The page of the visual graph: HTML, CSS and JavaScript, inlined into one file by :mod:`.view`.

The script is written for this page (no third-party code): a force-directed layout on a canvas, pan and zoom,
search, filters by type, country and date range, and a panel with the facts and evidence sentences of the node
or edge clicked. Text from the graph is only ever set with ``textContent``, never parsed as HTML.
"""

from __future__ import annotations

__all__ = ["SCRIPT", "STYLE", "TEMPLATE"]

STYLE = r"""
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1d2733; background: #f6f7f9; }
#app { display: grid; grid-template-columns: 260px 1fr 360px; grid-template-rows: auto 1fr; height: 100%; }
header { grid-column: 1 / 4; display: flex; align-items: center; gap: 12px; padding: 8px 12px;
  background: #1d2733; color: #fff; }
header h1 { font-size: 16px; margin: 0; font-weight: 600; }
header input[type=search] { flex: 0 1 320px; padding: 5px 8px; border-radius: 4px; border: 0; }
#count { margin-left: auto; font-size: 13px; opacity: .9; }
#filters { overflow: auto; padding: 10px 12px; border-right: 1px solid #d8dce2; background: #fff; }
#filters h2, #details h2 { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: #5b6775;
  margin: 14px 0 6px; }
#filters label { display: flex; align-items: center; gap: 6px; margin: 2px 0; cursor: pointer; }
#filters select, #filters input[type=date] { width: 100%; padding: 3px; margin: 2px 0; }
.swatch { display: inline-block; width: 11px; height: 11px; border-radius: 50%; }
.n { margin-left: auto; color: #8a94a0; font-size: 12px; }
#stage { position: relative; overflow: hidden; }
#canvas { width: 100%; height: 100%; display: block; cursor: grab; }
#details { overflow: auto; padding: 10px 14px; border-left: 1px solid #d8dce2; background: #fff; }
#details .title { font-size: 17px; font-weight: 600; margin: 4px 0; }
#details .type { color: #5b6775; }
#details table { border-collapse: collapse; width: 100%; margin: 6px 0; }
#details td { border-top: 1px solid #eef0f3; padding: 3px 4px; vertical-align: top; overflow-wrap: anywhere; }
#details td:first-child { color: #5b6775; width: 35%; }
#details blockquote { margin: 6px 0; padding: 6px 10px; background: #f3f5f8; border-left: 3px solid #4a7bd0;
  white-space: pre-wrap; }
#details a { color: #2557b3; cursor: pointer; text-decoration: underline; }
#details ul { padding-left: 18px; margin: 4px 0; }
.hint { color: #8a94a0; }
"""

SCRIPT = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var COLORS = { Person: "#d9534f", Organization: "#5b8def", Country: "#2e9e5b", Place: "#8d6e63",
    Meeting: "#f0a030", Visit: "#e67e22", AgreementSigning: "#9b59b6", PressConference: "#16a3b8",
    PhoneCall: "#c0ca33", Attendance: "#f4c542", Statement: "#b0b7c0", Agreement: "#7e57c2" };
  var nodes = data.nodes, edges = data.edges, byId = {};
  nodes.forEach(function (n, i) { n.index = i; byId[n.id] = n; n.degree = 0; n.visible = true; n.match = false; });
  edges.forEach(function (e, i) {
    e.index = i; e.s = byId[e.source]; e.t = byId[e.target]; e.s.degree++; e.t.degree++;
  });
  function colour(t) { return COLORS[t] || "#777"; }
  function radius(n) { return n.kind === "entity" ? 5 + Math.min(9, Math.sqrt(n.degree) * 1.6) : 4.5; }

  // ---- layout: a seeded force-directed simulation (repulsion, springs along edges, gravity) -------------------
  var seed = 7;
  function random() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
  var N = nodes.length;
  nodes.forEach(function (n, i) {
    var a = i * 2.399963, r = 30 * Math.sqrt(i + 1);
    n.x = r * Math.cos(a) + random(); n.y = r * Math.sin(a) + random(); n.vx = 0; n.vy = 0;
  });
  function step(alpha) {
    var i, j, a, b, dx, dy, d2, f;
    for (i = 0; i < N; i++) {
      a = nodes[i];
      for (j = i + 1; j < N; j++) {
        b = nodes[j]; dx = a.x - b.x; dy = a.y - b.y; d2 = dx * dx + dy * dy + 0.01;
        if (d2 > 250000) continue;
        f = 900 * alpha / d2; a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
      }
    }
    edges.forEach(function (e) {
      dx = e.t.x - e.s.x; dy = e.t.y - e.s.y; var d = Math.sqrt(dx * dx + dy * dy) + 0.01;
      f = (d - 45) * 0.05 * alpha / d; e.s.vx += dx * f; e.s.vy += dy * f; e.t.vx -= dx * f; e.t.vy -= dy * f;
    });
    nodes.forEach(function (n) {
      n.vx -= n.x * 0.012 * alpha; n.vy -= n.y * 0.012 * alpha;
      if (n.fixed) { n.vx = 0; n.vy = 0; return; }
      n.vx *= 0.6; n.vy *= 0.6;
      var v = Math.sqrt(n.vx * n.vx + n.vy * n.vy); if (v > 30) { n.vx *= 30 / v; n.vy *= 30 / v; }
      n.x += n.vx; n.y += n.vy;
    });
  }
  var iterations = Math.max(40, Math.min(300, Math.floor(3e7 / Math.max(1, N * N))));
  for (var it = 0; it < iterations; it++) { step(1 - it / iterations * 0.9); }

  // ---- view: pan and zoom ----------------------------------------------------------------------------------
  var canvas = document.getElementById("canvas"), ctx = canvas.getContext("2d");
  var view = { x: 0, y: 0, k: 1 }, selected = null, dpr = window.devicePixelRatio || 1;
  function fit() {
    var shown = nodes.filter(function (n) { return n.visible; });
    if (!shown.length) { shown = nodes; }
    if (!shown.length) { return; }
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    shown.forEach(function (n) { x0 = Math.min(x0, n.x); y0 = Math.min(y0, n.y); x1 = Math.max(x1, n.x); y1 = Math.max(y1, n.y); });
    var w = canvas.clientWidth, h = canvas.clientHeight;
    view.k = Math.min(2.5, 0.9 * Math.min(w / Math.max(1, x1 - x0 + 40), h / Math.max(1, y1 - y0 + 40)));
    view.x = w / 2 - view.k * (x0 + x1) / 2; view.y = h / 2 - view.k * (y0 + y1) / 2;
  }
  function toScreen(n) { return { x: n.x * view.k + view.x, y: n.y * view.k + view.y }; }
  function toWorld(px, py) { return { x: (px - view.x) / view.k, y: (py - view.y) / view.k }; }
  function resize() {
    var w = canvas.clientWidth, h = canvas.clientHeight;
    canvas.width = Math.max(1, Math.floor(w * dpr)); canvas.height = Math.max(1, Math.floor(h * dpr));
    draw();
  }
  function isSelected(item) { return selected && selected.item === item; }
  function draw() {
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, canvas.clientWidth, canvas.clientHeight);
    ctx.save(); ctx.translate(view.x, view.y); ctx.scale(view.k, view.k);
    var searching = search.value.trim() !== "";
    edges.forEach(function (e) {
      if (!e.s.visible || !e.t.visible) { return; }
      var hot = isSelected(e) || (selected && (selected.item === e.s || selected.item === e.t));
      ctx.strokeStyle = hot ? "#1d2733" : "rgba(90,100,115,0.35)";
      ctx.lineWidth = (isSelected(e) ? 3 : hot ? 1.6 : 1) / view.k;
      ctx.beginPath(); ctx.moveTo(e.s.x, e.s.y); ctx.lineTo(e.t.x, e.t.y); ctx.stroke();
    });
    nodes.forEach(function (n) {
      if (!n.visible) { return; }
      ctx.globalAlpha = searching && !n.match ? 0.2 : 1;
      ctx.fillStyle = colour(n.type);
      ctx.beginPath();
      var r = radius(n) / Math.sqrt(view.k);
      if (n.kind === "entity") { ctx.arc(n.x, n.y, r, 0, 2 * Math.PI); }
      else { ctx.rect(n.x - r, n.y - r, 2 * r, 2 * r); }
      ctx.fill();
      if (isSelected(n) || (searching && n.match)) {
        ctx.lineWidth = 2.5 / view.k; ctx.strokeStyle = "#1d2733"; ctx.stroke();
      }
    });
    ctx.globalAlpha = 1;
    ctx.fillStyle = "#1d2733"; ctx.font = (11 / view.k) + "px system-ui, sans-serif";
    nodes.forEach(function (n) {
      if (!n.visible || n.kind !== "entity") { return; }
      if (view.k < 0.8 && n.degree < 4 && !isSelected(n) && !n.match) { return; }
      ctx.fillText(n.label, n.x + (radius(n) + 2) / Math.sqrt(view.k), n.y + 4 / view.k);
    });
    ctx.restore();
  }

  // ---- hit testing -------------------------------------------------------------------------------------------
  function nodeAt(px, py) {
    var best = null, bestD = Infinity;
    nodes.forEach(function (n) {
      if (!n.visible) { return; }
      var p = toScreen(n), dx = p.x - px, dy = p.y - py, d = Math.sqrt(dx * dx + dy * dy);
      if (d <= Math.max(7, radius(n) * Math.sqrt(view.k) + 3) && d < bestD) { best = n; bestD = d; }
    });
    return best;
  }
  function edgeAt(px, py) {
    var best = null, bestD = 5;
    edges.forEach(function (e) {
      if (!e.s.visible || !e.t.visible) { return; }
      var a = toScreen(e.s), b = toScreen(e.t), dx = b.x - a.x, dy = b.y - a.y, l2 = dx * dx + dy * dy;
      var t = l2 ? Math.max(0, Math.min(1, ((px - a.x) * dx + (py - a.y) * dy) / l2)) : 0;
      var qx = a.x + t * dx - px, qy = a.y + t * dy - py, d = Math.sqrt(qx * qx + qy * qy);
      if (d < bestD) { best = e; bestD = d; }
    });
    return best;
  }

  // ---- the details panel -------------------------------------------------------------------------------------
  var details = document.getElementById("details");
  function el(tag, text, cls) {
    var x = document.createElement(tag);
    if (text !== undefined && text !== null) { x.textContent = String(text); }
    if (cls) { x.className = cls; }
    return x;
  }
  function row(table, key, value) {
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) { return; }
    var tr = el("tr"); tr.appendChild(el("td", key));
    tr.appendChild(el("td", Array.isArray(value) ? value.join("; ") : value)); table.appendChild(tr);
  }
  function evidence(list) {
    var box = el("div"); box.id = "evidence";
    box.appendChild(el("h2", "Evidence"));
    if (!list || !list.length) { box.appendChild(el("p", "No evidence sentence for this item.", "hint")); }
    (list || []).forEach(function (s) { var q = el("blockquote", s); q.className = "sentence"; box.appendChild(q); });
    return box;
  }
  function link(n) {
    var a = el("a", n.label + " (" + n.type + ")");
    a.addEventListener("click", function () { select(n.id); });
    return a;
  }
  function showNode(n) {
    details.textContent = "";
    details.appendChild(el("div", n.label, "title"));
    details.appendChild(el("div", n.type, "type"));
    var table = el("table"); table.id = "facts";
    row(table, "IRI", n.id); row(table, "countries", n.countries); row(table, "date", n.date);
    row(table, "article date", n.published);
    Object.keys(n.facts || {}).forEach(function (k) { row(table, k, n.facts[k]); });
    details.appendChild(el("h2", "Facts")); details.appendChild(table);
    var around = edges.filter(function (e) { return e.s === n || e.t === n; });
    if (around.length) {
      details.appendChild(el("h2", "Links (" + around.length + ")"));
      var ul = el("ul");
      around.forEach(function (e) {
        var li = el("li"), other = e.s === n ? e.t : e.s;
        li.appendChild(el("span", (e.s === n ? e.label + " \u2192 " : e.label + " \u2190 ")));
        li.appendChild(link(other)); ul.appendChild(li);
      });
      details.appendChild(ul);
    }
    details.appendChild(evidence(n.evidence));
  }
  function showEdge(e) {
    details.textContent = "";
    details.appendChild(el("div", e.label, "title"));
    details.appendChild(el("div", "link: " + e.relation, "type"));
    var p = el("p"); p.appendChild(link(e.s)); p.appendChild(el("span", " \u2192 ")); p.appendChild(link(e.t));
    details.appendChild(p);
    var list = (e.evidence && e.evidence.length) ? e.evidence : (e.s.kind !== "entity" ? e.s.evidence : e.t.evidence);
    details.appendChild(evidence(list));
  }
  function select(id) {
    var n = byId[id];
    if (n) { selected = { item: n }; showNode(n); } else if (typeof id === "number" && edges[id]) {
      selected = { item: edges[id] }; showEdge(edges[id]);
    }
    draw();
    return !!selected;
  }

  // ---- filters and search ------------------------------------------------------------------------------------
  var search = document.getElementById("search"), typeBox = document.getElementById("types");
  var countrySel = document.getElementById("country"), from = document.getElementById("from");
  var to = document.getElementById("to"), isolated = document.getElementById("isolated");
  var typeCounts = {};
  nodes.forEach(function (n) { typeCounts[n.type] = (typeCounts[n.type] || 0) + 1; });
  Object.keys(typeCounts).sort().forEach(function (t) {
    var label = el("label"), box = el("input"); box.type = "checkbox"; box.checked = true; box.value = t;
    box.dataset.type = t; box.addEventListener("change", apply);
    var sw = el("span", null, "swatch"); sw.style.background = colour(t);
    label.appendChild(box); label.appendChild(sw); label.appendChild(el("span", t));
    label.appendChild(el("span", typeCounts[t], "n")); typeBox.appendChild(label);
  });
  var countries = {};
  nodes.forEach(function (n) { (n.countries || []).forEach(function (c) { countries[c] = true; }); });
  Object.keys(countries).sort().forEach(function (c) { var o = el("option", c); o.value = c; countrySel.appendChild(o); });
  function apply() {
    var types = {};
    Array.prototype.forEach.call(typeBox.querySelectorAll("input"), function (b) { types[b.value] = b.checked; });
    var c = countrySel.value, f = from.value, t = to.value, q = search.value.trim().toLowerCase();
    nodes.forEach(function (n) {
      var when = n.date || n.published || "";
      n.visible = types[n.type] !== false && (!c || (n.countries || []).indexOf(c) >= 0) &&
        (!when || ((!f || when >= f) && (!t || when <= t)));
      n.match = q !== "" && (n.label.toLowerCase().indexOf(q) >= 0 ||
        ((n.facts || {})["also known as"] || []).some(function (a) { return a.toLowerCase().indexOf(q) >= 0; }));
    });
    if (isolated.checked) {
      var linked = {};
      edges.forEach(function (e) { if (e.s.visible && e.t.visible) { linked[e.s.id] = linked[e.t.id] = true; } });
      nodes.forEach(function (n) { if (!linked[n.id]) { n.visible = false; } });
    }
    var shownNodes = nodes.filter(function (n) { return n.visible; }).length;
    var shownEdges = edges.filter(function (e) { return e.s.visible && e.t.visible; }).length;
    var count = document.getElementById("count");
    count.textContent = shownNodes + " of " + N + " nodes, " + shownEdges + " of " + edges.length + " links";
    count.dataset.nodes = String(shownNodes); count.dataset.edges = String(shownEdges);
    draw();
  }
  [countrySel, from, to, isolated].forEach(function (x) { x.addEventListener("change", apply); });
  search.addEventListener("input", apply);
  search.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") { return; }
    var q = search.value.trim().toLowerCase();
    function rank(n) { return (n.label.toLowerCase() === q ? 0 : 2) + (n.kind === "entity" ? 0 : 1); }
    var hit = nodes.filter(function (n) { return n.visible && n.match; })
      .sort(function (a, b) { return rank(a) - rank(b) || a.index - b.index; })[0];
    if (hit) {
      select(hit.id);
      view.x = canvas.clientWidth / 2 - hit.x * view.k; view.y = canvas.clientHeight / 2 - hit.y * view.k; draw();
    }
  });

  // ---- mouse: click to select, drag a node to move it, drag the background to pan, wheel to zoom --------------
  var drag = null;
  function pos(ev) { var r = canvas.getBoundingClientRect(); return { x: ev.clientX - r.left, y: ev.clientY - r.top }; }
  canvas.addEventListener("mousedown", function (ev) {
    var p = pos(ev), n = nodeAt(p.x, p.y);
    drag = { node: n, x: p.x, y: p.y, vx: view.x, vy: view.y, moved: false };
  });
  window.addEventListener("mousemove", function (ev) {
    if (!drag) { return; }
    var p = pos(ev);
    if (Math.abs(p.x - drag.x) + Math.abs(p.y - drag.y) > 3) { drag.moved = true; }
    if (!drag.moved) { return; }
    if (drag.node) { var w = toWorld(p.x, p.y); drag.node.x = w.x; drag.node.y = w.y; drag.node.fixed = true; }
    else { view.x = drag.vx + p.x - drag.x; view.y = drag.vy + p.y - drag.y; }
    draw();
  });
  window.addEventListener("mouseup", function (ev) {
    if (!drag) { return; }
    var p = pos(ev), wasClick = !drag.moved;
    drag = null;
    if (!wasClick) { return; }
    var n = nodeAt(p.x, p.y);
    if (n) { select(n.id); return; }
    var e = edgeAt(p.x, p.y);
    if (e) { select(e.index); return; }
    selected = null; details.textContent = "";
    details.appendChild(el("p", "Click a node or a link to see its facts and evidence.", "hint")); draw();
  });
  canvas.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var p = pos(ev), w = toWorld(p.x, p.y), k = Math.max(0.05, Math.min(8, view.k * Math.exp(-ev.deltaY * 0.0015)));
    view.k = k; view.x = p.x - w.x * k; view.y = p.y - w.y * k; draw();
  }, { passive: false });
  window.addEventListener("resize", function () { resize(); });

  // ---- a small API for notebooks and tests --------------------------------------------------------------------
  window.officialdomView = {
    nodeCount: function () { return N; },
    edgeCount: function () { return edges.length; },
    visibleNodeCount: function () { return nodes.filter(function (n) { return n.visible; }).length; },
    select: select,
    find: function (label) { var n = nodes.filter(function (x) { return x.label === label; })[0]; return n ? n.id : null; },
    screenPosition: function (id) {
      var n = byId[id]; if (!n) { return null; }
      var p = toScreen(n), r = canvas.getBoundingClientRect(); return { x: p.x + r.left, y: p.y + r.top };
    },
    edgeMidpoint: function (i) {
      var e = edges[i]; if (!e) { return null; }
      var a = toScreen(e.s), b = toScreen(e.t), r = canvas.getBoundingClientRect();
      return { x: (a.x + b.x) / 2 + r.left, y: (a.y + b.y) / 2 + r.top };
    },
    centerOn: function (id) {
      var n = byId[id]; if (!n) { return false; }
      view.x = canvas.clientWidth / 2 - n.x * view.k; view.y = canvas.clientHeight / 2 - n.y * view.k; draw(); return true;
    },
    apply: apply
  };
  resize(); apply(); fit(); draw();
  document.body.dataset.ready = "1";
})();
"""

TEMPLATE = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>__TITLE__</title>
<style>__STYLE__</style>
</head>
<body>
<div id="app">
  <header>
    <h1>__TITLE__</h1>
    <input id="search" type="search" placeholder="Search names (Enter to select)" aria-label="Search">
    <span id="count"></span>
  </header>
  <aside id="filters">
    <h2>Types</h2>
    <div id="types"></div>
    <h2>Country</h2>
    <select id="country" aria-label="Country"><option value="">All countries</option></select>
    <h2>Dates</h2>
    <label>from <input id="from" type="date"></label>
    <label>to <input id="to" type="date"></label>
    <p class="hint">Events and agreements are dated by their own date, or their article's; people and places
      have no date and stay shown.</p>
    <h2>Display</h2>
    <label><input id="isolated" type="checkbox"> hide nodes without links</label>
    <p class="hint">Drag the background to pan, the wheel to zoom, a node to move it.</p>
  </aside>
  <main id="stage"><canvas id="canvas" aria-label="The graph"></canvas></main>
  <aside id="details"><p class="hint">Click a node or a link to see its facts and evidence.</p></aside>
</div>
<script type="application/json" id="graph-data">__DATA__</script>
<script>__SCRIPT__</script>
</body>
</html>
"""
