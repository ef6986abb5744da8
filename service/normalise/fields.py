"""Parsers for the metadata a single line carries: bylines, credits, captions,
contributors, source lines and dateline leads. Each takes cleaned text and returns
plain values; dates and warnings are the pipeline's business."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import islice

from . import settings
from .registry import (
    CHINESE_BRACKETED_LEAD_NAMES,
    CHINESE_LEAD_NAMES,
    CHINESE_LEAD_PLACES,
    alternation,
    canonical_name,
    picture_library,
)
from .text import has_cjk, name_case
from .world import outlet_at, outlet_named

# ---------------------------------------------------------------------------
# Names

_NAME_SPLIT = re.compile(r"\s*(?:,|;|、|，|&|\b[Aa]nd\b|\bund\b|\bet\b|\by\b|\ben\b|\be\b|和|与)\s*")
# A slash with a space on each side ends a byline's names: what follows is its outlet
# ("Von Ana Ruiz / dpa", "Text: Ana Ruiz / hafenblatt.de", "Von Ana Ruiz / Kieler Nachrichten").
_SLASH = re.compile(r"\s+/\s+")
_EMAIL = re.compile(r"\S+@\S+\.\w+")
# Words that make a phrase a description, not a person's name.
_NOT_NAME = re.compile(
    r"\b(?:staff|reporters?|writers?|correspondents?|editors?|contributors?|moderators?|agency|agencies|"
    r"news|online|daily|times|post|press|network|service|photo|photos|in|from|for|the|said|of|wires?|"
    r"corp|corporation|inc|ltd|company|group|bureau|department|ministry|government|council|office|"
    r"university|institute|museum|association|foundation|transit|international|"
    # a photographer's business ("Lea Kern Photography", "Hafen Fotografie")
    r"photography|fotografie|"
    # a translator's credit ("Übersetzung Lea Kern") names no writer
    r"translation|translated|übersetzung|übersetzt|traducción|traduction|"
    # German organisations and desks, alone or at a compound's end: "Hanns-Seidel-Stiftung",
    # "Deutscher Caritasverband", "Muster GmbH", "Sportverein e.V.", "Hafenblatt Redaktion"
    r"\w*(?:verband|stiftung|verlag|verein|gesellschaft|ministerium|redaktion)|gmbh|e\.\s?v)\b",
    re.IGNORECASE,
)
_PERSON = re.compile(r"^[^\W\d_][\w.'’\- ]{0,60}$")
# Capitalised words that are not names ("Privacy Policy", "Terms of Use").
_NOT_NAME_WORDS = frozenset(
    {"policy", "privacy", "terms", "contact", "about", "home", "news", "sitemap", "cookies", "trending", "topics",
     "latest", "popular", "related", "stories", "subscribe", "newsletter", "menu", "search", "login", "share",
     "comments", "videos", "gallery", "advertisement", "recent", "posts", "archives", "categories", "tags",
     "marketing", "communications", "team"}
)  # fmt: skip
# More words of menus and buttons, which a name printed alone never holds: a button's verb
# ("Follow Author", "Seguir Medellín") and German menus ("Letzte Kommentare", "Ähnliche
# Beiträge"). Apart from _NOT_NAME_WORDS, which the author model's candidates were read with.
_MENU_HEADING_WORDS = frozenset(
    {"follow", "seguir", "folgen", "suivre", "kommentare", "beiträge", "artikel", "ähnliche", "letzte", "neueste",
     "weitere", "weiterführende", "nächste", "vorherige", "links", "kategorien", "schlagworte", "startseite",
     "impressum", "datenschutz", "kontakt", "blog", "article", "desk", "kommentieren", "teilen", "drucken",
     "einstellungen", "cookie", "cookies", "settings", "privacy"}
)  # fmt: skip
# A letter's greeting or a search form's button where a byline would stand ("Liebe Grüße",
# "Von:" / "Filter Suche"): never a name.
_SIGN_OFF_WORDS = frozenset({"grüße", "grüsse", "gruß", "regards", "suche", "filter"})
# A letter's or a comment's salutation before whom it addresses ("Liebe Menschen Europas",
# "Hallo Martina", "Dear Therapist"): the words after it are a reader's, not a writer's name.
_SALUTATIONS = frozenset({"liebe", "lieber", "liebes", "hallo", "dear"})
# "Zhao Minghui in Chongqing": where the writer filed from is not part of the name.
_FILED_FROM = re.compile(r"\s+in\s+[A-Z][\w .'-]*$")
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,6}$")
# A site's address is no person: "Phys.org", "auto-motor.at".
_DOMAIN = re.compile(r"\w\.(?:com|org|net|de|at|ch|fr|es|it|uk|co|io|info|cn|tw|hk|sg|my|ph)\b", re.IGNORECASE)
# Name endings whose full stop is the name's own: "Jr.", "Sr.", an initial.
_KEEPS_STOP = re.compile(r"(?:\b(?:Jr|Sr|St)|\b[A-Z])\.$")


_AND = re.compile(r",?\s+(?:and|&)\s+|\s*[&和与]\s*")
_FILED_FROM_ANYWHERE = re.compile(r"\s+in\s+[A-Z].*$")


def split_names(value: str) -> list[str]:
    """People named in a list ("A, B and C"), in order, without e-mail addresses or where
    they filed from ("A in Kansas City, Kansas, and B in Omaha, Nebraska")."""
    value = _EMAIL.sub("", value)
    names = []
    for chunk in _AND.split(value):
        chunk = chunk.strip(" .;:|()（）[]")
        # A place may hold commas: cut it off before splitting the chunk into names.
        parts = [_FILED_FROM_ANYWHERE.sub("", chunk)] if " in " in chunk else _split_cjk_names(chunk)
        for part in parts:
            part = part.strip(" .;:|()（）[]")
            if part:
                names.append(name_case(part))
    return names


def _split_cjk_names(value: str) -> list[str]:
    # "刘思远 赵悦": Chinese names are listed with spaces only.
    parts = _NAME_SPLIT.split(value)
    return [name for part in parts for name in (part.split() if _all_cjk_names(part) else [part])]


def _all_cjk_names(value: str) -> bool:
    words = value.split()
    return len(words) > 1 and all(_CJK_NAME.match(w) for w in words)


def describes(value: str) -> bool:
    """Whether a phrase holds a word that describes rather than names ("Staff Writer",
    "Daily News", "Hanns-Seidel-Stiftung")."""
    return _NOT_NAME.search(value) is not None


def is_person_name(value: str, described: bool | None = None) -> bool:
    """Whether a short phrase reads as a person's name rather than an organisation.
    ``described``: what ``describes`` says of it, if the caller knows."""
    if canonical_name(value) is not None:
        return False
    if (describes(value) if described is None else described) or _DOMAIN.search(value):
        return False
    if has_cjk(value):
        return _CJK_NAME.match(value.replace(" ", "")) is not None
    words = value.split()
    return (
        bool(_PERSON.match(value))
        and 1 <= len(words) <= 4
        # An initial keeps its stop, but between names it may go without ("Kiran C Nair").
        and all(
            w[0].isupper() and (len(w) > 1 or w.endswith(".") or 0 < i < len(words) - 1) for i, w in enumerate(words)
        )
        and not any(w.lower() in _NOT_NAME_WORDS for w in words)
    )


def stated_names(value: str) -> tuple[list[str], str | None]:
    """The people and the organisation in an author field of a page's markup ("By A and
    B", "A, B", "Reuters"): markup says these are its authors, so a short name is taken
    as printed ("oradmin", "R. R."), unless it names an organisation or an address."""
    value = _STATED_OPENING.sub("", BYLINE_START.sub("", value.strip())).strip()
    if has_cjk(value):  # "記者陳嘉寧／桃園機場報導", "劉憲杰／台北": the names before the place
        value = _CJK_STATED_TAIL.split(_CJK_STATED_ROLE.sub("", value), 1)[0].strip()
    if not value or len(value) > settings.MAX_BYLINE_CHARS:
        return [], None
    organisation = canonical_name(value)
    if organisation is not None:
        return [], organisation
    people: list[str] = []
    later: list[str] = []
    if not has_cjk(value):
        # "Text: Ana Ruiz, Fotos: Lea Kern": the photographer's credit ends the writers.
        value = _CREDIT_AFTER.split(value, 1)[0].rstrip(" ,;")
        # "A and B For The Harbour Weekly": the outlet they wrote for ends the names.
        if (written_for := _FOR_OUTLET.search(value)) is not None:
            value, organisation = value[: written_for.start()], canonical_name(written_for["outlet"])
        # "Ana Ruiz | Reuters", "A, B | Harbour Weekly", "Ana Ruiz / dpa": a spaced pipe or
        # slash ends the first names; what follows is their outlet, or more people.
        value, *later = _STATED_APART.split(value)
        # "Ana Ruiz im Gespräch mit Lea Kern": an interview's two voices, its authors both;
        # not "Redaktion im Gespräch mit Lea Kern" (the guest alone is no author).
        conversation = _IN_CONVERSATION.search(value)
        if conversation is not None and is_person_name(value[: conversation.start()]):
            value = f"{value[: conversation.start()]}, {value[conversation.end() :]}"
    parts = _apart_outside_parentheses(_EMAIL.sub("", value)) if not has_cjk(value) else split_names(value)
    if len(parts) > 1 and any(part.strip(" .").casefold() in _COUNTRY_NAMES for part in parts):
        # A publisher's address, not a list of people ("Muster Verlag GmbH, Nürnberg, Germany",
        # "Hafenblatt, Kiel, Deutschland"): which of its parts is a place no one can tell.
        return [], None
    # After the site's domain, a word alone is its place ("hessenschau.de, Frankfurt,
    # Germany"), not a user's name; a person's full name stays ("spiegel.de, Anna Meyer").
    site_first = bool(parts) and _DOMAIN.search(parts[0]) is not None
    for part in parts:
        if (tail := _PARENTHESISED_TAIL.search(part)) is not None and tail.start() > 0:
            # "Ana Ruiz (ar)", "Ana Ruiz (Text)", "Ana Ruiz (dpa)": the writer's initials, role
            # or agency after the name; a photographer ("Lea Kern (Fotos)") wrote nothing.
            if _PHOTO_ROLE.match(tail["inside"].strip()):
                # "Reuters (Video)": the agency's pictures, still the agency's.
                organisation = organisation or canonical_name(part[: tail.start()].strip())
                continue
            organisation = organisation or canonical_name(tail["inside"])
            part = part[: tail.start()]
        part = part.strip(" .;:|()（）[]/")
        if not part:
            continue
        canonical = canonical_name(part)
        words = part.split()
        if canonical is not None:
            organisation = organisation or canonical
        elif (
            len(words) <= 4
            and sum(c.isalpha() for c in part) > 1
            and not (_NOT_NAME.search(part) or _DOMAIN.search(part) or _NO_ONE.match(part))
            and not (site_first and len(words) == 1)
            and not _lower_case_phrase(words)
        ):
            people.append(name_case(part) if part.isupper() and " " in part else part)
    if later and not all(is_person_name(name) for name in people):
        # Before the separator, no one who reads as a person: a site's name in parts, a
        # handle; null beats a part of it taken for a writer.
        people = []
    for separator, segment in zip(later[::2], later[1::2], strict=True):
        canonical = canonical_name(segment.strip())
        if canonical is not None:
            organisation = organisation or canonical
        elif separator == "/" and people:
            # After a slash, more writers read in full ("A. Ruiz / L. Kern"); a pipe's
            # segment is the outlet's or the writer's post, never a name.
            names = [part.strip(" .;:()") for part in _NAME_SPLIT.split(segment)]
            if names and all(" " in name and is_person_name(name) for name in names):
                people += [name for name in names if name not in people]
    return people, organisation


def _lower_case_phrase(words: list[str]) -> bool:
    """Words in lower case before a capitalised one, the first no particle of a name:
    "deinen Hochzeitsbloggern" is a phrase; "de la Cruz", "ter Stegen" are names, and so
    are names written in lower case throughout ("john smith")."""
    return (
        len(words) > 1
        and words[0][:1].islower()
        and words[0] not in _NAME_PARTICLES
        and any(word[:1].isupper() for word in words[1:])
    )


#: Words in lower case that begin a name: "de la Cruz", "van der Berg", "ter Stegen".
_NAME_PARTICLES = frozenset({
    "da", "das", "de", "del", "della", "dela", "der", "den", "di", "do", "dos", "du", "la", "le", "van", "von", "vom",
    "zu", "zum", "zur", "ten", "ter", "al", "el", "bin", "ibn", "abu", "af", "av", "y",
})  # fmt: skip


# A Chinese author field's role before the names, and the place or report after them.
# ("本报记者", "記者", "作者：", "文／"): whoever's reporter it names, the names follow.
_CJK_STATED_ROLE = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}?(?:記者|记者)|作者|撰文)\s*[:：/／]?\s*|^文\s*[:：/／]\s*")
_CJK_STATED_TAIL = re.compile(r"\s*[／/|(（【]|\s*(?:報導|报道|綜合報導|综合报道)$")
# A spaced pipe or slash between an author field's names and their outlet, kept (as "|"
# or "/") by the split.
_STATED_APART = re.compile(r"\s+([|/])\s+")


def _apart_outside_parentheses(value: str) -> list[str]:
    """The names in an author field, split at their separators, but not inside the
    parentheses after a name ("Ana Ruiz (Text und Fotos)" is one writer)."""
    parts: list[str] = []
    start = seen = depth = 0
    for separator in _NAME_SPLIT.finditer(value):
        depth = max(0, depth + value.count("(", seen, separator.start()) - value.count(")", seen, separator.start()))
        seen = separator.start()
        if not depth:
            parts.append(value[start : separator.start()])
            start = separator.end()
    parts.append(value[start:])
    # A parenthesis never closed is no tail: the separators all count.
    closed = depth + value.count("(", seen) - value.count(")", seen) <= 0
    return parts if closed else _NAME_SPLIT.split(value)


# What an author field puts in parentheses after a name: initials, a role, an agency.
_PARENTHESISED_TAIL = re.compile(r"\s*\((?P<inside>[^()]{1,30})\)\s*$")
_PICTURES = r"(?:fotos?|photos?|bild(?:er)?|images?|fotografie|photography|videos?)"
_PHOTO_ROLE = re.compile(rf"{_PICTURES}(?:\s*(?:und|and|&|/|,)\s*{_PICTURES})?$", re.IGNORECASE)
# What joins an interview's two voices in an author field: "Ana Ruiz im Gespräch mit Lea
# Kern", "Ana Ruiz in conversation with Lea Kern".
_IN_CONVERSATION = re.compile(r"\s+(?:im Gespräch mit|in conversation with)\s+(?=[A-Z])")
# "ByJ.R. Stone": an opening glued to a name that starts with an initial.
_STATED_OPENING = re.compile(r"^(?:By|BY|Von|VON)(?=[A-Z])")
# Countries' names, in the languages of the pages read most (and a few common abbreviations),
# as they end a publisher's address in an author field.
_COUNTRY_NAMES = frozenset({
    "germany", "deutschland", "austria", "österreich", "switzerland", "schweiz", "suisse", "svizzera", "france",
    "frankreich", "italy", "italia", "italien", "spain", "españa", "spanien", "portugal", "netherlands",
    "nederland", "niederlande", "belgium", "belgien", "belgique", "luxembourg", "luxemburg", "liechtenstein",
    "poland", "polska", "polen", "denmark", "dänemark", "danmark", "sweden", "schweden", "sverige", "norway",
    "norwegen", "norge", "finland", "finnland", "suomi", "ireland", "irland", "greece", "griechenland",
    "czech republic", "tschechien", "hungary", "ungarn", "usa", "u.s.a", "united states", "uk", "u.k",
    "united kingdom", "great britain", "england", "scotland", "canada", "kanada", "australia", "australien",
    "new zealand", "brazil", "brasil", "brasilien", "mexico", "méxico", "argentina", "chile", "colombia",
    "india", "indien", "china", "japan", "russia", "russland", "turkey", "türkei", "türkiye", "south africa",
})  # fmt: skip
# What a CMS puts in an author field when it names no one, and academic degrees.
_NO_ONE = re.compile(
    r"^(?:admin(?:istrator)?|redaktion|no author|anonymous|unknown|guest|user\d*|webmaster|"
    r"ph\.?d|m\.?d|m\.?s|r\.?d|mph|mba|dr|prof)\.?$",
    re.IGNORECASE,
)


# Authors a Chinese page prints after their role, in a line's opening: "作者：王晓璐",
# "作者︱春春", "撰文/李四", "（记者 格桑边觉）", "新京报记者 彭冲 山东冠县报道",
# "記者陳嘉寧／桃園機場報導". Names of two to four characters, each ended by a space, a
# separator, a report or the line's end, and the role separated from them ("作者观点",
# "记者了解到，" are prose), except a reporter's with a slash after; never a
# photographer's ("记者 杜洋 摄", "记者张三/摄"). The names stop at another role
# ("编辑 李四", "实习生 王五") and before a place that was reported from ("北京报道").
_CJK_NAMES = r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:[ \u3000、]+[\u4e00-\u9fff·]{2,4}){0,4})"
_CJK_END = r"(?=\s*(?:$|[\s／/|)）】]|报道|報導))(?![／/]?\s*(?:翻)?(?:摄|攝))"
_CJK_AUTHORS = re.compile(
    # A lead in lenticular brackets: "【財訊快報／陳孟朔】", "【海港時報／記者林美華報導】".
    r"^【[\u4e00-\u9fff]{2,8}[／/](?:記者|记者)?" + _CJK_NAMES.replace("names", "lead") + r"(?:報導|报道)?(?=】)"
    + r"|(?:作者|撰文)(?:\s*[:：︱|/／]\s*|\s+)" + _CJK_NAMES + _CJK_END
    + r"|(?:记者|記者)(?:\s*[:：]\s*|\s+)" + _CJK_NAMES.replace("names", "reporters") + _CJK_END
    + r"|(?:记者|記者)" + _CJK_NAMES.replace("names", "filed") + r"(?=[／/])(?![／/]\s*(?:翻)?(?:摄|攝))"
)  # fmt: skip
#: Words after the names that end them: another role.
_CJK_ROLES = frozenset({"责任编辑", "責任編輯", "编辑", "編輯", "记者", "記者", "通讯员", "通訊員", "实习生", "實習生"})
_CJK_PHOTO = frozenset({"翻摄", "翻攝", "摄影", "攝影"})
_CJK_REPORTED = ("报道", "報導")
#: How far into a line a Chinese byline may begin.
_CJK_BYLINE_REACH = 80


def printed_chinese_authors(text: str) -> tuple[list[str], tuple[int, int]] | None:
    """The authors a Chinese line names after their role, and their span; None if none."""
    match = _CJK_AUTHORS.search(text)
    if match is None or match.start() > _CJK_BYLINE_REACH:
        return None
    group = next(name for name in ("lead", "names", "reporters", "filed") if match[name])
    words = re.split(r"[ \u3000、]+", match[group])
    if _CJK_PHOTO.intersection(words):
        return None  # "记者 宋宇晟 翻摄": a photographer's credit
    names: list[str] = []
    for word in words:
        if word in _CJK_ROLES or word.endswith(_CJK_REPORTED):
            break  # "编辑 李四", "北京报道"
        if word not in names:
            names.append(word)
    if len(names) > 1 and text.startswith(_CJK_REPORTED, match.end()) and len(names) == len(words):
        names = names[:-1]  # "彭冲 山东冠县报道": the last is where the report was filed from
    if not names:
        return None
    start = match.start(group)
    return names, (start, start + match[group].find(names[-1]) + len(names[-1]))


# The commonest Chinese surnames, in traditional and simplified characters: a name
# printed alone is read only when it opens with one.
_CJK_SURNAMES = (
    "王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何高林羅罗鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓曹彭曾蕭萧田董"
    "袁潘于蔣蒋蔡余杜葉叶程蘇苏魏呂吕丁任沈姚盧卢姜崔鍾钟譚谭陸陆汪范金石廖賈贾夏韋韦付方白鄒邹孟熊秦邱江尹薛"
    "閻阎段雷侯龍龙史陶黎賀贺顧顾毛郝龔龚邵萬万錢钱嚴严覃武戴莫孔向湯汤溫温游詹施洪柯賴赖莊庄翁簡简紀纪歐欧傅"
    "藍蓝凃涂饒饶康伍易常喬乔左聶聂"
)
# A name alone on its line, as Taiwan's and China's papers print their reporters':
# three characters, a common surname first, not a place or an organisation ("高雄市").
_CJK_NOT_NAME_ENDS = "市縣县區区鄉乡鎮镇村報报網网社台刊館馆院部會会處处局所站"
_CJK_BARE_NAME = re.compile(f"[{_CJK_SURNAMES}][\u4e00-\u9fff][\u4e00-\u9fff](?<![{_CJK_NOT_NAME_ENDS}])")
# An outlet's name before its reporter's on one line ("工商時報 沈賢有").
_CJK_OUTLET_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}(?:報|报|網|网|社|新聞|新闻)")


def bare_chinese_names(text: str) -> list[str]:
    """The reporters a Chinese line names with nothing else ("謝明俊", "侯冠州、張珈睿",
    an outlet's name before them: "工商時報 沈賢有", where they filed from after them:
    "劉憲杰／台北", "楊智家／綜合報導"); none if the line holds more."""
    text = text.strip().lstrip("*•· ")
    before, slash, filed = text.partition("／")
    if slash and (filed in CHINESE_LEAD_PLACES or filed.endswith(_CJK_REPORTED)):
        text = before
    head, _, names = text.rpartition(" ")
    if head and not _CJK_OUTLET_NAME.fullmatch(head):
        return []
    parts = names.split("、")
    return parts if len(parts) <= 4 and all(_CJK_BARE_NAME.fullmatch(part) for part in parts) else []


def holds_menu_word(names: Sequence[str]) -> bool:
    """Whether a list of names holds a menu's, a button's or a greeting's word, which no
    name does ("Ähnliche Beiträge", "Filter Suche", "Liebe Grüße"), or opens with a
    salutation ("Liebe Menschen Europas")."""
    if any(n.split()[0].lower() in _SALUTATIONS for n in names if n.strip()):
        return True  # "Liebe Leserinnen", "Dear Reader": a salutation, only as a name's first word
    return any(w.lower() in _MENU_HEADING_WORDS or w.lower() in _SIGN_OFF_WORDS for n in names for w in n.split())


def is_bare_name(text: str) -> bool:
    """A person's name printed alone, with nothing to say it is one: two or three
    capitalised words, none of them a function word ("Die Corona", "Im Wortlaut"); in
    Chinese, three characters that open with a common surname."""
    if has_cjk(text):  # "謝明俊"; never a role or a menu word beside a name ("记者 张倩")
        return _CJK_BARE_NAME.fullmatch(text) is not None
    words = text.split()
    return (
        2 <= len(words) <= 3
        and not any(word.lower() in _FUNCTION_WORDS or word.lower() in _MENU_HEADING_WORDS for word in words)
        and not text.isupper()
        and is_person_name(text)
    )


#: What joins the names of a list printed without an opening word ("Ana Ruiz, Lea Berg
#: und Tom Kern"), or alone on its line between two names of a byline over lines.
LIST_JOIN = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*")


def listed_names(text: str) -> list[str] | None:
    """Two names or more alone on a line, each of two words or more, none a function
    word ("Ana Ruiz, Lea Berg und Tom Kern"): a byline's list, not a place after a name
    ("Ana Ruiz, London") nor a list of topics."""
    parts = [part.strip() for part in LIST_JOIN.split(text.strip())]
    if len(parts) < 2 or not all(is_bare_name(part) for part in parts):
        return None
    return [name_case(part) for part in parts]


def opens_list(text: str) -> bool:
    """Whether a line's first two parts are full names ("Ana Ruiz, Lea Berg & Tom Kern
    Wirtschaft"): a list whose end the words after it hide, not one name and its place."""
    parts = LIST_JOIN.split(text.strip(), maxsplit=2)
    return len(parts) > 2 and is_bare_name(parts[0]) and is_bare_name(parts[1])


