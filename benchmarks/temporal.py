"""Accuracy and speed benchmark for the temporal tagger, with dateparser as the baseline.

Reads the annotated sets in benchmarks/data/ (temporal_en.jsonl, temporal_fr.jsonl,
temporal_seeds.jsonl; the annotation rules are in benchmarks/data/README.md), runs
`crisis_timeline.temporal.tag(text, dct, lang)` on every text and scores it:

- span precision / recall / F1, strict (exact offsets) and relaxed (overlapping spans);
- value accuracy: of the gold expressions matched by an overlapping prediction, the share
  whose predicted value equals the gold value;
- value F1: a prediction counts only if its span overlaps a gold expression AND its value
  is exactly the gold value.

Speed is measured in one process, after a warm-up: articles per second and milliseconds per
5,000 characters, over the five seeds repeated, and over synthetic ~3,000-character articles
built from the annotated sentences (reshuffled every round, so a cache keyed on the whole text
cannot flatter the figure). The same inputs then go through dateparser's `search_dates`
(value = the ISO day of the datetime it returns) and the speed ratio is printed.

It is a benchmark, not a test: it prints figures and never fails on them. It exits non-zero
only when a data file is malformed (a gold span that does not match its text).

    .venv/bin/python -m benchmarks.temporal                 # table, with the dateparser baseline
    .venv/bin/python -m benchmarks.temporal --no-baseline --errors 30
    .venv/bin/python -m benchmarks.temporal --json > figures.json
    .venv/bin/python -m benchmarks.temporal --heldout --no-baseline --errors 50

The held-out sets (temporal_heldout_en.jsonl, temporal_heldout_fr.jsonl) were annotated
after the tagger was tuned, never used to tune it, and are scored only when asked for
(`--heldout`, or by name with `--sets`), so the default run is unchanged.
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "data"
SET_FILES = {
    "en": DATA_DIR / "temporal_en.jsonl",
    "fr": DATA_DIR / "temporal_fr.jsonl",
    "seeds": DATA_DIR / "temporal_seeds.jsonl",
}
# Held out from tuning: never in the default run, so the development figures stay comparable.
HELDOUT_FILES = {
    "heldout_en": DATA_DIR / "temporal_heldout_en.jsonl",
    "heldout_fr": DATA_DIR / "temporal_heldout_fr.jsonl",
}
ALL_SET_FILES = SET_FILES | HELDOUT_FILES
DEFAULT_TAGGER = "crisis_timeline.temporal:tag"
SYNTHETIC_ARTICLE_CHARS = 3000
CHARS_PER_UNIT = 5000  # speed is reported as milliseconds per 5,000 characters
ERROR_KINDS = ("value", "missed", "spurious", "extent")


@dataclass(frozen=True)
class Span:
    """One temporal expression: gold or predicted."""

    start: int
    end: int
    text: str
    value: str | None


@dataclass(frozen=True)
class Doc:
    """One annotated text with its publication date (dct) and gold expressions."""

    id: str
    dct: date | None
    lang: str
    text: str
    gold: tuple[Span, ...]
    note: str = ""


@dataclass
class Counts:
    """Raw counts; every figure is derived from them so sets can be summed."""

    docs: int = 0
    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed: int = 0
    value_ok: int = 0
    negative_docs: int = 0
    negative_docs_with_false_alarm: int = 0
    bad_offsets: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict[str, Any]:
        """Counts plus precision / recall / F1 (strict, relaxed, value) and value accuracy."""
        out: dict[str, Any] = {
            "docs": self.docs,
            "gold": self.gold,
            "predicted": self.pred,
            "negative_docs": self.negative_docs,
            "negative_docs_with_false_alarm": self.negative_docs_with_false_alarm,
            "bad_offsets": self.bad_offsets,
        }
        for name, hits in (
            ("strict", self.strict),
            ("relaxed", self.relaxed),
            ("value", self.value_ok),
        ):
            p, r, f = _prf(hits, self.pred, self.gold)
            out[name] = {"precision": p, "recall": r, "f1": f, "hits": hits}
        out["value_accuracy"] = _ratio(self.value_ok, self.relaxed)
        return out


@dataclass(frozen=True)
class Error:
    """A disagreement between gold and prediction, for the --errors listing."""

    kind: str  # one of ERROR_KINDS
    doc: Doc
    gold: Span | None
    pred: Span | None

    @property
    def start(self) -> int:
        span = self.gold or self.pred
        assert span is not None
        return span.start

    def describe(self) -> str:
        g = f"gold {self.gold.text!r}={self.gold.value}" if self.gold else ""
        p = f"pred {self.pred.text!r}={self.pred.value}" if self.pred else ""
        anchor = self.gold or self.pred
        assert anchor is not None
        context = _context(self.doc.text, anchor.start, anchor.end)
        parts = ", ".join(x for x in (g, p) if x)
        return f"[{self.kind:8}] {self.doc.id} dct={self.doc.dct} {parts}\n           {context}"


@dataclass
class SetResult:
    """Scores of one system on one set."""

    counts: Counts = field(default_factory=Counts)
    errors: list[Error] = field(default_factory=list)
    failures: int = 0  # texts on which the system raised
    per_doc: list[tuple[Doc, Counts]] = field(default_factory=list)


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _prf(hits: int, pred: int, gold: int) -> tuple[float | None, float | None, float | None]:
    p = hits / pred if pred else None
    r = hits / gold if gold else None
    f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    return (
        None if p is None else round(p, 4),
        None if r is None else round(r, 4),
        None if f is None else round(f, 4),
    )


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"...{left}[{text[start:end]}]{right}..."


# ---------------------------------------------------------------------------- loading


class DataError(ValueError):
    """A malformed line in an annotated set."""


def load_set(path: Path) -> list[Doc]:
    """Read one JSONL set and check every gold span against its text."""
    docs = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        text = rec["text"]
        gold = []
        for t in rec["timex"]:
            if text[t["start"] : t["end"]] != t["text"]:
                raise DataError(
                    f"{path.name}:{number} ({rec['id']}): span {t['start']}:{t['end']} is "
                    f"{text[t['start'] : t['end']]!r}, annotated as {t['text']!r}"
                )
            gold.append(Span(t["start"], t["end"], t["text"], t["value"]))
        gold.sort(key=lambda s: s.start)
        for a, b in zip(gold, gold[1:], strict=False):
            if b.start < a.end:
                raise DataError(f"{path.name}:{number} ({rec['id']}): overlapping gold spans")
        dct = date.fromisoformat(rec["dct"]) if rec.get("dct") else None
        docs.append(Doc(rec["id"], dct, rec["lang"], text, tuple(gold), rec.get("note", "")))
    return docs


# ---------------------------------------------------------------------------- scoring


def match(gold: Sequence[Span], pred: Sequence[Span]) -> list[tuple[Span, Span]]:
    """One-to-one pairs of overlapping spans: exact matches first, then largest overlap."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                exact = (g.start, g.end) == (p.start, p.end)
                candidates.append((not exact, -overlap, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gold[gi], pred[pi]))
    return pairs


