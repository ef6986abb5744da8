"""Line roles learned from real pages: which line of a page is its headline.

Gradient-boosted trees rank the page's lines (LambdaRank, the approach search engines
take to order results: here, the lines that could head the article). Each line is
described by numbers: its shape (length, case, punctuation, position), what the shared
grammar recognised on it and near it (a stamp, a byline, chrome), its block (the lines
between two blank lines), its distance to the first prose, repetition on the page, and
how many of its words the article's paragraphs use. The trees were learned by
``python -m bench.train_roles`` from the labelled pages of the development corpus
(never from the held-out ones) and ship in ``roles.json``. Reading them needs nothing
but the standard library: at load the trees are written out as one Python function of
nested comparisons, which scores a line in a few microseconds.

The trees were chosen over the linear-chain CRF the reader used before by
cross-validation on the same training pages (see docs/decisions.md): the right line
first on 69% of pages against 61%.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Generic, TypeVar
from urllib.parse import unquote, urlsplit

from . import trees as written
from .fields import BYLINE_START, is_bare_name
from .layout import STAMP_LABEL, Kind, Page, is_prose
from .text import CJK, count_digits
from .timestamps import find_date

MODEL = Path(__file__).with_name("roles.json")
M = TypeVar("M")

#: The page's first lines are read; the headline stands among them on nearly every page,
#: though a site's menus may run for hundreds of lines above it (26 of the 591 training
#: pages that print their labelled title print it below line 250, none below line 800).
MAX_LINES = 1000
#: Nor are lines below the article's ninth paragraph scored: scoring the lines below cost
#: half of the reading, and spread the softmax's probability over lines that are never
#: the headline. Cookie notices and teasers read as paragraphs too: on 6 of the 9 training
#: pages whose labelled title stood below the sixth, it stands above the ninth.
PROSE_ABOVE = 8

#: A line's features, in the order the trees read them. The trainer writes these names
#: into the model, and loading a model made for other features fails.
FEATURES = (
    "index", "share_of_page", "chars", "words", "caps", "lower", "upper", "digits", "cjk",
    "gap_before", "gap_after", "block_size", "in_block", "kind", "end", "repeat", "prose", "to_prose",
    "stamp_below", "stamp_above", "byline_below", "byline_above", "heads", "separated", "titles_below",
    "title_like", "title_rank", "colon", "overlap", "opening", "chars_before", "chars_after",
    "prose_before", "prose_after", "prose_soon", "kind_after", "kind_before", "short_words", "to_end",
    "block", "title_like_before", "title_like_after", "longest_next", "body_share", "body_words", "own_words",
    "tail_of_near", "has_tail_near", "inside_near", "repeated_near", "slug_share", "slug_cover",
)  # fmt: skip
#: Features whose values are codes, not quantities: the trees test them for membership.
CATEGORICAL = ("kind", "end", "kind_after", "kind_before")

#: What separates a headline from the site's name in a <title>: " | ", " - ", " » ", ...
TITLE_SEPARATOR = re.compile(r" (?:\||-|–|—|::|·|») ")

#: A line kind's code in the models' features (0: a text line); both models use these.
KIND_CODES: dict[Kind | None, int] = {None: 0} | {kind: code for code, kind in enumerate(Kind, start=1)}
_END_CODES = {".": 1, "!": 2, "?": 3, ":": 4, "：": 4, ";": 5, ",": 6, ")": 7, "|": 8, "»": 9}
_QUOTES = frozenset("\"'”’»")
_SAMPLE_WORDS = 24
_SAMPLE_CHARS = 160
#: The opening paragraphs a headline's words are looked for in first, then the paragraphs
#: the article's words are counted in, and the longest line whose words are compared.
_OPENING_LINES = 2
_BODY_LINES = 30
_MAX_OVERLAP_CHARS = 300
#: How far (in lines) a line's near neighbours reach: a kicker, a breadcrumb, a repeat.
_NEAR = 3
_WORD = re.compile(r"[^\W\d_]{4,}")
# The same words in lower-cased ASCII text, already cut to five: no Python per word.
_ASCII_WORD = re.compile(r"([a-z]{4,5})[a-z]*")
# Function words and other short words (of one to three letters), in Latin scripts.
_SHORT_WORD = re.compile(r"\b[a-zäöüßéèàçñ]{1,3}\b")
_FAR = 99
#: The most printings of one line whose probabilities add up (see ``likeliest``).
_REPEATS = 2
#: The least length of a headline that a longer line prints after a kicker (see
#: ``likeliest``), and what may stand between them.
_GLUED_CHARS = 25
_GLUE = frozenset(" :>|»/")
#: An unsure guess that a witness stands by is taken from this probability when it is
#: this many times as likely as any other words: beside the article's metadata; between
#: a menu and prose; right over a stamp or a byline; and printing the words of the
#: address's slug (see ``corroborated``).
CLEAR_PROBABILITY = 0.35
CLEAR_MARGIN = 2.0
SLUG_PROBABILITY = 0.3
SLUG_MARGIN = 2.0
MENU_PROBABILITY = 0.3
MENU_MARGIN = 1.5
OVER_PROBABILITY = 0.45
OVER_MARGIN = 1.6
#: The longest line taken so: a longer one is often the headline run into its standfirst.
_OVER_CHARS = 90
_MENU_RUN = 4
_MENU_WORDS = 3
_METADATA = frozenset({Kind.STAMP, Kind.BYLINE})
#: A line longer than this is no witness: prose that mentions a day or a writer.
_WITNESS_CHARS = 100
#: What a line without items holds (see features): most lines.
_NO_KINDS: frozenset[Kind] = frozenset()


def _content_words(text: str) -> set[str]:
    """Words that carry content: of four letters or more, lower-cased and cut to five
    (a crude stem: "repair", "repairs"); in Chinese, the characters."""
    if text.isascii():
        return set(_ASCII_WORD.findall(text.lower()))
    if CJK.search(text):
        return set(CJK.findall(text))
    return {word[:5].lower() for word in _WORD.findall(text)}


#: The words of an address that are the site's, not the story's: a file's extension, a
#: path's folder names.
_ADDRESS_WORDS = frozenset({"html", "shtml", "shtm", "htm", "php", "aspx", "index", "article", "articles", "story"})
_SLUG_PART = re.compile(r"[/?&=;]+")
_QUERY_PAIR = re.compile(r"[&;]")


def slug_words(address: str | None) -> frozenset[str]:
    """The content words of the address's slug ("/world/2024/03/07/flood-waters-reach-the-
    old-town.html": flood, water, reach, town), cut like a line's: the part of its path
    with the most words, when it has two or more, else of its query; empty without one."""
    if not address:
        return frozenset()
    try:
        parts = urlsplit(address.strip())
    except ValueError:
        return frozenset()
    # The query's parts ("?title=...") only without a slug in the path, and never a
    # tracking parameter's ("utm_source=twitter_share_button").
    query = [
        part
        for pair in _QUERY_PAIR.split(parts.query)
        if not pair.lower().startswith("utm_")
        for part in _SLUG_PART.split(unquote(pair.replace("+", " ")))
    ]
    for where in (_SLUG_PART.split(unquote(parts.path)), query):
        best: set[str] = set()
        for part in where:
            words = _content_words(part.replace("-", " ").replace("_", " ").replace("+", " ")) - _ADDRESS_WORDS
            if len(words) > len(best):
                best = words
        if len(best) >= 2:
            return frozenset(best)
    return frozenset()


def _distances(marked: Sequence[bool]) -> tuple[list[int], list[int]]:
    """For each position, how far the next marked one is below it (0: itself) and the
    last one above it; _FAR where there is none."""
    n = len(marked)
    below, above = [_FAR] * n, [_FAR] * n
    last = None
    for i in range(n):
        if marked[i]:
            last = i
        if last is not None:
            above[i] = i - last
    last = None
    for i in range(n - 1, -1, -1):
        if marked[i]:
            last = i
        if last is not None:
            below[i] = last - i
    return below, above


def features(page: Page, slug: frozenset[str] = frozenset()) -> list[list[float]]:
    """The features of each of the page's first lines (up to MAX_LINES, and above its
    PROSE_ABOVE + 1th paragraph), in the order of FEATURES, as floats (a truth value as
    0.0 or 1.0): the compiled trees compare floats fastest. ``slug`` holds the words of
    the page's address (see slug_words), when the caller gave one."""
    lines = page.lines[:MAX_LINES]
    n = len(lines)
    scored = min(n, page.prose[PROSE_ABOVE]) if len(page.prose) > PROSE_ABOVE else n
    texts = [line.text for line in lines]
    lengths = [len(text) for text in texts]
    # Lower-cased and split only as far as the scored lines read them: lower-cased for the
    # near lines (_NEAR past the last scored), split down to the first prose (titles_below)
    # and to one line past the last scored (title_like_after). A feature that reads
    # further must widen these.
    lowered = [text.lower() for text in texts[: scored + _NEAR]]
    counts = Counter(texts)
    prose = set(page.prose)
    first_prose = next((i for i in page.prose if i < n), n)
    end, items_of = page.end, page.items
    kinds = [items_of[i][0].kind if i < end and items_of[i] else None for i in range(n)]
    # Each kind's code looked up once per line, not for each of the three rows that read it.
    codes = [KIND_CODES[kind] for kind in kinds[: scored + 1]]
    # The kinds each line's items hold, for the lines that hold any (most hold none).
    held = [{item.kind for item in items_of[i]} if i < end and items_of[i] else _NO_KINDS for i in range(n)]
    stamp_below, stamp_above = _distances([Kind.STAMP in kinds_held for kinds_held in held])
    byline_below, byline_above = _distances([Kind.BYLINE in kinds_held for kinds_held in held])
    splits = [text.split() for text in texts[: max(first_prose, scored + 1)]]
    # Title-like lines (a few words, not prose, no metadata) between each line and the
    # first prose: a headline has a standfirst or nothing below it, a menu has many.
    title_like = [i not in prose and kinds[i] is None and 4 <= len(words) <= 40 for i, words in enumerate(splits)]
    titles_below = [0] * (n + 1)
    for i in range(min(first_prose, n) - 1, -1, -1):
        titles_below[i] = titles_below[i + 1] + title_like[i]
    # Blocks: the lines between two blank lines. A headline mostly stands in one of its own.
    block_of, block_start, sizes = [], [], Counter[int]()
    block = -1
    for i, line in enumerate(lines):
        if i == 0 or line.gap_before:
            block += 1
            start = i
        block_of.append(block)
        block_start.append(start)
        sizes[block] += 1
    # A line that heads another one ("Headline" and "Headline - Site"): the <title> pattern.
    found = [TITLE_SEPARATOR.search(text) for text in texts]
    separated = [match is not None for match in found]
    heads = {text[: match.start()] for text, match in zip(texts, found, strict=True) if match}
    # A headline shares its words with the article's opening paragraphs, and the article
    # uses them; a menu's and a list of links' words it mostly does not.
    # Each paragraph's words are read once: the opening ones are among them, and so are
    # the scored lines' paragraphs.
    counted = set(page.prose[:_BODY_LINES])
    paragraph_words = {i: _content_words(page.lines[i].text) for i in counted}
    opening = {i for i in page.prose[:_OPENING_LINES] if i < n}
    opening_words = {word for i in opening for word in paragraph_words[i]}
    body_words: Counter[str] = Counter()
    for paragraph in paragraph_words.values():
        body_words.update(paragraph)
    # The words of at least one paragraph, and of at least two (for a paragraph, whose
    # own words are no witness): sets, so that a line's words are counted in C.
    in_one = set(body_words)
    in_two = {word for word, count in body_words.items() if count > 1}
    total = len(page.lines)
    out: list[list[Any]] = []
    title_rank = 0
    for i in range(scored):
        text = texts[i]
        size = len(text)
        words = splits[i]
        n_words = len(words)
        firsts = [word[0] for word in words[:_SAMPLE_WORDS]]
        caps = sum(map(str.isupper, firsts)) / len(firsts) if firsts else 0.0
        lower = sum(map(str.islower, firsts)) / len(firsts) if firsts else 0.0
        head = text[:_SAMPLE_CHARS]
        digits = count_digits(head) / len(head) if head else 0.0
        cjk = 0.0 if text.isascii() else len(CJK.findall(text)) / size
        own = (paragraph_words[i] if i in counted else _content_words(text)) if size <= _MAX_OVERLAP_CHARS else set()
        overlap = len(own & opening_words) / len(own) if own and opening_words and i not in opening else -1.0
        # Its words in the other paragraphs (a paragraph counted is not its own witness).
        used = len(own & (in_two if i in counted else in_one))
        in_slug = len(own & slug) if slug and own else -1
        last = text[-1:]
        end_code = _END_CODES.get(last) or (10 if last.isdigit() else 11 if last in _QUOTES else 0)
        # Near lines that end with this one (a kicker or a breadcrumb before it), that it
        # ends with, that hold it, or that repeat it.
        tail_of = has_tail = inside = repeated = False
        folded = lowered[i]
        for j in range(max(0, i - _NEAR), min(n, i + _NEAR + 1)):
            other = lengths[j]
            if other > size:
                if size >= 8:
                    tail_of = tail_of or texts[j].endswith(text)
                    inside = inside or folded in lowered[j]
            elif other < size:
                has_tail = has_tail or (other >= 8 and text.endswith(texts[j]))
            elif j != i and texts[j] == text:
                repeated = True
        row = [
            i,
            i / total,
            size,
            n_words,
            caps,
            lower,
            text.isupper(),
            digits,
            cjk,
            lines[i].gap_before,
            lines[i + 1].gap_before if i + 1 < n else True,
            sizes[block_of[i]],
            i - block_start[i],
            codes[i],
            end_code,
            counts[text],
            i in prose,
            first_prose - i,
            stamp_below[i],
            stamp_above[i],
            byline_below[i],
            byline_above[i],
            text in heads,
            separated[i],
            titles_below[i + 1] if i < first_prose else -1,
            title_like[i],
            title_rank,
            ": " in text[:60],
            overlap,
            i in opening,
            lengths[i - 1] if i else -1,
            lengths[i + 1] if i + 1 < n else -1,
            i - 1 in prose,
            i + 1 in prose,
            i + 1 in prose or i + 2 in prose,
            codes[i + 1] if i + 1 < n else 0,
            codes[i - 1] if i else 0,
            len(_SHORT_WORD.findall(folded)) / n_words if n_words else 0.0,
            i - end,
            block_of[i],
            title_like[i - 1] if i else False,
            title_like[i + 1] if i + 1 < n else False,
            max(lengths[i : i + 4]),
            used / len(own) if own else -1.0,
            used,
            len(own),
            tail_of,
            has_tail,
            inside,
            repeated,
            in_slug / len(own) if in_slug >= 0 else -1.0,
            in_slug / len(slug) if in_slug >= 0 else -1.0,
        ]
        title_rank += title_like[i]
        out.append(list(map(float, row)))
    return out


