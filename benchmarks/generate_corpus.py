"""Write a synthetic corpus of news articles about the 2021 Belarus–EU border crisis.

    .venv/bin/python -m benchmarks.generate_corpus OUT_DIR --articles 10000 [--seed 7]

Each article is a .txt file of 1,500–4,000 characters, about 60% English and 40% French,
published by one of ~40 outlets between August 2021 and January 2022, and OUT_DIR/sources.csv
holds its metadata (file,outlet,title,author,published,language,url,notes; a few dates and
outlets are blank, as in real collections). Articles are assembled from sentence templates in
both languages over a table of real happenings (HAPPENINGS: date, actors, place, figure), with
date expressions anchored to the article's publication date ("on Monday", "hier", "last week",
"jeudi soir", "on 8 November"), figures that vary between outlets (so clusters have
discrepancies to find), durations that are not dates, quotes, context about the 2020 election,
and page furniture lines ("Advertisement", "Read more: ...", "À lire aussi").

Actor and place names for quotes and colour come from data/actors.csv and data/places.csv when
present (small built-in lists otherwise). Output is a pure function of --seed and --articles:
article i draws from its own Random(seed, i), so the first 1,000 articles of a 10,000-article
corpus are the 1,000-article corpus.

The tables it draws from (HAPPENINGS, background and filler sentences, outlets, date words)
are in corpus_tables.py.

Gold happenings at scale: each GeneratedArticle also records, in `gold`, the sentences of its
text that report a happening of HAPPENINGS (GoldSentence: the happening's `key`, whether the
sentence is the event sentence or a quote dated with a when phrase, its offsets and text), so
benchmarks/clusters.py --dense can score cross-outlet clustering on thousands of events.
Recording costs no random numbers: the written files and sources.csv are the same with or
without it. What it does not record: undated quotes, headlines and "Read more" lines (they name
a happening without dating it), and background sentences (the 2020 election and the like), so
a benchmark scoring against `gold` leaves the events extracted from those out.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from benchmarks.corpus_tables import (
    AUTHORS,
    BACKGROUND,
    BORDER_COUNTRIES,
    BORDER_PLACE_KINDS,
    BUILTIN_ACTORS,
    BUILTIN_PLACES,
    COMMENTATORS,
    DURATIONS,
    FILLER,
    FRENCH_NAMES,
    FURNITURE,
    HAPPENINGS,
    MONTHS,
    OUTLETS,
    PARTS_OF_DAY,
    QUOTES,
    WEEKDAYS,
    Happening,
)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ACTORS_CSV = PROJECT_ROOT / "data" / "actors.csv"
PLACES_CSV = PROJECT_ROOT / "data" / "places.csv"

FIRST_DAY = date(2021, 8, 1)
LAST_DAY = date(2022, 1, 31)
ENGLISH_SHARE = 0.6
BLANK_DATE_SHARE = 0.03
BLANK_OUTLET_SHARE = 0.02
MIN_CHARS = 1500
MAX_CHARS = 4000


# ------------------------------------------------------------------------ reference data


def _load_speakers() -> dict[str, str]:
    """Name -> role of people who can be quoted: actors.csv persons, else a built-in list."""
    if not ACTORS_CSV.is_file():
        return dict(BUILTIN_ACTORS)
    with ACTORS_CSV.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row.get("kind") == "person"]
    return {row["name"]: row["role"] for row in rows} or dict(BUILTIN_ACTORS)


def _load_places() -> tuple[str, ...]:
    """Border-area place names from places.csv, else a built-in list."""
    if not PLACES_CSV.is_file():
        return BUILTIN_PLACES
    with PLACES_CSV.open(encoding="utf-8", newline="") as handle:
        names = tuple(
            row["name"]
            for row in csv.DictReader(handle)
            if row.get("kind") in BORDER_PLACE_KINDS and row.get("country") in BORDER_COUNTRIES
        )
    return names or BUILTIN_PLACES


# ------------------------------------------------------------------------- date phrases


def _long_date(day: date, language: str, *, with_year: bool) -> str:
    month = MONTHS[language][day.month - 1]
    if language == "fr":
        number = "1er" if day.day == 1 else str(day.day)
        return f"{number} {month} {day.year}" if with_year else f"{number} {month}"
    return f"{day.day} {month} {day.year}" if with_year else f"{day.day} {month}"


def when_phrase(day: date, published: date, language: str, rng: random.Random) -> str:
    """How an article published on `published` would say `day` (relative when it is close)."""
    lag = (published - day).days
    weekday = WEEKDAYS[language][day.weekday()]
    part = rng.choice(PARTS_OF_DAY[language])
    en = language == "en"
    if lag == 0:
        choices = (
            ["today", f"on {weekday}", f"this {part}", f"on {weekday} {part}"]
            if en
            else ["aujourd'hui", weekday, f"ce {weekday}", f"{weekday} {part}"]
        )
    elif lag == 1:
        choices = (
            ["yesterday", f"on {weekday}", f"late on {weekday}", f"on {weekday} {part}"]
            if en
            else ["hier", f"hier {part}", weekday, f"{weekday} {part}"]
        )
    elif 2 <= lag <= 6:
        choices = (
            [f"on {weekday}", f"on {weekday} {part}", f"last {weekday}"]
            if en
            else [weekday, f"{weekday} {part}", f"{weekday} dernier"]
        )
    elif 7 <= lag <= 13:
        explicit = _long_date(day, language, with_year=False)
        choices = (
            ["last week", f"on {explicit}", f"on {weekday}, {explicit}"]
            if en
            else ["la semaine dernière", f"le {explicit}", f"le {weekday} {explicit}"]
        )
    else:
        with_year = day.year != published.year or rng.random() < 0.3
        explicit = _long_date(day, language, with_year=with_year)
        month = MONTHS[language][day.month - 1]
        third = "early" if day.day <= 10 else "mid" if day.day <= 20 else "late"
        third_fr = {"early": "début", "mid": "mi-", "late": "fin"}[third]
        month_fr = f"{third_fr}{month}" if third == "mid" else f"{third_fr} {month}"
        choices = (
            [f"on {explicit}", f"on {explicit}", f"in {third} {month}"]
            if en
            else [f"le {explicit}", f"le {explicit}", month_fr]
        )
    return rng.choice(choices)


def _figure(value: int, language: str, rng: random.Random) -> str:
    """The figure as an outlet would print it: rounded differently, sometimes off by 10-50%."""
    if value >= 100 and rng.random() < 0.35:
        value = int(round(value * rng.choice((0.8, 0.9, 1.1, 1.25, 1.5)), -1))
    text = f"{value:,}"
    return text.replace(",", "\u202f") if language == "fr" else text


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


# ------------------------------------------------------------------------------ articles


@dataclass(frozen=True)
class GoldSentence:
    """A sentence of a generated article that reports a happening: what it should cluster with."""

    happening: str  # Happening.key
    kind: str  # "event" (the happening's own sentence) | "quote" (a quote dated by a when phrase)
    start: int  # offsets in GeneratedArticle.text
    end: int
    text: str


@dataclass(frozen=True)
class GeneratedArticle:
    file: str
    outlet: str
    title: str
    author: str
    published: str
    language: str
    url: str
    text: str
    gold: tuple[GoldSentence, ...] = ()  # in text order; sentences cut off by MAX_CHARS dropped


class CorpusWriter:
    """Builds articles from the templates and reference data (loaded once)."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.speakers = _load_speakers()
        self.commentators = tuple(n for n in COMMENTATORS if n in self.speakers) or tuple(
            sorted(self.speakers)
        )
        self.places = _load_places()
        self.outlets_by_language = {
            language: tuple(o for o in OUTLETS if o[1] == language) for language in ("en", "fr")
        }
        self.span_days = (LAST_DAY - FIRST_DAY).days

    def _publication_day(self, rng: random.Random) -> date:
        # Coverage peaks in November: half the articles fall in the 8-30 November window.
        if rng.random() < 0.5:
            return date(2021, 11, 8) + timedelta(days=rng.randrange(23))
        return FIRST_DAY + timedelta(days=rng.randrange(self.span_days + 1))

    def _recent(self, published: date, rng: random.Random) -> list[Happening]:
        """Happenings an article of that day would report: the latest first, then older ones."""
        past = [h for h in HAPPENINGS if h.day <= published]
        if not past:
            past = [HAPPENINGS[0]]
        past.sort(key=lambda h: h.day, reverse=True)
        lead = past[: rng.randint(1, 2)]
        older = past[len(lead) :]
        return lead + rng.sample(older, k=min(len(older), rng.randint(1, 3)))

    def _name(self, name: str, language: str) -> str:
        return FRENCH_NAMES.get(name, name) if language == "fr" else name

    def _event_sentence(
        self, happening: Happening, published: date, language: str, rng: random.Random
    ) -> str:
        clause = happening.en if language == "en" else happening.fr
        if happening.figure is not None:
            clause = clause.replace("{n}", _figure(happening.figure, language, rng))
        when = when_phrase(happening.day, published, language, rng)
        if rng.random() < 0.5:
            return f"{_capitalise(when)}, {clause}."
        return f"{_capitalise(clause)} {when}."

    def _quote(
        self, happening: Happening, published: date, language: str, rng: random.Random
    ) -> tuple[str, bool]:
        """A quote about the happening, and whether a when phrase dates it."""
        speaker = happening.actors[0]
        if speaker not in self.speakers or rng.random() < 0.3:
            speaker = rng.choice(self.commentators)
        role = self.speakers.get(speaker, "")
        quote = rng.choice(QUOTES[language])
        name = self._name(speaker, language)
        said_when = (
            when_phrase(happening.day, published, language, rng) if rng.random() < 0.5 else ""
        )
        if language == "en":
            who = f"{name}, {role}," if role and rng.random() < 0.5 else name
            return f"\u201c{quote},\u201d {who} said {said_when}".rstrip() + ".", bool(said_when)
        sentence = f"\u00ab\u00a0{quote}\u00a0\u00bb, a déclaré {name} {said_when}".rstrip() + "."
        return sentence, bool(said_when)

    def _furniture(self, language: str, rng: random.Random) -> str:
        other = rng.choice(HAPPENINGS)
        headline = other.headline_en if language == "en" else other.headline_fr
        return rng.choice(FURNITURE[language]).format(headline=headline)

    def _body(
        self,
        happenings: list[Happening],
        published: date,
        language: str,
        rng: random.Random,
        labels: list[tuple[str, str, str]],
    ) -> list[str]:
        """Paragraphs: the lead happening first, older ones after, context and furniture between.

        Appends (happening key, kind, sentence) to `labels` for every sentence reporting a
        happening, in the order they appear in the text (only filler paragraphs are inserted).
        """
        extras = [*DURATIONS[language], *BACKGROUND[language], *FILLER[language]]
        rng.shuffle(extras)
        target = rng.randint(MIN_CHARS + 100, MAX_CHARS - 200)

        def extra() -> str:
            return extras.pop().format(place=rng.choice(self.places)) if extras else ""

        paragraphs: list[str] = []
        for position, happening in enumerate(happenings):
            sentences = [self._event_sentence(happening, published, language, rng)]
            labels.append((happening.key, "event", sentences[0]))
            if position == 0 or rng.random() < 0.5:
                quote, dated = self._quote(happening, published, language, rng)
                sentences.append(quote)
                if dated:
                    labels.append((happening.key, "quote", quote))
            if rng.random() < 0.6:
                sentences.append(extra())
            paragraphs.append(" ".join(s for s in sentences if s))
            for _ in range(rng.randint(0, 2)):
                if sum(len(p) + 2 for p in paragraphs) < target:
                    paragraphs.append(
                        " ".join(s for s in (extra() for _ in range(rng.randint(1, 3))) if s)
                    )
            if rng.random() < 0.25:
                paragraphs.append(self._furniture(language, rng))
        while sum(len(p) + 2 for p in paragraphs) < target and extras:
            paragraph = " ".join(s for s in (extra() for _ in range(rng.randint(1, 3))) if s)
            paragraphs.insert(rng.randint(1, len(paragraphs)), paragraph)
        return [p for p in paragraphs if p]

    def article(self, index: int) -> GeneratedArticle:
        rng = random.Random(f"{self.seed}:{index}")
        language = "en" if rng.random() < ENGLISH_SHARE else "fr"
        outlet, _, domain = rng.choice(self.outlets_by_language[language])
        published = self._publication_day(rng)
        happenings = self._recent(published, rng)
        lead = happenings[0]
        title = lead.headline_en if language == "en" else lead.headline_fr

        labels: list[tuple[str, str, str]] = []
        paragraphs = self._body(happenings, published, language, rng, labels)
        if rng.random() < 0.4:
            paragraphs.insert(0, title)
        if rng.random() < 0.3:
            paragraphs.append(self._furniture(language, rng))
        text = "\n\n".join(paragraphs)
        if len(text) > MAX_CHARS:
            text = text[: text.rfind("\n\n", 0, MAX_CHARS)]
        text += "\n"

        digest = hashlib.sha1(f"{self.seed}:{index}".encode()).hexdigest()[:12]
        file = f"{index:05d}_{digest}.txt"
        published_text = "" if rng.random() < BLANK_DATE_SHARE else published.isoformat()
        if published_text and rng.random() < 0.2:
            published_text += f"T{rng.randint(6, 22):02d}:{rng.randrange(60):02d}:00+00:00"
        slug = "-".join(title.lower().split()[:6]).replace("'", "")
        return GeneratedArticle(
            file=file,
            outlet="" if rng.random() < BLANK_OUTLET_SHARE else outlet,
            title=title if rng.random() < 0.8 else "",
            author=rng.choice(AUTHORS) if rng.random() < 0.6 else "",
            published=published_text,
            language=language,
            url=f"https://www.{domain}/{published:%Y/%m/%d}/{slug}-{digest[:6]}",
            text=text,
            gold=_locate(labels, text),
        )


