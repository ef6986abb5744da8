"""Reading a page's layout: what each line is, and where the article begins and ends.

Each line is split into its " | "-separated segments, and each segment is classified
on its own (a Xinhua meta line carries a source, a timestamp and an editor at once).
A line whose segments are not all metadata is article text. Then the page is cut into
regions: the header (before the first prose paragraph), the body (from there to the
first closing line: a source line, an editor line, a copyright), and the chrome after
an end marker ("RELATED STORIES"), from which nothing but closing metadata is read.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field

from . import settings
from .fields import (
    ParsedByline,
    ParsedCaption,
    parse_byline,
    parse_caption,
    parse_contributors,
    parse_sources,
)
from .registry import OUTLET_CHROME, OUTLET_MARKERS, OutletProfile, canonical_name
from .text import Line
from .timestamps import Parsed, Stamp, parse_timestamp


class Kind(enum.Enum):
    STAMP = "stamp"
    BYLINE = "byline"
    ORGANISATION = "organisation"
    SOURCES = "sources"
    CONTRIBUTORS = "contributors"
    CAPTION = "caption"
    CHROME = "chrome"
    #: Starts a block of page furniture inside the article ("More On This Topic",
    #: "RELATED COVERAGE"): the lines after it are skipped up to the next paragraph.
    BLOCK = "block"
    CLOSING = "closing"
    END = "end"


@dataclass(slots=True)
class Item:
    """One piece of metadata found on a line."""

    kind: Kind
    #: For stamps: "published", "updated" or None (unlabelled).
    label: str | None = None
    stamp: Parsed | None = None
    #: For stamps: the section label printed before it ("Asia Pacific 19:49, ...").
    section: str | None = None
    byline: ParsedByline | None = None
    names: list[str] = field(default_factory=list)
    contributors: list[tuple[str, str]] = field(default_factory=list)
    caption: ParsedCaption | None = None
    #: The segment of the line this item was read from.
    text: str = ""


@dataclass(slots=True)
class Page:
    lines: list[Line]
    #: Per line: the metadata it carries; empty for article text.
    items: list[list[Item]]
    #: Index of the first body line, of the first line after the body, and of the end marker.
    body_start: int
    body_end: int
    end: int
    #: Indexes of the article's paragraphs.
    body: list[int]

    def text_lines(self, start: int, stop: int) -> list[Line]:
        return [line for line in self.lines[start:stop] if not self.items[line.index]]


# ---------------------------------------------------------------------------

_LABEL = re.compile(
    r"^(?P<label>Last updated|Updated(?: on| at)?|Published(?: on| at)?|Posted(?: on| at)?|"
    r"Publish time|Update time|更新时间|发布时间|发表时间|更新|发布)\s*[:：]?\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_LABELS = {
    "last updated": "updated",
    "updated": "updated",
    "update time": "updated",
    "更新时间": "updated",
    "更新": "updated",
}
# Where a timestamp printed after other text may start: a digit, or a month or weekday name.
_STAMP_START = re.compile(
    r"\s+(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_CLOCK = re.compile(r"\d[:：]\d\d")
# Relative stamps without a digit: "an hour ago", "just now", "yesterday".
_RELATIVE_HINT = re.compile(r"\bago\b|\bjust now\b|\byesterday\b|\btoday\b|刚刚|昨天|今天", re.IGNORECASE)
_ATTRIBUTION = re.compile(r"^[(（](?P<name>[^()（）]{2,40})[)）]$")
_COOKIES = re.compile(
    r"\b(?:our|we) use (?:of )?cookies\b|\bour (?:privacy statement|cookie policy)\b|^i agree$"
    r"|\baccept (?:all )?cookies\b|\bcookie (?:settings|policy)\b.*\b(?:you|your)\b",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^(?:Copyright\b|©|\(c\)\s|All rights reserved|版权所有|Enditem\b|\[?End\]?$|（完）$|_{3,}$)", re.IGNORECASE
)
# Lines after which the rest of the page is chrome ("RELATED STORIES"), and lines that
# are chrome wherever they stand. Exact lines are looked up in sets (lower-cased, without
# a trailing colon); the regexes hold the forms with variable parts.
_END_LINES = frozenset({
    "related stories", "related news", "related articles", "related reading", "related content",
    "you may also like", "you might also like", "recommended", "recommended for you", "recommended stories",
    "most popular", "most read", "most viewed", "trending", "trending now", "top news", "today's top news",
    "top stories", "editor's picks", "editors' picks", "latest news", "more news", "more stories",
    "related stories & photos", "相关新闻", "相关阅读", "相关报道", "推荐阅读", "热点推荐", "延伸阅读",
})
_END = re.compile(r"^more (?:stories|news|articles) (?:from|on)\b.{0,40}$", re.IGNORECASE)
_BLOCK_LINES = frozenset({
    "related", "related coverage", "more on this topic", "read also", "also read", "read more", "see also",
    "photos", "more", "more >>", "watch", "listen", "you may be interested in",
})
_CHROME_LINES = frozenset({
    "share", "share this", "share this article", "share on", "copied", "copy", "copy link", "link copied",
    "print", "email", "e-mail", "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "wechat",
    "weibo", "reddit", "pinterest", "flipboard", "line", "comment", "comments", "all comments",
    "advertisement", "ad", "story continues", "follow us", "add your comment", "leave a comment",
    "post a comment", "font size", "fontsize", "a+", "a-", "skip to main content", "skip to content",
    "menu", "search", "sections", "close", "back to top", "back to top close", "video playerclose",
    "newsletters", "sign up", "sign in", "log in", "subscribe", "get short url", "i agree", "accept",
    "follow topic", "分享", "分享到", "打印", "关闭", "【纠错】", "纠错", "返回顶部",
})
_CHROME = re.compile(
    r"^(?:follow us on \w+|scan (?:the )?qr code\b.*|download (?:our|the) app\b.*|subscribe to\b.*|"
    r"\(for the latest [^()]*\)|\d{1,2}:\d{2}(?::\d{2})?|\d+ of \d+|-{3,}|\*{3,}|扫一扫.*|"
    r"share\s*[-–:]\s*\w+|join st's (?:whatsapp|telegram) channel\b.*|get newsletters curated for you|"
    r"to activate the text-to-speech service\b.*|sign up here\.?)$",
    re.IGNORECASE,
)
_SEGMENT = re.compile(r"\s*\|\s*")
_PROSE_END = re.compile(r"[.!?。！？…][\"'”’)）\]]*$")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def detect_outlet(raw: str) -> tuple[OutletProfile | None, re.Match[str] | None]:
    """The outlet whose markers weigh most in the page, and its strongest marker's match."""
    best: tuple[int, OutletProfile, re.Match[str]] | None = None
    head, tail_start = (
        settings.OUTLET_HEAD_CHARS,
        max(settings.OUTLET_HEAD_CHARS, len(raw) - settings.OUTLET_TAIL_CHARS),
    )
    for profile, markers in OUTLET_MARKERS:
        score = 0
        strongest: tuple[int, re.Match[str]] | None = None
        for pattern, weight in markers:
            match = pattern.search(raw, 0, head) or pattern.search(raw, tail_start)
            if match is not None:
                score += weight
                if strongest is None or weight > strongest[0]:
                    strongest = (weight, match)
        if strongest is not None and score >= settings.MIN_OUTLET_SCORE and (best is None or score > best[0]):
            best = (score, profile, strongest[1])
    return (best[1], best[2]) if best else (None, None)


