"""Canonical names and outlet profiles: data, not code.

Every place that turns a printed name into a canonical one ("XINHUA", "新华社",
"Xinhua Photo" -> "Xinhua News Agency") asks :func:`canonical_name`; every place that
needs an outlet's habits (home zone, date order, how its pages print titles, sections
and chrome) reads its :class:`OutletProfile`. Adding an outlet is adding a profile here
and golden tests, not editing the pipeline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

DateOrder = Literal["DMY", "MDY"]
SectionPosition = Literal["before_stamp", "before_headline"]

# canonical name -> the other ways pages print it (matched case-insensitively,
# after whitespace is collapsed and a trailing full stop is dropped).
AGENCIES: dict[str, tuple[str, ...]] = {
    "Xinhua News Agency": ("Xinhua", "Xinhua Photo", "Xinhua News", "新华社", "新华网", "Xinhuanet", "新华"),
    "People's Daily": (
        "People's Daily Online",
        "People’s Daily",
        "People’s Daily Online",
        "人民网",
        "人民日报",
        "en.people.cn",
    ),
    "China News Service": ("CNS", "ECNS", "Ecns.cn", "cnsphoto", "中新社", "中新网", "中国新闻网"),
    "China Daily": ("chinadaily.com.cn", "China Daily", "中国日报"),
    "Global Times": ("GT", "globaltimes.cn", "环球时报"),
    "CGTN": ("CGTN Digital", "cgtn.com", "中国国际电视台", "中国环球电视网"),
    "Central News Agency": ("CNA", "CNA (Taiwan)", "中央社"),
    "Focus Taiwan": ("focustaiwan.tw",),
    "Taipei Times": (),
    "The Straits Times": ("ST", "Straits Times", "ST File"),
    "South China Morning Post": ("SCMP", "SCMP Pictures"),
    "Malay Mail": (),
    "Bernama": ("Bernama pic",),
    "Associated Press": ("AP", "AP Photo", "The Associated Press"),
    "Reuters": ("Reuters Photo", "Thomson Reuters", "Reuters Staff"),
    "Agence France-Presse": ("AFP", "AFP Photo", "Agence France Presse"),
    "France 24": ("France24",),
    "Yahoo News": (),
    "TASS": ("ТАСС", "TASS News Agency", "塔斯社"),
    "Sputnik": ("Sputnik News", "卫星通讯社"),
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

    ``markers`` are patterns whose presence in a page points to the outlet, each with a
    weight; the profile with the highest total wins (settings.MIN_OUTLET_SCORE at
    least). They are searched in every page: plain text is found with str.find, and a
    regex should begin with literal text (not ``\b``), which lets the engine skip ahead
    instead of trying every position.
    ``title_suffixes`` are the site names pages append to headlines. ``bare_byline``
    lists the lines that stand alone in the header as the byline's organisation;
    ``bare_author``: the page prints its author's name alone, without "By".
    ``section``: where the page prints its section as a short line of its own, just
    above the timestamp or just above the headline (tried in this order). ``chrome``: patterns of lines that
    are page furniture on this outlet's pages. ``zone_names`` overrides what a zone
    abbreviation means on its pages.
    """

    name: str
    home_zone: str
    date_order: DateOrder
    markers: tuple[tuple[str, int], ...]
    #: The hosts its pages are served from ("cgtn.com" covers "news.cgtn.com"): with a
    #: page's address (HTML input), the outlet is known before its text is read.
    domains: tuple[str, ...] = ()
    title_suffixes: tuple[str, ...] = ()
    bare_byline: tuple[str, ...] = ()
    section: tuple[SectionPosition, ...] = ()
    bare_author: bool = False
    #: Top-level section names the page prints glued to the subsection ("Hong KongHealth").
    top_sections: tuple[str, ...] = ()
    chrome: tuple[str, ...] = ()
    zone_names: dict[str, str] = field(default_factory=dict)
    #: The page prints its time above the headline, and the standfirst under it (TASS):
    #: on a collapsed page, the headline is read from just after the time.
    stamp_above_headline: bool = False
    #: On a page collapsed onto one line: furniture the outlet prints glued into the text,
    #: cut out as lines of their own, and the phrases that start a line of their own
    #: (notices, end markers). Patterns, each beginning with literal text.
    oneline_furniture: tuple[str, ...] = ()
    oneline_starts: tuple[str, ...] = ()
    #: Credit forms this outlet prints, read inside running text on any page that carries
    #: its pictures ("Photo: Lin Mei, Taipei Times"): patterns, each beginning with literal
    #: text where it can.
    credit_forms: tuple[str, ...] = ()
    #: Phrases that open a closing line of this outlet's stories on any page that carries
    #: them ("Associated Press writer A contributed"): a sentence starts there.
    closing_starts: tuple[str, ...] = ()
    #: Whether the profile describes the outlet's page layout. The outlets of
    #: :mod:`.world` give their name, zone and date order only: their pages are read
    #: like any unknown page.
    layout: bool = True


