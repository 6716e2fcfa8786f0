#!/usr/bin/env python3
"""Set up and run Crisis Timeline with nothing but Python 3.11: `python3 tasks.py run|test`.

`run`  creates .venv, installs requirements.txt, builds the event store from seeds/ and
       starts the app (http://localhost:8501).
`test` creates .venv, installs requirements-dev.txt, makes sure a browser is there for the
       browser suite (Debian's chromium, installed with apt-get when run as root; never a
       downloaded browser) and axe-core for its accessibility checks (npm, pinned in
       tests/a11y/package-lock.json), and runs the whole pytest suite.
Standard library only: this file runs before any dependency exists.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
CHROMIUM = Path("/usr/bin/chromium")
A11Y = ROOT / "tests" / "a11y"  # package.json pinning axe-core


def _ensure_venv(requirements: str) -> None:
    """Create .venv and install `requirements` once (re-installs when the file changes)."""
    if not PYTHON.exists():
        print(f"Creating virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / f".installed-{requirements}"
    digest = hashlib.sha256()
    for name in ("requirements.txt", requirements):
        digest.update((ROOT / name).read_bytes())
    if stamp.exists() and stamp.read_text() == digest.hexdigest():
        return
    print(f"Installing {requirements} ...", flush=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run(
        [str(PYTHON), "-m", "pip", "install", "--quiet", "-r", str(ROOT / requirements)], check=True
    )
    stamp.write_text(digest.hexdigest())


def _ensure_chromium() -> None:
    """Debian's chromium for the browser suite; installed with apt-get when we are root."""
    if CHROMIUM.exists():
        return
    apt = shutil.which("apt-get")
    if apt and hasattr(os, "geteuid") and os.geteuid() == 0:
        print("Installing Debian's chromium for the browser tests ...", flush=True)
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        result = subprocess.run([apt, "install", "-y", "-q", "chromium"], env=env)
        if result.returncode != 0:
            subprocess.run([apt, "update", "-q"], env=env)
            subprocess.run([apt, "install", "-y", "-q", "chromium"], env=env)
    if not CHROMIUM.exists():
        print(
            "No /usr/bin/chromium: the browser tests will be skipped "
            "(install Debian's `chromium` package to run them; with CI=true they fail instead).",
            flush=True,
        )


def _ensure_axe() -> None:
    """axe-core for the accessibility checks, from npm (tests/a11y/package-lock.json)."""
    if (A11Y / "node_modules" / "axe-core" / "axe.min.js").exists():
        return
    npm = shutil.which("npm")
    apt = shutil.which("apt-get")
    if not npm and apt and hasattr(os, "geteuid") and os.geteuid() == 0:
        print("Installing Debian's npm for the accessibility tests ...", flush=True)
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        if subprocess.run([apt, "install", "-y", "-q", "npm"], env=env).returncode != 0:
            subprocess.run([apt, "update", "-q"], env=env)
            subprocess.run([apt, "install", "-y", "-q", "npm"], env=env)
        npm = shutil.which("npm")
    if npm:
        print("Installing axe-core for the accessibility tests ...", flush=True)
        subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--prefix", str(A11Y)])
    if not (A11Y / "node_modules" / "axe-core").exists():
        print(
            "No axe-core: the accessibility tests will be skipped "
            "(with CI=true they fail instead).",
            flush=True,
        )


def run(extra: list[str]) -> int:
    _ensure_venv("requirements.txt")
    built = subprocess.run([str(PYTHON), "-m", "crisis_timeline", "build", str(ROOT / "seeds")])
    if built.returncode != 0:
        print("The seed store could not be built (see the line above); not starting the app.")
        return built.returncode
    command = [str(PYTHON), "-m", "streamlit", "run", str(ROOT / "app.py"), *extra]
    # The server replaces this process, so stopping `tasks.py run` (Ctrl-C, kill) stops it:
    # a child would outlive a killed parent and keep the port.
    os.chdir(ROOT)
    os.execv(command[0], command)
    return 0  # not reached


def test(extra: list[str]) -> int:
    _ensure_venv("requirements-dev.txt")
    _ensure_chromium()
    _ensure_axe()
    return subprocess.call([str(PYTHON), "-m", "pytest", *extra], cwd=ROOT)


def main(argv: list[str]) -> int:
    commands = {"run": run, "test": test}
    if not argv or argv[0] not in commands:
        print(__doc__)
        return 2
    return commands[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
