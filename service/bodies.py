"""Reading request bodies: media type, size, decoding and JSON, each failure a clear problem.

A body is read whole or not at all: one over the limit is 413 whether it states its
length or comes in chunks, one that ends before its stated length is 400, and one that
does not arrive in time is 408. No answer is ever given on part of a body.
"""

from __future__ import annotations

import codecs
import json
import time
from typing import Any

from flask import Request

from .problems import Problem
from .work import Stopping

_JSON_TYPES = ("application/json",)
#: Python's text codecs that are no character set a client could mean.
_NOT_CHARSETS = frozenset({"idna", "punycode", "raw-unicode-escape", "unicode-escape", "undefined"})
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
        raise _too_large(limit)
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
        raise _too_large(limit)
    return b"".join(chunks)


def _too_large(limit: int) -> Problem:
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


def require_json(request: Request) -> None:
    """415 unless the request says it sends JSON."""
    if not is_json(request):
        got = request.mimetype or "no Content-Type"
        raise Problem(415, f"Send application/json; got {got}.")
