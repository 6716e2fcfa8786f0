"""`add`, `remove` and `corrections` on the command line, and what they promise the store:
one line per file, hostile input refused with nothing changed, duplicates, incremental
clusters equal to a full rebuild, a killed writer, two writers at once, corrections that
survive a rebuild, and random text through load -> extract -> store."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from crisis_timeline import corrections, ingest, settings, store
from crisis_timeline.errors import CrisisTimelineError
from tests.cli_support import run_cli

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
ARTICLE = (
    "Polish guards closed the Kuźnica crossing on Tuesday 9 November 2021, officials said.\n\n"
    "Lithuania declared a state of emergency on 10 November 2021 along its border with Belarus.\n"
)
OTHER = "Belarusian troops moved to Grodno on Wednesday 17 November 2021, the ministry said.\n"


def run(capsys, *argv: str) -> tuple[int, list[str], str]:
    """The CLI in process: exit status, the non-empty lines it printed, its stderr."""
    status, out, err = run_cli(capsys, *argv)
    return status, [line for line in out.splitlines() if line.strip()], err


def snapshot(path: Path) -> tuple:
    """What a user of the store sees: events (as JSON) and article ids."""
    events = store.read_events(path).sort_values("event_id")
    return (
        events.drop(columns=["cluster_id"]).to_json(),
        sorted(events.groupby("cluster_id")["event_id"].apply(tuple)),
        [a.id for a in store.read_articles(path)],
    )


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def pdf_with_text(text: str) -> bytes:
    """A one-page PDF whose text layer holds `text` (Helvetica, one line per line)."""
    lines = " ".join(f"({line}) Tj T*" for line in text.splitlines() if line)
    stream = f"BT /F1 11 Tf 14 TL 40 800 Td {lines} ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def blank_pdf() -> bytes:
    from io import BytesIO

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def zip_bytes(tmp_path: Path) -> bytes:
    target = tmp_path / "x.zip"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("a.txt", ARTICLE)
    return target.read_bytes()


# ------------------------------------------------------------------- adding and removing


def test_add_prints_one_line_per_file_and_the_events_appear(capsys, db, tmp_path):
    first = write(tmp_path, "kuznica.txt", ARTICLE)
    second = write(tmp_path, "grodno.md", OTHER)
    before = len(store.read_events(db))
    status, lines, err = run(capsys, "add", str(first), str(second), "--db", str(db))
    assert status == 0, err
    assert len(lines) == 2
    assert lines[0].startswith("kuznica.txt: added as kuznica-") and "events" in lines[0]
    added = store.read_events(db)
    assert len(added) > before
    ids = {a.id for a in store.read_articles(db)}
    assert any(i.startswith("grodno-") for i in ids)
    status, out, _ = run(capsys, "events", "--db", str(db))
    assert any("Kuźnica" in line for line in out) and status == 0


def test_add_to_a_store_from_before_the_facts_column(capsys, db, tmp_path):
    import duckdb

    with duckdb.connect(str(db)) as con:
        con.execute("ALTER TABLE articles DROP COLUMN facts")
    before = {f.id for f in store.read_article_facts(db)}
    status, lines, err = run(
        capsys, "add", str(write(tmp_path, "kuznica.txt", ARTICLE)), "--db", str(db)
    )
    assert status == 0, err
    facts = {f.id: f for f in store.read_article_facts(db)}
    (added,) = set(facts) - before
    assert added.startswith("kuznica-") and facts[added].language == "en"


def test_duplicates_by_text_or_url_are_not_added_twice(capsys, db, tmp_path):
    first = write(tmp_path, "a.txt", ARTICLE)
    # same words, other spacing and case: the same cleaned text
    same_text = write(tmp_path, "b.txt", "  " + ARTICLE.upper().replace(" ", "  "))
    url = "https://example.org/news/1"
    run(capsys, "add", str(first), "--db", str(db), "--url", url)
    before = snapshot(db)
    status, lines, _ = run(capsys, "add", str(first), str(same_text), "--db", str(db))
    assert status == 0
    assert all(": duplicate of a-" in line for line in lines), lines
    other = write(tmp_path, "c.txt", OTHER)
    status, lines, _ = run(capsys, "add", str(other), "--db", str(db), "--url", url)
    assert status == 0 and lines[0].startswith("c.txt: duplicate of a-")
    assert snapshot(db) == before


def test_remove_takes_an_article_out_and_unknown_ids_are_reported(capsys, db, tmp_path):
    before = snapshot(db)
    run(capsys, "add", str(write(tmp_path, "k.txt", ARTICLE)), "--db", str(db))
    added = next(a.id for a in store.read_articles(db) if a.id.startswith("k-"))
    status, lines, _ = run(capsys, "remove", added, "no-such-id", "--db", str(db))
    assert status == 2
    assert (
        lines[0].startswith(f"{added}: removed with ") and lines[1] == "no-such-id: no such article"
    )
    assert snapshot(db) == before


def test_a_pdf_with_a_text_layer_is_read(capsys, db, tmp_path):
    pdf = write(tmp_path, "report.pdf", pdf_with_text(ARTICLE.replace("ź", "z")))
    status, lines, err = run(capsys, "add", str(pdf), "--db", str(db))
    assert status == 0, (lines, err)
    article = next(a for a in store.read_articles(db) if a.id.startswith("report-"))
    assert "Kuznica crossing" in article.original_text


def test_into_a_new_store_add_creates_it(capsys, tmp_path):
    path = tmp_path / "new" / "store.duckdb"
    status, lines, _ = run(capsys, "add", str(write(tmp_path, "a.txt", ARTICLE)), "--db", str(path))
    assert status == 0 and "added" in lines[0]
    assert store.read_info(path).articles == 1 and store.read_info(path).events > 0


# ------------------------------------------------------------------- hostile input

LATIN1 = "Varsovie a fermé le poste de Kuznica le mardi 9 novembre 2021, a déclaré le ministère."


@pytest.mark.parametrize(
    ("name", "make", "extra", "fragment"),
    [
        ("empty.txt", lambda t: b"", (), "is empty"),
        ("photo.txt", lambda t: b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, (), "not text (a PNG"),
        ("archive.txt", zip_bytes, (), "not text (a ZIP"),
        ("scan.pdf", lambda t: blank_pdf(), (), "without a text layer"),
        ("fake.pdf", lambda t: b"%PDF-1.4 garbage", (), "not a readable PDF"),
        ("blob.txt", lambda t: b"\x00\x01\x02" * 100, (), "not text (binary"),
        ("oneline.txt", lambda t: b"word " * 1_000_000, (), "has a line of"),
        ("a.txt", lambda t: ARTICLE, ("--published", "9999-01-01"), "outside"),
        ("a.txt", lambda t: ARTICLE, ("--published", "2021-02-31"), "not a real day"),
        ("a.txt", lambda t: ARTICLE, ("--language", "x1"), "language 'x1' is not a two-letter"),
        ("a.txt", lambda t: ARTICLE, ("--url", "javascript:alert(1)"), "not a web address"),
        ("notes.docx", lambda t: ARTICLE, (), "unsupported file type (.docx)"),
    ],
)
def test_hostile_input_is_one_line_and_changes_nothing(
    capsys, db, tmp_path, name, make, extra, fragment
):
    path = write(tmp_path, name, make(tmp_path))
    before = snapshot(db)
    status, lines, err = run(capsys, "add", str(path), "--db", str(db), *extra)
    assert status == 2 and len(lines) == 1, (lines, err)
    assert lines[0].startswith(f"{name}: rejected: ") and fragment in lines[0], lines
    assert "Traceback" not in err
    assert snapshot(db) == before


def test_a_50_mb_file_is_refused_by_its_size_without_reading_it(capsys, db, tmp_path, monkeypatch):
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:  # sparse: 50 MB by stat, nothing on disk
        handle.truncate(50 * 1024 * 1024)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a file over the limit"))
    status, lines, _ = run(capsys, "add", str(big), "--db", str(db))
    assert status == 2 and "too large (50.0 MB" in lines[0]


def test_the_good_files_are_still_added_when_one_is_rejected(capsys, db, tmp_path):
    good = write(tmp_path, "good.txt", ARTICLE)
    bad = write(tmp_path, "bad.txt", b"")
    status, lines, _ = run(capsys, "add", str(bad), str(good), "--db", str(db))
    assert status == 2
    assert {line.split(":")[0] for line in lines} == {"bad.txt", "good.txt"}
    assert any(a.id.startswith("good-") for a in store.read_articles(db))


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("latin1.txt", LATIN1.encode("latin-1"), "a déclaré"),
        ("utf16.txt", LATIN1.encode("utf-16"), "a déclaré"),
        ("mixed.txt", LATIN1.encode("utf-8") + b"\n\nCaf\xe9 " + LATIN1.encode("utf-8"), "fermé"),
    ],
)
def test_other_encodings_are_read_as_text(capsys, db, tmp_path, name, data, expected):
    status, lines, err = run(capsys, "add", str(write(tmp_path, name, data)), "--db", str(db))
    assert status == 0, (lines, err)
    article = next(a for a in store.read_articles(db) if a.file_name == name)
    assert expected in article.cleaned_text


def test_html_is_stored_as_plain_text(capsys, db, tmp_path):
    page = (
        "<html><head><title>Border <b>news</b></title><style>p{color:red}</style>"
        "<script>alert('x')</script></head><body><article><p onclick=\"alert(1)\">"
        + ARTICLE.replace("\n", " ")
        + ' <a href="javascript:alert(2)">more</a></p><iframe src="https://evil.example">'
        "</iframe><p>The ministry of the interior in Warsaw gave no figure for the number of "
        "people waiting at the crossing that evening.</p></article></body></html>"
    )
    status, lines, err = run(
        capsys, "add", str(write(tmp_path, "page.html", page)), "--db", str(db)
    )
    assert status == 0, (lines, err)
    article = next(a for a in store.read_articles(db) if a.file_name == "page.html")
    for fragment in ("<", "alert", "javascript", "color:red", "evil.example"):
        assert fragment not in article.original_text


def test_labels_lose_control_direction_and_zero_width_characters(capsys, db, tmp_path):
    outlet = "**Bold** <i>Outlet</i>\u202e\u200b\x07 News"
    status, _, _ = run(
        capsys,
        "add",
        str(write(tmp_path, "a.txt", ARTICLE)),
        "--db",
        str(db),
        "--outlet",
        outlet,
        "--title",
        "# Title\u2066 [x](javascript:y)",
    )
    assert status == 0
    article = next(a for a in store.read_articles(db) if a.file_name == "a.txt")
    assert article.outlet == "**Bold** <i>Outlet</i> News"  # shown escaped by the pages
    assert article.title == "# Title [x](javascript:y)"


@pytest.mark.parametrize(
    ("given_name", "safe"),
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("C:\\Users\\x\\report.md", "report.md"),
        ("..", "pasted.txt"),
        (".hidden.txt", "hidden.txt"),
        ("a\u202egnp.txt", "agnp.txt"),
        ("", "pasted.txt"),
    ],
)
def test_path_like_names_become_plain_names(given_name, safe):
    assert ingest.safe_file_name(given_name) == safe
    assert "/" not in ingest.article_id_for(safe, b"x") and ".." not in ingest.article_id_for(
        safe, b"x"
    )


# ------------------------------------------------------------------- clusters


def test_incremental_clusters_equal_a_full_rebuild(capsys, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in settings.SEEDS_DIR.iterdir():
        shutil.copy(seed, corpus / seed.name)
    path = tmp_path / "store.duckdb"
    store.build_store([corpus], None, path)
    extra = write(tmp_path, "extra.txt", ARTICLE + OTHER)
    status, _, _ = run(capsys, "add", str(extra), "--db", str(path))
    assert status == 0
    incremental = snapshot(path)
    store.build_store([corpus], None, path, force=True)  # re-reads the added article too
    assert snapshot(path) == incremental


# ------------------------------------------------------------------- transactions

WRITER = """
import sys, time
from pathlib import Path
from crisis_timeline import store
path = Path(sys.argv[1])
with store.store_lock(path), store.writing(path) as con:
    con.execute("DELETE FROM events")
    con.execute("DELETE FROM articles")
    print("half-way", flush=True)
    time.sleep(60)
