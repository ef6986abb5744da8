"""Parsers for the metadata a single line carries: bylines, credits, captions,
contributors, source lines and dateline leads. Each takes cleaned text and returns
plain values; dates and warnings are the pipeline's business."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import settings
from .registry import canonical_name
from .text import title_case_if_caps

# ---------------------------------------------------------------------------
# Names

_NAME_SPLIT = re.compile(r"\s*(?:,|;|、|，|&|\band\b|\bund\b|和|与)\s*")
_EMAIL = re.compile(r"\S+@\S+\.\w+")
# Words that make a phrase a description, not a person's name.
_NOT_NAME = re.compile(
    r"\b(?:staff|reporters?|writers?|correspondents?|editors?|contributors?|agency|agencies|"
    r"news|online|daily|times|post|press|network|service|photo|photos|in|from|for|the|said|of)\b",
    re.IGNORECASE,
)
_PERSON = re.compile(r"^[^\W\d_][\w.'’\- ]{0,60}$")


def split_names(value: str) -> list[str]:
    """People named in a list ("A, B and C"), in order, without e-mail addresses."""
    value = _EMAIL.sub("", value)
    names = []
    for part in _NAME_SPLIT.split(value):
        part = part.strip(" .;:|()（）[]")
        if part:
            names.append(title_case_if_caps(part))
    return names


def is_person_name(value: str) -> bool:
    """Whether a short phrase reads as a person's name rather than an organisation."""
    if canonical_name(value) is not None or _NOT_NAME.search(value):
        return False
    if any("\u4e00" <= c <= "\u9fff" for c in value):
        return 2 <= len(value.replace(" ", "")) <= 4
    words = value.split()
    return bool(_PERSON.match(value)) and 1 <= len(words) <= 4 and all(w[0].isupper() for w in words)


# ---------------------------------------------------------------------------
# Bylines


@dataclass(slots=True)
class ParsedByline:
    authors: list[str]
    organisation: str | None


_BY = re.compile(r"^(?:By|BY|by)\s+(?P<rest>\S.*)$")
_PARENTHESISED = re.compile(r"\s*[(（](?P<name>[^()（）]{2,60})[)）]")


def parse_byline(value: str) -> ParsedByline | None:
    """A "By ..." line: people in order and the organisation it names, if any."""
    match = _BY.match(value)
    if match is None or len(value) > settings.MAX_BYLINE_CHARS:
        return None
    authors: list[str] = []
    organisation: str | None = None
    rest = match["rest"]
    for named in _PARENTHESISED.finditer(rest):  # "By A, B (People's Daily Online)"
        organisation = organisation or canonical_name(named["name"])
    rest = _PARENTHESISED.sub("", rest)
    for part in _NAME_SPLIT.split(_EMAIL.sub("", rest)):
        part = part.strip(" .;:|()（）[]")
        if not part:
            continue
        canonical = canonical_name(part)
        if canonical is not None:
            organisation = organisation or canonical
        elif is_person_name(part) or is_person_name(title_case_if_caps(part)):
            authors.append(title_case_if_caps(part))
    if not authors and organisation is None:
        return None
    return ParsedByline(authors, organisation)


# ---------------------------------------------------------------------------
# Photo credits and captions


@dataclass(slots=True)
class Credit:
    credit: str | None
    photographer: str | None


_CREDIT_PREFIX = re.compile(
    r"^(?:(?:file\s+)?photos?|images?|pictures?|illustration|graphics?)(?:\s+by)?\s*[:：/]?\s*",
    re.IGNORECASE,
)


_PHOTO_SUFFIX = re.compile(r"\s+(?:photos?|images?|pictures?)$", re.IGNORECASE)


def parse_credit(value: str) -> Credit | None:
    """A photo credit ("Xinhua/Li Xueren", "Photo by Zou Hong/chinadaily.com.cn", "VCG")."""
    value = _CREDIT_PREFIX.sub("", value.strip()).strip()
    if not value:
        return None
    credit: str | None = None
    photographer: str | None = None
    for part in (p.strip() for p in value.split("/")):
        if not part:
            continue
        canonical = canonical_name(part) or canonical_name(_PHOTO_SUFFIX.sub("", part))
        if canonical is not None:
            credit = credit or canonical
        elif photographer is None and is_person_name(title_case_if_caps(part)):
            photographer = title_case_if_caps(part)
        elif credit is None:
            credit = part
        else:
            return None
    if credit is None and photographer is None:
        return None
    return Credit(credit, photographer)


# Credits stand at the end of a caption: only its last characters are searched.
_CREDIT_TAIL = 100
# " /Xinhua" (CGTN).
_SLASH_CREDIT = re.compile(r"(?:^|\s)/\s?(?P<credit>[^/\s][^/]{0,40}(?:/[^/]{1,40})?)$")
# "(Xinhua/Li Xueren)", "(People's Daily Online/Weng Qiyu）", "[Photo/VCG]".
_BRACKET_CREDIT = re.compile(r"[(（\[](?P<credit>[^()（）\[\]]{2,80})[)）\]]$")
_SENTENCE_END = re.compile(r"[.!?。！？]$")


@dataclass(slots=True)
class ParsedCaption:
    text: str | None
    credit: Credit


