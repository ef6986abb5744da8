"""Authors learned from real pages: which names printed on a page are its authors.

On a page whose layout no outlet module describes, the byline rules read "By ..." lines
and names beside a stamp; on real pages they also take a menu's words for a name and
miss the names that bylines print without an opening word. Here every short run of
capitalised words that could be a list of names is a candidate: after a byline's
opening word ("By", "von", "Autor:") anywhere on a line, at a line's start, or after a
separator ("|", "·", " - "). Gradient-boosted trees score each candidate from numbers:
how it is introduced and what follows it, where its line stands (from the headline,
the body, the page's end), how often the page prints the name (an author box repeats
it; a menu's word stands alone many times), whether the article's paragraphs use it
(a subject, not an author), and whether the rules took the same names. The trees were
learned by ``python -m bench.train_authors`` from the labelled pages of the
development corpus (never from the held-out ones) and ship in ``authors.json``; they
are compiled like the line-role model's (see ``roles.compile_trees``).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .fields import (
    _FUNCTION_WORDS,
    _KEEPS_STOP,
    _NOT_NAME_WORDS,
    BYLINE_LABEL,
    BYLINE_PHRASE,
    BYLINE_WORD,
    DATE_WORDS,
    PROFESSION,
    TRAILING_ROLE,
    describes,
    is_person_name,
)
from .layout import Kind, Page
from .model import Budget
from .registry import canonical_name
from .roles import KIND_CODES, Shipped, check_inputs, compile_trees
from .text import Line, count_digits

MODEL = Path(__file__).with_name("authors.json")

#: The page's first lines are read (an author box may stand far below the article),
#: and of them the lines short enough to be a byline.
MAX_LINES = 400
MAX_CHARS = 120
#: On a longer page whose body begins past them (after a long menu), the lines this near
#: the body's start are read too: its byline stands there ("Von Ana Ruiz 19. Mai 2020").
BODY_REACH = 25
#: The most names one candidate lists.
_MAX_NAMES = 6
#: The most candidates read on one line and on one page: real pages stay far below
#: (at most 45 and 729 on the corpus's 2,058), and a page built to hold thousands
#: would cost seconds.
MAX_PER_LINE = 60
MAX_CANDIDATES = 1_000

#: A candidate's features, in the order the trees read them (see ``features``).
FEATURES = (
    "opening", "glued", "username", "names", "words", "chars", "line", "share_of_page", "from_headline",
    "to_body", "to_prose", "to_end", "line_chars", "span_share", "start", "after", "stamp_on_line", "kind",
    "digits", "page_count", "alone", "body_count", "in_headline", "caps", "person", "initials", "not_name",
    "gap_before", "gap_after", "prose_before", "prose_after", "in_prose", "rank", "candidates",
    "byline_on_line", "whole_line", "openings_before", "function_word", "lines_with", "first_line",
    "before_body", "tail", "ruled_same", "ruled_shared", "kind_before", "kind_after", "stamp_near",
)  # fmt: skip
CATEGORICAL = ("opening", "after", "kind", "kind_before", "kind_after")

# Upper- and lower-case letters of Latin (Vietnamese's too), Greek and Cyrillic; ranges
# where the cases alternate count as both.
_UP = "A-ZÀ-ÖØ-ÞĀ-ŽȘȚΆΈ-ΏΑ-ΩЀ-Я\u1e00-\u1eff"
_LOW = "a-zß-öø-ÿā-žșțά-ώа-џ\u1e00-\u1eff"
# Words that end a name: months and weekdays (fields.DATE_WORDS) when a date follows
# ("Cara Stiles April 13, 2020", but "May Lim", "Jan Meier"), and what a credit or a
# byline's tail says.
_TAIL_WORDS = frozenset([
    "updated", "posted", "published", "symbolbild", "foto", "fotos", "bild", "photo", "photos", "image",
    "quelle", "source", "mehr", "more", "by", "von", "vom", "am", "um", "on", "at", "staff", "redaktion",
    # a link to the writer's accounts after the name ("von Ana Ruiz Twitter Account von Ana Ruiz")
    "twitter", "facebook", "instagram", "linkedin", "account", "profil", "profile", "e-mail", "email",
])  # fmt: skip
_WORDS = re.compile(r"\S+")
# Function words that begin no name (unlike "Le", "Du", "Di", "De", which may).
_NOT_FIRST = _FUNCTION_WORDS - {"le", "la", "lo", "du", "di", "de", "e", "y"}
_DATE_AFTER = re.compile(r"\.?,?[ \t]*\d")
# A unit of time a rendered page glues to a name with its number ("Ana Ruiz3h ago",
# "Lea Kern12min"): a stamp's, so the name before it is whole (see _WORD).
_GLUED_UNIT = r"(?:h|hrs?|hours?|m|mins?|minutes?|d|days?|s|secs?|std|stunden?|tagen?)\b"
# A name's word: capitalised ("Müller", "O'Brien", "Torres-Guillén", "McDonald", "Vogt-McAllister"),
# in capitals ("MUTNICK"), or initials ("J.", "J.R.").
_WORD = (
    rf"(?:[{_UP}][{_LOW}]{{1,2}}[{_UP}][{_LOW}]+|[{_UP}](?:[{_LOW}]|['’\-](?:[{_UP}][{_LOW}]{{1,2}}(?=[{_UP}]))?[{_UP}{_LOW}])+\.?"
    rf"|[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?|(?:[{_UP}]\.-?){{1,3}})"
    # and no lower-case letter after it, nor a hyphen and a letter (the word opens a compound:
    # "HR-Trends", "PETA-Team"), nor a dot and a letter ("Phys.org"), nor digits or
    # an underscore and a letter (a handle's: "Bo2man", "Herr_Rein", never cut to "Bo"; but
    # digits and a unit of time are a stamp's), nor a capital unless three lower-case
    # letters stuck it there ("PhD", but "Evan HalperStaff Writer")
    rf"(?!(?![{_UP}])[^\W\d_]|-[^\W\d_]|\.[^\W\d_]|[\d_]+(?!{_GLUED_UNIT})[^\W\d_])"
    rf"(?:(?![{_UP}])|(?<=[{_LOW}]{{3}}))"
)
_PARTICLES = frozenset([
    "von", "van", "de", "der", "den", "di", "da", "du", "del", "della", "le", "la", "ten", "ter", "zu", "bin",
    "al", "el", "dos", "das", "do",
])  # fmt: skip
_PARTICLE = "(?:" + "|".join(sorted(_PARTICLES)) + ")"
_NAME = rf"{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,3}}(?:[{_UP}][ \t]+)?{_WORD}){{0,3}}"
_JOIN = r"(?:[ \t]*,[ \t]*|[ \t]*&[ \t]*|[ \t]+(?:and|und|et|y|e|u\.|sowie)[ \t]+)"
_NAMES = re.compile(rf"{_NAME}(?:{_JOIN}{_NAME}){{0,{_MAX_NAMES - 1}}}(?![{_LOW}])")
_CAPITAL = re.compile(f"[{_UP}]")
_READABLE = re.compile(f"[{_UP}{_LOW}]")
_SPLIT = re.compile(_JOIN)
# What a list of names or a name of two words holds: without any, a match is one word, which
# no candidate without an opening word is (the cut of one word is that word or nothing).
_SEVERAL_WORDS = re.compile(r"[ \t,&]")
# After an opening word, a user's handle stands for a name ("By oradmin", "von eseppelt").
_HANDLE = re.compile(r"[^\W\d_][\w.\-]{1,29}(?![\w.\-])")
# What every opening holds, lower-cased: a line without any of them has none.
_OPENING_HINTS = ("by", "von", "par", "por", "door", "aut", "text", "words", "作者", "scritto", "pubblicato")
_OPENING_HINT = re.compile("|".join(map(re.escape, _OPENING_HINTS)))
_OPENING = re.compile(
    rf"(?<!\w)(?:(?P<phrase>{BYLINE_PHRASE})|(?P<label>{BYLINE_LABEL})|(?P<word>{BYLINE_WORD}))(?P<glued>(?=[{_UP}]))?"
)
# Each pattern that opens with alternatives or a lookbehind first looks ahead for a character
# it may start with: the regex engine tries the rest only there, not at every position.
_SEPARATOR = re.compile(r"(?=[ \t|·•—–/:,])[ \t]*(?:\||·|•|—|–|[ \t]-[ \t]|/|::|[ \t]{2,}|,[ \t])[ \t]*")
# What every separator holds: a line without it has none (found at a fraction of the cost).
_SEPARATOR_HINT = re.compile(r"(?=[|·•—–/ \t:,])(?:[|·•—–/]|[ \t]-[ \t]|::|[ \t]{2}|,[ \t])")
_DIGIT = re.compile(r"\d")
# What a photographer's or a video's credit says before its opening word ("Photo by"), and
# a site's credit to its software or its designer ("Powered by Nikola", "Design by Ana
# Ruiz", "Theme by ...", "background by ...", "Bereitgestellt von ..."): no article's writer.
# Nor is whom the page names for another part in the piece: who reviewed, checked, edited
# or translated it ("Medically reviewed by", "Editing by", "Übersetzt von"), or reads it
# aloud in its audio version ("Narrated by", "Leído por", "Vorgelesen von"). "Read" and "Lu"
# are surnames too ("Interview with Wei Lu by Ana Ruiz"): capitalised, only where the line
# or a sentence or a part of it opens.
_CREDITED = re.compile(
    r"(?:photos?|fotos?|images?|pictures?|illustrations?|graphics?|grafik|videos?|bild|bilder|\bart"
    r"|\bpowered|\bdesign(?:ed)?|\btheme|\btemplate|\bwebsite|\bbackground|\bartwork|\bdeveloped"
    r"|\bbereitgestellt|\bpräsentiert|\bprovided|\bhosted"
    r"|\breviewed|\bchecked|\bedited|\bediting|\btranslated|\btranslation|\bübersetzt|\bübersetzung"
    r"|\btraducido|\btraducción|\btraduit|\btraduction|\bnarrated|\bvoiced|\bleído|\b(?:vor)?gelesen"
    r"|(?-i:\b(?:read|lu))|(?:^|[^\w\s]\s*)(?:read|lu))$",
    re.IGNORECASE,
)
_AFTER_SEPARATOR = frozenset("|·•—–-/@(")
# A date's year or a time, and what stands between it and a name printed after it ("· ", " ~ ").
_AFTER_DATE = re.compile(
    r"(?=\d)(?<!\d)(?:(?:19|20)\d\d|\d{1,2}:\d\d(?:[ \t]*(?:Uhr|[AaPp]\.?[Mm]\.?))?)(?!\d)"
    r"[,.]?[ \t]+(?:[|·•~—–-][ \t]*)?"
)
# A label of a post's tags or categories: the words after it on its line are theirs.
_TAGS = re.compile(
    r"(?<!\w)(?i:tags?|schlagw[öo]rte?r?|stichw[öo]rte?r?|kategorien?|categor(?:y|ies)|filed under|keywords?)[ \t]*:"
)
_FAR = 999.0


@dataclass(frozen=True, slots=True)
class Candidate:
    """Names printed on one line, from ``start`` to ``end`` of its text."""

    line: int
    start: int
    end: int
    names: tuple[str, ...]
    #: 0 none, 1 an opening word, 2 an opening phrase, 3 a label ("Autor:").
    opening: int
    #: The opening word stuck to the name ("ByAlex Bozarjian").
    glued: bool
    #: A user's handle after an opening word, not a capitalised name.
    handle: bool


def folded(name: str) -> str:
    """A name as compared: NFC, spaces collapsed, case folded."""
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


def candidates(page: Page, budget: Budget | None = None) -> list[Candidate]:
    """Every list of names the page's short lines print, in page order; of a name of
    three words or more alone, also its first two and three words ("Alejandro Villamor
    Last updated": the trees choose), never cut at a particle ("Jose de la Cruz")."""
    out: list[Candidate] = []
    budget = budget or Budget(None)
    # What a line prints depends on its text alone: a line printed again (a menu in the
    # header and the footer, a name above and below the article) is read once.
    read: dict[str, list[_Printed]] = {}
    for line in read_lines(page):
        text = line.text
        if len(text) > MAX_CHARS or not _CAPITAL.search(text):
            continue
        budget.check()
        known = read.get(text)
        if known is None:
            known = read[text] = _printed_names(text)
        for start, end, names, opening, glued, handle in known:
            out.append(Candidate(line.index, start, end, names, opening, glued, handle))
        if len(out) >= MAX_CANDIDATES:
            return out[:MAX_CANDIDATES]
    return out


#: A candidate as its line's text prints it: start, end, names, opening, glued, handle.
_Printed = tuple[int, int, tuple[str, ...], int, bool, bool]


def _printed_names(text: str) -> list[_Printed]:
    """The candidates a line's text prints (see candidates), without their line."""
    out: list[_Printed] = []
    starts: dict[int, tuple[int, bool]] = {0: (0, False)}
    # The cheap scans first: most lines hold no separator, and most no digit.
    for found in _SEPARATOR.finditer(text) if _SEPARATOR_HINT.search(text) is not None else ():
        starts.setdefault(found.end(), (0, False))
    # Right after a date's year or a time: a blog's line of meta prints the writer there
    # with nothing between ("26. Mai 2019 Lea Kern Schreibe einen Kommentar", "02/10/2020 Ana Ruiz").
    for found in _AFTER_DATE.finditer(text) if _DIGIT.search(text) is not None else ():
        starts.setdefault(found.end(), (0, False))
    openings = _OPENING.finditer(text) if _OPENING_HINT.search(text.lower()) is not None else ()
    phrases: set[int] = set()  # where each opening phrase starts
    for found in openings:
        code = 2 if found["phrase"] else 3 if found["label"] else 1
        end = found.end()
        if code == 2:
            phrases.add(found.start())
        glued = found["glued"] is not None
        if code == 1 and not glued:
            if text[end : end + 1] in (":", "："):  # "By: ", "Por: ": the word as a label
                end += 1
            if end >= len(text) or text[end] not in " \t":
                continue  # "Bypass", "Vonovia", "By:x": a word's own letters
            before = text[: found.start()].rstrip()
            if _CREDITED.search(before):
                continue  # "(Photo by Linh Pham / AFP)": a photographer's credit, no byline
            if found[0] in _PARTICLES and before[-1:].isalpha() and before.split()[-1][0].isupper():
                continue  # "Walter von Aachen": a particle inside a name (not "Story by")
        while end < len(text) and text[end] in " \t:：":
            end += 1
        starts[end] = (code, glued)
    seen: set[tuple[str, ...]] = set()
    colon = ":" in text  # a tags label ends with one: most lines hold none, and need no search
    for start, (opening, glued) in sorted(starts.items()):
        if not opening and colon and _TAGS.search(text[:start].rsplit("|", 1)[-1]) is not None:
            # "| Schlagwörter: Antipoden, Hirngespinst": a post's tags, after their label
            # (a byline's opening still opens names: "Tags: Pier / By Ana Ruiz").
            continue
        match = _NAMES.match(text, start)
        if not opening and (match is None or not _SEVERAL_WORDS.search(match[0])):
            continue  # no name, or a word alone (see below): cut or not, no candidate
        if not opening and start in phrases:
            continue  # "Veröffentlicht von Jan Kern": a phrase and its name, no name of nobility
        match = _cut_names(text, start, match) if match is not None else None
        match = _before_outlet(text, start, match) if match is not None else None
        handle = False
        if match is None:
            match = _HANDLE.match(text, start) if opening else None
            handle = match is not None
        if match is None:
            continue
        # Without a profession before a name ("Rechtsanwalt Jan Kern").
        names = tuple(PROFESSION.sub("", _without_stop(name)) for name in _SPLIT.split(match[0]) if name)
        # The cheapest tests first: most runs of capitals are a menu's.
        if not opening and len(names) == 1 and " " not in names[0]:
            continue  # a word alone ("Home", "Sport"): a menu's, on nearly every page
        if not opening and any(word.lower() in _NOT_NAME_WORDS for name in names for word in name.split()):
            continue  # "Trending Topics", "Privacy Policy": a menu's words
        if names[0].split()[0].lower() in _NOT_FIRST:
            continue  # "Im Wortlaut", "Der Tagesspiegel", "The Local": no name begins so
        if any(canonical_name(name) is not None for name in names):
            continue  # "By AFP": an agency, which the rules read as the organisation
        variants = [(names, match.end())]
        # The first names alone, before a place ("Benjamin Hart, London") or a role.
        for count, join in enumerate(_SPLIT.finditer(match[0], 0, match.end() - start), start=1):
            if count < len(names):
                variants.append((names[:count], start + join.start()))
        words = names[0].split()
        if len(names) == 1 and len(words) >= 3:
            for count in range(2, len(words)):
                if words[count - 1] not in _PARTICLES and words[count] not in _PARTICLES:
                    short = " ".join(words[:count])
                    variants.append(((short,), start + len(short)))
        for names, end in variants:
            if TRAILING_ROLE.search(" " + names[-1]) is not None:
                continue  # "Senior Writer", "Anna Berg Education editor": a role, or a name and its role
            if names not in seen and len(seen) < MAX_PER_LINE:
                seen.add(names)
                out.append((start, end, names, opening, glued, handle))
    return out


def read_lines(page: Page) -> list[Line]:
    """The lines candidates are read from: the page's first MAX_LINES, and those within
    BODY_REACH of the body's start beyond them."""
    lines = page.lines[:MAX_LINES]
    start = max(MAX_LINES, page.body_start - BODY_REACH)
    return lines + page.lines[start : page.body_start + BODY_REACH]


def _after_code(first: str) -> int:
    """What follows a candidate on its line: 0 nothing, 1 a separator, 2 a digit (a
    date), 3 a word, 4 a comma or semicolon."""
    if not first:
        return 0
    return 1 if first in _AFTER_SEPARATOR else 2 if first.isdigit() else 4 if first in ",;" else 3


def _without_stop(name: str) -> str:
    """A name without the full stop that ended its sentence ("Tatyana Turner."), but
    with an initial's or "Jr."'s."""
    return name if not name.endswith(".") or _KEEPS_STOP.search(name) else name[:-1]


def _cut_names(text: str, start: int, match: re.Match[str]) -> re.Match[str] | None:
    """The names printed from ``start`` (``match``: _NAMES' there), up to a word that ends
    a name: a month or a weekday before a date, or a tail word ("Updated", "Foto") with
    more after it ("By Thomas More" keeps its surname)."""
    for word in _WORDS.finditer(match[0]):
        folded_word = word[0].lower().rstrip(".,:")
        after = start + word.end()
        ends = (folded_word in _TAIL_WORDS and text[after:].strip() != "") or (
            folded_word in DATE_WORDS and _DATE_AFTER.match(text, after) is not None
        )
        if ends and word[0][0].isupper():
            return _NAMES.match(text, start, start + word.start()) if word.start() else None
    return match


#: Capitalised small words that end a name inside it: what follows is an outlet's name
#: ("By ANA RUIZ and TOM LI The Harbour Press") or a sentence's, never the name's. Not a
#: name's particle ("Del", "Van"), nor a word of two letters, which may be a name's ("Nguyễn
#: Văn An", "To Kit"), but "Of".
_ENDS_NAME = frozenset(word for word in _NOT_FIRST - _PARTICLES if len(word) > 2) | {"of"}


def _before_outlet(text: str, start: int, match: re.Match[str]) -> re.Match[str] | None:
    """The names printed from ``start`` (``match``: _NAMES' there) up to the first that is
    an agency's or a known outlet's ("By Ana Ruiz, Reuters": the names before it stand,
    the outlet is the rules' organisation), or up to a capitalised small word inside one
    ("Colleen Hale The Harbour Press")."""
    printed = match[0]
    parts = [0, *(end for join in _SPLIT.finditer(printed) for end in (join.start(), join.end())), len(printed)]
    for index in range(0, len(parts), 2):
        begin, end = parts[index], parts[index + 1]
        cut = None
        if index and canonical_name(_without_stop(printed[begin:end])) is not None:
            cut = parts[index - 1]  # the names before the outlet's
        else:
            for word in _WORDS.finditer(printed, begin, end):
                if word.start() > begin and word[0][0].isupper() and word[0].lower() in _ENDS_NAME:
                    cut = word.start()
                    break
        if cut is not None:
            return _NAMES.match(text, start, start + cut) if cut else None
    return match


def features(
    page: Page, found: list[Candidate], headline: int | None, ruled: Sequence[str] = (), budget: Budget | None = None
) -> list[list[float]]:
    """Each candidate's features, in the order of FEATURES. ``ruled`` are the authors
    the byline rules read on the page, if any."""
    lines = page.lines
    total = len(lines)
    prose = set(page.prose)
    first_prose = page.prose[0] if page.prose else total
    whole = "\n".join(line.text for line in read_lines(page)).casefold()
    body = "\n".join(lines[i].text for i in page.prose[:40]).casefold()
    heading = lines[headline].text.casefold() if headline is not None else ""
    # Each candidate's first name as compared: how often it stands alone on a line, on
    # how many lines, and the first.
    keys = [folded(candidate.names[0]) for candidate in found]
    alone = Counter(
        key for key, c in zip(keys, found, strict=True) if c.start == 0 and c.end == len(lines[c.line].text)
    )
    ruled_names = {folded(name) for name in ruled}
    lines_with: Counter[str] = Counter()
    first_line: dict[str, int] = {}
    counted: set[tuple[str, int]] = set()
    for key, candidate in zip(keys, found, strict=True):
        first_line.setdefault(key, candidate.line)
        if (key, candidate.line) not in counted:
            counted.add((key, candidate.line))
            lines_with[key] += 1
    page_counts: dict[str, int] = {}
    body_counts: dict[str, int] = {}
    persons: dict[str, bool] = {}
    # Whether a name, or a candidate's names together, hold a word that describes: most
    # candidates list one name, whose answer is_person_name needs too.
    described: dict[str, bool] = {}
    budget = budget or Budget(None)
    rows: list[list[float]] = []
    openings_before = 0
    # What a candidate's line holds and what stands around it, read once per line: a line
    # prints several candidates.
    around: dict[int, tuple[bool, int, int, bool, int, int, int]] = {}
    stamped: dict[int, bool] = {}
    for rank, (key, candidate) in enumerate(zip(keys, found, strict=True)):
        index = candidate.line
        line = lines[index]
        text = line.text
        known = around.get(index)
        if known is None:
            items = page.items[index] if index < len(page.items) else []
            known = around[index] = (
                any(item.kind is Kind.STAMP for item in items),
                KIND_CODES[items[0].kind if items else None],
                count_digits(text),
                any(item.kind is Kind.BYLINE for item in items),
                _kind_code(page, index - 1),
                _kind_code(page, index + 1),
                _stamp_distance(page, index, stamped),
            )
        stamp_on_line, kind, digits, byline_on_line, kind_before, kind_after, stamp_near = known
        if key not in page_counts:
            page_counts[key] = whole.count(key)
            body_counts[key] = body.count(key)
        budget.check()
        names = candidate.names
        words = [word for name in names for word in name.split()]
        for name in names:
            if name not in persons:
                persons[name] = is_person_name(name, _describes(name, described))
        rest = text[candidate.end :].lstrip()
        after = _after_code(rest[:1])
        shared = {folded(name) for name in names} & ruled_names if ruled_names else set()
        rows.append(
            [
                candidate.opening,
                candidate.glued,
                candidate.handle,
                len(names),
                len(words),
                sum(map(len, names)),
                index,
                index / total,
                index - headline if headline is not None else _FAR,
                index - page.body_start,
                index - first_prose,
                index - page.end,
                len(text),
                (candidate.end - candidate.start) / len(text),
                candidate.start,
                after,
                stamp_on_line,
                kind,
                digits,
                page_counts[key],
                alone[key],
                body_counts[key],
                key in heading,
                all(word.isupper() for word in words),
                all(persons[name] for name in names),
                any(word.endswith(".") for word in words),
                _describes(" ".join(names), described),
                line.gap_before,
                lines[index + 1].gap_before if index + 1 < total else True,
                index - 1 in prose,
                index + 1 in prose,
                index in prose,
                rank,
                len(found),
                byline_on_line,
                candidate.start == 0 and candidate.end == len(text),
                openings_before,
                any(word.lower() in _FUNCTION_WORDS for word in words),
                lines_with[key],
                first_line[key] - index,
                index < page.body_start,
                len(text) - candidate.end,
                (len(shared) == len(names) == len(ruled_names)) if ruled_names else -1,
                bool(shared) if ruled_names else -1,
                kind_before,
                kind_after,
                stamp_near,
            ]
        )
        openings_before += candidate.opening > 0
    return [list(map(float, row)) for row in rows]


def _describes(text: str, known: dict[str, bool]) -> bool:
    """``describes(text)``, kept in ``known``."""
    found = known.get(text)
    if found is None:
        found = known[text] = describes(text)
    return found


def _kind_code(page: Page, index: int) -> int:
    """The kind of line ``index`` (a stamp, a byline, a caption, ...) as the models code
    it; -1 beyond the page."""
    if not 0 <= index < len(page.items):
        return -1
    items = page.items[index]
    return KIND_CODES[items[0].kind if items else None]


#: How far (in lines) a stamp is looked for around a candidate: a name alone above or
#: below the article's date is its byline on many pages.
_STAMP_REACH = 3


def _stamp_distance(page: Page, index: int, stamped: dict[int, bool]) -> int:
    """The distance to the nearest line within _STAMP_REACH that holds a stamp, signed
    (below the candidate: positive); 0 on the candidate's own line or none near.
    ``stamped`` keeps whether each line looked at holds one (near candidates share lines)."""
    for distance in range(1, _STAMP_REACH + 1):
        for signed in (distance, -distance):
            near = index + signed
            if not 0 <= near < len(page.items):
                continue
            holds = stamped.get(near)
            if holds is None:
                holds = stamped[near] = any(item.kind is Kind.STAMP for item in page.items[near])
            if holds:
                return signed
    return 0


#: The first trees score every candidate; only the likeliest few by them are scored by
#: the rest (the first trees carry most of the score: see ``Model.likeliest``).
HEAD_TREES = 40
KEEP = 15


@dataclass(frozen=True, slots=True)
class Model:
    """Trees that score a candidate's features; the logistic of the score is the
    probability that the candidate lists the page's authors."""

    #: The sum of the first HEAD_TREES trees' leaves for a candidate, and of the others'.
    head: Callable[[list[float]], float]
    tail: Callable[[list[float]], float]
    #: The least probability at which the reader takes the likeliest candidate (when the
    #: rules read other names or none).
    threshold: float
    trees: int

    def probability(self, row: list[float]) -> float:
        return _logistic(self.head(row) + self.tail(row))

    def likeliest(self, rows: Sequence[list[float]]) -> tuple[int, float]:
        """The likeliest candidate and its probability. Every candidate is scored by the
        first trees, and only the KEEP best by them by all: a fraction of the cost. On
        every corpus page the model judges, the answer is the one full scoring gives
        (tests/test_authors.py checks it)."""
        heads = [self.head(row) for row in rows]
        kept = sorted(range(len(rows)), key=heads.__getitem__, reverse=True)[:KEEP]
        scores = {i: heads[i] + self.tail(rows[i]) for i in kept}
        best = max(kept, key=scores.__getitem__)
        return best, _logistic(scores[best])


def _logistic(score: float) -> float:
    return 1.0 / (1.0 + math.exp(-score))


def model_from_json(data: dict[str, Any]) -> Model:
    check_inputs(data, FEATURES)
    trees = data["trees"]
    return Model(
        compile_trees(trees[:HEAD_TREES], MODEL),
        compile_trees(trees[HEAD_TREES:], MODEL),
        float(data["threshold"]),
        len(trees),
    )


#: The model the reader scores with: the shipped one, read once per process.
model = Shipped("authors_model", lambda: model_from_json(json.loads(MODEL.read_text(encoding="utf-8"))))
substituted = model.substituted


@dataclass(frozen=True, slots=True)
class Judgement:
    """The model's word on a page: its likeliest candidate (None: the page prints no
    name), the probability, whether the rules' names are among the candidates (else the
    model cannot judge them) and are its likeliest, and whether it is sure enough."""

    likeliest: Candidate | None
    probability: float
    seen: bool
    agrees: bool
    sure: bool


def unjudged(ruled: Sequence[str], seen: bool) -> bool:
    """Whether the rules' authors stand unjudged: written in a script whose names the
    candidates do not read (Chinese, Korean, Arabic, ...), so the model cannot see them."""
    return bool(ruled) and not seen and not any(_READABLE.search(name) for name in ruled)


#: How likely the model must find the rules' names, as its likeliest candidate printed
#: without an opening word, for the two readings to agree: below it, the words the rules
#: took for a name beside a stamp are a menu's or a section's ("Filter Suche", "Original
#: Research"). A byline's opening word vouches for its names ("By Ana Ruiz and Tom Li",
#: which the model finds less likely on a page of a few lines).
AGREEMENT = 0.55


def agreeing(same_names: bool, opened: bool, probability: float) -> bool:
    """Whether the rules' reading and the model's likeliest agree (see AGREEMENT)."""
    return same_names and (opened or probability >= AGREEMENT)


def judge(page: Page, headline: int | None, ruled: Sequence[str] = (), budget: Budget | None = None) -> Judgement:
    """The likeliest list of the page's authors. It is taken when the rules (``ruled``)
    read the same names, since two readings agree (see AGREEMENT), or else at the model's
    threshold."""
    found = candidates(page, budget)
    ruled_names = frozenset(folded(name) for name in ruled)
    seen = bool(ruled_names) and any(frozenset(map(folded, c.names)) == ruled_names for c in found)
    if not found:
        return Judgement(None, 0.0, seen, False, False)
    model_ = model()
    best, probability = model_.likeliest(features(page, found, headline, ruled, budget))
    same = bool(ruled_names) and frozenset(map(folded, found[best].names)) == ruled_names
    agrees = agreeing(same, found[best].opening > 0, probability)
    return Judgement(found[best], probability, seen, agrees, agrees or probability >= model_.threshold)