# Small words of the languages most pages are written in: a name has none of them.
_FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "for",
        "and",
        "or",
        "to",
        "with",
        "from",
        "by",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "im",
        "am",
        "zum",
        "zur",
        "und",
        "mit",
        "von",
        "für",
        "auf",
        "le",
        "la",
        "les",
        "un",
        "une",
        "du",
        "de",
        "des",
        "et",
        "au",
        "aux",
        "el",
        "los",
        "las",
        "y",
        "del",
        "il",
        "lo",
        "gli",
        "di",
        "e",
        "het",
        "een",
    ]
)


# ---------------------------------------------------------------------------
# Bylines


@dataclass(slots=True)
class ParsedByline:
    authors: list[str]
    organisation: str | None
    #: Agencies a byline credits as a source ("Staff writer, with CNA").
    sources: list[str] = field(default_factory=list)
    #: Where the story was filed from, when the byline says ("AFP, BANGKOK").
    place: str | None = None


# What opens a byline, in the languages most pages are written in, by family: a word
# ("By", "Von", "Par", "Por", "Door"), a phrase ("Written by", "Geschrieben von") and a
# label ("Autor:", "作者："). One definition, for the line classifier and the author model.
BYLINE_WORD = r"[Bb]y|BY|By(?=[A-Z][a-z]|[A-Z]\.)|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Dd]oor"
BYLINE_PHRASE = (
    r"(?:Written|Posted|Reported|Story|Article|Words) by"
    r"|Publicado por|Escrito por|Publié par|Écrit par|(?:Scritto|Pubblicato) da"
    # German blog and CMS software's own words ("Veröffentlicht von", "Eingestellt von",
    # "Gespeichert von"): a participle before "von" is no name ("Walter von Aachen" is).
    r"|(?:Geschrieben|Erstellt|Verfasst|Gepostet|Veröffentlicht|Eingestellt|Gespeichert|Publiziert) von"
    r"|(?:Ein )?(?:Blog[- ]?)?(?:Beitrag|Artikel) von"
    # What kind of piece it is, then its writer: "Eine Kolumne von Ana Ruiz", "Ein Interview von ...".
    r"|(?:Ein|Eine) (?:Gast)?(?:Kolumne|Analyse|Interview|Kommentar|Essay|Reportage|Bericht|Rezension|Glosse) von"
)
#: What an author box calls its writer; a label with its colon, or alone as its heading.
_AUTHOR_WORDS = r"Autor(?:in)?|Author|Auteur|Autore"
BYLINE_LABEL = (
    r"(?:" + _AUTHOR_WORDS + r"|Text|Texto|Words|Text (?:&|und) (?:Fotos?|Bilder))\s?[:：]|作者\s?[:：]"
    # An author box's heading before the name: "About the Author - Ana Ruiz"; the name
    # alone after it, not a sentence ("About the author – Ana Ruiz has written ...").
    r"|(?:About the [Aa]uthor|Über (?:den Autor|die Autorin))\s?[-–—:：](?=[^.!?]{0,60}$)"
)
# The word or phrase may take a colon as a label does ("By: ", "Por: ", "Written by: ").
BYLINE_OPENING = "(?:(?:" + BYLINE_WORD + "|" + BYLINE_PHRASE + ")(?:[:：](?=\\s))?|" + BYLINE_LABEL + ")"
BYLINE_START = re.compile(r"^[(（]?(?:" + BYLINE_OPENING + r"\s|By(?=[A-Z][a-z]|[A-Z]\.))")
#: The characters a line that BYLINE_START matches opens with: the cheap test before its match.
BYLINE_OPENS = "(（ABDEGPRSTVWbdpvÉÜ作"
#: An opening alone on its line, the names on the next ("By" / "Todd Bates"); a label's
#: colon may be left out there ("Autor" / "Jon Nitz").
OPENING_ALONE = re.compile(r"^(?:" + BYLINE_WORD + "|" + BYLINE_PHRASE + "|" + _AUTHOR_WORDS + r")\s?[:：]?$")
#: An opening at the end of a line that prints a date or a time before it, the names on
#: the next line ("21.01.2022 11:46 von" / "Patrick Otte").
OPENING_AFTER_STAMP = re.compile(r"\d\s+(?:" + BYLINE_WORD + r")\s?[:：]?$")
#: The word that joins a byline to the stamp after it on one line: "By A on Thu, Nov 9",
#: "Posted by A at 18:52", "Von A am 12.03.2020", "Par A le 3 mars", "Por A el 5 de mayo".
#: Months and weekdays, in the languages most Latin-script pages are written in.
DATE_WORDS = frozenset([
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "janvier", "février", "mars",
    "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "enero", "febrero",
    "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag",
    "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi",
    "vendredi", "samedi", "dimanche",
])  # fmt: skip
_JOINING_WORDS = ("on", "at", "am", "um", "le", "à", "el", "il", "em", "op", "den")
BEFORE_STAMP = re.compile(r"\s+(?:" + "|".join(_JOINING_WORDS) + r")$", re.IGNORECASE)
#: A blog's byline that names a user's handle, at the line's start or after a separator
#: ("by oz on December 4, 2006", "18:13 // Autor: c1ph4 // Lesezeit"): the handle in lower
#: case or holding a digit (a capitalised word is a name, which the other rules read), then
#: the line's end, a separator, or the word that joins it to a date. Not "A post shared by
#: ana_ruiz on ...": an embedded post's.
HANDLE_BYLINE = re.compile(
    r"(?:^|[/|·•~—–]\s*)(?P<opening>" + BYLINE_WORD + "|" + BYLINE_PHRASE + "|(?:" + _AUTHOR_WORDS + r")\s?[:：])\s+"
    r"(?P<handle>[a-z][\w.\-]{1,29}|[A-Za-z]+\d[\w.\-]*)(?<![.\-])"
    r"(?=\s*$|\s*(?://|[|·•])|\s+(?:on|am|at|um|le)\s(?=.{0,20}\d))"
)
#: A date's year or a time: what a blog's line of meta prints beside its byline.
YEAR_OR_TIME = re.compile(r"(?<!\d)(?:(?:19|20)\d\d|\d{1,2}:\d\d)(?!\d)")
_A_DIGIT = re.compile(r"\d")


