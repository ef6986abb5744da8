"""Reading a page's HTML: what its markup states, and the text a browser would show.

``read_markup(html)`` parses the page once (selectolax's lexbor engine: the fastest
well-kept HTML5 parser measured on the corpus, see docs/decisions.md) and returns a
:class:`Markup`: candidates for the headline, the times, the authors, the section, the
site and the language, each with the place it was read from (a JSON-LD path, a meta
name, an element), and the page rendered as text for the text reader.

Nothing here is fetched: links, ``<base>`` and the page's address are only read as
strings. Broken markup gives fewer candidates, never an error: a JSON-LD block that is
not JSON is skipped after a repair or two, and nesting deep enough to make the parser
slow is flattened first (:func:`_flattened`).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from html import unescape
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from . import settings
from .fields import is_person_name
from .profile import DateOrder
from .text import clean
from .timestamps import Stamp, find_stamp, parse_timestamp
from .world import address_date, host_of


@dataclass(frozen=True, slots=True)
class Found:
    """One value the markup states, and where: ``json-ld/0/@graph/1/headline``,
    ``meta[property=og:title]``, ``h1``."""

    value: str
    locator: str


@dataclass(frozen=True, slots=True)
class Instant:
    """A time the markup states: the moment (with its zone when stated) or only a day."""

    day: date
    moment: datetime | None  # naive when the markup states no zone
    found: Found

    @property
    def has_zone(self) -> bool:
        return self.moment is not None and self.moment.tzinfo is not None


@dataclass(frozen=True, slots=True)
class Figure:
    """A <figure>'s caption and the credit its markup sets apart (class "credit",
    "copyright", "photographer"), as printed."""

    text: str | None
    credit: str
    locator: str


@dataclass(slots=True)
class Markup:
    """What a page's markup states, each list in order of precedence, and its text."""

    text: str
    language: str | None = None
    address: str | None = None
    headlines: list[Found] = field(default_factory=list)
    published: list[Instant] = field(default_factory=list)
    modified: list[Instant] = field(default_factory=list)
    #: Groups of author names, one group per source (the first group that names anyone wins).
    authors: list[list[Found]] = field(default_factory=list)
    organisations: list[Found] = field(default_factory=list)
    #: The names that links to an author's page hold (href ".../author/ana-ruiz/"), in
    #: order: read only when no other source names anyone (see from_html).
    author_links: list[Found] = field(default_factory=list)
    #: The accounts those links name in their address (".../author/anaruiz/"), folded, by
    #: the words each link shows ("AR"): a CMS's account is often its writer's full name
    #: run together, where the link shows initials (see from_html).
    author_slugs: dict[str, list[str]] = field(default_factory=dict)
    #: The authors a JSON-LD WebPage states (a page's account, where no article is stated):
    #: a printed byline that names others stands over them (see from_html).
    page_authors: list[Found] = field(default_factory=list)
    #: The name a reply by the post's own author prints (WordPress marks the comment
    #: "bypostauthor"): read only when no other source names anyone (see from_html).
    post_author: Found | None = None
    #: The text of each link that holds a heading: another article's teaser, whose byline
    #: names that article's writer.
    teasers: list[str] = field(default_factory=list)
    #: The text of each picture's caption that credits its photographer (``<figcaption>``,
    #: or a block whose class names a caption): a name that opens one is the picture's
    #: subject, no byline.
    captions: list[str] = field(default_factory=list)
    #: The full name that signs the article, in bold or italics in the last of its
    #: paragraphs: read only when no other source names anyone (see from_html).
    signature: Found | None = None
    sections: list[Found] = field(default_factory=list)
    sites: list[Found] = field(default_factory=list)
    #: The words of headings that are the site's logo (a link to its home page): its name
    #: as the page prints it ("<h1 class=site-title><a href=/>Name</a>"), no headline.
    logos: list[str] = field(default_factory=list)
    #: The words of the page's first <h2> that has some (of its first MAX_H1, none meant
    #: for screen readers alone): the headline of a page whose <h1>, if any, is its site's
    #: or a section's, when the text reader finds that line likeliest too (see from_html).
    subheading: Found | None = None
    #: Figures whose caption the markup sets apart from its credit.
    figures: list[Figure] = field(default_factory=list)
    #: A day the page's address holds ("/2019/10/16/", "20220127-"): the publication
    #: day on most sites that put one there, used when nothing else gives one.
    address_day: Instant | None = None
    #: The first date printed in an element whose class names a date (<span
    #: class="news-date">12.12.2022</span>): used when nothing else gives one.
    dated: Instant | None = None
    #: The date a part of the page's title prints alone ("08.11.2021 | Headline"): used when
    #: nothing else gives one.
    titled: Instant | None = None
    #: Where the page's first headline ``<h1>`` (no logo) starts in ``text``: of the lines
    #: that print the headline, the article's (a list of the latest stories may print it too).
    heading_at: int | None = None
    #: How often each text of the page's ``<aside>`` blocks (a sidebar's, another story's
    #: card) stands there: a title printed only there is a teaser's, no line of the
    #: article's own (see from_html).
    asides: Counter[str] = field(default_factory=Counter)
    #: "DMY" when the page declares English of a region that writes the day first
    #: (lang="en-GB", og:locale "en_AU"): how "02/10/2020" reads on it.
    date_order: DateOrder | None = None

    @property
    def host(self) -> str | None:
        """The host of the page's address."""
        return host_of(self.address)


# -- rendering ----------------------------------------------------------------------

#: Elements a reader never sees.
_HIDDEN = (
    "script, style, noscript, template, svg, math, iframe, object, embed, head, nav, select, "
    "[hidden], [style*='display:none'], [style*='display: none']"
)
#: Elements whose content is never text a reader sees.
_NEVER_TEXT = "script, style, noscript, template"
#: Blocks set off by a blank line, as a browser's margins set them off when copied.
_PARAGRAPHS = "p, h1, h2, h3, h4, h5, h6, blockquote, figure, pre, table, ul, ol, dl, hr"
#: Blocks on lines of their own.
_BLOCKS = (
    "address, article, aside, dd, details, dialog, div, dt, fieldset, figcaption, footer, form, "
    "header, hgroup, li, main, section, summary, tr, caption, legend, center, time[data-block]"
)
#: Where the rendering breaks lines (a block's edge, a paragraph's, a <br>), marked by
#: characters no page keeps (read_markup drops them from the input) until the page's
#: own white space is collapsed.
_LINE_BREAK, _PARAGRAPH_BREAK, _BR = "\x00", "\x01", "\x02"
_MARKS = _LINE_BREAK + _PARAGRAPH_BREAK + _BR
#: Where the headline's <h1> starts, marked likewise until the text is rendered (see
#: Markup.heading_at): kept at the start of the line that follows the breaks around it.
_HEADING = "\x03"
# (A run is matched from its start only: the page's text may hold the heading's mark, an
# entity the parser decodes, in runs without a break, which the run's first part would
# otherwise scan again from each of their characters.)
_BREAKS = re.compile(f"(?<![ {_MARKS}{_HEADING}])[ {_MARKS}{_HEADING}]*[{_MARKS}][ {_MARKS}{_HEADING}]*")
_ANY_MARK = re.compile(f"[{_MARKS}{_HEADING}]")


def render(tree: LexborHTMLParser) -> str:
    """The page's visible text, one block per line and a blank line between paragraphs.

    As in a browser, white space in the page's text (line breaks too) is one space; the
    lines are the blocks'. Changes ``tree`` (hidden elements go): read the markup first.
    """
    for node in tree.css(_HIDDEN):
        node.decompose()
    for node in tree.css(_PARAGRAPHS):
        node.insert_before(_PARAGRAPH_BREAK)
        node.insert_after(_PARAGRAPH_BREAK)
    for node in tree.css(_BLOCKS):
        node.insert_before(_LINE_BREAK)
        node.insert_after(_LINE_BREAK)
    for node in tree.css("br"):
        node.insert_after(_BR)
    root = tree.body or tree.root
    if root is None:
        return ""
    # One space for each run of white space: str.split's white space is the same as a
    # pattern's \s, and splitting collapses it faster; the ends are stripped below anyway.
    text = " ".join(root.text(deep=True, separator="").split())
    return _BREAKS.sub(_break, text).strip()


