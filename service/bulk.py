"""``newsnorm bulk``: JSON Lines of records in, one result per line out, in input order.

Each input line is a record (:mod:`service.records`); each output line is its result:
the Article, or the problem with that record alone, so that a bad record never stops
the run and is never dropped. A line that holds no record with an id (not JSON, no
``id``) gets a problem result carrying its ``line`` number.

The work is spread over ``--jobs`` processes in chunks, at most a few chunks ahead of
the writer, so that memory stays flat however long the input. Results are written in
input order, so the output is always the results of a prefix of the input (less what
``--resume`` skipped): on Ctrl-C every result made in order is written and flushed, and
``--resume`` carries on from there, skipping the ids (and numbered lines) already in
the output.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections import deque
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult, Pool
from typing import IO

import orjson

from .bodies import parse_json
from .config import Settings
from .problems import Problem, problem_body
from .records import Normaliser, record_id
from .responses import encode_json

#: Records sent to a process at once: enough to make the hand-over cheap, few enough
#: that a Ctrl-C loses little work in progress.
CHUNK_RECORDS = 16
#: Bytes of input in one chunk at most (pages' HTML runs to megabytes).
CHUNK_BYTES = 4 * 1024 * 1024
#: Chunks in work or waiting per process: keeps every process busy while the writer
#: catches up, and bounds what the run holds in memory.
CHUNKS_AHEAD = 4


@dataclass(slots=True)
class Done:
    """What an earlier run's output already holds: the ids it answered, and the line
    numbers of the records it answered without one."""

    ids: set[str] = field(default_factory=set)
    lines: set[int] = field(default_factory=set)


@dataclass(slots=True)
class Tally:
    articles: int = 0
    problems: int = 0
    skipped: int = 0

    @property
    def written(self) -> int:
        return self.articles + self.problems


# -- one line ----------------------------------------------------------------------

_normaliser: Normaliser | None = None
_done = Done()


def _start_process(settings: Settings, done: Done) -> None:
    """A worker process's one normaliser; Ctrl-C is the parent's to handle."""
    global _normaliser, _done
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _normaliser, _done = Normaliser(settings), done


#: What became of an input line: its output line, and whether it holds an article (True),
#: a problem (False), or nothing, an earlier run having answered it (None).
Made = tuple[bool | None, bytes]


def result_line(normaliser: Normaliser, number: int, line: bytes, done: Done) -> Made:
    """What input line ``number`` (from 1) makes: a result and a newline, or nothing."""
    try:
        record = parse_json(line)
    except Problem as problem:
        if number in done.lines:
            return None, b""
        error = problem_body(400, f"Line {number} holds no record: {problem.description}")
        return False, encode_json({"id": None, "line": number, "error": error}) + b"\n"
    name = record_id(record)
    if (name in done.ids) if name is not None else (number in done.lines):
        return None, b""
    result = normaliser.guarded_result(record)
    if result["id"] is None:
        result = {"id": None, "line": number, **result}
    return "article" in result, encode_json(result) + b"\n"


def _chunk_lines(chunk: list[tuple[int, bytes]]) -> list[Made]:
    assert _normaliser is not None, "the worker process was not started"
    return [result_line(_normaliser, number, line, _done) for number, line in chunk]


# -- the run -----------------------------------------------------------------------


def chunks(lines: Iterator[bytes]) -> Iterator[list[tuple[int, bytes]]]:
    """Numbered input lines, a chunk at a time (the line ending kept off)."""
    chunk: list[tuple[int, bytes]] = []
    size = 0
    for number, line in enumerate(lines, 1):
        chunk.append((number, line.rstrip(b"\r\n")))
        size += len(line)
        if len(chunk) >= CHUNK_RECORDS or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def results(lines: Iterator[bytes], settings: Settings, done: Done, jobs: int) -> Iterator[tuple[int, list[Made]]]:
    """Each chunk's output lines, in input order, with the number of input lines it took."""
    if jobs <= 1:
        normaliser = Normaliser(settings)
        for chunk in chunks(lines):
            yield len(chunk), [result_line(normaliser, number, line, done) for number, line in chunk]
        return
    pool = Pool(jobs, initializer=_start_process, initargs=(settings, done))
    try:
        pending: deque[tuple[int, AsyncResult[list[Made]]]] = deque()
        for chunk in chunks(lines):
            pending.append((len(chunk), pool.apply_async(_chunk_lines, (chunk,))))
            if len(pending) >= jobs * CHUNKS_AHEAD:
                count, made = pending.popleft()
                yield count, made.get()
        while pending:
            count, made = pending.popleft()
            yield count, made.get()
        pool.close()
    finally:
        pool.terminate()  # Ctrl-C, or a writer that went away: the work in hand is dropped
        pool.join()