def handle_byline(text: str) -> str | None:
    """The user's handle a blog's line of meta names as its writer beside the post's date
    (see HANDLE_BYLINE), unless a CMS placeholder ("admin"); a sentence names none ("By
    now on March 3, 2021 the pier had closed.")."""
    # A year or a time needs a digit: the search for one is a fraction of the pattern's cost.
    if _A_DIGIT.search(text) is None or YEAR_OR_TIME.search(text) is None:
        return None
    if _SENTENCE_END.search(text.rstrip()) is not None:
        return None
    found = HANDLE_BYLINE.search(text)
    if found is None or _NO_ONE.match(found["handle"]) or "admin" in found["handle"].lower():
        return None
    handle = found["handle"]
    if handle.lower() in _DESK_WORDS:
        return None  # "Posted by staff on March 3, 2021": the newsroom, no one's handle
    if handle.isalpha() and found["opening"] in _BARE_OPENINGS:
        return None  # "By bus at 10:30", "Von heute um 10:00": a sentence's words; a blog prints "by oz on ..."
    return handle


#: The openings that open a sentence as well as a byline, capitalised: a word in lower case
#: after them is the sentence's ("By car on 3 May"), not a handle, unless it holds a digit.
_BARE_OPENINGS = frozenset({"By", "BY", "Von", "VON", "Par", "PAR", "Por", "POR", "Door"})
#: Words that name a newsroom or a role, in lower case as a handle would print them.
_DESK_WORDS = frozenset({"staff", "editor", "editors", "editorial", "team", "desk", "newsdesk", "newsroom", "support"})


#: A number that starts a word: a date or a time after a byline's names, not a digit of a
#: user's handle ("Kitty2000"); or a date or a time the copied text glued to the last name
#: ("von Lea Kern13.12.2022 - 08:13 Uhr", "By Ana Ruiz18:52", "Von Lea Kern12. Mai 2021"),
#: whose digits a handle's never run into a full stop or a colon and more digits, or a month.
_NUMBER_START = re.compile(r"(?<!\w)\d|(?<=[^\W\d_])(?:\d{1,4}[./:]\d|\d{1,2}\.\s?[^\W\d_]{3,9}\.?\s\d{4})")
# After the opening: a space, or nothing after a colon or before a glued name ("ByAlex
# Bozarjian", "ByJ.R. Stone"); never a word's own letters ("PARENTING" is not "PAR ENTING").
_AFTER_OPENING = r"(?:(?<=[:：])\s*|(?<=By)(?=[A-Z][a-z]|[A-Z]\.)|\s+)"
_BY = re.compile(
    r"^[(（]" + BYLINE_OPENING + _AFTER_OPENING + r"(?P<inner>[^()（）]+)[)）]$"
    r"|^" + BYLINE_OPENING + _AFTER_OPENING + r"(?P<rest>\S.*)$"
)
_PARENTHESISED = re.compile(r"\s*[(（](?P<name>[^()（）]{2,60})[)）]")
# "Xinhua writers A, B", "staff reporter A": a role between the organisation and the names.
#: What a byline calls its writers.
_ROLE_WORD = r"(?:writers?|reporters?|correspondents?|journalists?)"
_ROLE = re.compile(
    r"^(?:(?P<org>.+?)\s+)?(?:staff\s+)?" + _ROLE_WORD + r"\b\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# "A and B / Staff reporters" (Taipei Times): the role after the names, no organisation.
_ROLE_TAIL = re.compile(
    r"\s*/\s*(?:staff|contributing)\s+(?:reporters?|writers?)(?:\s*,\s*with\s+staff\s+writers?)?\s*$", re.IGNORECASE
)
# "... for The Harbour Weekly", "... For Example.com": after the names, the outlet they wrote for.
_FOR_OUTLET = re.compile(r"\s+[Ff]or\s+(?P<outlet>(?:[Tt]he\s+)?[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|on|of))*)\s*$")
#: A role printed after a name with nothing between them: "Richard Adams Education
#: editor", "Anna Berg Senior Writer".
TRAILING_ROLE = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+)?(?:" + _ROLE_WORD + r"|editors?|columnists?|contributors?)$", re.IGNORECASE
)
# "A and B - Reporters / @handle" (Philippine Daily Inquirer): a role after a dash, and
# what follows it; a social-media handle at the end.
_DASHED_ROLE = re.compile(
    r"\s+[-–—|]\s+(?:(?:staff|contributing|senior|chief|special)\s+)?"
    r"(?:" + _ROLE_WORD + r"|editors?|contributors?)\b.*$"
    # The writers' team after a dash: "A and B - Chrome Safe Browsing team".
    r"|\s+[-–—]\s+[^-–—]*\b(?:team|desk)$",
    re.IGNORECASE,
)
_HANDLE_TAIL = re.compile(r"\s*(?:[-–—/|]\s*)?@\w+\s*$")
_WITH_AGENCY = re.compile(r"^(?:staff writers?|staff reporters?)?\s*,?\s*with\s+(?P<agency>.+)$", re.IGNORECASE)


# "新华社记者 徐晨阳 郑可欣": the agency's reporters, names separated by spaces.
_CJK_BYLINE = re.compile(r"^(?P<org>[\u4e00-\u9fffA-Za-z]{2,8}?)(?:记者|通讯员)\s*(?P<names>[\u4e00-\u9fff·\s]{2,40})$")


#: The longest organisation's name in capitals that a byline ends with after a comma.
_MAX_ACRONYM = 6


def _after_comma(part: str, byline: str) -> bool:
    """Whether ``part`` follows a comma in the byline."""
    return re.search(r"[,，]\s*" + re.escape(part) + r"\b", byline) is not None


def _last_after_comma(part: str, byline: str) -> bool:
    """Whether ``part`` ends the byline after a comma ("..., Dawn")."""
    head = byline.rstrip(" .").removesuffix(part)
    return head != byline.rstrip(" .") and head.rstrip().endswith(",")


#: A profession printed before a name ("Autor: Rechtsanwalt Jan Kern"), no part of it. Academic
#: degrees ("Dr.", "Prof.") are: people label names with them.
PROFESSION = re.compile(
    r"^(?:(?:Rechts|Fach|Patent)?[Aa]nw[aä]lt(?:in)?|Notar(?:in)?|Steuerberater(?:in)?|Attorney)\s+(?=[A-Z])"
)