def _break(run: re.Match[str]) -> str:
    """One run of block edges and line breaks: a blank line where a paragraph's edge
    is among them, or two <br> in a row; else one line break."""
    marks = run.group()
    heading = _HEADING if _HEADING in marks else ""
    return ("\n\n" if _PARAGRAPH_BREAK in marks or marks.count(_BR) > 1 else "\n") + heading


# -- parsing guards -------------------------------------------------------------------

# A tag to its closing ">" (or the page's end): each character is looked at once.
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]*>?")
#: Elements that never hold others, or whose end tag the parser implies: no depth.
_FLAT = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
        "param",
        "keygen",
        "p",
        "li",
        "dt",
        "dd",
        "option",
        "optgroup",
        "tr",
        "td",
        "th",
        "tbody",
        "thead",
        "tfoot",
        "colgroup",
        "rt",
        "rp",
    ]
)


def _flattened(html: str) -> str:
    """The page without the start tags that nest deeper than the parser handles fast.

    The HTML parser checks the open elements at each block's start, so a page nesting
    thousands of elements deep costs time in the square of its depth. Real pages nest a
    few hundred deep at most (the corpus: 1,501 by this count, which ignores implied
    ends); past ``settings.MAX_HTML_DEPTH`` the extra start tags are dropped and their
    text kept. Only pages with many start tags are counted at all (end tags nest nothing).
    """
    if html.count("<") - html.count("</") < settings.HTML_DEPTH_CHECK_TAGS:
        return html
    depth = 0
    cuts: list[tuple[int, int]] = []
    for tag in _TAG.finditer(html):
        name = tag[2].lower()
        if name in _FLAT:
            continue
        if tag[1]:
            depth = max(0, depth - 1)
        elif depth >= settings.MAX_HTML_DEPTH:
            cuts.append(tag.span())
        else:
            depth += 1
    if not cuts:
        return html
    kept: list[str] = []
    previous = 0
    for start, end in cuts:
        kept.append(html[previous:start])
        previous = end
    kept.append(html[previous:])
    return "".join(kept)


# -- reading ------------------------------------------------------------------------


#: A <noscript> element as a browser that runs scripts reads it: text, up to the first
#: end tag, whatever it holds ("<noscript><div id=x></noscript>" opens no element).
_NOSCRIPT_START = re.compile(r"<noscript\b[^<>]{0,2000}>", re.IGNORECASE)
_NOSCRIPT_END = re.compile(r"</noscript\s*>", re.IGNORECASE)


def _without_noscript(html: str) -> str:
    """The page without its <noscript> elements, each cut up to its first end tag (one
    never closed is left to the parser); in one pass, however many there are. One right
    after a script template keeps its words: the template's copy, which the script shows."""
    kept: list[str] = []
    position = 0
    templates = _template_ends(html) if "text/template" in html else set()
    while (start := _NOSCRIPT_START.search(html, position)) is not None:
        end = _NOSCRIPT_END.search(html, start.end())
        if end is None:
            break
        kept.append(html[position : start.start()])
        after = _SCRIPT_END.search(html, max(0, start.start() - 100), start.start()) if templates else None
        if after is not None and after.start() in templates:
            kept.append(_NOSCRIPT_START.sub("", html[start.end() : end.start()]))
        position = end.end()
    if not kept:
        return html
    kept.append(html[position:])
    return "".join(kept)


_SCRIPT_CLOSE = re.compile(r"</script\s*>", re.IGNORECASE)
#: The end of a script element, then white space alone: what stands right before a
#: <noscript> that copies a script's template (a blog's post, which its script shows).
_SCRIPT_END = re.compile(_SCRIPT_CLOSE.pattern + r"\s*$", re.IGNORECASE)
#: A script template's opening: ``<script type="text/template">``.
_TEMPLATE_START = re.compile(r"<script\s+type\s*=\s*[\"']?text/template\b", re.IGNORECASE)


def _template_ends(html: str) -> set[int]:
    """Where each script template's end tag starts; in one pass (an opening inside a
    template already found is its text)."""
    ends: set[int] = set()
    position = 0
    for opening in _TEMPLATE_START.finditer(html):
        if opening.start() < position:
            continue
        close = _SCRIPT_CLOSE.search(html, opening.end())
        if close is None:
            break
        ends.add(close.start())
        position = close.end()
    return ends


def read_markup(html: str, address: str | None = None) -> Markup:
    """Everything the page's markup states, and its visible text."""
    if _LINE_BREAK in html or _PARAGRAPH_BREAK in html or _BR in html or _HEADING in html:  # str.find is fast
        html = _ANY_MARK.sub("", html)
    # The parser reads <noscript> as a browser without scripts would, as elements: one left
    # open inside it ("<noscript><div id=x></noscript>") held the rest of the page, and the
    # page's whole text went with the <noscript>. The page is read as it is shown.
    html = _without_noscript(html)
    tree = LexborHTMLParser(_flattened(html))
    markup = Markup("")
    for node in tree.css("rt, rp"):  # ruby's reading aids: no part of the words
        node.decompose()
    objects = list(_json_ld(tree))
    article = _article_object(objects)
    metas = _metas(tree)
    markup.address = address or _page_address(tree, metas)
    markup.address_day = _address_day(markup.address)
    markup.language, markup.date_order = _language(tree, metas)
    if article is not None:
        _from_json_ld(markup, article, objects)
    _from_metas(markup, metas)
    markup.figures.extend(_figures(tree))
    scripted = _script_data_time(tree) if not markup.published else None
    for node in tree.css(_NEVER_TEXT):  # a style sheet inside a heading is none of its words
        node.decompose()
    heading = _from_elements(markup, tree)
    if scripted is not None and not markup.published:
        markup.published.append(scripted)
    markup.dated = _dated_element(tree)
    markup.titled = _title_day(markup.headlines)
    # An application's name that is the page's headline and title (a template that sets
    # application-name to the title) names no site.
    headings = {f.value.strip().casefold() for f in markup.headlines if f.locator in ("h1", "title")}
    markup.sites = [
        f
        for f in markup.sites
        if not (f.locator == "meta[name=application-name]" and f.value.strip().casefold() in headings)
    ]
    markup.asides = _asides(tree)
    if heading is not None:
        heading.insert_before(_HEADING)  # where the headline starts, for render to keep
    markup.text = render(tree)
    # Only the mark put there: the page's own text may hold the character (an entity).
    marks = markup.text.count(_HEADING)
    markup.heading_at = markup.text.find(_HEADING) if marks == 1 else None
    if marks:
        markup.text = markup.text.replace(_HEADING, "")
    return markup


def _metas(tree: LexborHTMLParser) -> dict[str, list[Found]]:
    """Each meta element's content by its lowercased property, name or itemprop."""
    found: dict[str, list[Found]] = {}
    for node in tree.css("meta[content]"):
        attributes = node.attributes
        content = attributes.get("content")
        if not content or len(content) > settings.MAX_MARKUP_VALUE_CHARS:
            continue
        if "&" in content:  # entities escaped twice ("&amp;#038;"): the page meant one
            content = unescape(content)
        for kind in ("property", "name", "itemprop", "http-equiv"):
            key = attributes.get(kind)
            if key:
                key = key.strip().lower()
                # Microdata in a reader's comment is the reply's ("datePublished" of a Comment).
                if kind != "itemprop" or not _in_a_comment(node):
                    found.setdefault(key, []).append(Found(content, f"meta[{kind}={key}]"))
                break
    return found