#: What American zone abbreviations mean on American pages ("CST" is China's elsewhere).
US_ZONES = {"CST": "-06:00", "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00"}

OUTLETS: tuple[OutletProfile, ...] = (
    OutletProfile(
        name="CGTN",
        domains=("cgtn.com",),
        home_zone="Asia/Shanghai",
        date_order="DMY",
        markers=(
            (r"^[ \t]*CGTN[ \t]*$", 3),  # a line of its own; [ \t], since \s would run across lines
            (r"\.\d\d \d\d:\d\d GMT\+8", 3),  # 2024.09.11 11:30 GMT+8
            (r":\d\d, \d\d-[A-Z][a-z]{2}-\d{4}", 2),  # 19:49, 21-Jan-2019
            (r"cgtn\.com", 2),
            (r"CGTN 中国国际电视台", 4),
            (r"CGTN\b", 1),
        ),
        title_suffixes=("CGTN",),
        bare_byline=("CGTN", "CGTN Digital"),
        section=("before_stamp",),
        chrome=(r"^Beijing ICP prepared\b.*",),
    ),
    OutletProfile(
        name="People's Daily",
        domains=("people.cn", "people.com.cn"),
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
        chrome=(r"^Links:.*", r"^Key Words$"),
    ),
    OutletProfile(
        name="Xinhua News Agency",
        domains=("news.cn", "xinhuanet.com"),
        home_zone="Asia/Shanghai",
        date_order="MDY",
        markers=(
            (r"Xinhuanet", 2),
            (r"XINHUANET\.com", 2),
            (r"english\.news\.cn", 3),
            (r"Source:\s*Xinhua\s*\|", 3),
            (r"新华网", 3),
            (r"Editor: huaxia\b", 2),
        ),
        title_suffixes=("Xinhua", "新华网"),
        chrome=(r"^Video Player ?Close$",),
        credit_forms=(r"\(Xinhua/[^()]{2,40}\)",),
        oneline_furniture=(
            r"Video PlayerClose",
            r"\+1(?= 【纠错】)",
            # "by Xinhua writers Gulzira Nur, Chen Jing": names of two words each.
            r"by Xinhua writers? [A-Z][a-z]+ [A-Z][a-z]+(?:(?:, | and )[A-Z][a-z]+ [A-Z][a-z]+)*",
        ),
    ),
    OutletProfile(
        name="China Daily",
        domains=("chinadaily.com.cn",),
        home_zone="Asia/Shanghai",
        date_order="MDY",
        markers=(
            (r"chinadaily\.com\.cn", 3),
            (r"China Daily Information Co", 3),
            (r"China Daily", 1),
            (r"CHINA DAILY", 1),
        ),
        title_suffixes=("Chinadaily.com.cn", "China Daily"),
        chrome=(r"^Share - \w+$", r"^Copyright 1995 - .*", r"^License for publishing.*", r"^Registration Number.*"),
    ),
    OutletProfile(
        name="Global Times",
        domains=("globaltimes.cn",),
        home_zone="Asia/Shanghai",
        date_order="MDY",
        markers=(
            (r"Global Times", 2),
            (r"globaltimes\.cn", 3),
            (r"Published: [A-Z][a-z]{2} \d\d, \d{4} \d\d:\d\d [AP]M", 2),
            (r"Published: \d{4}/\d{1,2}/\d{1,2} \d", 2),
        ),
        title_suffixes=("Global Times",),
        chrome=(r"^Newspaper headline:.*",),
        oneline_starts=(r"Newspaper headline:",),
    ),
    OutletProfile(
        name="South China Morning Post",
        domains=("scmp.com",),
        home_zone="Asia/Hong_Kong",
        date_order="DMY",
        markers=((r"South China Morning Post", 3), (r"SCMP\b", 2), (r"Why you can trust SCMP", 3)),
        title_suffixes=("South China Morning Post", "SCMP"),
        section=("before_headline",),
        bare_author=True,
        top_sections=(
            "Hong Kong",
            "China",
            "Asia",
            "World",
            "Comment",
            "Opinion",
            "Business",
            "Tech",
            "Lifestyle",
            "Culture",
            "People & Culture",
            "Sport",
            "Week Asia",
            "Economy",
        ),
        chrome=(
            r"^Why you can trust SCMP$",
            r"^Reading Time:.*",
            r"^Get more with myNEWS$",
            r"^A personalised news feed of stories that matter to you$",
            r"^Learn more$",
            r"^\+ FOLLOW$",
            r"^(?:Select Voice|Choose your listening speed|Get through articles \dx faster|Slow|Average|Fast)$",
            r"^Listen Select Voice\b.*",  # the same, on one line
            r"^\d(?:\.\d+)?x$",
            r"^\d+ WPM$",
        ),
        oneline_furniture=(
            r"Why you can trust SCMP",
            r"Get more with myNEWS",
            r"A personalised news feed of stories that matter to you",
            r"Learn more",
            r"\+ FOLLOW",
            r"Listen Select Voice Choose your listening speed Get through articles \dx faster"
            r"(?: [\d.]+x| \d+ WPM| Slow| Average| Fast)*",
        ),
    ),
    OutletProfile(
        name="The Straits Times",
        domains=("straitstimes.com",),
        home_zone="Asia/Singapore",
        date_order="MDY",
        markers=((r"The Straits Times", 3), (r"SPH Media", 2), (r"straitstimes\.com", 3)),
        title_suffixes=("The Straits Times",),
        section=("before_headline",),
        bare_author=True,
        chrome=(
            r"^Sign up now: Get ST's newsletters.*",
            r"^Follow topic:.{0,60}$",
            r"^Read \d+ articles and stand to win rewards$",
            r"^Spin the wheel now$",
        ),
        oneline_furniture=(r"Sign up now: Get ST's newsletters delivered to your inbox",),
        oneline_starts=(r"Join ST's", r"Follow topic:"),
    ),
    OutletProfile(
        name="Malay Mail",
        domains=("malaymail.com",),
        home_zone="Asia/Kuala_Lumpur",
        date_order="DMY",
        markers=((r"Malay Mail", 3), (r"malaymail\.com", 3), (r"M MYT", 1)),
        title_suffixes=("Malay Mail",),
        section=("before_headline",),
    ),
    OutletProfile(
        name="Focus Taiwan",
        domains=("focustaiwan.tw",),
        home_zone="Asia/Taipei",
        date_order="MDY",
        markers=((r"Focus Taiwan", 3), (r"focustaiwan\.tw", 3), (r"\(CNA\)", 1)),
        title_suffixes=("Focus Taiwan",),
        chrome=(r"^Focus Taiwan App$", r"^Download$", r"^Edition$", r"^Focus Taiwan中央通訊社.*"),
        credit_forms=(r"CNA (?:file )?photo(?: [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})?",),
    ),
    OutletProfile(
        name="Taipei Times",
        domains=("taipeitimes.com",),
        home_zone="Asia/Taipei",
        date_order="MDY",
        markers=((r"Taipei Times", 3), (r"taipeitimes\.com", 3)),
        title_suffixes=("Taipei Times",),
        section=("before_stamp",),
        oneline_starts=(r"Comments will be moderated",),
        credit_forms=(r"Photo: [A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3}, Taipei Times",),
        # Its bylines: "Staff writer, with CNA", a wire with its dateline "AFP, BANGKOK".
        oneline_furniture=(
            r"Staff writers?(?:, with [A-Z]{2,6})?",
            r"(?:AFP|AP|Reuters|Bloomberg|DPA|Kyodo), [A-Z]{3,}(?: [A-Z]{2,})*(?= [A-Z][a-z])",
        ),
    ),
    OutletProfile(
        name="Reuters",
        domains=("reuters.com",),
        home_zone="UTC",
        date_order="MDY",
        markers=(
            (r"Thomson Reuters Trust Principles", 3),
            (r"reuters\.com", 3),
            (r"Purchase Licensing Rights", 2),
            (r"Reuters\b", 1),
        ),
        title_suffixes=("Reuters",),
        section=("before_headline", "before_stamp"),
        chrome=(
            r"^Purchase Licensing Rights.*",
            r"^Our Standards:\s*The Thomson Reuters Trust Principles.*",
            r"^The Reuters Daily Briefing newsletter\b.*",
            r"^All quotes delayed a minimum\b.*",
            r"^Exclusive news, data and analytics for financial market professionals$",
            r"^Reuters home$",
            r"^Learn more about$",
            r"^Suggested Topics:?$",
            r"^More From Reuters$",
        ),
        oneline_furniture=(
            r"Purchase Licensing Rights, opens new tab",
            r"The Reuters Daily Briefing newsletter provides [^.]{5,80}\.(?: Sign up here\.)?",
            r"Reuters Staff",
        ),
        oneline_starts=(r"Our Standards:",),
        credit_forms=(r"(?:REUTERS|Reuters)/[A-Z][\w'-]+(?: (?!Purchase\b)[A-Z][\w'-]+){0,2}(?:/File Photo)?",),
    ),
    OutletProfile(
        name="Associated Press",
        domains=("apnews.com",),
        home_zone="America/New_York",
        date_order="MDY",
        markers=(
            (r"AP Logo", 3),
            (r"apnews\.com", 3),
            (r"The Associated Press\. All [Rr]ights [Rr]eserved", 3),
            (r"\(AP\) [—-]", 2),
        ),
        title_suffixes=("AP News",),
        chrome=(r"^AP Buyline\b.*", r"^Search Query$", r"^Submit Search$", r"^Show Search$", r"^My Account$"),
        zone_names=US_ZONES,
        credit_forms=(r"\(AP Photo/[^()]{2,40}\)",),
        closing_starts=(r"Associated Press writers? ",),
    ),
    OutletProfile(
        name="France 24",
        domains=("france24.com",),
        home_zone="Europe/Paris",
        date_order="DMY",
        markers=((r"France 24", 3), (r"france24\.com", 3)),
        title_suffixes=("France 24",),
        section=("before_headline",),
    ),
    OutletProfile(
        name="Yahoo News",
        domains=("news.yahoo.com",),
        home_zone="UTC",
        date_order="MDY",
        markers=((r"Yahoo News", 3), (r"Yahoo\b", 2)),
        title_suffixes=("Yahoo News",),
        bare_author=True,
    ),
    OutletProfile(
        name="TASS",
        domains=("tass.com",),
        home_zone="Europe/Moscow",
        date_order="DMY",
        markers=((r"TASS\b", 2), (r"Russian News Agency", 2), (r"/TASS/", 2), (r"tass\.com", 3)),
        title_suffixes=("TASS",),
        section=("before_stamp",),
        stamp_above_headline=True,
        oneline_furniture=(r"Tags(?= [A-Z])",),
    ),
    OutletProfile(
        name="Sputnik",
        domains=("sputnikglobe.com", "sputniknews.com"),
        home_zone="Europe/Moscow",
        date_order="DMY",
        markers=((r"Sputnik International", 3), (r"Sputnik\b", 2), (r"sputnikglobe\.com", 3)),
        title_suffixes=("Sputnik International", "Sputnik"),
        section=("before_stamp", "before_headline"),
        chrome=(r"^Listen Live$", r"^\d+ \d+ \d+$", r"^Get short URL$", r"^/ Go to the mediabank$"),
        oneline_furniture=(r"/ Go to the mediabank", r"Tags(?= [A-Z])"),
    ),
)

