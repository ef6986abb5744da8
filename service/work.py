"""Where the CPU-bound work of a request runs, and the two ways it can fail to run.

The views hand their work to ``app.extensions["newsnorm.run"]``: a runner that takes the
work (a function of its deadline) and the request's time budget, and returns the work's
result. By default it runs the work right there, its deadline the budget from now
(tests, a plain WSGI server). The service's gunicorn worker (:mod:`service.server`) puts
its own in place, which runs the work on a thread of its own, so that the connections
keep being served meanwhile, and starts the budget when the work does.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol, TypeVar

T = TypeVar("T")


class Busy(Exception):
    """The request waited for its turn until its deadline had passed: the server's load."""


class Overrun(Exception):
    """The work ran on past its deadline and the grace after it: the server's fault."""


class Stopping(Exception):
    """The server is stopping this worker while the request was still arriving: retry."""


class Runner(Protocol):
    def __call__(self, work: Callable[[float], T], budget: float) -> T: ...


def run_here(work: Callable[[float], T], budget: float) -> T:
    """Run ``work`` at once, in this thread, with ``budget`` seconds from now."""
    return work(time.monotonic() + budget)
