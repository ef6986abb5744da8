"""Outlets known by address only: their zone and date order, their name as the outlet,
and nothing taken from a name in the prose. The pages are invented."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.normalise import Options, normalise_article, world
from service.normalise.registry import OUTLETS_BY_NAME
from service.normalise.world import WORLD_OUTLETS, outlet_named, world_outlet

PROSE = (
    "The harbour town's council voted on Tuesday night to keep the pier open through the winter, "
    "after residents collected more than two thousand signatures and offered to help with repairs.\n\n"
    "Engineers had warned in the spring that two of the iron columns under the pier head were badly "
    "corroded, and the council closed the last forty metres to visitors while it weighed the cost.\n"
)


def _page(stamp: str, footer: str) -> str:
    return f"Harbour town votes to keep its pier open\n\n{stamp}\n\n{PROSE}\n{footer}\n"


@pytest.mark.parametrize(
    ("stamp", "footer", "outlet", "published_at"),
    [
        # A zone-less time is read in the outlet's home zone (London: BST in October).
        (
            "14 October 2024 10:30",
            "© 2024 Guardian News & Media Limited · theguardian.com",
            "The Guardian",
            "2024-10-14T17:30:00+08:00",
        ),
        # ... and in winter, GMT.
        ("14 January 2024 10:30", "© 2024 theguardian.com", "The Guardian", "2024-01-14T18:30:00+08:00"),
        # The GMT+8 press without a profile: Manila time is GMT+8.
        (
            "November 5, 2024 10:30 AM",
            "Copyright © 2024 www.inquirer.net",
            "Philippine Daily Inquirer",
            "2024-11-05T10:30:00+08:00",
        ),
        ("5 November 2024 10:30", "© 2024 thewest.com.au", "The West Australian", "2024-11-05T10:30:00+08:00"),
        # A layout that sets the time on a line of its own under the date.
        (
            "Thursday, 07 Nov 2024\n11:32 AM MYT",
            "© 2024 thestar.com.my",
            "The Star (Malaysia)",
            "2024-11-07T11:32:00+08:00",
        ),
        ("14 October 2024\n10:30", "© 2024 theguardian.com", "The Guardian", "2024-10-14T17:30:00+08:00"),
        # A notice that gives the publisher's name and no address.
        (
            "Thursday, 07 Nov 2024\n11:32 AM",
            "Copyright © 1995-2024 Star Media Group Berhad [197101000523 (10894-D)]",
            "The Star (Malaysia)",
            "2024-11-07T11:32:00+08:00",
        ),
        (
            "March 13, 2025 | 4:38pm",
            "Copyright © 2025 Philstar Global Corp. All rights reserved",
            "The Philippine Star",
            "2025-03-13T16:38:00+08:00",
        ),
        (
            "2024/11/08 18:20",
            "自由時報版權所有不得轉載 © 2024 The Liberty Times. All Rights Reserved.",
            "Liberty Times",
            "2024-11-08T18:20:00+08:00",
        ),
        # A printed zone beats the home zone; on an American page "CST" is Central time.
        ("November 5, 2024 10:30 AM CST", "© 2024 Cable News Network. cnn.com", "CNN", "2024-11-06T00:30:00+08:00"),
        ("November 5, 2024 10:30 AM AEDT", "© 2024 nytimes.com", "The New York Times", "2024-11-05T07:30:00+08:00"),
    ],
)
def test_an_outlet_known_by_its_address_gives_its_name_and_zone(
    stamp: str, footer: str, outlet: str, published_at: str
) -> None:
    article = normalise_article(_page(stamp, footer), Options(reference_date=None))
    assert (article.outlet, article.published_at) == (outlet, published_at)


def test_a_time_on_the_line_below_its_date_is_read_with_it_and_nothing_more() -> None:
    article = normalise_article(
        _page("Thursday, 07 Nov 2024\n11:32 AM MYT", "© 2024 thestar.com.my"), Options(provenance=True)
    )
    assert article.provenance is not None
    span = article.provenance["published_at"]
    assert span.raw == "Thursday, 07 Nov 2024\n11:32 AM MYT"
    assert not any(w.field == "published_at" for w in article.warnings)
    # A line below that holds more than a time is a line of its own: the date alone.
    article = normalise_article(_page("Thursday, 07 Nov 2024\n11:32 AM MYT Updated 12:40 PM", "© 2024 thestar.com.my"))
    assert (article.published_at, article.published_date) == (None, "2024-11-07")
    article = normalise_article(_page("Thursday, 07 Nov 2024\n11:32 readers liked this", "© 2024 thestar.com.my"))
    assert (article.published_at, article.published_date) == (None, "2024-11-07")


def test_an_update_stamp_in_brackets_of_its_own_is_the_update() -> None:
    # CNA's layout: the update under the publication, in brackets.
    page = _page("07 Nov 2024 11:32AM\n(Updated: 07 Nov 2024 12:05PM)", "Copyright© Mediacorp 2024 channelnewsasia.com")
    article = normalise_article(page, Options(reference_date=None))
    assert (article.outlet, article.published_at, article.updated_at) == (
        "CNA (Singapore)",
        "2024-11-07T11:32:00+08:00",
        "2024-11-07T12:05:00+08:00",
    )
    # On the publication's line, after it, as CNA's stamps stand at the story's foot.
    page = _page("07 Nov 2024 11:32AM (Updated: 07 Nov 2024 12:05PM)", "© 2024 channelnewsasia.com")
    article = normalise_article(page, Options(reference_date=None))
    assert (article.published_at, article.updated_at) == ("2024-11-07T11:32:00+08:00", "2024-11-07T12:05:00+08:00")
    # A bracket that opens a line without closing it holds no stamp of its own.
    page = _page("07 Nov 2024 11:32AM\n(Updated: 07 Nov 2024 12:05PM", "© 2024 channelnewsasia.com")
    assert normalise_article(page, Options(reference_date=None)).updated_at is None


def test_the_home_zone_is_named_in_the_warning() -> None:
    article = normalise_article(_page("14 October 2024 10:30", "© 2024 theguardian.com"), Options(reference_date=None))
    assert any(w.code == "timezone_assumed" and "Europe/London" in w.message for w in article.warnings)


def test_assume_timezone_still_wins() -> None:
    options = Options(reference_date=None, assume_timezone=ZoneInfo("UTC"))
    article = normalise_article(_page("14 October 2024 10:30", "© 2024 theguardian.com"), options)
    assert article.published_at == "2024-10-14T18:30:00+08:00"


@pytest.mark.parametrize(
    "footer",
    [
        "The council told the BBC and The Guardian that the repairs would start in March.",
        "Contact: press@163.com",
        "More at example.com/theguardian.com.html and microsoft.com",
        # A citation, even in the footer: the story came from there, the page did not.
        "This story was originally published at nytimes.com. Read it here.",
        "Source: https://www.spiegel.de/panorama/pier-repairs-1.4884154",
        # A publisher named outside a copyright notice.
        "Star Media Group Berhad said the pier would feature in its travel supplement.",
        # Mediacorp's notice is CNA's and TODAY's alike: it names neither.
        "Copyright© Mediacorp 2024. Mediacorp Pte Ltd. All rights reserved.",
    ],
)
def test_an_outlet_named_in_passing_is_not_the_pages_outlet(footer: str) -> None:
    article = normalise_article(_page("14 October 2024 10:30", footer), Options(reference_date=None))
    assert article.outlet is None


def test_the_table_names_no_profiled_outlet_twice() -> None:
    # An outlet with a layout profile is read by it; the table is for the others.
    assert not set(WORLD_OUTLETS) & set(OUTLETS_BY_NAME)


def test_the_footer_wins_over_the_header() -> None:
    raw = "© bbc.co.uk\n\n" + _page("14 October 2024 10:30", "© 2024 theguardian.com")
    assert world_outlet(raw)[0] is WORLD_OUTLETS["The Guardian"]


@pytest.mark.parametrize(
    ("printed", "outlet"),
    [
        ("CNN", "CNN"),
        ("the guardian", "The Guardian"),
        # Another name the outlet goes by, in the table's last column.
        ("聯合報", "United Daily News"),
        # A name the table qualifies is another outlet's too.
        ("ABC News", None),
    ],
)
def test_an_outlet_is_named_by_the_names_pages_print_for_it(printed: str, outlet: str | None) -> None:
    assert outlet_named(printed) == outlet


def test_the_paper_after_the_stamp_is_its_reporters_organisation() -> None:
    # United Daily News: the stamp, the paper and the role on one line, the name below.
    text = (
        "台中公車免費政策延長\n\n2024-06-18 14:26 聯合報／ 記者\n宋健生\n／台中即時報導\n\n"
        "台中市政府今天宣布，公車十公里免費政策將延長至明年底，每月補助金額超過一億元。\n\n"
        "市府表示，去年搭乘人次比前年增加一成，將持續檢討路線與班次。\n"
    )
    article = normalise_article(text, Options(reference_date=None))
    assert (article.byline.authors, article.byline.organisation) == (["宋健生"], "United Daily News")


@pytest.mark.parametrize(
    ("above", "footer", "section"),
    [
        # An outlet of the world table: the label alone above the headline is the section.
        ("Menu\n\nNation", "© 2024 New Straits Times Press (M) Bhd", "Nation"),
        ("Philippines\nVisayas", "© 2024 Rappler Inc. All rights reserved.", "Visayas"),
        # Nothing that is no label: a button's mark, a font's sizes, the site's root.
        ("Menu\n\n<", "© 2024 New Straits Times Press (M) Bhd", None),
        ("Menu\n\n小 中 大", "© 2024 New Straits Times Press (M) Bhd", None),
        ("Menu\n\nHome", "© 2024 New Straits Times Press (M) Bhd", None),
        # An outlet unknown by name: a line above its headline may be anything.
        ("Menu\n\nNation", "© 2024 Harbour Gazette", None),
    ],
)
def test_a_world_outlets_label_above_the_headline_is_its_section(above: str, footer: str, section: str | None) -> None:
    page = f"{above}\n\n{_page('June 18, 2024 10:30 AM', footer)}"
    assert normalise_article(page, Options(reference_date=None)).section == section


@pytest.mark.parametrize(
    ("footer", "address", "published_date"),
    [
        # The site's country writes the day first: its address in the notice, or the
        # caller's, says which country it is.
        ("© Harbourtimes.ie 2023, all rights reserved", None, "2023-11-08"),
        ("Copyright © 2023 harbour-news.co.uk", None, "2023-11-08"),
        ("Contact the newsroom", "https://www.harbourtimes.com.au/news/pier-vote", "2023-11-08"),
        # Nothing says so: either way round, so no date.
        ("© 2023 Harbour Times", None, None),
        ("© 2023 harbourtimes.com", None, None),
        # The Philippine press writes the month first.
        ("© 2023 harbourtimes.com.ph", None, None),
    ],
)
def test_a_sites_country_orders_its_numeric_dates(footer: str, address: str | None, published_date: str | None) -> None:
    article = normalise_article(_page("08/11/2023 | 20:26", footer), Options(reference_date=None), address=address)
    assert article.published_date == published_date


@pytest.mark.parametrize(
    ("footer", "address", "published_at", "zone"),
    [
        # A site of no outlet the table knows: its country's clocks (Berlin: CEST in June).
        ("© 2024 hafenbote.de", None, "2024-06-14T16:30:00+08:00", "Europe/Berlin"),
        ("Contact the newsroom", "https://www.harbour-news.co.uk/pier", "2024-06-14T17:30:00+08:00", "Europe/London"),
        # The caller's address is the page's: a notice's citation of another site is not.
        ("© 2024 hafenbote.de", "https://harbour.example.com/pier", "2024-06-14T10:30:00+08:00", "Asia/Shanghai"),
        # A country of several zones, or an address of no country, gives the default.
        ("© 2024 harbourtimes.com.au", None, "2024-06-14T10:30:00+08:00", "Asia/Shanghai"),
        ("© 2024 harbourtimes.com", None, "2024-06-14T10:30:00+08:00", "Asia/Shanghai"),
    ],
)
def test_a_sites_country_gives_the_zone_of_a_time_that_states_none(
    footer: str, address: str | None, published_at: str, zone: str
) -> None:
    article = normalise_article(_page("14 June 2024 10:30", footer), Options(reference_date=None), address=address)
    assert article.published_at == published_at
    assert [w.message.rsplit(" ", 1)[-1] for w in article.warnings if w.code == "timezone_assumed"] == [zone]
    options = Options(reference_date=None, assume_timezone=ZoneInfo("UTC"))
    assert normalise_article(_page("14 June 2024 10:30", footer), options).published_at == "2024-06-14T18:30:00+08:00"


_NOTICE_PIECES = st.sampled_from(
    ["©", "Copyright", "copyrighted", "NoCopyright", "_copyright", "ALL RIGHTS RESERVED", "版權所有", "版权所有",
     "Tous droits réservés", "İ", "ß", " ", "\n", "2024", "cat", "a", "t", "C"]
)  # fmt: skip


@given(st.lists(_NOTICE_PIECES, max_size=30).map("".join))
def test_notices_are_found_where_the_notice_pattern_finds_them(text: str) -> None:
    # The notices are looked for by str.find; the pattern says what a notice is.
    expected = tuple(match.span() for match in world._NOTICE.finditer(text))
    assert world._notice_spans(text, 0, len(text)) == expected


@pytest.mark.parametrize(
    "notice", ["© 2024 Rappler ınc. All rights reserved.", "Copyright © 2024 Phİlstar Global Corp."]
)
def test_a_notices_holder_with_asciis_lookalikes_names_the_outlet(notice: str) -> None:
    # The holder's pattern ignores case, and re matches "ı" and "İ" as "i": the holder it
    # matched was looked up as printed, a KeyError (a 500 over HTTP).
    assert world_outlet(f"A headline\nThe story's first paragraph.\n{notice}")[0] is not None
