// The argmap preview page: shows the map's last good diagram with pan and zoom, its findings and
// evaluation, and asks the server (which checks and draws the map) for another view. Every text
// from the map goes in with textContent, never as markup; the diagram is parsed as SVG and
// stripped of anything that could run.
"use strict";

(function () {
  const stage = document.getElementById("stage");
  const canvas = document.getElementById("canvas");
  const empty = document.getElementById("empty");
  const form = document.getElementById("controls");
  const SVG_NS = "http://www.w3.org/2000/svg";
  const XLINK_NS = "http://www.w3.org/1999/xlink";

  let pan = { x: 0, y: 0, k: 1 };
  let shownDiagram = null;
  let fitted = false;
  let state = null;

  // ---- pan and zoom ------------------------------------------------------------------------
  function place() {
    canvas.style.transform = "translate(" + pan.x + "px," + pan.y + "px) scale(" + pan.k + ")";
  }

  function zoomAt(factor, cx, cy) {
    const k = Math.min(8, Math.max(0.05, pan.k * factor));
    pan.x = cx - (cx - pan.x) * (k / pan.k);
    pan.y = cy - (cy - pan.y) * (k / pan.k);
    pan.k = k;
    place();
  }

  function fit() {
    const svg = canvas.querySelector("svg");
    if (!svg) {
      return;
    }
    const w = parseFloat(svg.getAttribute("width")) || 1;
    const h = parseFloat(svg.getAttribute("height")) || 1;
    const box = stage.getBoundingClientRect();
    pan.k = Math.min(1.5, 0.95 * Math.min(box.width / w, box.height / h));
    pan.x = (box.width - w * pan.k) / 2;
    pan.y = (box.height - h * pan.k) / 2;
    place();
    fitted = true;
  }

  stage.addEventListener("wheel", function (event) {
    event.preventDefault();
    const box = stage.getBoundingClientRect();
    zoomAt(Math.exp(-event.deltaY * 0.0015), event.clientX - box.left, event.clientY - box.top);
  }, { passive: false });

  let drag = null;
  stage.addEventListener("pointerdown", function (event) {
    if (event.target.closest(".zoom")) {
      return;
    }
    drag = { x: event.clientX - pan.x, y: event.clientY - pan.y };
    stage.setPointerCapture(event.pointerId);
    stage.classList.add("dragging");
  });
  stage.addEventListener("pointermove", function (event) {
    if (drag) {
      pan.x = event.clientX - drag.x;
      pan.y = event.clientY - drag.y;
      place();
    }
  });
  function endDrag() {
    drag = null;
    stage.classList.remove("dragging");
  }
  stage.addEventListener("pointerup", endDrag);
  stage.addEventListener("pointercancel", endDrag);

  function zoomCentre(factor) {
    const box = stage.getBoundingClientRect();
    zoomAt(factor, box.width / 2, box.height / 2);
  }
  document.getElementById("zoom-in").addEventListener("click", function () { zoomCentre(1.25); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoomCentre(0.8); });
  document.getElementById("fit").addEventListener("click", fit);

  // ---- the diagram -------------------------------------------------------------------------
  const UNSAFE = ["script", "foreignObject", "iframe", "object", "embed", "use", "animate", "set", "handler"];

  function clean(svg) {
    UNSAFE.forEach(function (name) {
      Array.from(svg.getElementsByTagName(name)).forEach(function (node) { node.remove(); });
    });
    [svg].concat(Array.from(svg.querySelectorAll("*"))).forEach(function (node) {
      Array.from(node.attributes).forEach(function (attribute) {
        const name = attribute.name.toLowerCase();
        const value = attribute.value.trim().toLowerCase();
        if (name.startsWith("on") || ((name === "href" || name === "xlink:href")
            && !(value.startsWith("https://") || value.startsWith("http://") || value.startsWith("#")))) {
          node.removeAttribute(attribute.name);
        }
      });
      if (node.localName === "a") {
        node.setAttribute("target", "_blank");
        node.setAttribute("rel", "noopener noreferrer");
      }
    });
    // Graphviz sizes the drawing in points; one unit of its viewBox becomes one CSS pixel here
    const view = svg.viewBox && svg.viewBox.baseVal;
    if (view && view.width > 0) {
      svg.setAttribute("width", view.width);
      svg.setAttribute("height", view.height);
    }
    return svg;
  }

  async function loadDiagram(generation) {
    const response = await fetch("/diagram.svg", { cache: "no-store" });
    if (!response.ok) {
      canvas.replaceChildren();
      empty.hidden = false;
      shownDiagram = null;
      return;
    }
    const text = await response.text();
    const parsed = new DOMParser().parseFromString(text, "image/svg+xml");
    const root = parsed.documentElement;
    if (root.namespaceURI !== SVG_NS || root.localName !== "svg") {
      return;
    }
    canvas.replaceChildren(document.importNode(clean(root), true));
    canvas.dataset.generation = String(generation);
    empty.hidden = true;
    shownDiagram = generation;
    if (!fitted) {
      fit();
    }
  }

  // ---- findings, status, controls, evaluation ----------------------------------------------
  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function sourceBlock(finding) {
    const block = element("pre", "source");
    const number = String(finding.line);
    block.append(number + " | " + finding.source + "\n");
    const pad = " ".repeat(number.length) + " | " + " ".repeat(Math.max(0, finding.column - 1));
    block.append(pad);
    block.append(element("span", "caret", "^"));
    return block;
  }

  function showFindings(findings) {
    const list = document.getElementById("findings");
    list.replaceChildren();
    findings.forEach(function (finding) {
      const item = element("li", "finding " + finding.severity);
      const button = element("button");
      button.type = "button";
      button.append(element("span", "where", finding.line + ":" + finding.column), " ",
        element("span", "severity", finding.severity), " ", element("span", "message", finding.message), " ",
        element("span", "rule", "[" + finding.rule + "]"));
      if (finding.hint) {
        button.append(element("div", "hint", finding.hint));
      }
      item.append(button);
      if (finding.source !== undefined) {
        const block = sourceBlock(finding);
        block.hidden = true;
        item.append(block);
        button.addEventListener("click", function () { block.hidden = !block.hidden; });
      }
      list.append(item);
    });
  }

  function showStatus(current) {
    const status = document.getElementById("status");
    const errors = current.findings.filter(function (f) { return f.severity === "error"; }).length;
    if (current.fresh) {
      status.textContent = "up to date";
      status.className = "status good";
    } else {
      status.textContent = (errors > 0 ? errors + (errors === 1 ? " error" : " errors") : "not drawn")
        + (current.diagram !== null ? " · showing the last good diagram" : "");
      status.className = "status bad";
    }
    canvas.classList.toggle("stale", !current.fresh && current.diagram !== null);
    const problem = document.getElementById("problem");
    problem.replaceChildren();
    problem.hidden = !current.failure;
    if (current.failure) {
      problem.append(element("div", "message", current.failure.message));
      if (current.failure.hint) {
        problem.append(element("p", "hint", "hint: " + current.failure.hint));
      }
    }
    document.getElementById("tally").textContent = current.tally;
    if (current.title) {
      document.getElementById("title").textContent = current.title;
    }
  }

  function fillSelect(select, values, chosen) {
    const first = select.options[0];
    select.replaceChildren(first);
    values.forEach(function (value) {
      const option = element("option", null, value.label || value.id);
      option.value = value.id;
      select.append(option);
    });
    select.value = chosen;
  }

  function showControls(current) {
    const view = current.view;
    if (current.choices) {
      fillSelect(form.elements.perspective, current.choices.perspectives, view.perspective);
      fillSelect(form.elements.focus, current.choices.ids.map(function (id) { return { id: id }; }), view.focus);
    }
    form.elements.depth.value = view.depth;
    form.elements.labels.value = view.labels;
    form.elements.direction.value = view.direction;
    form.elements.theme.value = view.theme;
    form.elements.evaluate.checked = current.evaluation !== null || view.evaluate === "on";
  }

  function showEvaluation(rows) {
    const section = document.getElementById("evaluation");
    section.hidden = rows === null || rows === undefined;
    const body = section.querySelector("tbody");
    body.replaceChildren();
    (rows || []).forEach(function (row) {
      const tr = element("tr");
      tr.append(element("td", null, row.id), element("td", null, row.what), element("td", row.label, row.label),
        element("td", "number", row.strength === null ? "–" : row.strength.toFixed(2)));
      body.append(tr);
    });
  }

  async function show(current) {
    state = current;
    showStatus(current);
    showFindings(current.findings);
    showControls(current);
    showEvaluation(current.evaluation);
    if (current.diagram !== shownDiagram) {
      await loadDiagram(current.diagram);
    }
    document.body.dataset.generation = String(current.generation);
  }

  async function refresh() {
    const response = await fetch("/state.json", { cache: "no-store" });
    if (response.ok) {
      await show(await response.json());
    }
  }

  form.addEventListener("change", async function (event) {
    const fields = new URLSearchParams();
    ["perspective", "focus", "depth", "labels", "direction", "theme"].forEach(function (name) {
      fields.set(name, form.elements[name].value);
    });
    if (event.target.name === "perspective" && fields.get("perspective")) {
      fields.set("focus", "");
    } else if (event.target.name === "focus" && fields.get("focus")) {
      fields.set("perspective", "");
    }
    if (!fields.get("focus")) {
      fields.delete("depth");
    }
    fields.set("evaluate", form.elements.evaluate.checked ? "on" : "off");
    const response = await fetch("/view", {
      method: "POST", body: fields, headers: { "X-Argmap-Preview": "1" }
    });
    if (response.ok) {
      fitted = false; // another view is another drawing: fit it
      await show(await response.json());
    }
  });

  const events = new EventSource("/events");
  events.addEventListener("update", function () { refresh(); });
  events.addEventListener("error", function () {
    const status = document.getElementById("status");
    status.textContent = "the preview server stopped";
    status.className = "status waiting";
  });
  window.addEventListener("resize", function () { if (!shownDiagram) { fitted = false; } });
})();
