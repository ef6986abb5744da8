"""normalise_article: raw article text in, an Article out."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date, datetime, timedelta, tzinfo
from typing import NamedTuple
from zoneinfo import ZoneInfo

from . import authors, dates, furniture, roles, settings
from .fields import (
    BEFORE_STAMP,
    BREADCRUMB_ROOTS,
    BYLINE_WORD,
    LIST_JOIN,
    OPENING_AFTER_STAMP,
    OPENING_ALONE,
    TRAILING_ROLE,
    YEAR_OR_TIME,
    Credit,
    ParsedByline,
    ParsedDateline,
    bare_chinese_names,
    caption_location,
    handle_byline,
    holds_menu_word,
    is_bare_name,
    is_person_name,
    listed_names,
    opens_list,
    parse_byline,
    parse_dateline,
    printed_chinese_authors,
)
from .layout import (
    STAMP_LABEL,
    Item,
    Kind,
    Page,
    comments_heading,
    detect_outlet,
    is_author_note,
    is_label,
    is_prose,
    is_site_note,
    locate_body,
    read_page,
    stamp_label,
)
from .model import Article, Budget, Byline, Caption, Contributor, Dateline, Options, Span, Warning
from .oneline import collapsed, explode
from .registry import TITLE_SUFFIXES, DateOrder, OutletProfile, alternation, canonical_name, own_names
from .text import CJK, Line, has_cjk, name_case, split_lines, title_case_if_caps
from .timestamps import Relative, Stamp, find_date, find_stamp, infer_year, ordered, resolve
from .world import (
    address_date,
    host_of,
    outlet_at,
    outlet_by_host,
    outlet_named,
    site_country,
    world_outlet,
)

# A word of two letters or more.
_WORDY = re.compile(r"[^\W\d_]{2}")
_BREADCRUMB = re.compile(r"\s*(?:>>|»|›|>)\s*|\s+/\s+")
# The marks a breadcrumb's separators and a site suffix's separator hold: a line without
# them is not split or searched (a split or a search tries every position).
_BREADCRUMB_MARKS = (">", "»", "›", "/")
_SUFFIX_MARKS = ("-", "|", "–", "—", ":", "_")
#: A headline printed after a kicker run into it is read only when a line at most this
#: far prints it alone, in this many characters or more (see _past_kicker).
_KICKER_NEAR = 3
#: A line printed twice in a row is the headline when it has this many words or more and a
#: stamp or a byline stands at most this far from the pair (see _doubled_headline); a date
#: or a kicker run into a headline is cut off when this many words are left (_past_leader).
_DOUBLED_WORDS = 4
_DOUBLED_NEAR = 3
#: How many lines of menus may stand between a page's first line and its first paragraph
#: when that line is the headline, not a <title> over the site's navigation (see _lone_title).
_TITLE_FAR = 10
_MIN_PAST_KICKER = 20
# A section label may be a breadcrumb printed tightly: "Asia/ East Asia".
_BREADCRUMB_SLASH = re.compile(r"\s*(?:>>|»|›|>|/)\s*")
_ABBREVIATION_ENDS = (
    *("U.S.", "U.K.", "U.N.", "Inc.", "Co.", "Ltd.", "Corp.", "Jr.", "St.", "etc."),
    # A day or a month abbreviated at a headline's end ("Cold Wave Alert Tues.", "Vote Set for Nov.").
    *(f" {day}." for day in ("Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun")),
    *(f" {month}." for month in ("Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")),
)
# Menu items: words, "&", a clock ("Listen Live 08:41 GMT30 April 2020 World ...").
_MENU_WORDS = re.compile(r"^[\w&:+ -]+$")
_DECK = re.compile(r"^[A-Z][A-Z0-9'’ -]{2,40}: \S")
# A content-type label before a title: "[视频]", "【图片】", "[Video]".
_CONTENT_LABEL = re.compile(r"^[\[【](?:视频|图片|组图|直播|Video|Photos?|Live)[\]】]\s*")
# "当前位置：" (you are here) before a breadcrumb; "正文" (article) as its leaf.
_WHERE = re.compile(r"^(?:当前位置|您的位置|你的位置|位置)\s*[：:]\s*")
_BREADCRUMB_LEAVES = frozenset({"正文", "article", "story"})
# Lines of a site's chrome that the role model may take for an unknown outlet's headline,
# though no article is headed so: its home's name, a skip link, a login or an e-paper's
# link, a legal page's or a cookie banner's heading, in the corpus's languages.
#: A site's home as a breadcrumb's first label names it: "Home", "Startseite", "首页" (not
#: "News", "English", which head sections too).
_HOMES = tuple(sorted(BREADCRUMB_ROOTS - {"news", "english"}))
_CHROME_HEADLINES = frozenset(
    {
        *_HOMES,
        *("navigation", "metanavigation", "hauptnavigation", "hauptmenü", "menü", "menu", "suche", "search"),
        *("zum inhalt springen", "zum inhalt", "direkt zum inhalt", "zum hauptinhalt", "zum hauptinhalt springen"),
        *("inhalt überspringen", "navigation überspringen", "skip to main content", "skip to content"),
        *("skip navigation", "jump to content", "aller au contenu", "passer au contenu", "ir al contenido"),
        *("saltar al contenido", "e-paper", "epaper", "e-paper lesen", "login", "log in", "log-in", "anmelden"),
        *("einloggen", "abmelden", "registrieren", "mein konto", "my account", "sign in", "sign up", "connexion"),
        *("se connecter", "iniciar sesión", "登录", "登入", "注册", "註冊", "impressum", "datenschutz"),
        *("datenschutzerklärung", "datenschutzhinweise", "datenschutzeinstellungen", "privacy", "privacy policy"),
        *("privacy settings", "privacy notice", "cookie policy", "cookie settings", "cookie-einstellungen"),
        *("cookie einstellungen", "cookie-richtlinie", "cookie-hinweis", "cookie hinweis", "mentions légales"),
        *("politique de confidentialité", "aviso legal", "política de privacidad", "política de cookies"),
        *("kontakt", "contact", "contact us", "warenkorb", "shopping cart", "cart", "隐私政策", "隱私權政策"),
        *("网站地图", "網站地圖"),
        # A blog's links to the posts around, and the headings of the teasers under an article.
        *("beitragsnavigation", "beitrags-navigation", "artikelnavigation", "post navigation", "posts navigation"),
        *("das könnte dich auch interessieren", "das könnte sie auch interessieren", "das könnte ihnen auch gefallen"),
        *("das könnte dir auch gefallen", "lesen sie auch", "mehr zum thema", "ähnliche beiträge", "ähnliche artikel"),
        *("weitere artikel", "weitere beiträge", "neueste beiträge", "meistgelesen", "meistgelesene artikel"),
        *("you might also like", "you may also like", "related articles", "related posts", "related stories"),
        *("recent posts", "popular posts", "most read", "most popular", "more stories", "read more", "weiterlesen"),
    }
)
# A breadcrumb labelled so ("Sie sind hier: Home » Reisen"), or rooted at the site's home
# ("Home | Sport | Aktuelles"); a path of three parts or more ("News » Europe » Spain").
_YOU_ARE_HERE = re.compile(
    r"^(?:sie sind hier|du bist hier|you are here|vous êtes ici|usted está aquí|está aquí|você está aqui|sei qui"
    r"|當前位置|当前位置|您的位置|你的位置|您现在的位置|現在位置|现在位置)\s*[:：]?(?:\s|$)"
    r"|^" + alternation(_HOMES) + r"\s*(?:»|›|>>?|/|\||::?)\s",
    re.IGNORECASE,
)
_PATH_SEPARATOR = re.compile(r"\s(?:»|›|>>?|/)\s")
# A cookie banner's heading ("Cookies auf unserer Website", "This site uses cookies"), a
# shop's cart ("Warenkorb (0 Artikel)").
_CHROME_HEADING = re.compile(
    r"^cookies? (?:auf|on|in) (?:der|dieser|unserer|our|this|the)\b.{0,60}$"
    r"|^(?:diese (?:web)?seite|diese website|wir|we|this (?:web)?site) (?:verwendet|verwenden|nutzt|nutzen|setzt"
    r"|setzen|uses?) cookies\b"
    r"|^(?:warenkorb|cart|shopping cart|basket)\s*\(\d",  # "Warenkorb (0 Artikel)"
    re.IGNORECASE,
)
# A picture's credit ("Foto: Jo Ruiz/Agentur", "Photograph by Jo Ruiz"), a bare web address
# ("news.example.org"), a newsletter's call ("Get our stories to your inbox daily").
_CHROME_LINE = re.compile(
    r"^(?:fotos?|photos?|bild(?:er)?|image|credits?|quelle)\s*:\s*\S"
    r"|^(?:photograph|photo|picture|image)s? (?:by|courtesy)\b|^(?:©|\(c\)\s)"
    r"|^(?:https?://)?(?:[\w-]+\.)+[a-z]{2,6}/?$"
    r"|^(?:get|sign up|subscribe|receive)\b[^.!?]*\bto your inbox\b|\bin (?:ihr|dein) postfach[.!]?$",
    re.IGNORECASE,
)
# A link's call to click, an advertisement's or a teaser's: "20% Rabatt: hier klicken".
_CLICK_HERE = re.compile(
    r"\b(?:hier klicken|klicken sie hier|click here|cliquez ici|haga clic aquí|clique aqui)\b|点击这里|點擊這裡",
    re.IGNORECASE,
)
#: A menu row of Chinese words: this many words or more, each of at most _CJK_MENU_CHARS.
_CJK_MENU_WORDS = 6
_CJK_MENU_CHARS = 5
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")
#: What a label before a stamp ends with: "Local |", "Agence France-Presse /".
_LABEL_EDGES = " /|:-–—"
# A Chinese paper's name before its reporter's: "聯合報／ 記者", "工商時報 沈賢有".
_CJK_PAPER = re.compile(r"\s*(?P<org>[\u4e00-\u9fff]{2,6})\s*(?:[／/]\s*)?(?:記者|记者|\s)")
#: The body's first paragraphs a dateline lead may open, and the most words of a line
#: above it.
_LEAD_PARAGRAPHS = 3
_MAX_ABOVE_LEAD_WORDS = 20
# " - People's Daily Online", " | South China Morning Post", "-新华网" (no spaces before a CJK name).
TITLE_SUFFIX = re.compile(
    r"(?:\s+[-|–—:_]|[-|–—_](?=[^\x00-\x7f]))\s*(?:" + "|".join(re.escape(s) for s in TITLE_SUFFIXES) + r")\s*$",
    re.IGNORECASE,
)
# Each script's letters, in runs: their count is the runs' lengths summed (the same
# count as one match a letter, at a third of the cost).
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")  # text.CJK's letters
_KANA = re.compile(r"[\u3040-\u30ff]+")
_HANGUL = re.compile(r"[\uac00-\ud7af]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]+")
# A letter of any of the scripts above but the Latin: a sample without one (most pages,
# in Latin letters with a few others) has none of their runs to count.
_NOT_LATIN = re.compile(r"[\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_LETTER = re.compile(r"[^\W\d_]")
#: Languages (as _language names them) whose numeric dates put the day first: Russian,
#: and "und", every language _language does not name (German, Spanish, Indonesian ...,
#: but also the rare Tagalog page, which writes month first).
_DAY_FIRST_LANGUAGES = frozenset({"und", "ru"})
#: A numeric date with a four-digit year: "14/04/2020", "4.14.2020", "14-04-2020" (not a
#: version's "1.13.20", a phone's "12-13-45" or a score's "3-15-20"); a full stop may end it.
_NUMERIC_DATE = re.compile(
    r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?:19|20)\d{2}(?![\d/-]|\.\d)"
)
#: A day of the month alone, as a Chinese lead prints it ("21日").
_DAY_ALONE = re.compile(r"(\d{1,2})日")
#: The roles before 记者 that name no writer: a photographer, a presenter, an editor.
_OTHER_ROLES = re.compile(r"摄影|攝影|出镜|出鏡|编辑|編輯")
#: Unlabelled relative times on a page that make a list (see _timestamps).
_RELATIVE_LIST = 3
_ENGLISH = frozenset({"the", "and", "of", "to", "in", "is", "was", "for", "that", "with", "on", "said"})


def normalise_article(
    text: str, options: Options | None = None, *, address: str | None = None, deadline: float | None = None
) -> Article:
    """Read the metadata and body of one article from its raw page text.

    ``address`` is the page's URL, if known: never fetched, its host names the outlet
    when the text does not. ``deadline`` (on ``time.monotonic()``) bounds the time
    taken: past it, the work stops with :class:`~service.normalise.model.TimeBudgetExceeded`.
    """
    return Extraction(text, options or Options(), deadline=deadline, address=address).run()


class Reading(NamedTuple):
    """A page as the grammar read it, before any field is chosen."""

    #: The outlet, if known, and where its strongest marker stands.
    profile: OutletProfile | None
    marker: tuple[int, int] | None
    page: Page
    #: Whether the input came collapsed onto one line and was cut back into lines.
    collapsed: bool


def read(raw: str, budget: Budget | None = None, host: str | None = None) -> Reading:
    """The page's lines and what the grammar recognised on each; ``host``, the page's
    address's, names the outlet when its text does not."""
    budget = budget or Budget(None)
    is_prose.cache_clear()  # the answers kept are for this page's lines (see is_prose)
    lines = split_lines(raw)
    profile, marker = detect_outlet(raw)
    if profile is None and host is not None:
        profile = outlet_by_host(host)
    if profile is None:
        profile, marker = world_outlet(raw)
    was_collapsed = collapsed(lines)
    if was_collapsed:
        lines = explode(raw, lines, profile, budget)
    return Reading(profile, marker, read_page(lines, profile, budget), was_collapsed)


