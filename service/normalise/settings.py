"""Tunables of the normalisation core, typed and in one place."""

from __future__ import annotations

from typing import Final

#: Output and fallback zone when the caller names none (GMT+8; never ``Etc/GMT+8``).
DEFAULT_TIMEZONE: Final = "Asia/Shanghai"

#: Longest string handed to dateparser; longer candidates are not timestamps.
DATEPARSER_MAX_INPUT: Final = 64

#: Languages the dateparser fallback is configured for.
DATEPARSER_LANGUAGES: Final = ("en", "zh")

#: A header line longer than this is not a headline, section or byline.
MAX_HEADLINE_CHARS: Final = 300
MAX_SECTION_CHARS: Final = 40
MAX_SECTION_WORDS: Final = 4
MAX_SECTION_CJK_CHARS: Final = 8
MAX_BYLINE_CHARS: Final = 200

#: A line with at least this many words reads as prose (body), not page chrome.
MIN_PROSE_WORDS: Final = 8
#: ... or, in Chinese, at least this many characters ending in a full stop.
MIN_PROSE_CJK_CHARS: Final = 15

#: A caption location is at most this many comma-separated parts, each this short.
MAX_LOCATION_PARTS: Final = 3
MAX_LOCATION_PART_WORDS: Final = 6

#: How much of the body the language is read from.
LANGUAGE_SAMPLE_CHARS: Final = 2000

#: Share of CJK characters among letters from which the text counts as Chinese.
CJK_LANGUAGE_SHARE: Final = 0.3
#: Share of kana among the kana and CJK characters from which the text counts as
#: Japanese (its prose writes a third or more of its words in kana; a Chinese page that
#: links to its Japanese edition prints a line of them).
KANA_LANGUAGE_SHARE: Final = 0.1

#: A line longer than this is not a timestamp, nor a timestamp with a label before it.
MAX_TIMESTAMP_CHARS: Final = 64

#: A labelled stamp ("Updated: ...") whose value is longer than this is prose, not a stamp.
MAX_STAMP_CHARS: Final = 40

#: The most a line holding a time alone under its date may hold ("11:32 AM MYT", "um 15:40 Uhr").
MAX_TIME_LINE_CHARS: Final = 24

#: A line longer than this is not a metadata line (timestamp, byline, source, editor).
MAX_META_CHARS: Final = 200

#: Longest line read as an end marker ("RELATED STORIES") or a copyright line.
MAX_LABEL_CHARS: Final = 80

#: A line longer than this is article text, never page chrome such as a cookie notice.
MAX_CHROME_CHARS: Final = 300

#: Outlet markers are looked for in the page's first and last characters only: menus,
#: headers, bylines and footers are there, and a 1 MB input is not scanned nine times.
OUTLET_HEAD_CHARS: Final = 20_000
OUTLET_TAIL_CHARS: Final = 5_000

#: The marker weight a page needs before it is said to come from an outlet: one weak cue
#: (a date format several sites share) is not enough.
MIN_OUTLET_SCORE: Final = 3

#: Text before a credit shorter than this (in words) is not a caption ("Home / China").
MIN_CAPTION_WORDS: Final = 3
#: ... and of characters, in Chinese ("登入 / 註冊" is a menu's links).
MIN_CJK_CAPTION_CHARS: Final = 6

#: An acronym after a dash ("... onto a lorry. – JASTRe") is a photo's credit only after
#: one sentence at most this long (in words); after more, it is a paragraph's source.
MAX_SHORT_CREDIT_CAPTION_WORDS: Final = 30

#: A line above a credit line is taken for its caption only if it is this short.
MAX_CAPTION_CHARS: Final = 400

#: A date without a time this many lines or more above the headline is the page's "today".
MAX_STAMP_DISTANCE: Final = 3

#: A line right under the headline is a standfirst only if it reads as a sentence this long.
MIN_STANDFIRST_WORDS: Final = 6

#: Among several title-like lines above the byline, one of at least this many words wins.
MIN_HEADLINE_WORDS: Final = 5
#: A line of this many words, none in lower case, is a menu run together, not a title
#: case headline, which has its small words ("to", "of", "for") in lower case.
MIN_MENU_WORDS: Final = 10
#: A place or person's name opening a headline runs to at most this many words ("New
#: Taipei City"), when a collapsed page's menu runs into the headline.
MAX_NAME_WORDS: Final = 3

#: The headline is looked for in the header's first lines only, however long the page.
MAX_HEADER_LINES: Final = 400

