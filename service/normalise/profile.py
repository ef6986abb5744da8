"""What newsnorm knows of one publisher's pages, as data: the :class:`OutletProfile`
that each module of :mod:`.outlets` (and each row of :mod:`.world`) fills in."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

DateOrder = Literal["DMY", "MDY"]
SectionPosition = Literal["before_stamp", "before_headline"]


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
    #: Names by which its pages mean the outlet itself where the registry would read
    #: another ("CNA" on CNA (Singapore)'s pages): a credit or source giving one is the outlet.
    own_names: tuple[str, ...] = ()
    #: The outlet prints links to its other stories among the paragraphs, as lines of
    #: their own: a line there that ends no sentence is such a headline, not the article's.
    body_links: bool = False
    #: Whether the profile describes the outlet's page layout. The outlets of
    #: :mod:`.world` give their name, zone and date order only: their pages are read
    #: like any unknown page.
    layout: bool = True


#: What American zone abbreviations mean on American pages ("CST" is China's elsewhere).
US_ZONES = {"CST": "-06:00", "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00"}
