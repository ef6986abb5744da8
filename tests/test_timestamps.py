"""Timestamp tables: what each printed form reads as, in GMT+8, and what it warns."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.normalise import normalise_article, pipeline, timestamps
from service.normalise.layout import Kind, classify_line
from service.normalise.model import Options
from service.normalise.registry import OUTLETS_BY_NAME
from service.normalise.timestamps import (
    Relative,
    Stamp,
    find_date,
    find_stamp,
    infer_year,
    parse_timestamp,
    resolve,
    stamps_in,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
ANCHOR = date(2024, 9, 11)


def read(
    printed: str,
    *,
    assume: timezone | ZoneInfo = SHANGHAI,
    order: str | None = None,
    reference: date | datetime | None = None,
) -> tuple[str | None, list[str]]:
    value, warnings = resolve(
        parse_timestamp(printed, date_order=order),
        printed,  # type: ignore[arg-type]
        output=SHANGHAI,
        assume=assume,
        anchor=ANCHOR,
        reference=reference,
    )
    return value, [code for code, _ in warnings]


@pytest.mark.parametrize(
    ("printed", "expected", "warnings"),
    [
        # CGTN, new layout: the zone is printed.
        ("2024.09.11 11:30 GMT+8", "2024-09-11T11:30:00+08:00", []),
        # CGTN, old layout: no zone printed; the home zone is assumed and said so.
        ("19:49, 21-Jan-2019", "2019-01-21T19:49:00+08:00", ["timezone_assumed"]),
        # People's Daily.
        ("14:20, November 18, 2020", "2020-11-18T14:20:00+08:00", ["timezone_assumed"]),
        # ISO 8601 in UTC, converted.
        ("2024-09-11T03:30:00Z", "2024-09-11T11:30:00+08:00", []),
        ("2024-09-11T11:30:00+08:00", "2024-09-11T11:30:00+08:00", []),
        # A GMT time converted to +08:00 crosses midnight into the next day.
        ("22:57 GMT 28.04.2020", "2020-04-29T06:57:00+08:00", []),
        ("March 7, 2024 7:55 PM UTC", "2024-03-08T03:55:00+08:00", []),
        # Xinhua and China Daily: seconds, or not.
        ("2024-09-11 08:27:15", "2024-09-11T08:27:15+08:00", ["timezone_assumed"]),
        ("2024-09-11 07:32", "2024-09-11T07:32:00+08:00", ["timezone_assumed"]),
        # Xinhua's Chinese pages: the year, then month/ day.
        ("2024 07/ 08 10:21:46", "2024-07-08T10:21:46+08:00", ["timezone_assumed"]),
        # Zone abbreviations as these outlets mean them: CST, HKT, SGT, MYT are +08:00.
        ("2024-09-11 11:30 CST", "2024-09-11T11:30:00+08:00", []),
        ("Friday, 22 Nov 2024 4:55 PM MYT", "2024-11-22T16:55:00+08:00", []),
        ("Sep 11, 2024, 05:00 PM SGT", "2024-09-11T17:00:00+08:00", []),
        ("10:00am, 20 Jan, 2020 HKT", "2020-01-20T10:00:00+08:00", []),
        ("Feb 05, 2024 08:45 PM", "2024-02-05T20:45:00+08:00", ["timezone_assumed"]),
        # US wires: EDT/EST converted.
        ("Sept. 10, 2024 9:15 PM EDT", "2024-09-11T09:15:00+08:00", []),
        ("Jan. 3, 2025 11:00 PM EST", "2025-01-04T12:00:00+08:00", []),
        # American Eastern and Pacific time, standard or daylight by the date.
        ("March 7, 2024 11:32 a.m. ET", "2024-03-08T00:32:00+08:00", []),
        ("July 7, 2024 11:32 a.m. ET", "2024-07-07T23:32:00+08:00", []),
        ("Sept. 8, 2020 at 9:22 a.m. PT", "2020-09-09T00:22:00+08:00", []),
        # A full stop between hour and minute before a zone or "am"/"pm" (The Guardian,
        # The Conversation, The Economic Times).
        ("Thu 7 Mar 2024 11.32 GMT", "2024-03-07T19:32:00+08:00", []),
        ("November 2, 2023 12.55pm EDT", "2023-11-03T00:55:00+08:00", []),
        ("Jan 23, 2020, 10.45 AM IST", "2020-01-23T13:15:00+08:00", []),
        # A bullet between the date and the time.
        ("7 March 2024 • 11:32am BST", "2024-03-07T18:32:00+08:00", []),
        # GMT+8 is east of UTC; never the tz database's Etc/GMT+8 (UTC-08:00).
        ("2024.01.01 00:05 GMT+8", "2024-01-01T00:05:00+08:00", []),
        ("2024.01.01 00:05 UTC+08:00", "2024-01-01T00:05:00+08:00", []),
        ("2024-01-01 00:05 Beijing time", "2024-01-01T00:05:00+08:00", []),
        # Chinese pages.
        ("2024年09月11日 11:30", "2024-09-11T11:30:00+08:00", ["timezone_assumed"]),
        # A time glued before its date (China Times: the page's two spans run together).
        ("04:102024/08/20", "2024-08-20T04:10:00+08:00", ["timezone_assumed"]),
        # A date alone is not invented into a time.
        ("September 10, 2024", None, ["date_only"]),
        ("Wed, Oct 16, 2024", None, ["date_only"]),
        # Neither day nor month above 12, no outlet to decide: null, not a guess.
        ("01/02/2026 12:00", None, ["date_order_ambiguous"]),
        # ... unless written with dots, which put the day first wherever they are used.
        ("01.02.2026 12:00", "2026-02-01T12:00:00+08:00", ["timezone_assumed"]),
        ("01. 02. 2026", None, ["date_only"]),
        # Relative times need a reference time.
        ("5 min ago", None, ["relative_time"]),
        # Forms the fast paths leave to dateparser.
        ("Monday 9 September 2024 3pm", "2024-09-09T15:00:00+08:00", ["timezone_assumed"]),
        ("2024 07/ 08 10:21:46", "2024-07-08T10:21:46+08:00", ["timezone_assumed"]),
    ],
)
def test_timestamp_table(printed: str, expected: str | None, warnings: list[str]) -> None:
    assert read(printed) == (expected, warnings)


@pytest.mark.parametrize(
    "printed",
    [
        "hello world",
        "00:33",
        "said on September 10, 2024 that",
        "Japan welcomes 2025 with shrine visits",
        "03/05/2024 05:47 PM - Politics",
        "",
        "2024",
        "31.31.2024 10:00",
        "25:61, 21-Jan-2019",
        "1" * 80,
        # A number with a decimal point is no time, unless a zone or "am"/"pm" follows.
        "7 March 2024 11.32",
        # Digits glued after a time that make no date.
        "12:1020 people",
    ],
)
def test_what_is_not_a_timestamp_gives_nothing(printed: str) -> None:
    assert parse_timestamp(printed) is None
    assert read(printed) == (None, ["unparsed_timestamp"])


def test_an_assumed_zone_is_the_one_given() -> None:
    utc_minus_five = timezone(timedelta(hours=-5))
    assert read("2024-09-11 08:00", assume=utc_minus_five) == ("2024-09-11T21:00:00+08:00", ["timezone_assumed"])


@pytest.mark.parametrize(
    ("order", "expected"), [("DMY", "2026-02-01T12:00:00+08:00"), ("MDY", "2026-01-02T12:00:00+08:00")]
)
def test_the_outlet_decides_day_and_month(order: str, expected: str) -> None:
    assert read("01.02.2026 12:00", order=order) == (expected, ["timezone_assumed"])


def test_a_number_above_twelve_settles_the_order_whatever_the_outlet() -> None:
    assert read("12/31/2023 10:05 AM", order="DMY") == ("2023-12-31T10:05:00+08:00", ["timezone_assumed"])


def test_relative_time_with_a_reference_time() -> None:
    reference = datetime(2024, 9, 11, 12, 0, tzinfo=SHANGHAI)
    assert read("5 min ago", reference=reference) == ("2024-09-11T11:55:00+08:00", ["relative_time"])
    # A date alone cannot place "2 hours ago".
    assert read("2 hours ago", reference=date(2024, 9, 11)) == (None, ["relative_time"])
    assert parse_timestamp("3小时前") == Relative(timedelta(hours=3), date_only=False)


def test_updated_label_is_read_from_the_line() -> None:
    [item] = classify_line("Updated 2024.09.11 11:30 GMT+8", OUTLETS_BY_NAME["CGTN"])
    assert item.kind is Kind.STAMP and item.label == "updated"
    assert resolve(item.stamp, item.text, output=SHANGHAI, assume=SHANGHAI, anchor=ANCHOR) == (
        "2024-09-11T11:30:00+08:00",
        [],
    )


def test_section_printed_before_the_time_is_kept_apart() -> None:
    [item] = classify_line("Asia Pacific 19:49, 21-Jan-2019", OUTLETS_BY_NAME["CGTN"])
    assert (item.kind, item.label, item.section) == (Kind.STAMP, None, "Asia Pacific")
    assert item.stamp == Stamp(2019, 1, 21, datetime(2019, 1, 21, 19, 49).time())


def test_agency_printed_before_the_time_is_a_source() -> None:
    source, stamp = classify_line("(Xinhua) 14:20, November 18, 2020", OUTLETS_BY_NAME["People's Daily"])
    assert (source.kind, source.names) == (Kind.SOURCES, ["Xinhua News Agency"])
    assert (stamp.kind, stamp.text) == (Kind.STAMP, "14:20, November 18, 2020")


def test_the_outlet_printed_before_the_time_is_the_byline_organisation() -> None:
    own, stamp = classify_line("(People's Daily Online) 09:05, March 03, 2024", OUTLETS_BY_NAME["People's Daily"])
    assert (own.kind, own.names, stamp.kind) == (Kind.ORGANISATION, ["People's Daily"], Kind.STAMP)


def test_byline_and_time_on_one_line() -> None:
    byline, stamp = classify_line(
        "By Hu Jinyan, Qiao Bo (People's Daily Online) 16:20, April 09, 2024", OUTLETS_BY_NAME["People's Daily"]
    )
    assert byline.byline is not None
    assert (byline.byline.authors, byline.byline.organisation) == (["Hu Jinyan", "Qiao Bo"], "People's Daily")
    assert stamp.stamp == Stamp(2024, 4, 9, datetime(2024, 4, 9, 16, 20).time())


@pytest.mark.parametrize(
    ("month", "day", "anchor", "year"),
    [
        (9, 10, date(2024, 9, 11), 2024),
        (12, 31, date(2025, 1, 1), 2024),  # a Dec. 31 dateline in a Jan. 1 article
        (1, 2, date(2024, 12, 30), 2025),
        (2, 29, date(2025, 3, 1), 2024),  # only a leap year has it
    ],
)
def test_year_inference_takes_the_nearest_year(month: int, day: int, anchor: date, year: int) -> None:
    assert infer_year(month, day, anchor) == year


@pytest.mark.parametrize(
    ("month", "day", "anchor", "year"),
    [
        (3, 12, date(2026, 12, 7), 2026),  # nearer next March, but that is to come
        (12, 8, date(2026, 12, 7), 2026),  # tomorrow: a zone ahead of the output's
        (12, 9, date(2026, 12, 7), 2025),
        (1, 2, date(2024, 12, 30), 2024),
    ],
)
def test_year_inference_may_keep_the_day_from_coming_after_a_date(
    month: int, day: int, anchor: date, year: int
) -> None:
    assert infer_year(month, day, anchor, not_after=anchor + timedelta(days=1)) == year


def test_a_year_less_stamp_read_today_is_of_the_past() -> None:
    # Placed near today (no reference date, no printed year), a publication stamp's day is
    # no later than tomorrow: a page prints no stamp of the future.
    today = datetime.now(SHANGHAI).date()
    ahead = today + timedelta(days=100)
    if (ahead.month, ahead.day) == (2, 29):  # a day that only a leap year has
        ahead += timedelta(days=1)
    text = (
        f"Council backs harbour plan\n\n{ahead.day} {ahead:%B}, 14:20\n\n"
        "The council voted on Tuesday to back the harbour plan, ending a long debate over its cost.\n"
    )
    article = normalise_article(text, Options())
    assert article.published_at is not None
    published = datetime.fromisoformat(article.published_at).date()
    assert (published.month, published.day) == (ahead.month, ahead.day)
    assert published <= today + timedelta(days=1)
    assert ("year_inferred", "published_at") in [(w.code, w.field) for w in article.warnings]


_LIVE_PAGE = (
    "Sports\n\n{header}\n\nLive: Harbour City beat Northbridge in the final over\n\n"
    "19:02 (IST), Oct 02\n\nThe last over went for eleven runs as Harbour City held their nerve.\n\n"
    "18:32 (IST), Oct 02\n\nNorthbridge lost two wickets in three balls and the crowd fell quiet.\n"
)


@pytest.mark.parametrize(
    ("header", "year"),
    [
        # The header prints the same day with its year, among words no stamp line holds.
        ("THE DAILY COURIER OF THE NORTH | Oct 02, 2020, 18:30:10 IST", 2020),
        # Another day (a related story's, a comment's) says nothing of this one's year.
        ("THE DAILY COURIER OF THE NORTH | Sep 29, 2020, 18:30:10 IST", None),
        ("THE DAILY COURIER OF THE NORTH", None),
    ],
)
def test_a_year_less_stamp_finds_its_year_where_the_page_prints_its_day(header: str, year: int | None) -> None:
    page = pipeline.read(_LIVE_PAGE.format(header=header)).page
    near = next(line.index for line in page.lines if line.text == "19:02 (IST), Oct 02")
    found = pipeline.same_day_with_year(page, near, Stamp(None, 10, 2), None)
    assert (found.year if found else None) == year


def test_a_year_less_stamp_takes_the_year_of_the_address() -> None:
    text = _LIVE_PAGE.format(header="Cricket")
    article = normalise_article(text, Options(), address="https://courier.example/sport/2020/10/02/live-final")
    assert article.published_at == "2020-10-02T21:32:00+08:00"
    assert ("year_inferred", "published_at") in [(w.code, w.field) for w in article.warnings]
    # Without an address, the year is today's or last year's: placed near today.
    alone = normalise_article(text, Options())
    assert alone.published_at is not None and not alone.published_at.startswith("2020-")


def test_a_year_less_stamp_is_placed_near_the_anchor_and_warned() -> None:
    value, warnings = resolve(
        parse_timestamp("19:49, Dec. 31"), "19:49, Dec. 31", output=SHANGHAI, assume=SHANGHAI, anchor=date(2025, 1, 1)
    )
    assert value == "2024-12-31T19:49:00+08:00"
    assert [code for code, _ in warnings] == ["year_inferred", "timezone_assumed"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Shoigu, St. Petersburg, Russia, September 10, 2024.", Stamp(2024, 9, 10)),
        ("Tourists in Chengdu, Sichuan province, Sept. 10.", Stamp(None, 9, 10)),
        ("Taken on 3 January 2025 in Harbin", Stamp(2025, 1, 3)),
        ("No date in here at all, 5 people.", None),
    ],
)
def test_dates_are_found_in_running_text(text: str, found: Stamp | None) -> None:
    result = find_date(text)
    assert (result[0] if result else None) == found


ARTICLE = (
    "The city's new ferry terminal will open to passengers next month, the port authority said on "
    "Tuesday, after two years of construction work on the waterfront.\n"
)


def test_an_update_earlier_than_the_publication_is_kept_and_warned() -> None:
    # Both times are kept as printed: which one is wrong is not ours to guess.
    stamps = "Published: 10:00am, 20 Jan, 2020\nUpdated: 9:15am, 20 Jan, 2020"
    text = f"Ferry terminal to open next month\n\n{stamps}\n\n{ARTICLE}"
    article = normalise_article(text, Options(reference_date=None))
    assert (article.published_at, article.updated_at) == ("2020-01-20T10:00:00+08:00", "2020-01-20T09:15:00+08:00")
    assert [(w.code, w.field) for w in article.warnings if w.code == "updated_before_published"] == [
        ("updated_before_published", "updated_at")
    ]


def test_a_relative_update_time_without_a_reference_date_is_null_and_warned() -> None:
    text = f"Ferry terminal to open next month\n\nPublished: 10:00am, 20 Jan, 2020\nUpdated 2 hours ago\n\n{ARTICLE}"
    article = normalise_article(text, Options(reference_date=None))
    assert (article.published_at, article.updated_at) == ("2020-01-20T10:00:00+08:00", None)
    assert ("relative_time", "updated_at") in [(w.code, w.field) for w in article.warnings]


def test_a_date_printed_without_a_time_is_kept_as_the_published_date() -> None:
    text = f"Ferry terminal to open next month\n\nPublished: 26 October 2023\n\n{ARTICLE}"
    article = normalise_article(text, Options(reference_date=None))
    assert (article.published_at, article.published_date) == (None, "2023-10-26")
    assert ("date_only", "published_at") in [(w.code, w.field) for w in article.warnings]


def test_the_published_date_is_the_day_the_page_printed_not_the_converted_one() -> None:
    # 11:30 pm in New York is the next morning in GMT+8: the instant moves, the printed day stays.
    text = f"Ferry terminal to open next month\n\nPublished: Sept. 10, 2024, 11:30 PM EDT\n\n{ARTICLE}"
    article = normalise_article(text, Options(reference_date=None))
    assert (article.published_at, article.published_date) == ("2024-09-11T11:30:00+08:00", "2024-09-10")


def test_a_yearless_date_only_stamp_warns_its_guess_on_the_date() -> None:
    text = f"Ferry terminal to open next month\n\nPublished: 26 October\n\n{ARTICLE}"
    article = normalise_article(text, Options(reference_date=date(2023, 11, 2)))
    assert (article.published_at, article.published_date) == (None, "2023-10-26")
    assert ("year_inferred", "published_date") in [(w.code, w.field) for w in article.warnings]


@pytest.mark.parametrize(
    "stamp",
    [
        "Updated 2 hours ago",  # relative: no calendar date is printed
        "Updated: 03/04/2024",  # day and month could be either way round
        "Updated: 26 October",  # no year, and nothing but today to guess one from
    ],
)
def test_no_printed_date_is_invented(stamp: str) -> None:
    text = f"Ferry terminal to open next month\n\n{stamp}\n\n{ARTICLE}"
    article = normalise_article(text, Options(reference_date=None))
    assert (article.updated_at, article.updated_date) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veröffentlicht am 26. Oktober 2023", date(2023, 10, 26)),
        ("le 19 octobre 2019", date(2019, 10, 19)),
        ("19 de octubre de 2019", date(2019, 10, 19)),
        ("3 de março de 2021", date(2021, 3, 3)),
        ("12 déc. 2020", date(2020, 12, 12)),
        ("Pubblicato il 7 settembre 2022", date(2022, 9, 7)),
        ("Mai 05, 2019", date(2019, 5, 5)),
        ("8 mei 2020", date(2020, 5, 8)),
        ("01. 11. 2023", date(2023, 11, 1)),
        # Month names that are words too are read only beside a year.
        ("He went out 5 times and set 3 records.", None),
    ],
)
def test_month_names_of_other_languages_are_read(text: str, expected: date | None) -> None:
    found = find_date(text)
    assert (date(found[0].year or 1, found[0].month, found[0].day) if found else None) == expected


def test_a_count_in_brackets_is_no_day() -> None:
    # An archive list: "April 2019 (20)" is twenty posts in April, not 20 April.
    assert parse_timestamp("April 2019 (20)") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bettina Kugler 19.10.2019, 05:00 Uhr", Stamp(2019, 10, 19, time(5, 0))),
        ("October 19, 2019 by IWB", Stamp(2019, 10, 19)),
        ("Paddy · April 19, 2019 · Mac · 7 comments", Stamp(2019, 4, 19)),
        ("10 Sept 2024 at 14:05 BST | Pier News", Stamp(2024, 9, 10, time(14, 5), timezone(timedelta(hours=1)))),
    ],
)
def test_a_stamp_is_found_among_other_words(text: str, expected: Stamp) -> None:
    found = find_stamp(text)
    assert found is not None and found[0] == expected
    assert text[found[1][0] : found[1][1]].startswith(("19", "Oct", "Apr", "10"))


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Dana Whitfield on Thu, Nov 9, 2023 at 4:00 am", ["Dana Whitfield"]),
        ("Von Jan Meier am 12.03.2020, 10:15 Uhr", ["Jan Meier"]),
        ("Par Claire Dumas le 3 mars 2021 à 09:40", ["Claire Dumas"]),
        ("Por Lucía Ferrer el 5 de mayo de 2022, 18:20", ["Lucía Ferrer"]),
    ],
)
def test_a_byline_joined_to_its_stamp_by_a_word_is_read_apart(line: str, names: list[str]) -> None:
    items = classify_line(line, None)
    assert [item.kind for item in items] == [Kind.BYLINE, Kind.STAMP]
    assert items[0].byline is not None and items[0].byline.authors == names


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Veröffentlicht am 26. Oktober 2023", "published"),
        ("Aktualisiert am 19.10.2019, 05:00 Uhr", "updated"),
        ("Publié le 12 déc. 2020 à 10:30", "published"),
        ("Actualizado el 3 de mayo de 2022", "updated"),
        ("最新更新：2016/03/19 10:48", "updated"),
        ("更新時間：2016/03/19 10:48", "updated"),
        ("發布時間：2016/03/19 10:48", "published"),
    ],
)
def test_stamp_labels_of_other_languages(line: str, label: str) -> None:
    items = classify_line(line, None)
    assert [(item.kind, item.label) for item in items] == [(Kind.STAMP, label)]


def test_a_date_among_other_words_under_the_headline_is_the_publication_date() -> None:
    text = (
        "Ferry terminal to open next month\n\nBettina Kugler 19.10.2019, 05:00 Uhr\n\n"
        f"{ARTICLE}\nComments\nPaddy · 21.10.2019\n"
    )
    article = normalise_article(text, Options(reference_date=None))
    assert article.published_date == "2019-10-19"
    assert ("timezone_assumed", "published_at") in [(w.code, w.field) for w in article.warnings]


def test_a_date_in_the_prose_is_not_the_publication_date() -> None:
    prose = (
        "On 5 May 2019 the port authority first proposed the terminal, and the council approved the plan "
        "after two years of consultation with residents and the ferry operators.\n"
    )
    article = normalise_article(f"Ferry terminal to open next month\n\n{prose}", Options(reference_date=None))
    assert (article.published_at, article.published_date) == (None, None)


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("First Published: September 24, 2020, 9:13 PM IST", "published"),
        ("Originally published on March 3, 2021", "published"),
    ],
)
def test_a_first_publication_is_labelled_published(line: str, label: str) -> None:
    items = classify_line(line, None)
    assert [(item.kind, item.label) for item in items] == [(Kind.STAMP, label)]


_GERMAN_BODY = (
    "Der Gemeinderat hat am Montagabend den Neubau der Fährstation beschlossen, nachdem die Anwohner "
    "monatelang über den Standort gestritten hatten und die Verwaltung zwei Gutachten vorgelegt hatte.\n\n"
    "Die Bauarbeiten sollen im Frühjahr beginnen und nach Angaben der Stadt etwa zwei Jahre dauern, "
    "wobei der Fährbetrieb während der gesamten Zeit weiterlaufen soll.\n"
)


def test_a_numeric_date_on_an_unknown_page_in_another_language_puts_the_day_first() -> None:
    # German, Spanish, Indonesian ... pages write no month-first dates: "02/11/2023" is
    # 2 November there, where an English page could mean either.
    text = f"Neue Fährstation beschlossen\n\nVeröffentlicht: 02/11/2023 14:30\n\n{_GERMAN_BODY}"
    article = normalise_article(text, Options(reference_date=None, assume_timezone=UTC))
    assert (article.published_date, article.published_at) == ("2023-11-02", "2023-11-02T22:30:00+08:00")
    english = f"Ferry terminal to open next month\n\nPublished: 02/11/2023 14:30\n\n{ARTICLE}"
    article = normalise_article(english, Options(reference_date=None))
    assert (article.published_date, article.published_at) == (None, None)
    assert ("date_order_ambiguous", "published_at") in [(w.code, w.field) for w in article.warnings]


def test_every_date_of_a_line_is_found_with_its_time() -> None:
    line = "PUBLISHED: April 24, 2020 at 9:06 a.m. | UPDATED: 25.04.2020 10:26 | 2019-12-01"
    found = stamps_in(line)
    assert [line[start:end] for _, (start, end) in found] == [
        "April 24, 2020 at 9:06 a.m.",
        "25.04.2020 10:26",
        "2019-12-01",
    ]
    assert [(s.year, s.month, s.day, s.time) for s, _ in found] == [
        (2020, 4, 24, time(9, 6)),
        (2020, 4, 25, time(10, 26)),
        (2019, 12, 1, None),
    ]
    assert len(stamps_in(" ".join(["1 May 2020"] * 20), limit=8)) == 8


def test_a_year_0_is_no_date() -> None:
    # "0000年5月1日" names no year of any calendar: at most its year-less "5月1日", and no error.
    found = find_date("0000年5月1日")
    assert found is None or found[0].year is None
    text = f"Pier stays open\n\nPublished: 0000年5月1日\n\n{ARTICLE}"
    article = normalise_article(text, Options(reference_date=None))
    assert (article.published_at, article.published_date) == (None, None)


def test_an_update_in_brackets_after_the_stamp_is_the_update_time() -> None:
    items = classify_line("2023/2/21 21:20（2/21 22:08 更新）", None)
    assert [(item.kind, item.label, item.stamp) for item in items] == [
        (Kind.STAMP, None, Stamp(2023, 2, 21, time(21, 20))),
        (Kind.STAMP, "updated", Stamp(None, 2, 21, time(22, 8))),
    ]
    # On a line of its own (a page collapsed and cut back into lines), the update alone.
    alone = classify_line("（2/21 22:08 更新）", None)
    assert [(item.kind, item.label, item.stamp) for item in alone] == [
        (Kind.STAMP, "updated", Stamp(None, 2, 21, time(22, 8)))
    ]
    # No 30 February.
    assert all(item.label != "updated" for item in classify_line("2023/2/21 21:20（2/30 22:08 更新）", None))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中央社記者林美華攝 113年3月4日", date(2024, 3, 4)),  # Taiwan's Minguo year 113
        ("105年3月19日", date(2016, 3, 19)),
        ("2024年3月4日", date(2024, 3, 4)),
    ],
)
def test_a_minguo_year_is_read(text: str, expected: date) -> None:
    found = find_date(text)
    assert found is not None and date(found[0].year or 1, found[0].month, found[0].day) == expected


def test_an_update_year_comes_from_the_publication() -> None:
    text = (
        "海港城市啟動舊碼頭修復工程\n\n2023/2/21 21:20（2/21 22:08 更新）\n\n"
        "海港市政府日前宣布，舊碼頭修復工程將於下月啟動，預計三年內完成，施工期間碼頭東段仍向市民開放。\n"
    )
    article = normalise_article(text, Options(reference_date=None))
    assert (article.published_at, article.updated_at) == (
        "2023-02-21T21:20:00+08:00",
        "2023-02-21T22:08:00+08:00",
    )
    assert ("year_inferred", "updated_at") in [(w.code, w.field) for w in article.warnings]


@pytest.mark.parametrize(
    ("printed", "ago", "date_only"),
    [
        ("vor 2 Stunden", timedelta(hours=2), False),
        ("VOR EINER STUNDE", timedelta(hours=1), False),
        ("vor 3 Tagen", timedelta(days=3), True),
        ("Hace 13 horas", timedelta(hours=13), False),
        ("hace una hora", timedelta(hours=1), False),
        ("il y a 5 minutes", timedelta(minutes=5), False),
        ("Há 9 horas", timedelta(hours=9), False),
        ("2 giorni fa", timedelta(days=2), True),
        ("3 uur geleden", timedelta(hours=3), False),
    ],
)
def test_relative_times_in_the_languages_of_europes_press(printed: str, ago: timedelta, date_only: bool) -> None:
    assert parse_timestamp(printed) == Relative(ago, date_only=date_only)
    assert [item.kind for item in classify_line(printed, None)] == [Kind.STAMP]


@pytest.mark.parametrize(
    ("printed", "label"),
    [("Publiziert vor einer Stunde", "published"), ("Aktualisiert vor einer Woche", "updated")],
)
def test_a_labelled_relative_time_without_a_digit_is_a_stamp(printed: str, label: str) -> None:
    [item] = classify_line(printed, None)
    assert (item.kind, item.label, isinstance(item.stamp, Relative)) == (Kind.STAMP, label, True)


@pytest.mark.parametrize("printed", ["vor 2 Jahren", "vor 3 Toren", "hace 5 goles", "vor 99999999 Stunden"])
def test_a_relative_phrase_in_units_not_of_the_clock_is_no_stamp(printed: str) -> None:
    assert not isinstance(parse_timestamp(printed), Relative)


@pytest.mark.parametrize(
    "printed", ["Stand vor einer schwierigen Aufgabe", "Erschienen vor einem Jahr", "Date ha un senso"]
)
def test_prose_that_opens_with_a_stamps_label_is_no_stamp(printed: str) -> None:
    # "Stand", "Erschienen", "Date" label stamps; without a digit, only a relative time after them is one.
    assert [item.kind for item in classify_line(printed, None)] != [Kind.STAMP]


def test_a_relative_time_before_the_calendar_begins_is_null_not_an_error() -> None:
    reference = datetime(1, 1, 1, 2, 0, tzinfo=UTC)
    assert read("9999 hours ago", reference=reference) == (None, ["relative_time"])


def test_a_list_of_relative_times_under_the_headline_is_no_articles_time() -> None:
    # The latest stories under the headline, each with its age: no one of them dates the article.
    paragraphs = "\n\n".join(
        [
            "El municipio abrirá este verano tres nuevas ciclovías en el centro, según decidió el concejo el martes.",
            "Las obras comenzarán en junio y durarán hasta el otoño, dijo la directora de obras ante la prensa local.",
            "Los vecinos pedían desde hace años caminos seguros a la escuela y al mercado, sobre todo en el puente.",
        ]
    )
    latest = "\n".join(
        f"{title}\nhace {minutes} minutos"
        for title, minutes in (("Lluvias en el sur", 4), ("Cierre de la feria", 21), ("Nuevo horario del metro", 27))
    )
    text = f"Nuevas ciclovías para el centro\n\nLo último\n{latest}\n\n{paragraphs}"
    article = normalise_article(text, Options(reference_date=datetime(2024, 3, 2, 12, 0, tzinfo=SHANGHAI)))
    assert article.published_at is None
    assert ("low_confidence", "published_at") in [(w.code, w.field) for w in article.warnings]


def test_a_relative_time_under_the_article_is_a_comments_not_the_articles() -> None:
    # A reader's comment below a story that prints no date of its own: its "vor 1 Stunde"
    # says when the comment was written, not the story; even with a reference time to
    # place it, the story's publication time stays unknown.
    paragraphs = "\n\n".join(
        [
            "Die Stadt baut in diesem Sommer drei neue Radwege durch die Altstadt, wie der Rat am Dienstag beschloss.",
            "Die Arbeiten sollen im Juni beginnen und bis zum Herbst dauern, sagte die Baudezernentin vor der Presse.",
            "Anwohner hatten seit Jahren sichere Wege zur Schule und zum Markt gefordert, vor allem an der Brücke.",
            "Der Umbau kostet nach Angaben der Verwaltung rund zwei Millionen Euro, die zur Hälfte das Land trägt.",
        ]
    )
    text = (
        f"Neue Radwege für die Altstadt\n\nVon Jana Keller\n\n{paragraphs}\n\n"
        "Teilen\n1 Kommentar\nNeueste\nAlle Kommentare anzeigen\nBernd_77\nvor 1 Stunde\n\n"
        "Endlich, die Kreuzung war lange gefährlich."
    )
    reference = datetime(2024, 3, 2, 12, 0, tzinfo=SHANGHAI)
    article = normalise_article(text, Options(reference_date=reference))
    assert (article.published_at, article.published_date) == (None, None)
    assert ("not_found", "published_at") in [(w.code, w.field) for w in article.warnings]


@pytest.mark.parametrize(
    ("printed", "month", "day"),
    [
        ("ſept. 10, 2024", 9, 10),  # the long s, which re takes for an "s" ignoring case
        ("10 aprİl 2024", 4, 10),  # the dotted capital I, for an "i"
        ("12 avrıl 2024", 4, 12),  # the dotless i
        ("2 julİ 2024", 7, 2),
    ],
)
def test_a_months_name_with_asciis_lookalikes_reads_as_the_month(printed: str, month: int, day: int) -> None:
    # The date forms ignore case, and re then matches these four letters as ASCII ones: the
    # month was matched, and looked up as printed it made a KeyError (a 500 over HTTP).
    found = find_date(printed)
    assert found is not None and (found[0].month, found[0].day) == (month, day)


@pytest.mark.parametrize(
    ("printed", "ago", "date_only"),
    [
        ("yeſterday", timedelta(days=1), True),
        ("5 ſec ago", timedelta(seconds=5), False),
        ("3 mİnutes ago", timedelta(minutes=3), False),
    ],
)
def test_a_relative_time_with_asciis_lookalikes_reads_as_the_letters_matched(
    printed: str, ago: timedelta, date_only: bool
) -> None:
    assert parse_timestamp(printed) == Relative(ago, date_only)


def test_a_units_name_is_read_as_printed() -> None:
    # A unit's name is any word to the form, not letters it matched ignoring case: one that
    # no table spells ("ſtunden") is no unit of time, and the phrase no relative time.
    assert parse_timestamp("vor 2 ſtunden") is None


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"Sept.MayMärz3 1,0-/ \u00a0ſİ_٣", "Sept", "10", "2024", "Mai ", "de ", "September "]),
        max_size=24,
    ).map("".join)
)
def test_the_month_first_forms_find_what_finditer_finds(text: str) -> None:
    # _Forms tries a form that opens with a month's name only where a reversed scan finds a
    # word before a digit: it must find every match finditer would, and no other.
    forms = timestamps._Forms(text)
    for pattern in timestamps._DATE_PATTERNS:
        assert [m.span() for m in forms.matches(pattern)] == [m.span() for m in pattern.finditer(text)]
