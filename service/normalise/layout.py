"""Reading a page's layout: what each line is, and where the article begins and ends.

Each line is split into its segments (" | ", or a label such as "Published:" inside the
line), and each segment is classified on its own (a Xinhua meta line carries a source, a
timestamp and an editor at once). A line whose segments are not all metadata is article
text; a paragraph that ends with its agency ("— Reuters") or its reporting credits keeps
its text and gives the rest as metadata.

:func:`read_page` classifies; :func:`locate_body` then needs the headline to tell a
standfirst from the body, joins credit lines to the captions printed above them, and
cuts the body: from the first paragraph after the header's metadata to the first
closing line (a source line, an editor line, a copyright), without the furniture that
block markers ("More On This Topic") open. Nothing after an end marker ("RELATED
STORIES") is read but closing metadata.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field, replace
from datetime import date, time
from functools import lru_cache

from . import settings
from .fields import (
    BEFORE_STAMP,
    BYLINE_OPENS,
    BYLINE_START,
    TW_BYLINE,
    ParsedByline,
    ParsedCaption,
    ParsedContributors,
    ParsedDateline,
    ends_attributed,
    is_bare_name,
    parse_agency_byline,
    parse_byline,
    parse_caption,
    parse_contributors,
    parse_dateline,
    parse_sources,
    split_names,
    split_tail,
)
from .model import Budget
from .registry import (
    ALIAS_WORDS,
    CHINESE_LEAD_NAMES,
    OUTLET_CHROME,
    OUTLET_MARKERS,
    OutletProfile,
    alternation,
    canonical_name,
)
from .text import CJK, Line, as_matched, ends_sentence, has_cjk, name_case
from .timestamps import Parsed, Stamp, fallback_timestamp, find_stamp, parse_timestamp, probe_timestamp
from .world import outlet_named


class Kind(enum.Enum):
    #: A paragraph whose end carried metadata: ``text`` is the paragraph without it.
    TEXT = "text"
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
    #: "Editor's Note:" alone on its line: the paragraph after it is the note, not the article.
    NOTE = "note"
    #: A dateline lead on a line of its own ("新华社杭州7月7日电 题：..."): ``lead`` holds it.
    LEAD = "lead"
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
    lead: ParsedDateline | None = None
    #: The segment of the line this item was read from.
    text: str = ""


@dataclass(slots=True)
class Page:
    lines: list[Line]
    #: Per line: the metadata it carries; empty for article text.
    items: list[list[Item]]
    #: Index of the end marker (or the number of lines).
    end: int
    #: Set by locate_body: the first body line, the first line after the body, the
    #: paragraphs' indexes, and the standfirst's.
    body_start: int = 0
    body_end: int = 0
    body: list[int] = field(default_factory=list)
    standfirst: list[int] = field(default_factory=list)
    #: Indexes of the text lines that read as prose (set by read_page).
    prose: list[int] = field(default_factory=list)

    def is_text(self, index: int) -> bool:
        """Whether a line is article text (perhaps with metadata cut off its end)."""
        items = self.items[index]
        return not items or items[0].kind is Kind.TEXT

    def text(self, index: int) -> str:
        """A text line's paragraph, without the metadata its end carried."""
        items = self.items[index]
        return items[0].text if items else self.lines[index].text

    def text_lines(self, start: int, stop: int) -> list[Line]:
        return [line for line in self.lines[start:stop] if self.is_text(line.index)]


# ---------------------------------------------------------------------------