def _page_address(tree: LexborHTMLParser, metas: dict[str, list[Found]]) -> str | None:
    canonical = tree.css_first("link[rel~='canonical'][href]")
    if canonical is not None:
        href = canonical.attributes.get("href")
        if href and href.startswith(("http://", "https://")):
            return href
    for found in metas.get("og:url", ()):
        if found.value.startswith(("http://", "https://")):
            return found.value
    return None


_LANGUAGE = re.compile(
    r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z]{4}\b)?(?:[-_]([A-Za-z]{2}|[0-9]{3})\b)?(?:[-_][A-Za-z0-9]+)*\s*$"
)
#: Regions whose English writes the month first, or both ways (Canada).
_MONTH_FIRST_REGIONS = frozenset({"us", "ph", "ca", "pr", "gu", "as", "vi", "um", "mp"})


def _language(tree: LexborHTMLParser, metas: dict[str, list[Found]]) -> tuple[str | None, DateOrder | None]:
    """The page's declared language, and "DMY" when it is English of a day-first region."""
    html = tree.css_first("html")
    attributes = html.attributes if html is not None else {}
    values = [attributes.get(key) or "" for key in ("lang", "xml:lang")]
    values += [f.value for key in ("og:locale", "content-language") for f in metas.get(key, ())]
    for value in values:
        match = _LANGUAGE.match(value)
        if match is not None:
            # The region after an optional script ("en-GB", "en-Latn-GB"); of the numeric
            # ones, Europe's ("en-150") writes the day first.
            language, region = match[1].lower(), (match[2] or "").lower()
            day_first = language == "en" and (
                region == "150" or (region.isalpha() and region not in _MONTH_FIRST_REGIONS)
            )
            return language, "DMY" if day_first else None
    return None, None


def _address_day(address: str | None) -> Instant | None:
    """The first whole date in the path of the page's address."""
    found = address_date(address)
    return Instant(found[0], None, Found(found[1], "url")) if found is not None else None


# -- JSON-LD -------------------------------------------------------------------------

_ARTICLE_TYPES = frozenset(
    {
        "newsarticle",
        "article",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "askpublicnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "techarticle",
        "report",
        "scholarlyarticle",
        # Not news, but a page's own work with its headline, date and author as an
        # article states them: a forum's opening post, a recipe, a how-to.
        "discussionforumposting",
        "recipe",
        "howto",
    }
)
_LD_JSON = "application/ld+json"
_TRAILING_COMMA = re.compile(r",\s*([}\]])")


def _json_ld(tree: LexborHTMLParser) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every object in the page's JSON-LD blocks, with its path: "json-ld/0/@graph/2"."""
    budget = settings.MAX_JSON_LD_CHARS
    blocks = (n for n in tree.css("script[type]") if (n.attributes.get("type") or "").strip().lower() == _LD_JSON)
    for number, node in enumerate(blocks):
        text = node.text(deep=True) or ""
        budget -= len(text)
        if budget < 0:
            return
        data = _loaded(text)
        if data is not None:
            yield from _objects(data, f"json-ld/{number}", 0)


def _loaded(text: str) -> Any:
    """A JSON-LD block's data, with the common breakage repaired: comment or CDATA
    wrappers, raw control characters, trailing commas, several objects in a row."""
    text = text.strip()
    for wrapper, closer in (("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")):
        if text.startswith(wrapper):
            text = text.removeprefix(wrapper).removesuffix(closer).strip()
    for attempt in (text, _TRAILING_COMMA.sub(r"\1", text)):
        try:
            return json.loads(attempt, strict=False)
        except RecursionError:
            return None
        except ValueError:
            continue
    # Objects in a row ("{...}{...}"): read one after another.
    decoder = json.JSONDecoder(strict=False)
    items: list[Any] = []
    position = 0
    try:
        while position < len(text):
            item, position = decoder.raw_decode(text, position)
            items.append(item)
            while position < len(text) and text[position] in " \t\r\n,;":
                position += 1
    except (ValueError, RecursionError):
        pass
    return items or None


def _objects(data: Any, path: str, depth: int) -> Iterator[tuple[str, dict[str, Any]]]:
    """The objects in ``data`` that have a type, @graph and lists flattened."""
    if depth > settings.MAX_JSON_LD_DEPTH:
        return
    if isinstance(data, list):
        for index, item in enumerate(data[: settings.MAX_JSON_LD_ITEMS]):
            yield from _objects(item, f"{path}/{index}", depth + 1)
    elif isinstance(data, dict):
        if "@type" in data:
            yield path, data
        graph = data.get("@graph")
        if graph is not None:
            yield from _objects(graph, f"{path}/@graph", depth + 1)
        main = data.get("mainEntity")
        if isinstance(main, dict | list):
            yield from _objects(main, f"{path}/mainEntity", depth + 1)


def _types(item: dict[str, Any]) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower().rsplit("/", 1)[-1] for k in kinds if isinstance(k, str)}


def _article_object(objects: list[tuple[str, dict[str, Any]]]) -> tuple[str, dict[str, Any]] | None:
    """The page's article: the first object of an article type that has a headline or a
    date; else the first WebPage that has a date."""
    for path, item in objects:
        if _types(item) & _ARTICLE_TYPES and ("headline" in item or "datePublished" in item or "name" in item):
            return path, item
    for path, item in objects:
        if "webpage" in _types(item) and "datePublished" in item:
            return path, item
    return None


def _text_of(value: Any) -> str | None:
    """A JSON-LD value as one string: a string, the first of a list, an object's @value."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or len(value) > settings.MAX_MARKUP_VALUE_CHARS:
        return None
    value = clean(value)
    return value or None


def _from_json_ld(
    markup: Markup, article: tuple[str, dict[str, Any]], objects: list[tuple[str, dict[str, Any]]]
) -> None:
    path, item = article
    by_id = {obj["@id"]: (where, obj) for where, obj in objects if isinstance(obj.get("@id"), str)}
    is_article = bool(_types(item) & _ARTICLE_TYPES)
    for key in ("headline", "name") if is_article else ():
        value = _text_of(item.get(key))
        if value and "&" in value:  # entities that a CMS escaped into its JSON ("Olive &#038; Herb")
            value = clean(unescape(value))
        if value:
            markup.headlines.append(Found(value, f"{path}/{key}"))
            break
    for key, target in (
        ("datePublished", markup.published),
        ("dateCreated", markup.published),
        ("dateModified", markup.modified),
    ):
        value = _text_of(item.get(key))
        instant = parse_instant(Found(value, f"{path}/{key}")) if value else None
        if instant is not None:
            target.append(instant)
    section = item.get("articleSection")
    value = _text_of(section)
    if value:
        markup.sections.append(Found(value, f"{path}/articleSection" + ("/0" if isinstance(section, list) else "")))
    if is_article or "webpage" in _types(item):
        # A page that states no article (WordPress's pages) gives its author on its WebPage.
        people, organisations = _authors(item.get("author"), f"{path}/author", by_id)
        if people:
            markup.authors.append(people)
            if not is_article:
                markup.page_authors = people
        markup.organisations.extend(organisations)
    if is_article:
        markup.figures.extend(_json_ld_images(item.get("image"), f"{path}/image"))
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("@id"), str) and "name" not in publisher:
            publisher = by_id.get(publisher["@id"], ("", publisher))[1]
        name = _text_of(publisher.get("name")) if isinstance(publisher, dict) else None
        # A person who publishes the site (a blog's writer) is no site's name to set aside.
        if name and not (isinstance(publisher, dict) and "person" in _types(publisher)):
            markup.sites.append(Found(name, f"{path}/publisher/name"))


def _json_ld_images(value: Any, path: str) -> list[Figure]:
    """The article's images that state a caption and a credit (ImageObject ``caption``,
    ``creditText``, ``copyrightHolder`` or ``author``)."""
    found = []
    items = value if isinstance(value, list) else [value]
    for index, item in enumerate(items[: settings.MAX_JSON_LD_ITEMS]):
        if not isinstance(item, dict):
            continue
        caption = _text_of(item.get("caption"))
        credit = next(
            (text for key in ("creditText", "copyrightHolder", "author") if (text := _text_of(item.get(key)))), None
        )
        if caption and credit:
            found.append(Figure(caption, credit, f"{path}/{index}" if isinstance(value, list) else path))
    return found


def _authors(value: Any, path: str, by_id: dict[str, tuple[str, dict[str, Any]]]) -> tuple[list[Found], list[Found]]:
    """JSON-LD authors: the persons' names, and the organisations'."""
    people: list[Found] = []
    organisations: list[Found] = []
    items = value if isinstance(value, list) else [value]
    for index, item in enumerate(items[: settings.MAX_JSON_LD_ITEMS]):
        where = f"{path}/{index}" if isinstance(value, list) else path
        if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str):
            where, item = by_id.get(item["@id"], (where, item))
        if isinstance(item, str):
            name = _unescaped(clean(item))
            if name and not _is_address(name):
                people.append(Found(name, where))
        elif isinstance(item, dict):
            stated = _unescaped(_text_of(item.get("name")) or _given_and_family(item))
            if not stated or _is_address(stated):
                continue
            # A person who is the site's publisher too (["Person", "Organization"]) is a person.
            types = _types(item)
            organisation = types & {"organization", "newsmediaorganization"} and "person" not in types
            target = organisations if organisation else people
            target.append(Found(stated, f"{where}/name"))
    return people, organisations


def _given_and_family(item: dict[str, Any]) -> str:
    """A person's name that JSON-LD states in parts alone: ``givenName`` and ``familyName``."""
    parts = tuple(value if isinstance(value := item.get(key), str) else None for key in ("givenName", "familyName"))
    return " ".join(part for part in parts if part) if all(parts) else ""


