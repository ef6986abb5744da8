"""The learned publication-date model: its candidates, the trees' arithmetic, the shipped
model, and the publication dates of pages of outlets no profile knows, in layouts copied
from real ones (the prose, the names and the dates are invented)."""

from __future__ import annotations

import json
import math
import random
from collections import Counter
from datetime import date
from typing import Any

import pytest

from service.normalise import Options, dates, normalise_article, roles
from service.normalise.model import Budget, TimeBudgetExceeded
from service.normalise.pipeline import read

BODY_EN = (
    "The harbour board voted on Tuesday to keep the old pier open through the winter, reversing a plan "
    "that would have closed it to walkers from the first of December.\n\n"
    "Members said the repairs finished in the summer had made the structure safe, and that the town's "
    "fishing families still relied on it for landing their catch in the early morning.\n\n"
    "A final inspection is planned for the spring, when the board will decide how to pay for a new "
    "railing along the seaward side of the deck.\n"
)
BODY_DE = (
    "Der Gemeinderat hat am Montagabend den Neubau der Fährstation beschlossen, nachdem die Anwohner "
    "monatelang über den Standort gestritten hatten und die Verwaltung zwei Gutachten vorgelegt hatte.\n\n"
    "Die Bauarbeiten sollen im Frühjahr beginnen und nach Angaben der Stadt etwa zwei Jahre dauern, "
    "wobei der Fährbetrieb während der gesamten Zeit weiterlaufen soll.\n\n"
    "Die Kosten trägt zu einem Drittel das Land, den Rest übernehmen die Stadt und der Landkreis.\n"
)


def _candidates(text: str) -> list[tuple[str, date]]:
    page = read(text).page
    return [(page.lines[c.line].text[c.start : c.end], c.day) for c in dates.candidates(page, None)]


def test_every_dated_line_offers_its_dates() -> None:
    text = (
        "Neue Fährstation beschlossen\n\n24. April 2020 | Pressemitteilungen\n\n"
        "By Urs Gassner | 27.06.2018 09:54 | Kommentare\n\nOctober 22, 2019 report\n"
    )
    assert _candidates(text) == [
        ("24. April 2020", date(2020, 4, 24)),
        ("27.06.2018 09:54", date(2018, 6, 27)),
        ("October 22, 2019", date(2019, 10, 22)),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Stand: 21.04.2021, 16:41 Uhr",  # an update's, which the rules keep as updated_at
        "Updated on Tuesday, May 6, 2019",
        "Zuletzt aktualisiert am 17.01.2021",
        "03/04/2024",  # day and month could be either way round on an English page
        "12.05.1987",  # before the web's time
        "12 March 2090",  # after next year: no page's own date
        "On 5 May the board met",  # no year
    ],
)
def test_a_line_offers_no_date_that_cannot_be_the_publication(line: str) -> None:
    assert _candidates(f"Pier stays open\n\n{line}\n\n{BODY_EN}") == []


def test_an_update_on_a_line_leaves_its_publication_a_candidate() -> None:
    found = _candidates("Pier stays open\n\nPublished 12.03.2021 | Updated 14.03.2021\n")
    assert [day for _, day in found] == [date(2021, 3, 12)]


def test_a_dates_label_is_the_nearest_before_it() -> None:
    # "Updated ... | Published ...": the publication date's label is "Published".
    page = read("Pier stays open\n\nAktualisiert 14.03.2021 | Veröffentlicht 12.03.2021\n").page
    found = dates.candidates(page, None)
    assert [c.day for c in found] == [date(2021, 3, 12)]
    row = dates.features(page, found, (0, True))[0]
    assert row[dates.FEATURES.index("label")] == 1.0  # published
    assert row[dates.FEATURES.index("label_before")] == 1.0  # one space between


def _shipped() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(dates.MODEL.read_text(encoding="utf-8"))
    return data


def _rows() -> list[list[float]]:
    rows = []
    for layout in LAYOUTS.values():
        page = read(layout[0]).page
        found = dates.candidates(page, None)
        rows += dates.features(page, found, (0, False), (2, found[0].day) if found else None)
    return rows


