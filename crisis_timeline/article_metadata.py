"""An article's metadata: sources.csv rows, and the language, publication date, title and
label each article gets, with the basis of each ("metadata", "detected", "headline" ...).

It does not find a date in the text (publication.py upgrades `published` later) nor invent
an outlet (an article without one gets an honest "Unattributed (fr) · 004" label).
"""

from __future__ import annotations

import csv
import datetime
import io
import logging
import re
from pathlib import Path

from crisis_timeline import settings
from crisis_timeline.address_dates import address_date
from crisis_timeline.article_decoding import decode, reject_binary
from crisis_timeline.article_records import SourceMeta
from crisis_timeline.errors import CrisisTimelineError
from crisis_timeline.language import detect_language

log = logging.getLogger(__name__)

SOURCES_COLUMNS: tuple[str, ...] = (
    "file",
    "outlet",
    "title",
    "author",
    "published",
    "language",
    "url",
    "notes",
)


def read_sources(csv_path: Path) -> dict[str, SourceMeta]:
    """sources.csv rows keyed by file name; missing columns and blank cells become None.

    A `published` cell that is not an ISO date, or one outside settings.published_bounds(),
    is logged as a warning naming the file and the row (the article is then dated from its
    text; publication.py never sees the bad value)."""
    csv_path = Path(csv_path)
    try:
        size = csv_path.stat().st_size
        if size > settings.MAX_SOURCES_BYTES:
            raise CrisisTimelineError(
                f"{csv_path} is too large for a sources.csv ({size / 1_048_576:.0f} MB; the "
                f"limit is {settings.MAX_SOURCES_BYTES // 1_048_576} MB)."
            )
        raw = csv_path.read_bytes()
    except OSError as error:
        raise CrisisTimelineError(f"{csv_path} could not be read ({error.strerror}).") from error
    reject_binary(csv_path.name, raw)
    text = decode(csv_path.name, raw)
    try:
        # strict: an unclosed quote is an error to fix, not a row that swallows the file.
        reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
        header = [name.strip().lower() for name in (reader.fieldnames or []) if name]
        if "file" not in header:
            raise CrisisTimelineError(
                f"{csv_path.name} has no 'file' column (found: {', '.join(header) or 'nothing'}). "
                f"Expected columns: {','.join(SOURCES_COLUMNS)}."
            )
        rows: dict[str, SourceMeta] = {}
        for row in reader:
            cells = {
                (key or "").strip().lower(): _blank_to_none(value)
                for key, value in row.items()
                if key is not None and not isinstance(value, list)
            }
            file_name = cells.get("file")
            if not file_name:
                continue
            file_name = Path(file_name).name
            if file_name in rows:
                log.warning("%s lists %s twice; the first row is used", csv_path.name, file_name)
                continue
            _check_published_cell(csv_path, reader.line_num, cells.get("published"))
            rows[file_name] = SourceMeta(
                file=file_name, **{column: cells.get(column) for column in SOURCES_COLUMNS[1:]}
            )
    except csv.Error as error:
        raise CrisisTimelineError(
            f"{csv_path.name} is not a readable CSV file ({error})."
        ) from error
    return rows


def _check_published_cell(csv_path: Path, line: int, value: str | None) -> None:
    """Warn (file and row) about a publication date that will not be used."""
    if value is None:
        return
    problem = published_problem(value)
    if problem:
        log.warning(
            "%s, line %d: %s; the article will be dated from its text", csv_path, line, problem
        )


def published_problem(value: str) -> str | None:
    """Why a stated publication date cannot be used, None if it can."""
    try:
        day = datetime.datetime.fromisoformat(value.strip()).date()
    except ValueError:
        return f"published {value!r} is not an ISO date (YYYY-MM-DD), or not a real day"
    if out_of_bounds(day):
        earliest, latest = settings.published_bounds()
        return f"published {value!r} is outside {earliest.isoformat()}..{latest.isoformat()}"
    return None


def _blank_to_none(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def language_of(stated: str | None, text: str) -> tuple[str, str]:
    if stated:
        code = re.match(r"([A-Za-z]{2})(?:[-_][A-Za-z]{2,4})?$", stated.strip())
        if code:
            return code.group(1).lower(), "metadata"
        log.warning("language %r is not an ISO 639-1 code; detecting instead", stated)
    return detect_language(text), "detected"


def published_of(
    stated: str | None, page_date: str | None, url: str | None = None
) -> tuple[datetime.date | None, str, str]:
    """The publication date the metadata gives, its basis and why: sources.csv's, else the
    page's own metadata, else the day its address files it under ("/2022/03/22/")."""
    problems: list[str] = []
    for value, where in ((stated, "sources.csv"), (page_date, "page metadata")):
        if not value:
            continue
        problem = published_problem(value)
        if problem is None:
            return (
                datetime.datetime.fromisoformat(value.strip()).date(),
                "metadata",
                f"{where}: {value}",
            )
        problems.append(f"{where}: {problem}")
    filed = address_date(url)
    if filed is not None and filed.day is not None and not out_of_bounds(filed.day):
        unused = f" ({'; '.join(problems)})" if problems else ""
        return filed.day, "metadata", f"its address: {filed.written}{unused}"
    reason = "; ".join(problems) if problems else "no publication date in the metadata"
    return None, "unknown", reason


def out_of_bounds(day: datetime.date) -> bool:
    """Whether `day` lies outside the plausible publication dates (settings.published_bounds)."""
    earliest, latest = settings.published_bounds()
    return not earliest <= day <= latest


def title_of(stated: str | None, cleaned_text: str) -> tuple[str | None, str]:
    if stated:
        return stated, "metadata"
    first_line = next((line.strip() for line in cleaned_text.split("\n") if line.strip()), "")
    first_line = re.sub(r"^#{1,6}\s+", "", first_line)
    if first_line and reads_as_headline(first_line):
        return first_line, "headline"
    return None, "none"


def reads_as_headline(line: str) -> bool:
    """A short capitalised line without a closing full stop, like a headline."""
    line = line.strip()
    words = line.split()
    if not 2 <= len(words) <= 20 or len(line) > 150:
        return False
    if line[-1] in ".,;:…" or re.fullmatch(r"[\d\s:/.,-]+", line):
        return False
    first_letter = next((char for char in line if char.isalpha()), "")
    return first_letter.isupper()


def source_label(outlet: str | None, language: str, article_id: str) -> str:
    """The outlet, else an honest label: "Unattributed (fr) · 004"."""
    if outlet:
        return outlet
    number = re.match(r"\d+", article_id)
    return f"Unattributed ({language}) · {number.group() if number else article_id[:6]}"