#: A page whose text stands on three lines or fewer, one at least this long, was
#: collapsed onto one line by a scraper and is cut back into lines.
ONELINE_MIN_CHARS: Final = 1000
#: In that length, a Chinese character counts for this many letters (a Chinese word is
#: one or two characters; an English one, with its space, about six letters), on a line
#: with at least this many spaces (Chinese prose has almost none).
CJK_CHAR_WEIGHT: Final = 3
MIN_CJK_ONELINE_SPACES: Final = 15
#: Where a collapsed page's header (its title, menu, breadcrumb and kicker) is looked for;
#: a consent banner and a long menu come before it.
ONELINE_TITLE_CHARS: Final = 800
#: Items of a news ticker on a collapsed page stand at most this far apart.
MAX_TICKER_ITEM_CHARS: Final = 200
#: A list of linked headlines inside a collapsed article runs at most this far, with the
#: first sentence of the paragraph after it.
MAX_LIST_CHARS: Final = 1000
#: A headline runs to at most this many words: more, with no full stop, is a headline
#: and its standfirst run together on a collapsed page.
MAX_HEADLINE_WORDS: Final = 24
#: A menu that runs into the section and headline of a collapsed page has at least this
#: many items.
MIN_MENU_ITEMS: Final = 6

#: Where a date printed among other words ("Bettina Kugler 19.10.2019") is looked for
#: when the page has no timestamp line: this many lines below the headline, then above.
MAX_DATE_BELOW_HEADLINE: Final = 12
MAX_DATE_ABOVE_HEADLINE: Final = 4

#: An outlet of the world table is known by its address in the page's footer (the last
#: OUTLET_TAIL_CHARS) or in this many first characters (its header).
WORLD_HEAD_CHARS: Final = 3_000

#: A date printed among other words is taken for the publication date only from this
#: year on: web pages are not older.
MIN_WEB_YEAR: Final = 1995

#: A site's name cut from the end of an unknown outlet's <title> line: at most this many
#: words, after at least this many characters of headline.
MAX_SITE_NAME_WORDS: Final = 6
MIN_HEADLINE_CHARS_BEFORE_SITE: Final = 15

# -- HTML input (markup.py) --------------------------------------------------------

#: Pages with fewer start tags than this are parsed as they are; others are first checked
#: for nesting deeper than MAX_HTML_DEPTH, whose extra start tags are dropped (the parser
#: slows down in the square of the depth: 100,000 nested <div>s take 12 s).
HTML_DEPTH_CHECK_TAGS: Final = 10_000
MAX_HTML_DEPTH: Final = 2_000
#: JSON-LD read per page, in characters (real blocks are a few KiB), and how deep into
#: nested lists and @graph arrays, and how many items of a list.
MAX_JSON_LD_CHARS: Final = 2_000_000
MAX_JSON_LD_DEPTH: Final = 12
MAX_JSON_LD_ITEMS: Final = 50
#: A printed heading (<h1>) that no title agrees with is the headline only with at least
#: this many words: shorter ones are the site's name or a section's ("News", "Beige").
MIN_PRINTED_HEADLINE_WORDS: Final = 3
#: <h1> elements read per page (some pages print the site's logo as their first).
MAX_H1: Final = 5
#: A page that prints this many different <h1> headings, none of which a title states, is
#: a listing or a home page: its first heading is no headline (see from_html).
MIN_LISTING_HEADINGS: Final = 3
#: Emphasised elements (<b>, <em>, ...) read per page for a signature's name.
MAX_SIGNATURE_CANDIDATES: Final = 500
#: A markup value (a headline, a name, a time) longer than this is no such value.
MAX_MARKUP_VALUE_CHARS: Final = 2_000
#: Names read from elements of a byline's class: at most this many, each this long.
MAX_BYLINE_NAMES: Final = 3
MAX_BYLINE_NAME_CHARS: Final = 80
#: A link or element source of the markup (rel=author, itemprop=author) that names more people than
#: this names a list's (the readers' comments, other posts), no byline's.
MAX_LISTED_AUTHORS: Final = 6
#: Teasers (links that hold a heading: other articles' cards) read per page.
MAX_TEASERS: Final = 200
#: How many ancestors of an element are looked at to tell where it stands.
MAX_ANCESTORS: Final = 30
#: A markup time is at most this long ("2024-09-11T03:30:00.000000+08:00" and the like).
MAX_MARKUP_TIME_CHARS: Final = 64
#: Site and channel names cut from the end of a Chinese title, at most ("标题 - 要闻 - 日报网").
MAX_TITLE_CUTS: Final = 3