_LABEL_WORDS = (
    r"(?P<label>Last updated|Updated(?: on| at)?|(?:First |Originally )?Published(?: on| at)?|Posted(?: on| at)?|"
    r"Modified|Written(?=\s*:)|Publish time|Update time|更新时间|更新時間|最新更新|最後更新|"
    r"发布时间|發布時間|發佈時間|发表时间|發表時間|更新|发布|發布|發佈|"
    # German, French, Spanish, Italian, Portuguese, Dutch
    r"Veröffentlicht(?: am)?|Aktualisiert(?: am)?|Zuletzt (?:aktualisiert|geändert)(?: am)?|Geändert am|"
    r"Letztes Update(?: am)?|"
    r"Erstellt(?: am)?|Publiziert(?: am)?|Erschienen(?: am)?|Datum|Stand(?: vom)?|Date|Fecha|"
    r"Publié(?: le)?|Mis à jour(?: le)?|Publicado(?: el| em)?|Actualizado(?: el)?|Atualizado(?: em)?|"
    r"Pubblicato(?: il)?|Aggiornato(?: il)?|Gepubliceerd(?: op)?|Bijgewerkt(?: op)?)"
)
_LABEL = re.compile(r"^" + _LABEL_WORDS + r"\s*[:：]?\s*(?P<rest>\S.*)$", re.IGNORECASE)
#: A stamp's label anywhere in a line ("Zuletzt aktualisiert am", "Posted on").
STAMP_LABEL = re.compile(r"(?<!\w)" + _LABEL_WORDS + r"(?!\w)", re.IGNORECASE)
#: The labels of update stamps, lower-cased; every other label is a publication's.
_LABELS = {
    "stand": "updated",
    "stand vom": "updated",
    "aktualisiert": "updated",
    "aktualisiert am": "updated",
    "zuletzt aktualisiert": "updated",
    "letztes update": "updated",
    "letztes update am": "updated",
    "zuletzt aktualisiert am": "updated",
    "zuletzt geändert": "updated",
    "zuletzt geändert am": "updated",
    "geändert am": "updated",
    "mis à jour": "updated",
    "mis à jour le": "updated",
    "actualizado": "updated",
    "actualizado el": "updated",
    "atualizado": "updated",
    "atualizado em": "updated",
    "aggiornato": "updated",
    "aggiornato il": "updated",
    "bijgewerkt": "updated",
    "bijgewerkt op": "updated",
    "last updated": "updated",
    "updated": "updated",
    "update time": "updated",
    "更新时间": "updated",
    "更新時間": "updated",
    "最新更新": "updated",
    "最後更新": "updated",
    "更新": "updated",
    "modified": "updated",
    "updated on": "updated",
    "updated at": "updated",
}
# Where a timestamp printed after other text may start: a digit, or a month or weekday name.
_STAMP_START = re.compile(
    r"\s+(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_CLOCK = re.compile(r"\d[:：]\d\d")
# Relative stamps without a digit: "an hour ago", "just now", "yesterday", "(Publiziert)
# vor einer Stunde", "hace una hora", "il y a une heure", "há uma hora". The lookahead
# holds their first letters: most positions fail it at once.
_RELATIVE_HINT = re.compile(
    r"(?=[ajytvhi刚昨今])(?:\bago\b|\bjust now\b|\byesterday\b|\btoday\b|刚刚|昨天|今天"
    r"|\b(?:vor|hace|il y a|h[áa]) (?:eine[mr]?|una?|une?|uma?) )",
    re.IGNORECASE,
)
_ATTRIBUTION = re.compile(r"^[(（](?P<name>[^()（）]{2,40})[)）]$")
_COOKIES = re.compile(
    r"\b(?:our|we) use (?:of )?cookies\b|\bour (?:privacy statement|cookie policy)\b|^i agree$"
    r"|\baccept (?:all )?cookies\b|\bcookie (?:settings|policy)\b.*\b(?:you|your)\b|\buse cookies\b",
    re.IGNORECASE,
)
# What every notice above prints but "I agree", in its letters' every case.
_COOKIE = re.compile("cookie|privacy statement", re.IGNORECASE)
_CLOSING = re.compile(
    r"^(?:Copyright\b|©\s*(?:\d{4}|.*rights reserved)|\(c\)\s|All rights reserved|版权所有|Enditem\b|\[?End\]?$|"
    r"（完）$|_{3,}$)",
    re.IGNORECASE,
)
# The characters a line that _CLOSING matches opens with, in either case (see classify_line).
_CLOSING_OPENS = "ACEace(©[_（版"
# A consent banner, however long the page's scraper made it: it opens like one.
_CONSENT = re.compile(
    r"^(?:We care about your privacy|We value your privacy|By clicking [“\"]?Accept|This (?:web)?site uses cookies"
    r"|We use cookies)\b",
    re.IGNORECASE,
)
# The characters a line that _CONSENT matches opens with, in either case (see classify_line).
_CONSENT_OPENS = "BTWbtw"
# A paragraph that ends by asking the reader to sign up is the site's appeal ("Philstar.com
# is one of the most vibrant ... communities of readers ... Sign up now!", a newsletter's
# "Jetzt anmelden!"), whatever it says before; the cheap test of its last characters first.
_APPEAL_ENDS = ("now!", "now.", "here.", "here!", "today!", "today.", "Now!", "anmelden!", "anmelden.", "abonnieren!")
_APPEAL = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:Sign up|Subscribe|Register) (?:now|here|today|Now)|Jetzt (?:anmelden|abonnieren))[!.]$"
)
# The site's own notes among or after an unknown outlet's paragraphs, each told by what it
# asks or declares, whatever else it says: that commenting needs an account (or is checked
# for spam), that links earn the site a commission, a form's consent in the reader's words,
# a newsletter offered to the reader, the blog's footer under its post. Each stands on 3
# training pages or more, labelled the page's there, and on none as the article's.
_COMMENTING = re.compile(
    r"\b(?:kommentar\w*|kommentier\w*|comment\w*|coment\w*|diskussion|discussion)\b", re.IGNORECASE
)
_SIGNING_IN = re.compile(
    r"\b(?:einlogg\w*|eingeloggt|log ?in|logged in|sign(?:ed)? in|registrier\w*|regist(?:er|rar|rarse|rarte|ration)\w*"
    r"|akismet|spam)\b",
    re.IGNORECASE,
)
_COMMISSION = re.compile(
    r"\baffiliate[- ]links?\b|\bpartnerlinks?\b|\b(?:may|might) (?:receive|earn) (?:a )?(?:compensation|commissions?)\b"
    r"|\b(?:erhält|erhalten|bekommt|bekommen)\b.{0,60}\bProvision\b|\bProvision\b.{0,40}\b(?:erhält|erhalten|bekommt|bekommen)\b",
    re.IGNORECASE,
)
# Consent as a form words it: "Ich bin damit einverstanden, ...", "Mit Absenden meiner
# E-Mail-Adresse willige ich ... ein", "I would like to subscribe to ...", "Sind Sie damit
# einverstanden?", "... ohne dein Einverständnis keine Verbindung zu Twitter".
_CONSENT_FORM = re.compile(
    r"^(?:Ja, )?(?:Ich (?:bin (?:damit )?einverstanden|akzeptiere|willige)|I (?:agree|consent) to"
    r"|I would like to (?:receive|subscribe)|I have read (?:and|the))\b"
    r"|\b(?:willige ich|erkläre ich mich|erklären Sie sich|erklärst du dich)\b"
    r"|\b(?:Sind Sie|Bist du) damit einverstanden\b|\bohne (?:dein|Ihr) Einverständnis\b"
)
# A newsletter offered: signing up asked for ("Abonnieren Sie unseren Newsletter", "Sign
# up for our newsletter"); not the outlet's news of its own newsletter ("dass wir einmal
# im Monat einen Newsletter anbieten"), nor a story about newsletters that addresses its
# reader ("Substack lets you start a newsletter"): the reader addressed alone cleaned no
# more training pages.
_NEWSLETTER = re.compile(r"newsletter", re.IGNORECASE)
_OFFERED = re.compile(
    r"\b(?:abonnier\w*|abonnez|anmelden|melde (?:dich|mich)|melden Sie|anmeldung|subscri\w*|sign up|inscri\w*"
    r"|suscri\w*)\b",
    re.IGNORECASE,
)
# The footer a blog's software prints under the post: "This entry was posted in News and
# tagged Berlin. Bookmark the permalink.", "Der Beitrag wurde am Mittwoch, den 27. November
# 2019 um 15:21 Uhr veröffentlicht und wurde unter News abgelegt."
_POST_FOOTER = re.compile(
    r"^(?:This entry was posted (?:in|on)\b.*\bpermalink\b"
    r"|Der Beitrag wurde am\b.{5,80}\bveröffentlicht und (?:wurde )?unter\b)"
)
# An author's note under the article ("Lea Kern ist Redakteurin bei ...", "Jake is the
# co-founder of ...") opens with a byline's name, the writer's full name or given name,
# as a sentence's subject (a verb follows, "(37)" or ", Jahrgang 1979," between), and
# says what the writer does. Only names the byline read are looked for: never guessed.
_AFTER_NAME = re.compile(r"(?:,? \((?:\d{2}|[^()]{1,30})\)|, Jahrgang \d{4},)? (?P<word>[^\W\d_][\w-]*)")
_WRITER_ROLE = re.compile(
    r"\b(?:redakteur\w*|journalist\w*|autor\w*|author\w*|reporter\w*|writer|editor\w*|korrespondent\w*|correspondent"
    r"|professor\w*|studier\w*|studied|schreibt|writes|wrote|cover(?:s|ed)|contributor|freie[rn]?|freelance\w*|founder"
    r"|co-founder|gründer\w*|lehrt|teaches|arbeitet\w*|works|worked|lebt|lives|geboren|born|jahrgang|published"
    r"|veröffentlicht\w*|leitet|heads)\b",
    re.IGNORECASE,
)
# A longer line that starts like a copyright notice is one only if it reads like one.
_NOTICE = re.compile(r"©|rights reserved|\bCo\. Regn\b", re.IGNORECASE)
# Lines after which the rest of the page is chrome ("RELATED STORIES"), lines that open a
# block of furniture inside the article, and lines that are chrome wherever they stand.
# Exact lines are looked up in sets (lower-cased, without a trailing colon); the regexes
# hold the forms with variable parts.
_END_LINES = frozenset(
    {
        "related stories",
        "related news",
        "related articles",
        "related reading",
        "related content",
        "you may also like",
        "you might also like",
        "recommended",
        "recommended for you",
        "recommended stories",
        "most popular",
        "most read",
        "most viewed",
        "trending",
        "trending now",
        "top picks",
        "top news",
        "today's top news",
        "top stories",
        "editor's picks",
        "editors' picks",
        "latest news",
        "tags",
        "more news",
        "more stories",
        "related stories & photos",
        "read next",
        "read next >",
        "must read",
        "featured stories",
        # The same headings in the languages the corpus pages are written in, chosen by
        # where they stand on its training pages: after the article's last labelled
        # snippet on every page that prints them (on all but one of 30 and more).
        "ähnliche artikel",
        "ähnliche beiträge",
        "verwandte beiträge",
        "weitere beiträge",
        "weitere meldungen",
        "letzte beiträge",
        "beliebte beiträge",
        "vorheriger beitrag",
        "nächster beitrag",
        "meist gelesen",
        "meistgelesene artikel",
        "das könnte sie auch interessieren",
        "neueste beiträge",
        "neueste kommentare",
        "letzte kommentare",
        "kommentar schreiben",
        "kommentar hinzufügen",
        "gib hier deinen kommentar ein",
        "%d bloggern gefällt das",
        "beitrags-navigation",
        "teilen sie dies mit",
        "das könnte dir auch gefallen",
        "empfehlungen aus der redaktion",
        "passend zum thema",
        "diesen artikel teilen",
        "schreibe einen kommentar",
        "hinterlasse einen kommentar",
        "kommentar verfassen",
        "aktuelle kommentare",
        "leave a reply",
        "leave a comment",
        "previous post",
        "next post",
        "previous article",
        "next article",
        "other news",
        "vous aimerez aussi",
        "sur le même sujet",
        "noticias relacionadas",
        "te puede interesar",
        "articoli correlati",
        "czytaj także",
        "czytaj też",
        # More, mined so from the training pages and cutting no labelled article text
        # there: comment and contact forms' fields, a blog's navigation, the boxes of
        # recommended, popular and related stories, a tags' heading.
        "kommentar *",
        "laisser un commentaire",
        "reply",
        "betreff",
        "passwort",
        "netiquette",
        "recent posts",
        "post navigation",
        "zum seitenanfang",
        "datenschutzeinstellungen",
        "empfohlene beiträge",
        "am beliebtesten",
        "relacionadas",
        "notas relacionadas",
        "verwandte links",
        "mehr themen",
        "zusatzinformationen",
        "schlagwörter",
        "相关新闻",
        "相关阅读",
        "相关报道",
        "推荐阅读",
        "热点推荐",
        "延伸阅读",
        "延伸閱讀",
        "相關新聞",
        "相關閱讀",
        "相關報導",
        "推薦閱讀",
        "熱點推薦",
        "熱門新聞",
        "今日熱門",
    }
)
_END = re.compile(
    r"^(?:more|latest) (?:stories |news |articles )?from\b.{0,40}$|^more (?:stories|news|articles) on\b.{0,40}$"
    # The previous and next stories' links, the tags: "上一篇：...", "相關字詞﹕大埔 熟食中心".
    r"|^(?:上一篇|下一篇|上一則|下一則|相關字詞|相关字词|標籤|标签)\s*[﹕：:]"
    # "Das könnte Sie auch interessieren!", "Diese Artikel könnten dich interessieren" (the
    # exact "Das könnte dich auch interessieren" opens a block instead: see _BLOCK_LINES).
    r"|^(?:das|dies|diese[sr]?)\b.{0,30}\bkönnten? (?:sie|dich|euch|dir) (?:auch )?interessieren\s*[!.…]+$"
    r"|^diese\b.{0,30}\bkönnten? (?:sie|dich|euch|dir) (?:auch )?interessieren$",
    re.IGNORECASE,
)
# The characters a line that _END matches opens with, in either case (see classify_line).
_END_OPENS = "DLMdlm上下标標相"
# A blog's comments heading, which its software prints from the post's title: "3 Gedanken
# zu „Title“", "Ein Gedanke zu “Title”", "12 thoughts on “Title”", "1 reply on “Title”",
# "Eine Antwort auf „Title“", "2 réflexions sur « Title »" (an icon's glyph may open it).
# The comments start there: it ends the body (on the 4 training pages that print one in
# the body, every labelled article snippet stands above it), not the page, whose date
# may stand below it.
_COMMENTS_HEADING = re.compile(
    r"^\W*(?:\d+|One|Ein|Eine|Une|Un)\s+"
    r"(?:thoughts?|responses?|repl(?:y|ies)|comments?|Gedanken?|Kommentare?|Antwort(?:en)?|réflexions?|commentaires?)"
    r"\s+(?:on|to|zu|auf|sur)\s+[„“\"«‚‘]\s*(?P<title>.+?)\s*[“”\"»‘’]$"
)
_CLOSING_QUOTES = frozenset('“”"»‘’')
_BLOCK_LINES = frozenset(
    {
        "related",
        "related coverage",
        "more on this topic",
        "read also",
        "also read",
        "lesen sie auch",
        "das könnte dich auch interessieren",
        "auch interessant",
        "mehr zum thema",
        "weitere artikel",
        "à lire aussi",
        "read more",
        "see also",
        "photos",
        "more",
        "more >>",
        "watch",
        "video",
        "videos",
        "listen",
        "you may be interested in",
        "topics",
    }
)
_BLOCK = re.compile(
    r"^(?:(?:read|read more|read also|also read|related|see also)\s*:.{2,150}|video \d{1,2}:\d{2}"
    # A link to another story among the paragraphs: "延伸閱讀：九巴下月起重組觀塘區路線（按此閱讀）".
    r"|(?:延伸閱讀|延伸阅读|相關新聞|相关新闻|相關報導|相关报道|推薦閱讀|推荐阅读)\s*[：:].{2,150})$",
    re.IGNORECASE,
)
_CHROME_LINES = frozenset(
    {
        "share",
        "share this",
        "share this article",
        "share on",
        "copied",
        "copy",
        "copy link",
        "link copied",
        "print",
        "email",
        "e-mail",
        "facebook",
        "twitter",
        "x",
        "linkedin",
        "whatsapp",
        "telegram",
        "wechat",
        "weibo",
        "reddit",
        "pinterest",
        "flipboard",
        "line",
        "comment",
        "comments",
        "all comments",
        "advertisement",
        "ad",
        "story continues",
        "story continues below advertisement",
        "more to come.",
        "more to follow.",
        "this is a developing story.",
        "this story is developing.",
        "article continues after this advertisement",
        "advertisement. scroll to continue reading.",
        "continue reading the main story",
        "advertisements",
        "follow us",
        "add your comment",
        "leave a comment",
        "post a comment",
        "font size",
        "fontsize",
        "a+",
        "a-",
        "skip to main content",
        "skip to content",
        "menu",
        "search",
        "sections",
        "close",
        "back to top",
        "back to top close",
        "video playerclose",
        "newsletters",
        "sign up",
        "sign in",
        "log in",
        "subscribe",
        "get short url",
        "i agree",
        "accept",
        "follow topic",
        "請繼續往下閱讀...",
        "请继续往下阅读...",
        "分享",
        "分享到",
        "打印",
        "关闭",
        "【纠错】",
        "纠错",
        "返回顶部",
    }
)
_CHROME = re.compile(
    r"^(?:follow us on \w+|scan (?:the )?qr code\b.*|download (?:our|the) app\b.*|subscribe to\b.*|"
    r"\(for the latest [^()]*\)|\d{1,2}:\d{2}(?::\d{2})?|\d+ of \d+|-{3,}|\*{3,}|扫一扫.*|分享到.*|"
    r"share\s*[-–:]\s*\w+|join st's (?:whatsapp|telegram) channel\b.*|get newsletters curated for you|"
    r"to activate the text-to-speech service\b.*|sign up here\.?|comments will be moderated\b.*|"
    r"\d+ min(?:ute)?s? read(?:ing time)?|read full article|"
    r"\d{1,2}:\d{2} [A-Z][^.]{5,140}|"  # a news ticker: "09:12 Russian stock indices open higher"
    r"by (?:registering|continuing|clicking|signing up|using)\b.*|editor['’]s note:.+|[】\]）)]+|"
    # A notice that a machine wrote or reads the text: "This is AI generated summarization, ..."
    r"this (?:is ai[- ]generated|(?:audio|summary) (?:is|was) generated by an? ai)\b.*|"
    # A newsletter's prompt: "Get the latest news from thewest.com.au in your inbox."
    r"(?:get|sign up for|subscribe to) .{0,60}\bin(?:to)? your inbox\.?)$",
    re.IGNORECASE,
)
# What _CHROME's lines open with but a digit, in either case ("ſ" is an "s" to the pattern).
_CHROME_OPENS = "BCDEFGJRSTbcdefgjrstſ()*-]】）分扫"
# A path of short words ("en/news/asia"), chrome too: it opens with any letter, and is
# looked for only in a line that holds a slash.
_PATH_LINE = re.compile(r"^[a-z]{2,4}(?:/[a-z]{2,4})+$", re.IGNORECASE)
# Segments of a metadata line: " | ", or a label printed inside it ("By A Published: ...",
# "... 14:35Modified: ...").
_BOUNDARIES = (
    r"\s*\|\s*|\s+(?=(?:Source|Published|Updated|Modified|Editor)\s*:)|(?<=\d)(?=(?:Published|Updated|Modified)\s*:)"
    r"|\s+/\s+(?=UPDATED\b|Updated\b)|\s*\((?=updated\b)|\s+(?=\(Updated:)|(?<=\))\s+"
    r"|\s+(?=来源\s*[：:])|(?<=】)\s*|\s+(?=(?:责任编辑|编辑)\s*[：:])"
)
# Every boundary but the one after "】" starts before a space, "|", "(" or a label's first
# letter: that one character is tested at each position before the boundaries are tried
# there in turn (which costs the split more than twice as much).
_SEGMENT = re.compile(r"(?=[\s|(PUM])(?:" + _BOUNDARIES + r")|(?<=】)\s*")
# Taiwan's byline after the stamp on its line ("2024/11/08 18:20 記者林彥廷／嘉義報導"): a
# boundary of its own, tried only on the lines that print " 記者".
_REPORTER_SEGMENT = re.compile(r"\s+(?=記者[\u4e00-\u9fff])")
# Text that any of those boundaries holds: a line without it is not split. Found at a
# fraction of the cost of a split, which tries every boundary at every position: each
# piece with str's own search, which costs less than one pattern for them all (tried at
# every position of the line), but for ")" before a white space.
_SEGMENT_MARKS = (
    "|", "】", "(updated", "Source", "Published", "Updated", "UPDATED", "Modified", "Editor", "来源", "编辑",
)  # fmt: skip
_BRACKET_SPACE = re.compile(r"\)\s")
_CJK_LEAD = re.compile(r"^" + alternation(CHINESE_LEAD_NAMES) + r"[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日电")
# A sentence's end: at the end of a line (a colon before a list or quotation too), or inside it.
_SENTENCES = re.compile(r"[.!?:…。！？：][\"'”’」』)）\]]*$|[a-z0-9)”][.!?][\"'”’]? [A-Z“\"]")


