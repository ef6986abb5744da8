"""Line roles learned from real pages: which line of a page is its headline.

A linear-chain CRF over the page's lines (the approach GROBID takes for the headers of
scholarly papers). Each line is described by a few dozen discrete features of its
shape (length, case, punctuation, position), of what the shared grammar recognised on
it (a stamp, a byline, chrome), of its place on the page (distance to the first prose
and to the nearest stamp, repetition) and of its neighbours'. The weights were learned
by ``python -m bench.train_roles`` from the labelled pages of the development corpus
(never from the held-out ones) and ship in ``roles.json``; reading them needs nothing
but the standard library.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .layout import Kind, Page
from .text import CJK

MODEL = Path(__file__).with_name("roles.json")

#: The page's first lines are read; the headline stands among them on nearly every page.
MAX_LINES = 250

#: Every feature a line may have (the name before "="), and "none": a missing neighbour.
FEATURES = frozenset(
    {
        "bias", "pos", "chars", "words", "kind", "end", "repeat", "prose", "gap", "before_prose",
        "stamp_below", "stamp_above", "caps", "cjk", "digits", "kind2", "upper", "heads", "sep",
        "titles_below", "colon", "overlap", "short", "title_like", "after_title_like", "before_title_like",
        "none",
    }
)  # fmt: skip
#: The offsets a weight is stored for, in order: the feature of line j at offset o from
#: line i = j - o. The trainer's features reach no further.
_SLOTS = (-2, -1, 0, 1, 2)
#: Neighbours whose features a line's role depends on, by offset.
OFFSETS = tuple(offset for offset in _SLOTS if offset)
#: The features a line lends its neighbours (the prefix before "=").
NEIGHBOUR_FEATURES = frozenset({"chars", "kind", "end", "prose", "gap", "caps", "repeat"})

_ENDS = {".": ".", "!": "!", "?": "?", ":": ":", "：": ":", ";": ";", ",": ",", ")": ")", "|": "|", "»": "»"}
_QUOTES = frozenset("\"'”’»")
_SAMPLE_WORDS = 24
_SAMPLE_CHARS = 160
_ASCII_DIGIT = re.compile("[0-9]")
#: What separates a headline from the site's name in a <title>: " | ", " - ", " » ", ...
TITLE_SEPARATOR = re.compile(r" (?:\||-|–|—|::|·|») ")


def _names(name: str, edges: tuple[float, ...]) -> tuple[str, ...]:
    """The feature for each bucket of ``edges``: name=0 .. name=len(edges)."""
    return tuple(f"{name}={k}" for k in range(len(edges) + 1))


# Buckets: a value falls in the first bucket whose edge is at or above it.
_POS = (0, 1, 2, 4, 8, 16, 32, 64, 128)
_CHARS = (5, 10, 20, 35, 50, 70, 100, 140, 200, 400)
_WORDS = (1, 2, 3, 5, 8, 12, 18, 25, 40)
_CAPS = (0.1, 0.3, 0.5, 0.7, 0.9)
_SHARE = (0, 0.3, 0.7)
_DIGITS = (0, 0.1, 0.3)
_REPEAT = (1, 2)
_BEFORE_PROSE = (-1, 0, 1, 2, 4, 8, 16)
_STAMP = (0, 1, 2, 4, 8)
_TITLES_BELOW = (0, 1, 2, 4)
_TITLES_BELOW_NAMES = _names("titles_below", _TITLES_BELOW)
_OVERLAP = (0, 0.2, 0.4, 0.6)
_OVERLAP_NAMES = _names("overlap", _OVERLAP)
#: The opening paragraphs a headline's words are looked for in, and the longest line compared.
_OPENING_LINES = 2
_MAX_OVERLAP_CHARS = 300
_WORD = re.compile(r"[^\W\d_]{4,}")
# The same words in lower-cased ASCII text, already cut to five: no Python per word.
_ASCII_WORD = re.compile(r"([a-z]{4,5})[a-z]*")
# The features of small integers, formatted once.
_POS_OF = tuple(f"pos={bisect_left(_POS, i)}" for i in range(MAX_LINES))
_CHARS_OF = tuple(f"chars={bisect_left(_CHARS, n)}" for n in range(_CHARS[-1] + 2))
_WORDS_OF = tuple(f"words={bisect_left(_WORDS, n)}" for n in range(_WORDS[-1] + 2))
_CAPS_NAMES = _names("caps", _CAPS)
_CJK_NAMES = _names("cjk", _SHARE)
_DIGITS_NAMES = _names("digits", _DIGITS)
_REPEAT_NAMES = _names("repeat", _REPEAT)
_BEFORE_PROSE_NAMES = _names("before_prose", _BEFORE_PROSE)
_BELOW_NAMES = _names("stamp_below", _STAMP)
_ABOVE_NAMES = _names("stamp_above", _STAMP)
_KIND_NAMES = {kind: f"kind={kind.value}" for kind in Kind}
_KIND2_NAMES = {kind: f"kind2={kind.value}" for kind in Kind}
_END_NAMES = {mark: f"end={value}" for mark, value in _ENDS.items()}


def _content_words(text: str) -> set[str]:
    """Words that carry content: of four letters or more, lower-cased and cut to five
    (a crude stem: "repair", "repairs"); in Chinese, the characters."""
    if text.isascii():
        return set(_ASCII_WORD.findall(text.lower()))
    if CJK.search(text):
        return set(CJK.findall(text))
    return {word[:5].lower() for word in _WORD.findall(text)}


def features(page: Page) -> list[list[str]]:
    """Each of the page's first lines' own features, as "name=value" strings."""
    lines = page.lines[:MAX_LINES]
    texts = [line.text for line in lines]
    counts = Counter(texts)
    # A line that heads another one ("Headline" and "Headline - Site"): the <title> pattern.
    separated = [TITLE_SEPARATOR.search(text) for text in texts]
    heads = {text[: found.start()] for text, found in zip(texts, separated, strict=True) if found}
    prose = set(page.prose)
    first_prose = next((i for i in page.prose if i < len(lines)), len(lines))
    end, items_of = page.end, page.items
    stamps = [i for i in range(min(len(lines), end)) if any(it.kind is Kind.STAMP for it in items_of[i])]
    # Title-like lines (a few words, not prose, no metadata) between each line and the
    # first prose: a headline has a standfirst or nothing below it, a menu has many.
    splits = [text.split() for text in texts]
    title_like = [
        i not in prose and not (i < end and items_of[i]) and 4 <= len(words) <= 40 for i, words in enumerate(splits)
    ]
    titles_below = [0] * (len(lines) + 1)
    for i in range(min(first_prose, len(lines)) - 1, -1, -1):
        titles_below[i] = titles_below[i + 1] + title_like[i]
    # A headline shares its words with the article's opening paragraphs.
    opening = [i for i in page.prose[:_OPENING_LINES] if i < len(lines)]
    opening_words = {word for i in opening for word in _content_words(texts[i])}
    out: list[list[str]] = []
    next_stamp = 0
    last_chars, last_words = len(_CHARS_OF) - 1, len(_WORDS_OF) - 1
    for i, line in enumerate(lines):
        text = texts[i]
        size = len(text)
        words = splits[i]
        n_words = len(words)
        while next_stamp < len(stamps) and stamps[next_stamp] < i:
            next_stamp += 1
        below = stamps[next_stamp] - i if next_stamp < len(stamps) else 99
        above = 0 if below == 0 else i - stamps[next_stamp - 1] if next_stamp > 0 else 99
        items = items_of[i] if i < end else ()
        last = text[-1:]
        row = [
            "bias",
            _POS_OF[i],
            _CHARS_OF[min(size, last_chars)],
            _WORDS_OF[min(n_words, last_words)],
            _KIND_NAMES[items[0].kind] if items else "kind=none" if i < end else "kind=after_end",
            _END_NAMES.get(last) or ("end=q" if last in _QUOTES else "end=d" if last.isdigit() else "end=o"),
            _REPEAT_NAMES[bisect_left(_REPEAT, counts[text])],
            "prose=1" if i in prose else "prose=0",
            "gap=1" if line.gap_before else "gap=0",
            _BEFORE_PROSE_NAMES[bisect_left(_BEFORE_PROSE, first_prose - i)],
            _BELOW_NAMES[bisect_left(_STAMP, below)],
            _ABOVE_NAMES[bisect_left(_STAMP, above)],
        ]
        if n_words:
            # Long lines are read by their start: the shares are buckets, not exact.
            sample = words[:_SAMPLE_WORDS]
            caps = sum(1 for word in sample if word[0].isupper())
            row.append(_CAPS_NAMES[bisect_left(_CAPS, caps / len(sample))])
        else:
            row.append("caps=0")
        if text.isascii():
            row.append("cjk=0")
        else:
            row.append(_CJK_NAMES[bisect_left(_SHARE, len(CJK.findall(text)) / size)])
        head = text[:_SAMPLE_CHARS]
        digits = len(_ASCII_DIGIT.findall(head))
        row.append(_DIGITS_NAMES[bisect_left(_DIGITS, digits / len(head))] if digits else "digits=0")
        if len(items) > 1:
            row.append(_KIND2_NAMES[items[1].kind])
        if text.isupper():
            row.append("upper")
        if text in heads:
            row.append("heads")
        if separated[i]:
            row.append("sep")
        if i < first_prose:
            row.append(_TITLES_BELOW_NAMES[bisect_left(_TITLES_BELOW, titles_below[i + 1])])
        if title_like[i]:
            # A run of title-like lines: a headline and its standfirst, or a list of links.
            row.append("title_like")
            if i and title_like[i - 1]:
                row.append("after_title_like")
            if i + 1 < len(lines) and title_like[i + 1]:
                row.append("before_title_like")
        if ": " in text[:60]:
            row.append("colon")
        if i in opening:
            row.append("overlap=self")
        elif size <= _MAX_OVERLAP_CHARS and opening_words:
            own = _content_words(text)
            if own:
                shared = len(own & opening_words) / len(own)
                row.append(_OVERLAP_NAMES[bisect_left(_OVERLAP, shared)])
        if n_words <= 3 and words:
            row.append(f"short={words[0].lower()[:12]}")
        out.append(row)
    return out


@dataclass(frozen=True, slots=True)
class Model:
    """A two-label chain (the role, or not) over the page's lines.

    Only the difference of the two labels' scores matters to a chain's probabilities,
    so each weight is stored as that difference: one number per feature and offset.
    """

    #: transitions[a][b]: the weight of label b (0: other, 1: the role) after label a.
    transitions: tuple[tuple[float, float], tuple[float, float]]
    #: feature -> its weight at each offset of _SLOTS (0: the line's own feature; -1: the
    #: line before's feature, read by this line; ...).
    weights: dict[str, tuple[float, ...]]
    #: The least marginal probability at which a line's role is taken; and at which it
    #: is taken when the layout rules pick the same line.
    threshold: float
    agreement_threshold: float

    def marginals(self, rows: list[list[str]]) -> list[float]:
        """P(line has the role | page) for each line (forward-backward over the chain)."""
        return _forward_backward(self.scores(rows), self.transitions)

    def scores(self, rows: list[list[str]]) -> list[float]:
        """Each line's score for the role (less the other label's), its neighbours' features
        read through their offsets."""
        n = len(rows)
        scores = [0.0] * n
        get = self.weights.get
        for j, row in enumerate(rows):
            # What line j's features give the lines at j+2, j+1, j, j-1 and j-2 (the weight
            # of a feature seen at offset o from a line goes to line j - o).
            a0 = a1 = a2 = a3 = a4 = 0.0
            for name in row:
                w = get(name)
                if w is not None:
                    a0 += w[0]
                    a1 += w[1]
                    a2 += w[2]
                    a3 += w[3]
                    a4 += w[4]
            scores[j] += a2
            if j + 2 < n:
                scores[j + 2] += a0
            if j + 1 < n:
                scores[j + 1] += a1
            if j >= 1:
                scores[j - 1] += a3
            if j >= 2:
                scores[j - 2] += a4
        none = get("none")
        if none is not None:
            # The lines at the page's edges, whose neighbour at an offset is missing.
            for slot, offset in enumerate(_SLOTS):
                for i in range(n - offset, n) if offset > 0 else range(min(-offset, n)):
                    if i >= 0:
                        scores[i] += none[slot]
        return scores


def _forward_backward(scores: list[float], transitions: tuple[tuple[float, float], ...]) -> list[float]:
    """Marginals of label 1 in a two-label chain; scaled passes keep the numbers in range."""
    n = len(scores)
    if n == 0:
        return []
    (t00, t01), (t10, t11) = ((math.exp(a), math.exp(b)) for a, b in transitions)
    emit = [math.exp(min(s, 700.0)) for s in scores]
    forward: list[tuple[float, float]] = []
    a0, a1 = 1.0, emit[0]
    for i in range(n):
        if i:
            a0, a1 = a0 * t00 + a1 * t10, (a0 * t01 + a1 * t11) * emit[i]
        total = a0 + a1
        a0, a1 = a0 / total, a1 / total
        forward.append((a0, a1))
    out = [0.0] * n
    b0, b1 = 1.0, 1.0
    for i in range(n - 1, -1, -1):
        f0, f1 = forward[i]
        m0, m1 = f0 * b0, f1 * b1
        out[i] = m1 / (m0 + m1)
        e = emit[i]
        b0, b1 = t00 * b0 + t01 * e * b1, t10 * b0 + t11 * e * b1
        total = b0 + b1
        b0, b1 = b0 / total, b1 / total
    return out


def model_from_json(data: dict[str, Any]) -> Model:
    (t00, t01), (t10, t11) = data["transitions"]
    return Model(
        transitions=((t00, t01), (t10, t11)),
        weights={
            name: tuple(float(by_offset.get(str(offset), 0.0)) for offset in _SLOTS)
            for name, by_offset in data["weights"].items()
        },
        threshold=float(data["threshold"]),
        agreement_threshold=float(data["agreement_threshold"]),
    )


@cache
def model() -> Model:
    """The shipped model, read once per process."""
    return model_from_json(json.loads(MODEL.read_text(encoding="utf-8")))


def with_neighbours(rows: list[list[str]]) -> list[list[str]]:
    """Rows with each neighbour's features under its offset ("-1:chars=3"): the form the
    trainer sees. Inference reads the same weights through ``Model.weights`` instead."""
    n = len(rows)
    out = []
    for i, row in enumerate(rows):
        full = list(row)
        for offset in OFFSETS:
            j = i + offset
            if 0 <= j < n:
                full += [f"{offset}:{name}" for name in rows[j] if name.split("=", 1)[0] in NEIGHBOUR_FEATURES]
            else:
                full.append(f"{offset}:none")
        out.append(full)
    return out


def best_line(page: Page) -> tuple[int, float] | None:
    """The line most likely to be the headline, and its probability; None on an empty page."""
    marginals = model().marginals(features(page))
    if not marginals:
        return None
    index = max(range(len(marginals)), key=marginals.__getitem__)
    return index, marginals[index]