# What a stamp opens with after a byline's names, before its first digit: a joining word
# (BEFORE_STAMP's) or what the stamp says ("Von Lea Kern Vom 3. Februar 2022", "von
# Lea_Kern Veröffentlicht am 11. Juni"); or its month or weekday ("By Ana Ruiz Nov 8,
# 2023"), which may also be a name's last word ("Theresa May", "Yang Sun"): see _stamp_cut.
_STAMP_LABELS = frozenset(
    (*_JOINING_WORDS, "vom", "published", "posted", "updated", "veröffentlicht", "aktualisiert", "erstellt")
)
_STAMP_DAYS = DATE_WORDS | {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}


def _stamp_cut(part: str) -> str:
    """``part`` without the last word when it opens the stamp after the names: a label's
    word always; a month or a weekday only when two words are left, so that a name ending
    in one is never cut ("By Theresa May 12 March": "Theresa May")."""
    words = part.split()
    last = words[-1].lower().rstrip(".,") if len(words) > 1 else ""
    if last in _STAMP_LABELS or (len(words) > 2 and last in _STAMP_DAYS):
        return part[: part.rstrip().rfind(words[-1])].rstrip()
    return part


_CREDIT_AFTER = re.compile(r"\s+(?:Fotos?|Photos?|Bild|Bilder|Images?)\s?:")
_FILED_AFTER = re.compile(
    r"\s+under\s"
    r"|\s*(?:[|·•]\s*)?(?<!\w)"
    r"(?i:tags?|schlagw[öo]rte?r?|stichw[öo]rte?r?|kategorien?|categor(?:y|ies)|filed under)\s*:"
)


def parse_byline(value: str) -> ParsedByline | None:
    """A "By ..." line: people in order and the organisation it names, if any."""
    cjk = _CJK_BYLINE.match(value)
    if cjk is not None and canonical_name(cjk["org"]):
        names = [n for n in cjk["names"].split() if _CJK_NAME.match(n)]
        if names:
            return ParsedByline(names, canonical_name(cjk["org"]))
    match = _BY.match(value)
    if match is None or len(value) > settings.MAX_BYLINE_CHARS:
        return _staff_with_agency(value)
    authors: list[str] = []
    organisation: str | None = None
    # A photo's credit after the names ends them ("Von Ana Ruiz Foto: © Agentur").
    rest = _CREDIT_AFTER.split(match["inner"] or match["rest"], maxsplit=1)[0]
    # A post's category or tags after the names end them ("Posted by Ana under Travel, Food",
    # "By Ana Ruiz | Tags: Hafen, Pier"): their words are no one's.
    rest = _FILED_AFTER.split(rest, maxsplit=1)[0]
    for named in _PARENTHESISED.finditer(rest):  # "By A, B (People's Daily Online)"
        organisation = organisation or canonical_name(named["name"])
    rest = _ROLE_TAIL.sub("", _PARENTHESISED.sub("", rest))
    # The outlet the writers wrote this piece for ("By A and B for The Harbour Weekly", "By A
    # For Example.com"): not a writer; the organisation when the registry knows it.
    written_for = _FOR_OUTLET.search(rest)
    if written_for is not None:
        organisation = organisation or canonical_name(written_for["outlet"])
        rest = rest[: written_for.start()]
    rest = _DASHED_ROLE.sub("", _HANDLE_TAIL.sub("", rest))
    rest, *outlets = _SLASH.split(rest)
    for outlet in outlets:  # an agency's or a known outlet's name is the organisation; a paper's or a site's, no one
        organisation = organisation or canonical_name(outlet.strip(" .")) or outlet_named(outlet.strip(" ."))
    for part in _NAME_SPLIT.split(_EMAIL.sub("", rest)):
        part = part.strip(" ;:|()（）[]/")
        if not _KEEPS_STOP.search(part):  # "Perry Bacon Jr." and "John A." keep their stop
            part = part.strip(" .")
        part = PROFESSION.sub("", _FILED_FROM.sub("", part))
        if not part:
            continue
        digit = _NUMBER_START.search(part)
        if digit is not None:  # "Posted by A at 18:52 Tagged with: x, y": the names end at a time
            part = part[: digit.start()].rstrip()
            while (cut := _stamp_cut(part)) != part:
                part = cut  # "By Ana Ruiz November 8, 2023", "Von Ana Ruiz Veröffentlicht am 3. Mai"
            if not part:
                break
        role = _ROLE.match(part)
        if role is not None and (role["org"] is None or canonical_name(role["org"])):
            organisation = organisation or (canonical_name(role["org"]) if role["org"] else None)
            part = role["rest"]
        # An agency's or outlet's name is the organisation, never a person's ("By Mara
        # Lindqvist, CNN"); an outlet named by one ordinary word ("Dawn") only after the
        # names, as the last part after a comma ("By Ali Rezaei, Dawn"), not "By Dawn and
        # Ali Rezaei".
        canonical = canonical_name(part)
        if canonical is None and (part.isupper() or " " in part or _last_after_comma(part, rest)):
            canonical = outlet_named(part)
        if canonical is not None:
            organisation = organisation or canonical
        elif part.isalpha() and any(" " in author for author in authors) and _after_comma(part, rest):
            # One word after a comma and a full name is where the writer works or filed
            # from ("By Alex Durán, Google", "By Jane Doe, Washington"), not a writer (a
            # user's handle is: "By Lena Marquardt, Kitty2000"); in capitals, it is the
            # writers' broadcaster or paper ("..., Volkmar Kabisch, NDR").
            if part.isupper() and len(part) <= _MAX_ACRONYM:
                organisation = organisation or part
        elif is_person_name(part) or is_person_name(name_case(part)):
            authors.append(name_case(part))
        if digit is not None:
            break
    if not authors and organisation is None:
        return None
    return ParsedByline(authors, organisation)


# "AFP, BANGKOK" (Taipei Times): the agency and the place it filed from.
_AGENCY_PLACE = re.compile(r"^(?P<agency>[A-Z]{2,10}), (?P<place>[A-Z][A-Z .'’-]{1,30})$")


def parse_agency_byline(value: str) -> ParsedByline | None:
    """A wire credit standing for the byline: "AFP, BANGKOK"."""
    match = _AGENCY_PLACE.match(value)
    agency = canonical_name(match["agency"]) if match else None
    if match is None or agency is None:
        return None
    return ParsedByline([], agency, [agency], place=name_case(match["place"]))


def _staff_with_agency(value: str) -> ParsedByline | None:
    match = _WITH_AGENCY.match(value)
    if match is None or not value.lower().startswith("staff"):
        return None
    agency = canonical_name(match["agency"])
    return ParsedByline([], None, [agency]) if agency else None


# ---------------------------------------------------------------------------
# Photo credits and captions


@dataclass(slots=True)
class Credit:
    credit: str | None
    photographer: str | None
    #: The credit as printed, for the date some credits carry ("CNA photo March 4, 2024").
    printed: str = ""
    #: No label, no agency the registry knows, no one's whole name: two words between a
    #: slash may as well be a menu's ("Werbung/Mediadaten", "Koch/Köchin"). The layout
    #: reads the line as a caption's; the Article does not give it.
    doubtful: bool = False


# German labels that name a picture's credit and nothing else ("Bildquelle: Getty Images",
# "Bildrechte: MDR/Ana Ruiz", "Titelbild: Flickr, CC BY 2.0"): no word of prose.
_GERMAN_LABELS = r"Bild(?:rechte|quelle|nachweise?|credit)|Titelbild|Foto(?:credit|nachweis)"
_LABELS = r"(?:file\s+)?photos?|images?|pictures?|illustration|graphics?|fotos?|bild|" + _GERMAN_LABELS
_CREDIT_PREFIX = re.compile(
    r"^(?:©\s*|credit\s*:\s*|(?:" + _LABELS + r")"
    # a whole word: not "Bildung", "Fotovoltaik", "Photographer", "Bild-Zeitung", "picture alliance"
    r"(?![\w-])(?!\s+alliance\b)(?:\s+courtesy\s+of|\s+by)?\s*[:：/]?\s*)",
    re.IGNORECASE,
)
# A label after the sign, with its colon: "©Foto: Ana Ruiz/Unsplash" ("© Bild" is the paper's).
_LABEL_AFTER_SIGN = re.compile(r"^(?:" + _LABELS + r")\s*[:：]\s*", re.IGNORECASE)
_PHOTO_SUFFIX = re.compile(r"\s+(?:photos?|images?|pictures?|pic)$", re.IGNORECASE)
# "ST PHOTO: TAN PEI SHAN": the organisation, its photo label, then the photographer.
_ORG_PHOTO = re.compile(r"^(?P<org>[A-Z][\w.'’ ]{0,30}?)\s+PHOTO\s*:\s*(?P<name>.+)$")
# "CNA photo March 4, 2024": the organisation's photo, with a date.
_ORG_PHOTO_DATE = re.compile(
    r"^(?P<org>[A-Z][\w.]{1,20}) (?:file )?photo(?: [A-Z][a-z]+\.? \d{1,2}, \d{4})?$", re.IGNORECASE
)
# "新华社记者 李学仁 摄", "新华社发（陈卫东 摄）", "CGTN记者 赵悦 摄".
_CJK_CREDIT = re.compile(
    r"^(?P<org>[\u4e00-\u9fffA-Za-z]{2,12}?)(?:记者|发)\s*[（(]?\s*(?P<name>[\u4e00-\u9fff·]{2,6})?\s*摄?\s*[)）]?$"
)
# Taiwan's press: "中央社記者張三攝", "（記者王小明攝）", "記者李四／攝影": the photographer,
# after the organisation if it is named.
#: The day a photo was taken, printed after its credit: "113年3月4日" (Minguo), "2024年3月4日".
_CJK_DAY = r"(?:\s*\d{3,4}年\d{1,2}月\d{1,2}日)?"
_TW_REPORTER = re.compile(
    r"^(?P<org>[\u4e00-\u9fff]{2,8}?)?記者\s*(?P<name>[\u4e00-\u9fff·]{2,4})\s*[/／]?\s*攝影?" + _CJK_DAY + "$"
)
# "圖/傑昇提供", "圖／翻攝自臉書", "圖翻攝自google map": the photo's source, as printed.
_TW_SOURCE = re.compile(r"^圖\s*(?:[/／]|由)?\s*(?:翻攝自|取自)?\s*(?P<source>[^/／]+?)\s*(?:提供)?$")
# German agencies mark an archive or a stock picture so: "Ana Ruiz/dpa/Archivbild".
_FILE = re.compile(r"(?:,\s*|\s+|/)(?:File(?:\s+Photo)?|Archivbild|Archivfoto|Symbolbild|Symbolfoto)$", re.IGNORECASE)
# Stringers are credited as STR: no name.
_UNNAMED = frozenset({
    "str", "stringer", "staff", "handout", "file", "supplied",
    # a private or supplied picture, a file or a stock one ("Foto: privat", "Bild: zVg")
    "privat", "zvg", "archiv", "archivbild", "archivfoto", "symbolbild", "symbolfoto",
})  # fmt: skip
# Hong Kong's press: "（林曉彤攝）" (the photographer), "（資料圖片）" (a file photo, no one named).
_HK_PHOTOGRAPHER = re.compile(r"^(?P<name>[\u4e00-\u9fff·]{2,4})攝$")
_FILE_PICTURE = frozenset({"資料圖片", "資料照片", "資料相片", "资料图片", "资料照片"})
# The full stop of the sentence a credit ends ("Photo: GovHK."), not an abbreviation's ("Corp.", "U.S.").
_SENTENCE_STOP = re.compile(r"(?<![.\w])([A-Z]\w*[A-Z]\w*)\.$")
# A word alone in a credit that is an organisation's: its initials ("NSTP/ASYRAF HAMZAH"),
# or written with capitals inside ("GovHK"); no person's name.
_ORGANISATION_WORD = re.compile(r"^(?:[A-Z]{2,6}|[A-Z][a-z]*[A-Z]\w*)$")


# A public body or an organiser credited for a picture ("Foto: Polizei", "Photo: Hamburg
# Police", "Bild: Stadt Kiel", "Fotos: Berliner Feuerwehr"): no photographer's name.
_PUBLIC_BODY = re.compile(
    r"\b(?:polizei|police|feuerwehr|fire\s+(?:service|department|brigade)|stadt|gemeinde|landkreis|landratsamt"
    r"|veranstalter(?:in)?|organi[sz]ers?|city\s+of|county|bundeswehr|army|navy)\b",
    re.IGNORECASE,
)
# A credit's parts ("Xinhua/Li Xueren", "Huang Chia-lin, Taipei Times"); "the" before an outlet.
_CREDIT_PARTS = re.compile(r"\s*/\s*|,\s+")
# A bar before the photographer's whole name, last: "© picture alliance/dpa | Ana Ruiz"
# (not "Foto: Timur | flickr | CC BY 2.0", one credit as printed).
_BAR_BEFORE_NAME = re.compile(r"\s*\|\s*(?=[A-Z][a-zß-ÿ]+(?:[ -][A-Z][a-zß-ÿ]+){1,2}$)")


