"""Timestamps: compiled fast paths for the formats outlets print, dateparser behind them.

:func:`parse_timestamp` reads a string that is a timestamp and nothing else
("2024.09.11 11:30 GMT+8", "14:20, November 18, 2020"); :func:`find_date` finds a date
inside running text (captions, datelines). Both return a :class:`Stamp`: the date and
time *as printed*, with the zone the text states, or ``None``. Turning a stamp into an
instant (assumed zones, inferred years, output zone) is :func:`to_instant` and
:func:`infer_year`; the caller records a warning for each guess.

dateparser is the fallback only: one parser, configured once at import, fed strings no
longer than :data:`~.settings.DATEPARSER_MAX_INPUT` that the fast paths did not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from dateparser.date import DateDataParser

from . import settings
from .registry import DateOrder
from .text import as_matched

# ---------------------------------------------------------------------------
# Zones

UTC = UTC

# Zone abbreviations as the GMT+8 press uses them: "CST" is China Standard Time
# (+08:00), not US Central. A profile may override an entry (OutletProfile.zone_names).
ZONE_OFFSETS: dict[str, timedelta] = {
    "UTC": timedelta(0),
    "GMT": timedelta(0),
    "Z": timedelta(0),
    "CST": timedelta(hours=8),
    "BJT": timedelta(hours=8),
    "HKT": timedelta(hours=8),
    "SGT": timedelta(hours=8),
    "MYT": timedelta(hours=8),
    "PHT": timedelta(hours=8),
    "AWST": timedelta(hours=8),
    "WITA": timedelta(hours=8),
    "JST": timedelta(hours=9),
    "KST": timedelta(hours=9),
    "IST": timedelta(hours=5, minutes=30),
    "MSK": timedelta(hours=3),
    "CET": timedelta(hours=1),
    "CEST": timedelta(hours=2),
    "BST": timedelta(hours=1),
    "EST": timedelta(hours=-5),
    "EDT": timedelta(hours=-4),
    "PST": timedelta(hours=-8),
    "PDT": timedelta(hours=-7),
    # The rest of the world's common abbreviations. Words that are English words too in
    # capitals ("ART", "EAT", "WET") are left out.
    "AEST": timedelta(hours=10),
    "AEDT": timedelta(hours=11),
    "ACST": timedelta(hours=9, minutes=30),
    "ACDT": timedelta(hours=10, minutes=30),
    "NZST": timedelta(hours=12),
    "NZDT": timedelta(hours=13),
    "WIB": timedelta(hours=7),
    "WIT": timedelta(hours=9),
    "ICT": timedelta(hours=7),
    "PKT": timedelta(hours=5),
    "EET": timedelta(hours=2),
    "EEST": timedelta(hours=3),
    "WEST": timedelta(hours=1),
    "MEZ": timedelta(hours=1),
    "MESZ": timedelta(hours=2),
    "SAST": timedelta(hours=2),
    "HST": timedelta(hours=-10),
    "AKST": timedelta(hours=-9),
    "AKDT": timedelta(hours=-8),
    "BRT": timedelta(hours=-3),
}

#: Zones American pages name for both halves of the year: standard or daylight by the date.
_AMERICAN_ZONES = {"ET": "America/New_York", "PT": "America/Los_Angeles"}
#: Every abbreviation read as a zone, longest first.
_ZONE_ABBREVIATIONS = "|".join(sorted([*ZONE_OFFSETS, *_AMERICAN_ZONES], key=len, reverse=True))

# The lookahead holds the characters a zone starts with: most positions fail it at once.
_ZONE = re.compile(
    r"(?=[A-Z+\-北п])(?:\b(?:GMT|UTC)\s*(?P<sign>[+-])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?(?![\d:])"
    r"|(?<![\w+-])(?P<nsign>[+-])(?P<noh>\d{2}):?(?P<nom>\d{2})\b"
    r"|\b(?P<abbr>" + _ZONE_ABBREVIATIONS + r")\b"
    r"|(?P<beijing>Beijing [Tt]ime|北京时间)|(?P<moscow>Moscow [Tt]ime|по московскому времени))"
)

# ---------------------------------------------------------------------------
# Dates and times

_MON = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# Month names of the languages most pages in Latin script are written in (English,
# German, French, Spanish, Italian, Portuguese, Dutch), full and abbreviated. Names that
# are also common words elsewhere ("mai", "set", "out") are only read beside a year.
_MONTH_NAMES: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            "jan january januar jänner janvier janv enero ene gennaio gen janeiro januari",
            "feb february februar février fevrier févr fevr febrero febbraio fevereiro fev februari",
            "mar march märz mär maerz mars marzo março maart mrt",
            "apr april avril avr abril abr aprile",
            "may mai mayo maggio mag maio mei",
            "jun june juni juin junio giugno giu junho",
            "jul july juli juillet juil julio luglio lug julho",
            "aug august août aout agosto ago augustus",
            "sep sept september septembre septiembre setiembre settembre set setembro",
            "oct october oktober okt octobre octubre ottobre ott outubro out",
            "nov november novembre noviembre novembro",
            "dec december dezember dez décembre decembre déc diciembre dic dicembre dezembro",
        ),
        start=1,
    )
    for name in names.split()
}
_MON_ANY = r"(?P<mon>" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\b\.?"
_ORD = r"(?:st|nd|rd|th)?"
#: The most characters between a date and the time printed after it (", at ", " um ").
_MAX_GAP = 8

# Tried in order; the first that matches decides. Group names: y, m, d, mon, and
# a/b for the two numbers of a D/M or M/D date whose order the outlet decides.
# A pattern that opens with a number consumes its first digits before it looks behind
# them: "\d(?<![\d.]\d)" is a digit with neither a digit nor a dot before it. Opening with
# a digit, a pattern lets the regex engine skip from digit to digit; opening with a
# lookbehind, it is tried at every position of the text.
_DATE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"(?P<y>\d(?<!\d\d)\d{3})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日",
        # Taiwan's Minguo calendar: "113年3月4日" is 2024 (year 1 is 1912).
        r"(?P<roc>1(?<!\d1)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日",
        # A time may be glued before it ("04:102024/08/20": a page's spans run together).
        r"(?P<y>(?:19|20)(?:(?<![\d.]..)|(?<=:\d\d..))\d{2})([./-])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?![\d.]\d)",
        # Xinhua's Chinese pages: "2024 07/ 08 10:21:46", year first, then month/day.
        r"(?P<y>(?:19|20)(?<![\d.]..)\d{2}) (?P<m>\d{1,2})/ ?(?P<d>\d{1,2})(?![\d./])",
        r"(?P<a>\d(?<![\d.]\d)\d?)(?P<sep>[./-]) ?(?P<b>\d{1,2})(?P=sep) ?(?P<y>(?:19|20)\d{2})(?!\d)",
        # "19 October 2019", "19. Oktober 2019", "19 de octubre de 2019", "19-Oct-2019"
        # (A month's name has three letters at least: the lookahead fails a number fast.)
        r"(?P<d>\d(?<!\d\d)\d?)(?:st|nd|rd|th|\.)?(?:\s+(?:de\s+)?|-)\b(?=[^\W\d_]{3})"
        + _MON_ANY
        + r"(?:,?\s+(?:de\s+)?|-)(?P<y>(?:19|20)\d{2})(?!\d)",
        # The lookahead (a word, then a number) spares trying every month name at every word;
        # it takes the word possessively, as a shorter run of letters is followed by a letter.
        r"\b(?=[^\W\d_]{3,10}+\.?\s*\d)" + _MON_ANY + r"\s*(?P<d>\d{1,2})" + _ORD + r",?\s+(?P<y>(?:19|20)\d{2})(?!\d)",
        r"(?P<m>\d(?<!\d\d)\d?)\s*月\s*(?P<d>\d{1,2})\s*日",
        # The same lookahead: a month name is a word of its own, a number after it.
        r"\b(?=[^\W\d_]{3,9}+\.?\s*\d)" + _MON + r"\s*(?P<d>\d{1,2})" + _ORD + r"(?![\d:])",
        r"(?P<d>\d(?<![\d.:]\d)\d?)" + _ORD + r"\s+" + _MON + r"(?!\w)",
        # "31.10.23": a dotted date, day first, with a two-digit year (German, Russian pages).
        r"(?P<d>\d(?<![\d.:,]\d)(?:(?<=[0-3])\d)?)\.(?P<m>[01]?\d)\.(?P<yy>\d{2})(?![\d.,]|:\d)",
    )
)
# The same without the Chinese forms, each of which prints "月": a text without it holds
# none of them, and they are not searched there (an ASCII text, which str knows itself to
# be without a scan, is not even searched for "月").
_ASCII_DATE_PATTERNS = tuple(pattern for pattern in _DATE_PATTERNS if "月" not in pattern.pattern)
# The forms that open with a month's name before its day ("March 7", "Sept. 7"): their
# lookahead is tried at every word, and in a long text they cost the most. They are tried
# only where such a name may start (see _Forms): a word of three to ten letters that no
# letter precedes, then perhaps a dot and spaces, then a digit. A regex reads forwards only,
# so these are found from the digit, in the text reversed ("7 .tpeS"). The case is ignored
# as in the forms, so that the classes are the same.
# (A tuple: a set would hash a pattern, which hashes its compiled code anew each time.)
_MONTH_FIRST = tuple(pattern for pattern in _DATE_PATTERNS if pattern.pattern.startswith(r"\b(?=[^\W\d_]{3,"))
_NUMBER_AFTER_WORD_REVERSED = re.compile(r"\d\s*\.?[^\W\d_]{3,10}+(?![^\W\d_])", re.IGNORECASE)


def _date_patterns(value: str) -> tuple[re.Pattern[str], ...]:
    """The date forms worth searching ``value`` for, in their order."""
    return _ASCII_DATE_PATTERNS if value.isascii() or "月" not in value else _DATE_PATTERNS


class _Forms:
    """The date forms worth searching a text for (see _date_patterns), and each one's
    matches: finditer's, but for a month-first form (see _MONTH_FIRST), which is tried only
    where a month's name may start, in order and past the end of its last match: the matches
    finditer would find, as it finds none elsewhere. Those places are found once a text."""

    __slots__ = ("_starts", "patterns", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.patterns = _date_patterns(text)
        self._starts: list[int] | None = None

    def matches(self, pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
        return pattern.finditer(self.text) if pattern not in _MONTH_FIRST else self._month_first(pattern)

    def first(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """The form's first match, search's."""
        if pattern not in _MONTH_FIRST:
            return pattern.search(self.text)
        found = self._month_first(pattern)
        return found[0] if found else None

    def _month_first(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        text = self.text
        if self._starts is None:
            self._starts = [len(text) - m.end() for m in _NUMBER_AFTER_WORD_REVERSED.finditer(text[::-1])][::-1]
        found: list[re.Match[str]] = []
        end = 0
        for start in self._starts:
            if start >= end and (match := pattern.match(text, start)) is not None:
                found.append(match)
                end = match.end()
        return found


_TIME = re.compile(
    # A full stop between hour and minute only before a zone or "am"/"pm" ("11.32 GMT",
    # The Guardian's): elsewhere "11.32" is a number.
    r"(?P<h>\d(?<![\d:.]\d)\d?)(?:[:：]|\.(?=\d{2}\s?(?:[ap]\.?\s?m\b|(?:" + _ZONE_ABBREVIATIONS + r")\b)))"
    r"(?P<mi>\d{2})(?:[:：](?P<s>\d{2})(?:\.\d+)?)?(?:(?![\d:])|(?=(?:19|20)\d\d[./-]\d{1,2}[./-]\d))"
    r"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?",
    re.IGNORECASE,
)
_ISO = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})[T ](?P<time>\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)"
    r"(?P<zone>Z|[+-]\d{2}:?\d{2})?"
)
# What may stand around the parts of a timestamp and nothing else: separators,
# weekdays, "at"/"on", the ISO "T".
_FILLER = re.compile(
    r"(?:[\s,|·•.()\[\]/\-–—T@]|\bpage\s?\d{1,3}\b|\b\d{1,2}\s+min(?:ute)?s?\s+read\b"
    r"|\b(?:at|on|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\b"
    # The words around a date and time in other languages: "am ... um 10:30 Uhr", "le ... à".
    r"|\b(?:am|um|uhr|le|à|el|il|de|del|às|op|om)\b"
    r"|星期[一二三四五六日天]|周[一二三四五六日])*",
    re.IGNORECASE,
)

_RELATIVE = re.compile(
    r"(?P<n>\d{1,4}|an?|one)\s*(?P<unit>s(?:ec(?:ond)?s?)?|m(?:in(?:ute)?s?)?|h(?:(?:ou)?rs?)?|days?|weeks?)\s+ago"
    r"|(?P<cn>\d{1,4})\s*(?P<cnunit>秒|分钟|小时|天|周)前"
    r"|(?P<word>just now|yesterday|today|刚刚|昨天|今天)"
    # The same in the languages of Europe's press, as their sites print it beside a story:
    # "vor 2 Stunden", "vor einer Woche", "hace una hora", "il y a 3 jours", "há 9 horas",
    # "2 giorni fa", "3 uur geleden". Whole lines only (fullmatch): "vor" opens many a phrase.
    # At most four digits: a time before the calendar begins ("99999999 hours ago") is no stamp.
    r"|(?:vor|hace|il y a|h[áa])\s+(?P<eun>\d{1,4}|eine[mr]?|una?|une?|uma?)\s+(?P<euunit>[^\W\d_]+)"
    r"|(?P<afn>\d{1,4})\s+(?P<afunit>[^\W\d_]+)\s+(?:fa|geleden)",
    re.IGNORECASE,
)
#: The units of those phrases (lower-cased): Sekunden, segundos, secondes, secondi, seconden ...
_EUROPEAN_UNITS = {
    **dict.fromkeys(
        ("sekunde", "sekunden", "segundo", "segundos", "seconde", "secondes", "secondo", "secondi", "seconden"), "s"
    ),
    **dict.fromkeys(("minute", "minuten", "minuto", "minutos", "minutes", "minuti", "minuut"), "m"),
    **dict.fromkeys(("stunde", "stunden", "hora", "horas", "heure", "heures", "ora", "ore", "uur"), "h"),
    **dict.fromkeys(
        ("tag", "tagen", "día", "días", "dia", "dias", "jour", "jours", "giorno", "giorni", "dag", "dagen"), "d"
    ),
    **dict.fromkeys(
        ("woche", "wochen", "semana", "semanas", "semaine", "semaines", "settimana", "settimane", "week", "weken"), "w"
    ),
}
_RELATIVE_UNITS = {
    "s": timedelta(seconds=1),
    "m": timedelta(minutes=1),
    "h": timedelta(hours=1),
    "d": timedelta(days=1),
    "w": timedelta(weeks=1),
    "秒": timedelta(seconds=1),
    "分钟": timedelta(minutes=1),
    "小时": timedelta(hours=1),
    "天": timedelta(days=1),
    "周": timedelta(weeks=1),
}
_RELATIVE_WORDS = {
    "just now": timedelta(0),
    "刚刚": timedelta(0),
    "today": timedelta(0),
    "今天": timedelta(0),
    "yesterday": timedelta(days=1),
    "昨天": timedelta(days=1),
}
_RELATIVE_DATE_ONLY = {"today", "今天", "yesterday", "昨天"}


def _key(word: str) -> str:
    """A name a form matched ignoring case, as the tables of month names and relative words
    hold it: lower-cased, ASCII's lookalikes read as the letters they matched (as_matched)."""
    return as_matched(word).lower()