def _unescaped(value: str) -> str:
    """A JSON-LD string without the entities a CMS escaped into it ("Jos&#xE9; Ruiz")."""
    return clean(unescape(value)) if "&" in value else value


def _is_address(value: str) -> bool:
    return value.startswith(("http://", "https://", "www.", "/")) or "@" in value


# -- meta and elements --------------------------------------------------------------

_HEADLINE_METAS = ("og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title")
_PUBLISHED_METAS = (
    "article:published_time",
    "og:article:published_time",
    "article.published",
    "published_time",
    "og:published_time",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dcterms.created",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "date",
    "article_date_original",
    "cxenseparse:recs:publishtime",
)
_MODIFIED_METAS = (
    "article:modified_time",
    "og:article:modified_time",
    "og:updated_time",
    "article.updated",
    "datemodified",
    "dcterms.modified",
    "dc.date.modified",
    "lastmod",
    "last-modified",
)
_AUTHOR_METAS = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "byl",
    "citation_author",
    "dc:creator",
    "dcterms.creator",
    "og:article:author",
    "cxenseparse:author",
)
_WRITTEN_BY = frozenset(
    {"written by", "verfasst von", "geschrieben von", "écrit par", "escrito por", "scritto da", "geschreven door"}
)
_SECTION_METAS = ("article:section", "parsely-section", "section", "article.section", "category")
_SITE_METAS = ("og:site_name", "application-name", "twitter:site")


def _from_metas(markup: Markup, metas: dict[str, list[Found]]) -> None:
    for key in _HEADLINE_METAS:
        for found in metas.get(key, ())[:1]:
            value = clean(found.value)
            if value:
                markup.headlines.append(Found(value, found.locator))
    for keys, target in ((_PUBLISHED_METAS, markup.published), (_MODIFIED_METAS, markup.modified)):
        for key in keys:
            for found in metas.get(key, ())[:1]:
                instant = parse_instant(found)
                if instant is not None:
                    target.append(instant)
    # Yoast's "Written by" pair: twitter:label1 "Verfasst von", twitter:data1 the name.
    for number in ("1", "2"):
        labels = metas.get(f"twitter:label{number}", [])
        if labels and labels[0].value.strip().lower() in _WRITTEN_BY:
            names = [Found(clean(f.value), f.locator) for f in metas.get(f"twitter:data{number}", [])[:1]]
            markup.authors.extend([found] for found in names if found.value)
    for key in _AUTHOR_METAS:
        names = [
            Found(clean(f.value), f.locator)
            for f in metas.get(key, ())[: settings.MAX_JSON_LD_ITEMS]
            if not _is_address(f.value.strip())
        ]
        names = [f for f in names if f.value]
        if names:
            markup.authors.append(names)
    for key in _SECTION_METAS:
        for found in metas.get(key, ())[:1]:
            value = clean(found.value)
            if value:
                markup.sections.append(Found(value, found.locator))
    for key in _SITE_METAS:
        for found in metas.get(key, ())[:1]:
            value = clean(found.value).lstrip("@")
            if value:
                markup.sites.append(Found(value, found.locator))