def score_doc(doc: Doc, pred: Sequence[Span]) -> tuple[Counts, list[Error]]:
    """Counts and errors for one document."""
    pred = sorted(pred, key=lambda s: (s.start, s.end))
    pairs = match(doc.gold, pred)
    counts = Counts(docs=1, gold=len(doc.gold), pred=len(pred), relaxed=len(pairs))
    counts.strict = len({(g.start, g.end) for g in doc.gold} & {(p.start, p.end) for p in pred})
    counts.bad_offsets = sum(1 for p in pred if doc.text[p.start : p.end] != p.text)
    if not doc.gold:
        counts.negative_docs = 1
        counts.negative_docs_with_false_alarm = int(bool(pred))
    errors = []
    for g, p in pairs:
        if g.value == p.value:
            counts.value_ok += 1
            if (g.start, g.end) != (p.start, p.end):
                errors.append(Error("extent", doc, g, p))
        else:
            errors.append(Error("value", doc, g, p))
    matched_g = {id(g) for g, _ in pairs}
    matched_p = {id(p) for _, p in pairs}
    errors += [Error("missed", doc, g, None) for g in doc.gold if id(g) not in matched_g]
    errors += [Error("spurious", doc, None, p) for p in pred if id(p) not in matched_p]
    errors.sort(key=lambda e: (e.start, ERROR_KINDS.index(e.kind)))
    return counts, errors


