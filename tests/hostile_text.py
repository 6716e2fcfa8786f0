"""A store of articles written by an attacker, for the tests of untrusted text.

`build_hostile_store(folder)` writes two articles and their sources.csv into `folder` and
builds a store there: outlet names and a title with HTML that loads a remote image, a
right-to-left override, Markdown (LaTeX, colour, links, images) and a 3,000-character word,
in sentences the pipeline keeps as dated events (both outlets report one story, with
figures that disagree, so the Outlets page quotes them side by side).
"""

from __future__ import annotations

from pathlib import Path

EVIL_HOST = "evil.example"
RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: reverses what follows
PDF = "\u202c"  # POP DIRECTIONAL FORMATTING
# A word far wider than any screen. Sentences are cut at 2,000 characters
# (sentences.MAX_SENTENCE_CHARS), so an event sentence can hold at most a 1,900-character
# word; the Articles page shows the whole text either way.
LONG_WORD = "Z" * 1900
IMG_OUTLET = f"<img src=http://{EVIL_HOST}/x.png>{RLO}evil"
MARKDOWN_OUTLET = "**Bold** :red[Outlet] $y$"
TITLE = f"<h1>Title</h1> ![](http://{EVIL_HOST}/t.png)"

CLASH = (
    f"On Monday 15 November 2021, Polish guards used water cannon at Kuźnica "
    f"<img src=http://{EVIL_HOST}/x.png> against 2,000 migrants "
    "<style>body{display:none}</style> who threw stones, $x$ and :red[x] said officials "
    f"![](http://{EVIL_HOST}/i.png) [link](javascript:alert(1))."
)
MEETING = (
    "On Tuesday 16 November 2021, Lukashenko met Merkel <form><input name=q></form> "
    f"<h1>HUGE</h1> in Minsk, the {RLO}reversed text{PDF} report said."
)
LIST = f"On Wednesday 17 November 2021, the ministry in Warsaw published the list {LONG_WORD} of crossings."
SECOND_CLASH = (
    "On Monday 15 November 2021, Polish guards used water cannon at Kuźnica against 3,000 "
    f"migrants, $5 *alarm* [click](http://{EVIL_HOST}/c) officials said."
)

# What must never reach a page as markup (Markdown sources and HTML alike).
RAW_MARKDOWN = ("![", ":red[", "$x$", "$y$", "**Bold**", "](javascript", f"](http://{EVIL_HOST}")
RAW_HTML = ("<img src=http", "<style>body", "<h1>HUGE", "<h1>Title", "<form", "<input")


def build_hostile_store(folder: Path) -> Path:
    """Write the hostile articles into `folder` and build `folder`/hostile.duckdb."""
    from crisis_timeline.store import build_store

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a1.txt").write_text(
        f"Border clash at Kuźnica\n\n{CLASH}\n\n{MEETING}\n\n{LIST}\n", encoding="utf-8"
    )
    (folder / "a2.txt").write_text(
        f"Water cannon at the border\n\n{SECOND_CLASH}\n", encoding="utf-8"
    )
    (folder / "sources.csv").write_text(
        "file,outlet,title,author,published,language,url,notes\n"
        f'a1.txt,{IMG_OUTLET},"{TITLE}",,2021-11-16,en,,\n'
        f'a2.txt,"{MARKDOWN_OUTLET}",Second,,2021-11-16,en,,\n',
        encoding="utf-8",
    )
    path = folder / "hostile.duckdb"
    build_store([folder / "a1.txt", folder / "a2.txt"], folder / "sources.csv", path)
    return path