def parse_caption(value: str) -> ParsedCaption | None:
    """A caption line that ends with its credit; None if the line carries no credit."""
    offset = max(0, len(value) - _CREDIT_TAIL)
    tail = value[offset:]
    if value.endswith((")", "）", "]")):
        match = _BRACKET_CREDIT.search(tail)
        inner = match["credit"].strip() if match else ""
        if not ("/" in inner or _CREDIT_PREFIX.match(inner)):
            return None
    elif "/" in tail:
        match = _SLASH_CREDIT.search(tail)
        inner = match["credit"] if match else ""
        if not inner or _SENTENCE_END.search(inner) or len(inner.split()) > 6:
            return None
    else:
        return None
    assert match is not None
    credit = parse_credit(inner)
    if credit is None:
        return None
    return ParsedCaption(value[: offset + match.start()].strip() or None, credit)


_PLACE_NOUNS = (
    r"province|city|county|district|region|state|prefecture|municipality|village|town|township|"
    r"island|islands|capital|autonomous|special|administrative"
)
_PLACE_WORD = re.compile(
    r"^(?:[A-Z][\w.'’\-]*|of|the|de|" + _PLACE_NOUNS + r"|"
    r"(?:north|south)?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|central)$"
)
_IN_PLACE = re.compile(r"\b(?:in|at)\s+(?P<place>[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|" + _PLACE_NOUNS + r"))*)$")


def caption_location(text_before_date: str) -> str | None:
    """The place a caption names just before its date ("..., Chengdu, Sichuan province, ")."""
    parts = [p.strip() for p in text_before_date.rstrip(" ,").split(",")]
    place: list[str] = []
    while parts and len(place) < settings.MAX_LOCATION_PARTS:
        part = parts[-1]
        words = part.split()
        if (
            words
            and len(words) <= settings.MAX_LOCATION_PART_WORDS
            and any(w[0].isupper() for w in words)
            and all(_PLACE_WORD.match(w) for w in words)
        ):
            place.insert(0, part)
            parts.pop()
            continue
        tail = _IN_PLACE.search(part)
        if tail is not None:
            place.insert(0, tail["place"])
        break
    return ", ".join(place) or None


# ---------------------------------------------------------------------------
# Contributors and source lines

_CONTRIBUTORS = re.compile(
    r"^[(（\[]?\s*(?P<role>web editors?|editors?|chief editor|editor-in-chief|reporting|editing|writing|"
    r"reporters?|producers?|videographers?|video editors?|designers?|graphic designers?|translators?|"
    r"proofreaders?|camera|责任编辑|编辑|校对|记者|摄影)\s*[:：]\s*"
    r"(?P<names>[^()（）\[\]:：]{1,150}?)\s*[)）\]]?\.?$",
    re.IGNORECASE,
)


def parse_contributors(value: str) -> list[tuple[str, str]] | None:
    """A "(Web editor: Meng Bin, Liang Jun)" line as (name, role) pairs."""
    match = _CONTRIBUTORS.match(value)
    if match is None:
        return None
    role = match["role"][0].upper() + match["role"][1:]
    names = split_names(match["names"])
    return [(name, role) for name in names] or None


_SOURCE = re.compile(
    r"^(?:Source\(s\)|Sources?|来源|來源|消息来源)\s*[:：]\s*(?P<names>.{1,150})$"
    r"|^[(（]\s*With (?:input|inputs|reporting) from (?P<input>[^()（）]{1,150})[)）]\.?$",
    re.IGNORECASE,
)


def parse_sources(value: str) -> list[str] | None:
    """Canonical names on a "Source(s): ..." or "(With input from ...)" line."""
    match = _SOURCE.match(value)
    if match is None:
        return None
    names = match["names"] or match["input"]
    return [canonical_name(n) or n for n in _NAME_SPLIT.split(names.strip(" .")) if n.strip()]


# ---------------------------------------------------------------------------
# Dateline leads

_DATELINE = re.compile(
    r"^(?P<location>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)*(?:,\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)*)?"
    r"|[\u4e00-\u9fff]{2,8})?"
    r"\s*,?\s*(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"|\d{1,2}月\d{1,2}日)?\.?"
    r"(?:\s*(?:[(（](?P<agency>[^()（）]{2,40})[)）]|/(?P<slashagency>[A-Z]{2,10})/\.?)\s*(?:--|—|–|-(?=\s)|电)?"
    r"|\s*(?:--|—|–)|\s+-\s)\s*",
)


def _is_caps(value: str) -> bool:
    letters = [c for c in value if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass(slots=True)
class ParsedDateline:
    location: str | None
    date: str | None
    agency: str | None
    lead: str
    rest: str


def parse_dateline(value: str) -> ParsedDateline | None:
    """A lead like "NEW DELHI, Nov. 18 (Xinhua) --"; None if the paragraph has none."""
    match = _DATELINE.match(value)
    if match is None:
        return None
    agency = match["agency"] or match["slashagency"]
    location = match["location"]
    if agency is not None and canonical_name(agency) is None and not agency.isupper():
        return None
    if agency is None and not (location and _is_caps(location.split(",")[0])):
        return None  # "Beijing -based": only a capitalised place stands without an agency
    rest = value[match.end() :]
    if not rest or (location is None and agency is None):
        return None
    return ParsedDateline(
        location=", ".join(title_case_if_caps(p.strip()) for p in location.split(",")) if location else None,
        date=match["date"],
        agency=(canonical_name(agency) or agency) if agency else None,
        lead=value[: match.end()].strip(),
        rest=rest,
    )
