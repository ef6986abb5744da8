"""The ``newsnorm`` command: normalise a file, or serve the API under gunicorn."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from typing import Any

from marshmallow import ValidationError

from schemas import NormaliseRequestSchema, article_document

from .bodies import decode_html
from .config import ConfigError, from_environment
from .records import normalise_loaded


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    return int(args.run(args))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsnorm", description=__doc__)
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    normalise = commands.add_parser("normalise", help="print the Article JSON of an article's text or HTML file")
    normalise.add_argument(
        "file", nargs="?", default="-", help="a UTF-8 text file or an HTML page, or - for stdin (default)"
    )
    normalise.add_argument(
        "--html",
        action=argparse.BooleanOptionalAction,
        help="read the file as HTML (default: when it is named *.html or *.htm, or begins like a page)",
    )
    normalise.add_argument(
        "--url",
        help="the page's address (never fetched: it names the outlet; its slug and date witness the headline and day)",
    )
    normalise.add_argument(
        "--timezone", help="output zone (IANA name or offset); default NEWSNORM_DEFAULT_TIMEZONE, else Asia/Shanghai"
    )
    normalise.add_argument("--assume-timezone", help="zone for timestamps that state none")
    normalise.add_argument("--reference-date", help="YYYY-MM-DD or RFC 3339 date-time anchoring year-less dates")
    normalise.add_argument("--provenance", action="store_true", help="add where each field came from")
    normalise.set_defaults(run=_normalise)

    bulk = commands.add_parser(
        "bulk",
        help="normalise JSON Lines of records, one result per line, in input order",
        description='Each input line is a record: {"id", "text" | "html", "url"?, "options"?}, as a '
        'batch item. Each output line is its result: {"id", "article"}, or {"id", "error"} with the '
        "problem of that record alone. NEWSNORM_* settings apply as in the service (the default zone, the "
        "time budget per record).",
    )
    bulk.add_argument("input", help="a JSON Lines file, or - for stdin")
    bulk.add_argument("-o", "--output", default="-", help="the results' file, or - for stdout (default)")
    bulk.add_argument("--jobs", type=_jobs, default=1, help="processes to spread the work over (default 1)")
    bulk.add_argument(
        "--resume", action="store_true", help="skip the records whose results OUTPUT already holds, and append"
    )
    bulk.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        help="show a progress bar on stderr (default: when stderr is a terminal)",
    )
    bulk.set_defaults(run=_bulk)

    serve = commands.add_parser("serve", help="run the HTTP service under gunicorn")
    serve.add_argument("--bind", help="HOST:PORT; default 127.0.0.1:8000 or NEWSNORM_BIND")
    serve.add_argument("--workers", type=int, help="worker processes; default from WEB_CONCURRENCY or the CPUs")
    serve.set_defaults(run=_serve)
    return parser


def _fail(message: str) -> int:
    print(f"newsnorm: {message}", file=sys.stderr)
    return 1


def _normalise(args: argparse.Namespace) -> int:
    try:
        if args.file == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(args.file, "rb") as handle:
                data = handle.read()
    except OSError as error:
        return _fail(f"cannot read {args.file}: {error.strerror}")
    is_html = args.html if args.html is not None else _looks_like_html(args.file, data)
    if is_html:
        page = {"html": decode_html(data, None)}
    else:
        try:
            page = {"text": data.decode("utf-8-sig")}
        except UnicodeDecodeError as error:
            return _fail(f"{args.file} is not valid UTF-8 (byte {error.start})")
    if args.url is not None:
        page["url"] = args.url

    options: dict[str, Any] = {
        name: value
        for name, value in (
            ("timezone", args.timezone),
            ("assume_timezone", args.assume_timezone),
            ("reference_date", args.reference_date),
        )
        if value is not None
    }
    if args.provenance:
        options["provenance"] = True
    try:
        loaded = NormaliseRequestSchema().load({**page, "options": options})
    except ValidationError as error:
        return _fail(f"invalid input: {json.dumps(error.messages, ensure_ascii=False)}")
    try:
        settings = from_environment(os.environ)
    except ConfigError as error:
        return _fail(str(error))
    article = normalise_loaded(loaded, settings, deadline=None)  # a file of one's own: no time budget
    try:
        json.dump(article_document(article), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away ("| head"): not an error of ours
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's final flush quiet
    return 0


_PAGE_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!doctype\s+html|<html|<head|<!--)", re.IGNORECASE)


def _looks_like_html(name: str, data: bytes) -> bool:
    return name.lower().endswith((".html", ".htm", ".xhtml")) or _PAGE_START.match(data[:512]) is not None


def _jobs(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 256:
        raise argparse.ArgumentTypeError(f"a number of processes from 1 to 256, not {value!r}")
    return int(value)


def _bulk(args: argparse.Namespace) -> int:
    from .bulk import run

    try:
        settings = from_environment(os.environ)
    except ConfigError as error:
        return _fail(str(error))
    return run(args.input, args.output, settings=settings, jobs=args.jobs, resume=args.resume, progress=args.progress)


def _serve(args: argparse.Namespace) -> int:
    from gunicorn.app.wsgiapp import run

    argv = ["gunicorn", "--config", "python:service.gunicorn_conf"]
    if args.bind:
        argv += ["--bind", args.bind]
    if args.workers:
        argv += ["--workers", str(args.workers)]
    sys.argv = [*argv, "service:create_app()"]
    run()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