OUTLETS_BY_NAME: MappingProxyType[str, OutletProfile] = MappingProxyType({p.name: p for p in OUTLETS})


class Literal_:
    """A marker that is plain text: found with str.find, much faster than a regex scan.
    Answers like a compiled pattern's ``search`` (a span, or None)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def search(self, haystack: str, pos: int = 0, endpos: int | None = None) -> tuple[int, int] | None:
        end = len(haystack) if endpos is None else endpos
        found = haystack.find(self.text, pos, end)
        return None if found < 0 else (found, found + len(self.text))


class Guarded:
    """A marker pattern with plain text that every match of it holds: where str.find does
    not find the text, the pattern is not searched. Answers like a compiled pattern's
    ``search``."""

    __slots__ = ("pattern", "text")

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self.pattern = pattern
        self.text = text

    def search(self, haystack: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(haystack) if endpos is None else endpos
        return self.pattern.search(haystack, pos, end) if haystack.find(self.text, pos, end) >= 0 else None


def _required_text(source: str) -> str:
    """The longest run of plain text in a pattern outside any group, class, alternation or
    quantified character: text that every match holds ("CGTN" in "^[ \\t]*CGTN[ \\t]*$").
    Empty when there is none, or when the pattern holds what this reading does not know
    (inline flags, escapes other than of a character or a class)."""
    if source.startswith("(?") and source[2:3].isalpha():
        return ""  # inline flags: "(?i)" would make the text's case free
    runs: list[str] = []
    run, depth, index = "", 0, 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            escaped = source[index + 1 : index + 2]
            if escaped.isalnum() and escaped not in "dDsSwWbBAZ":
                return ""  # "\\x41", "\\1", "\\N{...}"
            char = "" if escaped.isalnum() else escaped
            index += 1
        elif char == "[":
            index += 2 if source[index + 1 : index + 2] == "^" else 1
            index += 1 if source[index : index + 1] == "]" else 0  # "[]...]": a literal "]"
            while source[index] != "]":
                index += 2 if source[index] == "\\" else 1
            char = ""
        elif char in "()":
            depth += 1 if char == "(" else -1
            char = ""
        elif char == "|" and depth == 0:
            return ""
        elif char in "?*{":
            run = run[:-1]  # the character before is optional, or repeated a number of times
            index = source.index("}", index) if char == "{" else index
            char = ""
        elif char in ".^$|+":
            char = ""
        if char and depth == 0:
            run += char
        else:
            runs.append(run)
            run = ""
        index += 1
    return max([*runs, run], key=len)


def _marker(source: str) -> Literal_ | Guarded | re.Pattern[str]:
    plain = source.replace("\\.", ".")
    if not any(c in plain for c in "\\^$*+?{}[]|()"):
        return Literal_(plain)
    pattern = re.compile(source, re.MULTILINE)
    text = _required_text(source)
    return Guarded(pattern, text) if len(text) >= 3 else pattern


# Compiled once: (profile, [(pattern, weight), ...]).
OUTLET_MARKERS: tuple[tuple[OutletProfile, tuple[tuple[Literal_ | Guarded | re.Pattern[str], int], ...]], ...] = tuple(
    (profile, tuple((_marker(source), weight) for source, weight in profile.markers)) for profile in OUTLETS
)

# Per outlet, its chrome patterns as one compiled regex (None if it has none).
OUTLET_CHROME: MappingProxyType[str, re.Pattern[str] | None] = MappingProxyType(
    {p.name: re.compile("|".join(f"(?:{c})" for c in p.chrome), re.IGNORECASE) if p.chrome else None for p in OUTLETS}
)

# Every site suffix any outlet appends to its titles, longest first so that
# "People's Daily Online" wins over a shorter alias.
TITLE_SUFFIXES: tuple[str, ...] = tuple(
    sorted({suffix for profile in OUTLETS for suffix in profile.title_suffixes}, key=len, reverse=True)
)


# The names that open a Chinese dateline lead ("新华社北京9月10日电", "本报讯" papers' "本报"),
# and those whose reporters a byline or credit names ("新华社记者 张三", "（CGTN记者 李四 摄）").
CHINESE_LEAD_NAMES: tuple[str, ...] = ("新华社", "中新社", "中新网", "人民网", "CGTN", "央视网", "本报")
CHINESE_REPORTER_NAMES: tuple[str, ...] = ("新华社", "中新社", "CGTN")

# Wires and picture agencies as their credits print them, by the form of the credit:
# a slash after a sentence ("... 2024. /Xinhua"), a label ("Photo: Xinhua"), a copyright
# line ("© A B, AFP"; "© TASS ...").
SLASH_CREDITS: tuple[str, ...] = ("Xinhua", "Reuters", "AP", "AFP", "CFP", "VCG", "IC", "CGTN", "CNSPHOTO")
LABEL_CREDITS: tuple[str, ...] = ("Xinhua", "VCG", "AFP", "AP", "Reuters", "CNA", "cnsphoto", "IC", "Handout")
NAMED_COPYRIGHT_CREDITS: tuple[str, ...] = ("AFP", "AP", "Reuters", "Xinhua")
COPYRIGHT_CREDITS: tuple[str, ...] = ("AFP", "AP", "Reuters", "Xinhua", "TASS", "Sputnik")

# Every outlet's own credit forms and closing phrases, read on any page.
CREDIT_FORMS: tuple[str, ...] = tuple(form for profile in OUTLETS for form in profile.credit_forms)
CLOSING_STARTS: tuple[str, ...] = tuple(start for profile in OUTLETS for start in profile.closing_starts)


def alternation(names: tuple[str, ...]) -> str:
    """A regex group matching any of ``names`` literally."""
    return "(?:" + "|".join(re.escape(name) for name in names) + ")"
