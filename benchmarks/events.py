"""Event-extraction benchmark: the pipeline's event table against hand-made gold events.

Run from the repository root:

    .venv/bin/python -m benchmarks.events [--errors] [--json] [--predictions FILE.jsonl]

It runs `crisis_timeline.pipeline.extract_events` on seeds/ and on benchmarks/gold/articles/
(each folder with the sources.csv beside it), matches predicted events to the gold events of
benchmarks/gold/events.jsonl, and prints, per set (seeds, gold-en, gold-fr, all): event
recall, precision and F1, date accuracy (exact and within precision), event-type and
background accuracy, and publication-date accuracy (above all for the articles whose date
is blank and must be inferred). `--predictions` scores the JSON lines of
`python -m crisis_timeline extract` instead of running the pipeline in this process.
`--gold-dir DIR` scores another gold folder laid out like benchmarks/gold/ (DIR/articles/ with
its sources.csv, DIR/events.jsonl, DIR/publication_dates.csv), such as the held-out set
benchmarks/heldout/; the seeds are then left out of the run.

Matching: a predicted event matches a gold event of the same article when the predicted
sentence (its start/end offsets into the article's original text) contains the gold
evidence, or overlaps it by at least half the evidence's length. Pairs are taken greedily,
one to one, preferring pairs that agree on the date (a sentence with two dates holds two
gold events), then required gold over optional gold, then larger overlap.
Optional gold lines (headlines, restatements, colour) are "don't care": a prediction matched
to one is neither a hit nor a false alarm, and they are not in the recall denominator.

It does not judge actors, places or quantities, and it is not a test: it prints figures.
The gold rules are in benchmarks/gold/GUIDELINES.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from benchmarks.event_gold import (  # the records and readers the scoring below uses
    ARTICLES_DIR,
    BACKGROUND_BEFORE,
    EVENT_TYPES,
    GOLD_EVENTS,
    GOLD_PUBLICATION_DATES,
    MIN_OVERLAP_SHARE,
    PRECISIONS,
    PROJECT_ROOT,
    SEEDS_DIR,
    SET_NAMES,
    ArticleInfo,
    GoldEvent,
    Matching,
    Pair,
    Predicted,
    as_date,
    load_expected_publication,
    load_gold,
    predicted_from_record,
    predictions_from_frame,
    read_article_texts,
    source_languages,
)

# --------------------------------------------------------------------------------------
# Running the pipeline
# --------------------------------------------------------------------------------------


def run_pipeline(folders: Sequence[Path]) -> tuple[list[Predicted], dict[str, ArticleInfo], Any]:
    """Predictions, articles and the raw event frame from the real pipeline.

    Each folder is its own run (with the sources.csv beside it), as a user would run
    `extract` on it; the frames are concatenated.
    """
    import pandas as pd

    from crisis_timeline.pipeline import extract_events

    frames, infos = [], {}
    languages = source_languages(folders)
    for folder in folders:
        events, articles, problems = extract_events([folder], sources=None)
        for problem in problems:
            print(f"load problem: {problem}", file=sys.stderr)
        frames.append(events)
        for article in articles:
            infos[article.id] = ArticleInfo(
                article_id=article.id,
                text=article.original_text,
                language=getattr(article, "language", None) or languages.get(article.id),
                published=as_date(article.published),
                published_basis=getattr(article, "published_basis", None),
            )
    frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    return predictions_from_frame(frame), infos, frame


def read_predictions_file(
    path: Path, folders: Sequence[Path]
) -> tuple[list[Predicted], dict[str, ArticleInfo]]:
    """Predictions from `extract` JSON lines; article texts from the files themselves."""
    records = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    predictions = [predicted_from_record(record, row) for row, record in enumerate(records)]
    published: dict[str, tuple[date | None, str | None]] = {}
    for record in records:
        published.setdefault(
            str(record.get("article_id")),
            (as_date(record.get("published")), record.get("published_basis")),
        )
    languages = source_languages(folders)
    infos = {
        article_id: ArticleInfo(
            article_id=article_id,
            text=text,
            language=languages.get(article_id),
            published=published.get(article_id, (None, None))[0],
            published_basis=published.get(article_id, (None, None))[1],
        )
        for article_id, text in read_article_texts(folders).items()
    }
    return predictions, infos


# --------------------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------------------


# Curly and straight quotes are one character each way: a page fetched again may print
# either, and an annotation is not wrong for it (offsets stay those of the text).
_QUOTES = str.maketrans("’‘“”„", '\'\'"""')