class Extraction:
    """The state of one normalisation: the input, the options, what was found so far.

    ``address`` is the page's address, when the caller gave one; ``rendered``
    says the text was rendered from the page's HTML (its spans say so); ``headline`` is
    the headline its markup states, whose line then anchors the reading.
    """

    def __init__(
        self,
        raw: str,
        options: Options,
        *,
        deadline: float | None = None,
        address: str | None = None,
        rendered: bool = False,
        headline: str | None = None,
        headline_at: int | None = None,
        date_order: DateOrder | None = None,
    ) -> None:
        self.raw = raw
        self._stated_date_order = date_order
        self.options = options
        self.budget = Budget(deadline)
        self.host = host_of(address)
        #: The words of the address's slug, which the role model reads as a witness.
        self.slug = roles.slug_words(address)
        #: The day the address prints, which witnesses the publication date.
        found = address_date(address)
        self.address_day: date | None = found[0] if found is not None else None
        self.address_printed = found[1] if found is not None else ""
        self._source = "rendered" if rendered else None
        #: The publication stamp as printed, which year-less dates are placed near.
        self.published_stamp: Stamp | None = None
        self._stated_headline = headline
        #: Where in ``raw`` the page's headline heading starts (HTML input: its first <h1>).
        self._headline_at = headline_at
        self.article = Article()
        self.spans: dict[str, Span] = {}
        self.profile: OutletProfile | None = None
        #: The line the publication (else update) time was read from, and the headline's.
        self.stamp_line: int | None = None
        self.headline_line: int | None = None
        #: The text of the line the byline was read from (HTML input asks whether it is a
        #: figure's caption, see from_html).
        self.byline_line: str | None = None
        #: Lines above the dateline's paragraph that close with an agency ("... in Besut.
        #: — Bernama"): a photo's caption and its credit, not the article's source.
        self.captioned_above_lead: list[int] = []
        #: The year of the page's own publication (else update) stamp, when it prints one.
        self._printed_year: int | None = None
        self.collapsed = False
        #: The text of the stamp on that line.
        self.stamp_text: str | None = None
        #: On an unknown layout, the line the role model finds likeliest to be the
        #: headline, sure enough or not.
        self.likeliest_headline: int | None = None
        #: That line and its words when it could be a headline but the model was not sure
        #: enough: HTML input weighs it against a title the page never prints (from_html).
        self.unsure_headline: tuple[Line, str] | None = None
        #: The agency or outlet printed before the publication stamp, and its line (see _byline).
        self.stamp_publisher: tuple[str, Line] | None = None
        #: Whether the rules read a byline printed over lines (see _spread_byline), or
        #: after a date on a blog's line of meta (see _author_after_date).
        self.spread_byline = False
        self.meta_byline = False
        #: The order of a numeric date's day and month ("02/11/2023"), if known (see run).
        self.date_order: DateOrder | None = None
        #: The zone a time that states none is read in (see run), short of assume_timezone.
        self.home_zone = settings.DEFAULT_TIMEZONE

    def run(self) -> Article:
        self.budget.check_now()
        article = self.article
        self.profile, marker, page, self.collapsed = read(self.raw, self.budget, self.host)
        # An unknown outlet's site still says its country, by its address (see site_country).
        country = site_country(self.raw, self.host) if self.profile is None else None
        # The outlet's order; on an unknown outlet's page, day first when its paragraphs
        # are not English (German, Spanish, Indonesian, Russian ... pages write no
        # month-first dates); else the order its own unambiguous dates show; else day
        # first when its markup declares a day-first English ("en-GB"), or its address
        # (the caller's, or its notice's) is of a country that writes it so; else unknown.
        self.date_order = (
            self.profile.date_order
            if self.profile is not None
            else _language_date_order(page)
            or _printed_date_order(page)
            or self._stated_date_order
            or ("DMY" if country is not None and country.day_first else None)
        )
        # Where a zone-less time was read: the outlet's home, else the site's country's.
        self.home_zone = (
            self.profile.home_zone
            if self.profile is not None
            else (country.zone if country is not None else None) or settings.DEFAULT_TIMEZONE
        )
        if self.profile is not None:
            article.outlet = self.profile.name
            if marker is not None:
                self._span("outlet", *marker)

        # The header is where the headline, section and byline stand: its first lines.
        header = header_lines(page)
        headline_line = self._headline(page, header)
        self.headline_line = headline_line.index if headline_line else None
        locate_body(
            page,
            self.headline_line,
            judged=not self._layout_known() and not self.collapsed,
            links=self.profile is not None and self.profile.body_links,
        )
        published = self.published_stamp = self._timestamps(page, self._date_anchor(page, headline_line))
        self._section(page, header, headline_line)
        self._byline(page, headline_line)
        self._body(page, published)
        self._lead_line(page, published)
        self._captions(page)
        self._sources_and_contributors(page)
        article.language = _language(article.body or [line.text for line in page.lines[: page.end]])
        self._not_found()
        if self.options.provenance:
            article.provenance = self.spans
        return article

    # -- fields ------------------------------------------------------------

    def _headline(self, page: Page, header: list[Line]) -> Line | None:
        """The one writer of the headline: a known outlet's layout rules; on other pages
        (unless collapsed: the model learned from pages with their lines), the line the
        learned model gives the role when it is sure enough, or when it agrees with the
        rules and is fairly sure; else none, with a ``low_confidence`` warning."""
        stated = self._stated_headline_line(page)
        if stated is not None:
            self._span_in("headline", stated, self._stated_headline or "")
            return stated
        ruled = ruled_headline(page, header)
        chosen = ruled
        if not self._layout_known() and self.collapsed:
            # Neither the rules nor the model read an unknown layout run onto one line: on
            # the corpus, the rules' headline was wrong on 59% of such pages, right on 2%.
            self._warn("low_confidence", "headline", "an unknown outlet's page collapsed onto one line")
            return None
        commented = (
            _commented_headline(page) or _crumbed_headline(page) or _doubled_headline(page)
            if not self._layout_known()
            else None
        )
        if commented is not None:
            # The blog states its post's title in its comments heading, as markup does; a
            # breadcrumb ends with the headline printed right under it; the headline is
            # printed twice in a row beside its byline or stamp: the line that prints it is
            # the headline, whatever the model thinks of it.
            chosen = (commented, commented.text)
        elif not self._layout_known():
            model = roles.model()
            found = roles.best_line(page, self.slug)
            chosen = None
            if found is not None:
                index, probability = found.line, found.probability
                self.likeliest_headline = index
                # The rules agree when they read the same words, on that line or on
                # another printing of it (a breadcrumb's end, a repeat further down).
                agrees = ruled is not None and (ruled[0].index == index or ruled[1] == page.lines[index].text)
                sure = (
                    probability >= model.threshold
                    or (agrees and probability >= model.agreement_threshold)
                    or roles.corroborated(page, found, self.slug)
                )
                line = page.lines[index]
                if sure and _could_be_a_headline(line.text):
                    words = _past_leader(page, line, _past_kicker(page, line, _without_site_name(line.text, page)))
                    # A <title> on top of the site's menus is not the headline the article prints.
                    chosen = None if _lone_title(page, index, words) else (line, words)
                if chosen is None:
                    if _could_be_a_headline(line.text):
                        self.unsure_headline = (line, _CONTENT_LABEL.sub("", _without_site_name(line.text, page)))
                    self._warn(
                        "low_confidence",
                        "headline",
                        f"no line reads as the headline surely enough (the likeliest, "
                        f"{line.text[:80]!r}, at {probability:.0%})",
                    )
        if chosen is None:
            return None
        value = _CONTENT_LABEL.sub("", chosen[1])
        self.article.headline = value
        self._span_in("headline", chosen[0], value)
        return chosen[0]

    def _stated_headline_line(self, page: Page) -> Line | None:
        """The first line above the page's end that prints the headline its markup
        states (the whole line, or its end after a kicker); the caller sets the value."""
        stated = self._stated_headline
        if not stated:
            return None
        found = [
            line
            for line in page.lines[: page.end]
            if line.text == stated or (line.text.endswith(stated) and len(stated) * 2 > len(line.text))
        ]
        return _followed_soonest(page, found)

    def _date_anchor(self, page: Page, headline: Line | None) -> Line | None:
        """The headline's line that the page's dates are weighed from: printed more than once,
        the article's is where its <h1> prints it (HTML input), though a list of the site's
        latest or best stories that prints it too may stand nearer prose (which the rest of
        the reading, anchored on the headline as the text reader finds it, does not mind)."""
        at = self._headline_at
        if headline is None or at is None or headline.start <= at <= headline.end:
            return headline
        heading = next((line for line in page.lines[: page.end] if line.start <= at <= line.end), None)
        return heading if heading is not None and heading.text == headline.text else headline

    def _section(self, page: Page, header: list[Line], headline: Line | None) -> None:
        # What stands before a stamp is a section on a known layout ("World 14:20, ...");
        # on an unknown outlet's page only behind a bar ("Local | June 18, 2024"), since it
        # is a weekday ("Mittwoch,"), a label ("Latest update"), a user's name or a place
        # far more often (docs/decisions.md).
        known = self._layout_known()
        for index in range(page.body_start):
            for item in page.items[index]:
                # An agency or an outlet before a stamp ("Agence France-Presse / 10:05 AM")
                # is whose story it is, not a section.
                if (
                    item.kind is Kind.STAMP
                    and item.section
                    and (known or item.section.rstrip().endswith("|"))
                    and not _publisher(item.section)
                    and parse_byline(item.section.strip(_LABEL_EDGES)) is None  # "By Rizal Hakim - June 18, 2024"
                ):
                    self._set_section(item.section, page.lines[index])
                    return
        for position in self.profile.section if self.profile is not None else ():
            if position == "before_stamp":
                anchors = [self.stamp_line] if self.stamp_line else []
            elif headline is not None:  # above its first printing ("Asia" / headline / headline)
                copies = [line.index for line in header if line.index < headline.index and line.text == headline.text]
                anchors = [*copies, headline.index]
            else:
                anchors = []
            for anchor in anchors:
                if anchor and not page.items[anchor - 1] and is_label(page.lines[anchor - 1].text):
                    self._set_section(page.lines[anchor - 1].text, page.lines[anchor - 1])
                    return
        # An outlet of the world table (known by name, no layout profile): a label alone
        # on the line above the headline, a blank line between, is its section ("Nation"
        # over the headline, as The Star and the New Straits Times print it).
        if self.profile is not None and not known and headline is not None and headline.gap_before:
            above = headline.index - 1
            text = page.lines[above].text if above >= 0 else ""
            if (
                above >= 0
                and not page.items[above]
                and is_label(text)
                and _WORDY.search(text) is not None  # not "<", nor a font's "小 中 大"
                and text.lower() not in BREADCRUMB_ROOTS
                and _publisher(text) is None
            ):
                self._set_section(text, page.lines[above])
                return
        # The breadcrumb nearest the headline: a menu's "Log in / Register" stands above it.
        anchor = headline.index if headline else 0
        for line in sorted(header, key=lambda line: abs(line.index - anchor)):
            if not any(map(line.text.__contains__, _BREADCRUMB_MARKS)):
                continue  # no separator: one part
            parts = [p for p in _BREADCRUMB.split(_WHERE.sub("", line.text)) if p]
            if len(parts) < 2 or not all(is_label(p) or line is headline for p in parts):
                continue
            if not known and not _unknown_breadcrumb(line.text, parts):
                continue
            if line is headline:
                parts = parts[:-1]
            parts = [p for p in parts if p.lower() not in BREADCRUMB_ROOTS and p.lower() not in _BREADCRUMB_LEAVES]
            if parts:
                self._set_section(parts[-1], line)
                return

    def _set_section(self, value: str, line: Line) -> None:
        parts = [p for p in _BREADCRUMB_SLASH.split(value.strip(_LABEL_EDGES)) if p.strip()]
        if not parts:
            return
        value = parts[-1].strip()
        for top in self.profile.top_sections if self.profile is not None else ():
            rest = value[len(top) :]
            if value.startswith(top) and rest[:1].isupper():  # "Hong KongHealth & Environment"
                value = rest
                break
        self.article.section = title_case_if_caps(value)
        self._span_in("section", line, value)

    def _byline(self, page: Page, headline: Line | None) -> None:
        """The one writer of the byline: the rules; on an unknown outlet's page, the
        learned author model then judges what they read (on one collapsed onto one line, it
        only sets them aside). Without an organisation, the agency or outlet printed before
        the stamp is it."""
        self._ruled_byline(page, headline)
        if not self._layout_known():
            self._judged_byline(page, headline)
            if not self.article.byline.authors and self.article.byline.organisation is None:
                self._noted_author(page)
        elif not self.article.byline.authors and self.article.byline.organisation is None:
            # The rules read no byline on a page the model does not judge (a known outlet's):
            # a Chinese page still names its writers after their role in its header ("记者
            # 伊琳 李清芬" under a channel's name), whoever's page it is; not in a caption or a
            # list of other stories further down.
            self._chinese_authors(page, header_only=True)
        publisher = self.stamp_publisher = self._stamp_publisher(page)
        if publisher is not None and self.article.byline.organisation is None:
            self.article.byline = Byline(self.article.byline.authors, publisher[0])
            if not self.article.byline.authors:
                self._span_in("byline", publisher[1], publisher[0])

    def _noted_author(self, page: Page) -> None:
        """The writer an English page names only in its note on them at the article's end
        ("Ana Ruiz is a senior reporter at the Courier, covering ..."), when no byline
        names anyone: a person's name opening one of the body's last _NOTE_LINES lines."""
        for index in page.body[-_NOTE_LINES:]:
            text = page.lines[index].text
            found = _WRITER_NOTE.match(text)
            if found is not None and is_person_name(found["name"]):
                self.article.byline = Byline([found["name"]], None)
                self._unwarn("low_confidence", "byline.authors")  # the note names the writer: no doubt left
                self._span_in("byline", page.lines[index], found["name"])
                return

    def _stamp_publisher(self, page: Page) -> tuple[str, Line] | None:
        """The agency or outlet printed before the publication stamp, on its line
        ("Agence France-Presse / 10:05 AM November 12, 2024"), and the line."""
        if self.stamp_line is None:
            return None
        for item in page.items[self.stamp_line]:
            if item.kind is Kind.STAMP and item.section:
                name = _publisher(item.section)
                return (name, page.lines[self.stamp_line]) if name else None
        return None

    def _judged_byline(self, page: Page, headline: Line | None) -> None:
        """The authors the model finds likeliest, when it is sure enough; else none, with
        a ``low_confidence`` warning if the rules had read some. The rules' byline stands
        when the model picks its names (with the organisation the rules read beside
        them), and when they are written in a script whose names the model does not read
        (Chinese, Korean, ...); the organisation always stands."""
        ruled = self.article.byline.authors
        if not ruled and self._chinese_authors(page):
            return
        judged = authors.judge(page, headline.index if headline else None, ruled, self.budget)
        if authors.unjudged(ruled, judged.seen):
            return
        if (
            not ruled
            and judged.likeliest is not None
            and not judged.sure
            and (
                (
                    judged.probability >= _NEAR_THRESHOLD
                    and judged.likeliest.names == (self._name_under_headline(page, headline),)
                )
                or (judged.probability >= _VOUCHED_THRESHOLD and _vouched(page, judged.likeliest))
            )
        ):
            judged = replace(judged, sure=True)  # the name under the headline, or vouched for, near the threshold
        if (
            judged.likeliest is not None
            and not judged.sure
            and (not ruled or [authors.folded(name) for name in ruled] == [authors.folded(judged.likeliest.names[0])])
            and _noted_writer(page, judged.likeliest)
        ):
            # The name a note on the writer further down describes, however likely: the note
            # alone names the author of a page without a byline (see _noted_writer).
            judged = replace(judged, sure=True)
        if self.meta_byline and judged.agrees and judged.probability < authors.model().threshold:
            judged = replace(judged, sure=False)  # one reading, the rules' and the candidate's: not two that agree
        chosen = {authors.folded(name) for name in judged.likeliest.names} if judged.likeliest else None
        if self.spread_byline and chosen and not judged.seen and chosen <= {authors.folded(name) for name in ruled}:
            return  # a byline over lines, which no candidate holds whole: the model chose one of its names
        footer = _post_footer(page) if ruled and not judged.seen and not judged.sure else None
        if footer is not None and ruled == [footer[0]]:
            return  # a post footer's line, too long for a candidate: the model cannot judge its name
        candidate, organisation = judged.likeliest, self.article.byline.organisation
        if (
            candidate is not None
            and judged.sure
            and (holds_menu_word(candidate.names) or _EMBEDDED_POST.search(page.lines[candidate.line].text))
        ):
            judged = replace(judged, sure=False)  # a menu's or a greeting's words, an embedded post's, however likely
        if candidate is not None and judged.sure and _is_headline(page, candidate, headline):
            judged = replace(judged, sure=False)  # the headline's words, however much they look like a name
        if candidate is not None and judged.sure and not judged.agrees and self.collapsed:
            # The model learned from pages with their lines: on one collapsed onto one line
            # it may doubt the rules' names, but reads none of its own (on the training
            # pages, its own were as often wrong as right).
            judged = replace(judged, sure=False)
        if candidate is not None and judged.sure:
            if not judged.agrees:
                line = page.lines[candidate.line]
                self.article.byline = Byline([name_case(name) for name in candidate.names], organisation)
                self._span_in("byline", line, line.text[candidate.start : candidate.end])
            return
        if ruled:
            names = ", ".join(candidate.names) if candidate else ""
            likeliest = f" (the likeliest, {names!r}, at {judged.probability:.0%})" if candidate else ""
            self._warn("low_confidence", "byline.authors", f"no names read as the authors surely enough{likeliest}")
            self.article.byline = Byline([], organisation)
            if organisation is None:
                self.spans.pop("byline", None)

    def _chinese_authors(self, page: Page, *, header_only: bool = False) -> bool:
        """The first authors a Chinese page names after their role ("作者：王晓璐",
        "记者 刘涛"), on a line of its first ones; or, ``header_only``, above its body, on a
        line that is no caption and names no photographer's, presenter's or editor's role."""
        for line in page.lines[: page.body_start if header_only else authors.MAX_LINES]:
            if header_only and (
                any(item.kind is Kind.CAPTION for item in page.items[line.index])
                or _OTHER_ROLES.search(line.text) is not None
            ):
                continue
            found = printed_chinese_authors(line.text) if has_cjk(line.text) else None
            if found is not None:
                names, (start, end) = found
                self.article.byline = Byline(names, self.article.byline.organisation)
                self._span_in("byline", line, line.text[start:end])
                return True
        return False

    def _ruled_byline(self, page: Page, headline: Line | None) -> None:
        after = headline.index if headline else -1
        bylines = [
            (i, item)
            for i in range(page.body_start)
            for item in page.items[i]
            if (item.kind is Kind.BYLINE or (item.kind is Kind.ORGANISATION and i > after)) and i != after
        ]
        if not bylines and (
            self._bare_author(page, after)
            or self._handle_byline(page, after)
            or self._author_by_stamp(page, headline)
            or self._author_after_opening(page, after)
            or self._author_after_date(page, headline)
        ):
            return
        bylines = bylines or [  # "(By A and B)" at the article's end, not another story's under "Mehr zum Thema"
            (i, item)
            for i in range(page.body_start, page.end)
            for item in page.items[i]
            if item.kind is Kind.BYLINE and not _in_teaser(page, i)
        ]
        if not bylines:
            self._author_in_post_footer(page)
            return
        index, item = next(((i, it) for i, it in bylines if i > after), bylines[0])
        authors, organisation = (
            ([], item.names[0]) if item.byline is None else (item.byline.authors, item.byline.organisation)
        )
        for other in page.items[index]:  # "By ZHANG YUNBI | chinadaily.com.cn | ..."
            if other.kind is Kind.ORGANISATION and organisation is None:
                organisation = other.names[0]
        self.article.byline = Byline(authors, organisation)
        self._span_in("byline", page.lines[index], item.text)
        if item.byline is not None and item.byline.place and self.article.dateline is None:
            self.article.dateline = Dateline(item.byline.place, None, organisation)  # "AFP, BANGKOK"

    def _author_in_post_footer(self, page: Page) -> None:
        """On an unknown outlet's page without a byline, the writer a blog's post footer
        names under the article (see _post_footer)."""
        found = None if self._layout_known() else _post_footer(page)
        if found is not None:
            self.article.byline = Byline([found[0]], None)
            self._span_in("byline", found[1], found[0])

    def _bare_author(self, page: Page, after: int) -> bool:
        """Names alone on their lines between the headline and the body (The Straits Times,
        SCMP), or just above a stamp printed after the article (CNA (Singapore));
        consecutive lines are co-authors."""
        if self.profile is None or not self.profile.bare_author:
            return False
        authors: list[Line] = []
        for line in page.text_lines(after + 1, page.body_start):
            is_name = line.index not in page.standfirst and len(line.text.split()) > 1 and is_person_name(line.text)
            if is_name and (not authors or authors[-1].index == line.index - 1):
                authors.append(line)
            elif authors:
                break
        stamp = self.stamp_line
        if not authors and stamp is not None and stamp > page.body_start and page.is_text(stamp - 1):
            above = page.lines[stamp - 1]
            if len(above.text.split()) > 1 and is_person_name(above.text) and stamp - 1 not in page.body:
                authors.append(above)
        if not authors:
            return False
        self.article.byline = Byline([name_case(line.text) for line in authors], None)
        self._span_in("byline", authors[0], authors[0].text)
        return True

    def _author_by_stamp(self, page: Page, headline: Line | None) -> bool:
        """On an unknown outlet's page, a name printed before the publication stamp on its
        line ("Bettina Kugler 19.10.2019, 05:00 Uhr") or alone on a line beside it."""
        if self._layout_known() or self.stamp_line is None or not self.stamp_text:
            return False
        line = page.lines[self.stamp_line]
        position = line.text.find(self.stamp_text)
        candidates = [(line, line.text[:position])] if position > 0 else []
        # The byline after the stamp on its line: "Oct 30 2023 by Lea Kern", "08.11.2023,
        # 11:30 Uhr von Lea Kern"; its names of two or three words, as a fourth capitalised
        # word there is the outlet's ("von Lea Kern Reiter Revue").
        after_stamp = _BYLINE_AFTER_STAMP.match(line.text[position + len(self.stamp_text) :]) if position >= 0 else None
        parsed = parse_byline(after_stamp["byline"].strip()) if after_stamp is not None else None
        if after_stamp is not None and parsed is not None and parsed.authors and all(map(is_bare_name, parsed.authors)):
            candidates.append((line, after_stamp["byline"]))
        # The outlet's name alone between the author's and the stamp ("Tom Gresley" / "The
        # West Australian" / "Wed, 14 August 2024 6:05PM"): the name one line further up.
        above = self.stamp_line - 1
        publisher = _publisher(page.lines[above].text) if above >= 0 and page.is_text(above) else None
        near_headline = (
            headline is not None
            and 0 < self.stamp_line - headline.index <= _HEADER_REACH
            and all(_words(page.lines[i].text) <= _MAX_TEASER_WORDS for i in page.prose if headline.index < i < above)
        )
        for offset in (-2, -1, 1, 2) if publisher else (-1, 1, 2):
            index = self.stamp_line + offset
            # A line right beside a stamp printed shortly under the headline is the header's
            # even where the body was found to begin above the stamp (a teaser or a standfirst
            # read as its first paragraph); further down, a stamp there is a comment's.
            header = index < page.body_start or (abs(offset) == 1 and near_headline and index < len(page.lines))
            if index >= 0 and header and (headline is None or index != headline.index) and page.is_text(index):
                text = page.lines[index].text
                if offset != 2 or has_cjk(text):  # two lines down: a Chinese reporter under the outlet's name
                    candidates.append((page.lines[index], text))
        # The paper named after the stamp, before its reporter ("2024-06-18 14:26 聯合報／ 記者").
        tail = _CJK_PAPER.match(line.text[position + len(self.stamp_text) :]) if position >= 0 else None
        for where, text in candidates:
            if has_cjk(text):  # "謝明俊", "侯冠州、張珈睿", "工商時報 沈賢有"
                names = bare_chinese_names(text)
                if names:
                    paper = tail or _CJK_PAPER.match(text)
                    organisation = self.article.byline.organisation or (_publisher(paper["org"]) if paper else None)
                    self.article.byline = Byline(names, organisation)
                    start = text.find(names[0])
                    self._span_in("byline", where, text[start : text.find(names[-1]) + len(names[-1])])
                    return True
                continue
            listed = listed_names(text)  # "Ana Ruiz, Lea Berg" over the stamp: not the first name alone
            if listed is not None:
                self.article.byline = Byline(listed, self.article.byline.organisation)
                self._span_in("byline", where, text.strip())
                return True
            head = _PREFIX_NAME.match(text.strip())  # up to a place or a separator
            if head is None or opens_list(text):  # a list cut short is no byline
                continue
            name = _without_label(head["name"])  # "Evgenia Karp Zuletzt geändert am 06.11.2023"
            name = BEFORE_STAMP.sub("", name)  # "By Jane Slaughter on Thu, Nov 9, 2023"
            name = TRAILING_ROLE.sub("", name)  # "Richard Adams Education editor", the line above
            byline = parse_byline(name)  # "Von Jan Meier | Oct 24, 2023"
            if byline is None and is_bare_name(name):  # "Bettina Kugler 19.10.2019"
                if name == text.strip() and self._spread_byline(page, where.index, None):
                    return True  # "Ana Ruiz" / "and" / "Tom Berg" over the stamp
                byline = ParsedByline([name_case(name)], None)
            if byline is not None and byline.authors:
                # The outlet after the name ("Ramon Ilagan - Philstar.com"), or on the line below.
                after = _publisher(text.strip()[head.end() :]) if where.index != self.stamp_line else None
                organisation = byline.organisation or after or (publisher if where.index == above - 1 else None)
                self.article.byline = Byline(byline.authors, organisation)
                self._span_in("byline", where, name)
                return True
        return False

    def _handle_byline(self, page: Page, after: int) -> bool:
        """On an unknown outlet's page, the user's handle a blog's line of meta names as
        its writer beside the post's date ("by oz on December 4, 2006"): the first such
        line below the headline, else above it; a short line, not a paragraph's ("By now on
        May 4, 2020 the ...")."""
        if self._layout_known():
            return False
        prose = set(page.prose)
        found = [
            (line, handle)
            for line in page.lines[: authors.MAX_LINES]
            if len(line.text) <= authors.MAX_CHARS and line.index not in prose and (handle := handle_byline(line.text))
        ]
        if not found:
            return False
        line, handle = next((pair for pair in found if pair[0].index >= after), found[0])  # below the headline first
        self.article.byline = Byline([handle], None)
        self._span_in("byline", line, handle)
        return True

    def _author_after_opening(self, page: Page, after: int) -> bool:
        """On an unknown outlet's page, the names on the line after an opening word that
        stands alone on its own ("By" / "Todd Bates", "Autor" / "Jon Nitz") or ends a
        stamp's line ("21.01.2022 11:46 von" / "Patrick Otte"): the first such pair
        below the headline, else above it."""
        if self._layout_known():
            return False
        lines = [line for line in page.lines[: authors.MAX_LINES] if line.text]
        pairs = [
            (line, following)
            for line, following in itertools.pairwise(lines)
            if (OPENING_ALONE.match(line.text) or OPENING_AFTER_STAMP.search(line.text))
            and page.is_text(following.index)
        ]
        for _, following in sorted(pairs, key=lambda pair: pair[0].index < after):
            if following.text.endswith(("...", "…")):
                continue  # "Suche Erweiterte Suche...": a menu's line cut short
            byline = parse_byline("By " + following.text)
            # Names of two words or more: a word alone ("Blog", "Verlag") is a menu's.
            if byline is not None and byline.authors and all(" " in name for name in byline.authors):
                if len(byline.authors) == 1 and self._spread_byline(page, following.index, byline.organisation):
                    return True  # "By" / "Ana Ruiz" / "and" / "Tom Berg"
                self.article.byline = Byline(byline.authors, byline.organisation)
                self._span_in("byline", following, following.text)
                return True
        return False

    def _spread_byline(self, page: Page, index: int, organisation: str | None) -> bool:
        """A byline printed over lines, each name and each joining word on a line of its
        own ("By" / "Ana Ruiz" / "and" / "Tom Berg"), around the full name on line
        ``index``: its names are the byline, if there are more than that one and no more
        than a byline's few (a longer run is a list of people, and is not walked further)."""
        first = last = index
        most = 2 * (_SPREAD_NAMES - 1)
        while (
            first >= 2
            and index - first <= most
            and LIST_JOIN.fullmatch(page.lines[first - 1].text)
            and is_bare_name(page.lines[first - 2].text)
        ):
            first -= 2
        while (
            last + 2 < len(page.lines)
            and last - first <= most
            and LIST_JOIN.fullmatch(page.lines[last + 1].text)
            and is_bare_name(page.lines[last + 2].text)
        ):
            last += 2
        if first == last or last - first > most:
            return False
        names = list(dict.fromkeys(name_case(page.lines[i].text) for i in range(first, last + 1, 2)))
        self.article.byline = Byline(names, organisation)
        self.spread_byline = True
        self._span("byline", page.lines[first].start, page.lines[last].end)
        return True

    def _name_under_headline(self, page: Page, headline: Line | None) -> str | None:
        """A full name alone on a line of the header right under the headline (the
        first lines below it, before the body), over a stamp (the next lines): a byline
        on many sites, but such a line may be a section's or a menu's words ("Medien
        Kommentieren"), so only the author model's word makes it one (see _judged_byline)."""
        if headline is None:
            return None
        below = headline.index + 1
        for line in page.text_lines(below, min(below + _META_REACH, page.body_start)):
            text = line.text.strip()
            # No word in capitals: an agency's or a desk's ("PTI Mumbai").
            if line.index in page.standfirst or not is_bare_name(text) or any(map(_ACRONYM.fullmatch, text.split())):
                continue
            stamped = range(line.index + 1, min(line.index + 1 + _META_REACH, len(page.items)))
            return text if any(item.kind is Kind.STAMP for i in stamped for item in page.items[i]) else None
        return None

    def _author_after_date(self, page: Page, headline: Line | None) -> bool:
        """On an unknown outlet's page, a blog's line of meta right under the headline: a
        date, then the writer's name with nothing between ("26. Mai 2019 Lea Kern Schreibe
        einen Kommentar", "12/05/2021 ~ Tom Berg"); its first two words, as a third there is
        a category's or a link's. Not one of several such lines near it: a list of recent
        posts, each with its date and writer; nor a paragraph that opens with a date ("March
        14, 2021 Mark Thompson opened the café"). The author model must be sure of the name
        on its own (see _judged_byline): its candidate is this same reading, no second one."""
        if self._layout_known() or headline is None:
            return False
        below = headline.index + 1
        prose = set(page.prose)
        near = [
            (line, found)
            for line in page.text_lines(below, min(below + 3 * _META_REACH, len(page.lines)))
            if (found := _NAME_AFTER_DATE.match(line.text)) is not None
        ]
        for line, found in near[:1] if len(near) == 1 else ():
            if line.index < below + _META_REACH and line.index not in prose and is_bare_name(found["name"]):
                self.article.byline = Byline([name_case(found["name"])], None)
                self._span_in("byline", line, found["name"])
                self.meta_byline = True
                return True
        return False

    def _timestamps(self, page: Page, headline: Line | None) -> Stamp | None:
        """Fill published_at and updated_at; return the stamp that anchors year-less dates."""
        found: dict[str, tuple[tuple[int, int], Item, Line]] = {}
        # On a page cut back into lines, what stood just before a stamp may end the line
        # above: a comment's or an embedded post's date is no candidate, nor is any below
        # the first comment's (the readers' comments follow the article), and an update's
        # label still makes its stamp an update (see _cut_context).
        others: set[int] = set()
        comments: int | None = None
        # Unlabelled relative times, _RELATIVE_LIST or more: a list's ("hace 4 minutos",
        # "hace 21 minutos" under the latest stories), none of them the article's time.
        listed = (
            sum(isinstance(item.stamp, Relative) and item.label is None for items in page.items for item in items)
            >= _RELATIVE_LIST
        )
        for index in range(page.end):
            for item in page.items[index]:
                if item.kind is Kind.STAMP and not (headline and _date_only(item) and _far_above(index, headline)):
                    context = _cut_context(page, index, item) if self.collapsed else None
                    if context == "comment" and comments is None:
                        comments = index
                    if context in ("comment", "post") or (comments is not None and index > comments):
                        others.add(index)
                        continue
                    if isinstance(item.stamp, Relative) and index > page.body_start:
                        continue  # "vor 1 Stunde" under the article: a comment's or a teaser's time
                    if context == "updated":
                        others.add(index)  # the model would read its date as a publication's
                    label = item.label or context or "published"
                    # The best kind of stamp; of several, the one nearest the headline.
                    rank = (_stamp_rank(item), abs(index - headline.index) if headline else index)
                    if label not in found or rank < found[label][0]:
                        found[label] = (rank, item, page.lines[index])
        if not found:  # no stamp line: a date printed among other words near the headline
            near = _date_near(page, headline, self.date_order, others) or _post_footer_date(page, self.date_order)
            if near is not None:
                found["published"] = ((_stamp_rank(near[0]), 0), *near)
        if not self._layout_known():
            self._judged_published(page, headline, found, others)
        for label, (rank, item, line) in list(found.items()):
            joined = self._with_time_below(page, item, line)
            if joined is not None:
                found[label] = (rank, *joined)
        # Year-less dates are placed near the publication date as printed, else the update's.
        stamps = [found[label][1].stamp for label in ("published", "updated") if label in found]
        printed = next((s for s in stamps if isinstance(s, Stamp) and s.year is not None), None)
        if printed is None and stamps and self.options.reference_date is None:
            # A live page's "19:02 (IST), Oct 02" under its "Oct 02, 2020, 19:02:47 IST": the
            # year the page prints is a nearer guess than today's.
            first = found["published" if "published" in found else "updated"]
            printed = self._page_year(page, first[2].index, first[1].stamp)
        if printed is None and self.collapsed and self.options.reference_date is None:
            # A stamp without its year on a page cut back into lines (a ticker's "January 2nd
            # 3:20 p.m.", an embedded post's "Friday Jul 3 - 4:11pm") that nothing on the page
            # places: its year would be guessed from today. On the corpus's collapsed pages
            # such guesses were wrong on all the pages that made one (four sites).
            for label in ("published", "updated"):
                yearless = found[label][1] if label in found else None
                if yearless is not None and isinstance(yearless.stamp, Stamp) and yearless.stamp.year is None:
                    del found[label]
                    self._warn(
                        "low_confidence", f"{label}_at", f"{yearless.text!r} states no year, and the page none for it"
                    )
        self.stamp_line = next((found[label][2].index for label in ("published", "updated") if label in found), None)
        self.stamp_text = next((found[label][1].text for label in ("published", "updated") if label in found), None)
        self._printed_year = printed.year if printed is not None else None
        anchor = self._anchor(printed)
        # Placed near today, a stamp's year-less day is no later than tomorrow (a zone ahead
        # of the output's): "12 March, 14:20" read in December is this March's, not the
        # next, since a page prints no stamp of the future.
        latest = anchor + timedelta(days=1) if printed is None and self.options.reference_date is None else None
        for field_name in ("published", "updated"):
            if field_name in found:
                _, item, line = found[field_name]
                if listed and item.label is None and isinstance(item.stamp, Relative):
                    # It stands where the article's stamp would (the byline is read by it),
                    # but gives no time: another story's age, placed by reference_date, would be wrong.
                    listing = f"{item.text!r} is one of a list of relative times"
                    self._warn("low_confidence", f"{field_name}_at", listing)
                    continue
                value = self._instant(item, f"{field_name}_at", anchor, latest)
                setattr(self.article, f"{field_name}_at", value)
                if value is not None:
                    self._span_in(f"{field_name}_at", line, item.text)
                day = self._printed_day(item, f"{field_name}_date", anchor, warn=value is None)
                setattr(self.article, f"{field_name}_date", day)
                if day is not None:
                    self._span_in(f"{field_name}_date", line, item.text)
        article = self.article
        if (
            article.published_at is None
            and article.published_date is None
            and self.address_day is not None
            and self._source != "rendered"  # from HTML, the markup's reading weighs the address
        ):
            # No date the page prints is its own: the day its address prints is.
            article.published_date = self.address_day.isoformat()
            self._unwarn("date_only", "published_at")
            self._warn("date_only", "published_at", f"the page's address states the date {article.published_date}")
            if self.options.provenance:
                self.spans["published_date"] = Span(self.address_printed, None, None, source="address")
        if (
            article.published_at
            and article.updated_at
            and datetime.fromisoformat(article.updated_at) < datetime.fromisoformat(article.published_at)
        ):
            self._warn(
                "updated_before_published",
                "updated_at",
                "the page states an update time earlier than its publication time",
            )
        return printed

    def _with_time_below(self, page: Page, item: Item, line: Line) -> tuple[Item, Line] | None:
        """A stamp that prints a date alone, over a line that prints its time alone
        ("Thursday, 07 Mar 2024" / "11:32 AM MYT", as some layouts set them): one stamp,
        and a line that spans both (the lines as read stay as they are)."""
        stamp = item.stamp
        if not isinstance(stamp, Stamp) or stamp.time is not None or line.index + 1 >= page.end:
            return None
        below = page.lines[line.index + 1]
        at = line.text.find(item.text) if item.text else -1
        if at < 0 or len(below.text) > settings.MAX_TIME_LINE_CHARS:
            return None
        above = line.text[at:]
        joined = f"{above} {below.text}"
        found = find_stamp(joined, date_order=self.date_order)
        if found is None or found[0].time is None or found[1][0] >= len(above) or found[1][1] != len(joined):
            return None  # the line below holds more than a time (and its zone)
        start = self.raw.find(item.text, line.start, line.end)
        spanned = Line(line.index, joined, start if start >= 0 else line.start, below.end, line.gap_before)
        return Item(Kind.STAMP, label=item.label, stamp=found[0], section=item.section, text=joined), spanned

    def _judged_published(
        self,
        page: Page,
        headline: Line | None,
        found: dict[str, tuple[tuple[int, int], Item, Line]],
        others: set[int],
    ) -> None:
        """On an unknown layout, the publication date the model finds likeliest, when it
        is sure enough or is the rules' day; else the rules' stamp stands. The ``others``
        lines print another's date (a comment's, an embedded post's).

        A page collapsed onto one line is judged too: though the model learned from pages
        with their lines, on the corpus's collapsed pages it took 28 more right days than
        the rules alone, and no more wrong ones."""
        ruled = self._ruled_day(found.get("published"))
        anchor = (headline.index, True) if headline else (self.likeliest_headline, False)
        candidate = dates.judge(page, anchor, self.date_order, ruled, self.budget, self.address_day, others)
        if candidate is not None:
            line = page.lines[candidate.line]
            item = Item(Kind.STAMP, stamp=candidate.stamp, text=line.text[candidate.start : candidate.end])
            found["published"] = ((0, 0), item, line)

    def _page_year(self, page: Page, near: int, stamp: Stamp | object) -> Stamp | None:
        """What places a year-less ``stamp`` (on line ``near``): the page's own printing of
        that day with its year, else the day the page's address prints."""
        if not isinstance(stamp, Stamp):
            return None
        found = same_day_with_year(page, near, stamp, self.date_order)
        day = self.address_day
        return found or (Stamp(day.year, day.month, day.day) if day is not None else None)

    def _ruled_day(self, chosen: tuple[tuple[int, int], Item, Line] | None) -> tuple[int, date] | None:
        """The line and the day of the stamp the rules chose, when it prints a whole date."""
        if chosen is None or not isinstance(chosen[1].stamp, Stamp):
            return None
        stamp = ordered(chosen[1].stamp, self.date_order)
        if stamp.year is None or stamp.order_ambiguous:
            return None
        return chosen[2].index, date(stamp.year, stamp.month, stamp.day)

    def _instant(self, item: Item, field_name: str, anchor: date, latest: date | None = None) -> str | None:
        stamp = item.stamp
        value, warnings = resolve(
            ordered(stamp, self.date_order) if isinstance(stamp, Stamp) else stamp,
            item.text,
            output=self.options.timezone,
            assume=self._assumed_zone(),
            anchor=anchor,
            reference=self.options.reference_date,
            not_after=latest,
        )
        for code, message in warnings:
            self._warn(code, field_name, message)
        return value

    def _printed_day(self, item: Item, field_name: str, anchor: date, *, warn: bool) -> str | None:
        """The calendar date a stamp prints, in the page's own day (no zone conversion).

        A year guessed for it is warned here only when the stamp gave no instant
        (``warn``): otherwise the instant's own warning names that guess.
        """
        stamp = item.stamp
        if not isinstance(stamp, Stamp):
            return None
        stamp = ordered(stamp, self.date_order)
        if stamp.order_ambiguous:
            return None
        year = stamp.year
        if year is None:
            if warn and self.options.reference_date is None and self._printed_year is None:
                return None  # a date alone, its year guessed from today: too far a guess
            year = infer_year(stamp.month, stamp.day, anchor)
            if year is None:
                return None
            if warn:
                self._warn("year_inferred", field_name, f"{item.text!r} states no year; took {year}")
        try:
            return date(year, stamp.month, stamp.day).isoformat()
        except ValueError:  # 29 February of a common year, as printed
            return None

    def _lead_line(self, page: Page, published: Stamp | None) -> None:
        """A dateline printed on its own line above the body ("新华社杭州7月7日电 题：...")."""
        for index in range(page.body_start):
            for item in page.items[index]:
                if item.kind is Kind.LEAD and item.lead is not None and self.article.dateline is None:
                    self._set_dateline(item.lead, page.lines[index], published)

    def _body(self, page: Page, published: Stamp | None) -> None:
        # The lead opens the first paragraph, or one of the next below short lines of the
        # page's ("This audio is generated by an AI tool.", a standfirst), never below a
        # paragraph; the article starts there, and the short lines above it are the page's.
        leads = True
        above_lead: list[int] = []
        for position, index in enumerate(self._article_lines(page)):
            line, text = page.lines[index], page.text(index)
            if leads and position < _LEAD_PARAGRAPHS:
                lead = parse_dateline(text)
                if lead is not None and is_prose(lead.rest):
                    self._set_dateline(lead, line, published)
                    text = lead.rest
                    leads = False
                    for above in range(len(self.article.body)):
                        self.spans.pop(f"body.{above}", None)
                    del self.article.body[:]
                    self.captioned_above_lead = [i for i in above_lead if _agency_credited(page.items[i])]
                leads = leads and len(text.split()) <= _MAX_ABOVE_LEAD_WORDS
                above_lead.append(index)
            self.article.body.append(text)
            self._span_in(f"body.{len(self.article.body) - 1}", line, text)

    def _article_lines(self, page: Page) -> list[int]:
        """The body's lines; on an unknown layout, without those the furniture model finds
        to be the page's (a newsletter's prompt, a share bar, other stories, comments), nor
        the site's notes and the writer's."""
        if self._layout_known() or self.collapsed:
            return page.body
        kept = furniture.article_lines(page, page.body, self.budget)
        # The site's own notes and a note on the writer read as prose, and the model keeps
        # many; what they say tells them apart (see layout.is_site_note). The first line
        # stays, as the model's.
        names = self.article.byline.authors
        return [
            index
            for position, index in enumerate(kept)
            if not position or not (is_site_note(page.text(index)) or is_author_note(page.text(index), names))
        ]

    def _set_dateline(self, lead: ParsedDateline, line: Line, published: Stamp | None) -> None:
        alone = _DAY_ALONE.fullmatch(lead.date) if lead.date else None
        if alone is not None:
            day = self._day_of_month(int(alone[1]), lead.date or "", "dateline.date", published)
        else:
            day = self._date_of(lead.date, "dateline.date", published) if lead.date else None
        self.article.dateline = Dateline(lead.location, day, lead.agency)
        self._span_in("dateline", line, lead.lead)
        if lead.authors and not self.article.byline.authors:  # "新华社南昌3月14日电（记者 周建国）"
            self.article.byline.authors = lead.authors
            self._span_in("byline", line, lead.lead)

    def _captions(self, page: Page) -> None:
        for index in self.captioned_above_lead:
            agency = next(item.names[0] for item in page.items[index] if item.kind is Kind.SOURCES)
            position = self.add_caption(page.text(index), Credit(agency, None, agency))
            self._span_in(f"captions.{position}", page.lines[index], page.lines[index].text)
        seen: set[tuple[str | None, str | None, str | None]] = set()
        for index in range(page.end):
            for item in page.items[index]:
                if item.kind is not Kind.CAPTION or item.caption is None or item.caption.credit.doubtful:
                    continue
                self.budget.check()
                text, credit = item.caption.text, item.caption.credit
                key = (text, credit.credit, credit.photographer)
                if key in seen:
                    continue
                seen.add(key)
                position = self.add_caption(text, credit)
                self._span_in(f"captions.{position}", page.lines[index], item.text)

    def add_caption(self, text: str | None, credit: Credit) -> int:
        """Append a caption with its place and date read from its words; its position."""
        position = len(self.article.captions)
        day = location = None
        if text is not None:
            # The place stands before the caption's date, or at its end when it has none.
            found = find_date(text, date_order=self.date_order)
            location = (
                caption_location(text[: found[1][0]]) or caption_location(text[found[1][1] :])
                if found
                else caption_location(text)
            )
            # Some credits carry the date the caption lacks ("CNA photo March 4, 2024").
            printed = text
            if found is None and credit.printed:
                found, printed = find_date(credit.printed, date_order=self.date_order), credit.printed
            if found is not None:
                stamp, (start, end) = found
                day = self._date_of(printed[start:end], f"captions.{position}.date", self.published_stamp, stamp)
        self.article.captions.append(Caption(text, self._own(credit.credit), credit.photographer, day, location))
        return position

    def _own(self, name: str | None) -> str | None:
        """A credit's or source's name, the outlet's own where its pages mean the outlet by
        a name the registry reads as another's ("CNA" on CNA (Singapore)'s pages)."""
        profile = self.profile
        if name is None or profile is None or not profile.own_names:
            return name
        return profile.name if name in own_names(profile) else name

    def _sources_and_contributors(self, page: Page) -> None:
        found: list[tuple[int, str, Line]] = []
        for index in range(page.end):
            line = page.lines[index]
            for item in page.items[index]:
                if item.kind is Kind.SOURCES and index not in self.captioned_above_lead:
                    found.extend((index, name, line) for name in item.names)
                elif item.kind is Kind.CONTRIBUTORS:
                    for name, role in item.contributors:
                        key = f"contributors.{len(self.article.contributors)}"
                        self.article.contributors.append(Contributor(name, role))
                        self._span_in(key, line, name)
        headline = self.headline_line
        for index in range(max(0, headline - settings.MAX_STAMP_DISTANCE), headline) if headline is not None else ():
            for item in page.items[index]:
                if item.kind is Kind.ORGANISATION and item.names[0] != self.article.outlet:
                    found.append((index, item.names[0], page.lines[index]))  # "AFP" above the headline
        publisher = self.stamp_publisher
        if publisher is not None and canonical_name(publisher[0]) is not None and publisher[0] != self.article.outlet:
            found.append((publisher[1].index, *publisher))  # a wire's story, carried: "AFP / 10:05 AM"
        found.extend(self._paper_beside_stamp(page))
        dateline = self.article.dateline
        if dateline is not None and dateline.agency is not None and page.body_start < len(page.lines):
            found.append((page.body_start, dateline.agency, page.lines[page.body_start]))
        for _, printed, line in sorted(found, key=lambda entry: entry[0]):
            name = self._own(printed) or printed
            if name not in self.article.sources:
                self._span_in(f"sources.{len(self.article.sources)}", line, name)
                self.article.sources.append(name)

    def _paper_beside_stamp(self, page: Page) -> list[tuple[int, str, Line]]:
        """A Chinese paper's or site's name printed on a line of its own beside the stamp,
        without its 来源 label: between the headline and the stamp ("中国新闻网"), or on the
        first line after the stamp, a reporter's name after it there ("工商時報 沈賢有").
        Only a name the registry or the table of outlets knows: a line after the stamp
        that ends as a paper's name may be a button ("关注新华网"); the page's own outlet's
        is its staff's byline, as on the stamp's line (see layout._stamp_then_paper)."""
        stamp, headline = self.stamp_line, self.headline_line
        if stamp is None:
            return []
        after = next((i for i in range(stamp + 1, page.body_start) if not _stamps_only(page, i)), None)
        between = range(headline + 1, stamp) if headline is not None and stamp - headline <= _PAPER_REACH else range(0)
        found = []
        for index in [*between, *([after] if after is not None else [])]:
            paper = _CJK_PAPER_LINE.match(page.lines[index].text)
            if paper is None or (paper["reporter"] and index != after):
                continue
            name = paper["paper"]
            outlet, agency = outlet_named(name), canonical_name(name)
            if (agency is not None or outlet is not None) and (outlet is None or outlet != self.article.outlet):
                found.append((index, agency or name, page.lines[index]))
        return found

    def _not_found(self) -> None:
        article = self.article
        for name, missing, what in (
            ("headline", article.headline is None, "headline"),
            ("outlet", article.outlet is None, "known outlet"),
            ("published_at", article.published_at is None, "publication time"),
            ("body", not article.body, "article paragraph"),
        ):
            if missing and not any(w.field == name for w in article.warnings):
                self._warn("not_found", name, f"no {what} found in the text")

    # -- helpers -----------------------------------------------------------

    def _date_of(
        self, printed: str, field_name: str, published: Stamp | None, stamp: Stamp | None = None
    ) -> str | None:
        """An ISO date for a date printed in the text, its year inferred if missing."""
        if stamp is None:
            found = find_date(printed, date_order=self.date_order)
            if found is None:
                return None
            stamp = found[0]
        stamp = ordered(stamp, self.date_order)
        if stamp.order_ambiguous:
            self._warn("date_order_ambiguous", field_name, f"day and month of {printed!r} could be either way round")
            return None
        year = stamp.year
        if year is None:
            year = infer_year(stamp.month, stamp.day, self._anchor(published))
            if year is None:
                return None
            self._warn("year_inferred", field_name, f"{printed!r} states no year; took {year}")
        return date(year, stamp.month, stamp.day).isoformat()

    def _day_of_month(self, number: int, printed: str, field_name: str, published: Stamp | None) -> str | None:
        """A day of the month alone ("21日" in a lead): the last such day on or before
        the publication date (or reference_date); None without either."""
        if self.options.reference_date is None and (published is None or published.year is None):
            return None
        anchor = self._anchor(published)
        year, month = anchor.year, anchor.month
        if number > anchor.day:  # the month before
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        try:
            found = date(year, month, number).isoformat()
        except ValueError:  # "31日" before a month of thirty days
            return None
        self._warn("year_inferred", field_name, f"{printed!r} states no month or year; took {found}")
        return found

    def _anchor(self, printed: Stamp | None) -> date:
        """The date year-less dates are placed near: reference_date if given, else the
        page's publication (or update) date as printed, else today."""
        reference = self.options.reference_date
        if isinstance(reference, datetime):
            return reference.astimezone(self.options.timezone).date()
        if reference is not None:
            return reference
        if printed is not None and printed.year is not None:
            return date(printed.year, printed.month, printed.day)
        return datetime.now(self.options.timezone).date()

    def _layout_known(self) -> bool:
        """Whether the outlet's profile describes its pages' layout (else they are read as
        any unknown outlet's)."""
        return self.profile is not None and self.profile.layout

    def _assumed_zone(self) -> tzinfo:
        if self.options.assume_timezone is not None:
            return self.options.assume_timezone
        return ZoneInfo(self.home_zone)

    def _warn(self, code: str, field_name: str, message: str) -> None:
        self.article.warnings.append(Warning(code, field_name, message))

    def _unwarn(self, code: str, field_name: str) -> None:
        """Take back the warnings of ``code`` on ``field_name``: a later reading settled it."""
        self.article.warnings = [w for w in self.article.warnings if (w.code, w.field) != (code, field_name)]

    def _span(self, key: str, start: int, end: int) -> None:
        if self.options.provenance:
            self.spans[key] = Span(self.raw[start:end], start, end, self._source)

    def _span_in(self, key: str, line: Line, value: str) -> None:
        """Record where ``value`` stands in ``line``: exactly if found verbatim, else the line."""
        if key == "byline":
            self.byline_line = line.text
        if not self.options.provenance:
            return
        offset = self.raw.find(value, line.start, line.end) if value else -1
        if offset >= 0:
            self._span(key, offset, offset + len(value))
        else:
            self._span(key, line.start, line.end)