def _ends_prose(text: str) -> bool:
    """Whether a line ends as a paragraph does: a sentence's end, or after it an
    attribution or credits in brackets."""
    return ends_sentence(text) or ends_attributed(text)


def detect_outlet(raw: str) -> tuple[OutletProfile | None, tuple[int, int] | None]:
    """The outlet whose markers weigh most in the page, and where its strongest marker stands."""
    best: tuple[int, OutletProfile, tuple[int, int]] | None = None
    head = settings.OUTLET_HEAD_CHARS
    tail_start = max(head, len(raw) - settings.OUTLET_TAIL_CHARS)
    for profile, markers, total in OUTLET_MARKERS:
        score = 0
        strongest: tuple[int, tuple[int, int]] | None = None
        # Weights are positive: once even the markers not yet searched could not lift the
        # profile to the least score that wins, they are not searched.
        wins_at = settings.MIN_OUTLET_SCORE if best is None else max(settings.MIN_OUTLET_SCORE, best[0] + 1)
        unsearched = total
        for pattern, weight in markers:
            if score + unsearched < wins_at:
                break
            unsearched -= weight
            match = pattern.search(raw, 0, head) or (pattern.search(raw, tail_start) if tail_start < len(raw) else None)
            if match is not None:
                score += weight
                if strongest is None or weight > strongest[0]:
                    strongest = (weight, match.span() if isinstance(match, re.Match) else match)
        if strongest is not None and score >= settings.MIN_OUTLET_SCORE and (best is None or score > best[0]):
            best = (score, profile, strongest[1])
    return (best[1], best[2]) if best else (None, None)