# A photographer's name, then the library's after a dash or a word: "Ana Ruiz - stock.adobe.com",
# "Ana Ruiz auf Unsplash", "Ana Ruiz on Unsplash", "Ana Ruiz from Pexels".
# "via" only between two known ones ("AFP via Getty Images"): "NASA via Getty Images" is
# NASA's picture, which the first known would make Getty's.
_BEFORE_LIBRARY = re.compile(r"\s+(?:[-–—]|on|auf|from)\s+")
_VIA = " via "


def _on_library(value: str) -> str:
    """``value`` with each dash or word before a known agency or library read as a slash,
    from the first after which all is known ("Ana Ruiz auf Unsplash - Unsplash"; not
    "Stadt am Meer - Hafen")."""
    if (via := value.rfind(_VIA)) > 0:
        before, after = value[:via], value[via + len(_VIA) :]
        if _organisation(after) is not None and _organisation(_CREDIT_PARTS.split(before)[-1]) is not None:
            value = f"{before}/{after}"
    cuts = list(_BEFORE_LIBRARY.finditer(value))
    for index, cut in enumerate(cuts):
        ends = [c.start() for c in cuts[index + 1 :]] + [len(value)]
        starts = [c.end() for c in cuts[index:]]
        if all(_organisation(value[a:b]) is not None for a, b in zip(starts, ends, strict=True)):
            return value[: cut.start()] + "/" + "/".join(value[a:b] for a, b in zip(starts, ends, strict=True))
    return value


def _bar_as_slash(value: str) -> str:
    """``value`` with a bar before the photographer's name read as a slash, when a known
    agency or library stands before it ("dpa | Kay Lenz"; not "© Quinta GmbH | Cookie
    Einstellungen", a footer's link)."""
    bar = _BAR_BEFORE_NAME.search(value)
    if bar is None or _organisation(_CREDIT_PARTS.split(value[: bar.start()])[-1]) is None:
        return value
    return f"{value[: bar.start()]}/{value[bar.end() :]}"


_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def parse_credit(value: str) -> Credit | None:
    """A photo credit ("Xinhua/Li Xueren", "Photo by Zou Hong/chinadaily.com.cn", "VCG",
    "© Sputnik / Marina Sokolova", "Huang Chia-lin, Taipei Times", "新华社记者 李学仁 摄",
    "中央社記者張三攝", "圖/傑昇提供")."""
    printed = value.strip()
    reporter = _TW_REPORTER.match(printed.strip("（）() "))
    if reporter is not None:
        org = reporter["org"]
        return Credit(canonical_name(org) or org if org else None, reporter["name"], printed)
    bare = printed.strip("（）() ")
    if bare in _FILE_PICTURE:
        return Credit(None, None, printed)
    photographer_only = _HK_PHOTOGRAPHER.match(bare)
    if photographer_only is not None:
        return Credit(None, photographer_only["name"], printed)
    source = _TW_SOURCE.match(bare)
    if source is not None:
        return Credit(source["source"].strip(), None, printed)
    cjk = _CJK_CREDIT.match(printed.strip("（）() "))
    if cjk is not None:
        organisation = canonical_name(cjk["org"])
        if organisation is None:
            return None
        return Credit(organisation, cjk["name"], printed)
    # "Foto: © Ana Ruiz": the label, then the sign.
    value = _CREDIT_PREFIX.sub("", printed)
    if printed.startswith("©"):
        value = _LABEL_AFTER_SIGN.sub("", value)
    value = _on_library(_bar_as_slash(_FILE.sub("", value).strip().lstrip("©").lstrip()))
    if value.endswith("."):
        value = _SENTENCE_STOP.sub(r"\1", value)
    if value.endswith("?"):
        return None  # "Error/typo?": a menu's link, never a credit
    org_photo = _ORG_PHOTO.match(value)
    if org_photo is not None:
        return Credit(_organisation(org_photo["org"]), name_case(org_photo["name"]), printed)
    org_date = _ORG_PHOTO_DATE.match(value)
    if org_date is not None and _organisation(org_date["org"]):
        return Credit(_organisation(org_date["org"]), None, printed)
    if not value:
        return None
    credit: str | None = None
    photographer: str | None = None
    as_printed = ""  # the photographer's name as the credit prints it
    unnamed = known = False
    for part in (p.strip() for p in _CREDIT_PARTS.split(value)):
        if not part or part.lower() in _UNNAMED:
            unnamed = unnamed or bool(part)
            continue
        organisation = _organisation(part) or outlet_named(part)
        if organisation is not None:
            # The first known agency or library is the credit, before a name none knows
            # ("Foto: Lisa Press / dpa": dpa's).
            credit = credit if known else organisation
            known = True
        elif photographer is None and (cased := _as_person(part)) is not None:
            photographer, as_printed = cased, part
        elif credit is None:
            if (
                photographer is not None
                and " " not in photographer
                and " " in part
                and (cased := _as_person(part)) is not None
            ):
                # "Bundesregierung/Steffen Kugler": a whole name after one word, which is
                # the organisation's name, not a photographer's.
                credit, photographer = photographer, cased
                continue
            # "The West Australian" is the outlet's name; "the Taipei Times" is "Taipei Times".
            credit = outlet_named(part) or (_LEADING_THE.sub("", part) if " " in part[4:] else part)
        else:
            return None
    if credit is None and photographer is None and not (unnamed and printed != value):
        return None  # ("Photo: Handout" is a credit that names no one)
    if credit is None and photographer is not None and " " not in photographer and not has_cjk(photographer):
        # One word alone ("Foto: Audi", "© Hoklatherm", "Bild: Watson", "(Photo: Twitter)")
        # names a company, a site or a library far more often than a photographer, who
        # signs with a whole name: the credit, as printed.
        credit, photographer = as_printed, None
    doubtful = printed == value and not known and (photographer is None or " " not in photographer)
    return Credit(credit, photographer, printed, doubtful)


def _as_person(part: str) -> str | None:
    """A credit's part as a person's name, its words in capitals title-cased (name_case),
    when it reads as one (not "Stadt Kiel", "Polizei", "Boston Herald", "Österreich Werbung",
    a footer's "Cookie Einstellungen"); None when it does not."""
    if (
        _ORGANISATION_WORD.match(part)
        or _PUBLIC_BODY.search(part) is not None
        or _ORGANISATION_NAME.search(part) is not None
        or holds_menu_word([part])
    ):
        return None
    cased = name_case(part)
    return cased if is_person_name(cased) else None


# Words of an organisation's name, which no person's name holds: "Boston Herald", "Österreich
# Werbung", "Frankfurter Buchmesse", "Ritzau Scanpix", "Volkswagen AG". A company's form is
# in capitals and ends the name: "Se" and "Ag" are a person's too ("Kim Se-jin").
_ORGANISATION_NAME = re.compile(
    r"\b(?:herald|tribune|times|post|chronicle|gazette|journal|news|press|media|images|pool|archive|archiv"
    r"|werbung|tourismus|\w*messe|verlag|verband|stiftung|museum|universit\w*|\w*ministerium|\w*regierung"
    r"|bundesrat|\w*bistum|kirche|scanpix|gmbh|inc|ltd)\b|\b(?-i:AG|SE)$",
    re.IGNORECASE,
)


def _organisation(printed: str) -> str | None:
    printed = printed.strip()
    return canonical_name(printed) or canonical_name(_PHOTO_SUFFIX.sub("", printed)) or picture_library(printed)


# Credits stand at the end of a caption: only its last characters are searched, and by
# a pattern only when they hold one of the pieces of text it cannot match without (a
# search tries every position of the tail). Each pattern's "credit" group is handed to
# parse_credit.
_CREDIT_TAIL = 160
_TRAILING_CREDITS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (needs, re.compile(p))
    for needs, p in (
        # Taiwan's press: "（記者王小明攝）", "中央社記者張三攝", "記者李四／攝影"
        # (the Central News Agency's with the day the photo was taken: "... 113年3月4日")
        (
            ("攝",),
            r"[（(]?(?P<credit>[\u4e00-\u9fff]{0,8}記者\s*[\u4e00-\u9fff·]{2,4}\s*[/／]?\s*攝影?"
            + _CJK_DAY
            + r")[)）]?$",
        ),
        # "圖/傑昇提供", "（圖／翻攝自臉書）", "（圖翻攝自google map）": the photo's source
        # "（圖由番路鄉公所提供）" (the Liberty Times)
        (("圖",), r"[（(]?(?P<credit>圖\s*(?:[/／]\s*|由|(?=翻攝|取自))[^/／（）()。]{1,30})[)）]?$"),
        # "新华社记者 徐晨阳 摄", "新华社发（陈卫东 摄）", "（新华社记者 周明远 摄）"
        (
            ("摄",),
            r"(?P<credit>[\u4e00-\u9fffA-Za-z]{2,12}(?:记者|发)\s*[（(]?\s*[\u4e00-\u9fff·]{2,6}\s*摄\s*[)）]?)$",
        ),
        # "(Xinhua/Li Xueren)", "(People's Daily Online/Weng Qiyu）", "[Photo/VCG]", "（新华社记者 周明远 摄）"
        ((")", "）", "]"), r"[(（\[](?P<credit>[^()（）\[\]]{2,80})[)）\]]$"),
        # "May 22. WANG JING / CHINA DAILY": a photographer's name in capitals after the caption
        ((" / ",), r"(?<=[.!?] )(?P<credit>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,3} / [A-Z][A-Za-z .]{1,40})$"),
        # "... 2025. The STAR / Jomar Sagun": the outlet, then its photographer's whole name
        ((" / ",), r"(?<=[.!?] )(?P<credit>(?:The )?[A-Z][A-Za-z]+ / [A-Z][a-z]+(?: [A-Z][a-z]+){1,2})$"),
        # "© Sputnik / Marina Sokolova", "14 March 2019 © Sputnik / Marina Sokolova" (before " /Name" reads the
        # agency as caption text), "...November 29© Irina Vetrova/TASS"
        (("©",), r"\s*(?P<credit>©\s*[^©]{2,60})$"),
        # " /Xinhua" (CGTN)
        (("/",), r"(?:^|\s)/\s?(?P<credit>[^/\s][^/]{0,40}(?:/[^/]{1,40})?)$"),
        # "PHOTO: ST FILE", "Photo: Tang Xiaoyu/GT", "ST PHOTO: TAN PEI SHAN", "Illustration: Liu Rui/GT",
        # "File photo: Kyle Lam/HKFP.", "Photo by Joey Pabalan/Rappler", "Credit: Josh Delaney/The West Australian"
        # and in other languages: "Foto: Ana Ruiz/dpa", "(Foto: Pixabay)", "Bild: Keystone"
        (
            (
                "PHOTO",
                "Photo",
                "File photo",
                "Illustration",
                "ILLUSTRATION",
                "Credit",
                "Foto",
                "FOTO",
                "Bild",
                "Titelbild",
            ),
            r"(?:^|(?<=[\s.(]))(?P<credit>(?:(?:[A-Z]{2,6} )?(?:PHOTO|Photo|PHOTOS|Photos|Illustration|ILLUSTRATION"
            r"|Fotos?|FOTOS?|Bild|"
            + _GERMAN_LABELS
            + r")|File photo)(?:\s*:|\s+by\b)\s*[^:]{2,60}|Credit\s*:\s*[^:]{2,60})$",
        ),
        # "— Picture by Firdaus Latif", "— Bernama pic", "— AZMAN GHANI/The Star", "—MARITES D. LACSON" (a
        # name alone after a dash only in capitals: "— Bernama" closes a paragraph as its source); an
        # agency's or a department's acronym after a caption of one sentence ("... onto a lorry. – JASTRe",
        # Borneo Bulletin's short credit; see parse_caption)
        (
            ("—", "–"),
            r"\s*[—–]\s*(?P<credit>(?:Pictures?|Photos?) by [^—–]{2,60}|[A-Z][\w ]{1,30} pic"
            r"|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}/[A-Z][\w .'’]{1,40}|[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]*){1,3}"
            r"|(?<=[.!?] [—–] )[A-Z]{3,}[a-z]?)$",
        ),
        # Hong Kong's press: "（林曉彤攝）", "（資料圖片）"
        (
            ("攝", "資料", "资料"),
            r"[（(](?P<credit>[\u4e00-\u9fff·]{2,4}攝|" + "|".join(sorted(_FILE_PICTURE)) + r")[)）]$",
        ),
        # "Photo courtesy of the ..."
        (("courtesy of",), r"(?:^|\s)(?P<credit>Photos? courtesy of .{2,100})$"),
        # "CNA photo March 4, 2024", "CNA file photo"
        ((" photo",), r"(?:^|\s)(?P<credit>[A-Z]{2,6} (?:file )?photo(?: [A-Z][a-z]+\.? \d{1,2}, \d{4})?)$"),
        # "... Washington DC Stefan Rousseau/PA", "... Monday. Li Wei/Xinhua", "... Zou Hong/chinadaily.com.cn":
        # a photographer's first and last name before the agency or its site, never the last name alone
        (
            ("/",),
            r"(?:^|\s)(?P<credit>[A-Z][a-z]+[ -][A-Z][a-z]+(?:-[a-z]+)?"
            r"/(?:[A-Z][A-Za-z]{1,20}|[a-z][\w-]*(?:\.[a-z]{2,})+))$",
        ),
        # "REUTERS/Monicah Wanjiru", "REUTERS/Joseph Okanga/File Photo", "The STAR/Jomar Sagun"
        (("/",), r"(?:^|\s)(?P<credit>(?:The )?[A-Z][A-Za-z]+(?: Photo)?/[^/\s][^/]{1,40}(?:/File Photo)?)$"),
    )
)
# The two patterns parse_caption checks further: the bracketed credit and " /Xinhua".
_BRACKETED = next(p for _, p in _TRAILING_CREDITS if p.pattern.startswith("[(（\\["))
_SLASHED = next(p for _, p in _TRAILING_CREDITS if p.pattern.startswith("(?:^|\\s)/"))
_COPYRIGHT = next(p for needs, p in _TRAILING_CREDITS if needs == ("©",))
_DASHED = next(p for _, p in _TRAILING_CREDITS if p.pattern.startswith("\\s*[—–]"))
# The last two: a photographer's or an outlet's name before a slash, unlabelled; the first
# of them may end with a site's domain ("Liu Yang/chinadaily.com.cn").
_NAME_SLASHED = tuple(p for _, p in _TRAILING_CREDITS[-2:])  # (a set would hash each pattern tested: its whole code)
_NAME_DOMAIN = _TRAILING_CREDITS[-2][1]
# The labelled credit ("Photo: ...", "Foto: ..."), and its labels in other languages than
# English: "Bild" is a newspaper's name too, and "Foto" a word of German prose.
_LABELLED = next(p for needs, p in _TRAILING_CREDITS if "Credit" in needs)
_LABELLED_NEEDS = next(needs for needs, p in _TRAILING_CREDITS if p is _LABELLED)
_FOREIGN_LABEL = re.compile(r"(?:Fotos?|FOTOS?|Bild|" + _GERMAN_LABELS + r")\b")
# Lower-case words a credit prints: a picture agency's ("picture alliance", "dpa", "via"),
# "privat" and "zVg" for a private or supplied picture.
_CREDIT_WORDS = frozenset({"picture", "alliance", "images", "via", "und", "von", "dpa", "privat", "imago", "zvg"})
_LOWER_WORD = re.compile(r"(?<![\w.])[a-zß-öø-ÿ][a-zß-öø-ÿ]{2,}(?![\w.])")
# A sentence with a slash in it ("... kostet ab Januar 81 Euro/Monat mehr.", "... wie Roy
# Harper/Arsenal in „Arrow“ führte."): after the slash, a word in lower case and a
# sentence's stop, which no name or agency prints ("REUTERS/Ana Ruiz/File Photo").
_PROSE_AFTER_SLASH = re.compile(r"/.*(?<![\w.])[a-zß-öø-ÿ]{3,}(?!\w|\.\w).*[.!?][\"'’”“]?$")
_SENTENCE_END = re.compile(r"[.!?。！？]$")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(slots=True)
class ParsedCaption:
    text: str | None
    credit: Credit


