"""Canonical names and outlet profiles: data, not code.

Every place that turns a printed name into a canonical one ("XINHUA", "新华社",
"Xinhua Photo" -> "Xinhua News Agency") asks :func:`canonical_name`; every place that
needs an outlet's habits (home zone, date order, how its pages print titles and
bylines) reads its :class:`OutletProfile`. Adding an outlet is adding a profile here
and a golden test, not editing the pipeline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

DateOrder = Literal["DMY", "MDY"]

# canonical name -> the other ways pages print it (matched case-insensitively,
# after whitespace is collapsed and a trailing full stop is dropped).
AGENCIES: dict[str, tuple[str, ...]] = {
    "Xinhua News Agency": ("Xinhua", "Xinhua Photo", "Xinhua News", "新华社", "新华网", "Xinhuanet"),
    "People's Daily": (
        "People's Daily Online",
        "People’s Daily",
        "People’s Daily Online",
        "人民网",
        "人民日报",
        "en.people.cn",
    ),
    "China News Service": ("CNS", "ECNS", "Ecns.cn", "cnsphoto", "中新社", "中新网", "中国新闻网"),
    "China Daily": ("chinadaily.com.cn", "China Daily"),
    "Global Times": ("GT", "globaltimes.cn"),
    "CGTN": ("CGTN Digital", "cgtn.com"),
    "Central News Agency": ("CNA", "CNA (Taiwan)", "中央社"),
    "Focus Taiwan": ("focustaiwan.tw",),
    "The Straits Times": ("ST", "Straits Times"),
    "South China Morning Post": ("SCMP",),
    "Malay Mail": (),
    "Associated Press": ("AP", "AP Photo", "The Associated Press"),
    "Reuters": ("Reuters Photo", "Thomson Reuters"),
    "Agence France-Presse": ("AFP", "AFP Photo", "Agence France Presse"),
    "TASS": ("ТАСС", "TASS News Agency"),
    "Sputnik": ("Sputnik News",),
    "Visual China Group": ("VCG", "视觉中国"),
    "China Foto Press": ("CFP",),
    "Getty Images": ("Getty",),
    "European Pressphoto Agency": ("EPA", "EPA-EFE"),
    "Imaginechina": ("IC", "ImagineChina"),
}


def _fold(name: str) -> str:
    return " ".join(name.split()).rstrip(".").replace("’", "'").casefold()


_ALIASES: MappingProxyType[str, str] = MappingProxyType(
    {_fold(alias): canonical for canonical, aliases in AGENCIES.items() for alias in (canonical, *aliases)}
)


def canonical_name(printed: str) -> str | None:
    """The canonical name of an agency or outlet as printed, or None if unknown."""
    return _ALIASES.get(_fold(printed))


@dataclass(frozen=True, slots=True)
class OutletProfile:
    """What newsnorm knows of one publisher's pages.

    Markers are searched in every page: begin each with literal text where possible,
    which lets the regex engine skip ahead instead of trying every position.

    ``markers`` are patterns whose presence in a page points to the outlet, each with
    a weight; the profile with the highest total wins. ``title_suffixes`` are the
    site names pages append to headlines. ``bare_byline`` lists the lines that stand
    alone in the header as the byline's organisation ("CGTN"). ``section_before_stamp``:
    the page prints its section as a short line just above the timestamp.
    """

    name: str
    home_zone: str
    date_order: DateOrder
    markers: tuple[tuple[str, int], ...]
    title_suffixes: tuple[str, ...] = ()
    bare_byline: tuple[str, ...] = ()
    section_before_stamp: bool = False
    zone_names: dict[str, str] = field(default_factory=dict)


OUTLETS: tuple[OutletProfile, ...] = (
    OutletProfile(
        name="CGTN",
        home_zone="Asia/Shanghai",
        date_order="DMY",
        markers=(
            (r"^\s*CGTN\s*$", 3),
            (r"\.\d\d \d\d:\d\d GMT\+8", 3),  # 2024.09.11 11:30 GMT+8
            (r":\d\d, \d\d-[A-Z][a-z]{2}-\d{4}", 2),  # 19:49, 21-Jan-2019
            (r"cgtn\.com", 2),
            (r"\bCGTN\b", 1),
        ),
        title_suffixes=("CGTN",),
        bare_byline=("CGTN", "CGTN Digital"),
        section_before_stamp=True,
    ),
    OutletProfile(
        name="People's Daily",
        home_zone="Asia/Shanghai",
        date_order="MDY",
        markers=(
            (r"People['’]s Daily Online", 2),
            (r"English\s*>>", 3),
            (r"\((?:Web )?editor:", 2),
            (r"\.people\.c(?:n|om\.cn)\b", 2),  # en.people.cn, english.people.com.cn
            (r"人民网", 2),
        ),
        title_suffixes=("People's Daily Online", "People’s Daily Online"),
    ),
)

OUTLETS_BY_NAME: MappingProxyType[str, OutletProfile] = MappingProxyType({profile.name: profile for profile in OUTLETS})

# Compiled once: (profile, [(pattern, weight), ...]).
OUTLET_MARKERS: tuple[tuple[OutletProfile, tuple[tuple[re.Pattern[str], int], ...]], ...] = tuple(
    (profile, tuple((re.compile(source, re.MULTILINE), weight) for source, weight in profile.markers))
    for profile in OUTLETS
)

# Every site suffix any outlet appends to its titles, longest first so that
# "People's Daily Online" wins over a shorter alias.
TITLE_SUFFIXES: tuple[str, ...] = tuple(
    sorted({suffix for profile in OUTLETS for suffix in profile.title_suffixes}, key=len, reverse=True)
)