def read_page(lines: list[Line], profile: OutletProfile | None) -> Page:
    """Classify every line and find the body's bounds."""
    items: list[list[Item]] = []
    end = len(lines)
    for line in lines:
        found = classify_line(line.text, profile)
        if found and found[0].kind is Kind.END:
            end = line.index
            items.extend([] for _ in lines[line.index :])
            break
        items.append(found)
    body_start = _body_start(lines, items, end)
    body_end = end
    for index in range(body_start, end):
        if any(item.kind in (Kind.CLOSING, Kind.SOURCES, Kind.CONTRIBUTORS) for item in items[index]):
            body_end = index
            break
    return Page(lines, items, body_start, body_end, end, _body_lines(lines, items, body_start, body_end))


def _body_lines(lines: list[Line], items: list[list[Item]], start: int, stop: int) -> list[int]:
    """The article text lines between the body's bounds: without the furniture that a
    block marker opens, and without the list of headlines a page may print after the
    last paragraph."""
    body: list[int] = []
    skipping = False
    for index in range(start, stop):
        if items[index]:
            skipping = skipping or any(item.kind is Kind.BLOCK for item in items[index])
            continue
        if skipping and not is_prose(lines[index].text):
            continue
        skipping = False
        body.append(index)
    while body and not _PROSE_END.search(lines[body[-1]].text):
        body.pop()
    return body


