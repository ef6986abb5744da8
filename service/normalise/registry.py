"""Canonical names, and the outlets' profiles as the reader uses them: data, not code.

Every place that turns a printed name into a canonical one ("XINHUA", "新华社",
"Xinhua Photo" -> "Xinhua News Agency") asks :func:`canonical_name`; every place that
needs an outlet's habits (home zone, date order, how its pages print titles, sections
and chrome) reads its :class:`OutletProfile`, written in its own module of
:mod:`.outlets`. Adding an outlet is adding a module there and golden tests, not
editing the pipeline.
"""

from __future__ import annotations

import re
from types import MappingProxyType

from .outlets import OUTLETS
from .profile import US_ZONES, DateOrder, OutletProfile, SectionPosition

__all__ = ["OUTLETS", "US_ZONES", "DateOrder", "OutletProfile", "SectionPosition"]

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
    "Central News Agency": ("CNA", "CNA (Taiwan)", "中央社", "中央通訊社", "中央通訊社 Central News Agency"),
    "Focus Taiwan": ("focustaiwan.tw",),
    "Taipei Times": (),
    "The Straits Times": ("ST", "Straits Times", "ST File"),
    "South China Morning Post": ("SCMP", "SCMP Pictures"),
    "Malay Mail": (),
    "Bernama": ("Bernama pic",),
    # Mongolia's national agency, whose leads print it "/MONTSAME/".
    "Montsame": (),
    "Associated Press": ("AP", "AP Photo", "The Associated Press"),
    "Reuters": ("Reuters Photo", "Thomson Reuters", "Reuters Staff"),
    "Agence France-Presse": ("AFP", "AFP Photo", "Agence France Presse"),
    "Deutsche Presse-Agentur": ("dpa", "Deutsche Presse Agentur"),
    "France 24": ("France24",),
    "Yahoo News": (),
    "TASS": ("ТАСС", "TASS News Agency", "塔斯社"),
    "Sputnik": ("Sputnik News", "卫星通讯社"),
    "Visual China Group": ("VCG", "视觉中国"),
    "China Foto Press": ("CFP",),
    "Getty Images": ("Getty",),
    "European Pressphoto Agency": ("EPA", "EPA-EFE"),
    "Imaginechina": ("IC", "ImagineChina"),
    "Agencia EFE": ("EFE",),
    "ANSA": (),
    # (not "APA" nor "SDA": names are matched in any case, and "Apa" is Malay's "what")
    "Austria Presse Agentur": (),
    "Keystone-SDA": (),
    "Europa Press": (),
    # Asia's wires, whose names the world table gives these outlets too.
    "Kyodo News": ("Kyodo", "共同社", "共同通信"),
    "Yonhap": ("Yonhap News Agency", "韩联社", "韓聯社"),
    "Press Trust of India": ("PTI",),
    "Anadolu Agency": ("Anadolu",),
}

# The picture libraries a photo's credit names ("Foto: Pixabay", "Bild: Keystone"): an
# organisation's name, no photographer's; unlike an agency, never a story's source.
PICTURE_LIBRARIES: dict[str, tuple[str, ...]] = {
    "Keystone": (),
    "picture alliance": ("picture-alliance",),
    "Imago": ("imago images",),
    "Shutterstock": ("Shutterstock.com",),
    "iStock": ("iStockphoto", "iStock.com", "istockphoto.com"),
    "Pixabay": ("Pixabay.com",),
    "Unsplash": ("unsplash.com",),
    "Pexels": ("pexels.com",),
    "Alamy": (),
    "Adobe Stock": ("AdobeStock", "stock.adobe.com"),
    "Fotolia": ("Fotolia.com",),
    "123RF": ("123RF.com",),
}


def _fold(name: str) -> str:
    return " ".join(name.split()).rstrip(".").replace("’", "'").casefold()


_ALIASES: MappingProxyType[str, str] = MappingProxyType(
    {_fold(alias): canonical for canonical, aliases in AGENCIES.items() for alias in (canonical, *aliases)}
)


#: The most words an agency's or outlet's name has: a longer line names none.
ALIAS_WORDS = max(len(alias.split()) for alias in _ALIASES)


def canonical_name(printed: str) -> str | None:
    """The canonical name of an agency or outlet as printed, or None if unknown."""
    return _ALIASES.get(_fold(printed))


_LIBRARIES: MappingProxyType[str, str] = MappingProxyType(
    {_fold(alias): name for name, aliases in PICTURE_LIBRARIES.items() for alias in (name, *aliases)}
)


def picture_library(printed: str) -> str | None:
    """The name of a picture library as printed, or None if unknown."""
    return _LIBRARIES.get(_fold(printed))


OUTLETS_BY_NAME: MappingProxyType[str, OutletProfile] = MappingProxyType({p.name: p for p in OUTLETS})

# Per outlet, the names (as the registry reads them) by which its pages mean itself.
_OWN_NAMES: MappingProxyType[str, frozenset[str]] = MappingProxyType(
    {p.name: frozenset(canonical_name(n) or n for n in p.own_names) for p in OUTLETS}
)


def own_names(profile: OutletProfile) -> frozenset[str]:
    """The names by which ``profile``'s pages mean the outlet itself, as read elsewhere."""
    return _OWN_NAMES.get(profile.name, frozenset())


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


# Compiled once: (profile, [(pattern, weight), ...], the weights' sum).
OUTLET_MARKERS: tuple[tuple[OutletProfile, tuple[tuple[Literal_ | Guarded | re.Pattern[str], int], ...], int], ...] = (
    tuple(
        (
            profile,
            tuple((_marker(source), weight) for source, weight in profile.markers),
            sum(w for _, w in profile.markers),
        )
        for profile in OUTLETS
    )
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
# The agencies whose Chinese lead stands in brackets before the first sentence, its
# reporters run together with the place ("（中央社記者溫貴香台北21日電）").
CHINESE_BRACKETED_LEAD_NAMES: tuple[str, ...] = ("中央社",)
# The places such a lead names most, in the characters Taiwan's press writes them: where
# the reporter's name ends and the place begins, which the lead does not mark.
CHINESE_LEAD_PLACES: tuple[str, ...] = (
    "台北", "臺北", "新北", "桃園", "台中", "臺中", "台南", "臺南", "高雄", "基隆",
    "新竹", "苗栗", "彰化", "南投", "雲林", "嘉義", "屏東", "宜蘭", "花蓮", "台東",
    "臺東", "澎湖", "金門", "馬祖", "連江", "北京", "上海", "香港", "澳門", "東京",
    "大阪", "首爾", "華盛頓", "紐約", "洛杉磯", "舊金山", "倫敦", "巴黎", "柏林", "布魯塞爾",
    "日內瓦", "莫斯科", "新加坡", "曼谷", "河內", "馬尼拉", "吉隆坡", "雅加達", "新德里", "雪梨",
    "墨爾本", "多倫多", "溫哥華",
)  # fmt: skip

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
