"""Pages collapsed onto one line, as some scrapers deliver them: cut the line back into
the lines a page is made of, at the marks that separate a page's parts.

The cuts fall around what the line-by-line reader recognises: the title with its site
suffix, timestamps, bylines, dateline leads, captions with their credits, source and
editor lines, and page furniture. What lies between two cuts becomes one line; on such
a page, the runs of article text between captions are its paragraphs.
"""

from __future__ import annotations

import bisect
import itertools
import re

from . import settings
from .model import Budget
from .registry import (
    CHINESE_LEAD_NAMES,
    CHINESE_REPORTER_NAMES,
    CLOSING_STARTS,
    COPYRIGHT_CREDITS,
    CREDIT_FORMS,
    LABEL_CREDITS,
    NAMED_COPYRIGHT_CREDITS,
    OUTLETS,
    SLASH_CREDITS,
    TITLE_SUFFIXES,
    OutletProfile,
    alternation,
    canonical_name,
)
from .text import CJK, Line, has_cjk
from .timestamps import Stamp, date_spans, parse_timestamp


def _initials(names: tuple[str, ...]) -> str:
    """The characters ``names`` start with, for a character class."""
    return "".join(sorted({re.escape(name[0]) for name in names}))


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# The site's name after the title: " - Reuters", "-新华网" (Chinese titles take no spaces).
_TITLE = re.compile(
    r"(?:\s[-|–—]\s(?:" + "|".join(re.escape(s) for s in TITLE_SUFFIXES) + r")\b"
    r"|(?<=[\u4e00-\u9fff])[-_|](?:" + "|".join(re.escape(s) for s in TITLE_SUFFIXES if has_cjk(s)) + r"))"
)
_CLOCK = re.compile(r"\d{1,2}[:：]\d{2}")
_OFFSET_SIGNS = frozenset("+-−")
_WORD_START = re.compile(r"(?<![^\s|·])[^\s|·]")
_WORD_END = re.compile(r"[^\s|·](?![^\s|·])")  # "GMT+2·3 min read": "·" parts words too
# The last levels of a breadcrumb, one word each, ending where the next piece starts.
_CRUMB = re.compile(r"(?<!\S)(?:[^\s/>»›]+ (?:/|>>|>|»|›) )+[^/>»›]{2,30}?\s*$")
# A breadcrumb from the home page, a word per level: "Home / Business / Technology".
# A level of several words ("Op-Ed Contributors") is cut after its first.
_HOME_CRUMB = re.compile(r"(?<!\S)(?:Home|HOME)(?: (?:/|>>|>|»|›) [A-Z][\w'-]*)+(?= )")
# A menu (six or more capitalised items) running into a headline in sentence case:
# the headline starts at the capitalised word before the first lower-case one.
# A small word may come first ("... Video Taiwan Railway to run extra ..."), but not in a
# link's words ("Skip to content").
_MENU_THEN_HEADLINE = re.compile(
    rf"(?:(?:[A-Z][\w'’.-]*|&) ){{{settings.MIN_MENU_ITEMS},}}(?!(?:Skip|Sign|Log|Go|Back|Jump|Subscribe|Read) )"
    r"(?P<headline>(?:[A-Z][a-z]+: )?[A-Z][\w'’-]* )"  # a label may open it: "Feature: Urumqi night market"
    r"(?:(?:and|of|the|to|in|for|on|at|by|with) )?(?!(?:and|of|the|to|in|for|on|at|by|with)\b)[a-z]{2,}"
)
# A date printed without a time, from its weekday ("Mon, Nov 25, 2024 page2"), or in
# Chinese with its weekday after it ("2023年08月16日 星期三").
_DATE_ONLY = re.compile(
    r"(?<!\S)(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?, " + _MONTH + r" \d{1,2}, \d{4}(?: page ?\d{1,2})?(?!\S)"
    r"(?! (?:at )?\d{1,2}[:.]\d{2})"  # "Sun, March 31, 2024 at 4:05 AM" has its time
    r"|(?<!\S)\d{4}年\d{1,2}月\d{1,2}日 星期[一二三四五六日天](?!\S)"
)
_GLUED = re.compile(r"\d(?=[A-Z])")
# Where a timestamp may start and end: "Sun, March 31, 2024 at 4:05 AM GMT+2", "31 DEC, 21:30",
# "(Xinhua) 14:20", "2024年09月11日 11:30", "10:00am, 20 Jan, 2020 HKT", "22:57 GMT 28.04.2020".
_STAMP_START = re.compile(
    r"[\d(（\u4e00-\u9fff]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)",
    re.IGNORECASE,
)
_STAMP_END = re.compile(r"(?:[\d)）\u4e00-\u9fff]|(?:\b|(?<=\d))[AaPp]\.?[Mm]\.?|\b[A-Z]{2,5})[,.]?$")
_STAMP_END_CHARS = 8  # the longest _STAMP_END match, and the character before it for its \b
_RELATIVE_UPDATE = re.compile(
    r"\s*/?\s*(?:UPDATED|Updated) \d{1,2} (?:MINUTES?|HOURS?|DAYS?|minutes?|hours?|days?) (?:AGO|ago)"
)
# A section in capitals after a menu in mixed case, just before the time.
_CAPS_KICKER = re.compile(r"(?<=[a-z] )[A-Z]{2,}(?: [A-Z&]{2,}){0,2} $")
# A breadcrumb printed tightly, its leaf running into the headline: "Asia/ East Asia South
# Korea turns ...".
_TIGHT_CRUMB = re.compile(r"(?<!\S)[A-Z][\w&]*/ (?=[A-Z])")
# Two names of two words each: "Wynona Kwan Brendan Lai " (of six words, three each is as likely).
_NAME_PAIRS = re.compile(r"\s*(?:[A-Z][a-z][\w'-]* [A-Z][a-z][\w'-]* ){2}")
_NAME_WORDS = re.compile(r"\s*(?:[A-Z][a-z][\w'-]* ){5,9}")
# A section after the headline in a page's title: "Beijing metro extends ... - World".
_SECTION_TAIL = re.compile(r"\s[-|–—]\s[A-Z][\w&' ]{1,30}$")
# A breadcrumb in capitals, its levels ending where the headline's first word is not:
# "... VIDEO CHINA >> SOCIETY Night trains and buses ...".
_CAPS_CRUMB = re.compile(r"(?<!\S)[A-Z][A-Z&-]+(?: (?:>>|>|/|»|›) [A-Z][A-Z&-]+)+(?= [A-Z][a-z])")
# A breadcrumb from the site's language edition: "... Sports Photo Video English >> Old granary ...".
_EDITION_CRUMB = re.compile(r"(?<!\S)(?:English|ENGLISH) ?>>")
# A Chinese breadcrumb: "当前位置：首页 > 中国 > 正文".
_CJK_CRUMB = re.compile(r"(?:(?:当前位置|您的位置)\s*[：:]\s*)?首页(?:\s*[>›»]\s*[^\s>›»]+)+")
# Chinese share and page widgets, two or more in a row: "分享到： 微信 微博 QQ空间".
_CJK_WIDGETS = re.compile(
    r"(?:分享到\s*[：:]?\s*|关注[\u4e00-\u9fff]{2,5}\s+)?(?:(?:微信|微博|新浪微博|QQ空间|Qzone|QQ|朋友圈|评论|图集)(?:\s+|$)){2,}"
)
# A Chinese menu, short items one after another, running into the headline: "新华网 首页
# 时政 国际 财经 思客 学习进行时 图片 视频 一片竹林里的“绿色账本”".
_CJK_MENU_THEN_HEADLINE = re.compile(r"(?:[\u4e00-\u9fff]{1,5} ){5,}(?=\S{6,}(?:\s|$))")
# A Chinese byline inside the lead: "新华社记者 徐晨阳 郑可欣 盛夏时节，..." (not a credit: "... 摄").
_CJK_BYLINE = re.compile(
    r"(?<![（(])" + alternation(CHINESE_REPORTER_NAMES) + r"记者(?:\s+[\u4e00-\u9fff·]{2,4}(?=\s))++(?!\s*摄)"
)
# Chinese page widgets: the font size, "share to".
_CJK_FURNITURE = re.compile(r"字体\s*[：:]\s*小\s*中\s*大|分享到\s*[：:](?!\s*(?:微信|微博|QQ))")
# The editor's name after its label ends the line: "责任编辑： 陈思远 新闻评论 ..." (the
# label starts it: _MARKERS).
_CJK_EDITOR = re.compile(r"(?:责任)?编辑\s*[：:]\s*[\u4e00-\u9fff·]{2,4}(?=\s)")
# A standfirst's kicker in capitals: "VACCINE DRIVE: Commuters aged 50 ..."
_KICKER = re.compile(r"(?<= )[A-Z]{3,}(?: [A-Z]{2,}){0,3}: (?=[A-Z][a-z])")
# Share counters ("0 0 0") before a headline, and a related link's label before its title.
_COUNTERS = re.compile(r"(?<!\S)(?:\d+ ){3}(?=[A-Z])")
# A link's label before its title: "READ MORE: Far East Opens ...", "Video 1:02 Crews work ...".
_LINK_TITLE = re.compile(r"(?:READ MORE|Read more|READ ALSO|Read also):? (?=[A-Z])|Video \d{1,2}:\d{2} (?=[A-Z])")
# A gallery's counter before a caption: "Item 1 of 2", "Print 1 of 3 The bulk carrier ...".
# (The lookahead holds the characters a counter starts with: most positions fail it at once.)
_GALLERY = re.compile(
    r"(?=[I\d])(?:Item \d{1,2} of \d{1,2}|(?:(?<=Print )|(?<=More )|(?<=[.)] ))\d{1,2} of \d{1,2}(?= [A-Z]))"
)
# A list of linked headlines inside the article ("RELATED COVERAGE Iron ore shipments ...
# slow as steel demand cools Coast Guard readies ... repairs Iron ore pellets, coal and
# grain make up ..."): the paragraph after it starts at the last capital after a word in
# lower case before its first full stop.
_LIST_IN_BODY = re.compile(r"RELATED COVERAGE|Related Coverage|RELATED CONTENT")
_HEADLINE_BREAK = re.compile(r"(?<=[a-z] )[A-Z]")
_SENTENCE_END = re.compile(r"[a-z0-9)”\"][.!?](?:\s|$)")
# A line that ends with its sentence: "... contributed to this report."
_ENDS_LINE = re.compile(r"contributed to this (?:report|story)\.")
# Chinese prose takes no spaces: in a Chinese page's article, below its first stamp,
# a space after a sentence or between two runs of characters ends a line ("...消費。
# 運河遊船春假加開班次 網路預約額滿 觀旅局表示，..." where links to other stories stood).
# A run that a sentence's end precedes starts a line when another run follows it; a
# caption's credit is no run ("。 新华社记者 徐晨阳 摄").
_CJK_LINE_END = re.compile(
    r"(?<=[\u4e00-\u9fff]{5})(?<![记記]者) (?=[\u4e00-\u9fff]{2})(?![\u4e00-\u9fff]{2,4} ?[摄攝])"
    r"|(?<=[。！？」”]) (?=[\u4e00-\u9fff]{4,}(?<![摄攝]) [\u4e00-\u9fff])"
)
_CJK_BRACKET = re.compile("[（）]")
# What ends a Chinese article: its editor, its copyright notice.
_CJK_ARTICLE_END = re.compile(r"(?:责任编辑|責任編輯|编辑|編輯)\s*[：:]|【纠错】|版权|版權|Copyright|©")
# A news ticker's item: a time, then a headline ("09:12 Russian stock indices open higher").
# An author before the time, the surname in capitals as AFP prints it: "... soggy winter
# Jean-Baptiste ROLLIN Sun, March 31, 2024 at 4:05 AM GMT+2".
_AUTHOR_BEFORE = re.compile(
    r"(?<!\S)[A-Z][a-z][\w'-]+(?: [A-Z][a-z][\w'-]*){0,2} [A-Z]{3,}(?:[-'][A-Z]{2,})? $"  # not "says Penang CM"
)
# A wire's name printed above the headline it supplied: "AFP Dutch tulip growers ...".
_WIRE_ABOVE = re.compile(r"\s*(?P<wire>[A-Z]{2,5}) (?=[A-Z][a-z])")
# A name before a bar, just before a time: "Xinhua | Updated: ...".
_AGENCY_BAR = re.compile(r"(?<!\S)(?P<name>[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}) \|\s*$")
# A time, then a capital: a news ticker's item ("09:12 Russian stock indices ..."), a
# stamp's time before its zone ("14:45 UTC+3"), or a time in a sentence ("at 11:30 Tuesday").
# (It consumes the hour's first digit before it looks behind it: the engine skips from
# digit to digit instead of trying every position.)
_CLOCK_THEN_CAPITAL = re.compile(r"\d(?<!\S\d)\d?:\d{2} (?=[A-Z])")
_ZONE_WORD = re.compile(r"(?:UTC|GMT|MSK|CST|HKT|SGT|MYT|PHT|EDT|EST|EET|CET|BST)(?![A-Za-z])")  # "GMT30 April"
_NOT_ITEM = re.compile(
    r"(?:AM|PM|A\.M\.|P\.M\.|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|" + _MONTH + r" \d"
    r"|(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|local) [Tt]ime)\b"  # "11:30 Moscow time", "09:00 Hong Kong time"
)
# Words before a time in a sentence: "leaves at 06:45", "until 23:10".
_TIME_PREPOSITIONS = frozenset(
    "at until till from by to before after around about since between and or than".split()  # noqa: SIM905
)
# A title in sentence case ends where a sentence starts: a capitalised opening word
# after a word in lower case ("... from Vologda churches The exhibition will run").
_SENTENCE_OPENER = re.compile(
    r"(?<=[a-z0-9] )(?:(?:The|A|An|In|On|At|For|This|These|It|Its|As|After|With|From|By|When|While|Some|Many)\b"
    r"|[“\"](?=[A-Z][^”\"]{0,200}[.,!?][”\"]))"  # a quotation opening a sentence, not a title's
)
# Words title case leaves in lower case.
_TITLE_SMALL_WORDS = frozenset(
    "a an the and or but nor of to in on at for by with from as into over after vs via up off".split()  # noqa: SIM905
)
# Words that a name follows in a sentence: "in Brittany", "during New Year", "said Tom".
_NAME_PREFIXES = (
    "during near across against among around about before after between under through toward towards "
    "without within outside inside beyond like than per past said says told north south east west "
    "northern southern eastern western central northeastern northwestern southeastern southwestern"
)
_BEFORE_NAMES = _TITLE_SMALL_WORDS | frozenset(_NAME_PREFIXES.split())
# The end of a menu: capitalised items, one after another.
_MENU_RUN = re.compile(r"(?:(?:[A-Z][\w'’.-]*|&) ){4,}$")
_WORD_SPAN = re.compile(r"\S+")
#: A headline printed twice: its first words, and the least length they take.
_TWICE_WORDS = 5
_TWICE_CHARS = 20
_LABEL = re.compile(
    r"(?:(?:Last )?Updated|\([Uu]pdated|Published(?: on)?|Modified|Posted|更新时间|发布时间)\s*[:：]?\s*$"
)
_ATTRIBUTION = re.compile(r"[(（][A-Z][\w' ]{1,30}[)）]\s*$")
# A name's word: capitalised, and not the month or weekday of a date ("By A B July 4, 2024",
# "By A B Friday, July 4"); "Mark", "Julia", "May Lim" and "Augustine" are names.
_MONTH_WORD = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY_WORD = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\.?"
_NAME = (
    r"(?!" + _MONTH_WORD + r",? ?\d|" + _WEEKDAY_WORD + r",? ?(?:\d|" + _MONTH_WORD + r" ?\d)"
    r"|(?:Published|Updated|Modified|Source|Posted|Share|Copied|Copy|Print|Email|Follow|Subscribe)\b)[A-Z][\w'’.-]+"
)
_BYLINE = re.compile(
    r"(?=[Bb]y )"  # most positions fail the lookahead at once, before the lookbehinds are tried
    r"(?<!Picture )(?<!Pictures )(?<!Photo )(?<!Photos )\b[Bb]y "
    + _NAME
    + r"(?: "
    + _NAME
    + r"){0,3}(?: in [A-Z][a-z]+)?"
    r"(?:(?:, | and )" + _NAME + r"(?: " + _NAME + r"){0,3}(?: in [A-Z][a-z]+)?)*(?: \([^()]{2,40}\))?"
    r"(?: \| [^|]{2,40} \|)?(?: / (?:Staff|Contributing) (?:reporter|writer)s?(?:, with [A-Z]{2,6})?)?"
    # "By Siti Aminah Razak Volunteers stack sandbags": the byline ends before the sentence;
    # a date or a time may follow it ("By Ana Ruiz on July 4, 2024", "on Thu, Nov 9").
    r"(?![\w'’-]| (?!(?:on|at) (?:\d|" + _MONTH_WORD + "|" + _WEEKDAY_WORD + r"))[a-z])"
)
_DATELINE = re.compile(
    # Each form starts with a capital or a Chinese agency's name: the lookahead fails most
    # positions at once, before the forms are tried.
    r"(?=[A-Z" + _initials(CHINESE_LEAD_NAMES) + r"])(?:"
    # A place of at most six words of bounded length: a run of capitals can start anywhere in
    # a long line, so an unbounded run would make the scan quadratic. Possessive: what
    # follows a word of capitals (a space, a comma) or the words (a month, "(", "/") is
    # none of them, so giving one back never finds a match, and "U.S. U.S. ..." would try
    # every split of every word.
    r"(?<![\w,/])(?:[A-Z][A-Z.'’-]{1,30}+(?: [A-Z][A-Z.'’-]{1,30}+){0,5}+"
    r"(?:, [A-Z][A-Za-z.]{1,30}(?: [A-Z][A-Za-z.]{1,30})?)?"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),? "
    # With its date, the agency in brackets needs no dash ("Kaohsiung, Nov. 8 (CNA) "); without
    # it, it does ("Buenos Aires (AFP) – "), or "National Library Board (NLB) tests" would be one.
    r"(?:" + _MONTH + r" \d{1,2}\.? \([A-Za-z][\w .-]{1,25}\)(?:\s?(?:--|—|–|-))?"
    r"|\([A-Za-z][\w .-]{1,25}\)\s?(?:--|—|–|-)"
    r"|(?:" + _MONTH + r" \d{1,2}\.? )?/[A-Z]{2,10}/\.(?:\s?(?:--|—|–|-))?)\s"
    r"|(?<![\w,])[A-Z]{2,30}(?: [A-Z]{2,30}){0,5}, " + _MONTH + r" ?\d{1,2} [—–] "
    r"|(?<![\w,])[A-Z]{3,30}(?: [A-Z]{2,30}){0,5} [—–] (?=[A-Z])"
    r"|" + alternation(CHINESE_LEAD_NAMES) + r"[\u4e00-\u9fff]{0,8}(?:\d{1,2}月\d{1,2}日)?(?:电|消息))"
)
# What a credit inside running text starts with, as a character class's members: a capital,
# a bracket, "©", a dash, a Chinese agency's name; or the space before a slash ("... 2024.
# /Xinhua"). The outlets' own forms too (tests/test_openings.py holds them to it).
CREDIT_OPENS = r"A-Z(（\[©—–" + _initials(CHINESE_REPORTER_NAMES)
# Credits inside running text; each ends a caption that began at the last sentence start.
_CREDITS = re.compile(
    # The lookahead fails most positions at once, before the forms are tried.
    r"(?=["
    + CREDIT_OPENS
    + r"]|(?<=[.!?]) /)(?:"
    # The outlets' own forms first ("Photo: A B, Taipei Times", "REUTERS/A B", "(AP Photo/A B)"):
    # at one position they win over the general ones ("Photo: A B").
    + "".join(f"{form}|" for form in CREDIT_FORMS)
    + r"\(Photo by [^()/]{2,40}/[^()]{2,40}\)"
    r"|[(（\[](?:[^()（）\[\]/]{2,40}/[^()（）\[\]]{2,40})[)）\]]"
    r"|(?<=[.!?]) /" + alternation(SLASH_CREDITS) + r"(?: Photo)?\b"  # "... 2024. /Xinhua"
    r"|(?:[A-Z]{2,6} )?PHOTO: [A-Z][A-Z .'-]{1,30}(?=\s[A-Z][a-z]|\s[A-Z]{2,}\s[a-z])"
    r"|(?:Photo|Illustration): (?:[A-Z][\w'-]+ ){0,3}?(?:"
    + alternation(LABEL_CREDITS)
    + r"|[A-Z]{2,6} Pictures|[A-Z][\w'-]+/GT|[A-Z][\w'-]+ [A-Z][\w'-]+/GT)\b"
    # A source of one word, or a person: "... Shek O. Photo: Wallace Ip" (not "Photo: Shutterstock Analysts said").
    r"|(?<=[.!?] )Photos?: (?:(?:Bloomberg|Shutterstock|Weibo|Getty Images|Imaginechina|Handout|AFP|EPA)\b"
    r"|[A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*(?! [a-z]))?)(?= )"
    # "Photo courtesy of the Taipei Economic and Cultural Representative Office in the U.S."
    r"|Photos? courtesy of (?:the )?[A-Z][\w'&-]*(?!\w)(?: (?:(?:and|of|for|the|in) )*[A-Z][\w'&-]*(?![\w.])){0,8}"
    r"(?: (?:(?:and|of|for|the|in) )*[A-Z][\w.]*\.|\.)"  # small words only up to a full stop
    r"|Photos? courtesy of (?:the )?[A-Z][\w'&-]*(?: [A-Z][\w'&-]*){0,5}"
    r"|[—–] (?:Picture|Photo) by [A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*){0,3}|[—–] [A-Z][a-z]+ pic\b"
    r"|©\s?[A-Z][\w'-]+(?: [A-Z][\w'-]+)? / [A-Z][\w'-]+(?: [A-Z][\w'-]+)?"
    r"|©\s?[A-Z][\w'-]+(?: [A-Z][\w'-]+)?/[A-Z][A-Za-z]{1,9}\b"  # "© Yegor Platonov/TASS", ".../Xinhua"
    r"|©\s?[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}, " + alternation(NAMED_COPYRIGHT_CREDITS) + r"\b(?:/File)?"
    r"|©\s?" + alternation(COPYRIGHT_CREDITS) + r"(?= [A-Z])"
    r"|\b[A-Z]{2,}(?: [A-Z]{2,}){1,2} / [A-Z][A-Z .]{2,30}[A-Z]\b"  # "WANG JING / CHINA DAILY", not "PM / UPDATED"
    r"|[（(]" + alternation(CHINESE_REPORTER_NAMES) + r"(?:记者|发)\s*[\u4e00-\u9fff·]{2,6}\s*摄[)）]"
    r"|" + alternation(CHINESE_REPORTER_NAMES) + r"(?:记者|发)\s*[（(]?\s*[\u4e00-\u9fff·]{2,6}\s*摄[)）]?)"
)
# Where a sentence starts: after a word's sentence end (not an initial's: "N.M.") and a
# space, before a capital or a quote.
_SENTENCE_START = re.compile(
    r"(?<=[a-z0-9)”\"][.!?])(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.)(?<!Sept\.)"
    # Not after a title or a short form before a name: "St. Petersburg", "Dr. Li", "Gov. Ige"
    # ("King Jr." and "Auburn Ave." may end a sentence).
    r"(?<!\b(?:St|Mr|Ms|Dr|Mt|Ft)\.)(?<!\b(?:Mrs|Gen|Col|Gov|Sen|Rep)\.)(?<!\bProf\.)"
    r"\s+(?=[A-Z“\"\d])"
    r"|(?<=[。！？”])\s*(?=[\u4e00-\u9fff“\d])"
)
# Share and menu words a page prints before its article: the text after them starts anew.
# After a title's small word they are words of the headline ("Towns to Share").
_WIDGETS = re.compile(
    r"(?=[A-Z])"  # each is capitalised: the lookahead fails most positions at once
    r"\b(?:Share:?|Copy|Link copied|Email|Facebook|Twitter|X|Reddit|LinkedIn|Pinterest|Flipboard|Print|Subscribe"
    r"|Sign In Register|Sign In|Sign in|Log in|Read More|(?<!'s )WhatsApp|Telegram|Search|NEWS WIRES|Reading time"
    r"|Advertising|CLOSE|WeChat|Copied|I agree)(?= [A-Z]|(?P<duration> \d{1,2}:\d{2})(?= [A-Z]))"
)
# Furniture glued into the text, and end markers: lines of their own, cut on both sides.
_FURNITURE = re.compile(
    # The characters the furniture starts with, and the editors' slug after a sentence: the
    # lookahead fails most positions at once.
    r"(?=[A-Z(\d_相热]|(?<=[.!?”\"] )[a-z])(?:"
    r"Advertisement|ADVERTISEMENT|Story continues|Add your comment"
    r"|Back to Top Close|RELATED STORIES|Related Stories|RELATED ARTICLES"
    r"|Related Articles|TOP PICKS|Top Picks|Most Read|Most Viewed|Most Popular|Today's Top News"
    r"|Recommended Stories|Read Next|RELATED COVERAGE"
    r"|Reading Time:\s?\d+ minutes?"
    r"|More On This Topic|Tags:|\d{1,2} (?:MIN READ|min read)|\((?:Web editor|Editor): [^()]{2,60}\)"
    r"|Enditem(?:/\w+)?|相关新闻|热点推荐|_{3,}|More >>|(?<=[.!?”\"] )(?:Photos|Videos?|Related)(?= [A-Z])"
    r"|(?<=[.!?] )\d{1,2}:\d{2}(?= [A-Z])"  # a video's duration between paragraphs: "... Far East. 00:33 Young ..."
    r"|(?<=[.!?”\"] )[a-z]{2,4}(?:/[a-z]{2,4})+(?!\S)"  # the editors' slug after the last paragraph: "ach/jj"
    r")"
)
_AD_SLOTS = frozenset({"Advertisement", "ADVERTISEMENT"})
_RUN_ENDS = frozenset('.!?"”')
# A list's items: "• ...", or "- ..." after a sentence's end. (The mark is read before what
# stands around it: the engine skips from mark to mark.)
_BULLET = re.compile(r"[•-](?:(?<=•)\s|(?<=[.!?”] -) (?=[A-Z]))")
# What a marker of a line of its own starts with, as a character class's members; the
# outlets' closing lines' too (tests/test_openings.py holds them to it).
MARKER_OPENS = "A-Z(©来來【责编"
# Where a line of its own starts: end markers, source and editor lines.
_MARKERS = re.compile(
    # The lookahead fails most positions at once, before the markers are tried.
    r"(?=[" + MARKER_OPENS + r"])(?:"
    r"Source\(s\):|Source:\s?(?=[A-Z])|(?<!图片)(?<!圖片)[来來]源\s*[：:]|\((?:Web editor|Editor):|\(For the latest"
    r"|Reporting by"
    r"|\(Reporting [Bb]y|(?<!; )Additional reporting by|\(By [A-Z]|Copyright\b|©\s?\d{4}|Related:"
    r"|READ MORE:|Read more:|More from|MORE FROM|Latest News|Topics\b"
    r"|【纠错】|责任编辑\s*[：:]"
    r"|编辑\s*[：:]"
    r"|The (?:author|writer)s? (?:is|are) |Contact the writers? "
    + "".join(f"|{start}" for start in CLOSING_STARTS)
    + ")"
)