@pytest.mark.parametrize("seed", range(3))
def test_the_compiled_trees_add_up_what_walking_them_gives(seed: int) -> None:
    trees = _shipped()["trees"]
    model = dates.model()
    rng = random.Random(seed)
    rows = _rows()
    rows += [[value + rng.choice((-1.5, -0.5, 0.0, 0.5, 1.5)) for value in row] for row in rows]
    for row in rows:
        assert model.score(row) == pytest.approx(roles.walk(trees, row), abs=1e-9)
    best, probability = model.likeliest(rows)
    assert probability == pytest.approx(max(1 / (1 + math.exp(-roles.walk(trees, row))) for row in rows))
    assert probability == pytest.approx(1 / (1 + math.exp(-model.score(rows[best]))))


def test_the_shipped_model_reads_the_features_the_reader_makes() -> None:
    data = _shipped()
    assert tuple(data["features"]) == dates.FEATURES
    assert all(len(row) == len(dates.FEATURES) for row in _rows())
    model = dates.model()
    assert model.trees == len(data["trees"]) > 0
    assert 0 < model.threshold < 1
    with pytest.raises(ValueError, match="retrain"):
        dates.model_from_json({**data, "features": list(dates.FEATURES[1:])})
    with pytest.raises(ValueError, match="retrain"):
        dates.model_from_json({**data, "kinds": list(reversed(data["kinds"]))})


MENU = "Home\nNews\nSport\nLocal\nContact\n\n"

#: name -> (page, the publication date it should give). Layouts of real unknown outlets'
#: pages as copied: the date among other words, lists of dated stories and comments
#: around the article, the day's date in the header.
LAYOUTS: dict[str, tuple[str, str | None]] = {
    "press-release": (
        f"{MENU}Neue Fährstation beschlossen\n\n24. April 2020 | Pressemitteilungen\n\n{BODY_DE}\n"
        "Weitere Meldungen\n\n12.03.2020 Stadtwerke senken die Preise\n\n"
        "02.03.2020 Neuer Spielplatz am Hafen\n\n19.02.2020 Bürgerversammlung zum Fährhafen\n",
        "2020-04-24",
    ),
    "blog-with-comments": (
        f"{MENU}Pier stays open through the winter\n\nBy Urs Gassner | 27.06.2018 09:54 | Comments\n\n{BODY_EN}\n"
        "3 comments\n\nPaddy Byrne says:\n29.06.2018 at 10:12\nGood news for the boats.\n\n"
        "Moira Quinn says:\n01.07.2018 at 18:40\nAbout time they fixed the railing.\n",
        "2018-06-27",
    ),
    "header-date": (
        f"Thursday, 9 November 2023\n\n{MENU}Pier stays open through the winter\n\nOctober 27, 2023\n\n{BODY_EN}\n"
        "© 2023 The Harbour Gazette. All rights reserved.\n",
        "2023-10-27",
    ),
    "update-only": (
        f"{MENU}Pier stays open through the winter\n\nStand: 21.04.2021, 16:41 Uhr\n\n{BODY_DE}",
        None,
    ),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_an_unknown_outlets_publication_date_is_read_from_its_layout(layout: str) -> None:
    text, expected = LAYOUTS[layout]
    article = normalise_article(text, Options(reference_date=None, provenance=True))
    assert article.published_date == expected
    if expected is not None:  # the span holds the date as printed
        assert article.provenance is not None
        span = article.provenance["published_date"]
        assert text[span.start : span.end] == span.raw
        assert expected[:4] in span.raw


@pytest.mark.parametrize(
    ("footer", "body", "expected"),
    [
        (
            "Neue Fährstation beschlossen wurde am 14. Mai 2019 um 21:05 Uhr gepostet und unter Stadt, Hafen abgelegt.",
            BODY_DE,
            "2019-05-14",
        ),
        (
            "Dieser Artikel wurde am 3. Juni 2016 um 08:12 von Jonas geschrieben und unter dem Stichwort Hafen, in "
            "die Kategorie Stadt eingeordnet.",
            BODY_DE,
            "2016-06-03",
        ),
        (
            "This entry was posted on Friday, June 3rd, 2016 at 8:12 am and is filed under Harbour. You can follow "
            "any responses to this entry through the RSS 2.0 feed.",
            BODY_EN,
            "2016-06-03",
        ),
        # Not a footer: an article's sentence, filed nowhere.
        ("Der Plan wurde am 14. Mai 2019 im Rathaus vorgestellt und veröffentlicht.", BODY_DE, None),
    ],
)
def test_an_undated_posts_date_is_read_from_its_blogs_footer(footer: str, body: str, expected: str | None) -> None:
    text = f"Hafenblog\n\nNeue Fährstation beschlossen\n\n{body}\n{footer}\n"
    article = normalise_article(text, Options(reference_date=None))
    assert article.published_date == expected


def test_a_blogs_home_page_with_several_footers_takes_none_of_their_dates() -> None:
    posts = "".join(
        f"Post {n}\n\n{BODY_DE}\nPost {n} wurde am {n}. Mai 2019 um 21:05 Uhr gepostet und unter Stadt abgelegt.\n\n"
        for n in (3, 4)
    )
    article = normalise_article(f"Hafenblog\n\n{posts}", Options(reference_date=None))
    assert article.published_date is None


def test_a_date_in_running_prose_is_no_publication_date() -> None:
    prose = (
        "On 5 May 2019 the port authority first proposed the terminal, and the council approved the plan "
        "after two years of consultation with residents and the ferry operators.\n"
    )
    article = normalise_article(f"Ferry terminal to open next month\n\n{prose}", Options(reference_date=None))
    assert (article.published_at, article.published_date) == (None, None)


def test_a_page_built_to_hold_thousands_of_dates_is_read_in_bounded_time() -> None:
    # Lines of many dates: the reader reads at most MAX_PER_LINE of a line and
    # MAX_CANDIDATES of a page, and stops at the request's deadline.
    line = " ".join(f"{day}.05.2020" for day in range(1, 29))
    page = read("\n".join(f"{line} {n}" for n in range(400))).page
    found = dates.candidates(page, None)
    assert 0 < len(found) <= dates.MAX_CANDIDATES
    assert max(Counter(c.line for c in found).values()) <= dates.MAX_PER_LINE
    many = read("1 May 2020\n" * 400).page  # the line loop reads the deadline (one long past)
    with pytest.raises(TimeBudgetExceeded):
        dates.candidates(many, None, Budget(0.0))
    with pytest.raises(TimeBudgetExceeded):
        dates.features(page, found, (None, False), None, Budget(0.0))


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/2023/10/27/pier-stays-open", "2023-10-27"),  # the story's date, as the page reads anyway
        ("/2023/11/09/pier-stays-open", "2023-11-09"),  # the header's date is the story's
        ("/pier-stays-open-2023", "2023-10-27"),  # no day in the address: the page's reading
    ],
)
def test_the_day_an_address_prints_chooses_among_the_pages_dates(path: str, expected: str) -> None:
    # The day a story's address is made is its publication day on nearly every page that
    # prints one: of the dates the page prints, the one it names is taken.
    text = LAYOUTS["header-date"][0]
    article = normalise_article(text, Options(reference_date=None), address=f"https://gazette.example{path}")
    assert article.published_date == expected