def _from_elements(markup: Markup, tree: LexborHTMLParser) -> LexborNode | None:
    """Microdata, ``<time datetime>``, ``rel=author``, ``<h1>`` and ``<title>``; the first
    ``<h1>`` that reads as a headline (no logo), whose start the text marks (see
    Markup.heading_at)."""
    for selector, target in (
        ("[itemprop=datePublished]", markup.published),
        ("[itemprop=dateModified]", markup.modified),
        # hAtom microformats: <abbr class="published" title="2018-06-05T08:00:00-07:00">
        (".published[title], .published[datetime]", markup.published),
        (".updated[title], .updated[datetime]", markup.modified),
    ):
        # The first outside a reader's comment (a schema.org Comment has its own datePublished).
        node = next((n for n in tree.css(selector) if not _in_a_comment(n)), None)
        if node is not None:
            attributes = node.attributes
            value = attributes.get("content") or attributes.get("datetime") or attributes.get("title")
            value = value or node.text(deep=True)
            instant = parse_instant(Found(value, selector.split(",")[0])) if value else None
            if instant is not None:
                target.append(instant)
    named = [
        (node, name)
        for node in _own_items(
            [node for node in tree.css("[itemprop~=author]")[: settings.MAX_JSON_LD_ITEMS] if not _in_comments(node)]
        )
        if (name := _element_name(node))
    ]
    if _a_byline(named):
        markup.authors.append([Found(name, "[itemprop=author]") for _, name in named])
    named = [
        (node, name)
        for node in tree.css("a[rel~=author]")[: settings.MAX_JSON_LD_ITEMS]
        if not _in_comments(node) and (name := _once(clean(node.text(deep=True) or "")))
    ]
    if _a_byline(named):
        markup.authors.append(_unique([Found(name, "a[rel=author]") for _, name in named]))
    links: list[Found] = []
    slugs: dict[str, list[str]] = {}
    for node in tree.css("a[href]"):
        page = _AUTHOR_PAGE.search(node.attributes.get("href") or "")
        if page is None or _in_comments(node):
            continue
        if len(slugs) < settings.MAX_JSON_LD_ITEMS and (slug := FOLD.sub("", page["slug"].casefold())):
            slugs.setdefault(clean(node.text(deep=True) or ""), []).append(slug)
        if name := _author_link_name(node):
            links.append(Found(name, "a[href=author]"))
            if len(links) == settings.MAX_JSON_LD_ITEMS:
                break
    markup.author_links = _unique(links)
    markup.author_slugs = slugs
    node = tree.css_first(".bypostauthor .fn") or tree.css_first(".bypostauthor .comment-author")
    if node is not None and 0 < len(name := clean(node.text(deep=True) or "")) <= settings.MAX_BYLINE_NAME_CHARS:
        markup.post_author = Found(name, ".bypostauthor")
    markup.teasers = _teasers(tree)
    markup.captions = _captions(tree)
    markup.signature = _signature(tree)
    # Byline classes: the name the first element of a byline's class holds (outside the
    # readers' comments), up to a separator, a date or a word that is no name.
    for node in tree.css(_BYLINE_CLASSES)[: settings.MAX_JSON_LD_ITEMS]:
        # A blog's header marks the site's logo as its author's card ("<h1 class="vcard
        # author"><a href="/">"): the post's byline is a later element.
        # A byline's link to a home page elsewhere is the writer's own site ("<a class=author
        # href=https://anaruiz.example/>"): only this site's home is its logo.
        # One inside another story's card (a block of a teaser's or a related story's class;
        # an author's box may be classed "teaser-box author" itself) is that story's.
        if (
            _in_comments(node)
            or _in_credit(node)
            or _in_card(node)
            or (node.tag == "h1" and _is_logo(node))
            or (node.tag == "a" and _is_own_home(node, markup))
        ):
            continue
        text = _once(_BYLINE_LABEL.sub("", clean(node.text(deep=True) or "")))
        name = _BYLINE_TAIL.split(text, 1)[0].strip()
        if " " in name and (glued := _GLUED_DIGIT.search(name)) is not None:
            name = name[: glued.start()].rstrip()  # "Ana Ruiz3 hours ago": a stamp glued to a name, no handle
        head, colon, tail = name.partition(": ")
        if colon and " " in head and is_person_name(head) and not is_person_name(tail):
            # "Ana Ruiz: Übersetzung Lea Kern": a full name ends at its colon; but before a
            # name alone the words are a label's ("Ein Kommentar: Ana Ruiz", "Unser Autor: ...").
            name = head
        if name and len(name) <= settings.MAX_BYLINE_NAME_CHARS:
            markup.authors.append([Found(name, "[class=author]")])
        break
    node = tree.css_first("[itemprop=headline]")
    if node is not None and (value := _short(node.attributes.get("content") or _heading_text(node))):
        markup.headlines.append(Found(value, "[itemprop=headline]"))
    heading: LexborNode | None = None
    for node in tree.css("h1")[: settings.MAX_H1]:
        value = _short(_heading_text(node))
        if not value or _for_screen_readers(node):
            continue
        if _is_logo(node):
            markup.logos.append(value)
        else:
            markup.headlines.append(Found(value, "h1"))
            heading = heading or node
    for node in tree.css("h2")[: settings.MAX_H1]:
        value = _short(_heading_text(node))
        if value and not _for_screen_readers(node):
            markup.subheading = Found(value, "h2")
            break
    node = tree.css_first("title")
    if node is not None and (value := _short(node.text(deep=True))):
        markup.headlines.append(Found(value, "title"))
    # The first <time> outside a reader's comment: one there dates the reply ("<time
    # datetime=...>" beside its writer's name). Not a listing's test: a blog's own post
    # may stand in a block of a widget's class (Blogger's "widget Blog").
    for node in tree.css("time[datetime]")[: settings.MAX_JSON_LD_ITEMS]:
        if _in_a_comment(node):
            continue
        instant = parse_instant(Found(node.attributes.get("datetime") or "", "time[datetime]"))
        if instant is not None:
            markup.published.append(instant)
        break
    return heading


#: Elements whose class or id says they hold a date, as printed.
_DATE_CLASSES = (
    "[class~=date], [class*=-date], [class*=_date], [class*=Date], [class~=time], [class*=datum], [class*=Datum], "
    "[class*=publish], [class*=posted], [class*=timestamp], [id*=date]"
)
#: A header's date of the day the page was served ("today-date", "current-date"): no article's.
_TODAY_CLASS = re.compile(r"today|current[-_]?date", re.IGNORECASE)