@dataclass(frozen=True, slots=True)
class Model:
    """Trees that score a line's features; the highest score on a page is its likeliest
    headline, and a softmax of the scores gives each line's probability."""

    #: The sum of the trees' leaves for one line's features.
    score: Callable[[list[float]], float]
    #: The least probability at which a line's role is taken; and at which it is taken
    #: when the layout rules pick the same line.
    threshold: float
    agreement_threshold: float
    trees: int

    def probabilities(self, rows: list[list[float]]) -> list[float]:
        """P(line is the headline | page) for each line: the softmax of their scores."""
        if not rows:
            return []
        scores = [self.score(row) for row in rows]
        top = max(scores)
        weights = [math.exp(s - top) for s in scores]
        total = sum(weights)
        return [w / total for w in weights]


def _tree_source(node: dict[str, Any], depth: int, lines: list[str]) -> None:
    pad = "    " * depth
    if "value" in node:
        lines.append(f"{pad}s += {float(node['value'])!r}")
        return
    feature = int(node["feature"])
    if "in" in node:  # a categorical split: the codes that go left, compared one by one
        condition = " or ".join(f"x{feature} == {value!r}" for value in sorted(float(v) for v in node["in"]))
    else:
        condition = f"x{feature} <= {float(node['at'])!r}"
    lines.append(f"{pad}if {condition}:")
    _tree_source(node["yes"], depth + 1, lines)
    lines.append(f"{pad}else:")
    _tree_source(node["no"], depth + 1, lines)