# Gallery counters before a caption ("Item 1 of 2 ", "[1/2]"), and link furniture after
# its credit ("Purchase Licensing Rights, opens new tab").
_GALLERY = re.compile(r"^(?:Item \d+ of \d+\s+|\[\d+/\d+\]\s*)")
_LINK_TAIL = re.compile(r"\s*(?:Purchase Licensing Rights)?,? opens new tab$|\s*/\s*Go to the mediabank$")


def _labels_a_credit(tail: str, at: int, inner: str) -> bool:
    """Whether a label in another language than English, at ``at`` in ``tail``, labels a
    picture's credit: it opens the line, a sentence's stop, a bracket or a dash stands before it, or
    a capitalised word (a caption's last, "... Wochenrückblick Foto: ..."), not a lower-case
    one ("ein Foto:", "gegenüber Bild:"); and what follows reads as no sentence (at most one
    lower-case word that no credit prints, no sentence's stop after one)."""
    before = tail[:at].rstrip()
    if before and before[-1] not in ".!?(—–-" and not before.split()[-1][:1].isupper():
        return False
    words = [word for word in _LOWER_WORD.findall(inner.split(":", 1)[-1]) if word not in _CREDIT_WORDS]
    return len(words) <= 1 and not (words and inner.rstrip().endswith((".", "!", "?", '"', "“", "”")))


def _may_hold_credit(tail: str) -> bool:
    """Whether a line's last characters hold one of a credit's marks, as they must for the
    line to hold a credit. One search of str's own for each mark costs less than one
    regular expression for them all (whose marks open with letters common in any prose:
    its scan stops at nearly every character)."""
    if (
        tail.endswith((")", "）", "]"))
        or "/" in tail
        or "hoto" in tail
        or "HOTO" in tail
        or "Foto" in tail
        or "FOTO" in tail
        or "Bild" in tail
        or "elbild" in tail
        or "llustration" in tail
        or "LLUSTRATION" in tail
        or "icture" in tail
        or " pic" in tail
        or "Credit" in tail
    ):
        return True
    # The other marks are not ASCII: an ASCII tail (str knows it is one without a scan) holds none.
    return not tail.isascii() and (
        "©" in tail
        or "摄" in tail
        or "攝" in tail
        or "圖" in tail
        or "—" in tail
        or "–" in tail
        or "資料" in tail
        or "资料" in tail
    )


def parse_caption(value: str) -> ParsedCaption | None:
    """A caption line that ends with its credit, or a credit line alone (text None);
    None if the line carries no credit."""
    if value.endswith(("new tab", "mediabank")):
        value = _LINK_TAIL.sub("", value)
    if value[:1] in "I[":
        value = _GALLERY.sub("", value)
    offset = max(0, len(value) - _CREDIT_TAIL)
    tail = value[offset:]
    if not _may_hold_credit(tail):
        return None
    for needs, pattern in _TRAILING_CREDITS:
        match = pattern.search(tail) if any(need in tail for need in needs) else None
        if match is None:
            continue
        inner = match["credit"].strip()
        if pattern is _BRACKETED and not ("/" in inner or "摄" in inner or _CREDIT_PREFIX.match(inner)):
            continue
        if pattern is _SLASHED and (_SENTENCE_END.search(inner) or len(inner.split()) > 6):
            continue
        if (pattern is _SLASHED or pattern is _COPYRIGHT or pattern in _NAME_SLASHED) and _labelled_before(
            tail, match.start("credit")
        ):
            continue  # "Foto: picture alliance/dpa / Ana Ruiz": the label opens the credit
        if pattern in _NAME_SLASHED and _PROSE_AFTER_SLASH.search(inner) is not None:
            continue  # the end of a sentence, which a slash does not make a credit
        site = inner.rsplit("/", 1)[-1]
        if pattern is _NAME_DOMAIN and site[:1].islower() and _organisation(site) is None:
            continue  # "Read More/index.html": a link's, no known outlet's site
        if (
            pattern is _LABELLED
            and _FOREIGN_LABEL.match(inner)
            and not _labels_a_credit(tail, match.start("credit"), inner)
        ):
            continue  # "Er sagte der Bild: ...", "Das zeigt ein Foto: Der Kanzler lacht.": prose
        if (
            pattern is _DASHED
            and " " not in inner
            and (canonical_name(inner) is not None or not _one_sentence(value[: offset + match.start()]))
        ):
            continue  # "... – Bernama" closes a paragraph as its source, and so does an acronym after more
        # The text before the credit is judged first: a page's notice and its breadcrumb,
        # on nearly every page, are turned down before the credit is read (its costliest step).
        text = value[: offset + match.start()].strip().rstrip("—–-（(").strip() or None
        if text is not None and (text.lower() in BREADCRUMB_ROOTS or (_few_words(text) and not has_cjk(text))):
            continue  # "Home / China / Society", "首頁 / 生活" is a breadcrumb, not a caption
        if text is not None and (text.lower().endswith("copyright") or _prints_notice(value)):
            continue  # "... copyright © 2024 Name", "版權所有 © ...": the page's notice, not a photo's credit
        if text is not None and has_cjk(text) and len(text) < settings.MIN_CJK_CAPTION_CHARS:
            continue  # "登入 / 註冊": a menu's links, not a caption
        credit = parse_credit(inner)
        if credit is None and "/" in inner and (pattern is _LABELLED or _unknown_chain(inner)):
            # "Foto: ccnull/Marco Verch/cc by sa 2.0", "© Tirol Werbung / WEST4MEDIA": a chain
            # of credits with no name known to tell the photographer by; kept whole, as
            # printed, never cut inside a name or after the label.
            whole = _CREDIT_PREFIX.sub("", inner).lstrip("© ").rstrip()
            credit = Credit(whole[:-1] if whole.endswith(")") and "(" not in whole else whole, None, inner)
        if credit is None:
            continue
        if pattern is _DASHED and " " not in inner:
            credit.doubtful = False  # the caption's shape vouches for the acronym
        return ParsedCaption(text, credit)
    return None


# What a site's notice prints after "©" and no photo's credit does: a year, a right
# reserved, a field's label ("© 2022 Sportnews - Steuer/MwSt.Nr.: IT 0085...", "© dpa-infocom,
# dpa:220124-99-835563/5", "© 2020 Trustpilot A/S. All rights reserved.").
_NOTICE_AFTER_COPYRIGHT = re.compile(r"\b(?:19|20)\d\d\b|rights|rechte|copyright|vorbehalten|:", re.IGNORECASE)


def _unknown_chain(inner: str) -> bool:
    """Whether a "©" credit is a chain of names ("© Tirol Werbung / WEST4MEDIA") rather
    than a site's notice."""
    return inner.startswith("©") and _NOTICE_AFTER_COPYRIGHT.search(_CREDIT_PREFIX.sub("", inner)) is None


def _labelled_before(tail: str, start: int) -> bool:
    """Whether a labelled credit ("Foto: ...", "Photo: ...") that runs to the end of
    ``tail`` starts before ``start``."""
    labelled = _LABELLED.search(tail) if any(need in tail for need in _LABELLED_NEEDS) else None
    if labelled is None or labelled.start("credit") >= start:
        return False
    inner = labelled["credit"]
    return not _FOREIGN_LABEL.match(inner) or _labels_a_credit(tail, labelled.start("credit"), inner)


_NOTICE_WORDS = re.compile(r"rights reserved|版權所有|版权所有|著作權所有", re.IGNORECASE)


def _prints_notice(value: str) -> bool:
    """Whether a line prints a notice's words (_NOTICE_WORDS). An ASCII line (str knows it is
    one without a scan) holds none of the Chinese ones, and its letters' cases are ASCII's:
    the words are looked for in it lower-cased, at a fraction of the search's cost (a pattern
    that ignores case and opens with no plain text tries every position)."""
    if value.isascii():
        return "rights reserved" in value.lower()
    return _NOTICE_WORDS.search(value) is not None


#: The first label of a breadcrumb: the site's home.
BREADCRUMB_ROOTS = frozenset(
    {"home", "homepage", "english", "news", "accueil", "inicio", "startseite", "首页", "首頁", "主页", "主頁"}
)