System = Callable[[Doc], list[Span]]


def evaluate(system: System, docs: Iterable[Doc]) -> SetResult:
    """Run a system over a set and score it; a text the system fails on counts as no output."""
    result = SetResult()
    for doc in docs:
        try:
            pred = system(doc)
        except Exception as exc:  # a benchmark reports failures instead of stopping
            print(f"warning: {doc.id}: {type(exc).__name__}: {exc}", file=sys.stderr)
            result.failures += 1
            pred = []
        counts, errors = score_doc(doc, pred)
        result.counts.add(counts)
        result.errors.extend(errors)
        result.per_doc.append((doc, counts))
    return result


def by_phenomenon(per_doc: Iterable[tuple[Doc, Counts]]) -> dict[str, dict[str, Any]]:
    """Value-correct share of gold, and false alarms, per phenomenon tag of the `note` field."""
    tags: dict[str, Counts] = {}
    for doc, counts in per_doc:
        for tag in filter(None, (t.strip() for t in doc.note.split(","))):
            tags.setdefault(tag, Counts()).add(counts)
    return {
        tag: {
            "docs": c.docs,
            "gold": c.gold,
            "value_correct": c.value_ok,
            "spurious": c.pred - c.relaxed,
        }
        for tag, c in sorted(tags.items())
    }


# ---------------------------------------------------------------------------- systems


def load_tagger(spec: str) -> Callable[..., Any]:
    """Import 'package.module:function'."""
    module_name, _, func_name = spec.partition(":")
    return getattr(importlib.import_module(module_name), func_name or "tag")


def ours(tag: Callable[..., Any]) -> System:
    """Adapt tag(text, dct, lang) -> objects with .start .end .text .value."""

    def run(doc: Doc) -> list[Span]:
        return [Span(e.start, e.end, e.text, e.value) for e in tag(doc.text, doc.dct, doc.lang)]

    return run


def dateparser_baseline() -> System:
    """dateparser.search.search_dates, spans located left to right, value = ISO day."""
    from dateparser.search import search_dates

    def run(doc: Doc) -> list[Span]:
        base = datetime.combine(doc.dct or date.today(), datetime.min.time())
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        found = search_dates(doc.text, languages=[doc.lang], settings=settings) or []
        spans, cursor = [], 0
        for substring, when in found:
            start = doc.text.find(substring, cursor)
            if start < 0:  # out of order: take the first occurrence anywhere
                start = doc.text.find(substring)
            if start < 0:
                continue
            cursor = start + len(substring)
            spans.append(Span(start, cursor, substring, when.date().isoformat()))
        return spans

    return run


# ---------------------------------------------------------------------------- speed


def synthetic_articles(docs: Sequence[Doc], rng: random.Random | None = None) -> list[Doc]:
    """Concatenate annotated sentences into ~3,000-character articles (per language).

    Each article takes the dct and language of its first sentence; only the text matters
    for speed. With `rng`, sentence order is shuffled so each round sees new texts.
    """
    articles = []
    by_lang: dict[str, list[Doc]] = {}
    for d in docs:
        by_lang.setdefault(d.lang, []).append(d)
    for lang, group in by_lang.items():
        group = list(group)
        if rng is not None:
            rng.shuffle(group)
        current: list[Doc] = []
        size = 0
        for d in group:
            current.append(d)
            size += len(d.text) + 2
            if size >= SYNTHETIC_ARTICLE_CHARS:
                articles.append(_join(lang, len(articles), current))
                current, size = [], 0
        if current:
            articles.append(_join(lang, len(articles), current))
    return articles