def test_an_undated_page_takes_the_day_its_address_prints() -> None:
    text, _ = LAYOUTS["update-only"]
    options = Options(reference_date=None, provenance=True)
    assert normalise_article(text, options).published_date is None
    article = normalise_article(text, options, address="https://faehre.example/meldungen/2021/04/20/neubau")
    assert (article.published_at, article.published_date) == (None, "2021-04-20")
    assert ("date_only", "published_at") in {(w.code, w.field) for w in article.warnings}
    assert article.provenance is not None
    span = article.provenance["published_date"]
    assert (span.raw, span.start, span.source) == ("2021/04/20", None, "address")


def test_the_rules_day_the_address_prints_stands_however_sure_the_model_is(monkeypatch: pytest.MonkeyPatch) -> None:
    # A model sure of another date replaces the rules' day; not when the address prints
    # the rules' day too: two witnesses agree.
    text = LAYOUTS["header-date"][0]
    page = read(text).page
    found = dates.candidates(page, None)
    header, story = date(2023, 11, 9), date(2023, 10, 27)
    assert {c.day for c in found} == {header, story}
    story_line = next(c.line for c in found if c.day == story)
    shipped = dates.model()
    # Scores the header's date far above the story's, whatever the features say.
    day_of_line = {c.line: c.day for c in found}
    line = dates.FEATURES.index("line")
    sure = dates.Model(lambda row: 9.0 if day_of_line.get(int(row[line])) == header else -9.0, shipped.threshold, 1)
    monkeypatch.setattr(dates, "model", lambda: sure)
    ruled = (story_line, story)
    chosen = dates.judge(page, (None, False), None, ruled)
    assert chosen is not None and chosen.day == header
    assert dates.judge(page, (None, False), None, ruled, witness=story) is None


