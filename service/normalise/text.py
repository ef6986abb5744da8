"""Text cleaning and segmentation into lines that remember where they came from."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Zero-width, bidirectional-control, soft-hyphen and C0/C1 control characters
# (tab and line breaks are whitespace and handled by the splitter and collapser).
_INVISIBLE = re.compile(
    "[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]"
)
_SPACES = re.compile(r"\s+")
# Two line breaks between lines, with nothing but whitespace between them: a blank line.
_BREAKS = re.compile(
    r"(?:\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029])[^\S\n\r]*(?:\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029])"
)


def clean(value: str) -> str:
    """NFC, without invisible and control characters, whitespace collapsed and trimmed."""
    # Most lines are printable text with single spaces: skip the substitutions for them.
    if not value.isprintable() or "  " in value:
        value = _SPACES.sub(" ", _INVISIBLE.sub("", value))
    value = value.strip()
    if not value.isascii() and not unicodedata.is_normalized("NFC", value):
        value = unicodedata.normalize("NFC", value)
    return value


#: Chinese characters (CJK unified ideographs, extension A, compatibility ideographs).
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


# Ignoring case, re matches four letters beyond ASCII's as ASCII ones: "İ" and "ı" as "i",
# "ſ" as "s", the Kelvin sign as "k". A word such a pattern matched is looked up in a table
# with those read as the letters they matched ("ſept", "aprİl", "Rappler ınc" made KeyErrors).
_ASCII_LOOKALIKES = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"})


def as_matched(word: str) -> str:
    """``word`` with ASCII's lookalikes read as the ASCII letters a pattern that ignores
    case matched them as (see _ASCII_LOOKALIKES), for a table's lookup."""
    return word.translate(_ASCII_LOOKALIKES)


def has_cjk(value: str) -> bool:
    """Whether ``value`` holds a Chinese character."""
    return not value.isascii() and CJK.search(value) is not None


#: What ends a sentence, and the closing quotes or brackets that may follow it.
_STOPS = (".", "!", "?", "。", "！", "？", "…")
_CLOSERS = "\"'”’)）]"


def ends_sentence(line: str) -> bool:
    """Whether a line ends as a sentence does, perhaps inside closing quotes or brackets
    ("... he said.”"). Only its end is read: a pattern's search for the same would try
    every position of the line."""
    return line.rstrip(_CLOSERS).endswith(_STOPS)


_ASCII_DIGIT = re.compile(r"[0-9]")


def count_digits(value: str) -> int:
    """How many of ``value``'s characters are digits (as str.isdigit says)."""
    # ASCII text's digits are 0-9: a pattern finds them at a fraction of a call per character.
    return len(_ASCII_DIGIT.findall(value)) if value.isascii() else sum(map(str.isdigit, value))


@dataclass(slots=True)
class Line:
    """One non-blank line of the input: its cleaned text and its span in the raw text.
    ``gap_before``: a blank line stands between it and the line before."""

    index: int
    text: str
    start: int
    end: int
    gap_before: bool = False


def split_lines(raw: str) -> list[Line]:
    """The non-blank lines of ``raw``, cleaned, with the raw offsets of each.

    Lines end at any Unicode line break: str.splitlines breaks at the same characters,
    in C, and its pieces with their breaks give the offsets."""
    lines: list[Line] = []
    previous_end = start = 0
    empty_between = False  # whether an empty line stands between the last line kept and this one
    for piece, bare in zip(raw.splitlines(keepends=True), raw.splitlines(), strict=True):
        if not bare:  # a page's blank lines, about as many as its others, are mostly empty
            empty_between = True
        elif text := clean(bare):
            # A blank line takes two breaks: one character between the lines holds no gap. An
            # empty line is one; a line of white space or invisible characters is looked into.
            gap = bool(lines) and (
                empty_between or (start - previous_end > 1 and _BREAKS.search(raw, previous_end, start) is not None)
            )
            empty_between = False
            previous_end = start + len(bare)
            lines.append(Line(len(lines), text, start, previous_end, gap))
        start += len(piece)
    return lines


def title_case_if_caps(value: str) -> str:
    """Title-case a phrase printed in capitals ("TAIWAN NEWS" -> "Taiwan News"), else keep it."""
    letters = [c for c in value if c.isalpha()]
    if letters and all(c.isupper() for c in letters if c.isascii()) and any(c.isascii() for c in letters):
        return _title(value)
    return value


def name_case(value: str) -> str:
    """A name with each word printed in capitals title-cased: "Maud DUPONT" -> "Maud Dupont",
    "ANNE-MARIE COLLINS" -> "Anne-Marie Collins", "TOMAS O'BRIEN" -> "Tomas O'Brien"."""
    return " ".join(_title(word) if _is_caps_word(word) else word for word in value.split(" "))


def _is_caps_word(word: str) -> bool:
    # Most words are not in capitals: an ASCII word that str.isupper turns down holds a
    # lower-case letter or none, which its test tells without a list of the letters.
    if word.isascii() and not word.isupper():
        return False
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() and c.isascii() for c in letters)


_LETTER_RUN = re.compile(r"[^\W\d_]+")
_POSSESSIVE_S = re.compile(r"(?<=\w['’])S\b")


def _title(value: str) -> str:
    # str.title() would give "Petersburg'S"; capitalise each run of letters, and the run
    # after an apostrophe only when it is a name's part ("O'Brien"), not a possessive.
    titled = _LETTER_RUN.sub(lambda m: m.group()[0].upper() + m.group()[1:].lower(), value)
    return _POSSESSIVE_S.sub("s", titled)
