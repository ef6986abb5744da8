"""Outlets known by name and address only: their home zone and date order, no layout.

An outlet with a profile in :mod:`.registry` has its pages' layout written down; the
outlets here have not, and their pages are read like any unknown page. What this table
adds is where they publish from: a zone-less "10:30" on a page of The Guardian is
London time, on one of The West Australian Perth time. The GMT+8 press without a
profile comes first, then the world's larger outlets.

An outlet is recognised by its web address in the page's own copyright notice
("© 2024 theguardian.com", "Copyright © 2005 Sohu.com Inc. All rights reserved"), or by
the publisher's name the notice gives ("Copyright © 1995-2024 Star Media Group Berhad"),
never by its name in the prose or a link elsewhere, where other outlets are quoted and
cited.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from types import MappingProxyType
from typing import NamedTuple
from urllib.parse import urlsplit

from . import settings
from .registry import OUTLETS, US_ZONES, DateOrder, OutletProfile
from .text import as_matched

# name | IANA zone | date order | web addresses (without "www.") [| the names its copyright
# notice gives its publisher, ";" between them: "Star Media Group" (only where no other
# outlet's notice gives the same: Mediacorp's names CNA and TODAY alike) [| other names
# pages print for it, ";" between them: "聯合報" (never one another outlet goes by)]]
_TABLE = """
Philippine Daily Inquirer|Asia/Manila|MDY|inquirer.net newsinfo.inquirer.net
The Philippine Star|Asia/Manila|MDY|philstar.com|Philstar Global Corp
Rappler|Asia/Manila|MDY|rappler.com|Rappler Inc
GMA News|Asia/Manila|MDY|gmanetwork.com
Manila Bulletin|Asia/Manila|MDY|mb.com.ph
ABS-CBN News|Asia/Manila|MDY|news.abs-cbn.com
The Star (Malaysia)|Asia/Kuala_Lumpur|DMY|thestar.com.my|Star Media Group
New Straits Times|Asia/Kuala_Lumpur|DMY|nst.com.my|New Straits Times Press
Malaysiakini|Asia/Kuala_Lumpur|DMY|malaysiakini.com
Free Malaysia Today|Asia/Kuala_Lumpur|DMY|freemalaysiatoday.com
The Edge Malaysia|Asia/Kuala_Lumpur|DMY|theedgemalaysia.com
TODAY (Singapore)|Asia/Singapore|DMY|todayonline.com
The Business Times|Asia/Singapore|DMY|businesstimes.com.sg
Mothership|Asia/Singapore|DMY|mothership.sg
The Standard (Hong Kong)|Asia/Hong_Kong|DMY|thestandard.com.hk
RTHK|Asia/Hong_Kong|DMY|news.rthk.hk
Hong Kong Free Press|Asia/Hong_Kong|DMY|hongkongfp.com
Ming Pao|Asia/Hong_Kong|DMY|mingpao.com news.mingpao.com
HK01|Asia/Hong_Kong|DMY|hk01.com
Sing Tao Daily|Asia/Hong_Kong|DMY|stheadline.com||星島日報;星岛日报;Sing Tao
Macau Daily Times|Asia/Macau|DMY|macaudailytimes.com.mo
Macau Business|Asia/Macau|DMY|macaubusiness.com
Taiwan News|Asia/Taipei|MDY|taiwannews.com.tw
United Daily News|Asia/Taipei|MDY|udn.com||聯合報;联合报
Liberty Times|Asia/Taipei|MDY|ltn.com.tw news.ltn.com.tw|The Liberty Times;自由時報
China Times|Asia/Taipei|MDY|chinatimes.com||中國時報;中国时报;中時;中时;中時新聞網;中時電子報
Commercial Times|Asia/Taipei|MDY|ctee.com.tw||工商時報;工商时报
ETtoday|Asia/Taipei|MDY|ettoday.net
Borneo Bulletin|Asia/Brunei|DMY|borneobulletin.com.bn|Borneo Bulletin
Montsame|Asia/Ulaanbaatar|DMY|montsame.mn
The UB Post|Asia/Ulaanbaatar|DMY|theubpost.mn
The West Australian|Australia/Perth|DMY|thewest.com.au
PerthNow|Australia/Perth|DMY|perthnow.com.au
WAtoday|Australia/Perth|DMY|watoday.com.au
Sina|Asia/Shanghai|MDY|sina.com.cn news.sina.com.cn
Sohu|Asia/Shanghai|MDY|sohu.com
NetEase|Asia/Shanghai|MDY|163.com news.163.com
Tencent News|Asia/Shanghai|MDY|qq.com news.qq.com
Phoenix New Media|Asia/Shanghai|MDY|ifeng.com news.ifeng.com
China News Service|Asia/Shanghai|MDY|chinanews.com chinanews.com.cn
BBC|Europe/London|DMY|bbc.co.uk bbc.com
The Guardian|Europe/London|DMY|theguardian.com
The Times|Europe/London|DMY|thetimes.co.uk thetimes.com
The Telegraph|Europe/London|DMY|telegraph.co.uk
The Independent|Europe/London|DMY|independent.co.uk
Financial Times|Europe/London|DMY|ft.com
Daily Mail|Europe/London|DMY|dailymail.co.uk
Sky News|Europe/London|DMY|news.sky.com
The Irish Times|Europe/Dublin|DMY|irishtimes.com
The New York Times|America/New_York|MDY|nytimes.com
The Washington Post|America/New_York|MDY|washingtonpost.com
The Wall Street Journal|America/New_York|MDY|wsj.com
CNN|America/New_York|MDY|cnn.com edition.cnn.com
NPR|America/New_York|MDY|npr.org
Bloomberg|America/New_York|MDY|bloomberg.com
Fox News|America/New_York|MDY|foxnews.com
NBC News|America/New_York|MDY|nbcnews.com
CBS News|America/New_York|MDY|cbsnews.com
ABC News (US)|America/New_York|MDY|abcnews.go.com
USA Today|America/New_York|MDY|usatoday.com
Politico|America/New_York|MDY|politico.com
Los Angeles Times|America/Los_Angeles|MDY|latimes.com
ABC News (Australia)|Australia/Sydney|DMY|abc.net.au
The Sydney Morning Herald|Australia/Sydney|DMY|smh.com.au
The Age|Australia/Melbourne|DMY|theage.com.au
news.com.au|Australia/Sydney|DMY|news.com.au
The New Zealand Herald|Pacific/Auckland|DMY|nzherald.co.nz
The Times of India|Asia/Kolkata|DMY|timesofindia.indiatimes.com indiatimes.com
Hindustan Times|Asia/Kolkata|DMY|hindustantimes.com
The Hindu|Asia/Kolkata|DMY|thehindu.com
NDTV|Asia/Kolkata|DMY|ndtv.com
The Indian Express|Asia/Kolkata|DMY|indianexpress.com
Dawn|Asia/Karachi|DMY|dawn.com
NHK|Asia/Tokyo|MDY|nhk.or.jp www3.nhk.or.jp
The Japan Times|Asia/Tokyo|MDY|japantimes.co.jp
Kyodo News|Asia/Tokyo|MDY|english.kyodonews.net kyodonews.net
Nikkei Asia|Asia/Tokyo|MDY|asia.nikkei.com
The Korea Herald|Asia/Seoul|MDY|koreaherald.com
Yonhap|Asia/Seoul|MDY|yna.co.kr en.yna.co.kr
KBS World|Asia/Seoul|MDY|world.kbs.co.kr
VnExpress|Asia/Ho_Chi_Minh|DMY|vnexpress.net e.vnexpress.net
Bangkok Post|Asia/Bangkok|DMY|bangkokpost.com
The Jakarta Post|Asia/Jakarta|DMY|thejakartapost.com
Al Jazeera|Asia/Qatar|DMY|aljazeera.com
The Times of Israel|Asia/Jerusalem|DMY|timesofisrael.com
Haaretz|Asia/Jerusalem|DMY|haaretz.com
Der Spiegel|Europe/Berlin|DMY|spiegel.de
Die Zeit|Europe/Berlin|DMY|zeit.de
Frankfurter Allgemeine Zeitung|Europe/Berlin|DMY|faz.net
Süddeutsche Zeitung|Europe/Berlin|DMY|sueddeutsche.de
Tagesschau|Europe/Berlin|DMY|tagesschau.de
Deutsche Welle|Europe/Berlin|DMY|dw.com
Die Welt|Europe/Berlin|DMY|welt.de
Handelsblatt|Europe/Berlin|DMY|handelsblatt.com
Focus|Europe/Berlin|DMY|focus.de
taz|Europe/Berlin|DMY|taz.de
Neue Zürcher Zeitung|Europe/Zurich|DMY|nzz.ch
ORF|Europe/Vienna|DMY|orf.at
Der Standard|Europe/Vienna|DMY|derstandard.at
Le Monde|Europe/Paris|DMY|lemonde.fr
Le Figaro|Europe/Paris|DMY|lefigaro.fr
El País|Europe/Madrid|DMY|elpais.com
El Mundo|Europe/Madrid|DMY|elmundo.es
Corriere della Sera|Europe/Rome|DMY|corriere.it
la Repubblica|Europe/Rome|DMY|repubblica.it
RIA Novosti|Europe/Moscow|DMY|ria.ru
Clarín|America/Argentina/Buenos_Aires|DMY|clarin.com
Folha de S.Paulo|America/Sao_Paulo|DMY|folha.uol.com.br
"""


def _profiles() -> tuple[
    dict[str, OutletProfile],
    MappingProxyType[str, OutletProfile],
    MappingProxyType[str, OutletProfile],
    MappingProxyType[str, str],
]:
    by_name: dict[str, OutletProfile] = {}
    by_domain: dict[str, OutletProfile] = {}
    by_holder: dict[str, OutletProfile] = {}
    # The names a byline or a credit prints for an outlet; a name the table qualifies
    # ("ABC News (US)") is another outlet's too, and names none.
    by_printed: dict[str, str] = {}
    for row in _TABLE.strip().splitlines():
        name, zone, order, domains, *rest = row.split("|")
        holders, printed = [*rest, "", ""][:2]
        if "(" not in name:
            by_printed[name.casefold()] = name
        for other in printed.split(";") if printed else ():
            by_printed[other.casefold()] = name
        date_order: DateOrder = "MDY" if order == "MDY" else "DMY"
        # On American pages "CST" is Central Standard Time, not China's.
        zone_names = US_ZONES if zone.startswith("America/") else {}
        profile = OutletProfile(
            name=name, home_zone=zone, date_order=date_order, markers=(), zone_names=zone_names, layout=False
        )
        by_name[name] = profile
        for domain in domains.split():
            by_domain[domain] = profile
        for holder in holders.split(";") if holders else ():
            by_holder[holder.casefold()] = profile
    return by_name, MappingProxyType(by_domain), MappingProxyType(by_holder), MappingProxyType(by_printed)


WORLD_OUTLETS, _BY_DOMAIN, _BY_HOLDER, _BY_PRINTED_NAME = _profiles()
_HOLDER = re.compile("|".join(re.escape(holder) for holder in sorted(_BY_HOLDER, key=len, reverse=True)), re.IGNORECASE)


def outlet_named(printed: str) -> str | None:
    """The table's outlet whose name ``printed`` is ("CNN", "The Guardian"), else None."""
    return _BY_PRINTED_NAME.get(printed.strip().casefold())