# Pages collapsed onto one line (as some scrapers deliver them), of an unknown blog: the
# menu, the post with its own date inside a run of words, then its readers' comments. The
# cut that frees a stamp leaves the words before it on the line above (see _cut_context).
_MENU = "Startseite Über uns Kontakt Impressum Datenschutz Suche "
_MORE_DE = (
    "Die Anwohner des Hafenviertels hatten vor allem den Lärm der Baustelle und den zusätzlichen Verkehr "
    "in den engen Gassen befürchtet, weshalb die Stadt nun eine eigene Zufahrt über das alte Werftgelände "
    "bauen lassen will. Der Vorsitzende des Bürgervereins sprach von einem tragfähigen Kompromiss, mit dem "
    "beide Seiten leben könnten, auch wenn nicht alle Wünsche erfüllt worden seien. Eine Bürgerversammlung "
    "zu den Einzelheiten der Planung soll im Mai in der Aula der Hafenschule stattfinden. "
)
_MORE_EN = (
    "Walkers and anglers who had campaigned against the closure said they were relieved, and a local "
    "shopkeeper said the pier brought visitors to the high street on quiet winter weekends. The board "
    "also agreed to light the deck in the evenings and to add two benches near the steps at the end. "
    "A public meeting on the details of the plan will be held in the school hall in May. "
)
_POST_DE = (
    "Neue Fährstation beschlossen 14. März 2021 Lea Kern Allgemein "
    + BODY_DE.replace("\n", " ")
    + " "
    + _MORE_DE
    + "Teilen Facebook Twitter "
)


def _collapsed(text: str) -> str:
    from service.normalise.settings import ONELINE_MIN_CHARS

    text = " ".join(text.split())
    assert len(text) >= ONELINE_MIN_CHARS and "\n" not in text  # read as a collapsed page
    return text


def _collapsed_day(text: str) -> str | None:
    article = normalise_article(_collapsed(text), Options(reference_date=None))
    return article.published_date or (article.published_at or "")[:10] or None


@pytest.mark.parametrize(
    "comments",
    [
        # a signature right before the date
        "2 Kommentare zu „Neue Fährstation beschlossen“ Jonas Weber sagt: 2. April 2021 um 18:12 Uhr "
        "Endlich geht es voran, danke für den Bericht. Antworten Mia sagt: 3. April 2021 um 09:40 Uhr "
        "Der Standort am Hafen ist der richtige. Antworten",
        # the comments' heading a few words before the first, a reply link after each
        "Kommentare Diskutieren Sie mit Jonas Weber 2. April 2021, 18:12 Antworten Endlich geht es voran, "
        "danke für den Bericht. Mia 3. April 2021, 09:40 Antworten Der Standort am Hafen ist der richtige.",
        # glued to the writer's name, in English
        "One Comment Jonas Webersays: April 2, 2021 at 6:12 pm Great to see this finally moving. "
        "Mia says: April 3, 2021 at 9:40 am The harbour site is the right one.",
    ],
)
def test_a_collapsed_pages_comments_give_no_publication_date(comments: str) -> None:
    # The post's own "14. März 2021" stands inside a run of words the cuts leave whole:
    # no reader's date below is taken for it (a null beats a wrong day).
    assert _collapsed_day(_MENU + _POST_DE + comments) in (None, "2021-03-14")


def test_a_collapsed_pages_only_comment_date_is_not_its_own() -> None:
    text = _MENU + _POST_DE + "Lea Kern sagt: 2. April 2021 um 18:12 Uhr Danke für den Hinweis. Antworten"
    assert _collapsed_day(text) != "2021-04-02"


def test_a_collapsed_pages_embedded_post_gives_not_its_date() -> None:
    text = (
        "Home News Celebrities Fashion Contact Harbour board keeps old pier open "
        + BODY_EN.replace("\n", " ")
        + " "
        + _MORE_EN
        + "View this post on Instagram A post shared by Lea Kern (@lea.kern) on Apr 21, 2021 at 4:40am PDT "
        "The board will meet again in the spring to decide on the railing. Share Tweet Email"
    )
    assert _collapsed_day(text) != "2021-04-21"