# Per outlet, its own furniture and line starts on collapsed pages, one regex each.
_OWN_FURNITURE = {p.name: re.compile("|".join(p.oneline_furniture)) for p in OUTLETS if p.oneline_furniture}
_OWN_STARTS = {p.name: re.compile("|".join(p.oneline_starts)) for p in OUTLETS if p.oneline_starts}
# The tight breadcrumb's first level, among the outlet's top sections: "Asia/ East Asia",
# or glued to the next level, "Hong KongHealth & Environment".
_OWN_TIGHT_CRUMB = {
    p.name: re.compile(r"(?<!\S)(?:" + "|".join(map(re.escape, p.top_sections)) + r")(?:/ (?=[A-Z])|(?=[A-Z][a-z]))")
    for p in OUTLETS
    if p.top_sections
}


def collapsed(lines: list[Line]) -> bool:
    """Whether the page was collapsed onto one line (or a few very long ones)."""
    return 0 < len(lines) <= 3 and any(_long(line.text) for line in lines)


def _long(text: str) -> bool:
    """Whether a line is as long as a collapsed page. A Chinese character says about as
    much as half a word, so it counts for several letters; but Chinese prose has no
    spaces, and a Chinese page collapsed onto one line has one wherever a line ended."""
    if len(text) >= settings.ONELINE_MIN_CHARS:
        return True
    if not has_cjk(text) or text.count(" ") < settings.MIN_CJK_ONELINE_SPACES:
        return False
    return len(text) + (settings.CJK_CHAR_WEIGHT - 1) * len(CJK.findall(text)) >= settings.ONELINE_MIN_CHARS