_META_KINDS = frozenset({Kind.STAMP, Kind.BYLINE, Kind.ORGANISATION, Kind.SOURCES})


def ruled_headline(page: Page, header: list[Line]) -> tuple[Line, str] | None:
    """The headline the layout rules find among the header's lines, and its text."""
    for line in header:
        stripped = TITLE_SUFFIX.sub("", line.text) if any(map(line.text.__contains__, _SUFFIX_MARKS)) else line.text
        if stripped != line.text:
            # The page's <title> often tops the text; the headline proper (the same
            # words, perhaps without a " - World" section tail) stands further down.
            proper = next(
                (
                    later
                    for later in header
                    if later.index > line.index
                    and stripped.startswith(later.text)
                    and len(later.text) * 2 > len(stripped)
                ),
                None,
            )
            return (proper, proper.text) if proper is not None else (line, stripped)
        parts = _BREADCRUMB.split(line.text) if any(map(line.text.__contains__, _BREADCRUMB_MARKS)) else [line.text]
        if len(parts) > 1 and parts[0].lower() in BREADCRUMB_ROOTS and _title_like(parts[-1]):
            return (line, parts[-1])
    return _between_stamps(page, header) or _nearest_before_meta(page, header)


def _followed_soonest(page: Page, found: list[Line]) -> Line | None:
    """Of the lines that print a headline, the one the article's paragraphs follow
    soonest: a headline printed more than once (a sidebar's list of latest stories, then
    the article) heads the article where it is printed last before them."""
    if len(found) < 2:
        return found[0] if found else None
    prose = page.prose
    return min(found, key=lambda line: next((i for i in prose if i > line.index), len(page.lines)) - line.index)