def _join(lang: str, number: int, parts: list[Doc]) -> Doc:
    paragraphs = [" ".join(d.text for d in parts[i : i + 3]) for i in range(0, len(parts), 3)]
    return Doc(f"synthetic-{lang}-{number:03d}", parts[0].dct, lang, "\n\n".join(paragraphs), ())


def time_system(
    system: System,
    make_round: Callable[[int], Sequence[Doc]],
    *,
    min_seconds: float,
    max_rounds: int,
) -> dict[str, Any]:
    """Run rounds until min_seconds have passed (at least one round, at most max_rounds)."""
    articles = chars = rounds = 0
    elapsed = 0.0
    while rounds < max_rounds and (rounds == 0 or elapsed < min_seconds):
        batch = make_round(rounds)
        t0 = time.perf_counter()
        for doc in batch:
            try:
                system(doc)
            except Exception:  # failures are reported by the accuracy pass
                pass
        elapsed += time.perf_counter() - t0
        articles += len(batch)
        chars += sum(len(d.text) for d in batch)
        rounds += 1
    return {
        "rounds": rounds,
        "articles": articles,
        "characters": chars,
        "seconds": round(elapsed, 4),
        "articles_per_second": round(articles / elapsed, 1) if elapsed else None,
        "ms_per_5000_chars": round(elapsed * 1000 / chars * CHARS_PER_UNIT, 3) if chars else None,
        "mean_article_chars": round(chars / articles) if articles else None,
    }


def measure_speed(
    system: System,
    seeds: Sequence[Doc],
    sentences: Sequence[Doc],
    *,
    min_seconds: float,
    max_rounds: int,
) -> dict[str, Any]:
    """Warm up on the seeds, then time fresh synthetic articles, then the seeds repeated."""
    for doc in seeds:  # warm-up: imports, lazy tables, compiled patterns
        system(doc)
    out = {}
    if sentences:
        out["synthetic"] = time_system(
            system,
            lambda r: synthetic_articles(sentences, random.Random(r)),
            min_seconds=min_seconds,
            max_rounds=max_rounds,
        )
    if seeds:
        out["seeds"] = time_system(
            system, lambda r: seeds, min_seconds=min_seconds, max_rounds=max_rounds
        )
    return out


# ---------------------------------------------------------------------------- report


def run(args: argparse.Namespace) -> tuple[dict[str, Any], dict[str, dict[str, list[Error]]]]:
    """Score every system on every set and time it; returns the figures and the errors."""
    sets = {name: load_set(ALL_SET_FILES[name]) for name in args.sets}
    systems: dict[str, System] = {"ours": ours(load_tagger(args.tagger))}
    if not args.no_baseline:
        try:
            systems["dateparser"] = dateparser_baseline()
        except ImportError as exc:
            print(f"note: dateparser baseline skipped ({exc})", file=sys.stderr)
    report: dict[str, Any] = {
        "tagger": args.tagger,
        "sets": {
            name: {
                "docs": len(docs),
                "gold": sum(len(d.gold) for d in docs),
                "negative_docs": sum(1 for d in docs if not d.gold),
                "docs_with_distractors": sum(1 for d in docs if "neg-" in d.note),
            }
            for name, docs in sets.items()
        },
        "accuracy": {},
        "error_counts": {},
        "by_phenomenon": {},
        "speed": {},
    }
    all_errors: dict[str, dict[str, list[Error]]] = {}
    sentence_docs = [d for name, docs in sets.items() if name != "seeds" for d in docs]
    seeds = sets.get("seeds", [])
    for sys_name, system in systems.items():
        per_set: dict[str, Any] = {}
        total = Counts()
        errors: dict[str, list[Error]] = {}
        per_doc: list[tuple[Doc, Counts]] = []
        for name, docs in sets.items():
            result = evaluate(system, docs)
            per_set[name] = result.counts.figures() | {"failures": result.failures}
            total.add(result.counts)
            errors[name] = result.errors
            per_doc += result.per_doc
        if len(sets) > 1:
            per_set["all"] = total.figures()
        report["accuracy"][sys_name] = per_set
        report["error_counts"][sys_name] = {
            name: {kind: sum(1 for e in errs if e.kind == kind) for kind in ERROR_KINDS}
            for name, errs in errors.items()
        }
        report["by_phenomenon"][sys_name] = by_phenomenon(per_doc)
        all_errors[sys_name] = errors
        if not args.no_speed:
            # dateparser is about 100x slower: one round is enough to time it
            rounds = args.max_rounds if sys_name == "ours" else 1
            report["speed"][sys_name] = measure_speed(
                system, seeds, sentence_docs, min_seconds=args.min_seconds, max_rounds=rounds
            )
    if "dateparser" in report["speed"] and "ours" in report["speed"]:
        report["speed_ratio_ours_vs_dateparser"] = {
            inputs: _speed_ratio(
                report["speed"]["ours"][inputs], report["speed"]["dateparser"][inputs]
            )
            for inputs in report["speed"]["ours"]
        }
    return report, all_errors