#: What opens a copyright notice, in the languages most pages are written in, lower-cased
#: ("copyright" only as a word). The footer and header of every page whose outlet the
#: text does not name are searched for them, by str.find (see _notice_spans): a pattern
#: tried at each "c", "a" and "t" of the page cost ten times as much.
_NOTICE_PHRASES = (
    "©",
    "copyright",
    "all rights reserved",
    "版权所有",
    "著作權所有",
    "版權所有",
    "alle rechte vorbehalten",
    "tous droits réservés",
    "todos los derechos reservados",
    "tutti i diritti riservati",
)
#: The same phrases as a pattern: for text whose letters change length when lower-cased.
_NOTICE = re.compile(
    "|".join(r"\bcopyright\b" if phrase == "copyright" else re.escape(phrase) for phrase in _NOTICE_PHRASES),
    re.IGNORECASE,
)
#: How far from the notice, on its line, the address is looked for.
_NOTICE_REACH = 150
# A web address: labels of letters, digits and hyphens, at least one dot.
_ADDRESS = re.compile(r"(?<![\w.@-])(?:www\.)?((?:[a-z0-9-]{1,63}\.){1,4}[a-z]{2,6})(?![\w-])", re.IGNORECASE)


def world_outlet(raw: str) -> tuple[OutletProfile | None, tuple[int, int] | None]:
    """The outlet whose address the page prints in its own copyright notice ("© 2024
    theguardian.com", "Copyright © 2005 Sohu.com Inc."), in its footer first, then in its
    header; (None, None) if none of the table's. An address anywhere else may be a
    citation or a partner's link, and names nothing."""
    for line_start, end in _notices(raw):
        for match in _ADDRESS.finditer(raw, line_start, end):
            hit = _known(match)
            if hit is not None:
                return hit
        holder = _HOLDER.search(raw, line_start, end)
        if holder is not None:
            return _BY_HOLDER[as_matched(holder.group()).casefold()], holder.span()
    return None, None