def _commented_headline(page: Page) -> Line | None:
    """The line that prints the title a blog's comments heading quotes ("2 Gedanken zu
    „Title“"), above it; None without such a heading, or when headings quote different
    titles (a list of posts)."""
    titles: set[str] = set()
    first = len(page.lines)
    for line in page.lines:
        if (found := comments_heading(line.text)) is not None:
            titles.add(found["title"])
            first = min(first, line.index)
    if len(titles) != 1:
        return None
    title = titles.pop()
    return _followed_soonest(page, [line for line in page.lines[:first] if line.text == title])


def _crumbed_headline(page: Page) -> Line | None:
    """The first line printed whole, two words or more, at the end of the breadcrumb right
    above it ("Home » Transport » Tram line to open in May" over "Tram line to open in
    May"): the page's headline, its path's leaf. None without one."""
    for line in page.lines[1 : page.end]:
        if len(line.text.split()) >= 2 and _breadcrumb_leaf(page.lines[line.index - 1].text) == line.text:
            return line
    return None


def _breadcrumb_leaf(text: str) -> str:
    """The last label of a breadcrumb ("Home » News » Tram line to open" gives "Tram line
    to open"); "" when ``text`` is no path."""
    if not any(map(text.__contains__, _BREADCRUMB_MARKS)):
        return ""
    crumbs = _BREADCRUMB.split(text)
    return crumbs[-1].strip() if len(crumbs) > 1 else ""


