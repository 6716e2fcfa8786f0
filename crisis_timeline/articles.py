"""Load articles (.txt, .md, .html) and sources.csv into `Article` records, cleaned.

Reads: article files (bytes) and the optional sources.csv beside them.
Adds: an `Article` per file with its metadata (outlet, title, author, language, publication
date and the basis of each), the text as decoded (`original_text`, never modified: every
offset in the project refers to it), and a cleaned text (Unicode compatibility forms and
no-break spaces normalised, scraped page furniture removed, whitespace tidied) with a
map from every cleaned character back to the original.

What it does not do: find a date in the text (publication.py upgrades `published` later),
invent an outlet (an article without one gets an honest "Unattributed (fr) · 004"
label), or parse HTML itself (trafilatura extracts the article from the page).
Furniture patterns and caption/tweet cues are language data in `boilerplate.py`.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
import json
import logging
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache, cached_property
from itertools import accumulate
from pathlib import Path

from crisis_timeline import boilerplate, settings
from crisis_timeline.errors import CrisisTimelineError
from crisis_timeline.language import detect_language
from crisis_timeline.offsets import OffsetRuns

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
HTML_EXTENSIONS = (".html", ".htm")
MARKDOWN_EXTENSIONS = (".md",)
SUPPORTED_HINT = "Use .txt, .md or .html."
PDF_EXTENSION = ".pdf"
# trafilatura falls back to any text on the page ("Home" from a menu); fewer words than
# this after cleaning is a page without an article, not a very short article.
MIN_HTML_ARTICLE_WORDS = 10


# ---------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Span:
    """A stretch of the original text [start, end) and what it is ("caption", "share", ...)."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class SourceMeta:
    """One row of sources.csv; a blank cell or a missing column is None."""

    file: str
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    language: str | None = None
    url: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class Article:
    """One article: metadata with its basis, original text, cleaned text and the map between."""

    id: str
    file_name: str
    outlet: str | None
    source_label: str
    title: str | None
    title_basis: str
    author: str | None
    language: str
    language_basis: str
    published: datetime.date | None
    published_basis: str
    published_reason: str
    url: str | None
    notes: str | None
    original_text: str
    cleaned_text: str
    offset_map: tuple[int, ...] | OffsetRuns  # OffsetRuns when read from the store
    furniture: tuple[Span, ...]
    captions: tuple[Span, ...]
    content_hash: str
    # Embedded posts quoted in the page (kind "tweet"): kept in cleaned_text like captions,
    # but they are a source's own words, so events may use them.
    embeds: tuple[Span, ...] = field(default=())

    def __post_init__(self) -> None:
        # Records read back from JSON (the store) carry lists of dicts: make them the
        # tuples of Spans the type says, so equality and hashing behave.
        for name in ("furniture", "captions", "embeds"):
            spans = getattr(self, name)
            if not isinstance(spans, tuple) or any(not isinstance(s, Span) for s in spans):
                coerced = tuple(s if isinstance(s, Span) else Span(**s) for s in spans)
                object.__setattr__(self, name, coerced)
        if not isinstance(self.offset_map, (tuple, OffsetRuns)):
            object.__setattr__(self, "offset_map", tuple(self.offset_map))

    @property
    def reading_note(self) -> str | None:
        """Why the article is read only in part (a language without tables), else None."""
        from crisis_timeline.lang import reading_note

        return reading_note(self.language)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the cleaned span [start, end).

        The end is the end of the last cleaned character's original, so a span never
        swallows furniture removed right after it.
        """
        if not 0 <= start <= end <= len(self.cleaned_text):
            raise ValueError(f"span {start}:{end} outside the cleaned text of {self.id}")
        original_start = self.offset_map[start]
        if end == start:
            return original_start, original_start
        return original_start, _original_end(self.original_text, self.offset_map[end - 1])

    def is_caption(self, original_start: int, original_end: int) -> bool:
        """True when the original span overlaps a photo caption."""
        # Captions starting before the span's end, then the furthest end among them: one
        # bisection, where testing every caption made a pass over all sentences quadratic.
        starts, reach = self._caption_index
        count = bisect_left(starts, max(original_end, original_start + 1))
        return count > 0 and reach[count - 1] > original_start

    @cached_property
    def _caption_index(self) -> tuple[list[int], list[int]]:
        """Caption starts, sorted, and the furthest caption end up to each (captions may nest)."""
        ordered = sorted(self.captions, key=lambda span: span.start)
        return [span.start for span in ordered], list(accumulate((s.end for s in ordered), max))


@dataclass(frozen=True)
class LoadProblem:
    """A file that could not be loaded, with a message the user can act on."""

    path: str
    message: str


# ------------------------------------------------------------------------ sources.csv


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
    _reject_binary(csv_path.name, raw)
    text = _decode(csv_path.name, raw)
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
    problem = _published_problem(value)
    if problem:
        log.warning(
            "%s, line %d: %s; the article will be dated from its text", csv_path, line, problem
        )


def _published_problem(value: str) -> str | None:
    """Why a stated publication date cannot be used, None if it can."""
    try:
        day = datetime.datetime.fromisoformat(value.strip()).date()
    except ValueError:
        return f"published {value!r} is not an ISO date (YYYY-MM-DD)"
    earliest, latest = settings.published_bounds()
    if not earliest <= day <= latest:
        return f"published {value!r} is outside {earliest.isoformat()}..{latest.isoformat()}"
    return None


def _blank_to_none(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


# ---------------------------------------------------------------------------- loading


def load_articles(
    paths: Sequence[Path | str] = (settings.SEEDS_DIR,),
    sources: Path | None = None,
) -> tuple[list[Article], list[LoadProblem]]:
    """Articles from files and folders (sorted by id), and the files that could not be loaded.

    A folder contributes every .txt/.md/.html/.htm file directly inside it. Metadata comes
    from `sources` when given (a bad or missing file then raises CrisisTimelineError), else
    from a sources.csv beside each file.
    """
    problems: list[LoadProblem] = []
    explicit = read_sources(Path(sources)) if sources is not None else None
    files: list[Path] = []
    for path in (Path(p) for p in paths):
        if path.is_dir():
            files.extend(
                sorted(
                    child
                    for child in path.iterdir()
                    if child.is_file() and child.suffix.lower() in settings.ARTICLE_EXTENSIONS
                )
            )
        elif path.is_file():
            files.append(path)
        else:
            problems.append(LoadProblem(str(path), f"{path} does not exist."))

    beside: dict[Path, dict[str, SourceMeta]] = {}
    articles: dict[str, Article] = {}
    seen_files: set[Path] = set()
    for path in files:
        resolved = path.resolve()
        if resolved in seen_files:
            continue
        seen_files.add(resolved)
        if explicit is not None:
            metadata = explicit
        else:
            if path.parent not in beside:
                beside[path.parent] = _sources_beside(path.parent, problems)
            metadata = beside[path.parent]
        article = _load_file(path, metadata.get(path.name), problems)
        if article is None:
            continue
        if article.id in articles:
            other = articles[article.id].file_name
            problems.append(
                LoadProblem(
                    str(path),
                    f"{path.name}: another article already has the id {article.id} ({other}); "
                    "rename one of them.",
                )
            )
            continue
        articles[article.id] = article
    return [articles[article_id] for article_id in sorted(articles)], problems


def _load_file(path: Path, meta: SourceMeta | None, problems: list[LoadProblem]) -> Article | None:
    """parse_article of one file, or None with its problem recorded. The size is checked
    with stat() before reading (a 2 GB file is never read whole), and an unexpected
    exception (a bug) skips this file only, unless $CRISIS_TIMELINE_DEBUG asks to raise."""
    try:
        size = path.stat().st_size
        if size > settings.MAX_UPLOAD_BYTES:
            raise CrisisTimelineError(_too_large(path.name, size))
        return parse_article(path.name, path.read_bytes(), meta)
    except CrisisTimelineError as error:
        problems.append(LoadProblem(str(path), str(error)))
    except OSError as error:
        problems.append(
            LoadProblem(str(path), f"{path.name} could not be read ({error.strerror}).")
        )
    except Exception as error:  # a bug in one file's cleaning must not stop the others
        if settings.debug():
            raise
        log.warning("%s: unexpected %s: %s", path, type(error).__name__, error)
        problems.append(
            LoadProblem(
                str(path),
                f"{path.name}: unexpected error while reading it ({type(error).__name__}: "
                f"{error}); the file was skipped. This is a bug: please report it with the file.",
            )
        )
    return None


def _too_large(name: str, size: int) -> str:
    return (
        f"{name} is too large ({size / 1_048_576:.1f} MB; the limit is "
        f"{settings.MAX_UPLOAD_BYTES // 1_048_576} MB)."
    )


def _sources_beside(folder: Path, problems: list[LoadProblem]) -> dict[str, SourceMeta]:
    csv_path = folder / "sources.csv"
    if not csv_path.is_file():
        return {}
    try:
        return read_sources(csv_path)
    except CrisisTimelineError as error:
        # The articles still load, only without metadata: say so rather than stop.
        problems.append(
            LoadProblem(str(csv_path), f"{error} Articles beside it load without metadata.")
        )
        return {}


def parse_article(file_name: str, raw: bytes, meta: SourceMeta | None = None) -> Article:
    """One article from a file's bytes and its sources.csv row; CrisisTimelineError on bad input."""
    name = Path(file_name).name
    extension = Path(name).suffix.lower()
    if extension == PDF_EXTENSION:
        # A PDF's text layer, then read as plain text: offsets refer to that text.
        raw = pdf_text(name, raw).encode("utf-8")
        extension = ".txt"
    if len(raw) > settings.MAX_UPLOAD_BYTES:
        raise CrisisTimelineError(_too_large(name, len(raw)))
    if not raw.strip(b" \t\r\n\x0b\x0c\xef\xbb\xbf"):
        raise CrisisTimelineError(f"{name} is empty: there is no text to read.")
    _reject_binary(name, raw)
    if extension not in settings.ARTICLE_EXTENSIONS:
        shown = extension or "no extension"
        raise CrisisTimelineError(
            f"{name} has an unsupported file type ({shown}). {SUPPORTED_HINT}"
        )

    is_html = extension in HTML_EXTENSIONS
    text = _normalise_newlines(_decode(name, raw, html=is_html))
    page = _extract_html(name, text) if is_html else _PageMetadata()
    if page.text is not None:
        text = _normalise_newlines(page.text)
    if not text.strip():
        raise CrisisTimelineError(f"{name} is empty: there is no text to read.")

    meta = meta or SourceMeta(file=name)
    article_id = Path(name).stem
    language, language_basis = _language(meta.language or page.language, text)
    cleaning = clean_text(text, language, markdown=extension in MARKDOWN_EXTENSIONS)
    if is_html and len(cleaning.cleaned_text.split()) < MIN_HTML_ARTICLE_WORDS:
        raise CrisisTimelineError(f"{name}: no article text found.")
    if not cleaning.cleaned_text:
        raise CrisisTimelineError(f"{name} has no article text, only page furniture.")
    outlet = meta.outlet or page.outlet
    title, title_basis = _title(meta.title or page.title, cleaning.cleaned_text)
    published, published_basis, published_reason = _published(meta.published, page.published)
    return Article(
        id=article_id,
        file_name=name,
        outlet=outlet,
        source_label=source_label(outlet, language, article_id),
        title=title,
        title_basis=title_basis,
        author=meta.author or page.author,
        language=language,
        language_basis=language_basis,
        published=published,
        published_basis=published_basis,
        published_reason=published_reason,
        url=meta.url or page.url,
        notes=meta.notes,
        original_text=text,
        cleaned_text=cleaning.cleaned_text,
        offset_map=cleaning.offset_map,
        furniture=cleaning.furniture,
        captions=cleaning.captions,
        content_hash=_content_hash(raw, meta),
        embeds=cleaning.embeds,
    )


