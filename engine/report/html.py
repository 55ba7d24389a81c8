"""The report as one self-contained HTML page an analyst can work in (``--format html``).

One file that fetches nothing (a Content-Security-Policy forbids it): an overview with charts
drawn as inline SVG (findings by regime and severity, by month of the event's date, the rules
that fire most), a table of contents, each event's facts beside its findings, citations with
their status, what would clear a finding, decisions, exempted events in their own section
with their own badge. A small inline script filters by severity, regime, rule and decision,
searches the text and expands or collapses everything; with scripts off the page is complete
and readable (the filter bar stays hidden). Every value from the input is escaped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from html import escape
from typing import TYPE_CHECKING, Any

from .facts import event_facts

if TYPE_CHECKING:
    from .models import ConditionOut, Finding, Report

__all__ = ["render_html"]

_CSS = """
:root{--v:#b00020;--r:#9a5b00;--x:#1d6b3a;--ink:#1b1b1b;--mut:#5f6368;--line:#dadce0}
[hidden]{display:none!important}*{box-sizing:border-box}
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:var(--ink)}
header,main,nav.toc{max-width:80em;margin:0 auto;padding:0 1em}
h1{font-size:1.5em;margin:.8em 0 .2em}h2{font-size:1.2em;margin-top:1.6em;
border-bottom:1px solid var(--line)}h3{font-size:1.05em;margin:.2em 0}
table{border-collapse:collapse;margin:.4em 0}td,th{border:1px solid var(--line);
padding:.2em .45em;text-align:left;vertical-align:top}th{background:#f4f5f7}
.cards{display:flex;flex-wrap:wrap;gap:.6em;margin:.6em 0}.card{border:1px solid var(--line);
border-radius:6px;padding:.4em .8em;min-width:8em}.card b{display:block;font-size:1.4em}
.charts{display:flex;flex-wrap:wrap;gap:1.2em}.chart{border:1px solid var(--line);
border-radius:6px;padding:.5em}.chart h3{font-size:.95em}
.event{border:1px solid var(--line);border-radius:6px;margin:.8em 0;padding:.5em .8em;
content-visibility:auto;contain-intrinsic-size:auto 320px;
display:grid;grid-template-columns:minmax(16em,1fr) 2fr;gap:1em}
.event.exempted-event{border-color:#9fd3b0;background:#f6fcf8}
.facts dt{font-weight:600;color:var(--mut);font-size:.85em}.facts dd{margin:0 0 .3em 0;
overflow-wrap:anywhere}details{border:1px solid var(--line);border-radius:4px;margin:.4em 0;
padding:.3em .6em;background:#fff}summary{cursor:pointer}
.badge{display:inline-block;font-size:.78em;font-weight:700;padding:.05em .45em;
border-radius:3px;color:#fff;letter-spacing:.02em}.b-violation{background:var(--v)}
.b-review{background:var(--r)}.b-exempted{background:var(--x)}.b-dismissed{background:#6b7280}
.b-confirmed{background:#7f1d1d}.b-escalated{background:#5b21b6}.b-undecided{background:#fff;
color:var(--mut);border:1px solid var(--line)}
.status{font-size:.8em;padding:0 .35em;border-radius:3px}.s-unconfirmed{background:#ffe2b3}
.s-content-verified{background:#fff3c4}.s-verified{background:#dff0d8}
.applies{color:var(--x);font-weight:600}.muted{color:var(--mut)}code{font-size:.95em}
.fid{font-family:ui-monospace,monospace;font-size:.8em;color:var(--mut)}
#filters{position:sticky;top:0;background:#fffffff0;border-bottom:1px solid var(--line);
padding:.4em 1em;display:flex;flex-wrap:wrap;gap:.5em;align-items:center;z-index:2}
#filters label{font-size:.85em;color:var(--mut)}#shown{margin-left:auto;font-size:.85em}
nav.toc ul{columns:2;margin:.3em 0}.clear li{margin:.1em 0}
@media (max-width:50em){.event{grid-template-columns:1fr}}
"""

_SCRIPT = """
(function(){
var bar=document.getElementById('filters');bar.hidden=false;
var sel=function(id){return document.getElementById(id);};
var all=Array.prototype.slice.call(document.querySelectorAll('.finding'));
// Each finding's text (with its event's facts) read once: searching hundreds stays fast.
var text=all.map(function(f){var ev=f.closest('.event');
 return (f.textContent+' '+(ev?ev.querySelector('.facts').textContent:'')).toLowerCase();});
var events=Array.prototype.slice.call(document.querySelectorAll('.event'));
var owner=all.map(function(f){return events.indexOf(f.closest('.event'));});
function value(id){var e=sel(id);return e?e.value:'';}
function apply(){
 var sv=value('f-severity'),rg=value('f-regime'),ru=value('f-rule'),dc=value('f-decision'),
     q=sel('f-text').value.trim().toLowerCase(),n=0,seen=events.map(function(){return false;});
 all.forEach(function(f,i){
  var d=f.dataset;
  var ok=(!sv||d.severity===sv)&&(!rg||d.regime===rg)&&(!ru||d.rule===ru)&&
   (!dc||d.decision===dc)&&(!q||text[i].indexOf(q)>=0);
  if(f.hidden===ok){f.hidden=!ok;}
  if(ok){n++;if(owner[i]>=0){seen[owner[i]]=true;}}
 });
 events.forEach(function(ev,i){if(ev.hidden===seen[i]){ev.hidden=!seen[i];}});
 sel('shown').textContent=n+' of '+all.length+' shown';
}
['f-severity','f-regime','f-rule','f-decision'].forEach(function(id){
 if(sel(id)){sel(id).addEventListener('change',apply);}});
sel('f-text').addEventListener('input',apply);
sel('expand').addEventListener('click',function(){
 document.querySelectorAll('details').forEach(function(d){d.open=true;});});
sel('collapse').addEventListener('click',function(){
 document.querySelectorAll('details').forEach(function(d){d.open=false;});});
apply();
})();
"""

_CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
        "img-src data:")
_COLORS = {"violation": "#b00020", "review": "#9a5b00", "exempted": "#1d6b3a"}


def _e(value: Any) -> str:
    return escape("-" if value is None else str(value), quote=True)


def _value(value: Any) -> str:
    if isinstance(value, dict) and "reference" in value and "band" in value:
        return (f"<b>{_e(value['reference'])}</b> {_e(value.get('listed_name'))} "
                f"({_e(value['band'])}, score {_e(value['score'])})")
    if isinstance(value, dict) and set(value) == {"from", "until"}:
        return f"{_e(value['from'])} to {_e(value['until'] or 'now')}"
    if isinstance(value, list):
        return ", ".join(_value(v) for v in value) or "-"
    return _e(value)


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A table; ``rows`` are cells already rendered (escaped) as HTML."""
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
                   for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _muted(text: Any) -> str:
    return f"<span class=muted>{_e(text)}</span>"


def _badge(kind: str, text: str | None = None) -> str:
    return f"<span class='badge b-{_e(kind)}'>{_e((text or kind).upper())}</span>"


# --- charts -------------------------------------------------------------------------------


def _bars(title: str, rows: Sequence[tuple[str, dict[str, int]]], chart_id: str) -> str:
    """A horizontal stacked bar chart as inline SVG, one bar per row, stacked by severity."""
    keys = ["violation", "review", "exempted"]
    top = max((sum(v.values()) for _, v in rows), default=0) or 1
    label_w, bar_w, row_h = 170, 260, 20
    height = row_h * len(rows) + 28
    parts = [f"<svg id='{_e(chart_id)}' role=img aria-label='{_e(title)}' width="
             f"{label_w + bar_w + 50} height={height} viewBox='0 0 {label_w + bar_w + 50} "
             f"{height}'><title>{_e(title)}</title>"]
    for n, (label, counts) in enumerate(rows):
        y = n * row_h + 4
        shown = label if len(label) <= 26 else label[:25] + "\u2026"
        parts.append(f"<text x={label_w - 6} y={y + 13} text-anchor=end font-size=11>"
                     f"<title>{_e(label)}</title>{_e(shown)}</text>")
        x = float(label_w)
        for key in keys:
            c = counts.get(key, 0)
            if not c:
                continue
            w = bar_w * c / top
            parts.append(f"<rect class=bar data-key='{_e(key)}' x={x:.1f} y={y} width={w:.1f} "
                         f"height={row_h - 6} fill='{_COLORS[key]}'><title>{_e(label)}: "
                         f"{c} {_e(key)}</title></rect>")
            x += w
        parts.append(f"<text x={x + 4:.1f} y={y + 13} font-size=11>"
                     f"{sum(counts.values())}</text>")
    ly = row_h * len(rows) + 18
    for i, key in enumerate(keys):
        parts.append(f"<rect x={label_w + i * 85} y={ly - 9} width=10 height=10 "
                     f"fill='{_COLORS[key]}'/><text x={label_w + i * 85 + 14} y={ly} "
                     f"font-size=10>{key}</text>")
    parts.append("</svg>")
    return f"<div class=chart><h3>{_e(title)}</h3>{''.join(parts)}</div>"


def _charts(r: Report) -> str:
    everything = [(f, f.severity) for f in r.findings] + [(f, "exempted") for f in r.exempted]
    if not everything:
        return ""
    events = r.events
    by_regime: dict[str, Counter[str]] = {}
    by_rule: dict[str, Counter[str]] = {}
    by_month: dict[str, Counter[str]] = {}
    by_severity: dict[str, Counter[str]] = {}
    for f, sev in everything:
        by_regime.setdefault(f.regime, Counter())[sev] += 1
        by_rule.setdefault(f.rule_id, Counter())[sev] += 1
        by_severity.setdefault(sev, Counter())[sev] += 1
        ev = events.get(f.event_ids[0])
        month = ev.date.isoformat()[:7] if ev is not None else "unknown"
        by_month.setdefault(month, Counter())[sev] += 1
    rules = sorted(by_rule.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))[:10]
    return "<div class=charts>" + "".join([
        _bars("Findings by severity", [(k, dict(by_severity[k])) for k in
                                       ("violation", "review", "exempted") if k in by_severity],
              "chart-severity"),
        _bars("Findings by regime", sorted((k, dict(v)) for k, v in by_regime.items()),
              "chart-regime"),
        _bars("Findings by month of the event", sorted((k, dict(v)) for k, v in
                                                       by_month.items()), "chart-month"),
        _bars("Rules that fire most", [(k, dict(v)) for k, v in rules], "chart-rules"),
    ]) + "</div>"


# --- findings -----------------------------------------------------------------------------


def _conditions(conditions: list[ConditionOut]) -> str:
    return _table(["field", "test", "expected", "found", "note"], (
        [f"<code>{_e(c.field)}</code>", _e(c.op.replace("_", " ")), _value(c.expected),
         _value(c.actual), _muted(c.note or "")] for c in conditions))


def _decision_of(f: Finding) -> str:
    return f.decision.decision if f.decision is not None else "undecided"


def _finding(f: Finding, exempted: bool = False, decided: bool = False) -> str:
    ex = f.explanation
    fid = f.id or None
    decision = f.decision
    sev = "exempted" if exempted else f.severity
    cites = "<br>".join(
        f"{_e(c.symbol)} OP{_e(c.paragraph)} <span class='status s-{_e(c.status)}'>"
        f"{_e(c.status)}</span>" for c in f.citations)
    dec = _decision_of(f)
    attrs = (f'class=finding data-severity="{_e(sev)}" data-regime="{_e(f.regime)}" '
             f'data-rule="{_e(f.rule_id)}" data-decision="{_e(dec)}"'
             + (f' id="{_e(fid)}"' if fid else ""))
    parts = [
        f"<details {attrs}><summary>{_badge(sev)} "
        + (_badge(dec) + " " if decided and (dec != "undecided" or not exempted) else "")
        + f"<code>{_e(f.rule_id)}</code> {_e(f.title)}"
        + (f" <span class=fid>{_e(fid)}</span>" if fid else "") + "</summary>",
        f"<p>{_e(ex.text)}</p>",
        f"<p>{cites}<br><span class=muted>text in force {_e(ex.stage.from_)} to "
        f"{_e(ex.stage.until or 'now')}; measure {_e(ex.in_force.from_)} to "
        f"{_e(ex.in_force.until or 'now')}; rule {_e(f.rule_source)}</span></p>",
    ]
    if decision is not None:
        until = f", until {_e(decision.until)}" if decision.until else ""
        parts.append(f"<p class=decision>{_badge(decision.decision)} by {_e(decision.by)} on "
                     f"{_e(decision.on)}{until}: {_e(decision.why)}</p>")
    parts.append(_conditions(ex.conditions))
    if ex.missing:
        parts.append("<p>Review needs: " + "; ".join(_e(m) for m in ex.missing) + "</p>")
    if ex.exemptions:
        parts.append(_table(["exemption weighed", "", "why"], (
            [f"<code>{_e(x.id)}</code><br>{_e(x.summary)}",
             "<span class=applies>applies</span>" if x.applies else _muted("does not apply"),
             _e(x.why)] for x in ex.exemptions)))
    clearing = f.clearing
    if clearing is not None and not exempted:
        lines = [f"<li>{_e('; '.join(c.needs))} <span class=muted>"
                 f"({_e(c.exemption)})</span></li>" for c in clearing.exemptions]
        lines.append(f"<li class=muted>measure in force from {_e(clearing.in_force_from)}"
                     + (f", lapses after {_e(clearing.lapses)}" if clearing.lapses else
                        ", no end date") + "</li>")
        parts.append("<p>What would clear it:</p><ul class=clear>" + "".join(lines) + "</ul>")
    if ex.contributions:
        parts.append(_table(["contribution", "date", "quantity", "running total"], (
            [_e(c.event_id), _e(c.date), f"{_e(c.quantity)} {_e(c.unit)}", _e(c.running_total)]
            for c in ex.contributions)))
    if ex.chain:
        parts.append(_table(["linked event", "date", "type", "vessel"], (
            [_e(c.event_id), _e(c.date), _e(c.type), _e(c.vessel)] for c in ex.chain)))
    parts.append("</details>")
    return "\n".join(parts)


def _facts(event: Any, event_id: str) -> str:
    if event is None:
        return (f"<div class=facts><h3>Event {_e(event_id)}</h3><p class=muted>From an "
                "earlier batch (known from the state only).</p></div>")
    rows = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in event_facts(event))
    return f"<div class=facts><h3>Event {_e(event_id)}</h3><dl>{rows}</dl></div>"


def _events(findings: list[Finding], events: dict[str, Any], exempted: bool, decided: bool
            ) -> list[str]:
    by_event: dict[str, list[Finding]] = {}
    for f in findings:
        by_event.setdefault(f.event_ids[0], []).append(f)
    out = []
    for n, (event_id, group) in enumerate(by_event.items()):
        css = "event exempted-event" if exempted else "event"
        anchor = f"{'x' if exempted else 'e'}{n}"
        out.append(f"<section class='{css}' id='{anchor}'>{_facts(events.get(event_id), event_id)}"
                   "<div class=findings>" + "".join(_finding(f, exempted, decided) for f in group)
                   + "</div></section>")
    return out


def _select(name: str, label: str, values: Iterable[str]) -> str:
    opts = "".join(f"<option value='{_e(v)}'>{_e(v)}</option>" for v in values)
    return (f"<label for=f-{name}>{_e(label)}</label> <select id=f-{name}>"
            f"<option value=''>all</option>{opts}</select>")


def _filters(r: Report) -> str:
    everything = [*r.findings, *r.exempted]
    sev = sorted({f.severity for f in r.findings} | ({"exempted"} if r.exempted else set()))
    return ("<div id=filters hidden>"
            + _select("severity", "severity", sev)
            + _select("regime", "regime", sorted({f.regime for f in everything}))
            + _select("rule", "rule", sorted({f.rule_id for f in everything}))
            + (_select("decision", "decision", sorted({_decision_of(f) for f in everything}))
               if r.decisions is not None else "")
            + "<label for=f-text>search</label> <input id=f-text type=search "
              "placeholder='name, id, text'>"
            + "<button id=expand type=button>expand all</button>"
            + "<button id=collapse type=button>collapse all</button>"
            + "<span id=shown></span></div>")


def render_html(r: Report) -> str:
    """The whole report as one HTML document."""
    s = r.summary
    events = r.events
    outcome = r.decisions
    decided = outcome is not None
    sections = [("overview", "Overview")]
    if r.findings:
        sections.append(("findings", f"Findings ({len(r.findings)})"))
    if r.exempted:
        sections.append(("exempted", f"Exempted ({len(r.exempted)})"))
    notes = [h for h in r.screening if h.status != "in_force"]
    if notes:
        sections.append(("screening", "Screening notes"))
    if r.totals:
        sections.append(("totals", "Totals toward caps"))
    if outcome is not None and (outcome.stale or outcome.expired):
        sections.append(("decisions", "Decisions not applied"))
    if r.rejected:
        sections.append(("rejected", f"Rejected ({len(r.rejected)})"))
    out = ["<!DOCTYPE html>", "<html lang=en><head><meta charset=utf-8>",
           f"<meta http-equiv=Content-Security-Policy content=\"{_CSP}\">",
           "<meta name=viewport content='width=device-width, initial-scale=1'>",
           "<title>Sanctions check report</title>", f"<style>{_CSS}</style></head><body>",
           _filters(r),
           "<header><h1>Sanctions check report</h1>",
           f"<p class=muted>sanctions-engine {_e(r.engine.version)}; rulebook "
           f"<code>{_e(r.rulebook.fingerprint)}</code> ({r.rulebook.rules} rules: "
           f"{_e(', '.join(r.rulebook.regimes))})</p>"]
    if r.lists:
        out.append("<p class=muted>Screened against: " + "; ".join(
            f"{_e(x.name)} {_e(x.source)} of {_e(x.generated)}, {x.records} records, sha256 "
            f"<code>{_e(x.sha256[:16])}</code>..., strong {_e(x.thresholds.get('strong'))} "
            f"/ weak {_e(x.thresholds.get('weak'))}" for x in r.lists) + "</p>")
    out.append("</header><nav class=toc aria-label=Contents><h2>Contents</h2><ul>"
               + "".join(f"<li><a href='#{k}'>{_e(v)}</a></li>" for k, v in sections)
               + "</ul></nav><main>")
    cards = [("events", s.events), ("checked", s.checked), ("rejected", s.rejected),
             ("violations", s.by_severity.get("violation", 0)),
             ("reviews", s.by_severity.get("review", 0)), ("exempted", s.exempted)]
    if outcome is not None:
        cards.append(("undecided", outcome.undecided))
    out.append("<h2 id=overview>Overview</h2><div class=cards>" + "".join(
        f"<div class=card><b>{_e(v)}</b>{_e(k)}</div>" for k, v in cards) + "</div>")
    out.append(_charts(r))
    if r.findings:
        out.append("<h2 id=findings>Findings</h2>")
        out.extend(_events(r.findings, events, exempted=False, decided=decided))
    else:
        out.append("<p>No findings.</p>")
    if r.exempted:
        out.append("<h2 id=exempted>Exempted</h2><p class=muted>Within a rule's reach, lifted "
                   "by an exemption: not a violation.</p>")
        out.extend(_events(r.exempted, events, exempted=True, decided=decided))
    if notes:
        out.append("<h2 id=screening>Screening notes</h2><p class=muted>Matches that do not "
                   "count on the event's date.</p>")
        out.append(_table(["event", "party or vessel", "status", "match"], (
            [_e(h.event_id), _e(h.path), _e(h.status.replace("_", " ")), _e(h.text)]
            for h in notes)))
    if r.totals:
        out.append("<h2 id=totals>Totals toward caps</h2>")
        out.append(_table(["cap", "period", "total", "share", "events"], (
            [f"<code>{_e(t.cap_id)}</code>", f"{_e(t.period.from_)} to "
             f"{_e(t.period.until or 'now')}", f"{_e(t.total)} of {_e(t.limit)} {_e(t.unit)}",
             f"{_e(t.share)}%", str(t.events)] for t in r.totals)))
    if outcome is not None and (outcome.stale or outcome.expired):
        out.append("<h2 id=decisions>Decisions not applied</h2>")
        out.append(_table(["finding", "decision", "by", "on", "why", "not applied"], (
            [f"<code>{_e(d.finding)}</code>", _e(d.decision), _e(d.by), _e(d.on), _e(d.why),
             _e(kind)] for kind, ds in (("stale: no such finding now", outcome.stale),
                                        ("expired", outcome.expired)) for d in ds)))
    if r.rejected:
        out.append("<h2 id=rejected>Rejected</h2>")
        out.append(_table(["file", "line", "id", "field", "message"], (
            [_e(rej.file or ""), _e(rej.line), _e(rej.id), f"<code>{_e(err.field)}</code>",
             _e(err.message)] for rej in r.rejected for err in rej.errors)))
    out.append("<p class=muted>A tool to support compliance work, not legal advice.</p>")
    out.append(f"</main><script>{_SCRIPT}</script></body></html>")
    return "\n".join(out) + "\n"