def is_prose(text: str) -> bool:
    """Whether a line reads as a paragraph of the article rather than page furniture."""
    if not text.isascii() and len(_CJK.findall(text)) >= settings.MIN_PROSE_CJK_CHARS:
        return _PROSE_END.search(text) is not None
    words = len(text.split())
    return words >= 25 or (words >= settings.MIN_PROSE_WORDS and _PROSE_END.search(text) is not None)


def _body_start(lines: list[Line], items: list[list[Item]], end: int) -> int:
    # The body starts at the first prose line after the header's metadata. Metadata
    # is looked for up to the second prose line, so that a standfirst printed above
    # the byline stays out of the body.
    prose = [i for i in range(end) if not items[i] and is_prose(lines[i].text)]
    if not prose:
        return end
    horizon = prose[1] if len(prose) > 1 else end
    header_meta = [
        i for i in range(horizon) if any(it.kind in (Kind.STAMP, Kind.BYLINE, Kind.ORGANISATION) for it in items[i])
    ]
    if not header_meta:
        return prose[0]
    after = [i for i in prose if i > header_meta[-1]]
    return after[0] if after else end


def classify_line(text: str, profile: OutletProfile | None) -> list[Item]:
    """The metadata a cleaned line carries; empty when it is article text."""
    if len(text) <= settings.MAX_LABEL_CHARS:
        key = text.lower().rstrip(" :：")
        if key in _END_LINES or _END.match(text):
            return [Item(Kind.END, text=text)]
        if key in _BLOCK_LINES:
            return [Item(Kind.BLOCK, text=text)]
        if key in _CHROME_LINES:
            return [Item(Kind.CHROME, text=text)]
        if _CLOSING.match(text):
            return [Item(Kind.CLOSING, text=text)]
    if len(text) <= settings.MAX_CHROME_CHARS:
        own = OUTLET_CHROME.get(profile.name) if profile is not None else None
        if (
            _CHROME.match(text)
            or (("ookie" in text or "agree" in text) and _COOKIES.search(text))
            or (own is not None and own.match(text))
        ):
            return [Item(Kind.CHROME, text=text)]
    if len(text) <= settings.MAX_META_CHARS:
        found: list[Item] = []
        for segment in _SEGMENT.split(text):
            items = _classify_segment(segment, profile)
            if items is None:
                break
            found += items
        else:
            return found
        contributors = _trailing_contributors(text, profile)
        if contributors:
            return contributors
    caption = parse_caption(text)
    if caption is not None:
        return [Item(Kind.CAPTION, caption=caption, text=text)]
    return []


def _trailing_contributors(text: str, profile: OutletProfile | None) -> list[Item]:
    """An editor group glued to the end of a line of chrome or metadata:
    "(For the latest China news, ...)(Web editor: A, B)"."""
    opening = max(text.rfind("("), text.rfind("（"))
    if opening <= 0:
        return []
    contributors = parse_contributors(text[opening:])
    if not contributors:
        return []
    before = classify_line(text[:opening].strip(), profile)
    if not before:
        return []
    return [*before, Item(Kind.CONTRIBUTORS, contributors=contributors, text=text[opening:])]