def stamp_label(word: str) -> str:
    """ "published" or "updated": what a stamp's label (``STAMP_LABEL``'s) says it is."""
    return _LABELS.get(as_matched(word).lower(), "published")


def read_page(lines: list[Line], profile: OutletProfile | None, budget: Budget | None = None) -> Page:
    """Classify every line up to an end marker. A line printed more than once (a menu
    in the header and again in the footer) is classified once: a line's items depend on
    its text and the outlet only."""
    items: list[list[Item]] = []
    end = len(lines)
    seen_prose = False
    classified: dict[str, list[Item]] = {}
    for line in lines:
        if budget is not None:
            budget.check()
        known = classified.get(line.text)
        if known is None:
            known = classified[line.text] = classify_line(line.text, profile)
        found = list(known)
        if found and found[0].kind is Kind.END:
            if seen_prose:
                end = line.index
                items.extend([] for _ in lines[line.index :])
                break
            found = [Item(Kind.CHROME, text=line.text)]  # "TOP STORIES" in the menu above the article
        seen_prose = seen_prose or (not found and is_prose(line.text))
        items.append(found)
    page = Page(lines, items, end)
    page.prose = [i for i in range(end) if page.is_text(i) and is_prose(page.text(i))]
    page.body_start = _body_start(page, set())
    return page


