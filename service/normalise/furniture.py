"""The page's furniture inside the body, learned from real pages.

On a page whose layout no outlet module describes, the body runs from the first
paragraph to an end marker ("Related stories") or a closing line (a copyright, a source
line). Real pages print much that is neither among and after the article's paragraphs:
a newsletter's prompt, a share bar, an author's box, a list of other stories, a comment
form. Gradient-boosted trees score each body line from numbers (its length and shape,
what it says of itself: "Kommentare", "Newsletter", "Related", where it stands in the
body and on the page, the lines around it and after it, the furniture's words seen
above it) for the probability that it is the article's; a line the trees find far
likelier furniture than article (its log-odds under the model's threshold) is left out
of the body. The first line always stays, and so does a line that holds Chinese
characters (Han, as Chinese and Japanese write them), which the model learned too little
of. The trees were learned by ``python -m
bench.train_furniture`` from the pages of the development corpus whose labels quote the
article's text and the page's furniture (never from the held-out ones), and ship in
``furniture.json``; they are compiled like the line-role model's (see
``roles.compile_trees``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .layout import Page, is_label, is_prose
from .model import Budget
from .roles import Shipped, compiled
from .text import CJK, count_digits, ends_sentence

MODEL = Path(__file__).with_name("furniture.json")

#: A line's features, in the order the trees read them (see ``features``).
FEATURES = (
    "position", "share", "from_end", "lines", "chars", "words", "prose", "label", "sentence_end", "question",
    "digits", "caps", "cjk", "gap_before", "gap_after", "chars_before", "chars_after", "prose_before", "prose_after",
    "text_before", "prose_later", "chars_later", "longest_later", "to_page_end", "links", "addressed", "colon",
    "cue", "cues_before", "since_cue",
)  # fmt: skip

# Matched in the lower-cased line: three times faster than the same pattern ignoring case.
_LINK = re.compile(r"https?://|www\.|@|\.(?:com|de|org|net)\b")
# What furniture says of itself: comments, newsletters, sharing, other stories, tags.
# Matched in the lower-cased line (faster than IGNORECASE, as the next one).
_CUE = re.compile(
    r"\b(?:comments?|kommentare?n?|commentaires?|comentarios?|repl(?:y|ies)|antwort(?:en)?|newsletter|abonn\w*|"
    r"subscri\w*|share|teilen|partager|compartir|related|ähnliche|verwandte|weitere|mehr zum|lesen sie auch|"
    r"read more|read also|lire aussi|tags?|schlagwörter|schlagworte|follow us|folgen sie|advertisement|anzeige|"
    r"werbung|sponsored|log ?in|anmelden|registrieren|sign up)\b|©|copyright"
)
# A reader addressed: a prompt's words ("Sign up", "Melden Sie sich an", "Abonnez").
_ADDRESSED = re.compile(r"\b(?:you|your|sie|ihr|ihre|dich|dir|du|vous|votre|usted|tu|su)\b")
#: How much of a line its shape and words are read in.
_HEAD_CHARS = 200
_HEAD_WORDS = 24
#: The lines after a line whose shape is summed up ("chars_later", "prose_later").
_LATER = 6
#: The most words of a share bar's label without a colon ("Ähnliche Beiträge").
_BAR_WORDS = 3


def features(page: Page, body: Sequence[int], budget: Budget | None = None) -> list[list[float]]:
    """Each body line's features (``body``: the page's line indexes, in order)."""
    budget = budget or Budget(None)
    texts = [page.text(i) for i in body]
    lengths = [len(text) for text in texts]
    prose = [is_prose(text) for text in texts]
    total = sum(lengths) or 1
    count = len(body)
    # The longest line after each one, from the end: one pass, not one per line.
    longest_after = [-1] * count
    for position in range(count - 2, -1, -1):
        longest_after[position] = max(longest_after[position + 1], lengths[position + 1])
    rows: list[list[float]] = []
    before = 0
    cues = 0
    last_cue = -1
    for position, (index, text) in enumerate(zip(body, texts, strict=True)):
        budget.check()
        later = slice(position + 1, position + 1 + _LATER)
        following = lengths[later]
        line = page.lines[index]
        words = text.split()
        # Furniture is short: a long paragraph's shape and words are read in its opening.
        head = text[:_HEAD_CHARS]
        lowered = head.lower()
        firsts = words[:_HEAD_WORDS]
        cue = len(_CUE.findall(lowered))
        rows.append(
            [
                position,
                position / count,
                count - position,
                count,
                lengths[position],
                len(words),
                prose[position],
                is_label(text),
                ends_sentence(text),
                text.endswith(("?", "？")),
                count_digits(head),
                sum(1 for word in firsts if word[:1].isupper()) / (len(firsts) or 1),
                len(CJK.findall(head)) if not head.isascii() else 0,
                line.gap_before,
                page.lines[index + 1].gap_before if index + 1 < len(page.lines) else True,
                lengths[position - 1] if position else -1,
                lengths[position + 1] if position + 1 < count else -1,
                prose[position - 1] if position else -1,
                prose[position + 1] if position + 1 < count else -1,
                before / total,
                sum(prose[later]) / (len(following) or 1) if following else -1,
                sum(following) / (len(following) or 1) if following else -1,
                longest_after[position],
                page.end - index,
                len(_LINK.findall(lowered)),
                len(_ADDRESSED.findall(lowered)),
                ":" in text,
                cue,
                cues,
                position - last_cue if last_cue >= 0 else -1,
            ]
        )
        before += lengths[position]
        if cue:
            cues += 1
            last_cue = position
    return [list(map(float, row)) for row in rows]


@dataclass(frozen=True, slots=True)
class Model:
    """Trees that score a body line's features: the log-odds that the line is the
    article's rather than the page's furniture."""

    score: Callable[[list[float]], float]
    #: The log-odds under which a line is left out.
    threshold: float
    trees: int


def model_from_json(data: dict[str, Any]) -> Model:
    return Model(*compiled(data, FEATURES, MODEL))


#: The model the reader scores with: the shipped one, read once per process.
model = Shipped("furniture_model", lambda: model_from_json(json.loads(MODEL.read_text(encoding="utf-8"))))


def article_lines(page: Page, body: list[int], budget: Budget | None = None) -> list[int]:
    """The body's lines without those the model finds to be furniture. The first stays,
    and so does a line that holds Chinese characters in its opening: the model learned
    from pages in other scripts (five of its 652 pages were Chinese)."""
    if len(body) < 2:
        return body
    model_ = model()
    rows = features(page, body, budget)
    cjk = FEATURES.index("cjk")
    kept = [
        index
        for position, (index, row) in enumerate(zip(body, rows, strict=True))
        if not position or row[cjk] or model_.score(row) >= model_.threshold
    ]
    # A share bar's labels ("Teilen mit:", "Gefällt mir:", "Ähnliche Beiträge") above
    # the comment form the trees left out: they end no article.
    end = len(kept)
    while end > 1 and _bar_label(page.text(kept[end - 1])):
        end -= 1
    return kept[:end]


def _bar_label(text: str) -> bool:
    """A label that introduces furniture: a few words that end with a colon ("Teilen
    mit:"), or two or three that say what furniture says of itself ("Related Posts"),
    not a sentence's ("Weitere Informationen beim Verein")."""
    if not is_label(text.rstrip(":：")):
        return False
    return text.endswith((":", "：")) or (len(text.split()) <= _BAR_WORDS and _CUE.search(text.lower()) is not None)
