"""Reading request bodies: media type, size, decoding and JSON, each failure a clear problem.

A body is read whole or not at all: one over the limit is 413 whether it states its
length or comes in chunks, one that ends before its stated length is 400, and one that
does not arrive in time is 408. No answer is ever given on part of a body.
"""

from __future__ import annotations

import codecs
import json
import re
import time
from typing import Any

from flask import Request

from .problems import Problem
from .work import Stopping

_JSON_TYPES = ("application/json",)
#: Python's text codecs that are no character set a client could mean.
_NOT_CHARSETS = frozenset({"idna", "punycode", "raw-unicode-escape", "unicode-escape", "undefined"})
#: A page's own charset declaration, looked for in its first bytes as the HTML standard says.
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_PRESCAN_BYTES = 1024
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
#: Bytes asked of the server per read.
_CHUNK = 64 * 1024


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def is_json(request: Request) -> bool:
    mimetype = request.mimetype
    return mimetype in _JSON_TYPES or (mimetype.startswith("application/") and mimetype.endswith("+json"))


def read_body(request: Request, *, limit: int, seconds: float) -> bytes:
    """The whole body, at most ``limit`` bytes, received within ``seconds``.

    The server bounds each read (a socket timeout); this bounds their sum. A body that
    states a length over the limit is refused before a byte of it is read.
    """
    length = request.content_length
    if length is not None and length > limit:
        raise too_large(limit)
    # A body without a length (chunked) is read until it ends, or until it passes the limit.
    expected = length if length is not None else limit + 1
    source = request.environ["wsgi.input"]
    deadline = time.monotonic() + seconds
    chunks: list[bytes] = []
    received = 0
    while received < expected:
        if time.monotonic() > deadline:
            raise _too_slow(seconds)
        try:
            chunk = source.read(min(_CHUNK, expected - received))
        except TimeoutError:
            raise _too_slow(seconds) from None
        except Stopping:
            raise
        except Exception as error:  # what the server raises for a broken body: bad chunks, a reset
            raise Problem(400, f"The body could not be read: {error or type(error).__name__}.") from None
        if not chunk:
            break
        chunks.append(chunk)
        received += len(chunk)
    if length is not None and received < length:
        raise Problem(400, f"The body ended after {received} of the {length} bytes its Content-Length states.")
    if received > limit:
        raise too_large(limit)
    return b"".join(chunks)


def too_large(limit: int) -> Problem:
    return Problem(413, f"The body is larger than this service takes ({limit} bytes).")


def _too_slow(seconds: float) -> Problem:
    return Problem(408, f"The body did not arrive within {seconds:g} s.")


def parse_json(data: bytes) -> Any:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise Problem(400, "The JSON body must be encoded as UTF-8, not UTF-16.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise Problem(400, f"The body is not valid UTF-8 (byte {error.start}).") from None
    return parse_json_text(text)


def parse_json_text(text: str) -> Any:
    """A JSON document already decoded (a line an engine read as text)."""
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise Problem(400, "The JSON body is nested too deeply.") from None
    except ValueError as error:
        raise Problem(400, f"The body is not valid JSON: {error}.") from None


def decode_text(data: bytes, charset: str) -> str:
    """A text/plain body, decoded with its declared charset.

    Only text encodings count: "rot13", "base64" or "zlib" name codecs of Python's, not
    character sets, and get 415 like an unknown name.
    """
    try:
        info = codecs.lookup(charset)
    except LookupError:
        raise Problem(415, f"Unknown charset {charset!r}; send UTF-8.") from None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        raise Problem(415, f"{charset!r} is not a character set; send UTF-8.")
    try:
        return data.decode("utf-8-sig" if info.name == "utf-8" else info.name)
    except UnicodeDecodeError as error:
        raise Problem(400, f"The body is not valid {charset} (byte {error.start}).") from None
    except UnicodeError:
        raise Problem(400, f"The body is not valid {charset}.") from None


def decode_html(data: bytes, charset: str | None) -> str:
    """A text/html body, decoded as a browser would: by its byte-order mark, else the
    charset of the Content-Type (which wins over the page's own), else the page's
    ``<meta charset>``, else UTF-8, and if it is not UTF-8, windows-1252.

    A charset the client states in the header must fit the bytes (else 400); one the page
    states may be wrong, as real pages' often are, and is tried like a guess.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace")
    if charset is not None:
        return decode_text(data, charset)
    guesses = ["utf-8"]
    declared = _META_CHARSET.search(data, 0, _PRESCAN_BYTES)
    stated = _text_codec(declared[1].decode("ascii")) if declared is not None else None
    if stated is not None and not stated.startswith("utf-16"):  # a declaration in ASCII bytes is no UTF-16
        guesses.insert(0, stated)
    for name in guesses:
        try:
            return data.decode(name)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", errors="replace")


def _text_codec(charset: str) -> str | None:
    """Python's name of a character set, None for names that are no text encoding."""
    try:
        info = codecs.lookup(charset)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return None
    return info.name


def require_json(request: Request) -> None:
    """415 unless the request says it sends JSON."""
    if not is_json(request):
        got = request.mimetype or "no Content-Type"
        raise Problem(415, f"Send application/json; got {got}.")