def _speed_ratio(ours_speed: dict[str, Any], base_speed: dict[str, Any]) -> float | None:
    a, b = ours_speed["articles_per_second"], base_speed["articles_per_second"]
    return round(a / b, 1) if a and b else None


def _print_errors(system: str, errors: dict[str, list[Error]], limit: int, stream: Any) -> None:
    for name, errs in errors.items():
        # wrong values, misses and false alarms first; extent-only differences last
        ranked = [e for e in errs if e.kind != "extent"] + [e for e in errs if e.kind == "extent"]
        print(f"\n== errors: {system} on {name} ({len(errs)}, first {limit}) ==", file=stream)
        for e in ranked[:limit]:
            print(e.describe(), file=stream)


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def print_table(report: dict[str, Any]) -> None:
    print("Temporal tagger benchmark")
    print(f"tagger: {report['tagger']}")
    # set-name column: 6 wide as before, wider only for the longer held-out names
    width = max(6, *(len(name) for name in report["sets"]))
    print("\nData:")
    for name, s in report["sets"].items():
        print(
            f"  {name:{width}} {s['docs']:4} texts, {s['gold']:4} gold expressions, "
            f"{s['negative_docs']:3} with none, {s['docs_with_distractors']:3} with distractors"
        )
    print("\nAccuracy (P/R/F1; value acc = share of overlapped gold with the exact value)")
    header = (
        f"  {'system':10} {'set':{width}} {'gold':>5} {'pred':>5} | {'strict P':>8} {'R':>5} {'F1':>5} | "
        f"{'relax P':>7} {'R':>5} {'F1':>5} | {'val acc':>7} | {'value P':>7} {'R':>5} {'F1':>5} | neg FA"
    )
    print(header)
    print("  " + "-" * (len(header) - 2))
    for sys_name, per_set in report["accuracy"].items():
        for name, f in per_set.items():
            st, rx, va = f["strict"], f["relaxed"], f["value"]
            neg = f"{f['negative_docs_with_false_alarm']}/{f['negative_docs']}"
            print(
                f"  {sys_name:10} {name:{width}} {f['gold']:5} {f['predicted']:5} | "
                f"{_fmt(st['precision']):>8} {_fmt(st['recall'])} {_fmt(st['f1'])} | "
                f"{_fmt(rx['precision']):>7} {_fmt(rx['recall'])} {_fmt(rx['f1'])} | "
                f"{_fmt(f['value_accuracy']):>7} | "
                f"{_fmt(va['precision']):>7} {_fmt(va['recall'])} {_fmt(va['f1'])} | {neg}"
            )
    print("  (neg FA: texts without any gold expression on which the system tagged something)")
    for sys_name, per_set in report["accuracy"].items():
        bad = sum(f.get("bad_offsets", 0) for n, f in per_set.items() if n != "all")
        failed = sum(f.get("failures", 0) for f in per_set.values())
        if bad or failed:
            print(
                f"  {sys_name}: {bad} predictions whose .text != text[start:end], {failed} failures"
            )
    if report["speed"]:
        print("\nSpeed (single process, after a warm-up)")
        print(
            f"  {'system':10} {'inputs':10} {'articles':>8} {'mean chars':>10} {'seconds':>8} "
            f"{'articles/s':>10} {'ms/5000 chars':>13}"
        )
        for sys_name, per_input in report["speed"].items():
            for inputs, s in per_input.items():
                print(
                    f"  {sys_name:10} {inputs:10} {s['articles']:8} {s['mean_article_chars']:10} "
                    f"{s['seconds']:8.3f} {s['articles_per_second']:10} {s['ms_per_5000_chars']:13}"
                )
        print(
            "  (synthetic: ~3,000-char articles of annotated sentences, reshuffled each round;"
            " seeds: the five seed articles repeated)"
        )
    for inputs, ratio in report.get("speed_ratio_ours_vs_dateparser", {}).items():
        print(f"  speed ratio ours / dateparser on {inputs}: {ratio}x")