#: A sentence's end inside a text: a stop, a space and a capital.
_INNER_STOP = re.compile(r"[.!?][\"'’”]?\s+[A-Z]")


def _one_sentence(text: str) -> bool:
    """Whether ``text`` is one sentence of a caption's length (an acronym after it and a
    dash is the photo's credit, not the source of a paragraph)."""
    text = text.strip()
    return (
        _SENTENCE_END.search(text) is not None
        and _INNER_STOP.search(text) is None
        and settings.MIN_CAPTION_WORDS <= len(text.split()) <= settings.MAX_SHORT_CREDIT_CAPTION_WORDS
    )


def _few_words(text: str) -> bool:
    """Whether ``text`` has fewer words than a caption: counted up to that many only (a
    caption's text may be a long paragraph)."""
    return len(list(islice(_WORD.finditer(text), settings.MIN_CAPTION_WORDS))) < settings.MIN_CAPTION_WORDS


_PLACE_NOUNS = (
    r"province|city|county|district|region|state|prefecture|municipality|village|town|township|"
    r"island|islands|capital|autonomous|special|administrative"
)
# The part of a place a caption may point to: "northeastern China".
_DIRECTION = r"(?:(?:north|south)?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|central)"
# The particles inside place names: "Santa Maria da Feira", "Rio de Janeiro".
_PARTICLES = r"da|das|de|del|di|do|dos|du|la|le"
_PLACE_WORD = re.compile(r"^(?:[A-Z][\w.'’\-]*|of|the|" + _PARTICLES + "|" + _PLACE_NOUNS + r"|" + _DIRECTION + r")$")
_PLACE_NAME = (
    r"(?P<place>(?:"
    + _DIRECTION
    + r"\s+)?[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|of|"
    + _PLACE_NOUNS
    + r"|(?:"
    + _PARTICLES
    + r")(?=\s+[A-Z])))*)$"
)
_IN_PLACE = re.compile(r"\b(?:in|at|near)\s+" + _PLACE_NAME)
# Before a place already found ("the port of Duluth, Minn."), "of" introduces it too.
_OF_PLACE = re.compile(r"\b(?:in|at|near|of)\s+" + _PLACE_NAME)
_LEADING_WORDS = re.compile(
    r"(?:,\s*|\s+)(?:on|at|in)$|,?\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|\s+(?:yesterday|today|last night)$"
)
# How a text that those words end ends ("$" matches before a final line break too): a
# search, which tries every position, only for such a text.
_LEADING_WORDS_ENDS = ("on", "at", "in", "day", "night", "\n")
_CJK_PLACE = re.compile(r"在(?P<place>[^，,。；（(]{2,24})[，,]")


# A time phrase after the place a caption names.
_TIME_PHRASE = re.compile(r"\s+(?:during|earlier|last|ahead of|after|before)\b[^,]*$")


def caption_location(text_before_date: str) -> str | None:
    """The place a caption names just before its date ("..., Chengdu, Sichuan province, "),
    at the end of a sentence ("... in Kiambu County, Kenya."), or before a time phrase
    that ends it ("... in Kuala Kangsar during last year's monsoon season.")."""
    for sentence in _SENTENCES.split(text_before_date):
        place = _place_at_end(sentence)
        if place is None and (when := _TIME_PHRASE.search(sentence)) is not None:
            place = _place_at_end(sentence[: when.start()])  # "... in Kuala Kangsar during last year's ..."
        if place is not None:
            return place
    return None


# Place abbreviations whose full stop belongs to the word (AP style states, "St.").
_ABBREVIATIONS = frozenset(
    {
        "Ala.",
        "Ariz.",
        "Ark.",
        "Calif.",
        "Colo.",
        "Conn.",
        "Del.",
        "Fla.",
        "Ga.",
        "Ill.",
        "Ind.",
        "Kan.",
        "Ky.",
        "La.",
        "Md.",
        "Mass.",
        "Mich.",
        "Minn.",
        "Miss.",
        "Mo.",
        "Mont.",
        "Neb.",
        "Nev.",
        "N.H.",
        "N.J.",
        "N.M.",
        "N.Y.",
        "N.C.",
        "N.D.",
        "Okla.",
        "Ore.",
        "Pa.",
        "R.I.",
        "S.C.",
        "S.D.",
        "Tenn.",
        "Vt.",
        "Va.",
        "Wash.",
        "W.Va.",
        "Wis.",
        "Wyo.",
        "D.C.",
        "St.",
        "U.S.",
        "U.K.",
    }
)
_SENTENCES = re.compile(r"(?<=[a-z]{2}\.)\s+(?=[A-Z])")


def _place_at_end(text_before_date: str) -> str | None:
    if has_cjk(text_before_date):
        match = _CJK_PLACE.search(text_before_date)
        return match["place"] if match else None
    text = text_before_date.rstrip(" ,")
    if text.endswith(".") and text.rsplit(None, 1)[-1] not in _ABBREVIATIONS:
        text = text[:-1]  # a sentence's full stop, not an abbreviation's ("Duluth, Minn.")
    while True:  # "..., Minn., Wednesday, " and "... on " stand between the place and the date
        trimmed = (_LEADING_WORDS.sub("", text) if text.endswith(_LEADING_WORDS_ENDS) else text).rstrip(" ,")
        if trimmed == text:
            break
        text = trimmed
    parts = [p.strip() for p in text.split(",")]
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
        tail = (_OF_PLACE if place else _IN_PLACE).search(part)
        if tail is not None:
            place.insert(0, tail["place"])
        break
    if place and not parts and len(place) == 1 and not _IN_PLACE.search(text):
        return None  # the whole caption is one capitalised phrase: no place named
    return ", ".join(place) or None


# ---------------------------------------------------------------------------
# Contributors and source lines

_CONTRIBUTORS = re.compile(
    r"^[(（\[【]?\s*(?P<role>web editors?|editors?|chief editor|editor-in-chief|reporting|editing|writing|"
    r"reporters?|producers?|videographers?|video editors?|designers?|graphic designers?|translators?|"
    r"proofreaders?|camera|责任编辑|責任編輯|编辑|編輯|校对|校對|记者|記者|摄影|攝影)\s*[:：]\s*"
    r"(?P<names>[^()（）\[\]【】:：]{1,150}?)\s*[)）\]】]?\.?$",
    re.IGNORECASE,
)
# "Reporting by A and B; Additional reporting by C; Editing by D" (Reuters), in brackets or not.
_ROLE_BY = re.compile(
    r"^(?P<role>(?:additional\s+)?(?:reporting|writing|editing|editing and writing|reporting and writing|"
    r"compiled|graphics|production)) by (?P<names>.+)$",
    re.IGNORECASE,
)
_CLAUSES = re.compile(r"\s*;\s*")
# "Associated Press writer Lena Forsberg in Detroit contributed to this report."
_CONTRIBUTED = re.compile(
    r"^(?P<role>(?:[A-Z][\w.]*\s+){1,3}(?:writers?|reporters?|journalists?|correspondents?|photographers?|"
    r"videographers?))\s+(?P<names>.+?)\s+contributed(?:\s+to\s+this\s+(?:report|story))?\.?$"
)


@dataclass(slots=True)
class ParsedContributors:
    people: list[tuple[str, str]]
    #: Agencies named where people would be ("Additional reporting by Reuters").
    sources: list[str] = field(default_factory=list)


def parse_contributors(value: str) -> ParsedContributors | None:
    """An editor or reporting line as (name, role) pairs: "(Web editor: Meng Bin, Liang Jun)",
    "Reporting by A; Editing by B", "Associated Press writer A contributed to this report."."""
    match = _CONTRIBUTORS.match(value)
    if match is not None:
        role = match["role"][0].upper() + match["role"][1:]
        names = split_names(match["names"])
        if not all(map(_contributor_name, names)):
            return None  # "记者：首先欢迎你来到...", "EDITOR: As was expected, ...": an interview, a column
        return ParsedContributors([(name, role) for name in names]) if names else None
    contributed = _CONTRIBUTED.match(value) if "contributed" in value else None
    if contributed is not None:
        names = split_names(contributed["names"])
        return ParsedContributors([(name, contributed["role"]) for name in names]) if names else None
    inner = value.strip()
    if inner[:1] in "(（" and inner[-1:] in ")）":
        inner = inner[1:-1]
    result = ParsedContributors([])
    inner = inner.rstrip(".")
    # A split tries every position; most lines hold no ";" to split at.
    for clause in _CLAUSES.split(inner) if ";" in inner else [inner]:
        role_by = _ROLE_BY.match(clause)
        if role_by is None:
            return None
        role = role_by["role"][0].upper() + role_by["role"][1:].lower()
        for name in split_names(role_by["names"]):
            if not name[:1].isupper() and not has_cjk(name):
                return None  # "Reporting by volunteers helped the council ..." is a sentence
            agency = canonical_name(name)
            if agency is not None:
                result.sources.append(agency)
            else:
                result.people.append((name, role))
    return result if result.people or result.sources else None


# A sentence's marks, or more words than a name has.
_NOT_A_NAME = re.compile(r"[，。！？!?]|\S+(?:\s+\S+){5}")


def _contributor_name(name: str) -> bool:
    """Whether a name on a role's line reads as someone's: a Chinese name of two to six
    characters (an editor's code after it allowed: "朱家浒 Pn054"), else no more than five
    words and no sentence's marks."""
    if has_cjk(name):
        return _CJK_NAME.match(name.split()[0]) is not None
    return _NOT_A_NAME.search(name) is None


_SOURCE = re.compile(
    r"^(?:Source\(s\)|Sources?|来源|來源|消息来源)\s*[:：]\s*(?P<names>.{1,150})$"
    r"|^[(（]\s*With (?:input|inputs|reporting) from (?P<input>[^()（）]{1,150})[)）]\.?$"
    # A Chinese story reprinted: "转自《北京科技报》", "（本文由「工商時報」授權轉載）"
    r"|^(?:转自|轉自|转载自|轉載自)\s*[《「](?P<reprint>[^《》「」]{2,30})[》」][。.]?$"
    r"|^[(（]本文由\s*[「《](?P<licensed>[^「」《》]{2,30})[」》]\s*授[權权][轉转]載[)）]$",
    re.IGNORECASE,
)


# The editors' initials after a sign-off's sources: "Source: Reuters/fh", "CNA/mt(ac)",
# "AFP/Reuters/gs"; the names before them stand between slashes.
_EDITORS_INITIALS = re.compile(r"/[a-z]{1,4}(?:\s*\([a-z]{1,4}\))?$")


# Buttons a Chinese portal prints after its source on the same line ("来源: 央视新闻客户端
# 举报", "来源：求是网参与互动", "来源: 网易商业报道    发表评论      查看评论").
_SOURCE_BUTTONS = ("参与互动", "举报", "纠错", "发表评论", "查看评论", "分享到", "分享", "收藏", "打印")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_SENTENCE_MARKS = re.compile("[。“”！？]")
_LABEL_AFTER_SOURCE = re.compile(r"\s*(?:作者|编辑|編輯|责任编辑|責任編輯|记者|記者)\s*[：:]")
_FILED_IN = re.compile(r"[(（][\u4e00-\u9fff]{2,3}[)）]$")
# What a portal prints as 来源 when it names no source: "来源：转载文章" (a reprint, its paper
# named further down), "来源：网络", "来源：本站原创".
_NO_SOURCE = frozenset({"转载文章", "转载", "轉載", "网络", "網路", "互联网", "本站", "本站原创", "原创", "原創"})


def _cjk_sources(names: str) -> str:
    """A Chinese source line's names without the buttons and brackets printed around them,
    and without what follows them after a space (Chinese names take none): a button
    ("发送给朋友"), a label ("作者：朱宝琛"), a sentence ("视觉中国 18日凌晨，一众网友..."
    on a page collapsed onto one line)."""
    names = _PRIVATE_USE.sub("", _LABEL_AFTER_SOURCE.split(names, maxsplit=1)[0]).strip(" []【】")
    names = names.split(maxsplit=1)[0] if names else names
    if _SENTENCE_MARKS.search(names):
        return ""  # a notice's sentence: "来源：XXX（非本网）”的作品，均转载自其它媒体，..."
    for button in _SOURCE_BUTTONS:
        names = names.removesuffix(button)
    return "" if names in _NO_SOURCE else _FILED_IN.sub("", names)  # "环球时报-环球网(北京)": where it was filed from


