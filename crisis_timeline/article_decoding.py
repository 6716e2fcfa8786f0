"""Bytes to text: binary files refused, encodings recognised, HTML pages and PDFs read.

Plain text is decoded as UTF-8 (a few bad bytes replaced), else by the charset a page
declares, else by charset-normalizer's guess; HTML goes through trafilatura, which returns
the article and the page's own metadata; a PDF gives its text layer (pypdf). It does not
clean the text (`article_cleaning.py` does).
"""

from __future__ import annotations

import datetime
import io
import logging
import re
import unicodedata
from dataclasses import dataclass

from crisis_timeline import settings
from crisis_timeline.errors import CrisisTimelineError

log = logging.getLogger(__name__)

SUPPORTED_HINT = "Use .txt, .md or .html."

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


def reject_binary(name: str, raw: bytes) -> None:
    head = raw[:8].lstrip()
    for signature, kind in _BINARY_SIGNATURES:
        if head.startswith(signature):
            raise CrisisTimelineError(f"{name} is not text ({kind}). {SUPPORTED_HINT}")
    # UTF-16 text is full of NUL bytes but announces itself with a byte-order mark.
    if b"\x00" in raw[:4096] and not raw.startswith(_UTF16_BOMS):
        raise CrisisTimelineError(f"{name} is not text (binary data). {SUPPORTED_HINT}")


def decode(name: str, raw: bytes, *, html: bool = False) -> str:
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


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


@dataclass(frozen=True)
class PageMetadata:
    text: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None


def extract_html(name: str, html: str) -> PageMetadata:
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
    return PageMetadata(
        text=text,
        title=document.title or None,
        author=document.author or None,
        published=document.date or None,
        outlet=sitename or None,
        url=document.url or None,
        language=document.language or None,
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