_FALLBACK = DateDataParser(
    languages=list(settings.DATEPARSER_LANGUAGES),
    settings={
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["day", "month", "year"],
    },
)
# A count in brackets, as archive lists print it ("April 2019 (20)"): no day of the month.
_COUNT = re.compile(r"\(\d+\)")
_HAS_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# What may be left of a stamp whose date the fast paths read, for dateparser to try.
_TIME_WORDS = re.compile(
    r"(?:[\s,.]|\b(?:at|on)\b|\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|\bnoon\b|\bmidnight\b"
    r"|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\b)*",
    re.IGNORECASE,
)
# A month name or a numeric date besides the year.
# dateparser reads English and Chinese only: an English month (the word, not a word that
# begins like one: "marca", "Juni"), a day and month with a separator after them
# ("07/ 08 10:21", not a season's "2021/22"), or 月/日.
_EN_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# ... beside a day ("September 2008" names no day, and dateparser is asked for one).
_DATE_HINT = re.compile(
    r"\b" + _EN_MONTH + r"\b\.?,?\s*\d{1,2}(?!\d)|(?<!\d)\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _EN_MONTH + r"\b"
    r"|\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]|\s+\d)|月|日",
    re.IGNORECASE,
)
# A web address with a path: dates in it are the path's ("harpers.org/blog/2015/08/...").
_ADDRESS_PATH = re.compile(r"\w\.[a-z]{2,}/", re.IGNORECASE)
_HAS_TIME = re.compile(r"\d[:：]\d{2}|\d\s*[ap]\.?m\b|\bnoon\b|\bmidnight\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Stamp:
    """A date, and perhaps a time and a zone, exactly as the text printed them."""

    year: int | None
    month: int
    day: int
    time: time | None = None
    zone: tzinfo | None = None
    #: The day/month order was not settled by the text or the outlet profile.
    order_ambiguous: bool = False


@dataclass(frozen=True, slots=True)
class Relative:
    """A time stated relative to now ("5 min ago", "yesterday")."""

    ago: timedelta
    date_only: bool


Parsed = Stamp | Relative


def parse_timestamp(
    value: str,
    *,
    date_order: DateOrder | None = None,
    zone_names: dict[str, str] | None = None,
    fallback: bool = True,
) -> Parsed | None:
    """Read ``value`` as a timestamp and nothing else; None if it is not one.

    ``fallback=False`` keeps dateparser out: for probing many candidate strings.
    """
    parsed, settled, found = _fast_paths(value, date_order, zone_names)
    if settled or not fallback or not _worth_a_fallback(value, found):
        return parsed
    return _fallback(value, zone_names)


def probe_timestamp(
    value: str, *, date_order: DateOrder | None = None, zone_names: dict[str, str] | None = None
) -> tuple[Parsed | None, bool]:
    """:func:`parse_timestamp` without dateparser, and whether dateparser is worth asking.

    For a caller that tries something else between the fast paths and dateparser: when
    the stamp is None and the flag is set, :func:`fallback_timestamp` gives what
    :func:`parse_timestamp` would have, without reading the string a second time.
    """
    parsed, settled, found = _fast_paths(value, date_order, zone_names)
    return parsed, not settled and _worth_a_fallback(value, found)


def fallback_timestamp(value: str, *, zone_names: dict[str, str] | None = None) -> Stamp | None:
    """dateparser's reading of a string that :func:`probe_timestamp` found worth it."""
    return _fallback(value, zone_names)


def _fast_paths(
    value: str, date_order: DateOrder | None, zone_names: dict[str, str] | None
) -> tuple[Parsed | None, bool, tuple[Stamp, list[tuple[int, int]]] | None]:
    """What the compiled paths read; whether that is final (a stamp, or an ISO stamp
    out of range); and the date, time and zone they found, for the fallback's test."""
    stripped = value.strip()
    relative = _RELATIVE.fullmatch(stripped) if _may_be_relative(stripped) else None
    if relative and _known_units(relative):
        return _relative(relative), True, None
    iso = _ISO.fullmatch(stripped)
    if iso:
        return _from_iso(iso), True, None
    found = _components(value, date_order, zone_names)
    if found is not None and _only_filler(value, found[1]):
        return found[0], True, found
    return None, False, found


#: How an ASCII string that _RELATIVE reads whole opens, ends, or is.
_RELATIVE_OPENS = ("vor", "hace", "il y a", "ha")
_RELATIVE_ENDS = ("ago", "fa", "geleden")
_RELATIVE_ALONE = frozenset({"just now", "yesterday", "today"})


def _may_be_relative(stripped: str) -> bool:
    """Whether _RELATIVE may read a stripped string whole: an ASCII one (str knows it is one
    without a scan) only if it opens or ends as each of its forms does, or is one of its
    words; lower-cased, at a fraction of the match's cost (most stamps are none)."""
    if not stripped.isascii():
        return True
    lowered = stripped.lower()
    return lowered.endswith(_RELATIVE_ENDS) or lowered.startswith(_RELATIVE_OPENS) or lowered in _RELATIVE_ALONE


def _worth_a_fallback(value: str, found: tuple[Stamp, list[tuple[int, int]]] | None) -> bool:
    """Whether dateparser could read what the fast paths did not: a date they read with
    only a time word left over ("9 September 2024 3pm"), or a year with a month or a
    numeric date they do not know ("2024 07/ 08 10:21:46"); not a headline that names a year."""
    if found is not None:
        rest = value
        for start, end in sorted(found[1], reverse=True):
            rest = rest[:start] + " " + rest[end:]
        return _TIME_WORDS.fullmatch(rest) is not None
    return (
        _HAS_YEAR.search(value) is not None
        and _DATE_HINT.search(value) is not None
        and _ADDRESS_PATH.search(value) is None
    )


def find_date(value: str, *, date_order: DateOrder | None = None) -> tuple[Stamp, tuple[int, int]] | None:
    """The first date mentioned in running text, with its span; None if there is none."""
    forms = _Forms(value)
    for pattern in forms.patterns:
        for match in forms.matches(pattern):
            stamp = _date_from_match(match, date_order)
            if stamp is not None:
                return stamp, match.span()
    return None


def find_stamp(value: str, *, date_order: DateOrder | None = None) -> tuple[Stamp, tuple[int, int]] | None:
    """The first date in a line of other text ("Bettina Kugler 19.10.2019, 05:00 Uhr"),
    with the time and zone printed right after it; its span covers what was read."""
    found = find_date(value, date_order=date_order)
    return None if found is None else _with_time(value, *found)


def stamps_in(
    value: str, *, date_order: DateOrder | None = None, limit: int = 8
) -> list[tuple[Stamp, tuple[int, int]]]:
    """Every date in ``value`` (at most ``limit``), in order of start, each with the time
    and zone printed right after it. Where two forms read overlapping text, the form
    find_date tries first wins, as it would there."""
    taken: list[tuple[Stamp, tuple[int, int]]] = []
    forms = _Forms(value)
    for pattern in forms.patterns:
        for match in forms.matches(pattern):
            start, end = match.span()
            if any(start < e and s < end for _, (s, e) in taken):
                continue
            stamp = _date_from_match(match, date_order)
            if stamp is not None:
                taken.append((stamp, (start, end)))
    taken.sort(key=lambda found: found[1])
    return [_with_time(value, stamp, span) for stamp, span in taken[:limit]]


def _with_time(value: str, stamp: Stamp, span: tuple[int, int]) -> tuple[Stamp, tuple[int, int]]:
    """A date found in ``value`` at ``span``, with the time (and zone) printed right after it."""
    start, end = span
    clock = _TIME.search(value, end, end + _MAX_GAP + 8)
    if clock is None or not _FILLER.fullmatch(value, end, clock.start()):
        return stamp, span
    parsed_time = _time_from_match(clock)
    if parsed_time is None:
        return stamp, span
    end = clock.end()
    zone_match = _ZONE.search(value, end, end + _MAX_GAP + 10)
    zone = None
    if zone_match is not None and _FILLER.fullmatch(value, end, zone_match.start()):
        zone = _zone_from_match(zone_match, None)
        end = zone_match.end()
    return Stamp(stamp.year, stamp.month, stamp.day, parsed_time, zone, stamp.order_ambiguous), (start, end)


def ordered(stamp: Stamp, date_order: DateOrder | None) -> Stamp:
    """A stamp whose day/month order the text left open ("02/11/2023"), settled by
    ``date_order`` when there is one; any other stamp as it is. (Such a stamp was read
    month first, and both of its numbers are at most 12.)"""
    if not stamp.order_ambiguous or date_order is None:
        return stamp
    if date_order == "DMY":
        return replace(stamp, month=stamp.day, day=stamp.month, order_ambiguous=False)
    return replace(stamp, order_ambiguous=False)


def date_spans(text: str) -> list[tuple[int, int]]:
    """Where a date is written in ``text``, in order of start: one pass of each date form."""
    forms = _Forms(text)
    return sorted(match.span() for pattern in forms.patterns for match in forms.matches(pattern))


def infer_year(month: int, day: int, anchor: date, *, not_after: date | None = None) -> int | None:
    """The year that puts (month, day) nearest to ``anchor``, of those that put it no later
    than ``not_after`` if given; None if no year fits."""
    best: tuple[int, int] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            day_in_year = date(year, month, day)
        except ValueError:  # 29 February in a common year
            continue
        if not_after is not None and day_in_year > not_after:
            continue
        distance = abs((day_in_year - anchor).days)
        if best is None or distance < best[0]:
            best = (distance, year)
    return None if best is None else best[1]


def resolve(
    parsed: Parsed | None,
    printed: str,
    *,
    output: tzinfo,
    assume: tzinfo,
    anchor: date,
    reference: date | datetime | None = None,
    not_after: date | None = None,
) -> tuple[str | None, list[tuple[str, str]]]:
    """An RFC 3339 instant in ``output`` for a parsed timestamp, with a (code, message)
    warning for each guess. None, and the reason as a warning, when a value would be a
    guess too far: no time, no way to tell day from month, a relative time with no
    reference time, a string that did not parse. A year-less day is placed near
    ``anchor``, and no later than ``not_after`` (see infer_year).
    """
    if parsed is None:
        return None, [("unparsed_timestamp", f"could not read the timestamp {printed!r}")]
    if isinstance(parsed, Relative):
        if isinstance(reference, datetime) and not parsed.date_only:
            try:
                moment = (reference - parsed.ago).astimezone(output)
            except OverflowError:  # a reference time in the calendar's first days
                return None, [("relative_time", f"{printed!r} is relative, and before the calendar's first day")]
            return moment.isoformat(timespec="seconds"), [
                ("relative_time", f"{printed!r} is relative; computed from reference_date")
            ]
        return None, [("relative_time", f"{printed!r} is relative and no reference time pins it down")]
    if parsed.time is None:
        return None, [("date_only", f"{printed!r} states a date but no time")]
    if parsed.order_ambiguous:
        return None, [("date_order_ambiguous", f"day and month of {printed!r} could be either way round")]
    warnings = []
    year = parsed.year
    if year is None:
        year = infer_year(parsed.month, parsed.day, anchor, not_after=not_after)
        if year is None:
            return None, [("unparsed_timestamp", f"{printed!r} names a day that no nearby year has")]
        warnings.append(("year_inferred", f"{printed!r} states no year; took {year}"))
    zone = parsed.zone
    if zone is None:
        zone = assume
        warnings.append(("timezone_assumed", f"{printed!r} states no time zone; assumed {zone_name(assume)}"))
    instant = datetime.combine(date(year, parsed.month, parsed.day), parsed.time, zone)
    return instant.astimezone(output).isoformat(timespec="seconds"), warnings


def zone_name(zone: tzinfo) -> str:
    """A zone's IANA key, or its offset for fixed zones."""
    return getattr(zone, "key", None) or str(zone)


def zone_for(name: str) -> tzinfo | None:
    """A fixed-offset zone for an abbreviation or offset written in text ("GMT+8", "HKT")."""
    match = _ZONE.fullmatch(name.strip())
    return _zone_from_match(match, None) if match else None


# ---------------------------------------------------------------------------


def _components(
    value: str, date_order: DateOrder | None, zone_names: dict[str, str] | None
) -> tuple[Stamp, list[tuple[int, int]]] | None:
    forms = _Forms(value)
    for pattern in forms.patterns:
        match = forms.first(pattern)
        if match is None:
            continue
        parts = _date_parts(match, date_order)
        if parts is None:
            return None
        year, month, day, ambiguous = parts
        spans = [match.span()]
        clock = _find_outside(_TIME, value, spans)
        if clock is None:
            return Stamp(year, month, day, order_ambiguous=ambiguous), spans
        parsed_time = _time_from_match(clock)
        if parsed_time is None:
            return None
        spans.append(clock.span())
        zone_match = _find_outside(_ZONE, value, spans)
        zone = None
        if zone_match is not None:
            zone = _zone_from_match(zone_match, zone_names)
            spans.append(zone_match.span())
        return Stamp(year, month, day, parsed_time, zone, ambiguous), spans
    return None


def _find_outside(pattern: re.Pattern[str], value: str, taken: list[tuple[int, int]]) -> re.Match[str] | None:
    for match in pattern.finditer(value):
        start, end = match.span()
        if all(end <= s or start >= e for s, e in taken):
            return match
    return None


def _only_filler(value: str, spans: list[tuple[int, int]]) -> bool:
    position = 0
    for start, end in sorted(spans):
        gap = start - position
        # Most parts stand a space apart, or none: filler without a search.
        if not (gap == 0 or (gap == 1 and value[position] == " ")) and not _FILLER.fullmatch(value, position, start):
            return False
        position = end
    return position == len(value) or _FILLER.fullmatch(value, position, len(value)) is not None


def _date_from_match(match: re.Match[str], date_order: DateOrder | None) -> Stamp | None:
    parts = _date_parts(match, date_order)
    return None if parts is None else Stamp(parts[0], parts[1], parts[2], order_ambiguous=parts[3])


def _date_parts(match: re.Match[str], date_order: DateOrder | None) -> tuple[int | None, int, int, bool] | None:
    """The year, month, day a date form's match reads, and whether its day/month order is
    left open; None if it is no date of the calendar."""
    groups = match.groupdict()
    year: int | None = None
    if groups.get("y"):
        year = int(groups["y"])
    elif groups.get("yy"):
        year = _century(int(groups["yy"]))
    elif groups.get("roc"):
        year = int(groups["roc"]) + _MINGUO_OFFSET
    ambiguous = False
    if groups.get("mon"):
        month = _MONTH_NAMES[_key(groups["mon"]).rstrip(".")]
        day = int(groups["d"])
    elif groups.get("a"):
        first, second = int(groups["a"]), int(groups["b"])
        if first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first:
            month, day = first, second
        elif date_order is not None:
            day, month = (first, second) if date_order == "DMY" else (second, first)
        elif groups.get("sep") == ".":
            day, month = first, second  # "01.11.2023": dotted dates put the day first
        else:
            month, day = first, second
            ambiguous = first != second
    else:
        month, day = int(groups["m"]), int(groups["d"])
    try:
        date(2000 if year is None else year, month, day)  # 2000 is a leap year: 29 February stays possible
    except ValueError:
        return None
    return year, month, day, ambiguous


#: A Minguo year plus this is the Gregorian year.
_MINGUO_OFFSET = 1911


def _century(year: int) -> int:
    """A two-digit year's: this century's up to next year, else the last one's."""
    return 2000 + year if year <= date.today().year % 100 + 1 else 1900 + year


def _time_from_match(match: re.Match[str]) -> time | None:
    hour, minute = int(match["h"]), int(match["mi"])
    second = int(match["s"] or 0)
    ampm = (match["ampm"] or "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


_BEIJING = timezone(timedelta(hours=8))
_MOSCOW = timezone(timedelta(hours=3))
#: Each abbreviation's fixed zone, made once (a page prints its zone on every stamp).
_ABBREVIATED = {abbr: timezone(offset) if offset else UTC for abbr, offset in ZONE_OFFSETS.items()}


def _zone_from_match(match: re.Match[str], zone_names: dict[str, str] | None) -> tzinfo | None:
    if match["beijing"]:
        return _BEIJING
    if match["moscow"]:
        return _MOSCOW
    if match["abbr"]:
        abbr = match["abbr"]
        if zone_names and abbr in zone_names:
            return zone_for(zone_names[abbr])
        if abbr in _AMERICAN_ZONES:
            return ZoneInfo(_AMERICAN_ZONES[abbr])
        return _ABBREVIATED[abbr]
    if match["sign"]:
        return _offset_zone(match["sign"], match["oh"], match["om"])
    return _offset_zone(match["nsign"], match["noh"], match["nom"])


@lru_cache(maxsize=256)
def _offset_zone(sign: str, hours: str, minutes: str | None) -> tzinfo | None:
    """The zone of an offset as printed ("+8", "-05:30"), made once; None past 14 hours."""
    offset = timedelta(hours=int(hours), minutes=int(minutes or 0))
    if offset > timedelta(hours=14):
        return None
    return timezone(-offset if sign == "-" else offset) if offset else UTC


def _from_iso(match: re.Match[str]) -> Stamp | None:
    try:
        parsed = datetime.fromisoformat(f"{match['date']}T{match['time']}{match['zone'] or ''}")
    except ValueError:
        return None
    zone = parsed.tzinfo
    if zone is not None and parsed.utcoffset() == timedelta(0):
        zone = UTC
    return Stamp(parsed.year, parsed.month, parsed.day, parsed.time().replace(microsecond=0), zone)


def _known_units(match: re.Match[str]) -> bool:
    """Whether a relative phrase's unit is one of time's ("vor 2 Stunden", not "vor 2 Jahren"
    or "vor 3 Toren")."""
    unit = match["euunit"] or match["afunit"]
    return unit is None or unit.lower() in _EUROPEAN_UNITS


def _relative(match: re.Match[str]) -> Relative:
    if match["word"]:
        word = _key(match["word"])
        return Relative(_RELATIVE_WORDS[word], word in _RELATIVE_DATE_ONLY)
    if match["cn"]:
        unit = _RELATIVE_UNITS[match["cnunit"]]
        return Relative(int(match["cn"]) * unit, match["cnunit"] in ("天", "周"))
    if match["euunit"] or match["afunit"]:
        number, key = match["eun"] or match["afn"], _EUROPEAN_UNITS[(match["euunit"] or match["afunit"]).lower()]
        return Relative((int(number) if number.isdigit() else 1) * _RELATIVE_UNITS[key], key in ("d", "w"))
    count = 1 if _key(match["n"]) in ("a", "an", "one") else int(match["n"])
    key = _key(match["unit"][0])
    return Relative(count * _RELATIVE_UNITS[key], key in ("d", "w"))


def _fallback(value: str, zone_names: dict[str, str] | None) -> Stamp | None:
    """dateparser, for stamps with a stated year that the fast paths did not read."""
    if len(value) > settings.DATEPARSER_MAX_INPUT or not _HAS_YEAR.search(value) or _COUNT.search(value):
        return None
    zone: tzinfo | None = None
    zone_match = _ZONE.search(value)
    if zone_match is not None:
        zone = _zone_from_match(zone_match, zone_names)
        value = value[: zone_match.start()] + value[zone_match.end() :]
    try:
        parsed = _FALLBACK.get_date_data(value).date_obj
    except (ValueError, OverflowError, TypeError):  # dateparser's own failures on odd input
        return None
    if parsed is None:
        return None
    clock = parsed.time() if _HAS_TIME.search(value) else None
    return Stamp(parsed.year, parsed.month, parsed.day, clock, zone if clock else None)


def warm_up() -> None:
    """Run the fallback once so that its lazy loading happens before the first request."""
    _FALLBACK.get_date_data("Monday 9 September 2024")