def _doubled_headline(page: Page) -> Line | None:
    """The first line of _DOUBLED_WORDS words or more, opening with a capital, printed
    twice in a row and no more (the case aside: a blog's post title and its heading) with a
    stamp or a byline at most _DOUBLED_NEAR lines away and no other headline between: the
    page's headline. Shorter doubled lines are a menu's ("Arts & Culture", "Our Newsletters")."""
    for line in page.lines[: page.end - 1]:
        text, i = line.text, line.index
        # The cheap tests first: the words counted no further than needed, the next line
        # compared before the lines around (most lines are printed once).
        if len(text.split(None, _DOUBLED_WORDS - 1)) < _DOUBLED_WORDS or not text[0].isupper():
            continue
        if text.casefold() != page.lines[i + 1].text.casefold():
            continue
        # Twice, not more: captions of a gallery repeat a line down the page.
        printed = [page.lines[j].text.casefold() for j in range(max(0, i - 1), min(page.end, i + 3))]
        if printed.count(text.casefold()) != 2:
            continue
        above = range(i - 1, max(-1, i - 1 - _DOUBLED_NEAR), -1)
        below = range(i + 2, min(page.end, i + 2 + _DOUBLED_NEAR))
        if (_metadata_reached(page, above) or _metadata_reached(page, below)) and not _headline_below(page, i + 2):
            return line
    return None