def locate_body(page: Page, headline: int | None, judged: bool = False, links: bool = False) -> None:
    """Find the standfirst under the headline, join credit lines to their captions, and
    cut the body; ``judged``: the furniture model will judge its lines (see _body_lines);
    ``links``: the outlet prints links to other stories among the paragraphs."""
    page.standfirst = _standfirst(page, headline)
    _join_credits(page, headline)
    page.body_start = _body_start(page, set(page.standfirst))
    page.body_end = page.end
    for index in range(page.body_start, page.end):
        if not page.is_text(index) and (_signs_off(page.items[index]) or _is_menu_row(page.text(index))):
            page.body_end = index
            break
        if comments_heading(page.text(index)) is not None:
            page.body_end = index
            break
    page.body = _body_lines(page, judged, links)


def comments_heading(text: str) -> re.Match[str] | None:
    """A blog's comments heading ("2 Gedanken zu „Title“"), its quoted title as ``title``;
    None for any other line (the cheap test first: such a heading ends with a quotation mark)."""
    return _COMMENTS_HEADING.match(text) if text[-1:] in _CLOSING_QUOTES else None


# Asked of most lines several times (reading the page, its body, the furniture's features):
# the answer depends on the text alone, so it is kept for the page's lines. Each page read
# starts with an empty cache (pipeline.read), so that a page read again is read afresh, as
# the benchmark's repeats of one page would otherwise not be.
@lru_cache(maxsize=4096)
def is_prose(text: str) -> bool:
    """Whether a line reads as a paragraph of the article rather than page furniture."""
    if not text.isascii() and len(CJK.findall(text)) >= settings.MIN_PROSE_CJK_CHARS:
        return _ends_prose(text)
    if _ends_prose(text):
        # Enough words: the line is split no further than that many.
        return len(text.split(None, settings.MIN_PROSE_WORDS - 1)) >= settings.MIN_PROSE_WORDS
    # A long line without a sentence's end: prose, unless most of its words are capitalised,
    # as in a menu run together ("Skip to main content ... Africa Americas Asia-Pacific ...").
    words = text.split()
    if len(words) < 25:
        return False
    capitalised = sum(1 for word in words if word[:1].isupper())
    return capitalised * 5 < len(words) * 3


#: A word each site's note holds (see is_site_note), lower-cased: a line without any of
#: them, as nearly every paragraph, is no note, and the patterns are not tried.
_NOTE_HINTS = (
    "comment", "kommentar", "kommentier", "coment", "diskussion", "discussion", "affiliate", "partnerlink",
    "compensation", "commission", "provision", "einverst", "akzeptiere", "willige", "agree", "consent",
    "would like to", "have read", "erkläre", "erklärst", "newsletter", "this entry was posted",
    "der beitrag wurde am",
)  # fmt: skip


def is_site_note(text: str) -> bool:
    """Whether a body line is the site's own note rather than the article's: commenting's
    terms, a commission's disclosure, a form's consent, a newsletter's offer, a blog's
    footer under the post."""
    lowered = text.lower()
    if not any(hint in lowered for hint in _NOTE_HINTS):
        return False
    return (
        (_COMMENTING.search(text) is not None and _SIGNING_IN.search(text) is not None)
        or _COMMISSION.search(text) is not None
        or _CONSENT_FORM.search(text) is not None
        or (_NEWSLETTER.search(text) is not None and _OFFERED.search(text) is not None)
        or _POST_FOOTER.match(text) is not None
    )


def is_author_note(text: str, authors: list[str]) -> bool:
    """Whether a body line is a note on one of the byline's ``authors`` (see _AFTER_NAME)."""
    for name in authors:
        parts = name.split()
        if len(parts) < 2:  # a single word may be anyone's, or an organisation's
            continue
        for form in (name, parts[0]):
            if len(form) < 3 or text[: len(form)].casefold() != form.casefold():
                continue
            after = _AFTER_NAME.match(text, len(form))
            if after is not None and after["word"][0].islower() and _WRITER_ROLE.search(text) is not None:
                return True
    return False


def is_label(text: str) -> bool:
    """A short label such as a section name: a few words, no digits, no sentence end."""
    return (
        0 < len(text) <= settings.MAX_SECTION_CHARS
        and len(text.split()) <= settings.MAX_SECTION_WORDS
        and (text.isascii() or len(CJK.findall(text)) <= settings.MAX_SECTION_CJK_CHARS)
        and _DIGIT.search(text) is None
        and not text.endswith((".", "!", "?", ":"))
    )


def _signs_off(items: list[Item]) -> bool:
    """Whether a line's items close the article: a notice, its sources, its editors (a
    row of links between bars closes it too: see locate_body)."""
    return any(item.kind in (Kind.CLOSING, Kind.SOURCES, Kind.CONTRIBUTORS) for item in items)


#: The most characters of a first "paragraph" that may be a headline (the longest headlines
#: run to about this; a Chinese paragraph, without spaces to count words by, runs longer).
_HEADLINE_SIZED_CHARS = 120


def _signs_off_first(page: Page, first: int, index: int) -> bool:
    """Whether line ``index`` signs off the page's ``first`` paragraph. Not a source beside a
    stamp under a "paragraph" of a headline's size: that is the header's line, under a
    headline that ends as a sentence does ("...！" / "2020-02-19 20:29:58 来源： 半月谈");
    under a story of one real paragraph, it is the story's foot ("Source: Reuters | 12.03.2024")."""
    items = page.items[index]
    if not _signs_off(items):
        return False
    text = page.text(first)
    headline_sized = len(text) <= _HEADLINE_SIZED_CHARS and len(text.split()) <= settings.MAX_HEADLINE_WORDS
    return not (headline_sized and any(item.kind is Kind.STAMP for item in items))


def _body_start(page: Page, excluded: set[int]) -> int:
    # The body starts at the first prose line after the header's metadata. Metadata
    # is looked for up to the second prose line, so that a standfirst printed above
    # the byline stays out of the body.
    items = page.items
    prose = [i for i in page.prose if i not in excluded]
    if not prose:
        return page.end
    # With one paragraph only (a collapsed page's run of text), the metadata after it is
    # the footer's: a closing byline, the times of a list of headlines.
    horizon = prose[1] if len(prose) > 1 else prose[0] + 1
    # Nor is metadata after the first paragraph's sign-off ("Source: CNA/mt(ac)", the
    # reporter, the times at the story's foot) the header's.
    horizon = min(
        horizon, next((i for i in range(prose[0] + 1, horizon) if _signs_off_first(page, prose[0], i)), horizon)
    )
    header_meta = [
        i
        for i in range(horizon)
        if not page.is_text(i) and any(it.kind in (Kind.STAMP, Kind.BYLINE, Kind.ORGANISATION) for it in items[i])
    ]
    start = prose[0]
    if header_meta:
        after = [i for i in prose if i > header_meta[-1]]
        start = after[0] if after else page.end
    return start