def _notices(raw: str) -> Iterator[tuple[int, int]]:
    """Where the page's copyright notices stand (each one's line, or its neighbourhood on
    a page collapsed onto one line): its footer's first, the last one first (the page's
    own), then its header's."""
    tail_start = max(0, len(raw) - settings.OUTLET_TAIL_CHARS)
    footer = reversed(_notice_spans(raw, tail_start, len(raw)))
    header = _notice_spans(raw, 0, min(settings.WORLD_HEAD_CHARS, tail_start))
    for notices in (footer, header):
        for start, end in notices:
            line_start = max(raw.rfind("\n", 0, start) + 1, start - _NOTICE_REACH)
            line_end = raw.find("\n", end, end + _NOTICE_REACH)
            yield line_start, line_end if line_end >= 0 else end + _NOTICE_REACH


# The outlet's reading and the country's search the same page: the last page's two
# searches (its footer's, its header's) are kept, and the page with them.
@lru_cache(maxsize=2)
def _notice_spans(raw: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The spans of _NOTICE's matches in raw[start:end], in order."""
    part = raw[start:end]
    lowered = part.lower()
    if len(lowered) != len(part):  # a letter that lower-cases to two: the pattern's search
        return tuple(match.span() for match in _NOTICE.finditer(raw, start, end))
    spans = []
    for phrase in _NOTICE_PHRASES:
        at = lowered.find(phrase)
        while at >= 0:
            after = at + len(phrase)
            # "copyright" as a word: "Copyrighted" and "NoCopyright" are none.
            if phrase != "copyright" or not (
                (at and _is_word_char(lowered[at - 1])) or (after < len(lowered) and _is_word_char(lowered[after]))
            ):
                spans.append((start + at, start + after))
            at = lowered.find(phrase, after)
    return tuple(sorted(spans))


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


class Country(NamedTuple):
    """A site's country, as far as reading its pages goes."""

    #: The zone its clocks keep; None where it keeps several.
    zone: str | None
    #: Whether its press writes numeric dates day first.
    day_first: bool


#: Countries by the last label of their web addresses: the zone their clocks keep, where
#: they keep one (a country of several zones has none), and whether their press writes
#: numeric dates day first ("08/11/2023" on an Irish site's page is 8 November; in
#: English, the United States' and the Philippines' press writes the month first).
#: Labels that sites take for their letters rather than their country (".co", ".me",
#: ".io", ".tv", ".fm", ".ai", ".ly", ".is", ".to", ".cc") are none of them.
_COUNTRIES: MappingProxyType[str, Country] = MappingProxyType(
    {
        # The GMT+8 press's countries, and Asia's
        "sg": Country("Asia/Singapore", True),
        "my": Country("Asia/Kuala_Lumpur", True),
        "hk": Country("Asia/Hong_Kong", True),
        "mo": Country("Asia/Macau", False),
        "tw": Country("Asia/Taipei", False),
        "cn": Country("Asia/Shanghai", False),
        "ph": Country("Asia/Manila", False),
        "bn": Country("Asia/Brunei", True),
        "jp": Country("Asia/Tokyo", False),
        "kr": Country("Asia/Seoul", False),
        "th": Country("Asia/Bangkok", True),
        "vn": Country("Asia/Ho_Chi_Minh", True),
        "in": Country("Asia/Kolkata", True),
        "pk": Country("Asia/Karachi", True),
        "il": Country("Asia/Jerusalem", True),
        # Oceania and Africa
        "au": Country(None, True),
        "nz": Country("Pacific/Auckland", True),
        "za": Country("Africa/Johannesburg", True),
        "ng": Country("Africa/Lagos", True),
        "ke": Country("Africa/Nairobi", True),
        # Europe
        "uk": Country("Europe/London", True),
        "ie": Country("Europe/Dublin", True),
        "de": Country("Europe/Berlin", True),
        "at": Country("Europe/Vienna", True),
        "ch": Country("Europe/Zurich", True),
        "fr": Country("Europe/Paris", True),
        "be": Country("Europe/Brussels", True),
        "nl": Country("Europe/Amsterdam", True),
        "lu": Country("Europe/Luxembourg", True),
        "it": Country("Europe/Rome", True),
        "es": Country("Europe/Madrid", True),
        "pl": Country("Europe/Warsaw", True),
        "cz": Country("Europe/Prague", True),
        "dk": Country("Europe/Copenhagen", True),
        "se": Country("Europe/Stockholm", True),
        "no": Country("Europe/Oslo", True),
        "fi": Country("Europe/Helsinki", True),
        "gr": Country("Europe/Athens", True),
        "tr": Country("Europe/Istanbul", True),
    }
)


def site_country(raw: str, host: str | None = None) -> Country | None:
    """The site's country: by the last label of the page's address (``host``), else of
    the first address its copyright notice prints ("© BreakingNews.ie 2023") that names
    one; None if neither does."""
    if host is not None:
        return _COUNTRIES.get(host.rsplit(".", 1)[-1])
    for line_start, end in _notices(raw):
        for match in _ADDRESS.finditer(raw, line_start, end):
            country = _COUNTRIES.get(match.group(1).rsplit(".", 1)[-1].lower())
            if country is not None:
                return country
    return None


def _known(match: re.Match[str]) -> tuple[OutletProfile, tuple[int, int]] | None:
    host = match.group(1).lower()
    profile = _BY_DOMAIN.get(host)
    while profile is None and host.count(".") > 1:
        host = host.split(".", 1)[1]  # "edition.cnn.com" -> "cnn.com"
        profile = _BY_DOMAIN.get(host)
    return (profile, match.span()) if profile is not None else None


_PROFILED_BY_DOMAIN: MappingProxyType[str, OutletProfile] = MappingProxyType(
    {domain: profile for profile in OUTLETS for domain in profile.domains}
)


def outlet_by_host(host: str) -> OutletProfile | None:
    """The outlet a page's host names ("news.cgtn.com" -> CGTN): a profiled outlet's,
    else the world table's; None for any other host."""
    host = host.lower().removeprefix("www.")
    while True:
        profile = _PROFILED_BY_DOMAIN.get(host) or _BY_DOMAIN.get(host)
        if profile is not None or host.count(".") < 2:
            return profile
        host = host.split(".", 1)[1]


def outlet_at(address: str) -> str | None:
    """The name of the outlet a bare web address printed on the page names ("Philstar.com",
    "Rappler.com"), profiled or in the table; None for any other text."""
    address = address.strip().rstrip(".")
    if _ADDRESS.fullmatch(address) is None:
        return None
    profile = outlet_by_host(address)
    return profile.name if profile is not None else None


def host_of(address: str | None) -> str | None:
    """The host of a page's address, lowercased; None if there is none."""
    if not address:
        return None
    try:
        host = urlsplit(address.strip()).hostname
    except ValueError:
        return None
    return host or None


_ADDRESS_DAY = re.compile(
    r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})(?P<sep>[/_-]?)(?P<m>[01]?[0-9])(?P=sep)(?P<d>[0-3]?[0-9])(?![0-9])"
    # Day first, with separators ("/meldungen/29-10-2021"): read only when the day is
    # past 12, where no month could stand.
    r"|(?<![0-9])(?P<d2>[0-3]?[0-9])(?P<sep2>[._-])(?P<m2>[01]?[0-9])(?P=sep2)(?P<y2>(?:19|20)[0-9]{2})(?![0-9])"
)


def address_date(address: str | None) -> tuple[date, str] | None:
    """The first whole date in the path of the page's address ("/2024/03/07/",
    "/20240307/", "/meldungen/29-10-2021"), and the text that prints it; None without one."""
    if not address:
        return None
    try:
        path = urlsplit(address).path
    except ValueError:
        return None
    for match in _ADDRESS_DAY.finditer(path):
        if match["y"] is None:
            year, month, day = match["y2"], match["m2"], match["d2"]
            if int(day) <= 12:
                continue  # "05-10-2021": either way round
        elif not match["sep"] and (len(match["m"]) != 2 or len(match["d"]) != 2):
            continue  # "2022127" is no date; "20220127" is
        else:
            year, month, day = match["y"], match["m"], match["d"]
        try:
            found = date(int(year), int(month), int(day))
        except ValueError:
            continue
        if settings.MIN_WEB_YEAR <= found.year <= date.today().year + 1:
            return found, match.group()
    return None