def _headline_below(page: Page, start: int) -> bool:
    """Whether another headline stands from ``start`` on, before the first paragraph: a
    line of _DOUBLED_WORDS words or more, neither prose nor metadata, with its own stamp or
    byline right below it. The doubled line above it is a teaser's then (a "Most read"
    story's picture and link, dated): the article's headline is that one."""
    prose = set(page.prose)
    for j in range(start, min(page.end, start + 2 * _DOUBLED_NEAR)):
        if j in prose:
            return False
        if (
            not page.items[j]
            and len(page.lines[j].text.split()) >= _DOUBLED_WORDS
            and _metadata_reached(page, range(j + 1, min(page.end, j + 1 + _DOUBLED_NEAR)))
        ):
            return True
    return False


def _metadata_reached(page: Page, indexes: range) -> bool:
    """Whether a stamp or a byline stands on one of these lines, taken in turn, before any
    line that might be another headline (a line of _DOUBLED_WORDS words or more that is
    no prose: a standfirst, a name or a section may stand between)."""
    for j in indexes:
        if any(item.kind in (Kind.STAMP, Kind.BYLINE) for item in page.items[j]):
            return True
        if j not in page.prose and len(page.lines[j].text.split()) >= _DOUBLED_WORDS:
            return False
    return False


def _past_kicker(page: Page, line: Line, text: str) -> str:
    """The headline that ``text`` (``line``'s) prints after a kicker run into it ("Leak at
    the plant Files of the firm stolen"), when a near line prints those words alone as
    one of its parts: a breadcrumb's last ("Home / News / Files of the firm stolen") or a
    title's first ("Files of the firm stolen - Leak at the plant"); else ``text``."""
    for j in range(max(0, line.index - _KICKER_NEAR), min(len(page.lines), line.index + _KICKER_NEAR + 1)):
        other = page.lines[j].text
        # The other line prints the headline without the kicker: not the whole line again
        # (a title on top, "Share: ...", where a headline's own " / " would split it).
        if j == line.index or len(other) <= _MIN_PAST_KICKER or text in other:
            continue
        title = roles.TITLE_SEPARATOR.split(other)
        for part in (_breadcrumb_leaf(other), title[0].strip() if len(title) > 1 else ""):
            if _MIN_PAST_KICKER <= len(part) < len(text) and text.endswith(part) and text[-len(part) - 1] in " :|":
                return part
    return text


def _past_leader(page: Page, line: Line, text: str) -> str:
    """``text`` (``line``'s headline) without what a page runs into its start: the date
    ("1. Februar 2022 Ministerin eröffnet die Messe"), or a kicker of two words or more that
    the breadcrumb just above ends with ("Home » Energie » Strom sparen" over "Strom sparen
    Ein Check für jeden Haushalt"); only when a headline of _DOUBLED_WORDS words or more is
    left."""
    found = find_date(text)
    if found is not None and found[1][0] == 0:
        rest = text[found[1][1] :].lstrip(" -–—:|,")
        if len(rest.split()) >= _DOUBLED_WORDS and rest[0].isupper():
            return rest
    for j in range(max(0, line.index - _KICKER_NEAR), line.index):
        leaf = _breadcrumb_leaf(page.lines[j].text)
        rest = text[len(leaf) :].lstrip()
        # A leaf of one word may be the headline's own first word ("World" over "World Cup
        # final draws ..."); a kicker has two or more ("Initiative EnergieEffizienz").
        if (
            len(leaf.split()) >= 2
            and text.startswith(leaf + " ")
            and len(rest.split()) >= _DOUBLED_WORDS
            and rest[0].isupper()
        ):
            return rest
    return text


def _lone_title(page: Page, index: int, words: str) -> bool:
    """Whether the headline read on ``index`` is the page's first line, printed nowhere
    else, over more than _TITLE_FAR lines before the first paragraph: the <title> a
    renderer prints on top of the site's menus ("Recipes and more | Site" over "Home",
    "Recipes", ...), which the article does not print as its headline; the headline
    the article prints (another one) is not known then. A line right over a stamp or a
    byline heads the article, whatever stands between it and the prose (a list's short
    lines: "Ten ways to save water" / "By Ana Ruiz" / "Fix a dripping tap." ...)."""
    if index != 0 or min(page.prose, default=len(page.lines)) <= _TITLE_FAR:
        return False
    if len(page.items) > 1 and any(item.kind in (Kind.STAMP, Kind.BYLINE) for item in page.items[1]):
        return False
    folded = words.casefold()
    return not any(folded in line.text.casefold() for line in page.lines[1:])


def _without_site_name(title: str, page: Page) -> str:
    """A <title> line without the site's name after its last separator ("Recipe - Rezept
    von Backen.de", "Headline | Gewerkschaft der Polizei"): a web address, or a name the
    page prints as a line of its own too; or, when the title tops the page (its first line,
    where a renderer prints the <title>), a name that another line prints without the
    headline ("Wie man Brot backt | Backwelt" over "Backwelt Newsletter"). An unknown
    outlet's own name is not among the registry's suffixes."""
    separators = list(roles.TITLE_SEPARATOR.finditer(title))
    if not separators or separators[-1].start() < settings.MIN_HEADLINE_CHARS_BEFORE_SITE:
        return title
    for here, following in itertools.pairwise(separators):
        # A site's address between two separators, its tagline after it ("Headline »
        # example.org | news and notes"): the headline ends before the address.
        if here.start() >= settings.MIN_HEADLINE_CHARS_BEFORE_SITE and _SITE_ADDRESS.search(
            title[here.end() : following.start()].strip()
        ):
            return title[: here.start()].rstrip()
    last = separators[-1]
    site = title[last.end() :].strip()
    if not site or len(site.split()) > settings.MAX_SITE_NAME_WORDS:
        return title
    if _SITE_ADDRESS.search(site) or any(line.text == site for line in page.lines):
        return title[: last.start()].rstrip()
    if page.lines and page.lines[0].text == title and _named_apart(site, title[: last.start()], page):
        return title[: last.start()].rstrip()
    return title


def _named_apart(site: str, head: str, page: Page) -> bool:
    """Whether a line below the page's first prints ``site`` without ``head`` (a title's
    tail and its headline): the site's name in its menu or footer ("Backwelt Newsletter",
    "© 2024 Backwelt GmbH"). A tail that is the headline's own end is printed with it.
    Only whole words in lines of no prose count: a headline's last words ("Fed raises
    rates - again") are a sentence's words too, and a short tail is in many a longer word."""
    site, head = site.casefold(), head.casefold()
    printed = re.compile(rf"(?<!\w){re.escape(site)}(?!\w)")
    return any(
        printed.search(text := line.text.casefold()) is not None and head not in text and not is_prose(line.text)
        for line in page.lines[1:]
    )


def _unknown_breadcrumb(text: str, parts: list[str]) -> bool:
    """Whether a line that splits like a breadcrumb is one on an unknown outlet's page.
    Items between slashes are a menu ("Anmelden / Registrieren", "Sommer / Winter /
    Mixed") unless the first is the site's root ("Home / Aktuell", "首頁 / 政治"); a line
    with guillemets quotes ("«Die Alpen» lesen"); "[›" and "<>" are a widget's marks, an
    item without a letter or with an address none of a breadcrumb's."""
    if " / " in text and parts[0].lower() not in BREADCRUMB_ROOTS:
        return False
    if "«" in text or "<>" in text or "@" in text:
        return False
    return all(any(c.isalpha() for c in part) for part in parts)


# A Chinese paper's name alone on a line, or a reporter's after it ("工商時報 沈賢有").
_CJK_PAPER_LINE = re.compile(r"^(?P<paper>[\u4e00-\u9fff]{2,10})(?:\s+(?P<reporter>[\u4e00-\u9fff]{2,4}))?$")
#: How many lines below the headline the stamp may stand for a paper's name between them
#: to be the story's source (a portal prints buttons there: "下载客户端").
_PAPER_REACH = 5


# A time alone on its line, printed under its date.
_CLOCK_ONLY = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


def _stamps_only(page: Page, index: int) -> bool:
    """Whether a line holds stamps and nothing else, or a time alone ("11:51" under its date)."""
    items = page.items[index]
    if _CLOCK_ONLY.fullmatch(page.lines[index].text):
        return True
    return bool(items) and all(item.kind is Kind.STAMP for item in items)


def _publisher(value: str) -> str | None:
    """The agency or outlet a label names ("Agence France-Presse /", "Philippine Daily
    Inquirer", "Philstar.com"), by its canonical name; None if it names none."""
    name = value.strip(_LABEL_EDGES)
    return (canonical_name(name) or outlet_named(name) or outlet_at(name)) if name else None


def _agency_credited(items: list[Item]) -> bool:
    """Whether a line is text closed by one agency the registry knows ("— Bernama")."""
    sources = [item for item in items if item.kind is Kind.SOURCES]
    return len(sources) == 1 and len(sources[0].names) == 1 and canonical_name(sources[0].names[0]) is not None


def header_lines(page: Page) -> list[Line]:
    """The header: the text lines above the body, where headline, section and byline stand."""
    return page.text_lines(0, page.body_start)[: settings.MAX_HEADER_LINES]


def _is_meta(page: Page, index: int) -> bool:
    """Whether a line carries article metadata (not chrome, not a caption)."""
    return any(item.kind in _META_KINDS for item in page.items[index])


#: How far under a stamp the title may stand when no metadata follows it (the page's
#: lines, share buttons and all).
_TITLE_UNDER_STAMP = 2


def _between_stamps(page: Page, header: list[Line]) -> tuple[Line, str] | None:
    """The title printed between the timestamp and the next metadata line (CGTN's layout:
    time, headline, "Updated ..."), or right under the timestamp when no metadata follows."""
    # The first stamp with a time: a date alone at the top is the page's "today" or a ticker's.
    stamp = next(
        (
            i
            for i in range(page.body_start)
            if any(it.kind is Kind.STAMP and not _date_only(it) for it in page.items[i])
        ),
        None,
    )
    if stamp is None:
        return None
    following = next((i for i in range(stamp + 1, page.body_start) if _is_meta(page, i)), None)
    if following is None:
        # No metadata under the title: the title is among the two lines right under the
        # stamp (TASS's layout: time, perhaps a label such as "EXCLUSIVE", headline,
        # article), not one further down ("关注新华网", "微信", "微博", then the article's
        # first short paragraph).
        return next(
            (
                (line, line.text)
                for line in header
                if stamp < line.index <= stamp + _TITLE_UNDER_STAMP and _title_like(line.text)
            ),
            None,
        )
    return next(
        ((line, line.text) for line in header if stamp < line.index < following and _title_like(line.text)), None
    )


def _nearest_before_meta(page: Page, header: list[Line]) -> tuple[Line, str] | None:
    """The last title-like line above the first metadata line, else the first one at all."""
    first_meta = next(
        (
            i
            for i in range(page.body_start)
            if any((it.kind is Kind.STAMP and not _date_only(it)) or it.kind is Kind.BYLINE for it in page.items[i])
        ),
        page.body_start,
    )
    before = [line for line in header if line.index < first_meta and _title_like(line.text)]
    # A headline runs to several words; a name or label just above the byline does not.
    long_enough = [line for line in before if _words(line.text) >= settings.MIN_HEADLINE_WORDS]
    # A deck printed right under the headline is title-like too: the first of such a run wins.
    while (
        len(long_enough) > 1 and long_enough[-2].index == long_enough[-1].index - 1 and not long_enough[-1].gap_before
    ):
        long_enough.pop()
    candidates = long_enough[-1:] or before[-1:] or [line for line in header if _title_like(line.text)][:1]
    return (candidates[0], candidates[0].text) if candidates else None


