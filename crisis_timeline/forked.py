"""One computation in a forked child process while this one goes on (a build's outlet
profiles, computed while the store writes its tables).

The child is forked, so it reads this process's objects as they are (copy-on-write): the
inputs are never pickled, only the result comes back. Where fork is unavailable, or for a
run asked to stay in one process, the computation runs here, when its result is asked for.
An exception in the child is raised again where the result is asked for.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")

# The computation a child about to be forked runs: the fork copies it, nothing is pickled.
_pending: dict[int, Callable[[], object]] = {}


def _run_pending(key: int) -> object:
    return _pending[key]()


class Pending(Generic[T]):
    """compute() under way in a forked child (or not yet run, when no child was used)."""

    def __init__(self, compute: Callable[[], T], fork: bool) -> None:
        self._compute = compute
        self._pool = None
        self._async = None
        if not fork or "fork" not in multiprocessing.get_all_start_methods():
            return
        key = id(compute)
        _pending[key] = compute
        try:
            self._pool = multiprocessing.get_context("fork").Pool(1)  # forks the child here
            self._async = self._pool.apply_async(_run_pending, (key,))
        except OSError:  # no process to be had (limits): computed here instead
            self.close()
        finally:
            _pending.pop(key, None)

    def result(self) -> T:
        """The result, waited for (or computed here); the child is gone afterwards."""
        if self._async is None:
            return self._compute()
        try:
            return self._async.get()  # type: ignore[return-value]
        finally:
            self.close()

    def close(self) -> None:
        """Stop the child if it still runs (the result is no longer wanted)."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
        self._pool = None
        self._async = None