def parse_sources(value: str) -> list[str] | None:
    """Canonical names on a "Source(s): ..." or "(With input from ...)" line."""
    match = _SOURCE.match(value)
    if match is None:
        return None
    names = (match["names"] or match["input"] or match["reprint"] or match["licensed"]).strip(" .")
    if has_cjk(names):
        names = _cjk_sources(names)
    initials = _EDITORS_INITIALS.search(names)
    if initials is not None and "." not in names:  # not an address's path: "Source: gov.sg/ab"
        names = names[: initials.start()].replace("/", ", ")
    return [canonical_name(n) or n for n in _NAME_SPLIT.split(names) if n.strip()]


_TAIL_CHARS = 48
# A paragraph that ends with its agency: "... on Tuesday. — Reuters", "... — Bernama".
_TRAILING_AGENCY = re.compile(r"\s+[—–]\s*(?P<agency>[A-Z][\w.]{1,20}(?: [A-Z][\w.]{1,20})?)\.?$")
# A paragraph that ends with its reporting credits: "... (Reporting by A; Editing by B)".
_TRAILING_GROUP = re.compile(r"\s*(?P<group>[(（][^()（）]{5,200}[)）])$")


@dataclass(slots=True)
class Tail:
    """What a paragraph's end carries besides text: an agency or reporting credits."""

    text: str
    sources: list[str]
    contributors: ParsedContributors | None
    #: Reporters a Chinese paragraph names at its end ("（记者 胡晓蓉）").
    authors: list[str] = field(default_factory=list)


#: After a full stop, an attribution in brackets that ends the paragraph; a label in them
#: ("(Bild: Kantonspolizei)") is a caption's credit, not an attribution.
ATTRIBUTED_END = re.compile(r"[.。][\"'”’)）\]]*\s*[(（](?P<inside>[^()（）:：]{1,40})[)）]$")
#: The most characters such an attribution spans, its full stop included.
ATTRIBUTION_CHARS = 48
#: After a sentence's end, credits in brackets that end the paragraph ("...更久。（編輯：
#: 陳家豪）", "... on Monday. (Editing by Anna Berg)").
_CREDITED_END = re.compile(r"[.。!?！？][\"'”’)）\]]*\s*(?P<group>[(（][^()（）]{3,60}[)）])$")
#: The dispatch code an agency glues after a paragraph's closing credit ("（編輯：陳家豪）
#: 1130305", the Central News Agency's date of filing): no words of the article.
_CLOSING_CODE = re.compile(r"(?<=[)）])\d{6,8}$")
_CJK_CLOSING_REPORTERS = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:记者|記者)\s*" + _CJK_NAMES.replace("names", "reporters"))


def _closing_attribution(value: str) -> Tail | None:
    """A paragraph's closing attribution in brackets, after its last sentence: an agency
    ("... three years. (AP)", "(dpa)") or, in Chinese, its reporters ("。（记者 胡晓蓉）",
    "。（总台记者 张倩）"), or names alone that read as names ("。（常书香 马丹阳 ）")."""
    found = ATTRIBUTED_END.search(value, max(0, len(value) - ATTRIBUTION_CHARS))
    if found is None:
        return None
    inside, text = found["inside"].strip(), value[: found.start("inside") - 1].rstrip()
    agency = canonical_name(inside)
    if agency is not None:
        return Tail(text, [agency], None)
    reporters = _CJK_CLOSING_REPORTERS.fullmatch(inside)
    names = re.split(r"[ \u3000、]+", reporters["reporters"] if reporters else inside)
    if reporters is None and not all(_CJK_BARE_NAME.fullmatch(name) for name in names):
        return None
    return Tail(text, [], None, names)


def _without_closing_code(value: str) -> str | None:
    """A line without the dispatch code after its closing bracket; None if it ends with
    digits that are no such code."""
    if not value[-1:].isdigit():
        return value
    code = _CLOSING_CODE.search(value, max(0, len(value) - 9))
    return value[: code.start()] if code is not None else None


def ends_attributed(text: str) -> bool:
    """Whether a line ends as a paragraph that closes with its attribution or its credits
    in brackets after its last sentence ("... three years. (Reuters)", "...前往。（記者林美
    華）", "...更久。（編輯：陳家豪）1130305"): tried only on its last characters. A label
    in the brackets that names no contributor ("(Bild: Kantonspolizei)") is a caption's
    credit, not an attribution."""
    value = _without_closing_code(text)
    if value is None or not value.endswith((")", "）")):
        return False
    if ATTRIBUTED_END.search(value, max(0, len(value) - ATTRIBUTION_CHARS)) is not None:
        return True
    credited = _CREDITED_END.search(value, max(0, len(value) - 2 * ATTRIBUTION_CHARS))
    return credited is not None and parse_contributors(credited["group"]) is not None


def split_tail(value: str) -> Tail | None:
    """Split a trailing "— Reuters", "(Reporting by ...)", "(AP)" or a Chinese paragraph's
    "（记者 胡晓蓉）" off a paragraph (with the dispatch code after it, if any); None if none."""
    if value[-1:].isdigit():
        without = _without_closing_code(value)
        return split_tail(without) if without is not None else None
    end = value[-_TAIL_CHARS:]
    agency = _TRAILING_AGENCY.search(end) if ("—" in end or "–" in end) else None
    if agency is not None and canonical_name(agency["agency"]):
        start = len(value) - len(end) + agency.start()
        return Tail(value[:start].rstrip(), [canonical_name(agency["agency"]) or ""], None)
    if agency is not None and outlet_at(agency["agency"]):
        # An outlet's sign-off with its address ("... market. – Rappler.com"): no agency's.
        start = len(value) - len(end) + agency.start()
        return Tail(value[:start].rstrip(), [], None)
    if value.endswith((")", "）")):
        opening = max(value.rfind("("), value.rfind("（"))
        group = _TRAILING_GROUP.search(value, max(0, opening - 1)) if opening > 0 else None
        if group is not None and group.start() > 0:
            contributors = parse_contributors(group["group"])
            if contributors is not None:
                return Tail(value[: group.start()].rstrip(), [], contributors)
        return _closing_attribution(value)
    return None


# ---------------------------------------------------------------------------
# Dateline leads

_DATELINE = re.compile(
    # An update's count before it: "(1st UPDATE) ILOILO CITY, Philippines –".
    r"^(?:\((?:\d+(?:st|nd|rd|th) )?UPDATED?\)\s*)?"
    # A place of up to three parts: "MALOLOS CITY, Bulacan, Philippines".
    r"(?P<location>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)*(?:,\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)*){0,2})?"
    r"\s*,?\s*(?P<date>(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)(?:,?\s+(?:19|20)\d\d)?)?\.?"
    r"(?:\s*(?:[(（](?P<agency>[^()（）]{2,40})[)）]|/(?P<slashagency>[A-Z]{2,10})/\.?)\s*(?:--|—|–|-(?=\s))?"
    r"|\s*(?:--|—|–)|\s+-\s|(?P<colon>:)\s)\s*",
)
#: Words in capitals before a colon that open a paragraph and are no place: "EXCLUSIVE:",
#: "PS:", "READ MORE:" (the colon form of a dateline is "KUALA LUMPUR: ...").
_COLON_LABELS = frozenset(
    {
        "exclusive", "world exclusive", "breaking", "breaking news", "update", "updated", "note", "editor's note",
        "editor", "read", "read more", "also read", "see also", "more", "watch", "listen", "live", "photos",
        "photo", "video", "pictured", "file photo", "in pictures", "review", "analysis", "opinion",
        "commentary", "correction", "clarification", "warning", "disclaimer", "summary", "new", "ps", "p.s.",
        "q", "q.", "a", "a.", "published", "exklusiv", "hinweis", "achtung", "fotos", "aviso",
    }
)  # fmt: skip
# "新华社北京9月10日电（记者 张三）", "CGTN消息（记者 刘思远）：".
_CJK_DATELINE = re.compile(
    # "据新华社拉萨电": from the agency's report ("according to")
    r"^据?(?P<agency>" + alternation(CHINESE_LEAD_NAMES) + r")(?P<location>[\u4e00-\u9fff]{2,8}?)?"
    r"(?P<date>\d{1,2}月\d{1,2}日)?(?:电|消息)\s*(?:[（(](?:记者\s*)?(?P<names>[^()（）]{1,40})[)）])?\s*[：:]?\s*"
)

# "（中央社記者溫貴香台北21日電）", "（中央社記者王小明、李四華盛頓20日專電）", "（中央社台北21日電）":
# the day alone, its month the publication's; the reporters' names end where a known
# place begins (a place it does not know is read only when no reporter is named).
_PLACE = alternation(CHINESE_LEAD_PLACES)
_CJK_BRACKETED_DATELINE = re.compile(
    r"^[（(](?P<agency>" + alternation(CHINESE_BRACKETED_LEAD_NAMES) + r")"
    r"(?:記者(?P<names>[\u4e00-\u9fff、]{2,30}?)(?P<location>" + _PLACE + r")"
    r"|(?!記者)(?P<place>[\u4e00-\u9fff]{2,6}?))"
    r"(?P<day>\d{1,2})日(?:專|綜合外|綜合)?電(?:報導)?[）)]\s*"
)


# Taiwan's byline: the reporters, then where they report from ("記者林彥廷／嘉義報導"), on
# the stamp's line, and in brackets opening the Liberty Times' first paragraph.
_TW_REPORTING = r"記者(?P<names>[\u4e00-\u9fff、]{2,30}?)[／/](?P<location>[\u4e00-\u9fff]{2,8}?)(?:綜合|即時)?報導"
TW_BYLINE = re.compile("^" + _TW_REPORTING + "$")
_CJK_REPORTER_LEAD = re.compile("^〔" + _TW_REPORTING + r"〕\s*")


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
    #: Reporters a Chinese lead names ("（记者 张三）").
    authors: list[str] = field(default_factory=list)


def parse_dateline(value: str) -> ParsedDateline | None:
    """A lead like "NEW DELHI, Nov. 18 (Xinhua) --"; None if the paragraph has none."""
    cjk = _CJK_DATELINE.match(value)
    if cjk is not None and (cjk["location"] or cjk["date"] or cjk["names"]):
        return ParsedDateline(
            location=cjk["location"],
            date=cjk["date"],
            agency=canonical_name(cjk["agency"]),
            lead=value[: cjk.end()].strip(),
            rest=value[cjk.end() :],
            authors=split_names(cjk["names"]) if cjk["names"] else [],
        )
    reporters = _CJK_REPORTER_LEAD.match(value) if value.startswith("〔") else None
    if reporters is not None:
        return ParsedDateline(
            location=reporters["location"],
            date=None,
            agency=None,
            lead=value[: reporters.end()].strip(),
            rest=value[reporters.end() :],
            authors=split_names(reporters["names"]),
        )
    bracketed = _CJK_BRACKETED_DATELINE.match(value)
    if bracketed is not None:
        return ParsedDateline(
            location=bracketed["location"] or bracketed["place"],
            date=f"{bracketed['day']}日",
            agency=canonical_name(bracketed["agency"]),
            lead=value[: bracketed.end()].strip(),
            rest=value[bracketed.end() :],
            authors=split_names(bracketed["names"]) if bracketed["names"] else [],
        )
    match = _DATELINE.match(value)
    if match is None:
        return None
    agency = match["agency"] or match["slashagency"]
    location = match["location"]
    if (
        agency is not None
        and canonical_name(agency) is None
        and not (agency.isupper() and location and _is_caps(location.split(",")[0]))
    ):
        return None  # "The Coast Guard Administration (CGA) has ...": an abbreviation, not an agency
    if agency is None and not (location and _is_caps(location.split(",")[0])):
        return None  # "Beijing -based": only a capitalised place stands without an agency
    if match["colon"] and (agency is not None or match["date"] or location.casefold() in _COLON_LABELS):
        return None  # "EXCLUSIVE: ...": a label, not a place
    rest = value[match.end() :]
    if not rest or (location is None and agency is None):
        return None
    return ParsedDateline(
        location=", ".join(name_case(p.strip()) for p in location.split(",")) if location else None,
        date=match["date"],
        agency=(canonical_name(agency) or agency) if agency else None,
        lead=value[: match.end()].strip(),
        rest=rest,
    )