def test_a_collapsed_pages_update_label_left_above_its_stamp_still_makes_it_an_update() -> None:
    text = (
        _MENU + "Neue Fährstation beschlossen Von Lea Kern | 14. März 2021 | Zuletzt geändert: "
        "2. April 2021, 18:12 Uhr " + BODY_DE.replace("\n", " ") + " " + _MORE_DE
    )
    article = normalise_article(_collapsed(text), Options(reference_date=None))
    assert (article.published_date or article.published_at or "")[:10] != "2021-04-02"
    assert (article.updated_at or article.updated_date or "")[:10] == "2021-04-02"


def test_a_collapsed_pages_own_stamp_stands_beside_a_count_of_its_comments() -> None:
    # "3 Kommentare" in the post's own line of meta is no comments' heading.
    text = (
        _MENU
        + "Neue Fährstation beschlossen 3 Kommentare 14. März 2021, 10:05 Uhr "
        + BODY_DE.replace("\n", " ")
        + " "
        + _MORE_DE
    )
    assert _collapsed_day(text) == "2021-03-14"


def test_a_collapsed_page_of_an_unknown_outlet_is_judged_too(monkeypatch: pytest.MonkeyPatch) -> None:
    # The model reads the lines the cuts give back: a date its trees are sure of replaces
    # the rules' stamp, as on a page with its lines. Here the post's date stands in a short
    # line of other words ("Post date March 14, 2021 1 Comment on") the rules take no stamp
    # from; they take an event's, in the post.
    text = _collapsed(
        "Skip to the content Search Menu Blog Contact Harbour board keeps old pier open Post author By Lea Kern "
        "Post date March 14, 2021 1 Comment on Harbour board keeps old pier open "
        + BODY_EN.replace("\n", " ")
        + " "
        + _MORE_EN
        + " Events: April 2, 2021 at 6:12 pm Town hall meeting"
    )
    assert read(text).collapsed
    page = read(text).page
    post_lines = {c.line for c in dates.candidates(page, None) if c.day == date(2021, 3, 14)}
    assert post_lines
    line = dates.FEATURES.index("line")
    sure = dates.Model(lambda row: 9.0 if int(row[line]) in post_lines else -9.0, dates.model().threshold, 1)
    monkeypatch.setattr(dates, "model", lambda: sure)
    assert _collapsed_day(text) == "2021-03-14"


def test_a_collapsed_pages_stamp_without_a_year_that_nothing_places_gives_no_date() -> None:
    text = _collapsed(
        "Home News Sport Weather Contact Harbour board keeps old pier open Lea Kern Jan 04 09:34 "
        + BODY_EN.replace("\n", " ")
        + " "
        + _MORE_EN
        + "Share Tweet Email Related stories Ferry timetable "
        "changes for the winter Town hall opens its doors to visitors"
    )
    article = normalise_article(text, Options(reference_date=None))
    assert article.published_at is None and article.published_date is None
    assert any(w.code == "low_confidence" and w.field == "published_at" for w in article.warnings)
    # The day the caller gives to place it still does.
    placed = normalise_article(text, Options(reference_date=date(2021, 1, 5)))
    assert (placed.published_at or "")[:10] == "2021-01-04"


@pytest.mark.parametrize(
    "meta",
    [
        "Posted by Lea Kern Leave a comment",
        "Lea Kern No Comments",
        "Lea Kern Keine Kommentare",
        "Lea Kern Kommentar schreiben",
        "Lea Kern Schreibe einen Kommentar",
    ],
)
def test_a_collapsed_posts_own_meta_before_its_stamp_is_no_comments_heading(meta: str) -> None:
    # A post's line of meta says there are none yet, or asks for one: its stamp is the post's.
    text = (
        "Home News Sport Contact Harbour board keeps old pier open "
        + meta
        + " March 14, 2021 at 10:05 am "
        + BODY_EN.replace("\n", " ")
        + " "
        + _MORE_EN
        + " "
        + _MORE_EN
    )
    assert _collapsed_day(text) == "2021-03-14"
