"""`correct` on the command line and the corrected-by-hand marker: each kind of correction
through the CLI, what the event table then says (corrected, machine_reading), refusals as
one line, and the event card's panel (AppTest) saving a correction and undoing it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from crisis_timeline import corrections, settings, store
from tests.cli_support import run_cli


def run(capsys, *argv: str) -> tuple[int, list[str], str]:
    """The CLI in process: exit status, the non-empty lines it printed, its stderr."""
    status, out, err = run_cli(capsys, *argv)
    return status, [line for line in out.splitlines() if line.strip()], err


def first_event(path: Path):
    return store.read_events(path).sort_values("event_id").iloc[0]


@pytest.mark.parametrize(
    ("flags", "column", "expected", "reading"),
    [
        (["--date", "2021-11-16"], "date", "2021-11-16", "date "),
        (
            ["--date", "2021-11-13", "--date-end", "2021-11-14", "--precision", "weekend"],
            "precision",
            "weekend",
            "date ",
        ),
        (["--type", "clash"], "event_type", "clash", "type "),
        (["--places", "Grodno, Kuźnica"], "places", ["Grodno", "Kuźnica"], "places "),
    ],
)
def test_correct_changes_the_event_and_marks_it(capsys, db, flags, column, expected, reading):
    event = first_event(db)
    status, lines, err = run(capsys, "correct", event["event_id"], *flags, "--db", str(db))
    assert status == 0, err
    made = json.loads(lines[0])
    assert made["target"] == event["event_id"] and made["correction_id"].startswith("k-")
    row = store.read_events(db).set_index("event_id").loc[event["event_id"]]
    value = row[column].isoformat() if column == "date" else row[column]
    assert value == expected
    assert row["corrected"] and row["machine_reading"].startswith(reading)
    assert row["date_reason"].startswith("corrected by hand (machine: ")
    machine = store.read_events(db, corrected=False).set_index("event_id").loc[event["event_id"]]
    assert not machine["corrected"] and machine["machine_reading"] is None


def test_an_uncorrected_event_says_so(db):
    events = store.read_events(db)
    assert not events["corrected"].any() and events["machine_reading"].isna().all()


def test_not_event_hides_it_and_undo_brings_it_back(capsys, db):
    event = first_event(db)
    status, lines, _ = run(capsys, "correct", event["event_id"], "--not-event", "--db", str(db))
    assert status == 0
    assert event["event_id"] not in set(store.read_events(db)["event_id"])
    made = json.loads(lines[0])["correction_id"]
    status, lines, _ = run(capsys, "corrections", "--undo", made, "--db", str(db))
    assert status == 0 and lines[0].startswith(f"undone {made}")
    assert event["event_id"] in set(store.read_events(db)["event_id"])


def test_merge_and_split_through_the_cli(capsys, db):
    events = store.read_events(db)
    sizes = events["cluster_id"].value_counts()
    big, small = sizes.index[0], sizes.index[-1]
    status, _, err = run(capsys, "correct", "--merge", small, big, "--db", str(db))
    assert status == 0, err
    merged = store.read_events(db)
    assert small not in set(merged["cluster_id"])
    moved = merged[merged["cluster_id"] == big]
    assert moved["corrected"].any()
    member = events[events["cluster_id"] == big]["event_id"].iloc[0]
    status, _, err = run(capsys, "correct", "--split", member, "--db", str(db))
    assert status == 0, err
    split = store.read_events(db).set_index("event_id").loc[member]
    assert split["cluster_id"].startswith(f"{big}-split-") and split["corrected"]


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["correct", "nope", "--type", "clash"], "no event 'nope'"),
        (["correct", "--type", "clash"], "give the EVENT_ID"),
        (["correct", "X", "--type", "nonsense"], "invalid choice"),
        (["correct", "X", "--date", "2021-02-31"], "not a date"),
        (["correct", "X", "--type", "clash", "--precision", "week"], "go with --date"),
        (["correct", "--merge", "c-nope", "c-other"], "no story 'c-nope'"),
        (["correct", "X"], "one of the arguments"),
        (["corrections", "--undo", "k-nope"], "no correction 'k-nope'"),
    ],
)
def test_bad_corrections_are_one_line_and_change_nothing(capsys, db, argv, fragment):
    status, lines, err = run(capsys, *argv, "--db", str(db))
    assert status == 2 and not lines
    assert err.startswith("error: ") and fragment in err, err
    assert corrections.list_corrections(db) == []


def test_corrections_lists_json_lines(capsys, db):
    event = first_event(db)
    run(capsys, "correct", event["event_id"], "--type", "clash", "--note", "typo", "--db", str(db))
    status, lines, _ = run(capsys, "corrections", "--db", str(db))
    listed = [json.loads(line) for line in lines]
    assert status == 0 and [c["kind"] for c in listed] == ["type"]
    assert listed[0]["note"] == "typo" and listed[0]["machine"]["event_type"]


def test_exports_carry_the_correction(capsys, db):
    event = first_event(db)
    run(capsys, "correct", event["event_id"], "--type", "clash", "--db", str(db))
    status, lines, _ = run(capsys, "export", "--format", "json", "--background", "--db", str(db))
    assert status == 0
    text = "\n".join(lines)
    assert '"corrected": true' in text.replace(" ", " ") or '"corrected":true' in text
    assert "corrected by hand (machine: type " in text


# ------------------------------------------------------------------- the event card (AppTest)


def test_the_event_card_saves_a_correction_and_undoes_it(db, monkeypatch):
    monkeypatch.setenv(settings.DB_ENV_VAR, str(db))
    monkeypatch.chdir(settings.PROJECT_ROOT)
    event = first_event(db)
    at = AppTest.from_file(str(settings.PROJECT_ROOT / "app.py"), default_timeout=90)
    at.query_params["event"] = event["event_id"]
    at.run()
    at.switch_page("pages/timeline.py").run()
    assert not at.exception
    type_box = next(s for s in at.selectbox if s.label == "Type")
    type_box.set_value("clash").run()
    next(b for b in at.button if b.label == "Save the type").click().run()
    assert not at.exception
    assert any("Type corrected" in s.value for s in at.success)
    assert any("corrected by hand" in c.value for c in at.caption)
    row = store.read_events(db).set_index("event_id").loc[event["event_id"]]
    assert row["event_type"] == "clash" and row["corrected"]
    next(b for b in at.button if b.label == "Undo the last correction").click().run()
    assert not at.exception
    assert corrections.list_corrections(db) == []
