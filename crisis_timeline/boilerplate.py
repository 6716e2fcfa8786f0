"""Page furniture, caption and embed cues as language data, read by `articles.py`.

What it holds: tables of whole-line patterns with the kind of furniture they are
("registration", "app_promo", "read_also", ...), one table for every language plus a
generic one and one per outlet, and the cue tables the cleaner uses to recognise photo
captions, tweet embeds and section kickers. What it does not do: any matching. The
algorithm lives in `articles.py`. The generic and per-outlet tables are here; every
language keeps its own in `crisis_timeline/lang/<code>/furniture.py` (read through the
registry, `crisis_timeline.lang.tables(code).furniture`).

Pattern syntax. A plain entry is a *phrase*: matched case-insensitively and accent-
insensitively, any run of whitespace (no-break spaces included) matches a space, any
apostrophe-like or quote-like character matches any other, and a space before `:`, `;`,
`!` or `?` is optional (French typography). A phrase ending in "..." also takes the rest
of the line (">> Read also: ..." matches any such link). Entries made with `regex()` are
regular expressions applied to the same folded text: lower case, accents stripped, every
whitespace character a plain space, quotes ' and ". A line is furniture only when it is
*entirely* covered by one or more patterns (scrapers glue blocks together:
"Daily newsletterReceive essential international news every morning").
"""

from __future__ import annotations

from dataclasses import dataclass

from crisis_timeline.lang._view import TableView


@dataclass(frozen=True)
class LinePattern:
    """One furniture pattern: what it matches and what kind of furniture that is."""

    kind: str
    pattern: str
    is_regex: bool = False


def phrases(kind: str, *texts: str) -> tuple[LinePattern, ...]:
    """Phrase patterns of one kind (see the module docstring for the loose matching)."""
    return tuple(LinePattern(kind, text) for text in texts)


def regex(kind: str, *patterns: str) -> tuple[LinePattern, ...]:
    """Regular-expression patterns of one kind, applied to the folded line."""
    return tuple(LinePattern(kind, pattern, is_regex=True) for pattern in patterns)


# Kinds of furniture. "with_agency" is removed from the body but kept as a span because
# it is attribution ("With AFP"); "duplicate", "related" and "navigation" (kickers) are
# also produced by rules in articles.py rather than by these tables.
FURNITURE_KINDS: tuple[str, ...] = (
    "registration",
    "app_promo",
    "navigation",
    "advertising",
    "share",
    "error_page",
    "read_also",
    "newsletter",
    "subscribe",
    "with_agency",
    "related",
    "duplicate",
    "markup",
    "footer",
    "contact",
)

# Whatever the language: site chrome that scrapers pick up on any page.
GENERIC_FURNITURE: tuple[LinePattern, ...] = (
    *phrases("navigation", "Skip to main content", "Skip to content", "Back to top"),
    *phrases("advertising", "Advertising", "Advertisement", "Sponsored content"),
    *phrases("share", "Share :", "Share", "Share this article", "Share on Facebook"),
    *phrases("share", "Share on Twitter", "Copy link", "Link copied"),
    *phrases("error_page", "Page not found", "404"),
    *regex(
        "footer",
        r"(?:©|copyright|\(c\)) ?(?:\d{4}\b)?.*(?:all rights reserved|tous droits reserves).*",
    ),
    # A photo gallery's counter on a line of its own ("4 / 13"): not a subheading, which
    # would cut the story's thread between two slides
    *regex("gallery_counter", r"\d{1,3} ?/ ?\d{1,3}"),
    # A site's contact line at the head of its pages ("Tel. 8 616 51 718. El. paštas
    # info@alytusplius.lt"): read as the body's first sentences, it took the lead's place.
    *regex(
        "contact",
        r"(?:tel|phone|telefon|тел)\.?:? ?\+?\d[\d ()-]{5,}\d\.?",
        r"(?:el\. ?pastas|e-?mail|courriel|adres e-mail|эл\. ?почта):? ?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?",
    ),
    # App-store badge images leave their file name behind ("google-play-badge_FR").
    *regex("app_promo", r"google[- _]?play[- _]?badge[\w-]*", r"app[- _]?store[- _]?badge[\w-]*"),
)