def _classify_segment(text: str, profile: OutletProfile | None) -> list[Item] | None:
    """The metadata one " | "-separated segment carries; None if it is not all metadata."""
    date_order = profile.date_order if profile else None
    zone_names = profile.zone_names if profile else None
    # Cheap tests first: most lines are prose that no parser below would take.
    short = len(text) <= settings.MAX_TIMESTAMP_CHARS
    if _DIGIT.search(text) or (short and _RELATIVE_HINT.search(text)):
        labelled = _LABEL.match(text) if short else None
        if labelled is not None:
            stamp = parse_timestamp(labelled["rest"], date_order=date_order, zone_names=zone_names)
            label = _LABELS.get(labelled["label"].lower(), "published")
            # "Updated: 2024-13-45" is a stamp we could not read; "Posted 5 replies" is not a stamp.
            if stamp is not None or len(labelled["rest"]) <= settings.MAX_STAMP_CHARS:
                return [Item(Kind.STAMP, label=label, stamp=stamp, text=text)]
        stamp = parse_timestamp(text, date_order=date_order, zone_names=zone_names, fallback=False) if short else None
        if stamp is not None:
            return [Item(Kind.STAMP, stamp=stamp, text=text)]
        trailing = _trailing_stamp(text, profile)
        if trailing is not None:
            return trailing
        stamp = parse_timestamp(text, date_order=date_order, zone_names=zone_names) if short else None
        if stamp is not None:
            return [Item(Kind.STAMP, stamp=stamp, text=text)]
    if ":" in text or "：" in text or "(" in text:
        contributors = parse_contributors(text)
        if contributors:
            return [Item(Kind.CONTRIBUTORS, contributors=contributors, text=text)]
        sources = parse_sources(text)
        if sources:
            return [Item(Kind.SOURCES, names=sources, text=text)]
    if text[:3].lower() == "by ":
        byline = parse_byline(text)
        if byline is not None:
            return [Item(Kind.BYLINE, byline=byline, text=text)]
    organisation = canonical_name(text)
    if organisation is not None or (profile is not None and text in profile.bare_byline):
        return [Item(Kind.ORGANISATION, names=[organisation or text], text=text)]
    return None


def _trailing_stamp(text: str, profile: OutletProfile | None) -> list[Item] | None:
    """A timestamp with a time, printed after a section label ("Asia Pacific 19:49, ..."),
    an attribution ("(Xinhua) 14:20, ...") or a byline ("By A (People's Daily Online) 16:20, ...")."""
    clock = _CLOCK.search(text)
    if clock is None:
        return None
    # The stamp holds the time and is short: only split points just before it are tried.
    for split in _STAMP_START.finditer(text, max(1, len(text) - settings.MAX_TIMESTAMP_CHARS), clock.start() + 1):
        prefix, rest = text[: split.start()].strip(), text[split.end() :]
        stamp = parse_timestamp(
            rest,
            date_order=profile.date_order if profile else None,
            zone_names=profile.zone_names if profile else None,
            fallback=False,
        )
        if not isinstance(stamp, Stamp) or stamp.time is None:
            continue
        attribution = _ATTRIBUTION.match(prefix)
        if attribution is not None:
            name = canonical_name(attribution["name"]) or attribution["name"]
            # The page's own name is its staff's byline; any other is an agency it carries.
            kind = Kind.ORGANISATION if profile is not None and name == profile.name else Kind.SOURCES
            return [Item(kind, names=[name], text=prefix), Item(Kind.STAMP, stamp=stamp, text=rest)]
        byline = parse_byline(prefix)
        if byline is not None:
            return [Item(Kind.BYLINE, byline=byline, text=prefix), Item(Kind.STAMP, stamp=stamp, text=rest)]
        if is_label(prefix):
            return [Item(Kind.STAMP, stamp=stamp, section=prefix, text=text)]
        return None
    return None


def is_label(text: str) -> bool:
    """A short label such as a section name: a few words, no digits, no sentence end."""
    return (
        0 < len(text) <= settings.MAX_SECTION_CHARS
        and len(text.split()) <= settings.MAX_SECTION_WORDS
        and not any(c.isdigit() for c in text)
        and not text.endswith((".", "!", "?", ":"))
    )