"""


def test_a_writer_killed_mid_transaction_leaves_the_store_intact(db):
    before = snapshot(db)
    writer = subprocess.Popen(
        [PYTHON, "-c", WRITER, str(db)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout.readline().strip() == "half-way"
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.wait(timeout=30)
    assert snapshot(db) == before
    with store.store_lock(db, timeout=5):  # the lock died with its process
        pass


def test_two_writers_at_once_lose_nothing(db, tmp_path):
    files = [write(tmp_path, "one.txt", ARTICLE), write(tmp_path, "two.txt", OTHER)]
    processes = [
        subprocess.Popen(
            [PYTHON, "-m", "crisis_timeline", "add", str(f), "--db", str(db)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for f in files
    ]
    results = [p.communicate(timeout=240) for p in processes]
    assert [p.returncode for p in processes] == [0, 0], results
    ids = {a.id for a in store.read_articles(db)}
    assert any(i.startswith("one-") for i in ids) and any(i.startswith("two-") for i in ids)


# ------------------------------------------------------------------- corrections


def test_a_correction_survives_a_full_rebuild_and_can_be_undone(capsys, tmp_path):
    path = tmp_path / "store.duckdb"
    store.build_store([settings.SEEDS_DIR], None, path)
    event = store.read_events(path).iloc[0]
    made = corrections.add_correction(
        path, "date", event["event_id"], {"date": "2021-11-30", "precision": "day"}
    )
    store.build_store([settings.SEEDS_DIR], None, path, force=True)
    rebuilt = store.read_events(path).set_index("event_id").loc[event["event_id"]]
    assert rebuilt["date"].isoformat() == "2021-11-30"
    assert rebuilt["date_reason"].startswith("corrected by hand (machine: date ")
    status, lines, _ = run(capsys, "corrections", "--db", str(path))
    listed = json.loads(lines[0])
    assert status == 0 and listed["correction_id"] == made.correction_id
    assert listed["machine"]["date"] == event["date"].isoformat()
    status, lines, _ = run(capsys, "corrections", "--db", str(path), "--undo", made.correction_id)
    assert status == 0 and lines[0].startswith(f"undone {made.correction_id}")
    back = store.read_events(path).set_index("event_id").loc[event["event_id"]]
    assert back["date"] == event["date"]


@pytest.mark.parametrize(
    ("kind", "value", "check"),
    [
        ("type", {"event_type": "clash"}, lambda row, _: row["event_type"] == "clash"),
        ("places", {"places": ["Grodno"]}, lambda row, _: row["places"] == ["Grodno"]),
        ("not_event", {}, lambda row, _: row is None),
    ],
)
def test_event_corrections_apply_when_reading(db, kind, value, check):
    event_id = store.read_events(db).iloc[0]["event_id"]
    corrections.add_correction(db, kind, event_id, value)
    events = store.read_events(db).set_index("event_id")
    row = events.loc[event_id] if event_id in events.index else None
    assert check(row, events)


def test_merge_and_split_change_the_stories(db):
    events = store.read_events(db)
    sizes = events["cluster_id"].value_counts()
    big = sizes.index[0]
    small = sizes.index[-1]
    corrections.add_correction(db, "merge", small, {"into": big})
    merged = store.read_events(db)
    assert small not in set(merged["cluster_id"])
    assert small not in {c.cluster_id for c in store.read_clusters(db)}
    member = merged[merged["cluster_id"] == big]["event_id"].iloc[0]
    corrections.add_correction(db, "split", big, {"event_ids": [member]})
    split = store.read_events(db).set_index("event_id")
    assert split.loc[member, "cluster_id"].startswith(f"{big}-split-")
    assert any(c.label.endswith("(split)") for c in store.read_clusters(db))


def test_a_bad_correction_is_refused(db):
    with pytest.raises(CrisisTimelineError, match="precision must be one of"):
        corrections.add_correction(
            db,
            "date",
            store.read_events(db).iloc[0]["event_id"],
            {"date": "2021-11-01", "precision": "aeon"},
        )
    with pytest.raises(CrisisTimelineError, match="no event"):
        corrections.add_correction(db, "type", "nope", {"event_type": "clash"})


# ------------------------------------------------------------------- property


@hypothesis_settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=600),
    extension=st.sampled_from([".txt", ".md", ".html"]),
)
def test_random_text_loads_extracts_and_keeps_offsets_valid(text, extension):
    submission = ingest.Submission(name=f"random{extension}", raw=text.encode("utf-8"))
    try:
        article = ingest.prepare(submission)
    except CrisisTimelineError:
        return
    events = ingest.extract(article)
    for start, end in zip(events["start"], events["end"], strict=True):
        assert 0 <= start <= end <= len(article.original_text)
    rows = store._events_for_storage(events)  # what the store would hold
    assert len(store._events_from_storage(rows)) == len(events)