# Blocks particular to an outlet's pages. Applied to every article whatever its stated
# outlet, because copies are syndicated and scraped texts often have no outlet at all.
OUTLET_FURNITURE: dict[str, tuple[LinePattern, ...]] = {
    "France 24": (
        *phrases(
            "newsletter", "France 24 invites you to come back to the news that marked the week"
        ),
        *phrases("app_promo", "Download the France 24 application"),
        *phrases(
            "newsletter",
            "France 24 vous propose de revenir sur les actualités qui ont marqué la semaine",
        ),
    ),
    "RFI": (
        *phrases("app_promo", "Keep up to date with international news by downloading the RFI app"),
        *phrases(
            "app_promo",
            "Restez informé de l'actualité internationale en téléchargeant l'application RFI",
        ),
    ),
}

# Section kickers: an all-capitals line made of labels joined by one of these separators
# ("FRANCE - RUSSIA"), near the top of the page. An all-capitals line without a separator
# ("L'EST DE L'UKRAINE") is a subheading and stays.
KICKER_SEPARATORS: tuple[str, ...] = (" - ", " – ", " — ", " / ", " | ", " • ", " > ")

# A link to another story printed between the byline block and the body, in the
# "‘Quoted words’: rest of a headline" shape (folded text: quotes are ' and ").
RELATED_HEADLINE = r"""^['"].{2,80}?['"]\s?:\s?\S.{5,}$"""

# Photo captions. STRONG cues alone make a line a caption; DESCRIPTION cues (present-tense
# description of a picture) need the line to end like a caption as well: no final full
# stop, or the wire-photo ending "Place, Country Month D, YYYY." Patterns are regexes on
# the original line (case-sensitive: "(L)" and "AFP PHOTO" are written that way).
GENERIC_CAPTION_STRONG: tuple[str, ...] = (
    r"\((?:L|R|C|C-L|C-R|left|right|centre|center|top|bottom)\)",
    r"\bvia REUTERS\b",
    r"\bREUTERS/[A-Z]",
    r"\bAFP PHOTO\b",
    r"\bAP Photo\b",
    # "Kurdish migrants arrive ... in Erbil, November 26, 2021. (AP photo)": a credit in
    # brackets after the caption's date (the date is the photo's, not a dateline)
    r"\((?:AP|AFP|EPA|PAP|Reuters|REUTERS|Xinhua|Getty|Anadolu) ?[Pp]hotos?\)",
    r"\bGetty Images\b",
    r"\(Photo(?:graph)? by\b",
    r"^Photo ?:",
    r"©",
    r"\bSputnik Photo Agency\b",
    r"\bPool via\b",
    # Photo credits of real sites: "(Name Surname / AGENCY)", "(Photo: Name/AGENCY)",
    # "[AGENCY/Name]", "AP - Name Surname" (a date beside them is the photo's, not a dateline).
    r"\((?:Photo ?: ?)?[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+)+ ?/ ?[A-Z]{2,}[\w /-]*\)",
    r"\[[A-Z]{2,}(?: ?/ ?[^\]]+)\]",
    r"\b(?:AP|AFP|Reuters|REUTERS) - [A-ZÀ-Ý][\w'’-]+ [A-ZÀ-Ý][\w'’-]+\s*$",
)

# Tweet embeds. A scraped embed ends with its signature line "- Name (@handle) date";
# the tweet's lines are the ones above it, up to TWEET_MAX_CHARS of text (a tweet holds
# 280 characters; links print longer than they count), stopping at the article's own
# sentence that introduces the tweet (it mentions a tweet or Twitter).
TWEET_SIGNATURE = r"^[-—–]\s*[^()\n]{1,80}\(@\w{1,15}\)\s+\S.{0,30}\b(?:19|20)\d{2}\s*$"
TWEET_MAX_CHARS = 320
GENERIC_TWEET_INTRO_CUES: tuple[str, ...] = (
    r"\btweet",
    r"\btwitter\b",
    r"\bX\b \(formerly Twitter\)",
)


# Every language's own tables are in crisis_timeline/lang/<code>/furniture.py. These names are
# views of crisis_timeline.lang.tables(code) (a code without a folder gets an empty table), plus
# the language-free "generic" entries.
FURNITURE_BY_LANGUAGE: TableView = TableView(lambda t: t.furniture["FURNITURE"])
CAPTION_STRONG: TableView = TableView(
    lambda t: t.furniture["CAPTION_STRONG"], extra={"generic": GENERIC_CAPTION_STRONG}
)
CAPTION_DESCRIPTION: TableView = TableView(lambda t: t.furniture["CAPTION_DESCRIPTION"])
CAPTION_DATE_ENDING: TableView = TableView(lambda t: t.furniture["CAPTION_DATE_ENDING"])
TWEET_INTRO_CUES: TableView = TableView(
    lambda t: t.furniture["TWEET_INTRO_CUES"], extra={"generic": GENERIC_TWEET_INTRO_CUES}
)
