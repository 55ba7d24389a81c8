"""The command line: ``sanctions-engine check EVENTS... [--rules DIR] [--format F] [--output F]``.

Exit status (contract): 0 no findings and nothing rejected; 1 findings; 2 usage error,
unreadable or invalid rules, or at least one event rejected (the report is still written);
3 an internal error (a bug): one line naming what was being processed, the traceback only
with ``--debug``, so that a crash is never taken for findings;
130 interrupted (Ctrl-C). With ``--decisions``, only undecided findings make it 1.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import json
import sys
import traceback
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from . import __version__
from . import pipeline as engine_module
from ._files import atomic_writer, write_atomically
from .cache import entry_key
from .console import CountingReader, Parser, Progress, check_output, closing_line, did_you_mean
from .errors import DecisionsError, EventInputError, SanctionsEngineError
from .events.formats import FORMATS
from .events.model import Event
from .events.readers import Record, read_events
from .findings.state import TotalsState, locked
from .pipeline import Engine
from .report.decisions import apply_decisions, decisions_schema, load_decisions, template
from .report.models import Summary
from .rulebook.spec import RuleFileSpec
from .screening.screener import ScreeningConfig
from .screening.step import Designations, default_lists_path
from .spark.cli import add_parser as spark_parser
from .spark.cli import run as spark_run
from .verify import compare, malformed
from .workers import default_jobs

__all__ = ["EXIT_INTERNAL", "main"]

EXIT_INTERNAL = 3  # an unexpected internal error: never 1, which means findings

# What the command is doing, for the one line an internal error prints.
_doing = ["starting"]


def _now(what: str) -> None:
    _doing[0] = what


def _screening_options(p: argparse.ArgumentParser) -> None:
    """The rules and lists an engine is built from (check and verify)."""
    p.add_argument("--rules", metavar="DIR", help="rules folder (default: the shipped rules)")
    p.add_argument("--list", metavar="SNAPSHOT", action="append", dest="lists",
                   help="a UN list snapshot (.json from 'lists import') or the UN XML to "
                        "screen parties against; repeat with older snapshots for a history "
                        "(a record missing from a newer one was removed; default: the "
                        "shipped list)")
    p.add_argument("--vessels", metavar="FILE",
                   help="designated vessels (YAML, docs/lists.md; default: the shipped file)")
    p.add_argument("--strong", type=float, metavar="SCORE",
                   help="name-match score from which a designation counts (violation); "
                        f"default {ScreeningConfig.strong}")
    p.add_argument("--weak", type=float, metavar="SCORE",
                   help="name-match score from which a match is reviewed; "
                        f"default {ScreeningConfig.weak}")


_EXAMPLES = """\
examples:
  sanctions-engine check batch.jsonl
  sanctions-engine check batch.csv.gz --format html --output report.html
  sanctions-engine check payments.ftm.json --format json --output r.json
  sanctions-engine decisions template r.json --output decisions.yaml
  sanctions-engine check batch.jsonl --decisions decisions.yaml --format csv
  sanctions-engine rules show dprk.arms.export

exit status:
  0    no findings (with --decisions: none undecided) and nothing rejected
  1    findings (with --decisions: undecided findings)
  2    usage error, unreadable input or rules, or an event rejected (report still written)
  3    internal error (a bug): one line; --debug shows the traceback
  130  interrupted (Ctrl-C)