def explode(raw: str, lines: list[Line], profile: OutletProfile | None, budget: Budget | None = None) -> list[Line]:
    """The lines of a collapsed page, cut back where its parts meet; offsets keep
    pointing into ``raw``. ``budget`` is checked between the parts of the page and
    between its timestamps."""
    pieces: list[Line] = []
    for line in lines:
        if not _long(line.text):
            pieces.append(Line(len(pieces), line.text, line.start, line.end, True))
            continue
        text, cursor = line.text, line.start
        cuts, headline_ends = _cuts(text, profile, budget or Budget(None))
        for start, end in itertools.pairwise(sorted({0, len(text), *cuts})):
            piece = text[start:end].strip()
            if not piece:
                continue
            found = raw.find(piece, cursor, line.end)
            span = (found, found + len(piece)) if found >= 0 else (line.start, line.end)
            cursor = span[1] if found >= 0 else cursor
            # What follows a headline is its standfirst: no gap between them, as on a page.
            pieces.append(Line(len(pieces), piece, span[0], span[1], start not in headline_ends))
    return _join_across_ads(pieces)


def _join_across_ads(pieces: list[Line]) -> list[Line]:
    """An ad slot printed inside a run of article text does not end its paragraph: on a
    collapsed page only captions do. The joined line's span still covers the ad."""
    joined: list[Line] = []
    index = 0
    while index < len(pieces):
        line = pieces[index]
        while (
            index + 2 < len(pieces)
            and pieces[index + 1].text in _AD_SLOTS
            and _is_run(line.text)
            and _is_run(pieces[index + 2].text)
        ):
            after = pieces[index + 2]
            line = Line(0, f"{line.text} {after.text}", line.start, after.end, line.gap_before)
            index += 2
        joined.append(Line(len(joined), line.text, line.start, line.end, line.gap_before))
        index += 1
    return joined