def _locate(labels: list[tuple[str, str, str]], text: str) -> tuple[GoldSentence, ...]:
    """Offsets of the labelled sentences in the final text, searched in order (the labels are
    in text order, so an identical earlier sentence is never taken for a later one); those
    the MAX_CHARS cut removed are left out."""
    found: list[GoldSentence] = []
    cursor = 0
    for key, kind, sentence in labels:
        at = text.find(sentence, cursor)
        if at < 0:
            break  # cut off, and so is everything after it
        found.append(GoldSentence(key, kind, at, at + len(sentence), sentence))
        cursor = at + len(sentence)
    return tuple(found)


SOURCES_COLUMNS = ("file", "outlet", "title", "author", "published", "language", "url", "notes")


def write_corpus(out_dir: Path, articles: int, seed: int = 7) -> list[GeneratedArticle]:
    """Write `articles` article files and sources.csv into `out_dir` (created if needed)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    writer = CorpusWriter(seed)
    generated = [writer.article(index) for index in range(articles)]
    for article in generated:
        (out_dir / article.file).write_text(article.text, encoding="utf-8")
    with (out_dir / "sources.csv").open("w", encoding="utf-8", newline="") as handle:
        table = csv.writer(handle)
        table.writerow(SOURCES_COLUMNS)
        for article in generated:
            notes = "" if article.published else "Publication date unknown (synthetic)"
            table.writerow(
                (
                    article.file,
                    article.outlet,
                    article.title,
                    article.author,
                    article.published,
                    article.language,
                    article.url,
                    notes,
                )
            )
    return generated


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    generated = write_corpus(args.out_dir, args.articles, args.seed)
    elapsed = time.perf_counter() - started
    french = sum(a.language == "fr" for a in generated)
    characters = sum(len(a.text) for a in generated)
    print(
        f"{len(generated)} articles ({french} French, {characters / max(len(generated), 1):.0f} "
        f"chars on average) in {args.out_dir} in {elapsed:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