def _dated_element(tree: LexborHTMLParser) -> Instant | None:
    """The date printed in the first element of a date's class that holds one (outside
    the readers' comments), read by the text's grammar; a day whose order is ambiguous
    ("02/10/2020") is none."""
    for node in tree.css(_DATE_CLASSES)[: settings.MAX_JSON_LD_ITEMS]:
        text = clean(node.text(deep=True) or "")
        if not text or len(text) > settings.MAX_MARKUP_TIME_CHARS or _in_comments(node):
            continue
        if _TODAY_CLASS.search(f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"):
            continue
        if _in_listing(node):  # a menu's, a sidebar's or a related story's date
            continue
        found = find_stamp(text)
        if found is None:
            continue
        stamp = found[0]
        if stamp.year is None or stamp.order_ambiguous:
            return None
        try:
            day = date(stamp.year, stamp.month, stamp.day)
        except ValueError:
            return None
        if not settings.MIN_WEB_YEAR <= day.year <= date.today().year + 1:
            return None
        return Instant(day, None, Found(text, "[class*=date]"))
    return None


#: What sets a title's parts apart: "Headline | Site", "Headline : 06.11.2023".
_TITLE_PARTS = re.compile(r"\s+[|–—·:-]\s+")


def _title_day(headlines: list[Found]) -> Instant | None:
    """The date one part of the page's ``<title>`` or ``og:title`` prints alone, with its
    year and perhaps its time ("08.11.2021 | Headline", "Headline | 02.11.2021"): a CMS
    that puts the article's date in its title. A date among other words is the story's
    subject ("Meeting of 10 October 2019"), none."""
    for found in headlines:
        if found.locator not in ("title", "meta[property=og:title]"):
            continue
        parts = [part.strip(" ,.") for part in _TITLE_PARTS.split(found.value)]
        stamps = [find_stamp(part) for part in parts]
        dated = [i for i, stamp in enumerate(stamps) if stamp is not None]
        if not dated:
            continue  # the next title may state it (og:title after <title>)
        # One part dated, the first or the last, and by its date alone: two dates are a
        # range or a programme's, and a date among words is the story's subject.
        if len(dated) != 1 or dated[0] not in (0, len(parts) - 1):
            return None
        stamp, part = stamps[dated[0]], parts[dated[0]]
        assert stamp is not None
        day = stamp[0]
        if stamp[1] != (0, len(part)) or day.year is None or day.order_ambiguous:
            return None
        try:
            printed = date(day.year, day.month, day.day)
        except ValueError:
            return None
        # Not a day to come: an event's, which a page announces.
        if printed.year < settings.MIN_WEB_YEAR or printed > date.today():
            return None
        return Instant(printed, None, Found(found.value, found.locator))
    return None


#: Blocks that hold a picture's caption.
_CAPTIONS = "figcaption, [class*=caption i], [class*=bildunterschrift i]"
#: A photographer's credit in a caption ("Foto: Lea Kern", "Quelle: dpa", "© Lea Kern").
_CAPTION_CREDIT = re.compile(r"(?<!\w)(?:Fotos?|Photos?|Bild(?:er)?|Images?|Quelle|Credit|Source)\s?:|©", re.IGNORECASE)


def _captions(tree: LexborHTMLParser) -> list[str]:
    """The text of each picture's caption that credits its photographer, in order, of the
    first blocks that may be one (as many as teasers); a block named "caption" without a
    credit may be a story's header ("item-caption": its byline and summary), and one that
    holds a figure is none itself (its figure's caption is). A block inside a caption
    (its credit's "caption-credit") is read with it, not again: nested blocks cost one."""
    nodes = tree.css(_CAPTIONS)[: settings.MAX_TEASERS]
    if not nodes:
        return []
    figures = {
        ancestor.mem_id
        for figure in tree.css("figure, figcaption")[: settings.MAX_TEASERS]
        for ancestor in _ancestors(figure)
    }
    covered: set[int] = set()
    captions: list[str] = []
    for node in nodes:
        if node.mem_id in figures:
            continue
        if any(ancestor.mem_id in covered for ancestor in _ancestors(node)):
            covered.add(node.mem_id)
            continue
        covered.add(node.mem_id)
        raw = node.text(deep=True, separator=" ") or ""
        if len(raw) <= settings.MAX_MARKUP_VALUE_CHARS and _CAPTION_CREDIT.search(text := clean(raw)):
            captions.append(text)
    return captions


def _ancestors(node: LexborNode) -> Iterator[LexborNode]:
    """A node's ancestors, the nearest first, no more than MAX_ANCESTORS."""
    return _lineage(node.parent)


def _lineage(node: LexborNode | None) -> Iterator[LexborNode]:
    """A node itself, then its ancestors, the nearest first: no more than MAX_ANCESTORS in
    all, since a page may nest its blocks far deeper than any article's markup does."""
    for _ in range(settings.MAX_ANCESTORS):
        if node is None:
            return
        yield node
        node = node.parent


#: Headings inside links: found from the headings, which are far fewer than the links.
_LINKED_HEADINGS = ", ".join(f"a[href] h{level}" for level in range(1, 7))


def _teasers(tree: LexborHTMLParser) -> list[str]:
    """The text of each link that holds a heading (another article's teaser), in order;
    not a link to its author's page, which may set the author's name as a heading."""
    teasers: list[str] = []
    seen: set[int] = set()
    for heading in tree.css(_LINKED_HEADINGS):
        # None where the heading is set deeper under its link than any teaser's
        link = next((node for node in _lineage(heading.parent) if node.tag == "a" and "href" in node.attributes), None)
        if link is None or link.mem_id in seen:
            continue
        seen.add(link.mem_id)
        if _AUTHOR_PAGE.search(link.attributes.get("href") or "") or "author" in (link.attributes.get("rel") or ""):
            continue
        teasers.append(clean(link.text(deep=True) or ""))
        if len(teasers) == settings.MAX_TEASERS:
            break
    return teasers


#: Elements whose class or id says they hold the author's name.
_BYLINE_CLASSES = (
    "[class*=author-name], [class*=authorName], [class*=author__name], [class*=author_name], "
    "[class*=byline__name], [class*=byline-name], [class~=author], [class~=byline-author], [id=author], "
    "[class*=authorname], [class~=autor], [class~=auteur]"
)
#: Where a byline element's name ends: a separator, a date's digits, " am ", "Alle Artikel",
#: a stamp's label ("Updated"); such a word glued to the name, set apart by the page's
#: style alone ("Ana RuizHace 2 horas", "Ana RuizUpdated: May 2").
#: Digits inside a word are a user's handle's ("Mo2ritz"), but a date glued to a name
#: ("Ana Ruiz29.12.2010") still ends it.
_BYLINE_TAIL = re.compile(
    r"\s*(?:[|·•/–—»]|\s-\s|(?<![^\W_])\d|(?<!\d)\d+(?!\d)(?=[.:/,]\d)|\b(?i:am|on|le|el|il|alle|all|hace|mehr|more)\b"
    r"|\b(?i:updated|published|aktualisiert|veröffentlicht|actualizado|publicado)\b"
    r"|(?<=[a-z])(?=(?:Am|On|Alle|All|Hace|Mehr|More)\b)"
    r"|(?<=[^\W\d_])(?=(?:Updated|Published|Aktualisiert|Veröffentlicht|Actualizado|Publicado)\b)"
    r"|\b(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b\.?,?\s*$)"
)
#: A digit glued to the end of a word of a name of several words: a stamp's, printed right
#: after the name ("Ana Ruiz12 March 2021"); a handle is one word ("Mo2ritz").
_GLUED_DIGIT = re.compile(r"(?<=[^\W\d_])\d")
#: A label before the name: "Author", "Autor:", "Autor/in:", "VON", "vom"; "Text:", "Interview:" with their colon.
_BYLINE_LABEL = re.compile(
    r"^(?:(?i:Author|Autor(?:in|/in|\*in|:in)?|Auteur|By|Von|Vom|Par|Por)\b\s*:?\s*"
    r"|(?:Author|Autor|Auteur|By|Von|Vom|Par|Por)(?=[A-Z])"
    r"|(?:Text|Interview|Words)\s?:\s*)"
)


#: A link to an author's page: a path segment that names the site's authors.
_AUTHOR_PAGE = re.compile(
    r"/(?:authors?|autor(?:en|in|innen)?|auteurs?|autores?|autori|autore|redakteur(?:in)?)/(?P<slug>[^/?#]+)",
    re.IGNORECASE,
)
#: What is no letter or digit: between the words of an account's name in an address
#: ("ana-ruiz", "ana_ruiz"), cut out to compare names (from_html too).
FOLD = re.compile(r"[\W_]+")
#: What such a link says around the name: "Zeige alle Beiträge von Ana Ruiz", "View all
#: posts by Ana Ruiz", "Mehr Artikel von Ana Ruiz →", "Alle Beiträge von Ana Ruiz anzeigen".
_MORE_BY = re.compile(
    r"^(?i:(?:zeige |view |see |show )?(?:alles?|all|mehr|more|latest|weitere)\b[^→»›]{0,30}?"
    r"\b(?:by|von|from|de|par|por|di)\s+)|(?i:\s+anzeigen)?[\s→»›>]*$"
)


#: What sets a signature's name apart from the paragraphs it ends.
_EMPHASIS = "p > strong, p > b, p > em, p > i"
#: What stands between elements: no element of its own.
_BETWEEN = ("-text", "-comment", "br")


def _signature(tree: LexborHTMLParser) -> Found | None:
    """The full name that signs an article: a paragraph that holds nothing but the name in
    bold or italics, last in its block after another paragraph ("<p>...</p><p><b>Ana
    Ruiz</b></p></div>"); None when the page prints two such (a list of posts)."""
    found = None
    # From the emphasised names up, since a page's paragraphs far outnumber them.
    for inner in tree.css(_EMPHASIS)[: settings.MAX_SIGNATURE_CANDIDATES]:
        node = inner.parent
        if node is None or node.tag != "p":
            continue
        # The name is all the paragraph holds: nothing but white space or a line break
        # beside it (looked at first, since it reads no text).
        if _sibling(inner.prev, "prev") is not None or _sibling(inner.next, "next") is not None:
            continue
        name = clean(inner.text(deep=True) or "")
        if not (" " in name and len(name) <= settings.MAX_BYLINE_NAME_CHARS and is_person_name(name)):
            continue
        after, before = _sibling(node.next, "next"), _sibling(node.prev, "prev")
        if after is not None or before is None or before.tag != "p":
            continue
        if _in_comments(node) or _in_listing(node) or _in_credit(node) or _quoted(node):
            continue
        if found is not None:
            return None
        found = Found(name, "p>b:last-child")
    return found


#: Elements whose words are another's: a quotation's, a figure's, an aside's.
_QUOTING = ("blockquote", "q", "figure", "figcaption", "aside")


def _quoted(node: LexborNode | None) -> bool:
    """Whether an element stands in a quotation, a figure or an aside, whose last line
    names a quotation's author ("<blockquote><p>...</p><p><em>Ana Ruiz</em></p>")."""
    return _within(node, _QUOTING)


def _sibling(node: LexborNode | None, way: str) -> LexborNode | None:
    """The nearest element from ``node`` on (``way`` "next" or "prev"), past text that is
    white space, comments and line breaks."""
    for _ in range(settings.MAX_ANCESTORS):
        if node is None:
            return None
        if node.tag not in _BETWEEN or (node.tag == "-text" and (node.text() or "").strip()):
            return node
        node = node.next if way == "next" else node.prev
    return node


def _author_link_name(node: LexborNode) -> str:
    """A link's name: its itemprop=name (beside a photo's credit), or its words without
    what the link says around them."""
    inner = node.css_first("[itemprop=name]")
    return _once(_MORE_BY.sub("", clean((inner or node).text(deep=True) or "")))


def _in_comments(node: LexborNode | None) -> bool:
    """Whether an element stands in the readers' comments (their authors are no bylines):
    by its class or id, or by microdata (``itemprop="comment"``, a schema.org Comment)."""
    return _marked(node, _COMMENTS)


#: "comment" anywhere in a class, id or microdata: the comments' block, one of them, their links.
_COMMENTS = re.compile("comment", re.IGNORECASE)


#: A class, id or microdata of one reader's comment, "comment" as a word of its own
#: ("comment-metadata", "c-comment-card", itemprop "comment", schema.org's ".../Comment"),
#: not a link to the comments or their count in the article's own header ("entry-meta
#: social-comments", "commentlinks", "comment-count"), nor another word ("commentary", a
#: post's category on its <article>; "commentaire").
_A_COMMENT = re.compile(r"(?:^|[\s_/-])comment(?![-_]?(?:links?|count))(?:$|[\s_-])", re.IGNORECASE)


def _in_a_comment(node: LexborNode | None) -> bool:
    """Whether an element stands in one reader's comment, whose date is the reply's."""
    return _marked(node, _A_COMMENT)


#: The attributes that mark what an element is: its class, id and microdata.
_MARKING = ("class", "id", "itemprop", "itemtype")


def _marked(node: LexborNode | None, pattern: re.Pattern[str]) -> bool:
    """Whether an element, or one of its nearest ancestors, has a class, id or microdata
    (``itemprop``, ``itemtype``) that ``pattern`` finds."""
    for ancestor in _lineage(node):
        # Once per element: the parser builds the attributes' dict anew at each access.
        attributes = ancestor.attributes
        if any(pattern.search((attributes.get(name) or "")[:_CLASS_CHARS]) for name in _MARKING):
            return True
    return False


#: Blocks that list other stories (a related story's teaser, a sidebar's recent or popular
#: posts, a sidebar's widget: "widget_recent_entries", not a page builder's every block,
#: "elementor-widget-post-info").
_LISTING = re.compile(r"related|teaser|recent|popular|sidebar|(?<![\w-])widget", re.IGNORECASE)
#: Blocks of other stories' cards: the byline in one is theirs.
_TEASER = re.compile(r"teaser|related", re.IGNORECASE)
#: The most characters of a class attribute read for it: real ones are far shorter.
_CLASS_CHARS = 300


def _in_card(node: LexborNode) -> bool:
    """Whether a byline element stands in another story's card: an ancestor of a teaser's
    or related story's class that holds no <h1> (the page's own header) and is no author's box."""
    for ancestor in _lineage(node.parent):
        classes = (ancestor.attributes.get("class") or "")[:_CLASS_CHARS]
        if _TEASER.search(classes):
            return "author" not in classes.lower() and ancestor.css_first("h1") is None
    return False


def _within(node: LexborNode | None, tags: tuple[str, ...], classes: re.Pattern[str] | None = None) -> bool:
    """Whether an element, or one of its nearest ancestors, is one of ``tags`` or has a
    class that ``classes`` finds."""
    return any(
        ancestor.tag in tags
        or (classes is not None and classes.search((ancestor.attributes.get("class") or "")[:_CLASS_CHARS]))
        for ancestor in _lineage(node)
    )


def _asides(tree: LexborHTMLParser) -> Counter[str]:
    """The texts that stand in the page's ``<aside>`` blocks, each element's own words
    apart, each block counted once (not again for an aside inside it). Only ``<aside>``
    itself, not a block of a sidebar's class: a blog may set its own post in one ("widget
    Blog"). Not hidden ones, nor those in a ``<nav>``: the rendered text, whose lines they
    are weighed against, leaves them out."""
    found: Counter[str] = Counter()
    asides = tree.css("aside")
    if not asides:
        return found
    blocks = {node.mem_id for node in tree.css(_HIDDEN)}  # what render leaves out, and what is counted
    for node in asides:
        if any(ancestor.mem_id in blocks for ancestor in _lineage(node)):
            continue
        blocks.add(node.mem_id)
        for part in (node.text(deep=True, separator="\n") or "").split("\n"):
            if 0 < len(part := clean(part)) <= settings.MAX_MARKUP_VALUE_CHARS:
                found[part] += 1
    return found


def _in_listing(node: LexborNode | None) -> bool:
    """Whether an element stands in a ``<nav>`` (which the rendered text leaves out), an
    ``<aside>`` or a block whose class says it lists other stories: their dates are theirs."""
    return _within(node, ("nav", "aside"), _LISTING)


#: Blocks that credit an image: its licence, its photographer's credit.
#: Not a plain "credit": a byline's block may be named so ("article-credits", "byline credit").
_CREDIT = re.compile(r"licen[cs]e|copyright|(?:photo|image|img|picture|bild|foto)[-_]?credit", re.IGNORECASE)


def _in_credit(node: LexborNode | None) -> bool:
    """Whether an element stands in an image's figure or credit ("<div class=license-info>
    <span class=author-name>"): the name there is the photographer's, no byline."""
    return _within(node, ("figure", "figcaption"), _CREDIT)


def _scope(node: LexborNode) -> LexborNode | None:
    """The microdata item an element's properties belong to: its nearest ancestor with
    ``itemscope``."""
    return next((ancestor for ancestor in _ancestors(node) if "itemscope" in ancestor.attributes), None)


def _own_items(nodes: list[LexborNode]) -> list[LexborNode]:
    """The elements that belong to the first one's microdata item: a card for another
    article inside the page's own item (a teaser of a related post, "by Kim Lee")
    states that article's author, not this one's."""
    if not nodes:
        return nodes
    first = _scope(nodes[0])
    return [node for node in nodes if _scope(node) == first]


def _is_logo(node: LexborNode) -> bool:
    """Whether a heading is the site's logo: a link to the site's home page, or an image."""
    links = [link for link in (node, *node.css("a[href]"), node.parent) if link is not None and link.tag == "a"]
    if any(_is_home(link.attributes.get("href") or "") for link in links):
        return True
    return node.css_first("img") is not None and not clean(node.text(deep=True) or "")


#: Classes of what only screen readers read.
_SCREEN_READER_CLASSES = frozenset({"sr-only", "screen-reader-text", "aural", "hide-accessible"})


def _for_screen_readers(node: LexborNode) -> bool:
    """Whether a heading is printed for screen readers alone: the page's landmarks
    ("Navigation und Service", "Post navigation", "Fußbereich"), never its headline."""
    classes = (node.attributes.get("class") or "").split()
    return any(name in _SCREEN_READER_CLASSES or name.startswith("visually-hidden") for name in classes)


def _is_own_home(link: LexborNode, markup: Markup) -> bool:
    """Whether a link's target is this site's home page: "/", or an address on the page's
    own host (unknown without the page's address: then a home page elsewhere)."""
    href = (link.attributes.get("href") or "").strip()
    if not _is_home(href):
        return False
    return not href.startswith(("http://", "https://")) or (markup.host is not None and host_of(href) == markup.host)


def _is_home(href: str) -> bool:
    """Whether a link's target is a site's home page ("/", "https://example.com/")."""
    href = href.strip()
    if href == "/":
        return True
    if not href.startswith(("http://", "https://")):
        return False
    try:
        return urlsplit(href).path in ("", "/")
    except ValueError:  # "http://[x": no address at all
        return False


_CREDIT_CLASSES = "[class*=credit], [class*=Credit], [class*=copyright], [class*=photographer]"


def _figures(tree: LexborHTMLParser) -> list[Figure]:
    """Each figure whose credit stands in an element of its own."""
    found = []
    for number, node in enumerate(tree.css("figure")[: settings.MAX_JSON_LD_ITEMS]):
        credit_node = node.css_first(_CREDIT_CLASSES)
        caption_node = node.css_first("figcaption")
        credit = clean(credit_node.text(deep=True) or "") if credit_node is not None else ""
        if not credit or len(credit) > settings.MAX_MARKUP_VALUE_CHARS:
            continue
        text = clean(caption_node.text(deep=True) or "") if caption_node is not None else ""
        # The credit printed inside the caption, after or before its words.
        text = text.removesuffix(credit).strip() if text.endswith(credit) else text.removeprefix(credit).strip()
        found.append(Figure(text or None, credit, f"figure[{number}]"))
    return found


#: Parts of a heading that are not its headline: a kicker over it ("Klimaschutz",
#: "Dachzeile", "roofline"), and the separator printed for screen readers alone.
_KICKERS = (
    "[class*=kicker], [class*=Kicker], [class*=dachzeile], [class*=roofline], [class*=topline], [class*=overline], "
    "[class*=eyebrow], [class*=supertitle], [class*=pretitle], [class*=pre-title], [class*=spitzmarke], "
    "[class*=titleheader], [class~=subtitle], [class~=label], "
    # What a reader never sees or hears: the separator set between kicker and headline.
    "[class*=visually-hidden], [class~=sr-only], [class~=screen-reader-text], [class~=aural], [class~=invisible], "
    "[aria-hidden=true]"
)
#: What is left between a kicker and its headline once the kicker is cut.
_LEADING_SEPARATOR = re.compile(r"^[\s:|–—-]+")
#: A part of a heading that may follow its headline as a subtitle ("<span
#: class=entry-subtitle>"; as a part before the headline, a kicker: see _KICKERS).
_SUBTITLES = "[class*=subtitle], [class*=sub-title], [class*=subline]"
#: What is left between a headline and its subtitle once the subtitle is cut.
_TRAILING_SEPARATORS = " \t\n\r\f\v\u00a0:|–—-"


def _heading_text(node: LexborNode) -> str | None:
    """A heading's text without its kicker (unless the kicker is all there is), and
    without a subtitle that ends it."""
    text = _without_kicker(node)
    return _without_subtitle(node, text) if text else text


def _without_subtitle(node: LexborNode, text: str) -> str:
    """A heading's ``text`` without the subtitle set inside it after the headline's words:
    a theme prints the subtitle in the <h1> that the titles state without it ("<h1>Headline
    <span class=entry-subtitle>More words</span></h1>")."""
    parts = [part for part in node.css(_SUBTITLES) if part != node]
    if not parts:
        return text
    subtitle, heading = clean(parts[-1].text(deep=True)), clean(text)
    if not subtitle or not heading.endswith(subtitle):
        return text
    rest = heading[: -len(subtitle)].rstrip(_TRAILING_SEPARATORS)
    return rest if any(c.isalnum() for c in rest) else text


def _without_kicker(node: LexborNode) -> str | None:
    """A heading's text without its kicker, unless the kicker is all there is."""
    whole = node.text(deep=True)
    # A heading that marks its headline's own part ("<span class=headline>") beside a kicker
    # (which may be marked as a part of the headline too: "headline headline--topline"), not
    # the separator between them ("headline--colon").
    kickers = node.css(_KICKERS)
    part = next(
        (p for p in node.css("[class*=headline]") if p not in kickers and any(c.isalnum() for c in p.text())), None
    )
    if part is not None and clean(own := part.text(deep=True)) and len(clean(own)) < len(clean(whole)):
        return own
    if not kickers:
        return whole
    heading = LexborHTMLParser(node.html or "")
    for part in heading.css(_KICKERS):
        part.decompose()
    rest = _LEADING_SEPARATOR.sub("", heading.body.text(deep=True)) if heading.body is not None else ""
    return rest if clean(rest) else whole


def _short(value: str | None) -> str:
    """An element's text, cleaned, if it is short enough to be a headline; else ""."""
    if not value or len(value) > settings.MAX_MARKUP_VALUE_CHARS:
        return ""
    return clean(value)


def _element_name(node: LexborNode) -> str:
    """An itemprop=author element's name: its itemprop=name, its content, or its text."""
    inner = node.css_first("[itemprop=name]")
    if inner is not None:
        node = inner
    return _once(_BYLINE_LABEL.sub("", clean(node.attributes.get("content") or node.text(deep=True) or "")))


def _a_byline(named: list[tuple[LexborNode, str]]) -> bool:
    """Whether elements and the names they hold are a byline's: some names, and no more
    people than a byline names unless the elements stand in one element (a long byline's
    links, not a list's items: the readers' comments, a blog's other posts)."""
    if not named:
        return False
    if len({name for _, name in named}) <= settings.MAX_LISTED_AUTHORS:
        return True
    return len({node.parent.mem_id for node, _ in named if node.parent is not None}) == 1


def _once(name: str) -> str:
    """A name that an element prints twice, once for the eye and once for screen readers
    ("Ana Ruiz Ana Ruiz", glued "Ana RuizAna Ruiz"): the name once. Only copies glued
    together or of several words each: "Mohamed Mohamed" is one person's whole name."""
    half = len(name) // 2
    if half >= 3 and name[:half] == name[-half:] and (name[half:-half] == "" or " " in name[:half]):
        return name[:half]
    return name


def _unique(found: list[Found]) -> list[Found]:
    """The first of each value, in order."""
    first: dict[str, Found] = {}
    for item in found:
        first.setdefault(item.value, item)
    return list(first.values())


#: A publication time in a script's own data (an app's state, a tracker's settings):
#: "datePublished": "...", "publishedDate": "...", "published_at": "...".
_SCRIPT_DATE = re.compile(
    r'"(?P<key>datePublished|publishedDate|publishDate|published_at|publishedAt|pubDate|datePosted|'
    r'createdAt|created_at|dateCreated|publication_date|first_published_at)"\s*:\s*"(?P<value>[^"]{8,40})"'
)


def _script_data_time(tree: LexborHTMLParser) -> Instant | None:
    """The first publication time a script's data states: used only when the markup
    proper states none, since an app's state holds other stories' times too."""
    budget = settings.MAX_JSON_LD_CHARS
    for node in tree.css("script"):
        text = node.text(deep=True) or ""
        budget -= len(text)
        if budget < 0:
            return None
        if '"' not in text:
            continue
        for match in _SCRIPT_DATE.finditer(text):
            instant = parse_instant(Found(match["value"].replace("\\/", "/"), f"script[{match['key']}]"))
            if instant is not None:
                return instant
    return None


# -- times ---------------------------------------------------------------------------

#: A date written without separators ("20240911"), which the page text never prints.
_COMPACT_DAY = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$")
#: The day of a machine's ISO time whose clock is right but whose rest is broken
#: ("2022-01-10T22:06:08:684Z"): the day stands, the time is lost.
_ISO_DAY = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})T(?:[01][0-9]|2[0-3]):[0-5][0-9]")