@lru_cache(maxsize=8)
def _quotes_folded(text: str) -> str:
    """The article text with straight quotes (once per article, not per annotation)."""
    return text.translate(_QUOTES)


def evidence_spans(gold: GoldEvent, text: str) -> list[tuple[int, int]]:
    """Offsets of the gold evidence in the article text (quotes curly or straight): its
    `occurrence`-th copy, or every copy when `occurrence` is None ("any"); empty when the
    text does not hold it."""
    spans = []
    text, evidence = _quotes_folded(text), gold.evidence.translate(_QUOTES)
    start = text.find(evidence)
    while start >= 0:
        spans.append((start, start + len(evidence)))
        start = text.find(evidence, start + 1)
    if gold.occurrence is None:
        return spans
    return spans[gold.occurrence : gold.occurrence + 1]


def evidence_span(gold: GoldEvent, text: str) -> tuple[int, int] | None:
    """The first candidate span of the gold evidence, or None."""
    spans = evidence_spans(gold, text)
    return spans[0] if spans else None


def predicted_span(predicted: Predicted, text: str) -> tuple[int, int] | None:
    """The predicted sentence's offsets; found by its text when offsets are missing."""
    if (
        predicted.start is not None
        and predicted.end is not None
        and predicted.end > predicted.start
    ):
        return predicted.start, predicted.end
    if predicted.sentence:
        start = text.find(predicted.sentence)
        if start >= 0:
            return start, start + len(predicted.sentence)
    return None


def overlap_share(predicted: tuple[int, int], gold: tuple[int, int]) -> float:
    """The share of the gold evidence covered by the predicted sentence (1.0 = contains)."""
    covered = min(predicted[1], gold[1]) - max(predicted[0], gold[0])
    return max(0, covered) / max(1, gold[1] - gold[0])


def dates_exact(predicted: Predicted, gold: GoldEvent) -> bool:
    """Same first and last day."""
    return (
        gold.date is not None
        and predicted.date == gold.date
        and (predicted.date_end or predicted.date) == (gold.date_end or gold.date)
    )


def dates_within(predicted: Predicted, gold: GoldEvent) -> bool:
    """The predicted range and the gold range share at least one day.

    A prediction "within precision": "last week" predicted as that week, or as a day of it,
    or a day predicted inside a gold month.
    """
    if gold.date is None or predicted.date is None:
        return False
    predicted_end = predicted.date_end or predicted.date
    gold_end = gold.date_end or gold.date
    return predicted.date <= gold_end and gold.date <= predicted_end