def pdf_text(name: str, raw: bytes) -> str:
    """The text layer of a PDF (pypdf), pages separated by a blank line; CrisisTimelineError
    for a file that is not a readable PDF, is encrypted, too large, or has no text layer."""
    if len(raw) > settings.MAX_PDF_BYTES:
        raise CrisisTimelineError(
            f"{name} is too large ({len(raw) / 1_048_576:.1f} MB; the limit for a PDF is "
            f"{settings.MAX_PDF_BYTES // 1_048_576} MB)."
        )
    if not raw.lstrip()[:5].startswith(b"%PDF"):
        raise CrisisTimelineError(f"{name} is not a PDF file. {SUPPORTED_HINT}")
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            raise CrisisTimelineError(f"{name} is an encrypted PDF; save it without a password.")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        # pypdf raises several kinds on a damaged file; none is the user's to debug.
        raise CrisisTimelineError(
            f"{name} is not a readable PDF ({type(error).__name__})."
        ) from error
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text.strip():
        raise CrisisTimelineError(
            f"{name} is a PDF without a text layer (a scan?): there is no text to read. "
            "Run it through OCR, or paste its text."
        )
    return text


def source_label(outlet: str | None, language: str, article_id: str) -> str:
    """The outlet, else an honest label: "Unattributed (fr) · 004"."""
    if outlet:
        return outlet
    number = re.match(r"\d+", article_id)
    return f"Unattributed ({language}) · {number.group() if number else article_id[:6]}"


