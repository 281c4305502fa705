/* The review page: decode the embedded records, show them in Tabulator, filter, mark and correct.
   Marks live in localStorage and are exported as corrections.jsonl (see README, "Corrections"). */
"use strict";
(async function () {
  const $ = (id) => document.getElementById(id);
  const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
    "'": "&#39;"})[c]);
  const LARGEST = 10;

  async function decode() {
    const b64 = $("records-data").textContent.trim();
    let bytes;
    if (Uint8Array.fromBase64) {
      bytes = Uint8Array.fromBase64(b64);
    } else {
      const bin = atob(b64);
      bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    }
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return JSON.parse(await new Response(stream).text());
  }

  const P = await decode();
  const D = P.dict, C = P.col, n = P.n;
  const rows = new Array(n);
  for (let i = 0; i < n; i++) {
    const d = (name) => D[name][C[name][i]];
    rows[i] = {
      i, doc: d("doc_id"), sid: C.sentence_id[i], st: C.start[i], en: C.end[i], m: C.mention[i],
      val: C.value[i], v: Number(C.value[i]), cur: d("currency"), q: d("qualifier"), per: d("per"),
      sec: d("sectors"), yrs: d("years"), role: d("year_role"), fl: d("flags"), rf: d("review_flags"),
      s: C.sentence[i], vmin: C.value_min[i], vmax: C.value_max[i], dur: d("duration"), link: d("link"),
      date: d("doc_date"), conv: C.value_converted[i], ccur: d("converted_currency"), fxd: d("fx_date"),
      why: d("excluded_reason"), z: C.outlier_z[i], out: C.outlier[i], rk: C.rank_in_currency[i], kind: d("kind"),
      trig: d("trigger"), actor: d("actor"), ctry: d("country"),
      touched: P.touched[String(i)] || null, mark: "",
    };
  }

  /* ---------- marks (corrections) in localStorage ---------- */
  const STORE = "news-money-pipeline:corrections:" + P.run.key;
  let marks = {};
  try { marks = JSON.parse(localStorage.getItem(STORE) || "{}"); } catch (e) { marks = {}; }
  const keyOf = (doc, st, en) => doc + "\u0001" + st + ":" + en;
  const rowKey = (r) => keyOf(r.doc, r.st, r.en);
  const byKey = new Map(rows.map((r) => [rowKey(r), r]));
  function refreshMarks() {
    for (const r of rows) r.mark = "";
    for (const [k, c] of Object.entries(marks)) { const r = byKey.get(k); if (r) r.mark = c.verdict; }
    $("marks-count").textContent = Object.keys(marks).length;
  }
  function saveMarks() { localStorage.setItem(STORE, JSON.stringify(marks)); refreshMarks(); }
  refreshMarks();

  /* ---------- display helpers ---------- */
  const SCALES = [[1e12, "trillion"], [1e9, "billion"], [1e6, "million"]];
  function human(v, cur) {
    if (!isFinite(v)) return "";
    for (const [f, w] of SCALES) if (Math.abs(v) >= f) return `${+(v / f).toPrecision(4)} ${w} ${cur}`;
    return `${v.toLocaleString("en", {maximumFractionDigits: 2})} ${cur}`;
  }
  const sev = P.severity;
  function severity(flag, cur) {
    let e = sev.flags[flag];
    if (!e) for (const [p, pe] of Object.entries(sev.prefixes)) if (flag.startsWith(p)) e = pe;
    if (!e) return flag === "outlier" ? "review" : sev["default"];
    return (e.info_for_currencies || []).includes(cur) ? "info" : e.severity;
  }
  function flagsHtml(flags, cur, extra) {
    const list = flags ? flags.split("|") : [];
    if (extra) list.push(extra);
    const rank = (f) => (severity(f, cur) === "review" ? 0 : 1);
    list.sort((a, b) => rank(a) - rank(b));  // what asks for a look first
    return list.map((f) => `<span class="flag ${severity(f, cur)}" title="${esc((sev.flags[f] || {}).why || "")}">` +
      `${esc(f)}</span>`).join("");
  }
  const reasonText = (w) => (w ? (P.reasons[w] || w) : "yes");
  const markText = {right: "✓ right", wrong: "✗ wrong", missed: "+ missed"};

  /* ---------- the grid ---------- */
  const columns = [
    {title: "article", field: "doc", minWidth: 100, tooltip: true},
    {title: "mention", field: "m", minWidth: 150, widthGrow: 2, tooltip: true},
    {title: "value", field: "v", sorter: "number", hozAlign: "right", minWidth: 93,
      formatter: (c) => esc(human(c.getValue(), c.getData().cur))},
    {title: "currency", field: "cur", minWidth: 60},
    {title: "qualifier / per", field: "q", minWidth: 73,
      formatter: (c) => esc([c.getData().q, c.getData().per].filter(Boolean).join(" · "))},
    {title: "sectors", field: "sec", widthGrow: 1, formatter: (c) => esc(c.getValue().replaceAll("|", ", "))},
    {title: "years", field: "yrs", minWidth: 53, formatter: (c) => esc(c.getValue().replaceAll("|", ", "))},
    {title: "flags", field: "fl", widthGrow: 2, headerSort: false,
      formatter: (c) => flagsHtml(c.getValue(), c.getData().cur, c.getData().out ? "outlier" : "")},
    {title: "in totals", field: "why", minWidth: 73, formatter: (c) => esc(reasonText(c.getValue()))},
    {title: "outlier z", field: "z", sorter: "number", hozAlign: "right", minWidth: 56},
  ];
  if (P.has_kind) {
    columns.push({title: "kind", field: "kind", minWidth: 60, tooltip: (e, c) => c.getData().trig || ""});
    columns.push({title: "actor", field: "actor", minWidth: 80, tooltip: true});
    columns.push({title: "country", field: "ctry", minWidth: 50});
  }
  columns.push({title: "review", field: "mark", minWidth: 63, formatter: (c) => {
    const r = c.getData();
    const m = r.mark ? `<span class="m-${r.mark}">${markText[r.mark]}</span>` : "";
    return m + (r.touched ? ` <span title="in the corrections file">⚑ ${esc(r.touched.status)}</span>` : "");
  }});

  const S = {view: "all", terms: [], cur: "", sec: "", year: "", flag: "", kind: "", ctry: "", actor: "",
    min: null, max: null, doc: ""};
  let sentLower = null;
  function hay(r) {
    if (r._h === undefined) {
      if (!sentLower) sentLower = P.sentences.map((s) => s.toLowerCase());
      r._h = (r.doc + " " + r.m + " " + r.val + " " + r.cur + " " + r.sec + " " + r.fl + " " + r.kind + " " +
        r.actor).toLowerCase() +
        " " + sentLower[r.s];
    }
    return r._h;
  }
  const inList = (list, item) => ("|" + list + "|").includes("|" + item + "|");
  const isMarked = (r) => r.mark || r.touched || inList(r.fl, "corrected") || inList(r.fl, "confirmed");
  function keep(r) {
    switch (S.view) {
      case "review": if (!r.rf || r.mark) return false; break;
      case "largest": if (r.rk > LARGEST) return false; break;
      case "outliers": if (!r.out) return false; break;
      case "marked": if (!isMarked(r)) return false; break;
      case "flagged": if (!r.fl) return false; break;
    }
    if (S.cur && r.cur !== S.cur) return false;
    if (S.sec && !inList(r.sec, S.sec)) return false;
    if (S.year && !inList(r.yrs, S.year)) return false;
    if (S.flag && !(S.flag === "outlier" ? r.out : inList(r.fl, S.flag))) return false;
    if (S.kind && r.kind !== S.kind) return false;
    if (S.ctry && r.ctry !== (S.ctry === "(none)" ? "" : S.ctry)) return false;
    if (S.actor && !r.actor.toLowerCase().includes(S.actor)) return false;
    if (S.min !== null && !(r.v >= S.min)) return false;
    if (S.max !== null && !(r.v <= S.max)) return false;
    if (S.doc && r.doc !== S.doc && !r.doc.includes(S.doc)) return false;
    if (S.terms.length) { const h = hay(r); for (const t of S.terms) if (!h.includes(t)) return false; }
    return true;
  }

  let ready = false;
  const table = new Tabulator("#grid", {
    data: rows, index: "i", height: "62vh", layout: "fitColumns", columns,
    placeholder: "No record matches these filters", renderVerticalBuffer: 400,
  });

  function applyFilters() {
    table.setFilter(keep);
    const shown = table.getDataCount("active");
    $("shown").textContent = shown.toLocaleString("en");
    $("shown").dataset.n = shown;
  }
  const SORTS = {largest: [{column: "cur", dir: "asc"}, {column: "v", dir: "desc"}],
    outliers: [{column: "z", dir: "desc"}]};
  function setView(view, keepSort) {
    S.view = view;
    for (const b of document.querySelectorAll("#views button")) b.classList.toggle("on", b.dataset.view === view);
    if (!keepSort && SORTS[view]) table.setSort(SORTS[view]);
    applyFilters();
  }

  /* ---------- filters ---------- */
  function fillSelect(id, counts, label) {
    const sel = $(id);
    const entries = [...counts.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
    for (const [value, count] of entries) {
      const o = document.createElement("option");
      o.value = value;
      o.textContent = `${label ? label(value) : value} (${count.toLocaleString("en")})`;
      sel.appendChild(o);
    }
  }
  function countBy(fn) {
    const m = new Map();
    for (const r of rows) for (const k of fn(r)) if (k) m.set(k, (m.get(k) || 0) + 1);
    return m;
  }
  fillSelect("f-currency", countBy((r) => [r.cur]));
  const sectors = countBy((r) => r.sec.split("|"));
  fillSelect("f-sector", sectors);
  fillSelect("f-year", countBy((r) => r.yrs.split("|")));
  fillSelect("f-flag", countBy((r) => r.fl.split("|").concat(r.out ? ["outlier"] : [])),
    (f) => `${f} · ${severity(f, "")}`);
  if (P.has_kind) {
    $("kind-filter").hidden = false; fillSelect("f-kind", countBy((r) => [r.kind]));
    $("country-filter").hidden = false; fillSelect("f-country", countBy((r) => [r.ctry || "(none)"]));
    $("actor-filter").hidden = false;
    for (const [a] of [...countBy((r) => [r.actor]).entries()].sort((x, y) => y[1] - x[1]).slice(0, 500)) {
      const o = document.createElement("option");
      o.value = a;
      $("actor-names").appendChild(o);
    }
  }
  for (const s of sectors.keys()) {
    const o = document.createElement("option");
    o.value = s;
    $("sector-ids").appendChild(o);
  }

  const num = (id) => ($(id).value.trim() === "" ? null : Number($(id).value));
  function readFilters() {
    S.terms = $("f-search").value.toLowerCase().split(/\s+/).filter(Boolean);
    S.cur = $("f-currency").value; S.sec = $("f-sector").value; S.year = $("f-year").value;
    S.flag = $("f-flag").value; S.kind = $("f-kind").value;
    S.ctry = $("f-country").value; S.actor = $("f-actor").value.trim().toLowerCase();
    S.min = num("f-min"); S.max = num("f-max");
    S.doc = $("f-doc").value.trim();
    applyFilters();
  }
  let timer = null;
  const soon = () => { clearTimeout(timer); timer = setTimeout(readFilters, 150); };
  const SELECTS = ["f-currency", "f-sector", "f-year", "f-flag", "f-kind", "f-country"];
  for (const id of SELECTS) $(id).addEventListener("change", readFilters);
  for (const id of ["f-search", "f-min", "f-max", "f-doc", "f-actor"]) $(id).addEventListener("input", soon);
  $("f-search").addEventListener("keydown", (e) => { if (e.key === "Enter") { clearTimeout(timer); readFilters(); } });
  $("f-clear").addEventListener("click", () => {
    for (const id of ["f-search", "f-min", "f-max", "f-doc", "f-actor"]) $(id).value = "";
    for (const id of SELECTS) $(id).value = "";
    readFilters();
  });
  for (const b of document.querySelectorAll("#views button")) {
    b.addEventListener("click", () => setView(b.dataset.view));
  }

  function counts() {
    let review = 0, outliers = 0, marked = 0;
    for (const r of rows) { if (r.rf && !r.mark) review++; if (r.out) outliers++; if (isMarked(r)) marked++; }
    for (const [k, v] of Object.entries({review, outliers, marked})) {
      document.querySelector(`[data-count="${k}"]`).textContent = `(${v.toLocaleString("en")})`;
    }
  }

  /* ---------- one record, and its marks ---------- */
  let current = null;  // {row} for a record, or {missed: correction draft}
  const form = $("rec-form");
  const FIELDS = ["value", "currency", "qualifier", "per", "sectors", "years"];
  const listOf = (s) => (s ? s.split("|").filter(Boolean) : []);
  const before = (r) => ({value: r.val, currency: r.cur, qualifier: r.q, per: r.per, sectors: listOf(r.sec),
    years: listOf(r.yrs).map(Number)});
  function fieldValue(name, v) { return Array.isArray(v) ? v.join("|") : (v ?? ""); }

  function showSentence(text, from, to) {
    const el = $("rec-sentence");
    el.textContent = "";
    if (from < 0) { el.textContent = text; return; }
    const mark = document.createElement("mark");
    mark.textContent = text.slice(from, to);
    el.append(text.slice(0, from), mark, text.slice(to));
  }
  function openRecord(r) {
    current = {row: r};
    const start = P.sentence_starts[r.s], text = P.sentences[r.s];
    if ($("record").hidden) { $("record").hidden = false; table.redraw(true); }
    $("rec-title").textContent = `${r.doc} · sentence ${r.sid} · characters ${r.st}–${r.en}`;
    const from = start >= 0 ? r.st - start : text.indexOf(r.m);
    showSentence(text, from, from + (r.en - r.st));
    const fields = [["mention", esc(r.m)], ["value", `${esc(human(r.v, r.cur))} <code>${esc(r.val)}</code>`],
      ["currency", esc(r.cur)], ["qualifier / per", esc([r.q, r.per].filter(Boolean).join(" · "))],
      ["range", r.vmin ? `${esc(r.vmin)} – ${esc(r.vmax)}` : ""], ["sectors", esc(r.sec.replaceAll("|", ", "))],
      ["years (role)", esc(listOf(r.yrs).map((y, k) => `${y} (${listOf(r.role)[k] || ""})`).join(", "))],
      ["duration", esc(r.dur)], ["flags", flagsHtml(r.fl, r.cur, r.out ? "outlier" : "")],
      ["outlier z", String(r.z)], ["in totals", esc(reasonText(r.why))], ["article date", esc(r.date)],
      ["converted", r.conv ? `${esc(r.conv)} ${esc(r.ccur)} (rate of ${esc(r.fxd)})` : ""]];
    if (r.kind) fields.push(["kind", esc(r.kind) + (r.trig ? ` (trigger: <i>${esc(r.trig)}</i>)` : "")]);
    if (r.actor) fields.push(["actor", esc(r.actor)]);
    if (r.ctry) fields.push(["country", esc(r.ctry)]);
    if (r.touched) fields.push(["corrections file", esc(r.touched.status + ": " + r.touched.summary)]);
    $("rec-fields").innerHTML = fields.filter((f) => f[1])
      .map((f) => `<tr><th>${f[0]}</th><td>${f[1]}</td></tr>`).join("");
    const mark = marks[rowKey(r)];
    const values = Object.assign(before(r), mark && mark.after ? mark.after : {});
    for (const f of FIELDS) form.elements[f].value = fieldValue(f, values[f]);
    form.elements.note.value = mark ? mark.note : "";
    $("rec-legend").textContent = "Correct this record";
    for (const id of ["mark-right", "mark-wrong", "mark-correct"]) $(id).hidden = false;
    $("mark-missed").hidden = true;
    showStatus(mark);
    $("record").scrollIntoView({block: "nearest"});
  }
  function showStatus(mark) {
    $("rec-status").innerHTML = mark ? `<span class="m-${mark.verdict}">marked ${markText[mark.verdict]}` +
      `${mark.after ? " → " + esc(JSON.stringify(mark.after)) : ""}</span>` : "not marked yet";
  }
  function others(r, exceptKey) {
    const out = [];
    for (const o of rows) {
      if (o.s !== r.s || rowKey(o) === exceptKey) continue;
      out.push({start: o.st, end: o.en, mention: o.m, ...before(o)});
    }
    return out;
  }
  function record(verdict, r, after, draft) {
    const base = draft || {doc_id: r.doc, start: r.st, end: r.en, mention: r.m, sentence: P.sentences[r.s],
      sentence_id: r.sid, sentence_start: P.sentence_starts[r.s], doc_date: r.date, before: before(r)};
    const key = keyOf(base.doc_id, base.start, base.end);
    marks[key] = {...base, verdict, after, note: form.elements.note.value.trim(), timestamp: new Date().toISOString(),
      others: others(draft ? draft._row : r, key), inputs: P.run.inputs};
    delete marks[key]._row;
    saveMarks();
    table.redraw(true);
    counts();
    showStatus(marks[key]);
  }
  function readForm() {
    const out = {};
    for (const f of FIELDS) out[f] = form.elements[f].value.trim();
    out.currency = out.currency.toUpperCase();
    out.sectors = listOf(out.sectors);
    out.years = listOf(out.years).map(Number);
    return out;
  }
  function changed(r) {
    const now = readForm(), was = before(r), after = {};
    for (const f of FIELDS) if (JSON.stringify(now[f]) !== JSON.stringify(was[f])) after[f] = now[f];
    return after;
  }
  $("mark-right").addEventListener("click", () => current && current.row && record("right", current.row, null));
  $("mark-wrong").addEventListener("click", () => current && current.row && record("wrong", current.row, null));
  $("mark-correct").addEventListener("click", () => {
    if (!current || !current.row) return;
    const after = changed(current.row);
    if (!Object.keys(after).length) {
      $("rec-status").textContent = "Nothing changed: edit a field, or mark Right / Wrong.";
      return;
    }
    if (after.value !== undefined && !/^-?\d+(\.\d+)?$/.test(after.value)) {
      $("rec-status").textContent = "value: a plain decimal, e.g. 1500000";
      return;
    }
    record("wrong", current.row, after);
  });
  $("mark-forget").addEventListener("click", () => {
    if (!current) return;
    const m = current.missed;
    const key = current.row ? rowKey(current.row) : keyOf(m.doc_id, m.start, m.end);
    delete marks[key];
    saveMarks(); table.redraw(true); counts(); showStatus(null);
  });
  $("rec-add").addEventListener("click", () => {
    if (!current || !current.row) return;
    const r = current.row, el = $("rec-sentence"), sel = window.getSelection();
    if (!sel.rangeCount || sel.isCollapsed || !el.contains(sel.getRangeAt(0).startContainer)) {
      $("rec-status").textContent = "Select the words of the amount in the sentence first."; return;
    }
    const range = sel.getRangeAt(0), pre = document.createRange();
    pre.selectNodeContents(el);
    pre.setEnd(range.startContainer, range.startOffset);
    let from = pre.toString().length, text = range.toString();
    const lead = text.length - text.trimStart().length;
    from += lead; text = text.trim();
    const start = P.sentence_starts[r.s];
    if (start < 0 || !text) {
      $("rec-status").textContent = "Select words of the sentence (its place in the article is unknown).";
      return;
    }
    current = {row: null, missed: {doc_id: r.doc, start: start + from, end: start + from + text.length, mention: text,
      sentence: P.sentences[r.s], sentence_id: r.sid, sentence_start: start, doc_date: r.date, before: null, _row: r}};
    $("rec-legend").textContent = `Missed amount: “${text}”`;
    for (const f of FIELDS) form.elements[f].value = "";
    form.elements.note.value = "";
    for (const id of ["mark-right", "mark-wrong", "mark-correct"]) $(id).hidden = true;
    $("mark-missed").hidden = false;
    showSentence(P.sentences[r.s], from, from + text.length);
    $("rec-status").textContent = "Fill in value and currency, then save.";
  });
  $("mark-missed").addEventListener("click", () => {
    if (!current || !current.missed) return;
    const f = readForm();
    if (!/^-?\d+(\.\d+)?$/.test(f.value) || !/^[A-Z]{3}$/.test(f.currency)) {
      $("rec-status").textContent = "A missed amount needs a value (plain decimal) and an ISO currency."; return;
    }
    const after = {};
    for (const k of FIELDS) if (f[k] !== "" && !(Array.isArray(f[k]) && !f[k].length)) after[k] = f[k];
    record("missed", null, after, {...current.missed});
  });
  $("rec-close").addEventListener("click", () => { $("record").hidden = true; current = null; table.redraw(true); });
  table.on("rowClick", (e, row) => openRecord(row.getData()));

  $("export").addEventListener("click", () => {
    const lines = Object.values(marks).map((c) => JSON.stringify(c)).join("\n");
    const blob = new Blob([lines ? lines + "\n" : ""], {type: "application/x-ndjson"});
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "corrections.jsonl";
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  });
  $("clear-marks").addEventListener("click", () => {
    if (!confirm("Forget all marks kept in this browser for this run?")) return;
    marks = {};
    saveMarks();
    table.redraw(true);
    counts();
  });

  /* ---------- links: #review, #outliers, #largest, #marked, #flagged, #doc=ID ---------- */
  function fromHash() {
    const parts = decodeURIComponent(location.hash.slice(1)).split("&");
    const doc = parts.find((p) => p.startsWith("doc="));
    $("f-doc").value = doc ? doc.slice(4) : $("f-doc").value;
    const view = parts.find((p) => ["review", "outliers", "largest", "marked", "flagged", "all"].includes(p));
    S.doc = $("f-doc").value.trim();
    setView(view || S.view);
  }
  window.addEventListener("hashchange", fromHash);

  table.on("tableBuilt", () => {
    $("total").textContent = n.toLocaleString("en");
    $("loading").remove();
    counts();
    fromHash();
    requestAnimationFrame(() => {
      ready = true;
      window.reportReady = true;
      window.reportReadyMs = performance.now();
    });
  });
  window.reportTable = table;
  window.reportState = () => ({ready, view: S.view, shown: table.getDataCount("active"),
    marks: Object.keys(marks).length});
})().catch((e) => {
  const el = document.getElementById("loading");
  if (el) el.textContent = "The records could not be shown: " + e;
  window.reportFailure = String(e);
});
