"""forked.Pending: a computation in a forked child, its result or its error brought back."""

from __future__ import annotations

import os

import pytest

from crisis_timeline import forked


def _pid_and_total(values: list[int]) -> tuple[int, int]:
    return os.getpid(), sum(values)


def test_result_comes_from_a_child_that_read_the_objects_unpickled():
    values = list(range(1000))
    pending = forked.Pending(lambda: _pid_and_total(values), fork=True)
    values.append(10**6)  # after the fork: the child's copy does not see it
    pid, total = pending.result()
    assert pid != os.getpid()
    assert total == sum(range(1000))


def test_without_fork_it_runs_here_when_asked():
    values = [1, 2]
    pending = forked.Pending(lambda: _pid_and_total(values), fork=False)
    values.append(3)
    assert pending.result() == (os.getpid(), 6)


def test_an_error_in_the_child_is_raised_where_the_result_is_asked_for():
    def fails() -> None:
        raise ValueError("no profiles")

    pending = forked.Pending(fails, fork=True)
    with pytest.raises(ValueError, match="no profiles"):
        pending.result()


def test_close_stops_a_child_whose_result_is_not_wanted():
    import time

    pending = forked.Pending(lambda: time.sleep(60), fork=True)
    started = time.perf_counter()
    pending.close()
    assert time.perf_counter() - started < 10
    pending.close()  # twice is harmless
