"""The first characters the line reader tests before its anchored patterns.

classify_line matches a pattern at a line's start only when the line's first character
is one the pattern's matches may open with (layout's ``*_OPENS`` strings, fields'
``BYLINE_OPENS``): the strings are written by hand beside their patterns. Here each
pattern's possible first characters are derived from the pattern itself, with Python's
own regex parser and matcher, over every code point and in the pattern's case rules, and
each string must hold them all: a pattern edited without its string fails here.
"""

from __future__ import annotations

import re
import sys
from typing import Any

import pytest

from service.normalise import authors, fields, layout, oneline, registry

try:  # re's own parser and compiler, by these names since Python 3.11
    from re import _compiler, _constants, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    pytest.skip("this Python's re has no _parser to read the patterns with", allow_module_level=True)

_ZERO_WIDTH = {_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT}
_ONE_CHARACTER = {_constants.LITERAL, _constants.NOT_LITERAL, _constants.IN, _constants.ANY, _constants.CATEGORY}
_REPEATS = {_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT}


def _first_atoms(items: Any) -> tuple[list[Any], bool]:
    """The one-character items that may match a match's first character, and whether
    ``items`` may match no character at all (then what follows them may come first)."""
    atoms: list[Any] = []
    for op, av in items:
        if op in _ZERO_WIDTH:  # "^", "\\b", a lookaround: the first character is the next item's
            continue
        if op in _ONE_CHARACTER:
            return [*atoms, (op, av)], False
        if op is _constants.BRANCH:
            empty = False
            for branch in av[1]:
                found, may_be_empty = _first_atoms(branch.data)
                atoms += found
                empty = empty or may_be_empty
        elif op is _constants.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            assert not add_flags and not del_flags, "a scoped flag changes the case rules: not read here"
            found, empty = _first_atoms(sub.data)
            atoms += found
        elif op in _REPEATS:
            low, _high, sub = av
            found, may_be_empty = _first_atoms(sub.data)
            atoms += found
            empty = low == 0 or may_be_empty
        elif op is _constants.ATOMIC_GROUP:
            found, empty = _first_atoms(av.data)
            atoms += found
        else:
            raise AssertionError(f"{op} is not read here")
        if not empty:
            return atoms, False
    return atoms, True


def _first_characters(pattern: re.Pattern[str]) -> set[str]:
    """Every character a match of ``pattern`` may open with."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    atoms, may_be_empty = _first_atoms(parsed.data)
    assert not may_be_empty, "the pattern matches an empty line: any line may open its match"
    return _characters(atoms, parsed.state, pattern.flags)


def _characters(atoms: list[Any], state: Any, flags: int) -> set[str]:
    """Every character one of the one-character items matches, in ``flags``' case rules."""
    branches = [_parser.SubPattern(state, [atom]) for atom in atoms]
    one = _compiler.compile(_parser.SubPattern(state, [(_constants.BRANCH, (None, branches))]), flags)
    return {chr(code) for code in range(sys.maxunicode + 1) if one.fullmatch(chr(code))}


@pytest.mark.parametrize(
    ("pattern", "opens", "digits"),
    [
        (layout._END, layout._END_OPENS, False),
        (layout._CONSENT, layout._CONSENT_OPENS, False),
        (layout._CLOSING, layout._CLOSING_OPENS, False),
        (layout._CHROME, layout._CHROME_OPENS, True),
        (fields.BYLINE_START, fields.BYLINE_OPENS, False),
    ],
    ids=["end", "consent", "closing", "chrome", "byline"],
)
def test_each_pattern_opens_only_with_the_characters_its_string_holds(
    pattern: re.Pattern[str], opens: str, digits: bool
) -> None:
    missing = {c for c in _first_characters(pattern) if c not in opens and not (digits and c.isdecimal())}
    assert not missing, f"add to its string: {''.join(sorted(missing))!r}"


def test_the_derivation_finds_a_patterns_openings_in_every_case() -> None:
    # The derivation itself, on patterns whose openings are known.
    assert _first_characters(re.compile(r"^(?:\bab|c?d|e*f)")) == {"a", "c", "d", "e", "f"}
    assert _first_characters(re.compile(r"^(?=x)s", re.IGNORECASE)) == {"s", "S", "ſ"}
    assert "٣" in _first_characters(re.compile(r"^\d"))
    with pytest.raises(AssertionError):
        _first_characters(re.compile(r"^(?:a|)"))


def test_a_path_of_short_words_is_chrome_whatever_letter_opens_it() -> None:
    assert layout.classify_line("en/news/asia", None)[0].kind is layout.Kind.CHROME
    assert layout.classify_line("zh/news", None)[0].kind is layout.Kind.CHROME
    assert not layout.classify_line("Zhao said the news was good.", None)


@pytest.mark.parametrize(
    ("forms", "opens"),
    [(registry.CREDIT_FORMS, oneline.CREDIT_OPENS), (registry.CLOSING_STARTS, oneline.MARKER_OPENS)],
    ids=["credit forms", "closing starts"],
)
def test_the_outlets_forms_open_as_the_collapsed_pages_scans_look_for(forms: tuple[str, ...], opens: str) -> None:
    # The collapsed-page reader looks ahead for these characters before it tries its forms
    # and the outlets' own (oneline._CREDITS, _MARKERS): an outlet's form that opened with
    # another would never be found.
    opening = re.compile(f"[{opens}]")
    for form in forms:
        missing = {c for c in _first_characters(re.compile(form)) if not opening.fullmatch(c)}
        assert not missing, f"{form!r} opens with {''.join(sorted(missing))!r}"


@pytest.mark.parametrize(
    "pattern",
    [
        oneline._GALLERY,
        oneline._BYLINE,
        oneline._DATELINE,
        oneline._CREDITS,
        oneline._WIDGETS,
        oneline._FURNITURE,
        oneline._MARKERS,
        authors._SEPARATOR,
        authors._SEPARATOR_HINT,
        authors._AFTER_DATE,
    ],
    ids=lambda pattern: pattern.pattern[:24],
)
def test_a_scans_lookahead_admits_every_character_its_forms_open_with(pattern: re.Pattern[str]) -> None:
    # A scan of a whole text that opens with a lookahead for its forms' first characters
    # (the engine then tries the forms only there) must hold every one of them.
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    (op, (direction, ahead)), *forms = parsed.data
    assert op is _constants.ASSERT and direction == 1, "no lookahead opens the pattern"
    admitted = _characters(_first_atoms(ahead.data)[0], parsed.state, pattern.flags)
    opening = _characters(_first_atoms(forms)[0], parsed.state, pattern.flags)
    assert opening <= admitted, f"the lookahead lacks {''.join(sorted(opening - admitted))[:40]!r}"
