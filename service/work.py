"""Where the CPU-bound work of a request runs, and the two ways it can fail to run.

The views hand each normalisation to ``app.extensions["newsnorm.run"]``: a function that
takes the work and the request's deadline and returns the work's result. By default it
runs the work right there (tests, a plain WSGI server). The service's gunicorn worker
(:mod:`service.server`) puts its own in place, which runs the work on a thread of its own
so that the connections keep being served meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

T = TypeVar("T")


class Busy(Exception):
    """The request waited for its turn until its deadline had passed: the server's load."""


class Overrun(Exception):
    """The work ran on past its deadline and the grace after it: the server's fault."""


class Runner(Protocol):
    def __call__(self, work: Callable[[], T], deadline: float) -> T: ...


def run_here(work: Callable[[], T], deadline: float) -> T:
    """Run ``work`` at once, in this thread; its own checks of the deadline stop it."""
    return work()