"""


def _parser() -> argparse.ArgumentParser:
    p = Parser(
        prog="sanctions-engine",
        description="Check events against UN Security Council sanctions measures.",
        epilog=_EXAMPLES)
    p.add_argument("--version", action="version", version=f"sanctions-engine {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND",
                           parser_class=Parser)

    check = sub.add_parser("check", help="check event files and write a report",
                           epilog=_EXAMPLES)
    check.add_argument("events", nargs="+", metavar="EVENTS",
                       help="event files (.jsonl, .json, .yaml, .csv, FollowTheMoney; .gz "
                            "read transparently); - reads standard input")
    check.add_argument("--input-format", choices=FORMATS, metavar="FORMAT",
                       help="read every input as this format: " + ", ".join(FORMATS)
                            + " (default: by name, confirmed by content)")
    check.add_argument("--format", choices=("text", "json", "jsonl", "markdown", "html", "csv"),
                       default="text",
                       help="text (default), json (the contract's report), jsonl (one finding "
                            "a line, streamed), markdown, html or csv; json and jsonl are "
                            "written in flat memory whatever the batch size")
    check.add_argument("--output", metavar="FILE", help="write the report here (default: stdout)")
    check.add_argument("--jobs", type=_jobs, default=default_jobs(), metavar="N",
                       help="worker processes judging events (default: the usable cores, "
                            f"here {default_jobs()}; 1: in this process); the report is the "
                            "same bytes whatever N")
    check.add_argument("--quiet", action="store_true",
                       help="no progress and no closing line on stderr")
    check.add_argument("--decisions", metavar="FILE",
                       help="reviewer decisions (YAML or JSON; 'schema decisions'): decided "
                            "findings are marked, only undecided ones make the exit status 1")
    check.add_argument("--as-of", metavar="YYYY-MM-DD", type=_day,
                       help="the day decisions' 'until' dates are judged on (default: today)")
    _screening_options(check)
    check.add_argument("--state", metavar="FILE",
                       help="totals toward caps carried between batches (JSON; created if "
                            "missing, refused if written for another rulebook)")

    verify = sub.add_parser(
        "verify", help="check events again and compare with the JSON report written for them "
                       "(audit replay; after a rule or list change: its impact)")
    verify.add_argument("report", metavar="REPORT.json")
    verify.add_argument("events", nargs="+", metavar="EVENTS")
    _screening_options(verify)
    verify.add_argument("--state", metavar="FILE",
                        help="the state file as it was before the batch (read, never written)")

    lists = sub.add_parser("lists", help="the UN Consolidated List: import and compare snapshots")
    lsub = lists.add_subparsers(dest="lists_command", required=True, metavar="ACTION",
                                parser_class=Parser)
    imp = lsub.add_parser("import", help="read the UN XML, or the list as FollowTheMoney "
                                         "entities, into a versioned JSON snapshot")
    imp.add_argument("xml", metavar="FILE", help="the UN XML, or FollowTheMoney entities")
    imp.add_argument("--output", metavar="SNAPSHOT", default="un-list-snapshot.json",
                     help="where to write the snapshot (default: un-list-snapshot.json)")
    dif = lsub.add_parser("diff", help="additions, removals (delistings) and changes")
    dif.add_argument("old", metavar="OLD", help="a snapshot (.json) or the UN XML")
    dif.add_argument("new", metavar="NEW", help="a snapshot (.json) or the UN XML")

    schema = sub.add_parser("schema", help="print the JSON Schema of the rule, event or "
                                           "decisions format")
    schema.add_argument("what", choices=("rules", "events", "decisions"))

    dec = sub.add_parser("decisions", help="reviewer decisions: a file to fill in")
    dsub = dec.add_subparsers(dest="decisions_command", required=True, metavar="ACTION",
                              parser_class=Parser)
    tpl = dsub.add_parser("template", help="a decisions file (YAML) for every finding of a "
                                           "JSON report, to fill in")
    tpl.add_argument("report", metavar="REPORT.json")
    tpl.add_argument("--output", metavar="FILE", help="write it here (default: stdout)")

    rules = sub.add_parser("rules", help="browse the rulebook")
    rules.add_argument("--rules", metavar="DIR", help="rules folder (default: the shipped rules)")
    rsub = rules.add_subparsers(dest="rules_command", required=True, metavar="ACTION",
                                parser_class=Parser)
    rsub.add_parser("list", help="one line per rule")
    show = rsub.add_parser("show", help="one rule in full")
    show.add_argument("rule_id")
    cov = rsub.add_parser("coverage", help="each catalogued paragraph: rules, scenarios, status")
    cov.add_argument("--features", metavar="DIR", default="features",
                     help="Gherkin features to count scenarios in (default: ./features)")
    cov.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    spark_parser(sub, _screening_options)  # imports no pyspark: only running it does
    _debug_option(p)
    return p


def _debug_option(parser: argparse.ArgumentParser) -> None:
    """``--debug`` anywhere on the command line: an internal error shows its traceback."""
    parser.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help="on an internal error, print the traceback")
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                _debug_option(child)


def _write(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    write_atomically(output, text)


# durable-rules never frees a ruleset (about 35 MB per 1,000 rules) and grows unstable when
# one process creates many: a program that calls main() again and again (tests, a server)
# reuses the engine compiled for the same folder and the same rulebook (its fingerprint).
_ENGINES: dict[tuple[str, str], Engine] = {}


def _engine(rules: str | None) -> Engine:
    given = Path(rules if rules is not None else engine_module.default_rules_path())
    # Keyed by the files' bytes (and the engine's code), as the start-up cache is: no YAML is
    # read to find out that nothing changed.
    key = (str(given.resolve()), entry_key(given.resolve()))
    if key not in _ENGINES:
        _ENGINES[key] = Engine.load(rules)
    return _ENGINES[key]


def _screening_engine(args: argparse.Namespace) -> Engine | None:
    """The engine of ``--rules`` with the lists and thresholds asked for; None if refused."""
    engine = _engine(args.rules)
    if args.lists or args.vessels or args.strong is not None or args.weak is not None:
        default = default_lists_path()
        base = ScreeningConfig()
        config = dataclasses.replace(
            base, strong=base.strong if args.strong is None else args.strong,
            weak=base.weak if args.weak is None else args.weak)
        if not 0 < config.weak <= config.strong <= 1:
            sys.stderr.write(f"sanctions-engine: error: need 0 < --weak ({config.weak}) <= "
                             f"--strong ({config.strong}) <= 1\n")
            return None
        designations = Designations.load(
            args.lists or sorted(default.glob("un-consolidated-*.xml")),
            args.vessels or default / "dprk_vessels.yaml", config)
        engine = engine.with_designations(designations)
    return engine


def _verify(args: argparse.Namespace) -> int:
    _now(f"reading {args.report}")
    try:
        recorded = json.loads(Path(args.report).read_text(encoding="utf-8"))
    except RecursionError:
        sys.stderr.write(f"sanctions-engine: error: {args.report}: not a JSON report: "
                         "nested too deep\n")
        return 2
    except (OSError, ValueError) as exc:
        sys.stderr.write(f"sanctions-engine: error: {args.report}: cannot read the report: "
                         f"{exc}\n")
        return 2
    problem = malformed(recorded)
    if problem is not None:
        sys.stderr.write(f"sanctions-engine: error: {args.report}: {problem}\n")
        return 2
    engine = _screening_engine(args)
    if engine is None:
        return 2
    state = TotalsState.load(args.state, engine.rulebook.fingerprint) if args.state else None
    replay = compare(recorded, engine.check_files(_tracked(args.events), state=state))
    sys.stdout.write(replay.render())
    return 0 if replay.identical else 1


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (YYYY-MM-DD)") from None


def _tracked(paths: Iterable[str]) -> Iterator[str]:
    """The event files, each named as the one being checked as the engine takes it."""
    for path in paths:
        _now(f"checking {path}")
        yield path


def _records(paths: Sequence[str], input_format: str | None, counter: list[int]
             ) -> Iterator[Record]:
    """The records of every input, counting the bytes read from files (for a percentage)."""
    for path in _tracked(paths):
        if path == "-":
            yield from read_events(path, input_format=input_format)
            continue
        try:
            raw = Path(path).open("rb")  # noqa: SIM115 - closed by read_events
        except OSError as exc:
            raise EventInputError(f"cannot read: {exc.strerror or exc}", file=path) from None
        source = io.BufferedReader(CountingReader(raw, counter))
        yield from read_events(path, input_format=input_format, source=source)


def _missing_folder(args: argparse.Namespace) -> str | None:
    """An --output or --state that cannot be written, found before any event is checked."""
    for option, value in (("--output", args.output), ("--state", args.state)):
        if value is None:
            continue
        target = Path(value)
        if target.is_dir():
            return f"{option} {value}: is a folder, not a file"
        if not target.parent.is_dir():
            return f"{option} {value}: the folder {target.parent} is missing"
    return check_output(args.output)  # and one that exists but cannot be written


def _waiting(lock: Path) -> None:
    sys.stderr.write(f"sanctions-engine: waiting for {lock}: another run is using this state "
                     "file\n")
    sys.stderr.flush()


def _check(args: argparse.Namespace) -> int:
    problem = _missing_folder(args)
    if problem is not None:
        sys.stderr.write(f"sanctions-engine: error: {problem}\n")
        return 2
    if args.state is None:
        return _check_batch(args)
    # One run at a time on a state file, from reading it to writing it (a second one waits).
    with locked(args.state, on_wait=_waiting):
        return _check_batch(args)


def _check_batch(args: argparse.Namespace) -> int:
    _now(f"loading the rules for {', '.join(args.events)}")
    engine = _screening_engine(args)
    if engine is None:
        return 2
    decisions = load_decisions(args.decisions) if args.decisions else None
    counter = [0]
    progress: Progress | None = None
    if not args.quiet and sys.stderr.isatty():
        sizes = [Path(p).stat().st_size for p in args.events if p != "-" and Path(p).is_file()]
        known = len(sizes) == len(args.events)
        progress = Progress(sum(sizes) if known else None, counter)
    state = TotalsState.load(args.state, engine.rulebook.fingerprint) if args.state else None
    records = _records(args.events, args.input_format, counter)
    # json and jsonl are streamed in flat memory, unless decisions must be applied first.
    streamed = args.format in ("json", "jsonl") and decisions is None
    try:
        if streamed:
            summary = _stream(engine, records, args, progress, state)
        else:
            report = engine.check_records(records, progress=progress, state=state,
                                          jobs=args.jobs)
    finally:
        if progress is not None:
            progress.stop()
    if not streamed:
        if decisions is not None:
            report = apply_decisions(report, decisions, args.as_of or date.today(),
                                     args.decisions)
        _now(f"writing the {args.format} report of {', '.join(args.events)}")
        _write(report.render(args.format), args.output)
        summary = report.summary
    if state is not None:
        _now(f"saving the state {args.state}")
        state.save(args.state)
    if not args.quiet and (args.output is not None or sys.stderr.isatty()):
        sys.stderr.write(closing_line(summary, args.output or "standard output") + "\n")
    if summary.rejected:
        return 2
    if summary.undecided is not None:
        return 1 if summary.undecided else 0
    return 1 if summary.findings else 0


def _stream(engine: Engine, records: Iterator[Record], args: argparse.Namespace,
            progress: Progress | None, state: TotalsState | None) -> Summary:
    """Check and write a json or jsonl report as the events are judged (flat memory)."""
    if args.output is None:
        summary = engine.write_report(records, sys.stdout, args.format, progress=progress,
                                      state=state, jobs=args.jobs)
        sys.stdout.flush()
        return summary
    with atomic_writer(args.output) as out:
        return engine.write_report(records, out, args.format, progress=progress, state=state,
                                   jobs=args.jobs)


def _jobs(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of processes: {text!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("at least 1")
    return n


def _decisions(args: argparse.Namespace) -> int:
    problem = check_output(args.output)
    if problem is not None:
        sys.stderr.write(f"sanctions-engine: error: {problem}\n")
        return 2
    try:
        recorded = json.loads(Path(args.report).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DecisionsError(f"cannot read the report: {exc}", file=args.report) from None
    if not isinstance(recorded, dict):
        raise DecisionsError("not a JSON report", file=args.report)
    _write(template(recorded), args.output)
    return 0


def _rules(args: argparse.Namespace) -> int:
    engine = _engine(args.rules)
    book = engine.rulebook
    if args.rules_command == "coverage":
        return _coverage(engine, args)
    if args.rules_command == "list":
        for rule in book.rules:
            last = rule.stages[-1]
            cites = "; ".join(f"{c.resolution} OP{c.paragraph}" for c in last.citations)
            until = rule.end.isoformat() if rule.end else "now"
            sys.stdout.write(f"{rule.id:32} {rule.start} to {until:10}  {cites}  "
                             f"- {rule.title}\n")
        return 0
    try:
        rule = book.rule(args.rule_id)
    except KeyError:
        hint = did_you_mean(args.rule_id, [r.id for r in book.rules])
        sys.stderr.write(f"error: no rule {args.rule_id!r}{hint}; see 'sanctions-engine "
                         "rules list'\n")
        return 2
    out: list[str] = [f"{rule.id} - {rule.title}", f"  {rule.summary}",
                      f"  source: {rule.file}:{rule.line}",
                      f"  applies to: {', '.join(rule.applies_to)}; severity {rule.severity}"
                      + (f"; list measure {rule.measure} (only records listed for it)"
                         if rule.measure else "")]
    for stage in rule.stages:
        until = stage.end.isoformat() if stage.end else "now"
        out.append(f"  stage {stage.start} to {until}:")
        for c in stage.citations:
            res = book.resolutions[c.resolution]
            out.append(f"    {res.symbol} OP{c.paragraph} ({c.status})")
    for ex in rule.exemptions:
        out.append(f"  exemption {ex.id}: {ex.summary}")
    sys.stdout.write("\n".join(out) + "\n")
    return 0


def _coverage(engine: Engine, args: argparse.Namespace) -> int:
    from .coverage import coverage, coverage_problems, read_scenarios

    features = Path(args.features)
    if not features.is_dir():
        sys.stderr.write(f"sanctions-engine: no scenarios counted: looked for Gherkin features "
                         f"in {features.resolve()} (run from a checkout of the repository, or "
                         "pass --features DIR)\n")
    scenarios = read_scenarios(features) if features.is_dir() else []
    book = engine.rulebook
    rows = coverage(book, scenarios)
    problems = coverage_problems(book, scenarios)
    if args.format == "json":
        data = {"rulebook": book.fingerprint, "paragraphs": [
            {"symbol": r.symbol, "resolution": r.resolution, "paragraph": r.paragraph,
             "status": r.status, "force": r.force, "topic": r.topic, "state": r.state,
             "rules": r.rules, "scenarios": r.scenarios, "not_encoded": r.not_encoded}
            for r in rows], "problems": problems}
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return 1 if problems else 0
    md = args.format == "markdown"
    out: list[str] = []
    if md:
        out += ["| paragraph | status | force | topic | covered by | scenarios |",
                "|---|---|---|---|---|---|"]
    for r in rows:
        covered = ", ".join(r.rules) if r.rules else (
            f"not encoded: {r.not_encoded}" if r.not_encoded else "MISSING")
        if md:
            out.append(f"| {r.symbol} OP{r.paragraph} | {r.status} | {r.force} | "
                       f"{r.topic.replace('|', '/')} | {covered.replace('|', '/')} | "
                       f"{len(r.scenarios)} |")
        else:
            out.append(f"{r.symbol} OP{r.paragraph:10} {r.status:16} {r.force:10} "
                       f"{len(r.scenarios):3} scen.  {r.topic}\n      -> {covered}")
    counts = {state: sum(r.state == state for r in rows)
              for state in ("encoded", "not encoded", "missing")}
    out.append("")
    out.append(f"{len(rows)} paragraphs: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    for problem in problems:
        out.append(f"problem: {problem}")
    sys.stdout.write("\n".join(out) + "\n")
    return 1 if problems else 0


def _lists(args: argparse.Namespace) -> int:
    from .lists.ftm import read_list_file
    from .lists.snapshots import diff, save_snapshot

    def snapshot(path: str) -> Any:
        return read_list_file(path)

    if args.lists_command == "import":
        snap = read_list_file(args.xml)
        save_snapshot(snap, args.output)
        out = [f"{args.output}: list generated {snap.generated.isoformat()}, "
               f"sha256 {snap.sha256}, {snap.record_count} records",
               "  " + ", ".join(f"{k} {v}" for k, v in snap.count_by_regime().items())]
        out += [f"  skipped: {problem}" for problem in snap.problems]
        sys.stdout.write("\n".join(out) + "\n")
        return 2 if snap.problems else 0
    old, new = snapshot(args.old), snapshot(args.new)
    d = diff(old, new)
    out = [f"{old.generated.isoformat()} -> {new.generated.isoformat()}: "
           f"{len(d.additions)} added, {len(d.removals)} removed (delisted), "
           f"{len(d.changes)} changed"]
    out += [f"  + {r.reference} {r.name}" for r in d.additions]
    out += [f"  - {r.reference} {r.name}" for r in d.removals]
    out += [f"  ~ {c.reference}: {', '.join(ch.field for ch in c.changes)}" for c in d.changes]
    sys.stdout.write("\n".join(out) + "\n")
    return 0


def _schema(what: str) -> int:
    if what == "decisions":
        schema = decisions_schema()
    else:
        model: Any = RuleFileSpec if what == "rules" else Event
        schema = model.model_json_schema(by_alias=True)
    sys.stdout.write(json.dumps(schema, indent=2, sort_keys=True) + "\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    _now(f"running '{args.command}'")
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "decisions":
            return _decisions(args)
        if args.command == "rules":
            return _rules(args)
        if args.command == "verify":
            return _verify(args)
        if args.command == "lists":
            return _lists(args)
        if args.command == "spark":
            return spark_run(args)
        return _schema(args.what)
    except SanctionsEngineError as exc:
        sys.stderr.write(exc.show() + "\n")
        return exc.exit_code
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        sys.stderr.write("\nsanctions-engine: interrupted\n")
        return 130
    except Exception as exc:
        if getattr(args, "debug", False):
            traceback.print_exc()
        what = f"{type(exc).__name__}: {exc}".replace("\n", " ")
        sys.stderr.write(f"sanctions-engine: internal error while {_doing[0]}: {what[:300]} "
                         "(a bug in sanctions-engine; --debug shows the traceback)\n")
        return EXIT_INTERNAL