def _standfirst(page: Page, headline: int | None) -> list[int]:
    """Text lines printed right under the headline, with no blank line between: a
    standfirst, not the body. Only pages with blank lines tell blocks apart this way."""
    if headline is None or not any(line.gap_before for line in page.lines):
        return []
    found: list[int] = []
    index = headline + 1
    while (
        index < page.end
        and not page.lines[index].gap_before
        and page.is_text(index)
        and len(page.text(index).split()) >= settings.MIN_STANDFIRST_WORDS
    ):
        found.append(index)
        index += 1
    return found


def _join_credits(page: Page, headline: int | None) -> None:
    """A credit alone on its line ("Photo: VCG") credits the caption printed just above
    it, with no blank line between; the two lines become one caption."""
    for index in range(1, page.end):
        items = page.items[index]
        if len(items) != 1 or items[0].kind is not Kind.CAPTION or items[0].caption is None:
            continue
        caption = items[0].caption
        above = index - 1
        if (
            caption.text is None
            and not page.lines[index].gap_before
            and not page.items[above]
            and above != headline
            and above not in page.standfirst
            and len(page.lines[above].text) <= settings.MAX_CAPTION_CHARS
        ):
            text = page.lines[above].text
            page.items[above] = [
                Item(Kind.CAPTION, caption=ParsedCaption(text, caption.credit), text=f"{text} {items[0].text}")
            ]
            page.items[index] = [Item(Kind.CHROME, text=items[0].text)]
            if above in page.prose:
                page.prose.remove(above)


def _body_lines(page: Page, judged: bool, links: bool = False) -> list[int]:
    """The article text lines between the body's bounds: without the furniture that a
    block marker opens, without an editor's note, and without the list of headlines a
    page may print after the last paragraph; with ``links``, without the lines among the
    paragraphs that read as no sentence (the headlines of other stories)."""
    body: list[int] = []
    skipping = False
    for index in range(page.body_start, page.body_end):
        if not page.is_text(index):
            skipping = skipping or any(item.kind is Kind.BLOCK for item in page.items[index])
            continue
        if index > 0 and any(item.kind is Kind.NOTE for item in page.items[index - 1]):
            continue
        if index in page.standfirst:
            continue
        # After a block marker, the paragraphs resume with a line that reads as sentences: a
        # run of linked headlines, however long, ends none and has no full stop inside.
        if skipping and not (is_prose(page.text(index)) and _SENTENCES.search(page.text(index))):
            continue
        skipping = False
        if links and body and not _ends_prose(page.text(index)):
            continue
        body.append(index)
    # A page that an end marker ends ("Ähnliche Artikel") prints its headlines' list
    # after it: on an unknown layout, what stands before the marker (a list, a block of
    # code that ends the article) is the article's, and the furniture model judges it
    # line by line; but it never judges a body of one line, nor a line of Chinese (see
    # furniture.article_lines), and those are trimmed as before. A known layout's page
    # prints its list before its marker.
    left_to_model = judged and page.end < len(page.lines) and len(body) > 1
    while body and not _ends_prose(page.text(body[-1])):
        if left_to_model and not has_cjk(page.text(body[-1])):
            break
        body.pop()
    return body


# A site's links in a row between bars ("Support Us | Policies & Ethics | Error/typo? |
# Contact Us"): four or more, a few words each, none a sentence's part. Of the 197 corpus
# lines that read so, none holds a labelled snippet of an article.
_MENU_BARS = 4
_MENU_BAR = re.compile(r"\s+\|\s+")
_MENU_WORDS = 5


def _is_menu_row(text: str) -> bool:
    """Whether a line is such a row of links: chrome, and below the article's first
    paragraph its end (of the 44 corpus pages that print one there, 43 print no more of
    their article after it)."""
    if len(text) > settings.MAX_META_CHARS or text.count(" | ") < _MENU_BARS - 1:
        return False
    parts = _MENU_BAR.split(text.strip())
    return len(parts) >= _MENU_BARS and all(
        0 < len(part.split()) <= _MENU_WORDS and not part.endswith((".", "!", ",", ";")) for part in parts
    )


def classify_line(text: str, profile: OutletProfile | None) -> list[Item]:
    """The metadata a cleaned line carries; empty when it is article text."""
    if len(text) < 3:  # "a", "x", "A+": nothing but an exact chrome line can be this short
        return [Item(Kind.CHROME, text=text)] if text.lower() in _CHROME_LINES else []
    # The patterns matched at the line's start are matched only when its first character
    # may open what they match (each pattern's _OPENS): a match's call costs many times
    # that test, and nearly every line opens with no such character for most of them.
    first = text[0]
    if len(text) <= settings.MAX_LABEL_CHARS:
        key = text.lower().rstrip(" :：")
        if key in _END_LINES or (first in _END_OPENS and _END.match(text)):
            return [Item(Kind.END, text=text)]
        if key in _BLOCK_LINES:
            return [Item(Kind.BLOCK, text=text)]
        if key in _CHROME_LINES:
            return [Item(Kind.CHROME, text=text)]
        if key in ("editor's note", "editor’s note", "editors' note"):
            return [Item(Kind.NOTE, text=text)]
    if first in _CONSENT_OPENS and _CONSENT.match(text):
        return [Item(Kind.CHROME, text=text)]
    if (
        first in _CLOSING_OPENS
        and _CLOSING.match(text)
        and (_NOTICE.search(text) or (len(text) <= settings.MAX_LABEL_CHARS and not is_prose(text)))
    ):
        # "Copyright lawyers said the plan raised no legal issues." is a sentence, not a notice.
        return [Item(Kind.CLOSING, text=text)]
    if len(text) <= settings.MAX_CHROME_CHARS:
        own = OUTLET_CHROME.get(profile.name) if profile is not None else None
        if (
            ((first in _CHROME_OPENS or first.isdecimal()) and _CHROME.match(text))
            or ("/" in text and _PATH_LINE.match(text))
            or _is_cookie_notice(text)
            or (own is not None and own.match(text))
        ):
            return [Item(Kind.CHROME, text=text)]
        if (":" in text or "：" in text) and _BLOCK.match(text):  # each of its lines holds a colon
            return [Item(Kind.BLOCK, text=text)]
    if len(text) <= settings.MAX_META_CHARS:
        found = _with_bracketed_update(text, profile) if text.endswith(("更新）", "更新)")) else None
        found = found or _classify_segments(text, profile)
        if found:
            return found
        contributors = _trailing_contributors(text, profile)
        if contributors:
            return contributors
    if _is_menu_row(text) or (text.endswith(_APPEAL_ENDS) and _APPEAL.search(text) is not None):
        return [Item(Kind.CHROME, text=text)]
    caption = parse_caption(text)
    if caption is not None:
        return [Item(Kind.CAPTION, caption=caption, text=text)]
    if text.startswith(CHINESE_LEAD_NAMES) and _CJK_LEAD.match(text):
        lead = parse_dateline(text)
        if lead is not None and (not lead.rest or lead.rest.startswith("题")):
            return [Item(Kind.LEAD, lead=lead, text=text)]
    return _tail(text)


