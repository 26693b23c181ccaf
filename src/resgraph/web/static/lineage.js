// The lineage view: draws the graph embedded in the page (#lineage-data) with Cytoscape.js.
(function () {
  "use strict";
  var status = document.getElementById("cy-status");
  var box = document.getElementById("cy");
  var data = JSON.parse(document.getElementById("lineage-data").textContent);
  if (typeof cytoscape !== "function") { status.textContent = "Cytoscape did not load."; return; }
  var colours = { recalls: "#6b7b8c", reaffirms: "#1f6fb2", reiterates: "#b2421f", welcomes: "#2f8f4e",
                  "takes-note": "#8a6d1f", "takes-into-consideration": "#7a3fa0" };
  var elements = [];
  data.nodes.forEach(function (n) {
    elements.push({ group: "nodes", data: { id: n.id, label: n.label, draft: n.draft, focus: n.focus } });
  });
  data.edges.forEach(function (e, i) {
    elements.push({ group: "edges", data: { id: "e" + i, source: e.source, target: e.target, label: e.label,
      draft: e.draft, colour: e.draft ? "#444" : (colours[e.function] || "#999") } });
  });
  var targets = {};
  data.edges.forEach(function (e) { targets[e.target] = true; });
  var roots = data.nodes.filter(function (n) { return !targets[n.id]; }).map(function (n) { return n.id; });
  var cy = cytoscape({
    container: box,
    elements: elements,
    wheelSensitivity: 0.3,
    layout: { name: "breadthfirst", directed: true, roots: roots, spacingFactor: 1.1, padding: 20 },
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 11, "text-valign": "bottom",
        "text-margin-y": 4, width: 18, height: 18, "background-color": "#5b7da8" } },
      { selector: "node[?draft]", style: { shape: "diamond", "background-color": "#d9a441" } },
      { selector: "node[?focus]", style: { "background-color": "#c0392b", width: 26, height: 26, "font-weight": "bold" } },
      { selector: "edge", style: { "curve-style": "bezier", "target-arrow-shape": "triangle", width: 1.5,
        "line-color": "data(colour)", "target-arrow-color": "data(colour)", label: "data(label)",
        "font-size": 8, "text-rotation": "autorotate", color: "#333", "text-background-color": "#fff",
        "text-background-opacity": 0.8 } },
      { selector: "edge[?draft]", style: { "line-style": "dashed", width: 2.5 } }
    ]
  });
  cy.on("tap", "node", function (evt) {
    var id = evt.target.id();
    var base = document.body.getAttribute("data-base") || "";
    window.location.href = id.indexOf(base) === 0 && base ? "/" + id.slice(base.length) : id;
  });
  var names = cy.nodes().map(function (n) { return n.data("label"); }).sort();
  box.setAttribute("data-drawn", names.join(" | "));
  status.textContent = "Drawn: " + cy.nodes().length + " texts, " + cy.edges().length + " edges, " +
    cy.nodes("[?draft]").length + " drafts. Click a text to open its page; drag to move, scroll to zoom.";
})();