def _content_hash(raw: bytes, meta: SourceMeta) -> str:
    digest = hashlib.sha256(raw)
    digest.update(b"\0")
    digest.update(json.dumps(asdict(meta), sort_keys=True, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()


# ---------------------------------------------------------------------- bytes -> text

# Signatures of files people mistake for articles; checked before any decoding.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "a ZIP archive, e.g. .docx or .odt"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "RTF"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _reject_binary(name: str, raw: bytes) -> None:
    head = raw[:8].lstrip()
    for signature, kind in _BINARY_SIGNATURES:
        if head.startswith(signature):
            raise CrisisTimelineError(f"{name} is not text ({kind}). {SUPPORTED_HINT}")
    # UTF-16 text is full of NUL bytes but announces itself with a byte-order mark.
    if b"\x00" in raw[:4096] and not raw.startswith(_UTF16_BOMS):
        raise CrisisTimelineError(f"{name} is not text (binary data). {SUPPORTED_HINT}")


def _decode(name: str, raw: bytes, *, html: bool = False) -> str:
    if raw.startswith(_UTF16_BOMS):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        first_bad = error.start
    if html:
        # A page that names its charset is believed before any guess.
        declared = re.search(rb"""<meta[^>]+charset=["']?([\w-]+)""", raw[:4096], re.IGNORECASE)
        if declared:
            try:
                return raw.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
    mostly_utf8 = _mostly_utf8(name, raw, first_bad)
    if mostly_utf8 is not None:
        return mostly_utf8
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise CrisisTimelineError(
            f"{name} is not readable text: its encoding could not be recognised. Save it as UTF-8."
        )
    text = str(best)
    controls = sum(
        1 for char in text if unicodedata.category(char) == "Cc" and char not in "\n\r\t\f"
    )
    if controls > max(2, len(text) // 100):
        raise CrisisTimelineError(f"{name} is not text (binary data). {SUPPORTED_HINT}")
    log.info("%s decoded as %s", name, best.encoding)
    return text


def _mostly_utf8(name: str, raw: bytes, first_bad: int) -> str | None:
    """UTF-8 text with a few invalid bytes, decoded with U+FFFD for them (and a warning);
    None for text in another encoding. Guessing the encoding of a whole file because of
    one bad byte turned every accent into mojibake ("Ã©"). A file counts as UTF-8 when its
    valid multi-byte characters outnumber its invalid bytes: a Latin-1 or CP1252 file has
    no valid multi-byte sequence at all, only invalid bytes."""
    text = raw.decode("utf-8-sig", errors="replace")
    invalid = text.count("\ufffd") - raw.count("\ufffd".encode())
    multibyte = sum(1 for char in text if ord(char) > 0x7F) - text.count("\ufffd")
    if multibyte < 1 or multibyte < invalid:
        return None
    log.warning(
        "%s: %d invalid UTF-8 byte(s) (the first at byte %d) replaced with \ufffd",
        name,
        invalid,
        first_bad,
    )
    return text


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ------------------------------------------------------------------------------- HTML


@dataclass(frozen=True)
class _PageMetadata:
    text: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None


def _extract_html(name: str, html: str) -> _PageMetadata:
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        with_metadata=True,
        # Only dates the page states in its markup or address: a date guessed from the
        # body text is publication.py's job, with its own basis.
        date_extraction_params={
            "original_date": True,
            "extensive_search": False,
            "max_date": datetime.date.today().isoformat(),
        },
    )
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise CrisisTimelineError(f"{name}: no article text found.")
    sitename = document.sitename
    # trafilatura falls back to the host name ("www.example.com"): that is not the page
    # naming its outlet, so it is not taken as one.
    if sitename and re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+", sitename):
        sitename = None
    return _PageMetadata(
        text=text,
        title=document.title or None,
        author=document.author or None,
        published=document.date or None,
        outlet=sitename or None,
        url=document.url or None,
        language=document.language or None,
    )


# ------------------------------------------------------------------------- metadata


def _language(stated: str | None, text: str) -> tuple[str, str]:
    if stated:
        code = re.match(r"([A-Za-z]{2})(?:[-_][A-Za-z]{2,4})?$", stated.strip())
        if code:
            return code.group(1).lower(), "metadata"
        log.warning("language %r is not an ISO 639-1 code; detecting instead", stated)
    return detect_language(text), "detected"


def _published(stated: str | None, page_date: str | None) -> tuple[datetime.date | None, str, str]:
    problems: list[str] = []
    for value, where in ((stated, "sources.csv"), (page_date, "page metadata")):
        if not value:
            continue
        problem = _published_problem(value)
        if problem is None:
            return (
                datetime.datetime.fromisoformat(value.strip()).date(),
                "metadata",
                f"{where}: {value}",
            )
        problems.append(f"{where}: {problem}")
    reason = "; ".join(problems) if problems else "no publication date in the metadata"
    return None, "unknown", reason


def _title(stated: str | None, cleaned_text: str) -> tuple[str | None, str]:
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


# ------------------------------------------------------------------------- cleaning


@dataclass(frozen=True)
class Cleaning:
    """What `clean_text` returns: the cleaned text, its map and the flagged spans."""

    cleaned_text: str
    offset_map: tuple[int, ...]
    furniture: tuple[Span, ...]
    captions: tuple[Span, ...]
    embeds: tuple[Span, ...]


def clean_text(original: str, language: str, *, markdown: bool = False) -> Cleaning:
    """Normalise and de-furnish `original`; spans and the map refer to `original`."""
    lines = _lines(original)
    found = _Found()
    folded = [_fold(line.text) for line in lines]
    header = _header_lines(lines)
    _find_furniture_lines(lines, folded, language, found)
    _find_header_rules(lines, folded, header, found)
    if markdown:
        _find_markdown_markup(lines, found)
    _find_captions(lines, language, found)
    _find_duplicates(lines, folded, found)
    _find_tweets(lines, language, found)
    cleaned, offset_map = _normalise(original, found.furniture)
    return Cleaning(
        cleaned_text=cleaned,
        offset_map=offset_map,
        furniture=tuple(sorted(found.furniture, key=_span_order)),
        captions=tuple(sorted(found.captions, key=_span_order)),
        embeds=tuple(sorted(found.embeds, key=_span_order)),
    )


@dataclass(frozen=True)
class _Line:
    start: int  # first non-blank character
    end: int  # after the last non-blank character
    text: str  # original[start:end]


@dataclass
class _Found:
    furniture: list[Span] = field(default_factory=list)
    captions: list[Span] = field(default_factory=list)
    embeds: list[Span] = field(default_factory=list)
    removed_lines: set[int] = field(default_factory=set)
    caption_lines: set[int] = field(default_factory=set)

    def remove(self, index: int, line: _Line, kind: str) -> None:
        self.furniture.append(Span(line.start, line.end, kind))
        self.removed_lines.add(index)


def _span_order(span: Span) -> tuple[int, int, str]:
    return span.start, span.end, span.kind


def _lines(original: str) -> list[_Line]:
    """Non-blank lines with their stripped extent (no-break spaces count as blank)."""
    lines = []
    for match in re.finditer(r"[^\n]+", original):
        text = match.group()
        stripped = text.strip()
        if not stripped:
            continue
        start = match.start() + (len(text) - len(text.lstrip()))
        lines.append(_Line(start, start + len(stripped), stripped))
    return lines


# Folding for pattern matching keeps one character per character, so a match's offsets
# in the folded line are its offsets in the original line.
_FOLD_QUOTES = {**dict.fromkeys("‘’‚‛′ʼ`´", "'"), **dict.fromkeys("“”„‟″«»", '"')}


@cache
def _fold_char(char: str) -> str:
    if char in _FOLD_QUOTES:
        return _FOLD_QUOTES[char]
    if char.isspace():
        return " "
    base = unicodedata.normalize("NFD", char)[0]
    lower = base.lower()
    return lower if len(lower) == 1 else base


class _FoldTable(dict):
    """str.translate's table for _fold, filled one code point at a time as texts need it
    (the whole of Unicode would be a million entries): translate runs in C, where a
    generator over the characters cost a second per 5 MB."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def _fold(text: str) -> str:
    return text.translate(_FOLD_TABLE)


# Every character str.isspace() accepts lies below U+3001 (U+3000 is the last).
_QUOTES_AND_SPACES = {
    **{code: " " for code in range(0x3001) if chr(code).isspace()},
    **{ord(char): folded for char, folded in _FOLD_QUOTES.items()},
}


def _fold_quotes_and_spaces(text: str) -> str:
    """Like _fold but keeping case and accents (caption cues are case-sensitive)."""
    return text.translate(_QUOTES_AND_SPACES)


def _union(patterns: Sequence[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One pattern matching wherever one of `patterns` matches (an alternation, tried in
    one scan), or None when they cannot be joined: different flags, a back-reference
    (its group number would move), a repeated group name or a global flag (an error)."""
    if not patterns or len({pattern.flags for pattern in patterns}) > 1:
        return None
    if any(re.search(r"\\[1-9]|\(\?P=", pattern.pattern) for pattern in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)
    except re.error:
        return None


@cache
def _cue_union(cues: tuple[str, ...], flags: int = 0) -> tuple[re.Pattern[str], ...]:
    """`cues` compiled: as one alternation when they can be joined, else one by one."""
    patterns = tuple(re.compile(cue, flags) for cue in cues)
    union = _union(patterns)
    return patterns if union is None else (union,)


def _any_cue(cues: tuple[str, ...], text: str, flags: int = 0) -> bool:
    """Whether any of the regular expressions `cues` is found in `text`."""
    return any(pattern.search(text) for pattern in _cue_union(cues, flags))


@cache
def _compiled(pattern: boilerplate.LinePattern) -> re.Pattern[str]:
    if pattern.is_regex:
        return re.compile(pattern.pattern)
    text = _fold(pattern.pattern.strip())
    rest_of_line = text.endswith("...")
    if rest_of_line:
        text = text[:-3].rstrip()
    parts = []
    for index, char in enumerate(text):
        if char == " ":
            following = text[index + 1 : index + 2]
            parts.append(" *" if following in (":", ";", "!", "?") else " +")
        else:
            parts.append(re.escape(char))
    return re.compile("".join(parts) + (".*" if rest_of_line else ""))


@cache
def _furniture_patterns(language: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """(compiled pattern, kind) for the generic, the language's and every outlet's table."""
    outlet_patterns = tuple(
        pattern for table in boilerplate.OUTLET_FURNITURE.values() for pattern in table
    )
    patterns = (
        boilerplate.GENERIC_FURNITURE
        + boilerplate.FURNITURE_BY_LANGUAGE.get(language, ())
        + outlet_patterns
    )
    return tuple((_compiled(pattern), pattern.kind) for pattern in patterns)


@cache
def _furniture_gate(patterns: tuple[tuple[re.Pattern[str], str], ...]) -> re.Pattern[str] | None:
    return _union([pattern for pattern, _kind in patterns])


def _cover(
    folded_line: str, patterns: tuple[tuple[re.Pattern[str], str], ...]
) -> list[tuple[int, int, str]] | None:
    """Pieces (start, end, kind) covering the whole line, or None if some text is not furniture."""
    gate = _furniture_gate(patterns)
    first = len(folded_line) - len(folded_line.lstrip(" "))
    if gate is not None and first < len(folded_line) and not gate.match(folded_line, first):
        return None  # no pattern starts the line (most lines): nothing can cover it

    @cache
    def cover_from(position: int) -> tuple[tuple[int, int, str], ...] | None:
        while position < len(folded_line) and folded_line[position] == " ":
            position += 1
        if position == len(folded_line):
            return ()
        candidates = []
        for pattern, kind in patterns:
            match = pattern.match(folded_line, position)
            if match and match.end() > position:
                candidates.append((match.end(), kind))
        # Longest first; a shorter match is tried only when the longer one strands text.
        for end, kind in sorted(candidates, reverse=True):
            rest = cover_from(end)
            if rest is not None:
                return ((position, end, kind), *rest)
        return None

    pieces = cover_from(0)
    return None if pieces is None else list(pieces)


def _find_furniture_lines(
    lines: list[_Line], folded: list[str], language: str, found: _Found
) -> None:
    patterns = _furniture_patterns(language)
    for index, (line, folded_line) in enumerate(zip(lines, folded, strict=True)):
        pieces = _cover(folded_line, patterns)
        if pieces is None:
            continue
        for start, end, kind in pieces:
            piece = line.text[start:end].rstrip()
            found.furniture.append(Span(line.start + start, line.start + start + len(piece), kind))
        found.removed_lines.add(index)


_SENTENCE_END = re.compile(r"""[.!?…"'”»)]\s*$""")
_DATE_OR_TIME = re.compile(r"\b(?:19|20)\d{2}\b|\b\d{1,2}[:h]\d{2}\b")


def _header_lines(lines: list[_Line]) -> list[int]:
    """Indices of the lines before the first body paragraph (title, byline, kicker...)."""
    header = []
    for index, line in enumerate(lines):
        if _SENTENCE_END.search(line.text) and len(line.text.split()) >= 10:
            break
        header.append(index)
    return header


def _find_header_rules(
    lines: list[_Line], folded: list[str], header: list[int], found: _Found
) -> None:
    seen_date_line = False
    for index in header:
        if index in found.removed_lines:
            continue
        text = lines[index].text
        letters = [char for char in text if char.isalpha()]
        if (
            letters
            and all(char.isupper() for char in letters)
            and not any(char.isdigit() for char in text)  # "15 NOVEMBER 2021 - 20:32" is a date
            and any(separator in text for separator in boilerplate.KICKER_SEPARATORS)
        ):
            found.remove(index, lines[index], "navigation")
            continue
        if (
            seen_date_line
            and index > 0
            and re.match(boilerplate.RELATED_HEADLINE, folded[index])
            and not text.endswith(".")
        ):
            found.remove(index, lines[index], "related")
            continue
        if len(text) <= 60 and _DATE_OR_TIME.search(text):
            seen_date_line = True


def _find_markdown_markup(lines: list[_Line], found: _Found) -> None:
    for line in lines:
        marker = re.match(r"#{1,6}\s+", line.text)
        if marker:
            found.furniture.append(Span(line.start, line.start + marker.end(), "markup"))


def _cue_table(table: dict[str, tuple[str, ...]], language: str) -> tuple[str, ...]:
    return table.get("generic", ()) + table.get(language, ())


def _is_caption(text: str, language: str) -> bool:
    if len(text) > 500:  # folding keeps one character per character: test before it
        return False
    text = _fold_quotes_and_spaces(text)
    if _any_cue(_cue_table(boilerplate.CAPTION_STRONG, language), text):
        return True
    # A present-tense description is a caption only when it is long enough not to be a
    # subheading and ends like one (no full stop, or "Place Month D, YYYY.").
    if len(text.split()) < 12:
        return False
    if not _any_cue(_cue_table(boilerplate.CAPTION_DESCRIPTION, language), text):
        return False
    date_ending = boilerplate.CAPTION_DATE_ENDING.get(language)
    return not _SENTENCE_END.search(text) or bool(date_ending and re.search(date_ending, text))


def _find_captions(lines: list[_Line], language: str, found: _Found) -> None:
    for index, line in enumerate(lines):
        if index not in found.removed_lines and _is_caption(line.text, language):
            found.captions.append(Span(line.start, line.end, "caption"))
            found.caption_lines.add(index)


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _find_duplicates(lines: list[_Line], folded: list[str], found: _Found) -> None:
    """A line repeated by the next one (or a prefix of it, as a caption without its credit).

    Only neighbours: a quote legitimately repeated further down the article stays.
    """
    for index in range(len(lines) - 1):
        if index in found.removed_lines or index + 1 in found.removed_lines:
            continue
        first, second = _collapse(folded[index]), _collapse(folded[index + 1])
        shorter, longer = sorted((first, second), key=len)
        if len(shorter) < 30 or not longer.startswith(shorter):
            continue
        # The longer line keeps the credit; on an exact repeat the second copy goes.
        duplicate = index if len(first) < len(second) else index + 1
        kept = index + 1 if duplicate == index else index
        if index in found.caption_lines or index + 1 in found.caption_lines:
            for caption_index in (index, index + 1):
                if caption_index not in found.caption_lines:
                    line = lines[caption_index]
                    found.captions.append(Span(line.start, line.end, "caption"))
                    found.caption_lines.add(caption_index)
        found.remove(duplicate, lines[duplicate], "duplicate")
        log.debug("line %d repeats line %d", duplicate, kept)


def _find_tweets(lines: list[_Line], language: str, found: _Found) -> None:
    intro_cues = _cue_table(boilerplate.TWEET_INTRO_CUES, language)
    for index, line in enumerate(lines):
        if index in found.removed_lines or not re.match(boilerplate.TWEET_SIGNATURE, line.text):
            continue
        first = index
        characters = 0
        for previous in range(index - 1, -1, -1):
            text = lines[previous].text
            if (
                previous in found.removed_lines
                or _any_cue(intro_cues, text, re.IGNORECASE)
                or text.endswith(":")
            ):
                break
            characters += len(text)
            if characters > boilerplate.TWEET_MAX_CHARS:
                break
            first = previous
        found.embeds.append(Span(lines[first].start, line.end, "tweet"))


# Characters that carry no text: zero-width spaces and joiners, soft hyphens, BOMs.
@cache
def _is_invisible(char: str) -> bool:
    return unicodedata.category(char) in ("Cf", "Cc") and char not in "\n\t"


@cache
def _nfkc_char(char: str) -> str:
    return unicodedata.normalize("NFKC", char)


@cache
def _is_combining(char: str) -> bool:
    return unicodedata.combining(char) != 0


def _normalise(original: str, removed: Iterable[Span]) -> tuple[str, tuple[int, ...]]:
    """NFKC per character group, minus removed spans, whitespace tidied; with the offset map.

    Tidying: runs of spaces (no-break ones included) become one space, lines are stripped,
    two or more line breaks become one blank line, the text is stripped at both ends.
    """
    tidy = _Tidy()
    for first, end in _kept_segments(len(original), removed):
        position = first
        for run in _PLAIN_RUN.finditer(original, first, end):
            start, stop = run.span()
            if stop < end and _is_combining(original[stop]):
                # its last character takes the mark (e + ◌́ -> é): left to the slow path
                stop -= 1
                while stop > start and original[stop - 1] == " ":
                    stop -= 1
            tidy.groups(original, position, start)
            tidy.plain(original, start, stop)
            position = stop
        tidy.groups(original, position, end)
    offsets = tidy.offsets
    final = _original_end(original, offsets[-1]) if offsets else 0
    return "".join(tidy.pieces), (*offsets, final)


# Printable ASCII words joined by single spaces, the bulk of any text: NFKC leaves them as
# they are and there is nothing to tidy inside, so they are copied whole with their offsets.
_PLAIN_RUN = re.compile(r"[!-~]+(?: [!-~]+)*")


def _kept_segments(length: int, removed: Iterable[Span]) -> list[tuple[int, int]]:
    """(start, end) of the stretches of a text of `length` characters outside `removed`."""
    segments = []
    position = 0
    for start, end in sorted((span.start, span.end) for span in removed if span.end > span.start):
        if start > position:
            segments.append((position, min(start, length)))
        position = max(position, end)
    if position < length:
        segments.append((position, length))
    return [(start, end) for start, end in segments if start < end]


class _Tidy:
    """_normalise's output as it grows: pieces of text, one original offset per character,
    and the whitespace seen since the last visible character (written, tidied, before the
    next one; dropped at the end)."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.offsets: list[int] = []
        self.newlines: list[int] = []
        self.space: int | None = None

    def _flush(self) -> None:
        if self.offsets:
            if len(self.newlines) >= 2:
                self.pieces.append("\n\n")
                self.offsets.extend(self.newlines[:2])
            elif self.newlines:
                self.pieces.append("\n")
                self.offsets.append(self.newlines[0])
            elif self.space is not None:
                self.pieces.append(" ")
                self.offsets.append(self.space)
        self.newlines = []
        self.space = None

    def plain(self, original: str, start: int, end: int) -> None:
        """original[start:end]: printable ASCII from its first character to its last."""
        if start < end:
            self._flush()
            self.pieces.append(original[start:end])
            self.offsets.extend(range(start, end))

    def groups(self, original: str, start: int, end: int) -> None:
        """original[start:end] one group (a base character and its combining marks) at a
        time, normalised together."""
        position = start
        while position < end:
            group_end = position + 1
            while group_end < end and _is_combining(original[group_end]):
                group_end += 1
            if group_end == position + 1:
                normalised = _nfkc_char(original[position])
            else:
                normalised = unicodedata.normalize("NFKC", original[position:group_end])
            for char in normalised:
                if char == "\n":
                    self.newlines.append(position)
                elif char.isspace():
                    if self.space is None:
                        self.space = position
                elif not _is_invisible(char):
                    self._flush()
                    self.pieces.append(char)
                    self.offsets.append(position)
            position = group_end


def _original_end(original: str, start: int) -> int:
    """End of the original character group starting at `start` (base + combining marks)."""
    end = start + 1
    while end < len(original) and unicodedata.combining(original[end]):
        end += 1
    return end