def _is_cookie_notice(text: str) -> bool:
    """Whether a line is a site's notice of its cookies (see _COOKIES). A line with "agree"
    in it but not "ookie" is searched only when it is as short as "I agree" or names cookies
    or a privacy statement in letters of any case: the article's "agreed" and "agreement" are not."""
    if "ookie" in text:
        return _COOKIES.search(text) is not None
    if "agree" not in text:
        return False
    # ("$" matches before a final line break too.)
    return (len(text) <= len("I agree\n") or _COOKIE.search(text) is not None) and _COOKIES.search(text) is not None


#: An update time in brackets after the publication stamp, in the publication's year:
#: "2023/2/21 21:20（2/21 22:08 更新）".
_BRACKETED_UPDATE = re.compile(r"\s*[（(](?P<m>\d{1,2})/(?P<d>\d{1,2})\s+(?P<h>\d{1,2}):(?P<mi>\d{2})\s*更新[)）]$")


def _with_bracketed_update(text: str, profile: OutletProfile | None) -> list[Item] | None:
    """A stamp with its update time after it in brackets: the two stamps (or the update
    alone, on a line of its own)."""
    update = _BRACKETED_UPDATE.search(text)
    if update is None:
        return None
    head = (_classify_segments(text[: update.start()], profile) or []) if update.start() else []
    if update.start() and (not head or head[-1].kind is not Kind.STAMP):
        return None
    month, day, hour, minute = (int(update[name]) for name in ("m", "d", "h", "mi"))
    try:
        date(2000, month, day)  # a leap year: 29 February stays possible
        at = time(hour, minute)
    except ValueError:
        return None
    return [*head, Item(Kind.STAMP, label="updated", stamp=Stamp(None, month, day, at), text=update[0].strip())]


def _classify_segments(text: str, profile: OutletProfile | None) -> list[Item] | None:
    """The metadata of a line whose every segment is metadata, else of the line taken
    whole ("(Xinhua) 14:20, ..." is one attribution-and-stamp, not two segments)."""
    # Splitting is costly; most lines hold none of the marks a segment boundary needs.
    may_split = "|" in text or ":" in text or "：" in text or "(" in text or "】" in text or " / " in text
    may_split = may_split and (any(mark in text for mark in _SEGMENT_MARKS) or _BRACKET_SPACE.search(text) is not None)
    segments = [segment for segment in _SEGMENT.split(text) if segment] if may_split else [text]
    if " 記者" in text:
        segments = [part for segment in segments for part in _REPORTER_SEGMENT.split(segment) if part]
    found: list[Item] = []
    for segment in segments:
        items = _classify_segment(segment, profile)
        if items is None and _ends_as_paper_or_label(segment) and _DIGIT.search(segment):  # a stamp, then either
            items = _stamp_then_label(segment, profile) or _stamp_then_paper(segment, profile)
        if items is None:
            break
        found += items
    else:
        return found or None
    return _classify_segment(text, profile) if len(segments) > 1 else None


# The paper's name after a stamp, before its reporter's or glued to the time (Taiwan's
# press: "2019-03-18 23:59聯合報 記者陳嘉寧／桃園機場報導", "2024-06-18 14:26 聯合報／ 記者"),
# or alone after it (a portal's: "2022-02-13 09:57 光明网", "16:36 金羊网—新快报"): the
# story's source, printed without its 来源 label.
_PAPER_AFTER_STAMP = re.compile(
    r"(?<=\d)\s*(?P<paper>[\u4e00-\u9fff]{1,8}(?:[—-][\u4e00-\u9fff]{2,8})?)\s*(?:[／/]\s*)?(?:記者)?$"
)
# How a Chinese paper's, agency's or site's name ends; "更新", "发布" after a stamp are its
# labels, a person's name ends in none of these.
_PAPER_ENDS = ("報", "报", "社", "网", "網", "台")
# A Chinese stamp's label printed after it: "2005-04-27 14:32更新" (old portals).
_LABEL_AFTER_STAMP = re.compile(r"(?<=\d)\s*(?P<label>更新|发布|發布|發佈)$")


def _ends_as_paper_or_label(segment: str) -> bool:
    """Whether a segment ends as a paper's name or a stamp's label after it can: with a
    Chinese character or a slash (a sentence ends with "。", and most lines are such)."""
    last = segment.rstrip()[-1:]
    return "\u4e00" <= last <= "\u9fff" or last in ("／", "/")


def _stamp_then_paper(segment: str, profile: OutletProfile | None) -> list[Item] | None:
    """The stamp of a segment that a paper's name ends, and the paper as its source unless it
    is the page's own outlet; None if it is no such segment. A name that ends as no paper's
    does is one only if the registry or the table of outlets knows it ("中時"): a bare name
    after a stamp may be a person's."""
    paper = _PAPER_AFTER_STAMP.search(segment)
    if paper is None:
        return None
    name = paper["paper"]
    if not name.endswith(_PAPER_ENDS) and canonical_name(name) is None and outlet_named(name) is None:
        return None
    items = _classify_segment(segment[: paper.start()], profile)
    if items is None or len(items) != 1 or items[0].kind is not Kind.STAMP:
        return None
    if profile is not None and outlet_named(name) == profile.name:
        return items  # the page's own paper: its staff's story, not one it carries
    return [items[0], Item(Kind.SOURCES, names=[canonical_name(name) or name], text=paper[0].strip())]


def _stamp_then_label(segment: str, profile: OutletProfile | None) -> list[Item] | None:
    """The stamp of a segment that its label ends ("2005-04-27 14:32更新"); None if it is no
    such segment."""
    label = _LABEL_AFTER_STAMP.search(segment)
    if label is None:
        return None
    items = _classify_segment(segment[: label.start()], profile)
    if items is None or len(items) != 1 or items[0].kind is not Kind.STAMP or items[0].label is not None:
        return None
    return [replace(items[0], label=stamp_label(label["label"]), text=segment)]


def _tail(text: str) -> list[Item]:
    """A paragraph ending with its agency ("— Reuters") or reporting credits."""
    tail = split_tail(text)
    if tail is None or not tail.text:
        return []
    found = [Item(Kind.TEXT, text=tail.text)]
    if tail.sources:
        found.append(Item(Kind.SOURCES, names=tail.sources, text=text[len(tail.text) :].strip()))
    if tail.contributors is not None:
        found += _contributor_items(tail.contributors, text[len(tail.text) :].strip())
    if tail.authors:  # "...前往。（记者 胡晓蓉）": the article's byline, at its end
        byline = ParsedByline(tail.authors, None)
        found.append(Item(Kind.BYLINE, byline=byline, text=text[len(tail.text) :].strip()))
    return found


def _trailing_contributors(text: str, profile: OutletProfile | None) -> list[Item]:
    """An editor group glued to the end of a line of chrome or metadata:
    "(For the latest China news, ...)(Web editor: A, B)"."""
    opening = max(text.rfind("("), text.rfind("（"))
    if opening <= 0:
        return []
    contributors = parse_contributors(text[opening:])
    if contributors is None:
        return []
    before = classify_line(text[:opening].strip(), profile)
    if not before or before[0].kind is Kind.TEXT:
        return []
    return [*before, *_contributor_items(contributors, text[opening:])]