def _is_run(text: str) -> bool:
    """A run of article text: sentences, the last one ended."""
    starts = text[:1].isupper() or text[:1] in '“"‘'
    return len(text.split()) >= settings.MIN_PROSE_WORDS and text[-1:] in _RUN_ENDS and starts


def _cuts(text: str, profile: OutletProfile | None, budget: Budget) -> tuple[set[int], set[int]]:
    """Where ``text`` is cut, and which of the cuts end a headline."""
    cutter = _Cutter(text, profile, budget)
    for part in (
        cutter.header,
        cutter.linked_titles,
        cutter.stamps_and_sections,
        cutter.leads_and_bylines,
        cutter.furniture,
        cutter.captions,
        cutter.headline_parts,
    ):
        budget.check_now()
        part()
    return cutter.cuts, cutter.headline_ends


class _Cutter:
    """The cuts of one collapsed line, found part by part; later parts see earlier cuts."""

    def __init__(self, text: str, profile: OutletProfile | None, budget: Budget) -> None:
        self.text = text
        self.profile = profile
        self.budget = budget
        self.cuts: set[int] = set()
        #: Cuts that end a headline: what follows is its standfirst.
        self.headline_ends: set[int] = set()
        self.title: re.Match[str] | None = None
        self.crumb: re.Match[str] | None = None
        #: Where a headline that a menu or breadcrumb runs into starts.
        self.opening: int | None = None
        self.stamps: list[tuple[int, int]] = []
        #: Whether the line holds Chinese: the Chinese forms are not searched for in one that does not.
        self.chinese = has_cjk(text)

    def header(self) -> None:
        """The page's title, and the menu, breadcrumb and section above the headline."""
        text, cuts, limit = self.text, self.cuts, settings.ONELINE_TITLE_CHARS
        self.title = title = _TITLE.search(text, 0, limit)
        if title is not None:
            cuts.add(title.end())
            # The page prints its headline again above the article: a line of its own.
            headline = text[: title.start()].strip()
            again = text.find(headline, title.end()) if len(headline) >= 20 else -1
            if again < 0 and (tail := _SECTION_TAIL.search(headline)) is not None:
                headline = headline[: tail.start()]  # "... celebrations - World - TASS": " - World" is the section
                again = text.find(headline, title.end()) if len(headline) >= 20 else -1
            if again >= 0:
                cuts.update((again, again + len(headline)))
                self.headline_ends.add(again + len(headline))
                # A breadcrumb just above it ("... CARTOON OPINION / VIEWPOINT") is the section.
                crumb = _CRUMB.search(text, max(0, again - 80), again)
                kicker = crumb.start() if crumb is not None else _kicker(text, title.end(), again)
                if kicker is not None:
                    cuts.add(kicker)
        else:
            self._headline_twice(limit)
        menu = _MENU_THEN_HEADLINE.search(text, 0, limit)
        crumb_pattern = (_OWN_TIGHT_CRUMB.get(self.profile.name) if self.profile else None) or _TIGHT_CRUMB
        tight = crumb_pattern.search(text, 0, limit)
        if tight is not None:
            # "... Sport Asia/ East Asia South Korea turns subway stations ...": the crumb's
            # leaf, then the headline, which keeps the name the page prints again further on.
            first = _first_capital_before_lower(text, tight.end())
            if first is not None:
                self.opening = _name_start(text, tight.end(), first, first + 1)
                cuts.update((tight.start(), self.opening))
                menu = None
        if menu is not None:
            self.opening = _name_start(text, menu.start(), menu.start("headline"), menu.end())
            cuts.add(self.opening)
            kicker = _kicker(text, 0, self.opening)  # the menu may start before the run the regex found
            if kicker is not None:
                cuts.add(kicker)
        self.crumb = (
            _HOME_CRUMB.search(text, 0, limit)
            or _EDITION_CRUMB.search(text, 0, limit)
            or _CAPS_CRUMB.search(text, 0, limit)
            or (_CJK_CRUMB.search(text, 0, limit) if self.chinese else None)
        )
        if self.crumb is not None:
            cuts.update(self.crumb.span())
        # The Chinese forms print Chinese, but for QQ's widgets ("QQ Qzone"): a line without
        # any is not searched for them.
        if self.chinese or "QQ" in text or "Qzone" in text:
            for match in _CJK_WIDGETS.finditer(text):
                cuts.update(match.span())
        if self.chinese:
            for pattern in (_CJK_BYLINE, _CJK_FURNITURE):
                for match in pattern.finditer(text):
                    cuts.update(match.span())
            cjk_menu = _CJK_MENU_THEN_HEADLINE.search(text, 0, limit)
            if cjk_menu is not None:
                cuts.add(cjk_menu.end())
            cuts.update(match.end() for match in _CJK_EDITOR.finditer(text))

    def _headline_twice(self, limit: int) -> None:
        """A headline printed twice near the top, with the standfirst between ("Asia
        <headline> <standfirst> <headline> <caption>", CNA's way): both copies lines of
        their own. The first run of _TWICE_WORDS words that the header prints again, as far
        as both copies go on alike."""
        text, cuts = self.text, self.cuts
        starts = [match.start() for match in _WORD_START.finditer(text, 0, limit)]
        for n, start in enumerate(starts[:-_TWICE_WORDS]):
            run = text[start : starts[n + _TWICE_WORDS] - 1]
            if len(run) < _TWICE_CHARS:
                continue
            again = text.find(run, start + len(run), limit + len(run))
            if again < 0 or text[again - 1 : again] not in (" ", ""):
                continue
            length = len(run)
            end = min(again - start, len(text) - again)
            while length < end and text[start + length] == text[again + length]:
                length += 1
            # Both copies end where a word ends in both (else at the last space they share).
            if any(text[at + length : at + length + 1].isalnum() for at in (start, again)):
                length = text.rfind(" ", start, start + length) - start
            length = len(text[start : start + length].rstrip())
            # A headline's copies start with a capital, and a line starts after each: a
            # phrase that the lead repeats ("Wang Yi, director of ... meets with") does not.
            if not all(text[at : at + 1].isupper() for at in (start, again, start + length + 1, again + length + 1)):
                continue
            if text[start + length - 1] in ".!?" or ". " in text[start : start + length]:
                continue  # sentences repeated, no headline
            cuts.update((start, start + length, again, again + length))
            self.headline_ends.add(start + length)  # the standfirst follows the first copy
            return

    def linked_titles(self) -> None:
        """Share counters before a headline in title case ("0 0 0 Russian, Chinese Scientists
        to Launch ..."), and a related link's title ("READ MORE: Far East Opens ..."): the
        text after the title starts anew, and what follows a headline is its standfirst."""
        text = self.text
        counters = _COUNTERS.finditer(text, 0, settings.ONELINE_TITLE_CHARS)
        for match in itertools.chain(counters, _LINK_TITLE.finditer(text)):
            self.cuts.update(match.span())
            end = _title_end(text, match.end())
            # "Read also Chinese airlines to operate ... holiday — regulator People walk past ...":
            # a linked title with no sentence's opening word after it, within a headline's
            # length, ends at the first capital that no name would follow.
            far = end is None or len(text[match.end() : end].split()) > settings.MAX_HEADLINE_WORDS
            if match.re is _LINK_TITLE and far:
                end = _first_break(text, match.end() + 1, match.end() + settings.MAX_HEADLINE_CHARS)
            if end is not None:
                self.cuts.add(end)
                if match.re is _COUNTERS:
                    self.headline_ends.add(end)

    def stamps_and_sections(self) -> None:
        """The times, a news ticker's items, and what stands next to the article's time."""
        text, cuts, profile = self.text, self.cuts, self.profile
        # A news ticker above the article ("All news 3 December 2019 09:12 Russian stock ...
        # 08:55 Klyuchevskoy volcano ..."): each item is a line of its own, and a ticker's time
        # is not the article's, even right after the date heading its items.
        ticker = _ticker(text)  # in order
        cuts.update(ticker)
        for start, end in _stamps(text, profile, self.budget):
            within = bisect.bisect_left(ticker, start)
            clock = ticker[within] if within < len(ticker) and ticker[within] < end else None
            cuts.update((start, end) if clock is None else (start, clock))
            if clock is None:
                self.stamps.append((start, end))
                self._around_stamp(start, end)
        if not self.stamps:
            return
        first_start, first_end = self.stamps[0]
        # A menu item printed again just above the first stamp is the section ("... Photo
        # Video Asia & Pacific 22:57 GMT 28.04.2020").
        kicker = _kicker(text, 0, first_start)
        before_stamp = profile is not None and "before_stamp" in profile.section
        if kicker is not None and (before_stamp or _MENU_RUN.search(text, max(0, kicker - 80), kicker)):
            cuts.add(kicker)
        elif before_stamp and (caps := _CAPS_KICKER.search(text, max(0, first_start - 40), first_start)):
            cuts.add(caps.start())  # "... Wealth Life WORLD NEWS JANUARY 22, 2020 / 11:05 PM"
        if profile is not None and profile.stamp_above_headline:
            title_end = _title_end(text, first_end)
            if title_end is not None:
                cuts.add(title_end)
                self.headline_ends.add(title_end)

    def _around_stamp(self, start: int, end: int) -> None:
        text, cuts = self.text, self.cuts
        # An author before the time, the surname in capitals (AFP's way).
        author = _AUTHOR_BEFORE.search(text, max(0, start - 60), start)
        if author is not None:
            cuts.add(author.start())
        # An agency named alone before the time, China Daily's way: "... crowds Xinhua |
        # Updated: 2025-01-01 16:05". It starts the line, unless a byline's bar stands
        # before it ("By A in Jinan | China Daily | Updated: ...").
        agency = _AGENCY_BAR.search(text, max(0, start - 40), start)
        if (
            agency is not None
            and canonical_name(agency["name"]) is not None
            and not text[max(0, agency.start("name") - 3) : agency.start("name")].rstrip().endswith("|")
        ):
            cuts.add(agency.start("name"))
        # The outlet's name printed alone as the byline, just after the time ("Updated
        # 2025.01.03 17:40 GMT+8 CGTN Skiers ride ..."): a line of its own.
        for name in self.profile.bare_byline if self.profile is not None else ():
            if text.startswith(f" {name} ", end) and text[end + len(name) + 2 : end + len(name) + 3].isupper():
                cuts.add(end + len(name) + 1)
                break

    def leads_and_bylines(self) -> None:
        """Dates printed alone, kickers, dateline leads, and the bylines above the first lead."""
        text, cuts, limit = self.text, self.cuts, settings.ONELINE_TITLE_CHARS
        for match in _DATE_ONLY.finditer(text, 0, limit):
            cuts.update(match.span())
        for match in _KICKER.finditer(text, 0, limit):
            cuts.add(match.start())
        first_lead = None
        for match in _DATELINE.finditer(text):
            cuts.add(match.start())
            first_lead = match.start() if first_lead is None else first_lead
        for match in _BYLINE.finditer(text, 0, first_lead or len(text) // 3):
            # A byline keeps what it names with it: "By A, B (People's Daily Online)" is one line,
            # though the attribution could open the time after it.
            cuts.difference_update(range(match.start() + 1, match.end()))
            cuts.update(match.span())

    def furniture(self) -> None:
        """Markers that start a line, furniture cut out on both sides, lists and widgets."""
        text, cuts, profile = self.text, self.cuts, self.profile
        own_starts = _OWN_STARTS.get(profile.name) if profile is not None else None
        own_furniture = _OWN_FURNITURE.get(profile.name) if profile is not None else None
        for starts in (_MARKERS, own_starts):
            if starts is not None:
                cuts.update(match.start() for match in starts.finditer(text))
        for furniture in (_FURNITURE, own_furniture, _GALLERY):
            if furniture is not None:
                for match in furniture.finditer(text):
                    cuts.update(match.span())
        cuts.update(match.start() for match in _BULLET.finditer(text))
        cuts.update(match.end() for match in _ENDS_LINE.finditer(text))
        if self.stamps and self.chinese:  # a Chinese article's, below its headline and stamp, above its end
            start = self.stamps[0][1]
            end = _CJK_ARTICLE_END.search(text, start)
            stop = end.start() if end else len(text)
            # Not inside brackets ("（新华社记者 宋卫东 摄）"): the last bracket before the
            # space opens none. Found by bisection, not a scan back from each space.
            brackets = [(m.start(), m[0] == "（") for m in _CJK_BRACKET.finditer(text, start, stop)]
            positions = [at for at, _ in brackets]
            for match in _CJK_LINE_END.finditer(text, start, stop):
                last = bisect.bisect_left(positions, match.start()) - 1
                if last < 0 or not brackets[last][1]:
                    cuts.add(match.end())
        for match in _LIST_IN_BODY.finditer(text):
            cuts.update(match.span())
            paragraph = _after_list(text, match.end())
            if paragraph is not None:
                cuts.add(paragraph)
        for match in _WIDGETS.finditer(text):
            if _word_before(text, match.start()) in _TITLE_SMALL_WORDS:
                continue  # a word of the headline after its small word: "Towns to Share Flood ..."
            if match["duration"] and _ZONE_WORD.match(text, match.end("duration") + 1):
                cuts.add(match.end())  # "Subscribe 09:14 GMT 03.02.2023": a time, no duration
            elif match["duration"]:
                cuts.update((match.end(), match.end("duration")))  # "Share Copied 01:12": a video's duration
            else:
                cuts.add(match.end())

    def captions(self) -> None:
        """A caption is the sentence before its credit: it starts at the last sentence start
        or the last cut before the credit, whichever is nearer."""
        text, cuts, crumb = self.text, self.cuts, self.crumb
        ordered = sorted(cuts)  # the cuts so far, in order, kept so as each caption adds its own
        for match in _CREDITS.finditer(text):
            if crumb is not None and match.start() < crumb.end() and crumb.start() < match.end():
                continue  # "ODD CHINA / SOCIETY" is the breadcrumb, not a credit in capitals
            window = max(0, match.start() - 400)
            before = [m.end() for m in _SENTENCE_START.finditer(text, window, match.start())]
            nearest = bisect.bisect_left(ordered, match.start())
            if nearest and ordered[nearest - 1] >= window:
                before.append(ordered[nearest - 1])
            found = [match.end()]
            if before:
                # Right after a headline stands its standfirst: the credit is the hero image's alone.
                found.append(match.start() if max(before) in self.headline_ends else max(before))
            for cut in found:
                if cut not in cuts:
                    cuts.add(cut)
                    bisect.insort(ordered, cut)

    def headline_parts(self) -> None:
        """What the cuts so far leave run together around the headline: a wire's name above
        it, the section and headline after a menu, the standfirst, bare authors."""
        text, cuts, profile = self.text, self.cuts, self.profile
        # The header only: before the first time and the first dateline lead.
        header_end = min([settings.ONELINE_TITLE_CHARS, *(start for start, _ in self.stamps[:1])])
        for cut in [c for c in cuts if c < header_end]:
            wire = _WIRE_ABOVE.match(text, cut)
            wire_name = canonical_name(wire["wire"]) if wire is not None else None
            if wire is not None and wire_name is not None and (profile is None or wire_name != profile.name):
                cuts.add(wire.end("wire"))  # (the page's own name above its menu is no wire's)
        section_above = profile is not None and "before_headline" in profile.section
        if self.opening is None and self.title is None and not self.headline_ends and section_above:
            # A menu item printed again after the menu is the section above the headline ("...
            # Multimedia Radio Asia China, Russia to Hold ..."); the title runs to its standfirst.
            repeated = _repeated_item(text)
            if repeated is not None:
                cuts.update(repeated)
                end = _title_end(text, repeated[1])
                if end is not None:
                    cuts.add(end)
                    self.headline_ends.add(end)
        if self.opening is not None:
            # The standfirst under a headline the menu runs into, before the next cut ("...
            # soaring fuel costs Fishing crews in Brittany ... their costs. Published on: ...").
            following = min((c for c in cuts if c > self.opening), default=len(text))
            standfirst = _standfirst_start(text, self.opening, following)
            if standfirst is not None:
                cuts.add(standfirst)
                self.headline_ends.add(standfirst)
        if profile is not None and profile.bare_author and self.stamps:
            # Authors printed alone, one per line, before the time: on a collapsed page their
            # names run together ("Wynona Kwan Brendan Lai Published: ..."); two words each.
            stamp = self.stamps[0][0]
            names_start = max((c for c in cuts if c < stamp), default=0)
            words = list(_WORD_SPAN.finditer(text, names_start, stamp))
            if _NAME_PAIRS.fullmatch(text, names_start, stamp) is not None:
                cuts.update(word.start() for word in words[2::2])
            elif _NAME_WORDS.fullmatch(text, names_start, stamp) is not None:
                # Five names' words or more ("Chin Soo Ling Ng Keng Gene"): two of three words
                # or three of two? Not known, so no names; nor is the run a headline.
                cuts.update(word.start() for word in words[1:])


def _title_end(text: str, start: int) -> int | None:
    """Where a title that starts at ``start`` ends. In title case (a small word in lower
    case, the next word capitalised: "Scientists to Launch"), at the capitalised word
    before the first lower-case word that title case would capitalise ("... Water Quality
    Researchers from the two"); in sentence case, where a sentence starts ("... from
    Vologda churches The exhibition")."""
    last_capital = None
    title_case = False
    after_small = False
    for word in _WORD_SPAN.finditer(text, start, start + settings.MAX_HEADLINE_CHARS):
        token = word[0]
        if token[:1].isupper():
            title_case = title_case or after_small
            last_capital = word.start()
            after_small = False
        elif token in _TITLE_SMALL_WORDS:
            after_small = True
        else:
            if title_case and last_capital is not None and last_capital > start:
                return last_capital
            break  # sentence case: "Russian President Vladimir Putin signs law ..."
    opener = _SENTENCE_OPENER.search(text, start, start + settings.MAX_HEADLINE_CHARS)
    return opener.start() if opener is not None else None


def _ticker(text: str) -> list[int]:
    """Where the items of news tickers start: a time, then a headline, with the next time
    close after it and no sentence between. A time in a sentence is no item, and a time
    followed by its zone ends a ticker: it is the article's stamp."""
    clocks: list[tuple[int, bool]] = []
    for match in _CLOCK_THEN_CAPITAL.finditer(text):
        if _ZONE_WORD.match(text, match.end()):
            clocks.append((match.start(), False))
            continue
        before = _word_before(text, match.start()).lower()
        if not _NOT_ITEM.match(text, match.end()) and before not in _TIME_PREPOSITIONS:
            clocks.append((match.start(), True))
    close = settings.MAX_TICKER_ITEM_CHARS
    return [
        start
        for (start, item), (following, _) in itertools.pairwise(clocks)
        if item and following - start <= close and not _SENTENCE_START.search(text, start, following)
    ]


def _repeated_item(text: str) -> tuple[int, int] | None:
    """Where the first word of a page's opening run of capitalised words that repeats one
    before it starts, and where the word after it starts."""
    seen: set[str] = set()
    words = list(_WORD_SPAN.finditer(text, 0, settings.ONELINE_TITLE_CHARS))
    for index, word in enumerate(words[:-1]):
        token = word[0].rstrip(",")
        if token == "&":
            continue
        if not token[:1].isupper():
            return None
        if token in seen and index >= settings.MIN_MENU_ITEMS and words[index + 1][0][:1].isupper():
            return word.start(), words[index + 1].start()
        seen.add(token)
    return None


def _first_capital_before_lower(text: str, start: int) -> int | None:
    """The capitalised word before the first word in lower case (a small word aside)."""
    last_capital = None
    for word in _WORD_SPAN.finditer(text, start, start + settings.MAX_HEADLINE_CHARS):
        if word[0][:1].isupper():
            last_capital = word.start()
        elif word[0] not in _TITLE_SMALL_WORDS and word[0] != "&":
            return last_capital
    return None


def _name_start(text: str, menu_start: int, start: int, after: int) -> int:
    """Where a headline that a menu runs into starts, when it opens with a name of several
    capitalised words ("... Sport Culture New Taipei offers ..."): the words before
    ``start`` belong to it while the page prints them with it again further on ("the New
    Taipei City government")."""
    for _ in range(settings.MAX_NAME_WORDS - 1):
        before = text.rfind(" ", menu_start, start - 1)
        word = text[before + 1 : start - 1]
        following = text[start:].split(" ", 1)[0]
        if not word[:1].isupper() or text.find(f"{word} {following}", after) < 0:
            break
        start = before + 1
    return start


def _standfirst_start(text: str, headline: int, end: int) -> int | None:
    """Where a standfirst starts after a sentence-case headline at ``headline``, when the
    two run on to a full stop before ``end``: at the last capital after a word no name
    follows, before that full stop."""
    sentence = _SENTENCE_END.search(text, headline, end)
    if sentence is not None:
        end = sentence.start()
    elif len(text[headline:end].split()) <= settings.MAX_HEADLINE_WORDS:
        return None  # no full stop, and short enough to be the headline alone
    # A headline runs to a few words at least; of the capitals after that which no name
    # would follow, the standfirst's first word is one the page also writes in lower case
    # ("... costs Fishing crews", "fishing"); failing one, the first.
    breaks = [b for b in _breaks(text, headline, end) if len(text[headline:b].split()) >= settings.MIN_HEADLINE_WORDS]
    for start in breaks:
        word = text[start : start + 40].split(" ", 1)[0].strip(",.;:")
        if _written_in_lower_case(text, word):
            return start
    return breaks[0] if breaks else _last_break(text, headline, end)


def _breaks(text: str, start: int, end: int) -> list[int]:
    """The capitals between ``start`` and ``end`` after a word in lower case that no name
    follows ("... harbor repairs Iron ore"; not "in Brittany", "and Normandy", "during New Year")."""
    found = []
    for match in _HEADLINE_BREAK.finditer(text, start, end):
        before = _word_before(text, match.start())
        if before[:1].islower() and before.lower() not in _BEFORE_NAMES:
            found.append(match.start())
    return found


def _written_in_lower_case(text: str, word: str) -> bool:
    """Whether ``text`` also has ``word`` in lower case, as a word of its own."""
    lower = word.lower()
    found = text.find(lower)
    while found >= 0:
        before, after = text[found - 1 : found], text[found + len(lower) : found + len(lower) + 1]
        if not (before.isalnum() or before == "-") and not after.isalnum():
            return True
        found = text.find(lower, found + 1)
    return False


def _last_break(text: str, start: int, end: int) -> int | None:
    breaks = _breaks(text, start, end)
    return breaks[-1] if breaks else None


def _first_break(text: str, start: int, end: int) -> int | None:
    breaks = _breaks(text, start, end)
    return breaks[0] if breaks else None


def _after_list(text: str, start: int) -> int | None:
    """Where the paragraph after a list of linked headlines starts (see _LIST_IN_BODY)."""
    sentence = _SENTENCE_START.search(text, start, start + settings.MAX_LIST_CHARS)
    end = sentence.start() if sentence is not None else -1
    # A sentence's opening word ("The mayor said Tom Reinholt ...") is the surest break;
    # failing one, a capital after a word that no name follows ("... harbor repairs Iron ore").
    openers = [
        m.start()
        for m in _SENTENCE_OPENER.finditer(text, start, end)
        if _word_before(text, m.start()).lower() not in _BEFORE_NAMES  # not "... managers told The Associated Press"
    ]
    return openers[-1] if openers else _last_break(text, start, end)


def _overlaps(spans: list[tuple[int, int]], starts: list[int], lo: int, hi: int) -> bool:
    """Whether any of ``spans`` (sorted, each shorter than a stamp) overlaps [lo, hi)."""
    index = bisect.bisect_left(starts, lo - settings.MAX_STAMP_CHARS)
    while index < len(spans) and spans[index][0] < hi:
        if spans[index][1] > lo:
            return True
        index += 1
    return False


def _word_before(text: str, start: int) -> str:
    """The word before ``start``, as printed; only a few characters back are looked at,
    however long the line (a Chinese one may have no space for a long way)."""
    words = text[max(0, start - 30) : start].split()
    return words[-1] if words else ""


def _kicker(text: str, menu_start: int, headline: int) -> int | None:
    """Where the section printed above a reprinted headline starts: the last words
    before it, when the menu above lists them too ("... Americas Asia-Pacific ...
    Podcasts Americas <headline>")."""
    words = list(_WORD_SPAN.finditer(text, max(menu_start, headline - 60), headline))
    for count in range(min(3, len(words) - 1), 0, -1):
        start = words[-count].start()
        label = text[start:headline].strip()
        if f" {label} " in f" {text[menu_start : words[-count - 1].end()]} ":  # the menu lists it
            return start
    return None


def _stamps(text: str, profile: OutletProfile | None, budget: Budget) -> list[tuple[int, int]]:
    """Spans of the timestamps with a time in ``text``, each with its label or attribution.

    Linear in the text: a stamp holds one time and one date, so each time's candidates stay
    between the times next to it, and a time with no date written near it has none.
    """
    date_order = profile.date_order if profile else None
    zone_names = profile.zone_names if profile else None
    found: list[tuple[int, int]] = []
    clocks = list(_CLOCK.finditer(text))
    # The times that bound their neighbours' stamps ("+08:00" is a zone's offset, not a time).
    bounds = [m.span() for m in clocks if text[m.start() - 1 : m.start()] not in _OFFSET_SIGNS]
    bound_starts = [start for start, _ in bounds]
    dates = date_spans(text) if clocks else []  # (asked about near a time only)
    date_starts = [start for start, _ in dates]
    read: dict[str, bool] = {}  # candidate -> whether it is a stamp with a time
    for clock in clocks:
        budget.check()
        if found and clock.start() < found[-1][1]:
            continue
        best: tuple[int, int] | None = None
        # Candidate bounds: word edges, "|" counting as a space ("Xinhua| 2020-06-03 08:12:40|Editor"),
        # where a stamp can start (a digit, a month, a weekday) and end (a digit, am/pm, a zone).
        offset = max(0, clock.start() - 30)
        after = bisect.bisect_left(bound_starts, clock.start())
        floor = bounds[after - 1][1] - offset if after and bounds[after - 1][1] <= clock.start() else 0
        window = text[clock.start() : clock.end() + 30]
        following = bisect.bisect_right(bound_starts, clock.start())
        ceiling = bound_starts[following] - clock.start() if following < len(bounds) else len(window)
        if not _overlaps(dates, date_starts, offset + floor, clock.start() + ceiling):
            continue  # no date near this time ("12:30", "at 12:30"): no candidate can be a stamp
        before = text[offset : clock.start() + 1]
        starts = [m.start() for m in _WORD_START.finditer(before, floor) if _STAMP_START.match(before, m.start())]
        if not starts or not _overlaps(dates, date_starts, offset + starts[0], clock.start() + ceiling):
            continue  # the date is before any word a stamp can start with
        ends = [
            m.end()
            for m in _WORD_END.finditer(window)
            if _STAMP_END.search(window, max(0, m.end() - _STAMP_END_CHARS), m.end())
        ]
        # A stamp glued to what follows: "01:30Modified:", "9 Jul 2025Updated:".
        ends = sorted(
            e
            for e in {*ends, clock.end() - clock.start(), *(m.end() for m in _GLUED.finditer(window))}
            if e <= ceiling or e == clock.end() - clock.start()
        )
        for s in starts:
            start = offset + s
            for e in reversed(ends):
                end = clock.start() + e
                if best is not None and end - start <= best[1] - best[0]:
                    break  # no longer than the stamp found from an earlier start
                candidate = text[start:end].strip(" ,|")
                if candidate not in read:  # a page repeats its stamps (tickers, "Updated" lines)
                    stamp = parse_timestamp(candidate, date_order=date_order, zone_names=zone_names, fallback=False)
                    read[candidate] = isinstance(stamp, Stamp) and stamp.time is not None
                if read[candidate]:
                    best = (start, end)
                    break
        if best is None:
            continue
        if (
            _LABEL.search(text, max(0, best[0] - 20), best[0]) is None
            and _word_before(text, best[0]).lower() in _TIME_PREPOSITIONS
        ):
            continue  # a time in a sentence: "... until 2:00 a.m. on January 1 to take people home"
        label = _LABEL.search(text, max(0, best[0] - 20), best[0]) or _ATTRIBUTION.search(
            text, max(0, best[0] - 32), best[0]
        )
        # The update printed on the same line after a slash, relative: "... 11:05 PM / UPDATED
        # 3 HOURS AGO".
        update = _RELATIVE_UPDATE.match(text, best[1])
        joined = update is not None and ("/" in update[0] or text[max(0, best[1] - 3) : best[1]].rstrip().endswith("/"))
        found.append((label.start() if label is not None else best[0], update.end() if update and joined else best[1]))
    return found
