"""A page's HTML in, an Article out: what the markup states, and what only the text says.

The page's visible text goes through the text reader (body, dateline, sources,
captions, contributors, and every field the markup leaves out), anchored on the
headline the markup gives. Then each field the markup states is decided here, in one
place, by this precedence (docs/decisions.md says why):

- headline: a printed ``<h1>`` (or ``itemprop`` headline) that a title-like candidate
  (JSON-LD ``headline``, ``og:title``, ``twitter:title``, ``<title>``) agrees with (or
  states between the site's names, however glued: "Site! Headline"), the
  title's words alone if the heading adds a kicker or subtitle (not a topic before a colon
  that another title states with them); a title cut short with an ellipsis counts only
  when no candidate states it whole; else a heading past a
  kicker that a title sets apart (leaves out, or has as its first part); else a title,
  its site name cut, that the page prints as a line (as printed: "–" for the title's
  "-"; not only in an ``<aside>``, where it is a teaser's); else the part of a title that
  it prints; else a heading that reads as a headline
  (not the site's name or logo: a heading linked to the home page names the site; not
  the first of three or more ``<h1>`` a listing prints, its items'); a
  title's one word left once the site's name is cut ("Blog | Site") is none unless a
  heading agrees with it; else
  the text's, when it is sure of one; else the line it finds likeliest, unsure, when the
  page prints it as a heading (its first ``<h2>`` too, unless a title the page never
  prints states other words); else none when the first title names the site and the
  text reader is unsure (``low_confidence``); else the first title.
- published_at / updated_at: a markup instant with a stated zone beats a printed time;
  a printed time beats a markup time without a zone; that one beats nothing (read in
  the assumed zone, with its warning). A markup day and a printed day that no zone on
  Earth reconciles give a ``markup_conflict`` warning, and the markup's stands, unless
  the day is printed beside the headline and something backs it: another of the
  markup's publication times (which then stands), its update time, an element of a
  date's class, the address; or the markup states days alone, without a time. On a
  page that prints no publication stamp there, the markup's publication times on the
  day its update stamp shows (in the page's own zone), or on the day an element of a
  date's class prints when another of them and the update time state it, beat the
  first; the update's day never stands for the publication. A time
  in a script's data counts only when the markup proper states none; a date in the
  page's address only when nothing else gives a day, and after it the date printed in
  an element whose class names a date ("news-date"), which the text reader missed, then
  a past date that the title's first or last part, and no other, prints alone
  ("08.11.2021 | Headline"). A
  UTC time at the midnight that opens a day in the site's zone is that day (a day
  alone, stored so).
- published_date / updated_date: the day the page prints beside its headline, when the
  markup's instant falls on it in the page's own zone; else the markup's day (in the
  page's own zone when the markup states one for any time, else in its stated offset).
- authors: the first markup source that names people (JSON-LD ``author``, the author meta
  names, Yoast's "Written by", ``itemprop=author``, ``rel=author``, a byline class; the
  last three must read as a person's name, or a user's handle from ``rel=author`` or from
  a byline class that a link to an author's page backs), none that is the site; else the
  text's; else the people links to authors' pages name (no more than three, each a full
  name); else the name the post's author signs a reply in its comments with (WordPress's
  ``bypostauthor``); else the full name that signs the article, in bold or italics in its
  last paragraph. On a Chinese page, a Chinese name that Yoast's "Written by" states is the
  post's account, left to the text's 作者 and 记者 lines as an element's is. A name the page
  prints only in another article's teaser (a link holding a heading) is no byline, nor is
  the text's byline read from a line that opens a picture's caption crediting its
  photographer (its subject); a Chinese name it prints only after an editor's label
  ("责任编辑：") is the editor, no author. The site's names include its publisher's that
  end an author's ("Editora Muster Zeitung"), its account
  (its one-word name without "Blog", "News"...) and its desk ("Muster Redaktion", also as
  the text read it; and where the markup states the desk, the site's one-word name as the
  text read it). A JSON-LD WebPage's author (a page's account) yields to a printed byline
  that names others, as does a markup author that is no person (nor a user's handle that a
  link to an author's page backs) to a printed byline of people. A printed byline that
  names all the markup's people and more stands. When it shares no name with the markup's,
  the side the later markup sources back stands (the printed byline on a tie), one name
  read longer on one side is the shorter (but a given name alone yields to a longer one
  that reads as a name), and with no backing neither is given, unless the markup's is an
  author meta alone naming someone the page prints nowhere (a site's setting: the printed
  byline stands); each such conflict is warned. A given name alone in the markup is the
  one full name the page prints starting with it at a line's end or before a dash; initials
  alone ("AR") are the one full name with those initials the page prints that the author
  page's link showing them names as its account (".../author/anaruiz/"). A
  printed byline that is the page's section, or a markup author that names no person or
  a desk cut short ("Letters To" of "Letters To The Editor"), names no writer.
  organisation: the text's, else a JSON-LD author that is an Organization (not the outlet
  itself), or an agency the markup names as author.
- captions: a figure's credit in an element of its own sets the caption's boundary.
- section: JSON-LD ``articleSection``, else ``article:section`` and the like, else the text's.
- outlet: the text reader's (it knows the outlets by the page's address too); else the
  JSON-LD publisher's name, else ``og:site_name``.
- language: the text's; where it cannot be told, ``<html lang>`` (or ``og:locale``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from typing import Literal
from zoneinfo import ZoneInfo

from . import roles, settings
from .fields import (
    BYLINE_LABEL,
    BYLINE_START,
    DATE_WORDS,
    is_bare_name,
    is_person_name,
    parse_credit,
    stated_names,
)
from .markup import FOLD, Found, Instant, Markup, read_markup
from .model import Article, Options, Span, Warning
from .pipeline import TITLE_SUFFIX, Extraction
from .registry import OutletProfile
from .text import has_cjk
from .timestamps import zone_name

#: Warnings about a time that the markup's own instant makes moot.
_TIME_GUESSES = frozenset(
    {"timezone_assumed", "year_inferred", "date_only", "relative_time", "unparsed_timestamp", "date_order_ambiguous"}
)
_NOT_FOUND = frozenset({"not_found", "low_confidence"})
#: A user's handle, which a link marked rel=author may name ("karstenruppert"), not a
#: CMS account ("wordpressadmin").
_HANDLE = re.compile(r"(?!\w*admin)[^\W\d_][\w.-]{2,29}", re.IGNORECASE)
#: A name stated by its initials alone: "AR", "A.R.", "A. R. K.".
_INITIALS = re.compile(r"(?:[A-Z]\.? ?){1,2}[A-Z]\.?")
#: Author sources that name whatever a link or element holds: only a person's name counts.
_LOOSE_AUTHORS = frozenset({"a[rel=author]", "[itemprop=author]", "[class=author]"})
#: The author meta, ``<meta name="author">``.
_AUTHOR_META = "meta[name=author]"
#: Yoast's "Written by" meta pair's name, ``<meta name="twitter:data1">``.
_WRITTEN_BY_META = "meta[name=twitter:data"
#: A byline's label anywhere in its line ("Ressort | Text & Fotos: Ana Ruiz").
_LABEL = re.compile(BYLINE_LABEL)
#: A Chinese name printed after an editor's label ("责任编辑：李四", "（编辑：李四 王五）"), its
#: name group the one the pattern is formatted with.
_CJK_EDITOR = r"(?:编辑|編輯)\s*[:：︱|]\s*(?:[\u4e00-\u9fff·]{{2,4}}\s+){{0,3}}{name}"
#: What a site's name adds to its publisher's ("Blog" of "Riverside Blog"), folded.
_SITE_WORDS = frozenset(
    {"blog", "blogs", "news", "online", "service", "media", "magazin", "magazine", "tv", "net", "web"}
)
#: Words that name a site's desk beside its name ("Muster Redaktion"), folded, without accents.
_DESK = frozenset(
    {"redaktion", "team", "webteam", "staff", "editorial", "editors", "desk", "newsroom", "newsdesk", "redaccion",
     "redazione", "redaction", "redacao", "redakcja", "redaktionsteam"}
)  # fmt: skip
#: Words that name a periodical or a firm, which no person's name holds ("Hafenstädter
#: Allgemeine Zeitung", "Muster Energie AG"): a markup author so named yields to a printed
#: byline of people.
_ORGANISATION = re.compile(
    r"\b(?:zeitung|zeitschrift|magazin|magazine|rundschau|kurier|anzeiger|nachrichten|tagblatt|tageblatt|gazette|"
    r"herald|tribune|chronicle|courier|journal|verlag|partei)\b|(?-i:\b(?:AG|SE|KG|GmbH|LLC|Ltd|PLC|Inc)\.?$)",
    re.IGNORECASE,
)
#: Desk words that open a desk's name, whoever's ("Redazione Muster", "Redacción Muster"): no name opens so.
_DESK_FIRST = frozenset({"redaktion", "redaccion", "redazione", "redaction", "redacao", "redakcja", "newsroom"})
#: Desk words that end a desk's name ("Muster Sports Desk", "muster-it Webteam"); not "staff", a
#: surname too ("Jörg Staff").
_DESK_LAST = frozenset({"team", "webteam", "desk", "newsdesk", "newsroom", "redaktion", "redaktionsteam", "editors"})
#: The most words of a markup author's opening read as that author cut short: a byline's
#: few, and a long field costs no more than a short one.
_CUT_SHORT_WORDS = 6
#: A person's titles, which may stand beside their name.
_TITLES = frozenset({"dr", "prof", "mag", "ing", "dipl", "phd", "md", "mr", "mrs", "ms", "sir"})
#: Headline candidates printed on the page itself (the others are title-like).
_PRINTED = frozenset({"h1", "[itemprop=headline]"})
#: A short name after a separator at the end of a Chinese title: the site's or the channel's.
_CJK_TAIL = re.compile(r"(?<![\-–—])\s*(?:--|[_|｜\-–—])\s*[^_|｜\-–—\s][^_|｜\-–—]{1,15}$")
#: Labels of a host that name no site ("www", "co" of "co.uk", "gv" of "gv.at").
_GENERIC_LABELS = frozenset({"www", "m", "com", "co", "gv", "gov", "org", "net", "ac", "edu", "or", "ne", "go", "news"})
#: A dash between words: a hyphen in one copy of a title, an en or em dash in another.
_SPACED_DASH = re.compile(r"(?<= )[-–—](?= )")
#: What separates a title's parts: its headline, the site's name, a section's.
_PARTS = re.compile(r" (?:\||-|–|—|::|:|·|»|•|/) ")


def normalise_html(
    html: str, options: Options | None = None, *, address: str | None = None, deadline: float | None = None
) -> Article:
    """Read one article from its page's HTML; ``address`` is the page's URL, if known
    (never fetched: it names the outlet by its domain)."""
    options = options or Options()
    markup = read_markup(html, address)
    combination = _Combination(markup, options)
    headline = combination.headline()
    extraction = Extraction(
        markup.text,
        options,
        deadline=deadline,
        address=markup.address,
        rendered=True,
        headline=headline.value if headline is not None else None,
        headline_at=markup.heading_at,
        date_order=markup.date_order,
    )
    article = extraction.run()
    combination.run(article, extraction, headline)
    return article


class _Combination:
    """The markup's values set over the text reader's Article, field by field."""

    def __init__(self, markup: Markup, options: Options) -> None:
        self.markup = markup
        self.options = options
        #: The page's lines, each under its words with their dashes as a title writes them
        #: ("Headline - more" for a printed "Headline – more").
        self.lines: dict[str, str] = {}
        #: How often the page prints each line.
        self.printed: Counter[str] = Counter()
        for line in markup.text.split("\n"):
            if line.strip():
                self.lines.setdefault(_dashes(line.strip()), line.strip())
                self.printed[line.strip()] += 1
        self.article = Article()
        self.profile: OutletProfile | None = None
        self.home_zone = settings.DEFAULT_TIMEZONE
        #: What title cuts took for the site's or a channel's name ("网易财经").
        self.site_tails: list[str] = []
        self.stamp_by_headline = False
        #: The markup's title when the page prints no headline it states (see headline).
        self.unprinted_title: Found | None = None
        #: The line the text reader read its byline from.
        self.byline_line: str | None = None

    def run(self, article: Article, extraction: Extraction, headline: Found | None) -> None:
        self.article = article
        self.profile = extraction.profile
        self.home_zone = extraction.home_zone
        self.byline_line = extraction.byline_line
        # Whether the text's publication stamp stood in the header, by the headline (else it
        # may be a comment's or a related story's date further down).
        stamp, headline_line = extraction.stamp_line, extraction.headline_line
        self.stamp_by_headline = stamp is not None and (
            stamp < settings.MAX_DATE_BELOW_HEADLINE
            if headline_line is None
            else -settings.MAX_DATE_ABOVE_HEADLINE <= stamp - headline_line <= settings.MAX_DATE_BELOW_HEADLINE
        )
        if headline is not None:
            article.headline = headline.value
            self._drop_warnings("headline", _NOT_FOUND)
            self._provenance("headline", headline)
        elif article.headline is not None and _fold(article.headline) in self._site_names(self._sites()):
            # The text reader's likeliest line is the site's name, as the markup states it.
            self._warn("low_confidence", "headline", f"{article.headline!r} is the site's name, not a headline")
            article.headline = None
            if article.provenance is not None:
                article.provenance.pop("headline", None)
        title = self.unprinted_title
        if title is not None and (article.headline is None or _fold(article.headline) == _fold(title.value)):
            # No line the text reader took, or one that prints the title's words and
            # nothing else ("[> Jens Weber").
            article.headline = title.value
            self._drop_warnings("headline", _NOT_FOUND | {"low_confidence"})
            self._provenance("headline", title)
            self._unsure_over_title(title, extraction)
        elif article.headline is None and extraction.unsure_headline is not None:
            # No title to weigh it against: the likeliest line stands when a heading
            # prints it (two weak readings that agree).
            heading = self._unsure_heading(extraction.unsure_headline[1], None)
            if heading is not None:
                article.headline = heading.value
                self._drop_warnings("headline", _NOT_FOUND)
                self._provenance("headline", heading)
        for field_name, candidates in (("published", self.markup.published), ("updated", self.markup.modified)):
            self._time(field_name, candidates)
        for fallback in (self.markup.address_day, self.markup.dated, self.markup.titled):
            if article.published_date is None and article.published_at is None and fallback is not None:
                self._time("published", [fallback])
        self._figures(extraction)
        self._authors()
        self._section()
        self._outlet()
        self._language()
        if article.published_at and article.updated_at and article.updated_at < article.published_at:
            # Both in the output zone, so the strings compare as the instants do.
            self._drop_warnings("updated_at", {"updated_before_published"})
            self._warn(
                "updated_before_published",
                "updated_at",
                "the page states an update time earlier than its publication time",
            )

    def _unsure_over_title(self, title: Found, extraction: Extraction) -> None:
        """The line the text reader found likeliest, though not surely, over a title the
        page never prints, when the page prints that line as its heading (two weak readings
        that agree: "<h1>Design</h1>" under "<title>Gutes Design für Firmen | Name"); no
        headline when the title names the site ("Name e.V.", "Headline - Name") and so is
        none, and the likeliest line is no sure one."""
        if extraction.unsure_headline is None:
            return
        _, words = extraction.unsure_headline
        heading = self._unsure_heading(words, title)
        if heading is not None:
            self.article.headline = heading.value
            self._provenance("headline", heading)
        elif _site_like(title.value, self._site_names(self._sites())):
            # The title names the site: surely not the headline. The likeliest line is no
            # sure one either, so none is given (low_confidence), as on a text page.
            self.article.headline = None
            if self.article.provenance is not None:
                self.article.provenance.pop("headline", None)
            self._warn(
                "low_confidence",
                "headline",
                f"no line reads as the headline surely enough (the likeliest, {words!r}); the page's title "
                f"{title.value!r} names the site",
            )

    def _unsure_heading(self, words: str, title: Found | None) -> Found | None:
        """The heading that prints the line the text reader found likeliest, though not
        surely: a printed headline candidate, against a title (without one, the markup's
        headline has weighed each already and found none); or the page's first ``<h2>``,
        the headline of a page whose ``<h1>`` is none ("<h1>Page</h1>" of a wiki's menu),
        when it is not the site's name and no title states other words: the page has none,
        or its title holds the heading's words ("Topic - more or Heading") or names the
        site and at most one word more ("Harbour Rail Enquiries -"). A listing's first-rank
        headings (MIN_LISTING_HEADINGS distinct ``<h1>``) vouch for no line."""
        folded = _fold(words)
        printed = [f for f in self.markup.headlines if f.locator in _PRINTED]
        listing = _listing(printed)
        heading = next(
            (f for f in printed if title is not None and not listing and _fold(f.value) == folded),
            None,
        )
        second = self.markup.subheading
        if heading is not None or second is None or _fold(second.value) != folded:
            return heading
        names = self._site_names(self._sites())
        if folded in names:
            return None
        if title is None or _holds(title.value, words):
            return second
        past = _past_names(title.value, names)
        if len(past) < 2 and len(past) < len(_words(title.value)):  # the site's name, and a word at most
            return second
        return None

    # -- fields ----------------------------------------------------------------

    def headline(self) -> Found | None:
        """The one writer of an HTML page's headline (the precedence is in the module's
        doc); None leaves it to the text reader."""
        markup = self.markup
        titles = [f for f in markup.headlines if f.locator not in _PRINTED]
        printed = [f for f in markup.headlines if f.locator in _PRINTED]
        sites = self._sites()
        # A heading that ends a title far longer than itself, whose other words the page
        # prints as a line of their own, is the site's name set as its logo ("<h1>松花江网
        # </h1>" under "<title>标题 松花江网", "标题" printed); a kicker's title ends with
        # the headline's heading too ("Kicker: Headline"), but prints no line of its own.
        logos = [
            p
            for p in printed
            if any(_ends(t.value, p.value) and self._line(_without_logo(t.value, [p])) for t in titles)
        ]
        printed = [p for p in printed if p not in logos]
        # A heading cut short ("... la legitimidad de su g": microdata cut at 100
        # characters) gives way to the whole headline another candidate states; not to a
        # title that glues the site's name to it ("HeadlineSite").
        names = self._site_names(sites)
        printed = [
            p
            for p in printed
            if not any(
                len(other.value) > len(p.value)
                and other.value.startswith(p.value)
                and _cut_short(p.value, other.value)
                and not _framed(p.value, other.value, names)
                for other in markup.headlines
            )
        ]
        sites += [p.value for p in logos]
        cut = [Found(self._without_site(_without_logo(f.value, logos), sites), f.locator) for f in titles]
        # A title that is the site's name alone ("Deutscher Schwimm-Verband e.V.") is none;
        # so is one word left of a title once the site's name is cut ("Blog | Site"), unless
        # a heading of the page agrees with it: a section's or a listing's name.
        names = self._site_names(sites + self.site_tails)
        cut = [
            t
            for t, f in zip(cut, titles, strict=True)
            if t.value
            and _fold(t.value) not in names
            and not (
                t.value != f.value
                and len(t.value.split()) == 1
                and not has_cjk(t.value)
                and not any(_agrees(p.value, t.value) for p in printed)
            )
        ]
        # A title cut short with an ellipsis ("Headline that goes on in...") gives way to
        # the whole one another candidate states.
        whole = [f.value for f in cut + printed]
        cut = [t for t in cut if not any(_ellipsis_of(t.value, other) for other in whole)]
        sites += self.site_tails
        found = (
            self._agreed(printed, cut, self._site_names(sites))
            or self._past_kickers(printed, cut)
            or self._printed_part([Found(line, t.locator) for t in cut if (line := self._own_line(t.value))], names)
            or next((Found(line, t.locator) for t in cut if (line := self._own_line(t.value))), None)
            or self._printed_part(titles, names)
            or self._first_heading(printed, titles, sites)
        )
        # A title the page never prints (often the site's name alone: "ICON Magazine") is
        # the headline only when the text reader finds none surely enough (see run).
        self.unprinted_title = None if found is not None else next(iter(cut), None)
        return found

    def _agreed(self, printed: list[Found], titles: list[Found], names: set[str]) -> Found | None:
        """The first printed heading a title agrees with; the title's words alone when
        the heading adds a kicker before them ("Immobilienkrise Rene Benko-Firma ...") or
        a subtitle after them; the whole heading when another title states it whole and
        the shorter one leaves out a topic before a colon ("Topic: Headline": og:title and
        <h1> against a JSON-LD headline)."""
        for heading in printed:
            whole = any(_fold(heading.value) == _fold(title.value) for title in titles)
            for title in titles:
                if _agrees(heading.value, title.value):
                    before = heading.value.removesuffix(title.value)
                    if whole and before != heading.value and before.rstrip().endswith(":"):
                        return heading
                    if len(title.value) < len(heading.value) and (
                        heading.value.endswith(title.value)
                        or (heading.value.startswith(title.value) and not _cut_short(title.value, heading.value))
                    ):  # a kicker before the title's words, or a subtitle after them
                        return Found(title.value, heading.locator)
                    if (rest := _past_kicker(heading.value, title.value)) is not None:
                        return Found(rest, heading.locator)
                    return heading
        # Framing by the site's names only after no title agrees with any heading.
        return next((h for h in printed for t in titles if _framed(h.value, t.value, names)), None)

    def _past_kickers(self, printed: list[Found], titles: list[Found]) -> Found | None:
        """The first printed heading's words past a kicker that a title sets apart, when no
        title agrees with a heading as a whole (see _past_kicker)."""
        for heading in printed:
            for title in titles:
                if (rest := _past_kicker(heading.value, title.value)) is not None:
                    return Found(rest, heading.locator)
        return None

    def _printed_part(self, titles: list[Found], names: set[str]) -> Found | None:
        """The part of a title, between its separators, that the page prints as a line
        of its own ("Muffin Grundrezept" of "Muffin Grundrezept : Muffin Rezepte"), and
        that is not the site's name (printed as its logo)."""
        for title in titles:
            parts = [part.strip() for part in _PARTS.split(title.value)]
            if len(parts) < 2:
                continue
            for part in sorted(parts, key=len, reverse=True):
                if len(part.split()) >= 2 and (line := self._own_line(part)) and _fold(part) not in names:
                    return Found(line, title.locator)
        return None

    def _first_heading(self, printed: list[Found], titles: list[Found], sites: list[str]) -> Found | None:
        """The first printed heading that reads as a headline, when no title states one:
        none when the page prints three first-rank headings or more, a listing's or a home
        page's teasers (each a film's, a gallery's, a sidebar's), of which the first is no
        surer than the others."""
        headlines = [p for p in printed if self._headline_like(p.value, titles, sites)]
        if _listing(headlines):
            return None
        return headlines[0] if headlines else None

    def _headline_like(self, value: str, titles: list[Found], sites: list[str]) -> bool:
        """Whether a printed heading reads as the article's, not the site's name or a
        section's: a few words, none of them the site's."""
        if len(value.split()) < settings.MIN_PRINTED_HEADLINE_WORDS and not has_cjk(value):
            return False
        names = self._site_names(sites)
        if _site_like(value, names):
            return False
        # The site's name stands after a title's last separator.
        return not any(
            _fold(value) == _fold(title.value[found.end() :])
            for title in titles
            if (found := _last(roles.TITLE_SEPARATOR.finditer(title.value))) is not None
        )

    def _without_site(self, title: str, sites: list[str]) -> str:
        """A title without the site's name at its end (or start): a registry suffix, the
        markup's site name, the page's domain, or a name printed as a line of its own."""
        title = TITLE_SUFFIX.sub("", title)
        if has_cjk(title):
            # "标题_网易财经", "标题-搜狐财经", "标题 - 要闻云南 - 云南日报网": short site and
            # channel names after separators written without spaces.
            for _ in range(settings.MAX_TITLE_CUTS):
                cut = _CJK_TAIL.search(title)
                if cut is None or cut.start() < len(title) - cut.start():
                    break
                self.site_tails.append(cut.group().strip(" _|｜-–—"))
                title = title[: cut.start()].rstrip()
        separators = list(roles.TITLE_SEPARATOR.finditer(title))
        if not separators:
            return title
        names = self._site_names(sites)
        # The first part after a separator that names the site, and all after it
        # ("Headline | petri-heil.ch | Dein Schweizer Fischereimagazin").
        for separator, following in zip(separators, [*separators[1:], None], strict=True):
            part = title[separator.end() : following.start() if following else len(title)].strip()
            if _site_like(part, names):
                return title[: separator.start()].rstrip()
        last, first = separators[-1], separators[0]
        tail, head = title[last.end() :].strip(), title[: first.start()].strip()
        if self._line(tail) and len(tail.split()) <= settings.MAX_SITE_NAME_WORDS:
            return title[: last.start()].rstrip()
        if _site_like(head, names):
            return title[first.end() :].lstrip()
        return title

    def _line(self, value: str) -> str | None:
        """The line the page prints with ``value``'s words, its dashes as printed ("Title –
        more" for a title's "Title - more": a CMS sets a dash in the printed headline alone);
        None when it prints no such line."""
        return self.lines.get(_dashes(value.strip()))

    def _own_line(self, value: str) -> str | None:
        """The line the page prints with ``value``'s words (see _line), unless it prints it
        only in its ``<aside>`` blocks: a title there is a teaser's in a sidebar ("Trending
        posts"), and the page's own heading states the headline better."""
        line = self._line(value)
        if line is not None and self.markup.asides[line] >= self.printed[line]:
            return None
        return line

    def _sites(self) -> list[str]:
        """The site's names as the page states them: the markup's, its logo's words as
        printed, and the names title cuts took for the site's."""
        return [f.value for f in self.markup.sites] + self.markup.logos + self.site_tails

    def _site_names(self, sites: list[str]) -> set[str]:
        """The site's names, folded: the markup's, and its domain's name ("spiegel")."""
        names = {_fold(site) for site in sites}
        domain = (self.markup.host or "").removeprefix("www.")
        if domain:
            labels = domain.split(".")[:-1] or [domain]
            names.update(_fold(label) for label in labels if label not in _GENERIC_LABELS)
            names.add(_fold(domain))
        names.discard("")
        return names

    def _time(self, field_name: str, candidates: list[Instant]) -> None:
        if field_name == "published":
            candidates = self._as_printed(candidates)
        if not candidates:
            return
        article = self.article
        key = f"{field_name}_at"
        stated = next((c for c in candidates if c.has_zone), None)
        printed_at = getattr(article, key)
        printed_day = getattr(article, f"{field_name}_date")
        guessed = any(w.field == key and w.code == "timezone_assumed" for w in article.warnings)
        if stated is not None:
            assert stated.moment is not None
            value = stated.moment.astimezone(self.options.timezone).isoformat(timespec="seconds")
            local = self._local_day(stated.moment)
            if printed_day is not None and not _reconciled(stated.moment, date.fromisoformat(printed_day)):
                # The day the text reader took is another date on the page (a related
                # story's, a comment's) or the page's error: the markup's day stands.
                self._warn(
                    "markup_conflict",
                    key,
                    f"the markup states {stated.found.value!r} ({stated.found.locator}); the page prints {printed_day}",
                )
                printed_day = None
            elif (local is not None and printed_day != local.isoformat()) or not self.stamp_by_headline:
                # The page's own zone puts the instant on its day, or the text's date stood
                # far from the headline: the day printed is another date (a comment's, a
                # later edition's), and the markup's day stands.
                printed_day = None
            self._set_time(field_name, value, stated, printed_day, local)
            return
        best = candidates[0]
        if printed_day is not None and abs((date.fromisoformat(printed_day) - best.day).days) > 1:
            # The markup states a day without a zone, and no zone explains the printed
            # one: the text reader's is another date on the page. The markup's stands.
            self._warn(
                "markup_conflict",
                key,
                f"the markup states {best.found.value!r} ({best.found.locator}); the page prints {printed_day}",
            )
            self._drop_warnings(key, _TIME_GUESSES)
            self._drop_warnings(f"{field_name}_date", _TIME_GUESSES)
            for member in (key, f"{field_name}_date"):
                setattr(article, member, None)
                if article.provenance is not None:
                    article.provenance.pop(member, None)
            printed_at = printed_day = None
        if printed_at is not None and not guessed:
            return  # a printed time with its zone
        timed = next((c for c in candidates if c.moment is not None), None)
        if timed is not None and printed_at is None:
            assert timed.moment is not None
            zone = self.options.assume_timezone or ZoneInfo(self.home_zone)
            moment = timed.moment.replace(tzinfo=zone)
            value = moment.astimezone(self.options.timezone).isoformat(timespec="seconds")
            self._set_time(field_name, value, timed, printed_day)
            self._warn(
                "timezone_assumed",
                key,
                f"{timed.found.value!r} ({timed.found.locator}) states no time zone; assumed {zone_name(zone)}",
            )
        elif printed_day is None:
            day = candidates[0]
            setattr(article, f"{field_name}_date", day.day.isoformat())
            self._provenance(f"{field_name}_date", day.found)
            if printed_at is None:
                self._drop_warnings(key, _NOT_FOUND | _TIME_GUESSES)
                self._warn("date_only", key, f"{day.found.value!r} ({day.found.locator}) states a date but no time")

    def _as_printed(self, candidates: list[Instant]) -> list[Instant]:
        """The markup's publication times, when the day the page prints beside its headline
        is none of the first one's but something else backs it: another of the markup's
        publication times ("datePublished" against "article:published_time"), its update
        time (a site that prints its last edit as the article's date), an element of a
        date's class, or the page's address; or when the markup states days alone, without
        a time. The page shows that day as its date: the candidates on it, or none, and the
        printed reading stands. Else the candidates as they are (but see _unprinted)."""
        printed = self.article.published_date
        if not candidates:
            return candidates
        if printed is None or not self.stamp_by_headline:
            return self._unprinted(candidates)
        day = date.fromisoformat(printed)
        if _on_day(candidates[0], day):
            return candidates
        agreeing = [c for c in candidates if _on_day(c, day)]
        if agreeing:
            return agreeing
        witnesses = [*self.markup.modified, self.markup.dated, self.markup.address_day]
        witness = next((w for w in witnesses if w is not None and _on_day(w, day)), None)
        # A markup day without a time (dc.date "2021-10-15", <time datetime="2019-07-30">) is
        # an edition's or a listing's day as often as the article's: the printed stamp stands.
        days_only = all(c.moment is None for c in candidates)
        if witness is None and not days_only:
            return candidates
        first = candidates[0].found
        backing = f"as {witness.found.locator} states it" if witness is not None else "and the markup states no time"
        self._warn(
            "markup_conflict",
            "published_at",
            f"the markup states {first.value!r} ({first.locator}); the page prints {printed} beside its headline, "
            f"{backing}; the printed day stands",
        )
        return []

    def _unprinted(self, candidates: list[Instant]) -> list[Instant]:
        """The markup's publication times on a page that prints no publication stamp
        beside its headline: those on the day an update stamp there shows ("Last updated
        4 Jun 2020"), in the page's own zone, when the first is not (a CMS that states a
        second publication time on its last edit); those on the day an element of a date's
        class prints, when the first is not and another of them and the update time both
        state it (a stamp the text reader could not read: "...?Monday, 6 January 2020",
        glued to the standfirst). Else all of them: an update never stands for the
        publication ("updated 4 Jun 2020, originally created 17 Jun 2019")."""
        article, dated = self.article, self.markup.dated
        if article.published_date is None and article.updated_date is not None and self.stamp_by_headline:
            day = date.fromisoformat(article.updated_date)
            if self._shows(candidates[0], day):
                return candidates
            return [c for c in candidates if self._shows(c, day)] or candidates
        if (
            dated is not None
            and not _on_day(candidates[0], dated.day)
            and any(_on_day(c, dated.day) for c in candidates[1:])
            and any(_on_day(m, dated.day) for m in self.markup.modified)
        ):
            return [c for c in candidates if _on_day(c, dated.day)]
        return candidates

    def _shows(self, instant: Instant, printed: date) -> bool:
        """Whether a markup time's day, as the article gives it, is a printed day: in the
        page's own zone when the markup states one (see _local_day), else as stated."""
        local = self._local_day(instant.moment) if instant.moment is not None and instant.has_zone else None
        return (local if local is not None else instant.day) == printed

    def _local_day(self, moment: datetime) -> date | None:
        """The instant's day in the page's own zone: the first offset other than UTC that
        the markup states for any of its times (pages give UTC in one place and local time
        in another); None when it states UTC alone."""
        for instant in (*self.markup.published, *self.markup.modified):
            offset = instant.moment.utcoffset() if instant.moment is not None else None
            if offset:
                return moment.astimezone(timezone(offset)).date()
        # A day alone stored as the midnight that opens it in the site's zone, written in UTC
        # ("2022-11-06T23:00:00Z" for the 7th in Berlin): that day.
        home = moment.astimezone(ZoneInfo(self.home_zone))
        if moment.utcoffset() == timedelta(0) and (home.hour, home.minute, home.second) == (0, 0, 0):
            return home.date()
        return None

    def _set_time(
        self, field_name: str, value: str, instant: Instant, printed_day: str | None, local: date | None = None
    ) -> None:
        key = f"{field_name}_at"
        setattr(self.article, key, value)
        self._drop_warnings(key, _NOT_FOUND | _TIME_GUESSES)
        self._provenance(key, instant.found)
        if printed_day is None:
            day = local or (instant.moment.date() if instant.moment is not None else instant.day)
            setattr(self.article, f"{field_name}_date", day.isoformat())
            self._drop_warnings(f"{field_name}_date", _TIME_GUESSES)
            self._provenance(f"{field_name}_date", instant.found)

    def _figures(self, extraction: Extraction) -> None:
        """Credits the markup sets apart: given to the text's caption of the same words
        when it has none, or a caption of their own when the text gave none; the words
        the text took for a paragraph (caption and credit run together) leave the body."""
        article = self.article
        run_together: set[str] = set()
        for figure in self.markup.figures:
            extraction.budget.check()
            credit = parse_credit(figure.credit)
            if credit is None or figure.text is None:
                continue
            folded = _fold(figure.text)
            whole = _fold(figure.text + figure.credit)
            # The text's reading of the same figure: its words, perhaps with part of the
            # credit taken into them ("... Monday. Li" and "Wei/Xinhua"): the markup's
            # boundary between caption and credit stands.
            same = next((c for c in article.captions if c.text and _same_figure(_fold(c.text), folded, whole)), None)
            if same is not None:
                if (same.credit is None and same.photographer is None) or _fold(same.text or "") != folded:
                    same.text, same.credit, same.photographer = figure.text, credit.credit, credit.photographer
                continue
            position = extraction.add_caption(figure.text, credit)
            self._provenance(f"captions.{position}", Found(f"{figure.text} {figure.credit}", figure.locator))
            run_together.update((folded, whole, _fold(figure.credit + figure.text)))
        if run_together:
            article.body = [paragraph for paragraph in article.body if _fold(paragraph) not in run_together]

    def _authors(self) -> None:
        byline = self.article.byline
        printed = list(byline.authors)
        if printed and all(self._teasers_only(name) for name in printed):
            # The page's byline as read is another article's, printed in its teaser.
            printed = self._keep_printed([])
        if printed and self._caption_subject():
            # The text reader read a picture's caption as the byline: the name that opens
            # it is the picture's subject ("Ana Ruiz, the mayor, at ... Photo: Lea Kern").
            printed = self._keep_printed([])
        organisation: str | None = None
        # Not the logo's words: a blog's logo is often its writer's name.
        sites = self._site_names([f.value for f in self.markup.sites] + self.site_tails)
        if self.article.outlet:
            sites.add(_fold(self.article.outlet))
        # The site's desk ("Muster Redaktion"), which the text read as a name; or the site's
        # name alone where the markup states its desk ("Muster" of "Muster-Team").
        desk = any(_names_the_desk(found.value, sites) for group in self.markup.authors for found in group)
        if printed and any(_desk_or_site(name, sites, desk) for name in printed):
            printed = self._keep_printed([name for name in printed if not _desk_or_site(name, sites, desk)])
        # The name the markup states as a desk's ("Muster" of "Redazione Muster"), or one that
        # names no person, cut short ("Letters To" of "Letters To The Editor"), or the page's
        # section ("Morning Show" where the markup states that section): no writer.
        desks = {rest for group in self.markup.authors for found in group if (rest := _desk_of(found.value))}
        # The words that open a markup author that names no person ("Letters To The Editor"):
        # a printed byline of those words alone, no bare name ("Letters To"), is that author
        # cut short (a person's name may open one: "Ana Ruiz Reporter").
        cut_short = {
            "".join(words[:end])
            for group in self.markup.authors
            for found in group
            if not stated_names(found.value)[0]
            for words in [_words(found.value)]
            for end in range(2, min(len(words), _CUT_SHORT_WORDS + 1))
        }
        # (a labelled byline, "By Dan Walters", names its writer whatever the section's name)
        labelled = BYLINE_START.match(self.byline_line or "") is not None
        sections = set() if labelled else {_fold(found.value) for found in self.markup.sections}
        if printed and any(_no_writer(name, desks, cut_short, sections) for name in printed):
            printed = self._keep_printed([name for name in printed if not _no_writer(name, desks, cut_short, sections)])
        groups = self.markup.authors
        # A group of one-word names (a handle, "edilson.la.rosa", or a first name) yields
        # to a later group that names someone in full.
        full = next((i for i, g in enumerate(groups) if any(" " in f.value.strip() for f in g)), None)
        if full is not None and full > 0 and all(" " not in f.value.strip() for g in groups[:full] for f in g):
            groups = [groups[full], *groups[:full], *groups[full + 1 :]]
        chosen: list[tuple[str, Found]] = []
        for index, group in enumerate(groups):
            people, named_organisation = self._people(group, sites)
            organisation = organisation or named_organisation
            if not people:
                continue
            verdict = self._settle(people, groups[index + 1 :], printed, sites)
            if verdict == "markup":
                chosen = people
            elif verdict is None:
                # The markup names others than the page's printed byline (a CMS account
                # beside the writer, or a byline misread), and no other source settles
                # which is right: neither is given.
                self._keep_printed([])
                self._drop_warnings("byline.authors", {"low_confidence"})
            if printed and not {_fold(name) for name, _ in people} & {_fold(name) for name in printed}:
                named, shown = ", ".join(name for name, _ in people), ", ".join(printed)
                stands = {"markup": "; the markup's stands", "printed": "; the printed byline stands"}.get(
                    verdict or "", ""
                )
                self._warn(
                    "markup_conflict",
                    "byline.authors",
                    f"the markup names {named!r} ({people[0][1].locator}); the page prints {shown!r}{stands}",
                )
            break
        if not chosen and not printed:
            chosen = self._linked_authors(sites) or self._post_author(sites) or self._signature(sites)
        if chosen:
            chosen = [(self._in_full(name), found) for name, found in chosen]
            byline.authors = [name for name, _ in chosen]
            self._drop_warnings("byline.authors", {"low_confidence"})  # the text's doubt
            for position, (_, found) in enumerate(chosen):
                self._provenance(f"byline.authors.{position}", found)
        if byline.organisation is None:
            stated = organisation or next((f.value for f in self.markup.organisations), None)
            if stated is not None and stated != self.article.outlet:
                byline.organisation = stated

    def _keep_printed(self, kept: list[str]) -> list[str]:
        """The text's byline reduced to the names ``kept``; their spans follow them, a
        dropped name's goes, and the byline's too when it holds no value now."""
        byline, provenance = self.article.byline, self.article.provenance
        if provenance is not None:
            spans = {name: provenance.pop(f"byline.authors.{i}", None) for i, name in enumerate(byline.authors)}
            for position, name in enumerate(kept):
                if (span := spans.get(name)) is not None:
                    provenance[f"byline.authors.{position}"] = span
            if not kept and byline.organisation is None:
                provenance.pop("byline", None)
        byline.authors = kept
        return kept

    def _settle(
        self, people: list[tuple[str, Found]], later: list[list[Found]], printed: list[str], sites: set[str]
    ) -> Literal["markup", "printed"] | None:
        """Whose authors stand when the first markup source names people: "printed" when the
        page's byline names them all and more; "markup" when the page prints no byline or one
        that shares a name with it; when they name others, the one the other markup sources back
        ("printed" when they back the page's byline at least as often), or None when none does
        ("printed" when the markup's is an author meta alone that names someone the page prints
        nowhere). One name read longer on one side ("Jule Radeck" and a byline misread as "Jule
        Radeck Vom") is the shorter, unless that is a given name alone and the longer reads as a
        name ("Todd" and "Todd Bates", not "Todd In News": a byline glued to its category). Of
        the 14 training pages where they differed, this settles 9: 7 right by the labels, 2 not
        (only by a degree or an organisation the label adds)."""
        stated = {_fold(name) for name, _ in people}
        byline = {_fold(name) for name in printed}
        if stated < byline:
            # The printed byline names the markup's people and more: a site's markup often
            # states the first of several writers alone.
            return "printed"
        if not printed or stated & byline:
            return "markup"
        if all(found in self.markup.page_authors for _, found in people):
            # A WebPage's author is the page's account, which a printed byline overrules.
            return "printed"
        if len(people) == 1 == len(printed):
            short, long = sorted((people[0][0], printed[0]), key=lambda name: len(_words(name)))
            shorter, longer = _words(short), _words(long)
            if longer[: len(shorter)] == shorter:
                # The shorter, unless it is a given name alone and the longer a name ("Todd"
                # and "Todd Bates"; not "Todd In News", a byline glued to its category, nor
                # "Todd Thursday", one glued to its stamp's weekday: a month or weekday ends a
                # name only before a date, as in the text reader's candidates).
                dated = re.search(rf"{re.escape(long)},?\s+(?:\d|\w+\.?\s+\d)", self.byline_line or "")
                named = is_person_name(long) and not (set(longer[len(shorter) :]) <= DATE_WORDS and dated)
                kept = longer if len(shorter) == 1 and named else shorter
                return "markup" if kept == _words(people[0][0]) else "printed"
        linked = {_fold(link.value) for link in self.markup.author_links}
        if not any(
            (is_person_name(name) and not _ORGANISATION.search(name))
            or (_HANDLE.fullmatch(name) and _fold(name) in linked)
            for name, _ in people
        ) and all(is_person_name(name) for name in printed):
            # The markup's "author" is no person ("Bund der Energieverbraucher", the site's
            # publisher, "Hafenstädter Allgemeine Zeitung"), nor a user's handle that a link
            # to an author's page backs; the page prints people.
            return "printed"
        others = [{_fold(name) for name, _ in self._people(group, sites)[0]} for group in later]
        for_markup = sum(1 for names in others if names & stated)
        for_printed = sum(1 for names in others if names & byline)
        if for_printed and for_printed >= for_markup:
            return "printed"
        if for_markup:
            return "markup"
        line = self.byline_line or ""
        labelled = BYLINE_START.match(line) is not None or _LABEL.search(line) is not None
        if labelled and all(map(is_person_name, printed)) and all(f.locator == _AUTHOR_META for _, f in people):
            text = _fold(self.markup.text)  # (after the cheap tests: an author meta may repeat)
            unprinted = not any(folded in text for folded in stated)
        else:
            unprinted = False
        if unprinted:
            # The author meta alone, naming someone the page prints nowhere: a site's setting
            # for all its pages (its publisher's, another title's, "Muster Illustrierte"),
            # wrong on 8 of the 9 training pages whose meta names so; the page prints its
            # writer under a byline's opening or label ("Von", "Text & Fotos:"), not a line
            # read as one ("© 2024 by ...").
            return "printed"
        return None

    def _teasers_only(self, name: str) -> bool:
        """Whether the page prints a name only in teasers, the links to other articles
        that hold their headings ("Kolumne | Ein Titel | von Ana Ruiz"); a link that holds
        the name alone is its own page's (an author box's "<a href=/team/ana-ruiz><h4>")."""
        printed = self.markup.text.count(name)
        return 0 < printed <= sum(teaser.count(name) for teaser in self.markup.teasers if teaser != name)

    def _caption_subject(self) -> bool:
        """Whether the line the byline was read from opens a picture's caption that credits
        its photographer ("Ana Ruiz" over "Foto: Lea Kern"), and the page prints no other
        line that opens so (the byline itself above the article, an author box's portrait)."""
        line = (self.byline_line or "").casefold()
        if not line:
            return False
        captions = sum(1 for caption in self.markup.captions if _opens(caption.casefold(), line))
        return (
            captions > 0
            and sum(1 for printed in self.markup.text.casefold().split("\n") if _opens(printed.strip(), line))
            <= captions
        )

    def _editor_only(self, name: str) -> bool:
        """Whether the page prints a Chinese name only as its editor's ("责任编辑：李四"): a
        Chinese page's markup often states its editor as the author."""
        if not has_cjk(name):
            return False
        printed = self.markup.text.count(name)
        edited = len(re.findall(_CJK_EDITOR.format(name=re.escape(name)), self.markup.text))
        return 0 < printed <= edited

    def _linked_authors(self, sites: set[str]) -> list[tuple[str, Found]]:
        """The people the links to authors' pages name, when no other source names any:
        each link a person's full name, and no more than a byline's few (a list of posts
        names each post's writer, or a handle among them)."""
        # Not the site, nor a link's words that read as a name but for a menu's word ("Alle
        # Beiträge": all the posts on the author's page).
        links = [
            found
            for found in self.markup.author_links
            if not _names_the_site(found.value, sites) and not _menu_words(found.value)
        ]
        if not 0 < len(links) <= settings.MAX_BYLINE_NAMES:
            return []
        if not all(" " in found.value and is_person_name(found.value) for found in links):
            return []
        return [(found.value, found) for found in links]

    def _post_author(self, sites: set[str]) -> list[tuple[str, Found]]:
        """The name the post's own author signs a reply in its comments with, when no
        other source names anyone: a person's name or a user's handle ("MikeNils")."""
        found = self.markup.post_author
        if found is None or _names_the_site(found.value, sites) or has_cjk(found.value):
            return []
        if not (is_person_name(found.value) or _HANDLE.fullmatch(found.value)):
            return []
        return [(found.value, found)]

    def _signature(self, sites: set[str]) -> list[tuple[str, Found]]:
        """The full name that signs the article in its last paragraph, when no other
        source names anyone: not the site's, nor a name other articles' teasers print."""
        found = self.markup.signature
        if found is None or _names_the_site(found.value, sites) or self._teasers_only(found.value):
            return []
        return [(found.value, found)]

    def _in_full(self, name: str) -> str:
        """A markup author stated by a given name alone ("Nils") is the one full name the
        page prints that starts with it and ends a line or a dash follows ("Ein Essay von
        Nils Berger", "Nils Berger - Fotograf und Autor" in the author's box); a name the
        page never prints so, or in two ways, stands as stated. Within a line the next
        word is as often a sentence's or a tag list's ("Nils Ich glaube", "Nils Reisen,").
        One stated by initials alone ("AR") is the full name with those initials that the
        page prints and the link to an author's page that shows them names as its account
        ("<a href=/author/anaruiz/>AR</a>"; not another writer's link in a list of stories)."""
        if _INITIALS.fullmatch(name) and name in self.markup.author_slugs:
            return self._by_initials(name) or name
        if not name.isalpha() or has_cjk(name) or not is_person_name(name):
            return name
        found = {
            _fold(full): full
            for match in re.finditer(rf"(?<!\w){re.escape(name)} ([^\W\d_][\w'’-]+)(?=\n|$| [-–—] )", self.markup.text)
            if match[1][0].isupper() and is_person_name(full := f"{name} {match[1]}")
        }
        return next(iter(found.values())) if len(found) == 1 else name

    def _by_initials(self, initials: str) -> str | None:
        """The one full name the page prints whose words open with ``initials`` ("Ana Ruiz"
        of "AR", "A.R.") and that the account of an author page's link showing them names
        ("anaruiz", "ana-ruiz")."""
        slugs = set(self.markup.author_slugs.get(initials, ()))
        words = " ".join(rf"{re.escape(letter)}[^\W\d_][\w'’-]*" for letter in initials if letter.isalpha())
        found = {
            folded: match[0]
            for match in re.finditer(rf"(?<![\w-]){words}(?![\w-])", self.markup.text)
            if (folded := _fold(match[0])) in slugs and is_person_name(match[0])
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _people(self, group: list[Found], sites: set[str]) -> tuple[list[tuple[str, Found]], str | None]:
        """One markup source's people (none that is the site), and an organisation it names."""
        people: list[tuple[str, Found]] = []
        seen: set[str] = set()
        organisation: str | None = None
        linked = {_fold(link.value) for link in self.markup.author_links}
        for found in group:
            names, named_organisation = stated_names(found.value)
            organisation = organisation or named_organisation
            if found.locator in _LOOSE_AUTHORS:
                # Links and elements: a person's name, or nothing; a Chinese page's
                # element names are left to its 作者 and 记者 lines, which say whose.
                # A user's handle counts from a link marked rel=author, or from a byline
                # element when a link to an author's page names the same handle.
                names = [
                    name
                    for name in names
                    if not has_cjk(name)
                    and (
                        is_person_name(name)
                        or (_HANDLE.fullmatch(name) and (found.locator == "a[rel=author]" or _fold(name) in linked))
                    )
                    # A name printed only in other articles' teasers is theirs.
                    and not self._teasers_only(name)
                ]
            elif found.locator.startswith(_WRITTEN_BY_META) and (
                self.markup.language or self.article.language or ""
            ).startswith("zh"):
                # Yoast's "Written by" states the post's account, which on a Chinese page is
                # as often a desk's or a column's ("產業動態"): left to its 作者 and 记者 lines.
                # (A Japanese page's kanji name stands; so does the account Yoast's JSON-LD
                # states as the author, which is read before.)
                names = [name for name in names if not has_cjk(name)]
            for name in names:
                if name not in seen and not self._editor_only(name) and not _names_the_site(name, sites):
                    seen.add(name)
                    people.append((name, found))
        return people, organisation

    def _section(self) -> None:
        found = next(iter(self.markup.sections), None)
        if found is not None:
            self.article.section = found.value
            self._provenance("section", found)

    def _outlet(self) -> None:
        if self.article.outlet is not None:
            return
        found = next(iter(self.markup.sites), None)
        if found is not None and not found.value.startswith("@"):
            self.article.outlet = found.value
            self._drop_warnings("outlet", _NOT_FOUND)
            self._provenance("outlet", found)

    def _language(self) -> None:
        """The markup's language where the text's could not be told: pages' lang
        attributes are often a template's ("zh-Hant-TW" on an English page)."""
        stated = self.markup.language
        if stated is not None and self.article.language == "und":
            self.article.language = stated

    # -- helpers ---------------------------------------------------------------

    def _warn(self, code: str, field_name: str, message: str) -> None:
        self.article.warnings.append(Warning(code, field_name, message))

    def _drop_warnings(self, field_name: str, codes: frozenset[str] | set[str]) -> None:
        self.article.warnings = [w for w in self.article.warnings if not (w.field == field_name and w.code in codes)]

    def _provenance(self, key: str, found: Found) -> None:
        if self.article.provenance is not None:
            self.article.provenance[key] = (
                Span(found.value, None, None, source="address")
                if found.locator == "url"
                else Span(found.value, None, None, source="markup", locator=found.locator)
            )


def _last(found: Iterator[re.Match[str]]) -> re.Match[str] | None:
    last = None
    for last in found:  # noqa: B007
        pass
    return last


def _dashes(value: str) -> str:
    """``value`` with a dash between spaces written as a hyphen."""
    return _SPACED_DASH.sub("-", value)


def _listing(printed: list[Found]) -> bool:
    """Whether printed headings are a listing's (a home page's teasers): MIN_LISTING_HEADINGS
    distinct first-rank headings or more, of which the first is no surer than the others."""
    return len({_fold(f.value) for f in printed if f.locator == "h1"}) >= settings.MIN_LISTING_HEADINGS


def _fold(value: str) -> str:
    return FOLD.sub("", value.casefold())


def _words(value: str) -> list[str]:
    return [word for word in FOLD.split(value.casefold()) if word]


def _holds(value: str, words: str) -> bool:
    """Whether ``value`` holds ``words`` as whole words (Chinese, written without spaces: as
    characters)."""
    if has_cjk(words):
        return _fold(words) in _fold(value)
    inner, outer = _words(words), _words(value)
    return bool(inner) and any(outer[i : i + len(inner)] == inner for i in range(len(outer) - len(inner) + 1))


def _past_names(value: str, names: set[str]) -> list[str]:
    """A title's words (folded) past the site's names in it ("enquiries" of "Harbour Rail
    Enquiries -"), each name one word or a run of a few."""
    words = _words(value)
    kept: list[str] = []
    i = 0
    while i < len(words):
        longest = min(len(words), i + settings.MAX_SITE_NAME_WORDS)
        run = next((j for j in range(longest, i, -1) if "".join(words[i:j]) in names), None)
        if run is None:
            kept.append(words[i])
            i += 1
        else:
            i = run
    return kept


def _site_like(part: str, names: set[str]) -> bool:
    folded = _fold(part)
    return bool(folded) and any(folded == name or (len(name) >= 4 and name in folded) for name in names)


def _same_figure(caption: str, text: str, whole: str) -> bool:
    """Whether the text's caption (folded) reads the figure whose words and credit are
    ``text`` and ``whole`` (folded): the same words, or with part of the credit."""
    return caption == text or (caption.startswith(text) and whole.startswith(caption))


def _menu_words(value: str) -> bool:
    """Whether capitalised words that read as a name hold a menu's or a function word
    ("Alle Beiträge", "Mehr Artikel"): a name printed alone never does."""
    words = value.split()
    return 2 <= len(words) <= 3 and not value.isupper() and is_person_name(value) and not is_bare_name(value)


def _names_the_site(name: str, sites: set[str]) -> bool:
    """Whether an author name is the site's ("Badische Zeitung"; "网易" of "网易财经"), its
    publisher's or its desk's; a person's own site bears their name, so a Latin name
    must be the whole site name or hold it as below."""
    folded = _fold(name)
    if folded in sites or (has_cjk(name) and any(folded in site for site in sites)):
        return True
    words = _words(name)
    if len(words) == 1 and any(site.startswith(folded) and site[len(folded) :] in _SITE_WORDS for site in sites):
        return True  # the site's own account: "Riverside" of "Riverside Blog", "rivernews" of "River News Service"
    # A site's name of two words or more that ends the name, after words that are no
    # person's title: its publisher ("Editora Muster Zeitung"; not "Dr. Ana Ruiz" of
    # ana-ruiz.example). A name that opens with the site's ("Ana Ruiz Garcia" of the site
    # "Ana Ruiz") is a person's, unless a desk's word follows ("Muster Zeitung Online").
    if any("".join(words[i:]) in sites and not set(words[:i]) <= _TITLES for i in range(1, len(words) - 1)):
        return True
    return _names_the_desk(name, sites)


def _opens(text: str, line: str) -> bool:
    """Whether a text opens with a line's words, up to a word's end."""
    return text.startswith(line) and not text[len(line) : len(line) + 1].isalnum()


def _desk_or_site(name: str, sites: set[str], desk: bool) -> bool:
    """Whether a printed name is the site's desk, or, where the markup states the desk as
    the author (``desk``), the site's name in one word; a blog's one-word name is
    otherwise often its writer's handle ("muster" of muster.example)."""
    return _names_the_desk(name, sites) or (desk and len(_words(name)) == 1 and _names_the_site(name, sites))


def _no_writer(name: str, desks: set[str], cut_short: set[str], sections: set[str]) -> bool:
    """Whether a printed name is one the markup states as a desk's (``desks``), or one that
    opens a markup author naming no person and is no bare name (``cut_short``), or the
    page's section (``sections``); each set folded."""
    folded = _fold(name)
    return folded in desks or folded in sections or (folded in cut_short and not is_bare_name(name))


def _desk_of(name: str) -> str | None:
    """The words (folded) beside the desk's in a desk's name, whoever's: "" for desk words
    alone ("Redaktion", "Editorial Staff", "Newsdesk"), "musterit" for "muster-it Webteam",
    "muster" for "Redazione Muster"; None for a name that is no desk's."""
    words = [_plain(word) for word in _words(name)]
    if not words or has_cjk(name):
        return None
    if all(word in _DESK for word in words):
        return ""
    if len(words) > 1 and (words[0] in _DESK_FIRST or words[-1] in _DESK_LAST):
        return "".join(word for word in words if word not in _DESK)
    return None


def _plain(word: str) -> str:
    """A folded word without its accents ("redaccion" of "redacción")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _names_the_desk(name: str, sites: set[str]) -> bool:
    """Whether an author name is the site's desk: "Muster Redaktion", "Redaktion Muster"."""
    words = _words(name)
    return len(words) > 1 and any(
        ("".join(words[i:]) in sites and {_plain(word) for word in words[:i]} <= _DESK)
        or ("".join(words[:i]) in sites and {_plain(word) for word in words[i:]} <= _DESK | _SITE_WORDS)
        for i in range(1, len(words))
    )


def _ends(title: str, heading: str) -> bool:
    """Whether ``heading`` ends ``title``, as a word or a separated part of it (not
    after a kicker's colon), and is less than half of it."""
    title, heading = title.strip(), heading.strip()
    if not heading or len(heading) * 2 >= len(title):
        return False
    if not title.endswith(heading) or title[-len(heading) - 1].isalnum():
        return False
    return not title[: -len(heading)].rstrip().endswith(":")  # "Kicker: Headline"


def _without_logo(title: str, logos: list[Found]) -> str:
    """``title`` without the site's name that ends it."""
    for logo in logos:
        name, title = logo.value.strip(), title.strip()
        if _ends(title, name):
            title = title[: -len(name)].rstrip(" _|｜-–—:·»•/")
    return title


def _past_kicker(heading: str, title: str) -> str | None:
    """The heading's words past a kicker that a title sets apart, however long the kicker
    ("Mitteilung der Direktion :Headline ..." under "<title>Headline ..."), or leaves as its
    first part ("Kampagne Kostenloser Check fuer alle" under "Kampagne - kostenloser Check");
    None when the title sets no kicker apart."""
    if (
        len(_words(title)) >= settings.MIN_PRINTED_HEADLINE_WORDS
        and len(title) < len(heading)
        and heading.endswith(title)
    ):
        before = heading[: -len(title)].rstrip()
        if before[-1:] in (":", "|", "-", "–", "—") and _words(before):
            return title
    parts = [part.strip() for part in _PARTS.split(title)]
    if len(parts) >= 2 and len(_words(parts[1])) >= 2 and heading.startswith(parts[0] + " "):
        rest = heading[len(parts[0]) :].strip()
        if rest.casefold().startswith(parts[1].casefold()):
            return rest
    return None


#: Words, spaces and the separators a title's cuts know, nothing else that sets a word apart.
_PLAIN_WORDS = re.compile(r"[\w\s:|/·»–—-]*")
#: The longest title (folded) read for a frame of the site's names: real ones are far
#: shorter, and the reading costs the title's length times the names.
_FRAME_CHARS = 300


def _framed(heading: str, title: str, names: set[str]) -> bool:
    """Whether a title is the heading's words and the site's names before or after them,
    whatever joins them: no separator the cuts know ("Site! Headline"), or none at all
    ("HeadlineSite tagline | Site tagline")."""
    if len(heading.split()) == 1 and not has_cjk(heading) and _PLAIN_WORDS.fullmatch(title.replace(heading, " ", 1)):
        # A word alone beside the site's name is a section's ("Muster Sport", "Muster:
        # Sport" over "<h1>Sport</h1>"), which the title's cuts refuse as a headline; one
        # set apart otherwise is the headline ("Trails! Ischgl").
        return False
    folded, title = _fold(heading), _fold(title)
    if not folded or folded == title or folded in names or len(title) > _FRAME_CHARS or folded not in title:
        return False
    # Where a run of names from the title's start can end, and one to its end can start.
    ends = _run_of_names(title, names)
    starts = {len(title) - end for end in _run_of_names(title[::-1], {name[::-1] for name in names})}
    start = title.find(folded)
    while start >= 0:
        if start in ends and start + len(folded) in starts:
            return True
        start = title.find(folded, start + 1)
    return False


def _run_of_names(text: str, names: set[str]) -> set[int]:
    """Where a run of ``names`` from the text's start can end (0: an empty run)."""
    reached, todo = {0}, [0]
    lengths = {len(name) for name in names}  # far fewer than the names a long host gives
    while todo:
        at = todo.pop()
        for length in lengths:
            end = at + length
            if end not in reached and end <= len(text) and text[at:end] in names:
                reached.add(end)
                todo.append(end)
    return reached


def _cut_short(title: str, heading: str) -> bool:
    """Whether ``title``, which ``heading`` starts with, is the heading cut short (a
    JSON-LD headline cut at a length) rather than its words without a subtitle: it ends
    inside a word, or the heading's words go on after it in lower case."""
    rest = heading[len(title) :]
    if title[-1:].isalnum() and rest[:1].isalnum():
        return True
    following = rest.split(maxsplit=1)
    return bool(following) and following[0][:1].islower()


def _ellipsis_of(title: str, other: str) -> bool:
    """Whether ``title`` is ``other`` cut short with an ellipsis ("Headline that goes on
    in..." of "Headline that goes on in Freiburg")."""
    stem = title.rstrip()
    if not stem.endswith(("…", "...")):
        return False
    stem = stem.rstrip(".… ")
    return bool(stem) and other.startswith(stem) and bool(_fold(other[len(stem) :]))


def _agrees(printed: str, title: str) -> bool:
    """Whether a title-like candidate states the printed headline: the same words, or
    holds them as most of itself (a title with a tail the cut missed, a truncated one)."""
    a, b = _fold(printed), _fold(title)
    if not a or not b:
        return False
    return a == b or ((a in b or b in a) and min(len(a), len(b)) * 2 > max(len(a), len(b)))


def _reconciled(moment: datetime, printed: date) -> bool:
    """Whether ``moment`` falls on ``printed`` in some zone on Earth (UTC-12 to UTC+14)."""
    utc = moment.astimezone(ZoneInfo("UTC"))
    return (utc - timedelta(hours=12)).date() <= printed <= (utc + timedelta(hours=14)).date()


def _on_day(instant: Instant, printed: date) -> bool:
    """Whether a markup time falls on a printed day: in some zone on Earth when it states
    one, else within a day of it (its zone unknown)."""
    if instant.has_zone:
        assert instant.moment is not None
        return _reconciled(instant.moment, printed)
    return abs((instant.day - printed).days) <= 1
