"""Article loading and cleaning: per seed what is removed, kept and flagged; offsets; bad input.

Fixtures in tests/fixtures/articles/: an HTML page with navigation, ads and a footer; a
Latin-1 text file; a Markdown file; an empty file; a PDF; a binary dump named .txt; and
a sources.csv that only has the columns file, outlet and published.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import random
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from crisis_timeline import settings
from crisis_timeline.articles import (
    Article,
    SourceMeta,
    clean_text,
    load_articles,
    parse_article,
    read_sources,
)
from crisis_timeline.errors import CrisisTimelineError
from crisis_timeline.offsets import OffsetRuns

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    articles, problems = load_articles()
    assert problems == []
    return {article.id[:3]: article for article in articles}


def _squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _original_of(article: Article, span) -> str:
    return article.original_text[span.start : span.end]


# ------------------------------------------------------------------------- the seeds

SEED_FURNITURE_KINDS = {
    "000": {"related": 1, "registration": 11},
    "001": {"read_also": 2, "with_agency": 1, "newsletter": 2, "subscribe": 1, "app_promo": 3},
    "002": {
        "navigation": 2,
        "duplicate": 1,
        "advertising": 1,
        "newsletter": 2,
        "app_promo": 1,
        "share": 1,
        "error_page": 2,
    },
    "003": {},
    "004": {"read_also": 1},
}


@pytest.mark.parametrize("seed, kinds", SEED_FURNITURE_KINDS.items())
def test_seed_furniture_kinds(seeds, seed, kinds):
    assert Counter(span.kind for span in seeds[seed].furniture) == Counter(kinds)


# (seed, kind, the furniture's text in the original)
SEED_FURNITURE_TEXT = [
    ("000", "related", "‘Please save us’: Refugees face death at Poland-Belarus border"),
    ("000", "registration", "Register for free to continue reading"),
    ("000", "registration", "Already have an account? sign in"),
    (
        "000",
        "registration",
        "This site is protected by reCAPTCHA and the Google Privacy policy and Terms of service apply.",
    ),
    ("000", "registration", "Join our new commenting forum"),
    ("000", "registration", "Thank you for registering"),
    # glued to the previous prompt on one line in the scrape
    ("000", "registration", "Please refresh your browser to be logged in"),
    (
        "001",
        "read_also",
        ">> Read also: Belarus: how migrants found themselves trapped at the gates of Europe",
    ),
    (
        "001",
        "read_also",
        '>> See also: Josep Borrell: Belarus commits "an attack on the dignity of migrants"',
    ),
    ("001", "with_agency", "With AFP"),
    ("001", "newsletter", "The summary of the week"),
    ("001", "newsletter", "France 24 invites you to come back to the news that marked the week"),
    ("001", "subscribe", "I subscribe"),
    ("001", "app_promo", "Take international news everywhere with you!"),
    ("001", "app_promo", "Download the France 24 application"),
    ("001", "app_promo", "google-play-badge_FR"),
    ("002", "navigation", "Skip to main content"),
    ("002", "navigation", "FRANCE - RUSSIA"),
    ("002", "advertising", "Advertising"),
    ("002", "newsletter", "Daily newsletter"),
    ("002", "newsletter", "Receive essential international news every morning"),
    ("002", "app_promo", "Keep up to date with international news by downloading the RFI app"),
    ("002", "share", "Share :"),
    ("002", "error_page", "Page not found"),
    ("002", "error_page", "The content you requested does not exist or is not available anymore."),
    ("004", "read_also", "A lire également"),
]


@pytest.mark.parametrize("seed, kind, text", SEED_FURNITURE_TEXT)
def test_seed_furniture_spans_hold_the_furniture(seeds, seed, kind, text):
    article = seeds[seed]
    spans = [
        _squash(_original_of(article, span)) for span in article.furniture if span.kind == kind
    ]
    assert _squash(text) in spans


# Text a reader must not see in the cleaned article.
SEED_REMOVED = [
    ("000", "Register for free"),
    ("000", "logged in"),
    ("000", "reCAPTCHA"),
    ("000", "Please save us"),
    ("001", ">> Read also"),
    ("001", ">> See also"),
    ("001", "With AFP"),
    ("001", "I subscribe"),
    ("001", "France 24 application"),
    ("001", "google-play-badge"),
    ("002", "Skip to main content"),
    ("002", "FRANCE - RUSSIA"),
    ("002", "Advertising"),
    ("002", "Share :"),
    ("002", "Page not found"),
    ("002", "Daily newsletter"),
    ("002", "RFI app"),
    ("004", "A lire également"),
]


@pytest.mark.parametrize("seed, text", SEED_REMOVED)
def test_seed_furniture_is_gone_from_cleaned_text(seeds, seed, text):
    assert text not in seeds[seed].cleaned_text
    assert text in seeds[seed].original_text


# Article text that must survive cleaning (as it reads after normalisation).
SEED_KEPT = [
    ("000", "Macron and Putin call for a ‘de-escalation’ of Belarus border tensions"),
    ("000", "The French and Russian leaders spoke for almost two hours on the phone"),
    ("000", "Amanda Coakley\nIn Poland\nMonday 15 November 2021 20:32"),
    ("000", "On Monday, hundreds of migrants approached the border checkpoint separating Belarus"),
    ("000", "Britain has sent 10 troops to Poland."),
    ("000", "stood “shoulder-to-shoulder” with its allies in Europe."),
    ("001", "It was a long-awaited conversation."),
    ("001", "spoke on Sunday, November 14, on the migration crisis"),
    ("001", "Russia withdraws\n\nWesterners accuse"),
    ("001", "Police said on Twitter that 50 migrants crossed"),
    ("001", "- Josep Borrell Fontelles (@JosepBorrellF) November 14, 2021"),
    ("001", "The private Syrian airline Cham Wings Airlines has also halted its flights to Minsk."),
    ("002", "Macron, Putin agree on 'de-escalation' of Belarus migrant crisis"),
    ("002", "Russia June 26, 2020. via REUTERS - Sputnik Photo Agency"),
    ("002", "Tensions have soared over the past week as coordinated efforts"),
    ("002", "France will defend integrity of Ukraine"),
    ("002", "claimed more than 13,000 lives."),
    ("003", "rapporte l’Élysée."),
    ("003", "« Les deux présidents ont confirmé leur accord"),
    ("003", "vers le territoire biélorusse."),
    ("004", "use de son « influence » pour arbitrer"),
    ("004", "L’EST DE L’UKRAINE"),
    ("004", "qui s’est tenue le 12 novembre."),
]


@pytest.mark.parametrize("seed, text", SEED_KEPT)
def test_seed_article_text_is_kept(seeds, seed, text):
    assert text in seeds[seed].cleaned_text


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_seed_no_break_spaces_and_stray_whitespace_are_normalised(seeds, seed):
    cleaned = seeds[seed].cleaned_text
    assert "\u00a0" not in cleaned and "\u202f" not in cleaned
    assert "  " not in cleaned and "\n\n\n" not in cleaned
    assert cleaned == cleaned.strip()
    assert all(line == line.strip() for line in cleaned.split("\n"))


def test_french_seeds_had_no_break_spaces_inside_guillemets(seeds):
    assert "«\u00a0influence\u00a0»" in seeds["004"].original_text


def test_seed_000_caption_is_kept_and_flagged(seeds):
    article = seeds["000"]
    assert [span.kind for span in article.captions] == ["caption"]
    caption = _original_of(article, article.captions[0])
    assert caption.startswith("Office of the President of the Republic of Lithuania shows")
    assert caption.endswith("during their meeting in Vilnius")
    assert caption in article.cleaned_text
    assert article.is_caption(article.captions[0].start + 10, article.captions[0].start + 20)
    body = article.original_text.index("Britain has sent 10 troops")
    assert not article.is_caption(body, body + 30)


def test_seed_002_repeated_caption_is_flagged_twice_and_shown_once(seeds):
    article = seeds["002"]
    captions = [_original_of(article, span) for span in article.captions]
    assert len(captions) == 2
    assert all(
        text.startswith("Russia's President Vladimir Putin speaks with") for text in captions
    )
    assert captions[1].endswith("via REUTERS - Sputnik Photo Agency")
    (duplicate,) = [span for span in article.furniture if span.kind == "duplicate"]
    assert (duplicate.start, duplicate.end) == (article.captions[0].start, article.captions[0].end)
    assert article.cleaned_text.count("Russia's President Vladimir Putin speaks with") == 1


def test_seed_001_tweet_is_kept_and_flagged(seeds):
    article = seeds["001"]
    (tweet,) = article.embeds
    text = _original_of(article, tweet)
    assert tweet.kind == "tweet"
    assert text.startswith("Spoke to #Belarus Foreign Minister Makei")
    assert text.endswith("- Josep Borrell Fontelles (@JosepBorrellF) November 14, 2021")
    assert "said in a tweet" not in text  # the article's own sentence introducing it
    assert "People should not be used as weapons." in text
    assert "Spoke to #Belarus Foreign Minister Makei" in article.cleaned_text
    assert article.captions == ()


SEED_METADATA = [
    # seed, source_label, outlet, title, title_basis, language, published, published_basis
    (
        "000",
        "The Independent",
        "The Independent",
        "Macron and Putin call for a ‘de-escalation’ of Belarus border tensions",
        "metadata",
        "en",
        datetime.date(2021, 11, 15),
        "metadata",
    ),
    ("001", "France 24", "France 24", None, "none", "en", datetime.date(2021, 11, 14), "metadata"),
    (
        "002",
        "RFI",
        "RFI",
        "Macron, Putin agree on 'de-escalation' of Belarus migrant crisis",
        "metadata",
        "en",
        datetime.date(2021, 11, 16),
        "metadata",
    ),
    (
        "003",
        "Unattributed (fr) · 003",
        None,
        None,
        "none",
        "fr",
        datetime.date(2021, 12, 14),
        "metadata",
    ),
    ("004", "Unattributed (fr) · 004", None, None, "none", "fr", None, "unknown"),
]


@pytest.mark.parametrize(
    "seed, label, outlet, title, title_basis, language, published, published_basis", SEED_METADATA
)
def test_seed_metadata(
    seeds, seed, label, outlet, title, title_basis, language, published, published_basis
):
    article = seeds[seed]
    assert article.source_label == label
    assert article.outlet == outlet
    assert (article.title, article.title_basis) == (title, title_basis)
    assert (article.language, article.language_basis) == (language, "metadata")
    assert (article.published, article.published_basis) == (published, published_basis)


def test_seed_publication_reasons(seeds):
    assert seeds["000"].published_reason == "sources.csv: 2021-11-15T20:32:00+00:00"
    assert seeds["000"].author == "Amanda Coakley"
    assert seeds["004"].published_reason == "no publication date in the metadata"


def test_article_survives_a_json_round_trip(seeds):
    article = seeds["001"]
    # the offset map is runs (offsets.OffsetRuns): JSON holds it as its list of offsets
    record = json.loads(
        json.dumps(
            dataclasses.asdict(article),
            default=lambda value: list(value) if isinstance(value, OffsetRuns) else str(value),
        )
    )
    record["published"] = article.published
    restored = Article(**record)
    assert restored == article
    assert restored.embeds[0].kind == "tweet"
    assert hash(restored) == hash(article)


def test_seeds_load_sorted_by_id_with_ids_from_file_names(seeds):
    articles, _ = load_articles([settings.SEEDS_DIR])
    assert [article.id for article in articles] == sorted(article.id for article in articles)
    assert articles[0].id == "000_655bb99b2924ade9"
    assert articles[0].file_name == "000_655bb99b2924ade9.txt"


# ---------------------------------------------------------------------------- offsets


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_every_cleaned_character_comes_from_its_original(seeds, seed):
    article = seeds[seed]
    assert len(article.offset_map) == len(article.cleaned_text) + 1
    assert list(article.offset_map) == sorted(article.offset_map)
    for index, char in enumerate(article.cleaned_text):
        start, end = article.to_original(index, index + 1)
        source = unicodedata.normalize("NFKC", article.original_text[start:end])
        assert char in source or (char.isspace() and source.isspace()), (index, char, source)


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_no_cleaned_character_comes_from_furniture(seeds, seed):
    article = seeds[seed]
    for index in article.offset_map[:-1]:
        assert not any(span.start <= index < span.end for span in article.furniture)


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_random_cleaned_spans_map_back_to_the_same_text(seeds, seed):
    article = seeds[seed]
    rng = random.Random(seed)
    for _ in range(300):
        start = rng.randrange(len(article.cleaned_text))
        end = rng.randrange(start, min(len(article.cleaned_text), start + 400) + 1)
        # A span cutting through an expansion ("…" -> "...") maps to the whole original
        # character; those are checked in test_compatibility_characters_map_back_whole.
        offsets = article.offset_map
        if (start and offsets[start] == offsets[start - 1]) or (
            start < end < len(offsets) - 1 and offsets[end] == offsets[end - 1]
        ):
            continue
        original_start, original_end = article.to_original(start, end)
        # Furniture inside the original stretch is what cleaning took out.
        kept = "".join(
            char
            for position, char in enumerate(
                article.original_text[original_start:original_end], original_start
            )
            if not any(span.start <= position < span.end for span in article.furniture)
        )
        assert _squash(kept) == _squash(article.cleaned_text[start:end])


def test_to_original_of_a_sentence_is_that_sentence(seeds):
    article = seeds["004"]
    sentence = "Macron, qui a exprimé sa « profonde inquiétude »"
    start = article.cleaned_text.index(sentence)
    original_start, original_end = article.to_original(start, start + len(sentence))
    assert article.original_text[original_start:original_end] == (
        "Macron, qui a exprimé sa «\u00a0profonde inquiétude\u00a0»"
    )


def test_compatibility_characters_map_back_whole():
    original = "Cafe\u0301 talks … the ﬁrst\u200b round\u202fended."
    article = parse_article("x.txt", original.encode())
    assert article.cleaned_text == "Café talks ... the first round ended."
    cafe = article.cleaned_text.index("Café")
    assert article.to_original(cafe, cafe + 4) == (0, 5)  # e + combining accent
    dots = article.cleaned_text.index("...")
    start, end = article.to_original(dots, dots + 3)
    assert original[start:end] == "…"


# ----------------------------------------------------------------- cleaning rules, table

# (language, text, what must be removed or None, what must stay)
CLEANING_ROWS = [
    (
        "fr",
        "Texte.\n\nÀ lire aussi : La Pologne ferme la frontière\n\nSuite.",
        "À lire aussi",
        "Suite.",
    ),
    ("fr", "Texte.\n\nAvec AFP", "Avec AFP", "Texte."),
    ("en", "Text.\n\nWith Reuters\n", "With Reuters", "Text."),
    ("en", "Text.\n\nRead more: Poland builds a wall\n\nMore text.", "Read more", "More text."),
    ("en", "Share prices fell in Warsaw on Monday.", None, "Share prices fell"),
    (
        "en",
        "Advertising revenue at Belarusian state media fell in 2021.",
        None,
        "Advertising revenue",
    ),
    ("en", "Intro.\n\nADVERTISEMENT\n\nBody.", "ADVERTISEMENT", "Body."),
    ("en", "Intro.\n\n© 2021 Border Watch. All rights reserved.", "All rights reserved", "Intro."),
]


@pytest.mark.parametrize("language, text, removed, kept", CLEANING_ROWS)
def test_cleaning_rules(language, text, removed, kept):
    cleaned = clean_text(text, language).cleaned_text
    assert kept in cleaned
    if removed is None:
        assert cleaned == text.strip()
    else:
        assert removed not in cleaned


# (language, line between two body paragraphs, is it a caption?)
CAPTION_ROWS = [
    ("en", "Polish soldiers (L) talk to a migrant at the Kuznica crossing", True),
    ("en", "Migrants gather near the fence. REUTERS/Kacper Pempel", True),
    (
        "en",
        "Migrants gather at the Bruzgi checkpoint (Photo by Leonid Shcheglov / BELTA / AFP)",
        True,
    ),
    ("en", "Poll shows support for the wall", False),
    (
        "en",
        "A video posted by the ministry shows migrants cutting the fence near Kuznica, officials said.",
        False,
    ),
    ("fr", "Le président Emmanuel Macron (G) et Vladimir Poutine (D) lors d'une rencontre", True),
    ("fr", "L'EST DE L'UKRAINE", False),
    # the cue is written with a straight apostrophe: the line's curly one is folded first
    ("fr", "Photo d’illustration : des migrants près de la frontière", True),
    ("fr", "Photo d’ensemble : des migrants près de la frontière", False),
]


@pytest.mark.parametrize("language, line, is_caption", CAPTION_ROWS)
def test_caption_cues(language, line, is_caption):
    text = f"First paragraph of the article, long enough to be a body paragraph here.\n\n{line}\n\nLast one."
    cleaning = clean_text(text, language)
    assert bool(cleaning.captions) is is_caption
    assert line in cleaning.cleaned_text  # captions are flagged, never removed


def test_tweet_embed_in_french_date_format():
    text = (
        "Le ministre a réagi sur Twitter.\n\n"
        "Nous ne céderons pas au chantage.\n\n"
        "— Mariusz Błaszczak (@mblaszczak) 14 novembre 2021\n\n"
        "La suite de l'article."
    )
    cleaning = clean_text(text, "fr")
    (tweet,) = cleaning.embeds
    assert text[tweet.start : tweet.end] == (
        "Nous ne céderons pas au chantage.\n\n— Mariusz Błaszczak (@mblaszczak) 14 novembre 2021"
    )


def test_kicker_only_at_the_top():
    text = "WORLD - EUROPE\nPoland closes the border\n\nPoland closed the border on Tuesday after a night of clashes at the crossing.\n\nPOLAND - BELARUS\n\nMore."
    cleaning = clean_text(text, "en")
    assert "WORLD - EUROPE" not in cleaning.cleaned_text
    assert "POLAND - BELARUS" in cleaning.cleaned_text
    dated = clean_text("15 NOVEMBER 2021 - 20:32\nPoland closes the border", "en")
    assert dated.cleaned_text.startswith("15 NOVEMBER 2021 - 20:32")


# ---------------------------------------------------------------------- titles, labels


def test_headline_title_when_no_sources_row():
    raw = b"Skip to main content\nPoland closes the Kuznica crossing\n\nPoland closed the crossing on Tuesday."
    article = parse_article("999_breaking.txt", raw)
    assert (article.title, article.title_basis) == (
        "Poland closes the Kuznica crossing",
        "headline",
    )
    assert (article.language, article.language_basis) == ("en", "detected")
    assert article.source_label == "Unattributed (en) · 999"
    assert (article.published, article.published_basis) == (None, "unknown")


@pytest.mark.parametrize(
    "first_line, title",
    [
        ("It was a long-awaited conversation.", None),
        ("Is Belarus using migrants as a weapon?", "Is Belarus using migrants as a weapon?"),
        ("Monday 15 November 2021 20:32", "Monday 15 November 2021 20:32"),
        ("15/11/2021", None),
        ("poland closes the crossing", None),
        ("Border", None),
    ],
)
def test_headline_rule(first_line, title):
    article = parse_article("a.txt", f"{first_line}\n\nThe body of the article.".encode())
    assert article.title == title


def test_label_for_an_id_without_a_number():
    article = parse_article("breaking-news.txt", "Texte en français sur la frontière.".encode())
    assert article.source_label == "Unattributed (fr) · breaki"


def test_no_outlet_is_invented_from_notes_or_text(seeds):
    assert "Elysée" not in seeds["003"].source_label
    assert seeds["003"].outlet is None


# ------------------------------------------------------------------------- fixtures


def test_html_goes_through_the_extractor_and_keeps_the_article():
    article = parse_article(
        "borderwatch_kuznica.html", (FIXTURES / "borderwatch_kuznica.html").read_bytes()
    )
    for chrome in (
        "Skip to main content",
        "BorderPhone",
        "Most read",
        "All rights reserved",
        "Cookie",
    ):
        assert chrome not in article.original_text
    assert "around 2,000 people were still camped near Bruzgi" in article.cleaned_text
    assert ">> Read also" in article.original_text
    assert ">> Read also" not in article.cleaned_text
    assert article.outlet == "Border Watch"
    assert (article.title, article.title_basis) == (
        "Poland and Belarus hold talks on the Kuźnica crossing",
        "metadata",
    )
    assert article.author == "Jan Kowalski"
    assert (article.published, article.published_basis) == (datetime.date(2021, 11, 18), "metadata")
    assert article.published_reason == "page metadata: 2021-11-18"
    assert article.url == "https://borderwatch.example/2021/11/18/kuznica-talks"
    assert (article.language, article.language_basis) == ("en", "detected")


def test_sources_csv_wins_over_page_metadata():
    meta = SourceMeta(
        file="borderwatch_kuznica.html", outlet="Border Watch Weekly", published="2021-11-19"
    )
    article = parse_article(
        "borderwatch_kuznica.html", (FIXTURES / "borderwatch_kuznica.html").read_bytes(), meta
    )
    assert article.outlet == "Border Watch Weekly"
    assert article.published == datetime.date(2021, 11, 19)
    assert article.published_reason == "sources.csv: 2021-11-19"
    assert article.author == "Jan Kowalski"  # not in the row: the page's


@pytest.mark.parametrize(
    "body",
    [
        "<nav><a href='/'>Home</a></nav>",
        "<div class='cookie'>We use cookies</div><footer>© 2021 Border Watch. All rights reserved.</footer>",
        "",
    ],
)
def test_html_without_article_text(body):
    html = f"<html><head><title>Menu</title></head><body>{body}</body></html>".encode()
    with pytest.raises(CrisisTimelineError, match=r"^empty\.html: no article text found\.$"):
        parse_article("empty.html", html)


def test_text_that_is_only_furniture():
    with pytest.raises(
        CrisisTimelineError, match=r"^a\.txt has no article text, only page furniture"
    ):
        parse_article("a.txt", b"Skip to main content\n\nAdvertising\n\nShare :")


def test_latin1_text_is_decoded():
    article = parse_article("varsovie_latin1.txt", (FIXTURES / "varsovie_latin1.txt").read_bytes())
    assert article.original_text.startswith("Réunion à Varsovie sur la frontière")
    assert "« Nous ne céderons pas au chantage du régime de Loukachenko »" in article.cleaned_text
    assert (article.language, article.language_basis) == ("fr", "detected")
    assert (article.title, article.title_basis) == (
        "Réunion à Varsovie sur la frontière",
        "headline",
    )
    assert [span.kind for span in article.furniture] == ["with_agency"]


def test_markdown_heading_is_the_title_and_markup_is_removed():
    article = parse_article("kuznica_notes.md", (FIXTURES / "kuznica_notes.md").read_bytes())
    assert article.title == "Lithuania extends its state of emergency on the Belarus border"
    assert article.title_basis == "headline"
    assert "#" not in article.cleaned_text
    assert "\n\nReactions\n\n" in article.cleaned_text
    assert Counter(span.kind for span in article.furniture) == {"markup": 2, "share": 1}


def test_folder_loads_what_it_can_and_reports_the_rest():
    articles, problems = load_articles([FIXTURES])
    assert [article.id for article in articles] == [
        "borderwatch_kuznica",
        "kuznica_notes",
        "varsovie_latin1",
    ]
    messages = {Path(problem.path).name: problem.message for problem in problems}
    assert messages == {
        "binary_dump.txt": "binary_dump.txt is not text (binary data). Use .txt, .md or .html.",
        "empty.txt": "empty.txt is empty: there is no text to read.",
    }
    by_id = {article.id: article for article in articles}
    # sources.csv beside them has only file, outlet and published: the rest is None or found.
    assert by_id["varsovie_latin1"].published == datetime.date(2021, 11, 17)
    assert by_id["varsovie_latin1"].outlet is None
    assert by_id["varsovie_latin1"].source_label == "Unattributed (fr) · varsov"
    assert by_id["kuznica_notes"].outlet is None  # a blank cell, not " "


def test_pdf_is_a_load_problem_and_other_files_still_load():
    articles, problems = load_articles(
        [
            FIXTURES / "scanned_report.pdf",
            FIXTURES / "varsovie_latin1.txt",
            FIXTURES / "missing.txt",
        ]
    )
    assert [article.id for article in articles] == ["varsovie_latin1"]
    assert [problem.message for problem in problems] == [
        f"{FIXTURES / 'missing.txt'} does not exist.",
        "scanned_report.pdf is not a readable PDF (PdfReadError).",
    ]


@pytest.mark.parametrize(
    "file_name, raw, message",
    [
        ("a.txt", b"", r"^a\.txt is empty"),
        ("a.txt", b"\xef\xbb\xbf  \r\n", r"^a\.txt is empty"),
        ("a.txt", b"PK\x03\x04rest", r"^a\.txt is not text \(a ZIP archive"),
        ("notes.docx", b"Plain words", r"^notes\.docx has an unsupported file type \(\.docx\)\."),
        ("notes", b"Plain words", r"^notes has an unsupported file type \(no extension\)\."),
    ],
)
def test_bad_input_raises_a_clear_error(file_name, raw, message):
    with pytest.raises(CrisisTimelineError, match=message):
        parse_article(file_name, raw)


def test_too_large_file(monkeypatch):
    monkeypatch.setattr(settings, "MAX_UPLOAD_BYTES", 100)
    with pytest.raises(CrisisTimelineError, match=r"too large"):
        parse_article("a.txt", b"word " * 100)


def test_bom_crlf_and_utf16_are_decoded():
    article = parse_article("a.txt", "\ufeffPremière ligne.\r\n\r\nDeuxième ligne.".encode())
    assert article.original_text == "Première ligne.\n\nDeuxième ligne."
    utf16 = parse_article("b.txt", "Première ligne.\r\nDeuxième.".encode("utf-16"))
    assert utf16.original_text == "Première ligne.\nDeuxième."


def test_content_hash_follows_bytes_and_metadata():
    raw = b"Poland closed the crossing on Tuesday."
    first = parse_article("a.txt", raw).content_hash
    assert first == parse_article("a.txt", raw).content_hash
    assert first != parse_article("a.txt", raw + b" ").content_hash
    assert first != parse_article("a.txt", raw, SourceMeta(file="a.txt", outlet="RFI")).content_hash


# ----------------------------------------------------------------------- sources.csv


def test_sources_with_missing_columns():
    rows = read_sources(FIXTURES / "sources.csv")
    assert set(rows) == {"varsovie_latin1.txt", "kuznica_notes.md"}
    assert rows["varsovie_latin1.txt"] == SourceMeta(
        file="varsovie_latin1.txt", published="2021-11-17"
    )


def test_seed_sources_are_read_in_full():
    rows = read_sources(settings.SEEDS_DIR / "sources.csv")
    assert len(rows) == 5
    assert rows["002_bde4654bc6621b48.txt"].title == (
        "Macron, Putin agree on 'de-escalation' of Belarus migrant crisis"
    )
    assert rows["004_dc42871c880d9ee6.txt"].published is None


@pytest.mark.parametrize(
    "content, message",
    [
        (
            b"name,outlet\na.txt,RFI\n",
            r"^sources\.csv has no 'file' column \(found: name, outlet\)",
        ),
        (b"%PDF-1.4 not a csv", r"^sources\.csv is not text \(PDF\)"),
        (b'file,outlet\n"a.txt,RFI\n', r"^sources\.csv is not a readable CSV file \(.*end of data"),
    ],
)
def test_bad_sources_csv(tmp_path, content, message):
    path = tmp_path / "sources.csv"
    path.write_bytes(content)
    with pytest.raises(CrisisTimelineError, match=message):
        read_sources(path)


def test_bad_sources_csv_beside_articles_is_reported_not_fatal(tmp_path):
    (tmp_path / "sources.csv").write_bytes(b"name,outlet\n")
    (tmp_path / "001_a.txt").write_bytes(b"Poland closed the crossing on Tuesday.")
    articles, problems = load_articles([tmp_path])
    assert [article.id for article in articles] == ["001_a"]
    assert len(problems) == 1 and "has no 'file' column" in problems[0].message
    with pytest.raises(CrisisTimelineError, match="has no 'file' column"):
        load_articles([tmp_path], sources=tmp_path / "sources.csv")


def test_explicit_sources_replace_the_ones_beside(tmp_path):
    csv_path = tmp_path / "meta.csv"
    csv_path.write_text("file,outlet,language\n000_655bb99b2924ade9.txt,Other Outlet,en\n")
    articles, problems = load_articles([settings.SEEDS_DIR], sources=csv_path)
    assert problems == []
    by_id = {article.id[:3]: article for article in articles}
    assert by_id["000"].outlet == "Other Outlet"
    assert by_id["001"].outlet is None  # not in the explicit file
    assert by_id["004"].language_basis == "detected" and by_id["004"].language == "fr"


def test_same_id_twice_is_a_problem(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"Poland closed the crossing on Tuesday.")
    (tmp_path / "a.md").write_bytes(b"Poland closed the crossing on Tuesday.")
    articles, problems = load_articles([tmp_path])
    assert len(articles) == 1
    assert "another article already has the id a" in problems[0].message


# ------------------------------------------------- silent wrong input (issue 19, defect 5)


@pytest.mark.parametrize(
    ("published", "warning"),
    [
        ("2021-13-45", "is not an ISO date"),
        ("yesterday", "is not an ISO date"),
        ("9999-12-31", "is outside 1990-01-01.."),
        ("1850-01-01", "is outside 1990-01-01.."),
    ],
)
def test_bogus_sources_dates_are_reported_and_never_used(tmp_path, caplog, published, warning):
    (tmp_path / "sources.csv").write_text(
        f"file,outlet,published\n001_a.txt,RFI,2021-11-16\n002_b.txt,TVN,{published}\n",
        encoding="utf-8",
    )
    text = "Poland closed the Kuźnica crossing on Tuesday, officials said."
    for name in ("001_a.txt", "002_b.txt"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    with caplog.at_level("WARNING", logger="crisis_timeline.articles"):
        articles, problems = load_articles([tmp_path])
    assert not problems
    reported = [r.getMessage() for r in caplog.records if warning in r.getMessage()]
    assert len(reported) == 1 and "sources.csv, line 3" in reported[0]
    bad = next(a for a in articles if a.id == "002_b")
    assert bad.published is None and bad.published_basis == "unknown"
    assert warning in bad.published_reason
    good = next(a for a in articles if a.id == "001_a")
    assert good.published == datetime.date(2021, 11, 16)


def test_an_absurd_date_never_skews_the_year_estimate(tmp_path):
    from crisis_timeline.publication import resolve_publication_dates

    (tmp_path / "sources.csv").write_text(
        "file,published\n001_a.txt,9999-12-31\n002_b.txt,2021-11-16\n", encoding="utf-8"
    )
    (tmp_path / "001_a.txt").write_text("Talks were held on 12 November.", encoding="utf-8")
    (tmp_path / "002_b.txt").write_text("Poland closed the crossing.", encoding="utf-8")
    articles, _ = load_articles([tmp_path])
    dated = {a.id: a for a in resolve_publication_dates(articles)}
    assert dated["001_a"].published is None or dated["001_a"].published.year == 2021


def test_one_invalid_byte_in_utf8_is_replaced_not_the_whole_file_guessed(caplog):
    raw = "Łukaszenka a parlé à Kuźnica le 15 novembre. Les réfugiés attendent.".encode()
    broken = raw.replace(b"Les", b"L\xffes")
    with caplog.at_level("WARNING", logger="crisis_timeline.articles"):
        article = parse_article("a.txt", broken)
    assert article.original_text == raw.decode().replace("Les", "L\ufffdes")
    assert any("1 invalid UTF-8 byte" in r.getMessage() for r in caplog.records)


def test_a_latin1_file_is_still_guessed_not_replaced():
    raw = "Les réfugiés près de la frontière ont été évacués vendredi.".encode("latin-1")
    article = parse_article("a.txt", raw)
    assert "\ufffd" not in article.original_text and "réfugiés" in article.original_text


def test_size_is_checked_before_the_file_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "MAX_UPLOAD_BYTES", 100)
    big = tmp_path / "001_big.txt"
    big.write_bytes(b"word " * 1000)
    read = []
    real_read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or real_read_bytes(self))
    articles, problems = load_articles([big])
    assert not articles and "too large" in problems[0].message
    assert big not in read, "read whole before its size was checked"


def test_an_unexpected_error_in_one_file_skips_that_file(tmp_path, monkeypatch):
    from crisis_timeline import articles as module

    monkeypatch.delenv(settings.DEBUG_ENV_VAR, raising=False)
    for name in ("001_a.txt", "002_b.txt"):
        (tmp_path / name).write_text("Poland closed the crossing on Tuesday.", encoding="utf-8")
    real = module.parse_article

    def flaky(name, raw, meta=None):
        if name.startswith("002"):
            raise IndexError("a bug")
        return real(name, raw, meta)

    monkeypatch.setattr(module, "parse_article", flaky)
    articles, problems = load_articles([tmp_path])
    assert [a.id for a in articles] == ["001_a"]
    assert "IndexError" in problems[0].message and "002_b.txt" in problems[0].path


# Issue 16: a photo caption or a gallery line dates a photo, not the page. Passages written
# for these tests (invented outlets and photographers).
CAPTION_NOT_DATELINE = [
    (
        "credit in parentheses",
        "fr",
        "Une colonne de réfugiés près de la clôture, le 3 novembre 2021.(Anna Kowal / PAPIX).\n\n"
        "Les Vingt-Sept ont adopté lundi un nouveau train de mesures, trois jours après la "
        "réunion du jeudi 11 novembre.",
        datetime.date(2021, 11, 15),
    ),
    (
        "photo credit after Photo:",
        "en",
        "Families wait at the fence near the crossing, Nov. 2, 2021. (Photo: Jan Nowak/NEWSPIX)\n\n"
        "The envoys met on Tuesday, a week after the summit of Thursday, November 4.",
        datetime.date(2021, 11, 9),
    ),
    (
        "gallery line: date then place",
        "fr",
        "3 novembre 2021 au poste-frontière de Bobrowniki. Des familles attendent dans le froid.\n\n"
        "Le 12 novembre, le ministère a annoncé l'arrestation de vingt passeurs.",
        datetime.date(2021, 11, 12),
    ),
]


@pytest.mark.parametrize(
    "language,text,expected",
    [case[1:] for case in CAPTION_NOT_DATELINE],
    ids=[case[0] for case in CAPTION_NOT_DATELINE],
)
def test_a_photo_caption_is_not_a_dateline(tmp_path, language, text, expected):
    from crisis_timeline.publication import resolve_publication_dates

    (tmp_path / "sources.csv").write_text(
        f"file,published,language\n001_a.txt,,{language}\n002_b.txt,2021-11-20,{language}\n",
        encoding="utf-8",
    )
    (tmp_path / "001_a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "002_b.txt").write_text("Poland closed the crossing.", encoding="utf-8")
    articles, _ = load_articles([tmp_path])
    dated = {a.id: a for a in resolve_publication_dates(articles)}
    assert dated["001_a"].published == expected, dated["001_a"].published_reason


@pytest.mark.parametrize(
    "line",
    [
        "Volunteers hand out blankets at the camp. (Marta Zielinska / EASTPIX)",
        "Des réfugiés devant un entrepôt, le 19 novembre. (Photo: Piotr Lis/AGENCJA)",
        "Soldiers patrol the border strip [NEWSPIX/Tomasz Wrona]",
        "Des gardes-frontières près de la clôture. AP - Olga Ivanova",
    ],
)
def test_real_site_photo_credits_mark_captions(line):
    article = parse_article("a.txt", f"Headline\n\n{line}\n\nBody text of the story.".encode())
    start = article.original_text.index(line)
    assert article.is_caption(start, start + len(line))