def _contributor_items(parsed: ParsedContributors, text: str) -> list[Item]:
    found = []
    if parsed.people:
        found.append(Item(Kind.CONTRIBUTORS, contributors=parsed.people, text=text))
    if parsed.sources:
        found.append(Item(Kind.SOURCES, names=parsed.sources, text=text))
    return found


#: How a reprinted story's source line opens (a prefix test costs no scan of the line).
_REPRINTED = ("转自", "轉自", "转载自", "轉載自", "（本文由", "(本文由")


def _classify_segment(text: str, profile: OutletProfile | None) -> list[Item] | None:
    """The metadata one segment carries; None if it is not all metadata."""
    if text.lower().rstrip(" :") in _CHROME_LINES:
        return []  # "... (updated 11:14 GMT 29.04.2020) Get short URL"
    short = len(text) <= settings.MAX_TIMESTAMP_CHARS
    # Cheap tests first: most lines are prose that no parser below would take.
    digit = _DIGIT.search(text) is not None
    if digit or (short and _may_be_relative(text)):
        date_order = profile.date_order if profile else None
        zone_names = profile.zone_names if profile else None
        # A stamp in brackets of its own: "(Updated: 07 Mar 2024 12:05PM)".
        shift = 1 if short and text[:1] in ("(", "[", "（") and text[-1:] in (")", "]", "）") else 0
        labelled = _LABEL.match(text[shift : len(text) - shift]) if short else None
        if labelled is not None:
            stamp = parse_timestamp(labelled["rest"], date_order=date_order, zone_names=zone_names)
            label = stamp_label(labelled["label"])
            if stamp is None:
                # "Veröffentlicht am 06.10.2023 (Letztes Update: 06.10.2023)": the stamp
                # that opens what follows the label, and nothing after it.
                opening = find_stamp(labelled["rest"], date_order=date_order)
                if opening is not None and opening[1][0] <= _STAMP_LEAD:
                    end = shift + labelled.start("rest") + opening[1][1]
                    return [Item(Kind.STAMP, label=label, stamp=opening[0], text=text[:end])]
                if opening is not None and opening[0].year is not None:
                    # "Erstellt von Fabian am Dienstag 6. Mai 2014": the label's date after a name.
                    start, end = (shift + labelled.start("rest") + edge for edge in opening[1])
                    return [Item(Kind.STAMP, label=label, stamp=opening[0], text=text[start:end])]
            # "Updated: 2024-13-45" is a stamp we could not read; "Posted 5 replies" is not a
            # stamp, nor is a label's word opening prose without a digit ("Stand vor einem Jahr").
            if stamp is not None or (digit and len(labelled["rest"]) <= settings.MAX_STAMP_CHARS):
                return [Item(Kind.STAMP, label=label, stamp=stamp, text=text)]
        # dateparser comes after a stamp behind a label: the fast paths' reading is kept for it.
        stamp, worth_a_fallback = (
            probe_timestamp(text, date_order=date_order, zone_names=zone_names) if short else (None, False)
        )
        if stamp is not None:
            return [Item(Kind.STAMP, stamp=stamp, text=text)]
        trailing = _trailing_stamp(text, profile)
        if trailing is not None:
            return trailing
        stamp = fallback_timestamp(text, zone_names=zone_names) if worth_a_fallback else None
        if stamp is not None:
            return [Item(Kind.STAMP, stamp=stamp, text=text)]
    if (
        ":" in text
        or "：" in text
        or "(" in text
        or " by " in text
        or "contributed" in text
        or text.startswith(_REPRINTED)  # "转自《北京科技报》", "（本文由「工商時報」授權轉載）"
    ):
        contributors = parse_contributors(text)
        if contributors is not None:
            return _contributor_items(contributors, text)
        sources = parse_sources(text)
        if sources:
            return [Item(Kind.SOURCES, names=sources, text=text)]
        if sources is not None and has_cjk(text):
            return []  # "来源：转载文章": a source line that names none, still no text of the article's
    if (
        (text[:1] in BYLINE_OPENS and BYLINE_START.match(text))
        or text[:5].lower() == "staff"
        or text.isupper()
        or "记者" in text[:8]
    ) and not is_prose(text):  # "By Tuesday, the council had received 300 letters." is a sentence
        byline = parse_byline(text) or parse_agency_byline(text)
        if byline is not None:
            found = [Item(Kind.BYLINE, byline=byline, text=text)] if byline.authors or byline.organisation else []
            if byline.sources:
                found.append(Item(Kind.SOURCES, names=byline.sources, text=text))
            return found
    reporters = TW_BYLINE.match(text) if text.startswith("記者") else None
    if reporters is not None:  # "2024/11/08 18:20 記者林彥廷／嘉義報導" (the Liberty Times)
        return [Item(Kind.BYLINE, byline=ParsedByline(split_names(reporters["names"]), None), text=text)]
    # A cleaned line's words are one space apart: with more spaces than a name's words, no name.
    organisation = canonical_name(text) if text.count(" ") <= ALIAS_WORDS + 1 else None
    if organisation is not None or (profile is not None and text in profile.bare_byline):
        return [Item(Kind.ORGANISATION, names=[organisation or text], text=text)]
    return None


def _may_be_relative(text: str) -> bool:
    """Whether a line may hold a relative stamp (see _RELATIVE_HINT). An ASCII line (str
    knows it is one without a scan) is first looked into, lower-cased, for the words
    themselves, at a fraction of the search's cost: most short lines hold none of them."""
    if text.isascii():
        lowered = text.lower()
        if not (
            "ago" in lowered
            or "just now" in lowered
            or "yesterday" in lowered
            or "today" in lowered
            or "vor " in lowered
            or "hace " in lowered
            or "il y a " in lowered
            or "ha " in lowered
        ):
            return False
    return _RELATIVE_HINT.search(text) is not None


#: How far into what follows a stamp's label its date may start ("am ", ": ").
_STAMP_LEAD = 3


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
        byline = parse_byline(BEFORE_STAMP.sub("", prefix))
        if byline is None and (profile is None or not profile.layout):
            # An unknown outlet's "Bettina Kugler 19.10.2019, 05:00 Uhr" or "A B, London ...":
            # a name before the stamp is its author (a known outlet prints sections there).
            name = prefix.split(",", 1)[0].strip(" |·•-–—")
            if is_bare_name(name):
                byline = ParsedByline([name_case(name)], None)
        if byline is not None:
            return [Item(Kind.BYLINE, byline=byline, text=prefix), Item(Kind.STAMP, stamp=stamp, text=rest)]
        sources = parse_sources(prefix) if "来源" in prefix or "來源" in prefix else None
        if sources:  # "来源：太原晚报 2021-11-25 16:26:07"
            return [Item(Kind.SOURCES, names=sources, text=prefix), Item(Kind.STAMP, stamp=stamp, text=rest)]
        if is_label(prefix):
            return [Item(Kind.STAMP, stamp=stamp, section=prefix, text=text)]
        return None
    return None
