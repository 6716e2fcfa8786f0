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

Where the parts are: the records in `article_records.py`, bytes to text (encodings, HTML,
PDF) in `article_decoding.py`, sources.csv and the metadata in `article_metadata.py`,
furniture and captions in `article_cleaning.py`, Unicode and whitespace normalisation with
the offset map in `article_normalise.py`. This module loads files with them and keeps the
public API.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from crisis_timeline import settings
from crisis_timeline.article_cleaning import Cleaning, clean_text
from crisis_timeline.article_decoding import (
    SUPPORTED_HINT,
    PageMetadata,
    decode,
    extract_html,
    normalise_newlines,
    pdf_text,
    reject_binary,
)
from crisis_timeline.article_metadata import (
    SOURCES_COLUMNS,
    language_of,
    published_of,
    read_sources,
    reads_as_headline,
    source_label,
    title_of,
)
from crisis_timeline.article_records import Article, LoadProblem, SourceMeta, Span
from crisis_timeline.errors import CrisisTimelineError

log = logging.getLogger(__name__)

HTML_EXTENSIONS = (".html", ".htm")
MARKDOWN_EXTENSIONS = (".md",)
PDF_EXTENSION = ".pdf"
# trafilatura falls back to any text on the page ("Home" from a menu); fewer words than
# this after cleaning is a page without an article, not a very short article.
MIN_HTML_ARTICLE_WORDS = 10


def article_paths(paths: Sequence[Path | str]) -> tuple[list[Path], list[LoadProblem]]:
    """The article files `paths` name, in order (a folder: its article files directly inside
    it, sorted), and a problem for each path that does not exist."""
    files: list[Path] = []
    problems: list[LoadProblem] = []
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
    return files, problems


def load_articles(
    paths: Sequence[Path | str] = (settings.SEEDS_DIR,),
    sources: Path | None = None,
) -> tuple[list[Article], list[LoadProblem]]:
    """Articles from files and folders (sorted by id), and the files that could not be loaded.

    A folder contributes every .txt/.md/.html/.htm file directly inside it. Metadata comes
    from `sources` when given (a bad or missing file then raises CrisisTimelineError), else
    from a sources.csv beside each file.
    """
    explicit = read_sources(Path(sources)) if sources is not None else None
    files, problems = article_paths(paths)

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
    reject_binary(name, raw)
    if extension not in settings.ARTICLE_EXTENSIONS:
        shown = extension or "no extension"
        raise CrisisTimelineError(
            f"{name} has an unsupported file type ({shown}). {SUPPORTED_HINT}"
        )

    is_html = extension in HTML_EXTENSIONS
    text = normalise_newlines(decode(name, raw, html=is_html))
    page = extract_html(name, text) if is_html else PageMetadata()
    if page.text is not None:
        text = normalise_newlines(page.text)
    if not text.strip():
        raise CrisisTimelineError(f"{name} is empty: there is no text to read.")

    meta = meta or SourceMeta(file=name)
    article_id = Path(name).stem
    language, language_basis = language_of(meta.language or page.language, text)
    cleaning = clean_text(text, language, markdown=extension in MARKDOWN_EXTENSIONS)
    if is_html and len(cleaning.cleaned_text.split()) < MIN_HTML_ARTICLE_WORDS:
        raise CrisisTimelineError(f"{name}: no article text found.")
    if not cleaning.cleaned_text:
        raise CrisisTimelineError(f"{name} has no article text, only page furniture.")
    outlet = meta.outlet or page.outlet
    title, title_basis = title_of(meta.title or page.title, cleaning.cleaned_text)
    published, published_basis, published_reason = published_of(
        meta.published, page.published, meta.url or page.url
    )
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


def _content_hash(raw: bytes, meta: SourceMeta) -> str:
    digest = hashlib.sha256(raw)
    digest.update(b"\0")
    digest.update(json.dumps(asdict(meta), sort_keys=True, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()


__all__ = [
    "HTML_EXTENSIONS",
    "MARKDOWN_EXTENSIONS",
    "MIN_HTML_ARTICLE_WORDS",
    "PDF_EXTENSION",
    "SOURCES_COLUMNS",
    "SUPPORTED_HINT",
    "Article",
    "Cleaning",
    "LoadProblem",
    "SourceMeta",
    "Span",
    "clean_text",
    "load_articles",
    "parse_article",
    "pdf_text",
    "read_sources",
    "reads_as_headline",
    "source_label",
]