def read_done(path: str) -> Done:
    """The ids and line numbers an earlier run's output answered. A last line cut short
    (a run killed outright) is removed from the file, to be made again."""
    done = Done()
    if not os.path.exists(path):
        return done
    with open(path, "rb+") as handle:
        kept = 0
        for line in handle:
            if not line.endswith(b"\n"):
                break
            kept += len(line)
            try:
                result = orjson.loads(line)
            except orjson.JSONDecodeError:
                continue
            if isinstance(result, dict):
                if isinstance(result.get("id"), str):
                    done.ids.add(result["id"])
                elif isinstance(result.get("line"), int):
                    done.lines.add(result["line"])
        handle.truncate(kept)
    return done


def count_lines(path: str) -> int | None:
    """Lines in a regular file (for the progress bar's time left), else None."""
    if path == "-" or not os.path.isfile(path):
        return None
    count = 0
    last = b"\n"
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            count += block.count(b"\n")
            last = block[-1:]
    return count + (last != b"\n")


def run(source: str, target: str, *, settings: Settings, jobs: int, resume: bool, progress: bool | None) -> int:
    """Write the results of ``source``'s records to ``target``; the exit status."""
    if resume and target == "-":
        print("newsnorm: --resume needs an output file (-o FILE), not stdout", file=sys.stderr)
        return 2
    from tqdm import tqdm

    done = read_done(target) if resume else Done()
    tally = Tally()
    started = time.perf_counter()
    with ExitStack() as stack:
        try:
            inp: IO[bytes] = sys.stdin.buffer if source == "-" else stack.enter_context(open(source, "rb"))
            out: IO[bytes] = (
                sys.stdout.buffer if target == "-" else stack.enter_context(open(target, "ab" if resume else "wb"))
            )
        except OSError as error:
            print(f"newsnorm: cannot open {error.filename}: {error.strerror}", file=sys.stderr)
            return 1
        # A tqdm bar on a terminal only (disable=None): records/s and the time left.
        tqdm.monitor_interval = 0  # no monitor thread in a process that forks workers
        bar = stack.enter_context(
            tqdm(
                total=count_lines(source) if progress is not False else None,
                unit=" records",
                file=sys.stderr,
                disable=None if progress is None else not progress,
                dynamic_ncols=True,
            )
        )
        try:
            for count, made in results(iter(inp), settings, done, jobs):
                for is_article, line in made:
                    if is_article is None:
                        tally.skipped += 1
                        continue
                    out.write(line)
                    if is_article:
                        tally.articles += 1
                    else:
                        tally.problems += 1
                bar.update(count)
            out.flush()
        except KeyboardInterrupt:
            out.flush()
            bar.close()
            print(
                f"newsnorm: interrupted; {tally.written} results written in input order. "
                "Run again with --resume to carry on.",
                file=sys.stderr,
            )
            return 130
        except BrokenPipeError:  # the reader went away ("| head"): not an error of ours
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's final flush quiet
            return 0
    seconds = time.perf_counter() - started
    rate = tally.written / seconds if seconds else 0.0
    print(
        f"newsnorm: {tally.written} results ({tally.articles} articles, {tally.problems} problems), "
        f"{tally.skipped} skipped as done, in {seconds:.1f} s ({rate:.0f} records/s)",
        file=sys.stderr,
    )
    return 0