def _date_near(
    page: Page, headline: Line | None, order: DateOrder | None, others: set[int] | frozenset[int] = frozenset()
) -> tuple[Item, Line] | None:
    """A date printed in a short line of other text near the headline ("Bettina Kugler
    19.10.2019, 05:00 Uhr", "October 19, 2019 by IWB"), or opening a paragraph: the
    nearest below it, else above. Captions, lines past the article's end and the
    ``others`` lines (a comment's stamp) are not looked in."""
    anchor = headline.index if headline is not None else page.body_start
    below = range(anchor + 1, min(page.end, anchor + 1 + settings.MAX_DATE_BELOW_HEADLINE))
    above = range(anchor - 1, max(-1, anchor - 1 - settings.MAX_DATE_ABOVE_HEADLINE), -1)
    prose = set(page.prose)
    for index in (*below, *above):
        line = page.lines[index]
        # In a paragraph, only a date that opens it: "01.02.2022 „Der Arbeitsmarkt ist ..."
        opening = len(line.text) > settings.MAX_META_CHARS or index in prose
        if index in others or any(item.kind is Kind.CAPTION for item in page.items[index]):
            continue
        if "@" in line.text:
            continue  # an embedded post's date ("— A B (@handle) November 3, 2023")
        found = find_stamp(line.text[: settings.MAX_TIMESTAMP_CHARS] if opening else line.text, date_order=order)
        if opening and (found is None or not _LEAD_DATE_LABEL.fullmatch(line.text, 0, found[1][0])):
            continue
        # A date with its year, of the web's time: a year-less "July 4th" is a menu's, and
        # "28.09.19" glued to "12:44" is no date of 1912.
        if found is not None and found[0].year is not None and found[0].year >= settings.MIN_WEB_YEAR:
            stamp, (start, end) = found
            return Item(Kind.STAMP, stamp=stamp, text=line.text[start:end]), line
    return None


def _post_footer_date(page: Page, order: DateOrder | None) -> tuple[Item, Line] | None:
    """The date in the footer a blog's software prints under its post, wherever the page
    sets it ("Der Beitrag wurde am 3. Mai 2021 um 14:08 Uhr veröffentlicht und unter News
    abgelegt.", "This entry was posted on Monday, May 3rd, 2021 at 2:08 pm and is filed
    under News."), when the page prints one such date alone (a blog's home page lists
    several posts, each with its footer)."""
    chosen: tuple[Item, Line] | None = None
    for line in page.lines:
        text = line.text
        # The footers' words, looked for first: a page may hold half a million lines.
        if text.startswith("This "):
            match = _POSTED_ON.match(text)
        elif (at := text.find(" wurde am ", 0, _FOOTER_SUBJECT_CHARS + 10)) > 0:
            match = _POSTED_AM.match(text, at)
        else:
            continue
        if match is None:
            continue
        found = find_stamp(match["when"], date_order=order)
        if found is None or found[0].year is None or found[0].year < settings.MIN_WEB_YEAR:
            continue
        stamp, (start, end) = found
        item = Item(Kind.STAMP, stamp=stamp, text=match["when"][start:end])
        if chosen is not None and chosen[0].text != item.text:
            return None
        chosen = item, line
    return chosen


#: A blog's footer under its post, with the post's date ("when"): its subject (the post's
#: title, "Dieser Artikel", at most _FOOTER_SUBJECT_CHARS), "wurde am", the date and time,
#: perhaps its writer, a verb of posting and where it was filed; the English theme's "This
#: entry was posted on ... and is filed under". Not a sentence of an article's ("Das Gesetz
#: wurde am 3. Mai veröffentlicht."): the filing clause is a footer's alone.
_POSTED_ON = re.compile(r"This (?:entry|post) was posted on (?P<when>.{6,60}?) and is filed under\b")
_POSTED_AM = re.compile(
    r" wurde am (?P<when>.{6,60}?) (?:von .{2,40}? )?(?:gepostet|veröffentlicht|geschrieben|verfasst)"
    r" und (?:wurde )?unter\b"
)
_FOOTER_SUBJECT_CHARS = 150
#: How many characters before and after a stamp on a page cut back into lines are read
#: for whose it is (see _cut_context): a comment's heading and its writer's name.
_CUT_CONTEXT_CHARS = 100
#: A comment's signature ("Lea Kern sagt:", "says:"; glued to the name too, "Leasagt:")
#: right before its date, or the comments' heading a few words before it ("4 Kommentare zu
#: ...", "Ein Gedanke zu", "One Comment", "Reader Interactions Comments"); not a count of
#: them alone ("06.11.2023 | 2 Kommentare"), which a post's own line of meta prints, nor
#: its "No Comments", "Keine Kommentare" or a call to write one ("Leave a comment",
#: "Schreibe einen Kommentar", "Kommentar schreiben", "Laisser un commentaire").
_COMMENT_BEFORE = re.compile(
    r"(?:sagt|says|schreibt|wrote|meint|dice|dit|écrit)\s*:$"
    r"|(?<!\w)(?:leser-kommentare|kommentar von|gedanken? zu|antworten? (?:auf|zu))(?!\w)"
    r"|(?<!\w)(?<!\b\d )(?<!\b\d\d )(?<!\b\d\d\d )(?<!\bno )(?<!\bkeine )(?<!\bkein )(?<!\baucun )(?<!\bsin )"
    r"(?<!\bnessun )(?<!\ba )(?<!\beinen )(?<!\bun )"
    r"(?:comments?|kommentare?|commentaires?|comentarios?|commenti|commento)(?!\w)"
    r"(?!\s+(?:schreiben|hinterlassen|verfassen|abgeben))"
    r"|(?<!\w)(?<!\bno )(?<!\bkeine )(?:comments?|kommentare?) (?:zu|on|auf|to)(?!\w)",
    re.IGNORECASE,
)
#: A reply link right after a comment's date and time ("14:08 Antworten", "2:08 pm Reply").
_REPLY_AFTER = re.compile(r"\s*(?:Uhr\s+)?(?:Antworten|Reply|Répondre|Responder|Rispondi)\b")
#: An embedded post's account, just before its date: "(@lea.kern) on", "(@lea.kern) am".
_HANDLE_BEFORE = re.compile(r"\(@[\w.]+\)(?: [^\W\d_]{2,3})?$")


# What may stand before a date that opens a paragraph: nothing, a short label
# ("Pressemitteilung vom 25. Januar 2022 | Berlin – ...", "Posted on"), a place and its
# comma ("Berlin, 12.11.2021. ...": a press release's), or an opening bracket after one or
# none ("Berlin, (12.11.2021).", "(21. November 2022) ...").
_LEAD_DATE_LABEL = re.compile(
    r"(?:[^\W\d_][\w-]*\s+){0,2}(?:vom|am|on|du|le|del|el)\s+"
    r"|(?:[^\W\d_][\w-]*(?: [^\W\d_][\w-]*)?,? )?\(|[^\W\d_][\w-]*(?: [^\W\d_][\w-]*)?, |"
)
# A site's name that is its address.
_SITE_ADDRESS = re.compile(r"\w\.(?:[a-z]{2,3}|com|net|org|info)$", re.IGNORECASE)
#: A byline's opening word after a stamp on its line, with nothing but the time's words
#: and separators between them: "| 14:08 Uhr | von Lea Kern", " by Lea Kern".
_BYLINE_AFTER_STAMP = re.compile(
    r"^(?:[^\w]|\d|Uhr\b|h\b|[AaPp]\.?[Mm]\.?(?!\w))*(?P<byline>(?:" + BYLINE_WORD + r")\s?[:：]?\s.*)$"
)
# A blog's post footer: its posting words, the writer, and the time ("Posted by Ana Ruiz at
# 2:33 PM", "Publié par Lea Kern à 08:00").
_POST_FOOTER = re.compile(
    r"(?:Posted by|Eingestellt von|Veröffentlicht von|Publié par|Publicado por|Pubblicato da)[ \t]+"
    r"(?P<name>[^\W\d_][^\d|,;:]{1,58}?)[ \t]+(?:at|um|à|às|a las|a la|alle)[ \t]+\d{1,2}[:.h]\d\d(?!\d)"
)
_POST_FOOTER_FIRST = frozenset("PEV")
#: The most lines a blog's line of meta stands under the headline.
_META_REACH = 3
#: The credit of a social network's post embedded in the article, which names the post's
#: author, not the article's ("A post shared by Ana Ruiz (@ana.ruiz) on May 3, 2019").
_EMBEDDED_POST = re.compile(
    r"\b(?:a post shared by|ein beitrag geteilt von|une publication partagée par|una publicación compartida por)\b",
    re.IGNORECASE,
)
#: How likely the author model must find a full name printed alone under the headline
#: for it to be the byline (see _name_under_headline), short of its threshold.
_NEAR_THRESHOLD = 0.55
#: How likely the model must find a candidate its layout vouches for (see _vouched), short
#: of its threshold. Out of fold (three seeds' fold models), the candidates vouched for
#: between this and 0.55 were the labelled authors on 7 training pages and wrong on 1.
_VOUCHED_THRESHOLD = 0.35
#: A note on the writer at an English article's end: their name, then what they are
#: ("is a senior writer for ...", "is the paper's health correspondent"), in its first words.
_WRITER_NOTE = re.compile(
    r"(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) (?:is|was) (?:a|an|the) (?:[\w'’-]+ ){0,6}?"
    r"(?:reporter|writer|journalist|correspondent|editor|columnist|contributor|freelancer)\b"
)
#: How many of the body's last lines may hold that note.
_NOTE_LINES = 3
#: How far (in lines) a stamp stands from a name alone on its line that it vouches for.
_STAMP_VOUCHES = 2


#: How many lines a teaser of another story prints between its block's heading and its byline.
_TEASER_REACH = 5


def _post_footer(page: Page) -> tuple[str, Line] | None:
    """The writer a blog's post footer names under the article, before the time it was
    posted ("Posted by Ana Ruiz at 2:33 PM", "Eingestellt von Lea Kern um 10:52"), and its
    line: a person's full name, not a handle (an account's name there is as often a menu's
    or another language's word)."""
    for line in page.lines[page.body_start : page.body_start + authors.MAX_LINES]:
        found = _POST_FOOTER.match(line.text) if line.text[:1] in _POST_FOOTER_FIRST else None
        if found is not None:
            # The first is the post's; those below sign its readers' comments.
            return (found["name"], line) if " " in found["name"] and is_person_name(found["name"]) else None
    return None


def _in_teaser(page: Page, index: int) -> bool:
    """Whether line ``index`` stands in a teaser of another story: under a block's heading
    ("Mehr zum Thema", "Related") at most _TEASER_REACH lines up, with no paragraph between
    ("Mehr zum Thema" / "Kohle und Klima" / "von Ana Ruiz")."""
    for above in range(index - 1, max(-1, index - 1 - _TEASER_REACH), -1):
        if any(item.kind is Kind.BLOCK for item in page.items[above]):
            return True
        if above in page.prose:
            return False
    return False


def _is_headline(page: Page, candidate: authors.Candidate, headline: Line | None) -> bool:
    """Whether a candidate prints the headline's words and nothing else: a short headline
    of capitalised words ("Effiziente Hybridbatterie", "Silent Harbour") reads as a name,
    here and where a list of stories repeats it."""
    printed = page.lines[candidate.line].text[candidate.start : candidate.end]
    return headline is not None and authors.folded(printed) == authors.folded(headline.text)


def _noted_writer(page: Page, candidate: authors.Candidate) -> bool:
    """Whether a note on the writer further down the page opens with the candidate's one
    name, a person's full name ("Ana Ruiz" / ... / "Ana Ruiz is a senior writer for the
    Courier, covering ..."): the author box of many English outlets."""
    if len(candidate.names) != 1 or candidate.handle or " " not in candidate.names[0]:
        return False
    name = candidate.names[0]
    for line in page.lines[candidate.line + 1 :]:
        if line.text.startswith(name) and (found := _WRITER_NOTE.match(line.text)) is not None:
            return found["name"] == name and is_person_name(name)
    return False


def _vouched(page: Page, candidate: authors.Candidate) -> bool:
    """Whether the layout says a candidate of persons' names is a byline, as the model's
    likeliest near its threshold: an opening phrase or label before the names ("Ein Artikel
    von Lea Kern", "Autorin: Ana Ruiz, Projektleiterin"), an opening word that opens the
    line, follows a date or stands on a stamp's line ("Veröffentlicht am 03.02.2022 von Lea
    Kern"; not a headline's "... por la Premier League"), a full name the page prints beside
    a date on a line of meta (see _printed_beside_date), or a full name alone on its line
    with a stamp at most _STAMP_VOUCHES lines above or below it ("Ana Ruiz" / "Aktualisiert:
    11.04.2020, 10:27") or over a line about its bearer (an author box). A user's handle is
    no person's name: not vouched for."""
    if candidate.handle or not all(is_person_name(name) for name in candidate.names):
        return False
    text = page.lines[candidate.line].text
    stamped = any(item.kind is Kind.STAMP for item in page.items[candidate.line])
    if candidate.opening > 1:
        return True
    if candidate.opening == 1:
        before = text[: candidate.start].rstrip(" \t:：")
        before = before[: len(before) - len(before.split()[-1])] if before.split() else ""  # without the word
        return not before.strip() or before.rstrip()[-1:].isdigit() or stamped
    if len(candidate.names) == 1 and _printed_beside_date(page, candidate.names[0]):
        return True
    if candidate.start != 0 or candidate.end != len(text) or not is_bare_name(text):
        return False
    # An author box: the name, then a line about its bearer ("Ana Ruiz" / "Ana Ruiz lehrt ...").
    following = next((line.text for line in page.lines[candidate.line + 1 : candidate.line + 3] if line.text), "")
    after = following[len(text) :] if following.startswith(text) else ""
    if after[:1].isspace() and after.lstrip()[:1].islower():
        return True
    near = range(max(0, candidate.line - _STAMP_VOUCHES), min(len(page.items), candidate.line + _STAMP_VOUCHES + 1))
    return any(item.kind is Kind.STAMP for index in near if index != candidate.line for item in page.items[index])