def function_source(name: str, trees: list[dict[str, Any]]) -> list[str]:
    """The source of one function, ``name(x)``, that adds up every tree's leaf for a row
    ``x``: nested comparisons of floats, written from numbers only (feature indexes,
    thresholds, leaf values)."""
    body: list[str] = []
    for tree in trees:
        _tree_source(tree, 1, body)
    # Each feature the trees read, bound to a local name once: a local is read faster
    # than an item of the row.
    used = sorted({int(found) for found in re.findall(r"\bx(\d+)\b", "\n".join(body))})
    return [
        f"def {name}(x: list[float]) -> float:",
        *(f"    x{i}: float = x[{i}]" for i in used),
        "    s: float = 0.0",
        *body,
        "    return s",
    ]


def digest(trees: list[dict[str, Any]]) -> str:
    """What names a model's trees: the SHA-256 of their JSON, keys sorted."""
    return hashlib.sha256(json.dumps(trees, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def compile_trees(trees: list[dict[str, Any]], source: Path = MODEL) -> Callable[[list[float]], float]:
    """One function that adds up every tree's leaf for a row (see function_source).

    The shipped models' functions are written out in service/normalise/trees.py
    (``python -m bench.trees``), which mypyc compiles with the rest of the core: C
    comparisons of doubles, several times faster than bytecode. Trees that module does
    not hold (a model being trained, one retrained and not yet written out) are compiled
    here, to bytecode; ``source`` names their file in tracebacks."""
    found = written.BY_DIGEST.get(digest(trees))
    if found is not None:
        return found
    namespace: dict[str, Any] = {}
    exec(compile("\n".join(function_source("score", trees)), str(source), "exec"), namespace)
    score: Callable[[list[float]], float] = namespace["score"]
    return score


def walk(trees: list[dict[str, Any]], row: Sequence[float]) -> float:
    """The same sum by walking the trees as data: slow, the reference the compiled
    function is tested against."""
    total = 0.0
    for node in trees:
        while "value" not in node:
            value = row[int(node["feature"])]
            yes = value in {float(v) for v in node["in"]} if "in" in node else value <= float(node["at"])
            node = node["yes"] if yes else node["no"]
        total += float(node["value"])
    return total


def kind_names() -> list[str]:
    """The line kinds in the order their codes number them: a model keeps them, since a
    kind added or moved would change what its categorical splits mean."""
    return [kind.value for kind in KIND_CODES if kind is not None]


def check_inputs(data: dict[str, Any], features: tuple[str, ...]) -> None:
    """Refuse a model trained on other features, or on other line-kind codes, than the
    reader makes now."""
    if tuple(data["features"]) != features or data.get("kinds") != kind_names():
        raise ValueError("the model was trained on other features than the reader makes: retrain it")


def compiled(
    data: dict[str, Any], features: tuple[str, ...], source: Path
) -> tuple[Callable[[list[float]], float], float, int]:
    """A model file's trees as one function, its threshold and how many trees it holds,
    once its inputs are checked: what the date and furniture models are made of."""
    check_inputs(data, features)
    return compile_trees(data["trees"], source), float(data["threshold"]), len(data["trees"])


def model_from_json(data: dict[str, Any]) -> Model:
    check_inputs(data, FEATURES)
    return Model(
        score=compile_trees(data["trees"]),
        threshold=float(data["threshold"]),
        agreement_threshold=float(data["agreement_threshold"]),
        trees=len(data["trees"]),
    )


class Shipped(Generic[M]):
    """A model shipped with the package, read once per process when first called for.
    Within ``substituted``, in that thread or task only, calls give another in its place:
    bench.oof reads each training page with the models that did not learn it. The service
    never enters it."""

    def __init__(self, name: str, load: Callable[[], M]) -> None:
        self._load = cache(load)
        self._substitute: ContextVar[M | None] = ContextVar(name, default=None)

    def __call__(self) -> M:
        found = self._substitute.get()
        return self._load() if found is None else found

    def shipped(self) -> M:
        return self._load()

    @contextmanager
    def substituted(self, other: M) -> Iterator[None]:
        token = self._substitute.set(other)
        try:
            yield
        finally:
            self._substitute.reset(token)


#: The model the reader scores with: the shipped one, read once per process.
model = Shipped("roles_model", lambda: model_from_json(json.loads(MODEL.read_text(encoding="utf-8"))))
substituted = model.substituted


@dataclass(frozen=True, slots=True)
class Guess:
    """The model's likeliest headline: its line, the probability of its words, and the
    probability of the likeliest other words (another headline the page might have)."""

    line: int
    probability: float
    runner_up: float


def best_line(page: Page, slug: frozenset[str] = frozenset()) -> Guess | None:
    """The line most likely to be the headline, with its probability and its runner-up's;
    None on an empty page."""
    rows = features(page, slug)
    texts = [line.text for line in page.lines[: len(rows)]]
    return contest(texts, model().probabilities(rows))


def corroborated(page: Page, guess: Guess, slug: frozenset[str] = frozenset()) -> bool:
    """Whether an unsure guess is the headline all the same, because a witness stands by
    it. The model weighs each sign, but its softmax spreads the probability over a page's
    many lines; a clear favourite with a witness is seldom wrong (cross-validated on the
    training pages, see docs/decisions.md). It must be at least CLEAR_PROBABILITY and
    CLEAR_MARGIN times as likely as any other words, and stand beside the article's
    metadata: a stamp or a byline at most _NEAR lines above or below it, as a headline
    stands over its byline or under its date (or a short line that reads as metadata).
    Or, at least MENU_PROBABILITY and MENU_MARGIN times as likely, between the site's menu
    and the article's lead: right under a run of _MENU_RUN short lines, right over prose.
    Or, at least OVER_PROBABILITY and OVER_MARGIN times as likely, right over the article's
    stamp or byline (see _over_metadata); out of fold on the training pages, this took 4
    more headlines right and none wrong.
    Or, with the page's address, at least SLUG_PROBABILITY and SLUG_MARGIN times as
    likely, and the address's slug and the line share most of their words (at least half
    of each's)."""
    probability, index = guess.probability, guess.line
    if probability >= CLEAR_PROBABILITY and probability >= CLEAR_MARGIN * guess.runner_up:
        near = [j for j in range(max(0, index - _NEAR), min(page.end, index + _NEAR + 1)) if j != index]
        if any(item.kind in _METADATA for j in near for item in page.items[j]):
            return True
        if any(_metadata_like(page.lines[j].text) for j in near):
            return True
    if probability >= MENU_PROBABILITY and probability >= MENU_MARGIN * guess.runner_up and _under_menu(page, index):
        return True
    if probability >= OVER_PROBABILITY and probability >= OVER_MARGIN * guess.runner_up and _over_metadata(page, index):
        return True
    if not slug or probability < SLUG_PROBABILITY or probability < SLUG_MARGIN * guess.runner_up:
        return False
    own = _content_words(page.lines[index].text)
    shared = len(own & slug)
    return bool(own) and shared * 2 >= len(own) and shared * 2 >= len(slug)


def _over_metadata(page: Page, index: int) -> bool:
    """Whether the line stands right over the article's metadata (the next line is a stamp,
    a byline, or a short line that reads as either: "Posted on 3 May 2021 by Jo") and is
    no metadata itself: a headline over its byline or date line, as on most blogs and news
    sites. Not a person's name alone (the writer's, over the date), nor a line of more
    than _OVER_CHARS characters."""
    below, text = index + 1, page.lines[index].text
    if below >= page.end or page.items[index] or len(text) > _OVER_CHARS or is_bare_name(text):
        return False
    return any(item.kind in _METADATA for item in page.items[below]) or _metadata_like(page.lines[below].text)


def _under_menu(page: Page, index: int) -> bool:
    """Whether the line stands right under a menu (_MENU_RUN lines of at most
    _MENU_WORDS words each: "Politics / Business / Sport / Local") and right over prose:
    an article's headline between the site's navigation and its lead."""
    if index < _MENU_RUN or index + 1 >= page.end:
        return False
    menu = all(len(page.lines[j].text.split()) <= _MENU_WORDS for j in range(index - _MENU_RUN, index))
    return menu and is_prose(page.lines[index + 1].text)


def _metadata_like(text: str) -> bool:
    """Whether a short line that is no prose reads as the article's metadata though the
    layout rules read no stamp or byline on it: it prints a date ("mh 15. Oktober 2023",
    "12.12.2022 - Press office"), a stamp's label ("Posted on28. Juli 2019") or opens as
    a byline does ("Posted by Jo")."""
    if len(text) > _WITNESS_CHARS or is_prose(text):
        return False
    return find_date(text) is not None or STAMP_LABEL.search(text) is not None or BYLINE_START.match(text) is not None


def likeliest(texts: list[str], probabilities: list[float]) -> tuple[int, float] | None:
    """The likeliest headline's line and the probability of its words (see contest)."""
    found = contest(texts, probabilities)
    return (found.line, found.probability) if found is not None else None


def contest(texts: list[str], probabilities: list[float]) -> Guess | None:
    """The likeliest headline's line, the probability of its words and that of the
    likeliest other words. A line that prints a title ("Headline | Site": the page's
    <title> on top) adds its probability to the line that prints the headline alone,
    since both give the same headline; so do its repeats (a headline printed again at a
    breadcrumb's end), the likeliest _REPEATS of them: a menu repeated down the page is
    no likelier for it; and so does a line near it that prints it after a kicker or a
    breadcrumb run into it
    ("Olympische Spiele in Paris Getränke per Schiff ins Stadtzentrum" above "Getränke
    per Schiff ins Stadtzentrum"). Of the lines that print the headline, the likeliest
    is taken."""
    if not probabilities:
        return None
    first: dict[str, int] = {}
    for i, text in enumerate(texts):
        first.setdefault(text, i)
    best: list[list[float]] = [[] for _ in probabilities]
    titles = []
    for i, text in enumerate(texts):
        found = TITLE_SEPARATOR.search(text)
        head = first.get(text[: found.start()]) if found and _names_a_site(text, found) else None
        if head is None:
            head = _glued_tail(texts, i)
        if head is None:
            best[first[text]].append(probabilities[i])
        else:
            titles.append((head, probabilities[i]))
    shared = [sum(sorted(printed)[-_REPEATS:]) for printed in best]
    for head, probability in titles:
        shared[head] += probability
    group = max(range(len(shared)), key=shared.__getitem__)
    words = texts[group]
    line = max((i for i, text in enumerate(texts) if text == words), key=probabilities.__getitem__)
    runner_up = max((p for i, p in enumerate(shared) if i != group), default=0.0)
    return Guess(line, shared[group], runner_up)


def _names_a_site(text: str, found: re.Match[str]) -> bool:
    """Whether a title's separator may stand before a site's name: one with more parts
    ("Headline - Section | Site"), or one whose single tail is no longer than the head
    and asks or exclaims nothing (a site's name does neither). "Korsetts – Shops,
    Designer, online kaufen" is a headline that opens with a menu's word, not the title
    of the page "Korsetts"."""
    if TITLE_SEPARATOR.search(text, found.end()) is not None:
        return True
    return len(text) - found.end() <= found.start() and not text.endswith(("?", "!"))


def _glued_tail(texts: list[str], i: int) -> int | None:
    """The first line that prints a near line's whole text (of _GLUED_CHARS or more)
    which line ``i`` ends with after a space or a separator: a kicker or a breadcrumb
    run into the headline."""
    text = texts[i]
    for j in range(max(0, i - _NEAR), min(len(texts), i + _NEAR + 1)):
        other = texts[j]
        if _GLUED_CHARS <= len(other) < len(text) and text.endswith(other) and text[-len(other) - 1] in _GLUE:
            return texts.index(other)
    return None