def parse_instant(found: Found) -> Instant | None:
    """A markup time, read by the same grammar as printed stamps ("2024-09-11T03:30:00Z",
    "2024/09/11 11:30", "Wed, 11 Sep 2024 03:30:00 GMT"), or a day written "20240911".
    None for anything else, and for a year before the web or far ahead."""
    value = found.value.strip()
    if not value or len(value) > settings.MAX_MARKUP_TIME_CHARS:
        return None
    moment: datetime | None = None
    compact = _COMPACT_DAY.match(value)
    try:
        if compact is not None:
            day = date(int(compact["y"]), int(compact["m"]), int(compact["d"]))
        elif (
            isinstance(stamp := parse_timestamp(value, fallback=False), Stamp)
            and stamp.year is not None
            and not stamp.order_ambiguous
        ):
            day = date(stamp.year, stamp.month, stamp.day)
            # Midnight to the second is how systems store a day without a time (a print
            # edition's date): a day, not an instant.
            if stamp.time is not None and stamp.time != time(0):
                moment = datetime.combine(day, stamp.time, tzinfo=stamp.zone)
        elif (iso := _ISO_DAY.match(value)) is not None:
            day = date(int(iso["y"]), int(iso["m"]), int(iso["d"]))
        else:
            return None
    except ValueError:
        return None
    if not settings.MIN_WEB_YEAR <= day.year <= date.today().year + 1:
        return None
    return Instant(day, moment, Found(value, found.locator))
