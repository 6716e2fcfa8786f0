"""Entry point for `python -m crisis_timeline`."""

from __future__ import annotations

import sys

from crisis_timeline.cli import main

sys.exit(main())