def match_events(
    predictions: Sequence[Predicted], gold: Sequence[GoldEvent], texts: dict[str, str]
) -> Matching:
    """Greedy one-to-one matching of predictions to gold, article by article."""
    result = Matching()
    gold_by_article: dict[str, list[tuple[GoldEvent, list[tuple[int, int]]]]] = {}
    for item in gold:
        text = texts.get(item.article_id)
        if text is None:
            continue  # article not in this run
        spans = evidence_spans(item, text)
        if not spans:
            result.gold_problems.append(
                f"events.jsonl line {item.line}: evidence not found in {item.article_id}: "
                f"{item.evidence!r}"
            )
            continue
        gold_by_article.setdefault(item.article_id, []).append((item, spans))

    predictions_by_article: dict[str, list[Predicted]] = {}
    for predicted in predictions:
        predictions_by_article.setdefault(predicted.article_id, []).append(predicted)

    for article_id in sorted(set(gold_by_article) | set(predictions_by_article)):
        golds = gold_by_article.get(article_id, [])
        preds = predictions_by_article.get(article_id, [])
        text = texts.get(article_id, "")
        candidates = []
        for p_index, predicted in enumerate(preds):
            p_span = predicted_span(predicted, text)
            if p_span is None:
                continue
            for g_index, (item, g_spans) in enumerate(golds):
                share, g_span = max((overlap_share(p_span, span), span) for span in g_spans)
                if share < MIN_OVERLAP_SHARE:
                    continue
                priority = (
                    dates_exact(predicted, item),
                    dates_within(predicted, item),
                    not item.optional,
                    share,
                    -abs(p_span[0] - g_span[0]),
                )
                candidates.append((priority, p_index, g_index, g_span))
        candidates.sort(key=lambda candidate: candidate[0], reverse=True)
        used_predictions: set[int] = set()
        used_gold: set[int] = set()
        for _priority, p_index, g_index, g_span in candidates:
            if p_index in used_predictions or g_index in used_gold:
                continue
            used_predictions.add(p_index)
            used_gold.add(g_index)
            item = golds[g_index][0]
            result.pairs.append(Pair(predicted=preds[p_index], gold=item, gold_span=g_span))
        result.missed.extend(
            item
            for g_index, (item, _span) in enumerate(golds)
            if g_index not in used_gold and not item.optional
        )
        result.false_alarms.extend(
            predicted for p_index, predicted in enumerate(preds) if p_index not in used_predictions
        )
    return result


# --------------------------------------------------------------------------------------
# Scores
# --------------------------------------------------------------------------------------


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 3) if denominator else None


def _f1(precision: float | None, recall: float | None) -> float | None:
    if not precision or not recall:
        return 0.0 if precision is not None and recall is not None else None
    return round(2 * precision * recall / (precision + recall), 3)


def score_set(
    matching: Matching,
    predictions: Sequence[Predicted],
    gold: Sequence[GoldEvent],
    article_ids: set[str],
) -> dict[str, Any]:
    """Recall, precision, F1 and attribute accuracies over the articles of one set."""
    required = [g for g in gold if g.article_id in article_ids and not g.optional]
    pairs = [pair for pair in matching.pairs if pair.gold.article_id in article_ids]
    hits = [pair for pair in pairs if not pair.gold.optional]
    on_optional = len(pairs) - len(hits)
    predicted_total = sum(1 for p in predictions if p.article_id in article_ids)
    scored_predictions = predicted_total - on_optional
    recall = _ratio(len(hits), len(required))
    precision = _ratio(len(hits), scored_predictions)
    dated_hits = [pair for pair in hits if pair.gold.date is not None]
    return {
        "articles": len(article_ids),
        "gold_events": len(required),
        "gold_optional": sum(1 for g in gold if g.article_id in article_ids and g.optional),
        "predicted": predicted_total,
        "matched": len(hits),
        "matched_optional": on_optional,
        "false_alarms": sum(1 for p in matching.false_alarms if p.article_id in article_ids),
        "recall": recall,
        "precision": precision,
        "f1": _f1(precision, recall),
        "date_exact": _ratio(
            sum(dates_exact(p.predicted, p.gold) for p in dated_hits), len(dated_hits)
        ),
        "date_start_exact": _ratio(
            sum(p.predicted.date == p.gold.date for p in dated_hits), len(dated_hits)
        ),
        "date_within": _ratio(
            sum(dates_within(p.predicted, p.gold) for p in dated_hits), len(dated_hits)
        ),
        "precision_label": _ratio(
            sum(p.predicted.precision == p.gold.precision for p in dated_hits), len(dated_hits)
        ),
        "event_type": _ratio(
            sum(p.predicted.event_type == p.gold.event_type for p in hits), len(hits)
        ),
        "background": _ratio(
            sum(bool(p.predicted.background) == p.gold.background for p in hits), len(hits)
        ),
        # Recall counting only matches with the exact date: "present with the right date".
        "recall_right_date": _ratio(
            sum(dates_exact(p.predicted, p.gold) for p in dated_hits),
            sum(1 for g in required if g.date is not None),
        ),
    }