#: A separator between a name and the date beside it on a line of meta.
_META_SEPARATOR = re.compile(r"\s*(?:[|·•,/~–—]+|\s-(?=\s))\s*")
_SEPARATOR_AT_END = re.compile(_META_SEPARATOR.pattern + "$")


def _printed_beside_date(page: Page, name: str) -> bool:
    """Whether the page prints a full name on a line of meta, a separator setting it apart
    from a date (a year or a time, with nothing else between them), at the line's start or
    its end ("Ana Ruiz | 29. Mai 2022 | Wirtschaft", "Ana Ruiz , 01. Dez. 2017, 12:01 Uhr",
    "21. Jan 2022 // Ana Ruiz"); not a list's ("02.11.2022 - Band - Club Name"). The model
    may find the name likeliest where the page prints it again (alone, in an author box)."""
    if not is_bare_name(name):
        return False
    for line in authors.read_lines(page):
        text = line.text
        if len(text) > authors.MAX_CHARS or not (text.startswith(name) or text.endswith(name)):
            continue
        if text.startswith(name) and (found := _META_SEPARATOR.match(text, len(name))) is not None:
            beside = _META_SEPARATOR.split(text[found.end() :], maxsplit=1)[0]
        elif text.endswith(name) and (found := _SEPARATOR_AT_END.search(text[: -len(name)])) is not None:
            beside = _META_SEPARATOR.split(text[: found.start()])[-1]
        else:
            continue
        if YEAR_OR_TIME.search(beside) is not None:
            return True
    return False


_ACRONYM = re.compile(r"[A-Z]{2,}")
#: The most names a byline printed over lines lists (as many as an author candidate).
_SPREAD_NAMES = 6
# A date heading a line (printed twice when the post was updated the same day: "2. Mai
# 20192. Mai 2019"), a time maybe, a separator maybe, then two capitalised words.
_DATE_HEAD = (
    r"(?:\d{1,2}\.?\s*[^\W\d_]{3,9}\.?\s+\d{4}|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d\d)|\d{4}-\d\d-\d\d"
    r"|[^\W\d_]{3,9}\.?\s+\d{1,2},?\s+\d{4})"
)
_NAME_WORD = r"[^\W\d_a-z][^\W\d_A-Z]+(?:-[^\W\d_a-z][^\W\d_A-Z]+)?"
_NAME_AFTER_DATE = re.compile(
    rf"^(?:{_DATE_HEAD}){{1,2}}(?:,?\s*\d{{1,2}}:\d\d(?:\s*Uhr)?)?\s*(?:[|·•~—–-]\s*)?"
    rf"(?P<name>{_NAME_WORD}\s(?:(?:von|van|de|der|den)\s)?{_NAME_WORD})(?![^\W_])"
)
#: The most lines a stamp stands under the headline in the article's header (share
#: buttons, a standfirst and a photo's caption between them), not under a comment.
_HEADER_REACH = 25
#: The most words of a teaser or a standfirst between the headline and the stamp: a longer
#: paragraph there is the article's text, and a stamp after it a comment's.
_MAX_TEASER_WORDS = 40
# A name heading a line, before a place or a separator: "Benjamin Triebe, London", "Paddy ·".
# A hyphen between letters joins a double-barrelled name ("Lea Kern-Ruiz"); spaced, or
# before a digit, it is a separator ("Lea Kern - 08.11.2023").
_PREFIX_NAME = re.compile(
    r"^(?P<name>(?:[^,|·•/–—\-\d]|(?<=[^\W\d])-(?=[^\W\d])){3,60}?)\s*(?:$|[,|·•/–—]|(?<=\s)-|-(?![^\W\d]))"
)


def _without_label(text: str) -> str:
    """Text before a stamp without the stamp's label at its end ("Evgenia Karp Zuletzt
    geändert am")."""
    for label in STAMP_LABEL.finditer(text):
        if not text[label.end() :].strip():
            return text[: label.start()].rstrip()
    return text


def _words(text: str) -> int:
    """Words in a line; for Chinese, one word to two characters."""
    cjk = len(CJK.findall(text)) if not text.isascii() else 0
    return len(text.split()) + cjk // 2 if cjk else len(text.split())


def same_day_with_year(page: Page, near: int, stamp: Stamp, date_order: DateOrder | None) -> Stamp | None:
    """The nearest stamp to line ``near`` that prints ``stamp``'s day with its year: a stamp
    line's, or a date among other words close by ("THE TIMES OF INDIA | Oct 02, 2020,
    19:02:47 IST" over a live page's "19:02 (IST), Oct 02"). Another day says nothing of
    the year: it may be a comment's or a related story's."""
    printed: dict[int, Stamp] = {
        index: item.stamp
        for index in range(page.end)
        for item in page.items[index]
        if item.kind is Kind.STAMP and isinstance(item.stamp, Stamp) and item.stamp.year is not None
    }
    for index in range(
        max(0, near - settings.MAX_STAMP_DISTANCE), min(page.end, near + settings.MAX_STAMP_DISTANCE + 1)
    ):
        text = page.lines[index].text
        if index not in printed and len(text) <= settings.MAX_LABEL_CHARS:
            found = find_stamp(text, date_order=date_order)
            if found is not None and found[0].year is not None:
                printed[index] = found[0]
    for index in sorted(printed, key=lambda index: abs(index - near)):
        other = ordered(printed[index], date_order)
        if not other.order_ambiguous and (other.month, other.day) == (stamp.month, stamp.day):
            return other
    return None


def _cut_context(page: Page, index: int, item: Item) -> str | None:
    """What the words just before a stamp on a page cut back into lines (the end of the
    line above, where the cut left them) or just after it make of it: "comment" for a
    reader's comment ("Lea Kern sagt: 3. Mai 2021 um 14:08", "4 Kommentare zu ... Lea Kern
    3. Mai 2021", "... 14:08 Antworten"), "post" for an embedded post ("A post shared by
    Lea Kern (@lea.kern) on May 3, 2021 at 2:08pm PDT"), "updated" after an update's label
    ("Zuletzt geändert: 3. Mai 2021, 14:08"); else None."""
    line = page.lines[index].text
    at = max(0, line.find(item.text)) if item.text else 0
    before = line[:at]
    if index and len(before) < _CUT_CONTEXT_CHARS:
        before = f"{page.lines[index - 1].text[-_CUT_CONTEXT_CHARS:]} {before}"
    before = before[-_CUT_CONTEXT_CHARS:].rstrip()
    after = line[at + len(item.text) :] if item.text else ""
    if index + 1 < page.end and len(after) < _CUT_CONTEXT_CHARS:
        after = f"{after} {page.lines[index + 1].text[:_CUT_CONTEXT_CHARS]}"
    if _COMMENT_BEFORE.search(before) or _REPLY_AFTER.match(after):
        return "comment"
    if _HANDLE_BEFORE.search(before):
        return "post"
    labels = list(STAMP_LABEL.finditer(before))
    if labels and not before[labels[-1].end() :].strip(" :：") and stamp_label(labels[-1]["label"]) == "updated":
        return "updated"
    return None


def _date_only(item: Item) -> bool:
    """An unlabelled date without a time."""
    return item.label is None and isinstance(item.stamp, Stamp) and item.stamp.time is None


def _far_above(index: int, headline: Line) -> bool:
    """A date far above the headline is the page's "today" in its header, not the article's."""
    return headline.index - index > settings.MAX_STAMP_DISTANCE


def _stamp_rank(item: Item) -> int:
    """Which of several stamps with one label to believe: a labelled one, then one with
    a time, then anything else (a page's "today" date in its header)."""
    if item.label is not None:
        return 0
    return 1 if isinstance(item.stamp, Stamp) and item.stamp.time is not None else 2


def _is_breadcrumb(text: str) -> bool:
    """ "Home / World / Asia-Pacific", "CHINA >> SOCIETY": short labels and separators."""
    if not any(map(text.__contains__, _BREADCRUMB_MARKS)):
        return False
    parts = [p for p in _BREADCRUMB_SLASH.split(text) if p]
    return len(parts) > 1 and all(is_label(p) for p in parts)


def _title_like(text: str) -> bool:
    if text.startswith(("•", "·", "* ", "- ")) or _DECK.match(text):
        return False  # a summary's bullet point, or a deck ("SWINE FEVER RISK: Meat brought in ...")
    if text.startswith("<") and ">" in text:
        return False  # markup printed as text: a video's embed code ("<iframe width=...")
    if len(text) > settings.MAX_HEADLINE_CHARS or text.count("|") > 1 or ">>" in text or _is_breadcrumb(text):
        return False
    if has_cjk(text):
        return len(text) >= 6 and not text.endswith("。")
    if _ends_a_sentence(text):
        return False  # a sentence or a caption: the cheap test, before the words are counted
    words = text.split()
    if len(words) < 3:
        return False  # a label or a name: fewer words than a headline, letters or not
    wordy = sum(1 for word in words if any(map(str.isalpha, word)))
    if wordy >= settings.MIN_MENU_WORDS and not any(word[0].islower() for word in words) and _MENU_WORDS.match(text):
        # A menu run together ("World Russia Asia & Pacific Business Science & Tech ..."): no
        # small words and no punctuation, where a headline in title case has either.
        return False
    return wordy >= 3


def _printed_date_order(page: Page) -> DateOrder | None:
    """The order the page's own numeric dates show: "14/04/2020" can only be day first,
    "04/14/2020" month first. A page writes its dates one way; when its dates show only
    one order, its either-way dates ("12/04/2020") read so. None when they show none, or
    both (a quoted date in another style)."""
    shown: set[DateOrder] = set()
    for line in page.lines[: min(page.end, dates.MAX_LINES)]:  # the lines dates are read from
        if "/" not in line.text and "." not in line.text and "-" not in line.text:
            continue
        for found in _NUMERIC_DATE.finditer(line.text):
            first, second = int(found["a"]), int(found["b"])
            if 12 < first <= 31 and 1 <= second <= 12:
                shown.add("DMY")
            elif 12 < second <= 31 and 1 <= first <= 12:
                shown.add("MDY")
    return next(iter(shown)) if len(shown) == 1 else None


def _language_date_order(page: Page) -> DateOrder | None:
    """Day first when the page's paragraphs are in a language that writes it so."""
    sample = [page.lines[i].text for i in page.prose]
    return "DMY" if sample and _language(sample) in _DAY_FIRST_LANGUAGES else None


def _ends_a_sentence(text: str) -> bool:
    """Headlines do not end with a full stop ("." or "。"); sentences and captions do
    ("Co." aside)."""
    return text.endswith("。") or (text.endswith(".") and not text.endswith(_ABBREVIATION_ENDS))


def _could_be_a_headline(text: str) -> bool:
    """A headline is words ("2020", "00:00", "×" are none) and no sentence, nor a line of
    the site's chrome."""
    return _LETTER.search(text) is not None and not _ends_a_sentence(text) and not _is_chrome_headline(text)


def _is_chrome_headline(text: str) -> bool:
    """Whether a line is the site's and heads no article whatever its place: a chrome word
    ("Startseite", "Skip to content", "E-Paper", "Privacy policy"), a breadcrumb ("You are
    here: Home » News", "Home | Sport", "News » Europe » Spain"), a cookie banner's heading
    or a cart, a call to click ("hier klicken"), a blog's link to the post before or after
    ("← Title"), a menu row of many short Chinese words ("时政 地方 法治 国际 军事 财经"), a
    picture's credit, a bare web address, a newsletter's call."""
    if text.casefold().strip(" :：|»›>-–—") in _CHROME_HEADLINES:
        return True
    if (
        _YOU_ARE_HERE.match(text)
        or _CHROME_HEADING.match(text)
        or _CHROME_LINE.search(text)
        or len(_PATH_SEPARATOR.findall(text)) >= 2
    ):
        return True
    if _CLICK_HERE.search(text) or text.startswith("←") or text.endswith("→"):
        return True
    words = text.split()
    return (
        len(words) >= _CJK_MENU_WORDS
        and all(len(word) <= _CJK_MENU_CHARS for word in words)
        and sum(_CJK_WORD.fullmatch(word) is not None for word in words) >= _CJK_MENU_WORDS
    )


def _language(paragraphs: list[str]) -> str:
    sample = " ".join(paragraphs)[: settings.LANGUAGE_SAMPLE_CHARS]
    if sample.isascii():
        return "en" if _is_english(sample) else "und"
    if _NOT_LATIN.search(sample) is None:
        return "en" if _LATIN.search(sample) is not None and _is_english(sample) else "und"
    cjk, kana = _letters(_CJK_RUN, sample), _letters(_KANA, sample)
    if kana and kana >= settings.KANA_LANGUAGE_SHARE * (kana + cjk):
        return "ja"
    if _letters(_HANGUL, sample) > cjk:
        return "ko"
    cyrillic = _letters(_CYRILLIC, sample)
    # The Latin letters are counted only to weigh them against Chinese or Cyrillic ones:
    # a sample in Latin letters alone (German, French, ...) has a run per word to count.
    latin = _letters(_LATIN, sample) if cjk or cyrillic else int(_LATIN.search(sample) is not None)
    if cjk and cjk >= settings.CJK_LANGUAGE_SHARE * (cjk + latin):
        return "zh"
    if cyrillic > latin:
        return "ru"
    if latin and _is_english(sample):
        return "en"
    return "und"


def _letters(script: re.Pattern[str], sample: str) -> int:
    """How many of ``sample``'s letters are of ``script`` (a pattern of their runs)."""
    return sum(map(len, script.findall(sample)))


def _is_english(sample: str) -> bool:
    """Whether English function words make up at least one word in 25."""
    words = sample.lower().split()
    count = len(words)
    found = 0
    for word in words:  # an English sample has enough of them after its first sentences
        if word in _ENGLISH:
            found += 1
            if found * 25 >= count:
                return True
    return False
