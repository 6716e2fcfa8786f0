"""The command line run in process, for the CLI test files."""

from __future__ import annotations

import io
import sys

from crisis_timeline import cli


def run_cli(capsys, *argv: str, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    """`python -m crisis_timeline ARGV` in process: exit status, stdout, stderr."""
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err