def set_members(infos: dict[str, ArticleInfo], seeds: set[str]) -> dict[str, set[str]]:
    """Article ids of each benchmark set."""
    own = {a for a in infos if a not in seeds}
    return {
        "seeds": seeds & set(infos),
        "gold-en": {a for a in own if (infos[a].language or "").startswith("en")},
        "gold-fr": {a for a in own if (infos[a].language or "").startswith("fr")},
        "all": set(infos),
    }


def publication_report(
    infos: dict[str, ArticleInfo], expected: dict[str, dict[str, str]]
) -> dict[str, Any]:
    """Publication dates against publication_dates.csv; the inferred ones listed one by one."""
    rows = []
    for article_id, row in sorted(expected.items()):
        info = infos.get(article_id)
        if info is None:
            continue
        want = as_date(row["published"])
        rows.append(
            {
                "article_id": article_id,
                "expected": want.isoformat() if want else None,
                "expected_basis": row["basis"],
                "predicted": info.published.isoformat() if info.published else None,
                "predicted_basis": info.published_basis,
                "correct": info.published == want,
            }
        )
    inferred = [row for row in rows if row["expected_basis"] == "inferred"]
    return {
        "accuracy_all": _ratio(sum(r["correct"] for r in rows), len(rows)),
        "accuracy_inferred": _ratio(sum(r["correct"] for r in inferred), len(inferred)),
        "basis_inferred": _ratio(
            sum(r["predicted_basis"] == "inferred" for r in inferred), len(inferred)
        ),
        "inferred": inferred,
        "wrong": [row for row in rows if not row["correct"]],
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _range(first: date | None, last: date | None) -> str:
    if first is None:
        return "undated"
    if last is None or last == first:
        return first.isoformat()
    return f"{first.isoformat()}..{last.isoformat()}"


def error_lists(matching: Matching, texts: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    """Misses, false alarms, wrong dates, wrong types and wrong background flags."""

    def snippet(predicted: Predicted) -> str:
        text = texts.get(predicted.article_id, "")
        span = predicted_span(predicted, text)
        sentence = text[span[0] : span[1]] if span else predicted.sentence
        sentence = " ".join(sentence.split())
        return sentence if len(sentence) <= 160 else sentence[:157] + "..."

    wrong_dates, wrong_types, wrong_background = [], [], []
    for pair in matching.pairs:
        if pair.gold.optional:
            continue
        gold, predicted = pair.gold, pair.predicted
        common = {"article_id": gold.article_id, "evidence": gold.evidence}
        if gold.date is not None and not dates_exact(predicted, gold):
            wrong_dates.append(
                {
                    **common,
                    "gold": f"{_range(gold.date, gold.date_end)} ({gold.precision})",
                    "predicted": f"{_range(predicted.date, predicted.date_end)} "
                    f"({predicted.precision})",
                    "within": dates_within(predicted, gold),
                    "dated_by": predicted.dated_by,
                    "trigger": predicted.trigger,
                    "note": gold.note,
                }
            )
        if predicted.event_type != gold.event_type:
            wrong_types.append(
                {**common, "gold": gold.event_type, "predicted": predicted.event_type}
            )
        if bool(predicted.background) != gold.background:
            wrong_background.append(
                {**common, "gold": gold.background, "predicted": predicted.background}
            )
    return {
        "misses": [
            {
                "article_id": gold.article_id,
                "evidence": gold.evidence,
                "date": _range(gold.date, gold.date_end),
                "event_type": gold.event_type,
                "note": gold.note,
            }
            for gold in matching.missed
        ],
        "false_alarms": [
            {
                "article_id": predicted.article_id,
                "sentence": snippet(predicted),
                "date": _range(predicted.date, predicted.date_end),
                "dated_by": predicted.dated_by,
                "trigger": predicted.trigger,
                "event_type": predicted.event_type,
            }
            for predicted in matching.false_alarms
        ],
        "wrong_dates": wrong_dates,
        "wrong_types": wrong_types,
        "wrong_background": wrong_background,
    }


def check_gold(gold: Sequence[GoldEvent], texts: dict[str, str]) -> list[str]:
    """Problems in the gold file itself (run with --check-gold)."""
    problems = []
    for item in gold:
        where = f"line {item.line} ({item.article_id})"
        if item.article_id not in texts:
            problems.append(f"{where}: no such article")
            continue
        if not evidence_spans(item, texts[item.article_id]):
            problems.append(f"{where}: evidence not in the text: {item.evidence!r}")
        if not 20 <= len(item.evidence) <= 120:
            problems.append(f"{where}: evidence is {len(item.evidence)} characters")
        if item.event_type not in EVENT_TYPES:
            problems.append(f"{where}: unknown event_type {item.event_type!r}")
        if item.date is None and not item.optional:
            problems.append(f"{where}: a required event needs a date")
        if item.date is not None:
            if item.precision not in PRECISIONS:
                problems.append(f"{where}: unknown precision {item.precision!r}")
            if item.date_end and item.date_end < item.date:
                problems.append(f"{where}: date_end before date")
            ends_before = (item.date_end or item.date) < BACKGROUND_BEFORE
            if ends_before != item.background:
                problems.append(f"{where}: background should be {ends_before}")
        if not item.cluster:
            problems.append(f"{where}: no cluster slug")
    return problems


# --------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------


def evaluate(
    predictions: Sequence[Predicted],
    infos: dict[str, ArticleInfo],
    gold: Sequence[GoldEvent],
    expected_publication: dict[str, dict[str, str]],
    seeds: set[str],
) -> dict[str, Any]:
    """Every figure of the benchmark, as a JSON-ready dict."""
    texts = {article_id: info.text for article_id, info in infos.items()}
    matching = match_events(predictions, gold, texts)
    members = set_members(infos, seeds)
    return {
        "sets": {name: score_set(matching, predictions, gold, members[name]) for name in SET_NAMES},
        "publication": publication_report(infos, expected_publication),
        "errors": error_lists(matching, texts),
        "gold_problems": matching.gold_problems,
    }


_COLUMNS = (
    ("gold_events", "gold", "{}"),
    ("predicted", "pred", "{}"),
    ("matched", "hit", "{}"),
    ("false_alarms", "FA", "{}"),
    ("recall", "recall", "{:.3f}"),
    ("precision", "prec", "{:.3f}"),
    ("f1", "F1", "{:.3f}"),
    ("date_exact", "date=", "{:.3f}"),
    ("date_within", "date~", "{:.3f}"),
    ("event_type", "type", "{:.3f}"),
    ("background", "bg", "{:.3f}"),
    ("recall_right_date", "R@date", "{:.3f}"),
)


def format_report(
    report: dict[str, Any], *, errors: bool, gold_name: str = "benchmarks/gold/events.jsonl"
) -> str:
    """The human-readable report."""
    lines = [f"Event extraction benchmark (gold: {gold_name})", ""]
    header = f"{'set':<8}" + "".join(f"{title:>8}" for _key, title, _fmt in _COLUMNS)
    lines.append(header)
    for name in SET_NAMES:
        figures = report["sets"][name]
        if not figures["articles"]:
            continue  # e.g. no seeds when scoring another gold folder (--gold-dir)
        cells = []
        for key, _title, fmt in _COLUMNS:
            value = figures[key]
            cells.append(f"{'-' if value is None else fmt.format(value):>8}")
        lines.append(f"{name:<8}" + "".join(cells))
    lines += [
        "",
        "gold = required gold events; hit = matched to one; FA = false alarms (predictions",
        "matching no gold line); date= exact first and last day; date~ overlapping range;",
        "R@date = required events found with the exact date.",
    ]
    publication = report["publication"]
    lines += [
        "",
        f"Publication dates: {publication['accuracy_all']} correct over all articles; "
        f"inferred (blank date): {publication['accuracy_inferred']}, "
        f"basis 'inferred': {publication['basis_inferred']}",
    ]
    for row in publication["inferred"]:
        mark = "ok " if row["correct"] else "BAD"
        lines.append(
            f"  {mark} {row['article_id']}: expected {row['expected']}, got {row['predicted']} "
            f"({row['predicted_basis']})"
        )
    for row in publication["wrong"]:
        if row["expected_basis"] != "inferred":
            lines.append(
                f"  BAD {row['article_id']}: expected {row['expected']}, got {row['predicted']}"
            )
    if report["gold_problems"]:
        lines += ["", "Gold evidence not found in the pipeline's original text:"]
        lines += [f"  {problem}" for problem in report["gold_problems"]]
    if errors:
        lines += _format_errors(report["errors"])
    return "\n".join(lines)


def _format_errors(found: dict[str, list[dict[str, Any]]]) -> list[str]:
    lines = ["", f"Misses ({len(found['misses'])}):"]
    for item in found["misses"]:
        lines.append(
            f"  {item['article_id']} [{item['date']}, {item['event_type']}] {item['evidence']}"
        )
    lines += ["", f"False alarms ({len(found['false_alarms'])}):"]
    for item in found["false_alarms"]:
        lines.append(
            f"  {item['article_id']} [{item['date']}, {item['dated_by']}, "
            f"trigger={item['trigger']!r}, {item['event_type']}] {item['sentence']}"
        )
    lines += ["", f"Wrong dates ({len(found['wrong_dates'])}):"]
    for item in found["wrong_dates"]:
        within = "within" if item["within"] else "outside"
        lines.append(
            f"  {item['article_id']}: gold {item['gold']} / predicted {item['predicted']} "
            f"[{within}; {item['dated_by']}, trigger={item['trigger']!r}] {item['evidence']}"
        )
    lines += ["", f"Wrong event types ({len(found['wrong_types'])}):"]
    for item in found["wrong_types"]:
        lines.append(
            f"  {item['article_id']}: gold {item['gold']} / predicted {item['predicted']}: "
            f"{item['evidence']}"
        )
    lines += ["", f"Wrong background flags ({len(found['wrong_background'])}):"]
    for item in found["wrong_background"]:
        lines.append(
            f"  {item['article_id']}: gold {item['gold']} / predicted {item['predicted']}: "
            f"{item['evidence']}"
        )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.events", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--errors", action="store_true", help="list misses, false alarms, wrong dates"
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--predictions",
        type=Path,
        help="score JSON lines of `python -m crisis_timeline extract seeds benchmarks/gold/articles`",
    )
    parser.add_argument("--check-gold", action="store_true", help="validate the gold file and exit")
    parser.add_argument(
        "--gold-dir",
        type=Path,
        help="score another gold folder (DIR/articles, DIR/events.jsonl, "
        "DIR/publication_dates.csv), e.g. benchmarks/heldout; the seeds are left out",
    )
    args = parser.parse_args(argv)

    if args.gold_dir:
        gold_dir = args.gold_dir.resolve()
        folders = [gold_dir / "articles"]
        gold_path = gold_dir / "events.jsonl"
        publication_path = gold_dir / "publication_dates.csv"
        seeds: set[str] = set()
    else:
        folders = [SEEDS_DIR, ARTICLES_DIR]
        gold_path, publication_path = GOLD_EVENTS, GOLD_PUBLICATION_DATES
        seeds = {path.stem for path in SEEDS_DIR.glob("*.txt")}
    gold = load_gold(gold_path)
    if args.check_gold:
        problems = check_gold(gold, read_article_texts(folders))
        print("\n".join(problems) or f"gold OK: {len(gold)} lines")
        return 1 if problems else 0

    if args.predictions:
        predictions, infos = read_predictions_file(args.predictions, folders)
    else:
        predictions, infos, _frame = run_pipeline(folders)
    expected = load_expected_publication(publication_path) if publication_path.exists() else {}
    report = evaluate(predictions, infos, gold, expected, seeds)
    if args.json:
        if not args.errors:
            report = {key: value for key, value in report.items() if key != "errors"}
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        try:
            gold_name = str(gold_path.relative_to(PROJECT_ROOT))
        except ValueError:
            gold_name = str(gold_path)
        print(format_report(report, errors=args.errors, gold_name=gold_name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