def print_phenomena(report: dict[str, Any]) -> None:
    """One line per phenomenon tag: value-correct / gold, and spurious predictions."""
    systems = list(report["by_phenomenon"])
    print("\nBy phenomenon (value-correct/gold, spurious) per system: " + ", ".join(systems))
    tags = sorted({t for per in report["by_phenomenon"].values() for t in per})
    for tag in tags:
        cells = []
        for sys_name in systems:
            c = report["by_phenomenon"][sys_name].get(tag)
            cells.append(
                f"{c['value_correct']:3}/{c['gold']:<3} sp {c['spurious']:<3}" if c else "-"
            )
        docs = next(per[tag]["docs"] for per in report["by_phenomenon"].values() if tag in per)
        print(f"  {tag:30} {docs:3} texts | " + " | ".join(cells))


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--sets", nargs="+", choices=sorted(ALL_SET_FILES), default=list(SET_FILES))
    which.add_argument(
        "--heldout",
        action="store_const",
        dest="sets",
        const=list(HELDOUT_FILES),
        help="score the held-out sets (heldout_en, heldout_fr) instead of the development sets",
    )
    parser.add_argument("--tagger", default=DEFAULT_TAGGER, help="module:function to benchmark")
    parser.add_argument("--no-baseline", action="store_true", help="skip dateparser (slow)")
    parser.add_argument("--no-speed", action="store_true", help="accuracy only")
    parser.add_argument("--json", action="store_true", help="print figures as JSON")
    parser.add_argument(
        "--errors",
        type=int,
        nargs="?",
        const=25,
        default=0,
        metavar="N",
        help="list the first N errors per set (default 25)",
    )
    parser.add_argument(
        "--baseline-errors", action="store_true", help="also list dateparser's errors"
    )
    parser.add_argument(
        "--by-phenomenon",
        action="store_true",
        help="value-correct gold and false alarms per note tag",
    )
    parser.add_argument(
        "--min-seconds", type=float, default=2.0, help="timing budget per input kind"
    )
    parser.add_argument("--max-rounds", type=int, default=200)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        report, errors = run(args)
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        print_table(report)
        if args.by_phenomenon:
            print_phenomena(report)
    if args.errors:
        shown = [n for n in errors if n == "ours" or args.baseline_errors]
        stream = sys.stderr if args.json else sys.stdout
        for sys_name in shown:
            _print_errors(sys_name, errors[sys_name], args.errors, stream)
    return 0


if __name__ == "__main__":
    if __package__ in (None, ""):  # `python benchmarks/temporal.py`: make the repo importable
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
