// caregraph HTML viewer. Data comes from the JSON script element #graph-data;
// every string from the documents reaches the page through textContent or the canvas, never
// through innerHTML. After the first layout, <body> gets data-node-count and data-edge-count,
// data-shown-node-count and data-labelled-count (how many node labels are drawn).
// Isolated entities (no edge but MENTIONS) are hidden until the "Show isolated" box is ticked
// (#isolates in the URL ticks it). Node labels never overlap: the largest nodes are labelled
// first, a label that would overlap one already placed is left out, and zooming in makes room
// (labels keep their size on screen while the nodes move apart; #zoom=N in the URL opens the
// view N times closer, and the hash's parts combine: #isolates&zoom=4).
(function () {
  "use strict";
  var body = document.body;
  var status = document.getElementById("status");

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function fail(error) {
    body.setAttribute("data-error", String(error && error.message ? error.message : error));
    status.textContent = "error: " + (error && error.message ? error.message : error);
  }

  try {
    var data = JSON.parse(document.getElementById("graph-data").textContent);
    run(data);
  } catch (error) {
    fail(error);
  }

  function run(data) {
    var hiddenTypes = new Set(data.hidden.types);
    var hiddenRelations = new Set(data.hidden.relations);
    var labelOf = {};
    data.nodes.forEach(function (n) { labelOf[n.id] = n.attrs.label || n.id; });

    var typed = new Set();
    data.edges.forEach(function (e) {
      if (!hiddenRelations.has(e.relation)) { typed.add(e.source); typed.add(e.target); }
    });
    var count = data.nodes.length;
    var elements = data.nodes.map(function (n, i) {
      var angle = (2 * Math.PI * i) / Math.max(count, 1);
      return {
        group: "nodes",
        data: { id: n.id, label: labelOf[n.id], type: n.attrs.type || "", colour: n.colour, size: n.size, attrs: n.attrs },
        position: { x: 400 * Math.cos(angle), y: 400 * Math.sin(angle) },
        classes: (hiddenTypes.has(n.attrs.type || "") ? "hidden" : "") +
                 (!typed.has(n.id) && !hiddenTypes.has(n.attrs.type || "") ? " isolate off" : "")
      };
    }).concat(data.edges.map(function (e) {
      return {
        group: "edges",
        data: { id: e.id, source: e.source, target: e.target, relation: e.relation,
                weight: typeof e.attrs.weight === "number" ? e.attrs.weight : 1, attrs: e.attrs },
        classes: hiddenRelations.has(e.relation) ? "hidden" : ""
      };
    }));

    var cy = cytoscape({
      container: document.getElementById("graph"),
      elements: elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: {
          "background-color": "data(colour)", "width": "data(size)", "height": "data(size)",
          "label": "", "font-size": 10, "text-valign": "bottom", "text-margin-y": 2,
          "text-wrap": "wrap", "text-max-width": 120, "border-width": 1, "border-color": "#0004" } },
        { selector: "edge", style: {
          "width": "mapData(weight, 1, 10, 1, 6)", "line-color": "#9aa", "target-arrow-color": "#9aa",
          "target-arrow-shape": "triangle", "curve-style": "bezier", "arrow-scale": 0.8, "opacity": 0.8 } },
        { selector: "edge.labelled, edge:selected", style: {
          "label": "data(relation)", "font-size": 8, "text-rotation": "autorotate",
          "text-background-color": "#fff", "text-background-opacity": 0.8 } },
        { selector: ":selected", style: { "border-width": 3, "border-color": "#000", "line-color": "#333", "target-arrow-color": "#333" } },
        { selector: ".match", style: { "border-width": 3, "border-color": "#000" } },
        { selector: ".faded", style: { "opacity": 0.15 } },
        { selector: "node.named", style: { "label": "data(label)" } },
        { selector: ".hidden, .off", style: { "display": "none" } }
      ],
      layout: { name: "preset" }
    });

    var selected = null;

    // Shown: by the filter classes themselves (a style is recomputed only later).
    function shown(ele) {
      if (ele.isNode()) return !ele.hasClass("hidden") && !ele.hasClass("off");
      return !ele.hasClass("hidden") && shown(ele.source()) && shown(ele.target());
    }

    function layout(first) {
      var visible = cy.elements().filter(function (ele) {
        return shown(ele);
      });
      var box = { x1: 0, y1: 0, w: Math.max(cy.width(), 400), h: Math.max(cy.height(), 300) };
      var run = visible.layout({ name: "cose", animate: false, randomize: false, fit: true, padding: 30, boundingBox: box,
                                 nodeDimensionsIncludeLabels: true, idealEdgeLength: 60, nodeRepulsion: 4500, componentSpacing: 40 });
      if (first) run.one("layoutstop", rendered);
      run.run();
    }

    function rendered() {
      body.setAttribute("data-node-count", String(cy.nodes().length));
      body.setAttribute("data-edge-count", String(cy.edges().length));
      if (/^#isolates\b/.test(window.location.hash)) isolatesBox.click();
      updateStatus();
      var zoomTo = /(?:^#|&)zoom=([0-9]+(?:\.[0-9]+)?)/.exec(window.location.hash);
      if (zoomTo) cy.zoom({ level: cy.zoom() * parseFloat(zoomTo[1]),
                            renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      placeLabels();
      selectFromHash();
    }

    // Labels: largest first, each only where it overlaps no label already placed. A label keeps
    // its size on screen (its font is set in model units against the zoom) while zooming moves
    // the nodes apart, so zooming in frees room and more labels appear; boxes in rendered pixels.
    var labelZoom = null;
    function placeLabels() {
      var zoom = cy.zoom();
      if (zoom !== labelZoom) {
        labelZoom = zoom;
        cy.style().selector("node").style({ "font-size": 10 / zoom, "text-margin-y": 2 / zoom,
                                             "text-max-width": 120 / zoom }).update();
      }
      var placed = [];
      var nodes = cy.nodes().filter(shown).sort(function (a, b) {
        return (b.data("size") - a.data("size")) || (a.data("label") < b.data("label") ? -1 : a.data("label") > b.data("label") ? 1 : 0);
      });
      cy.batch(function () {
        nodes.forEach(function (n) {
          var p = n.renderedPosition();
          var text = String(n.data("label"));
          var width = Math.min(text.length, 20) * 6;
          var lines = Math.ceil(text.length / 20);
          var top = p.y + (n.data("size") / 2) * zoom + 2;
          var box = { x1: p.x - width / 2, x2: p.x + width / 2, y1: top, y2: top + lines * 12 };
          var free = placed.every(function (o) { return box.x2 < o.x1 || box.x1 > o.x2 || box.y2 < o.y1 || box.y1 > o.y2; });
          if (free) placed.push(box);
          n.toggleClass("named", free);
        });
        cy.nodes().filter(function (n) { return !shown(n); }).removeClass("named");
      });
      body.setAttribute("data-labelled-count", String(placed.length));
    }
    var labelTimer = null;
    cy.on("zoom pan", function () {
      if (labelTimer) clearTimeout(labelTimer);
      labelTimer = setTimeout(placeLabels, 80);
    });

    function updateStatus() {
      var shownNodes = cy.nodes().filter(shown).length;
      var shownEdges = cy.edges().filter(shown).length;
      status.textContent = cy.nodes().length + " nodes, " + cy.edges().length + " edges (" +
        shownNodes + " and " + shownEdges + " shown)";
      body.setAttribute("data-shown-node-count", String(shownNodes));
    }

    // Filters: one checkbox per type (with its colour: the legend) and per relation.
    function filterList(listId, counts, hidden, colourOf, onChange) {
      var list = document.getElementById(listId);
      Object.keys(counts).sort().forEach(function (name) {
        var item = el("li");
        var box = el("input");
        box.type = "checkbox";
        box.checked = !hidden.has(name);
        box.id = listId + "-" + Object.keys(counts).sort().indexOf(name);
        box.addEventListener("change", function () { onChange(name, box.checked); });
        var label = el("label");
        label.htmlFor = box.id;
        if (colourOf) {
          var swatch = el("span", null, "swatch");
          swatch.style.backgroundColor = colourOf(name);
          label.appendChild(swatch);
          label.appendChild(document.createTextNode(" "));
        }
        label.appendChild(document.createTextNode(name));
        item.appendChild(box);
        item.appendChild(label);
        item.appendChild(el("span", counts[name], "count"));
        list.appendChild(item);
      });
    }

    var typeCounts = {}, relationCounts = {};
    data.nodes.forEach(function (n) { var t = n.attrs.type || ""; typeCounts[t] = (typeCounts[t] || 0) + 1; });
    data.edges.forEach(function (e) { relationCounts[e.relation] = (relationCounts[e.relation] || 0) + 1; });
    function colourOfType(t) { return data.palette[t] || data.other; }

    filterList("types", typeCounts, hiddenTypes, colourOfType, function (type, on) {
      cy.nodes().filter(function (n) { return n.data("type") === type; }).toggleClass("hidden", !on);
      updateStatus();
      placeLabels();
    });
    filterList("relations", relationCounts, hiddenRelations, null, function (relation, on) {
      cy.edges().filter(function (e) { return e.data("relation") === relation; }).toggleClass("hidden", !on);
      updateStatus();
    });
    var isolatesBox = document.getElementById("isolates");
    var isolates = cy.nodes(".isolate");
    document.getElementById("isolates-count").textContent = String(isolates.length);
    isolatesBox.addEventListener("change", function () {
      isolates.toggleClass("off", !isolatesBox.checked);
      updateStatus();
      placeLabels();
    });
    document.getElementById("relayout").addEventListener("click", function () { layout(false); });

    // Search: by label or alias, case-insensitive; matches outlined, the rest faded.
    var search = document.getElementById("search");
    var matchesLine = document.getElementById("matches");
    search.addEventListener("input", function () {
      var q = search.value.trim().toLowerCase();
      cy.elements().removeClass("match faded");
      if (!q) { matchesLine.textContent = ""; return; }
      var hits = cy.nodes().filter(function (n) {
        var a = n.data("attrs");
        var names = [String(a.label || n.id())].concat(Array.isArray(a.aliases) ? a.aliases : []);
        return names.some(function (name) { return name.toLowerCase().indexOf(q) >= 0; });
      });
      hits.addClass("match");
      cy.elements().not(hits).not(hits.connectedEdges()).addClass("faded");
      matchesLine.textContent = hits.length + (hits.length === 1 ? " match" : " matches");
      var shown = hits.filter(function (n) { return n.visible(); });
      if (shown.length) cy.animate({ fit: { eles: shown, padding: 80 } }, { duration: 300 });
    });

    // Details of a node or an edge, built with textContent only.
    var info = document.getElementById("info");
    var FIRST = ["label", "type", "mentions", "aliases", "documents", "evidence", "page"];

    function addRow(dl, name, value) {
      if (value === undefined || value === null || value === "") return;
      if (Array.isArray(value) && value.length === 0) return;
      dl.appendChild(el("dt", name));
      var dd = el("dd");
      if (Array.isArray(value)) {
        var ul = el("ul");
        value.forEach(function (v) { ul.appendChild(el("li", v)); });
        dd.appendChild(ul);
      } else if (name === "evidence") {
        dd.appendChild(el("blockquote", value));
      } else if (name === "page") {
        dd.textContent = "p. " + String(value);
      } else {
        dd.textContent = String(value);
      }
      dl.appendChild(dd);
    }

    function showInfo(ele) {
      info.replaceChildren();
      if (!ele) { info.appendChild(el("p", "Hover or click a node or an edge.", "hint")); return; }
      var attrs = ele.data("attrs");
      var dl = el("dl");
      if (ele.isNode()) {
        info.appendChild(el("h3", attrs.label || ele.id()));
        FIRST.slice(1).forEach(function (k) { addRow(dl, k, attrs[k]); });
        Object.keys(attrs).sort().forEach(function (k) { if (FIRST.indexOf(k) < 0) addRow(dl, k, attrs[k]); });
        addRow(dl, "id", ele.id());
      } else {
        info.appendChild(el("h3", labelOf[ele.data("source")] + " \u2192 " + ele.data("relation") + " \u2192 " + labelOf[ele.data("target")]));
        ["evidence", "page", "weight", "role", "predicate", "documents", "confidence", "rule"].forEach(function (k) { addRow(dl, k, attrs[k]); });
        Object.keys(attrs).sort().forEach(function (k) {
          if (["evidence", "page", "weight", "role", "predicate", "documents", "confidence", "rule", "relation", "label"].indexOf(k) < 0) addRow(dl, k, attrs[k]);
        });
        addRow(dl, "id", ele.id());
      }
      info.appendChild(dl);
    }

    cy.on("mouseover", "node, edge", function (event) {
      if (event.target.isEdge()) event.target.addClass("labelled");
      showInfo(event.target);
    });
    cy.on("mouseout", "node, edge", function (event) {
      event.target.removeClass("labelled");
      showInfo(selected);
    });
    cy.on("tap", "node, edge", function (event) { selected = event.target; showInfo(selected); });
    cy.on("tap", function (event) { if (event.target === cy) { selected = null; showInfo(null); } });

    // #node=<id> or #edge=<id> selects that element (links to one node work).
    function selectFromHash() {
      var match = /^#(node|edge)=(.+)$/.exec(window.location.hash);
      if (!match) return;
      var ele = cy.getElementById(decodeURIComponent(match[2]));
      if (ele.length) { cy.elements().unselect(); ele.select(); selected = ele; showInfo(ele); }
    }
    window.addEventListener("hashchange", selectFromHash);

    layout(true);
  }
})();
