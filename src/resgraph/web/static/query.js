// The SPARQL page: a named query fills the editor; Run sends it to /sparql and shows a table.
(function () {
  "use strict";
  var examples = JSON.parse(document.getElementById("examples-data").textContent);
  var editor = document.getElementById("query");
  var status = document.getElementById("query-status");
  var results = document.getElementById("results");
  document.querySelectorAll("[data-example]").forEach(function (a) {
    a.addEventListener("click", function (evt) {
      evt.preventDefault();
      editor.value = examples[a.getAttribute("data-example")];
      history.replaceState(null, "", a.href);
    });
  });
  function cell(term) {
    var td = document.createElement("td");
    if (!term) { return td; }
    if (term.type === "uri") {
      var a = document.createElement("a");
      a.href = term.value; a.textContent = term.value; td.appendChild(a);
    } else { td.textContent = term.value; }
    return td;
  }
  document.getElementById("query-form").addEventListener("submit", function (evt) {
    evt.preventDefault();
    status.textContent = "running…";
    results.textContent = "";
    var started = Date.now();
    fetch("/sparql", { method: "POST", body: new URLSearchParams({ query: editor.value }),
                       headers: { Accept: "application/sparql-results+json" } })
      .then(function (r) {
        if (!r.ok) { return r.text().then(function (t) { throw new Error(r.status + " " + t); }); }
        return r.json();
      })
      .then(function (json) {
        var secs = ((Date.now() - started) / 1000).toFixed(2);
        if (typeof json.boolean === "boolean") { status.textContent = "ASK: " + json.boolean + " (" + secs + " s)"; return; }
        var vars = json.head.vars, rows = json.results.bindings;
        var table = document.createElement("table"); table.className = "list";
        var head = table.createTHead().insertRow();
        vars.forEach(function (v) { var th = document.createElement("th"); th.textContent = v; head.appendChild(th); });
        var body = table.createTBody();
        rows.forEach(function (b) { var tr = body.insertRow(); vars.forEach(function (v) { tr.appendChild(cell(b[v])); }); });
        results.appendChild(table);
        status.textContent = rows.length + " rows (" + secs + " s)";
      })
      .catch(function (e) { status.textContent = "error: " + e.message; });
  });
})();
