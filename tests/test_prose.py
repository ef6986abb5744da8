"""Ordinary prose must stay prose: sentences that open like page furniture ("By",
"Copyright", "Source", "Photo", "Trending") give no author, no end, no credit, and
names that begin like a month or a weekday are names. The sentences are invented."""

from __future__ import annotations

import pytest

from service.normalise import Options, normalise_article

HEADLINE = "Harbour town votes to keep its pier open"
OPENING = (
    "The harbour town's council voted on Tuesday night to keep the pier open through the winter, "
    "after residents collected more than two thousand signatures and offered to help with repairs."
)
CLOSING = (
    "Engineers had warned in the spring that two of the iron columns under the pier head were badly "
    "corroded, and the council closed the last forty metres to visitors while it weighed the cost."
)

SENTENCES = [
    "By Tuesday, the council had received more than 300 letters.",
    "By then, more than 40 volunteers had signed up to help with the painting.",
    "By the end of the year the first of the columns will have been replaced.",
    "Copyright lawyers said the plan raised no legal issues.",
    "Copyright remains with the photographers, who lent their pictures for free.",
    "Source code for the new booking system will be published next year, the council said.",
    "Sources at the town hall said the vote had been closer than expected.",
    "Photo exhibitions will be held on the pier every weekend in the summer.",
    "Photographs from the 1905 opening will go on show at the town museum.",
    "Trending topics on the town's forum this week were all about the pier.",
    "Related work on the promenade will start once the pier is finished.",
    "Reporting by volunteers helped the council map the damage, the leader said.",
    "Editor Janet Wong of the local weekly said readers had written in every day.",
    "Mark Thompson, who runs the pier café, said the vote was a relief.",
    "Updated plans will be shown at a public meeting on Thursday evening.",
    "Published reports from 2019 had already warned about the corroded columns.",
    "Watch repairs have been scheduled for the clock on the pier's pavilion as well.",
    "More than 40 volunteers have signed up to help with the painting.",
    "Read the full report on the council's website before the meeting, residents were told.",
    "All rights to the pier were transferred to the town in 1962.",
    "The photo by the old lighthouse shows the pier on its opening day in 1905.",
    "The pier will reopen in March, said the chairman of the harbour trust — Peter Hale.",
    "Read next to the harbour map, the plan shows where the new railings will stand.",
    "HARBOUR TRUST: the vote gives the volunteers until March to finish the work.",
    # An acronym after a dash is a caption's credit after one sentence only.
    "The trust will publish its accounts in April. Members may ask questions at the meeting. – HPT",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_sentence_that_opens_like_furniture_is_prose(sentence: str) -> None:
    text = f"{HEADLINE}\n\nBy Julia Chen\n\n{OPENING}\n\n{sentence}\n\n{CLOSING}\n"
    article = normalise_article(text, Options(reference_date=None))
    assert article.body == [OPENING, sentence, CLOSING]
    assert article.byline.authors == ["Julia Chen"]
    assert (article.captions, article.sources, article.contributors) == ([], [], [])


@pytest.mark.parametrize(
    "name", ["Mark Thompson", "Julia Chen", "Janet Wong", "Sunil Rao", "Tom Augustine", "May Lim", "Octavia Sunderland"]
)
@pytest.mark.parametrize("collapsed", [False, True], ids=["lines", "collapsed"])
def test_names_that_begin_like_a_month_or_a_weekday_are_names(name: str, collapsed: bool) -> None:
    body = f"{OPENING}\n\n{CLOSING} " * 3
    text = f"{HEADLINE}\n\nBy {name}\n\nSeptember 10, 2024 11:30 AM\n\n{body}\n"
    if collapsed:
        text = " ".join(text.split())
    article = normalise_article(text, Options(reference_date=None))
    assert article.byline.authors == [name]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Bettina Kugler 19.10.2019, 05:00 Uhr", ["Bettina Kugler"]),
        ("Von Jan Meier | Oct 24, 2023 | Zuletzt geändert: Nov 7, 2023, 8:54 AM GMT+1", ["Jan Meier"]),
        ("Benjamin Hart, London 18.10.2019, 19:33", ["Benjamin Hart"]),
        # The stamp's label between the name and the date.
        ("Lena Vogt Veröffentlicht am 19.10.2019", ["Lena Vogt"]),
        # A phrase beside the date is no name.
        ("Die Corona 19.10.2019", []),
        ("Im Wortlaut · 19.10.2019", []),
    ],
)
def test_a_name_printed_before_the_date_of_an_unknown_outlets_page_is_its_author(line: str, authors: list[str]) -> None:
    text = f"{HEADLINE}\n\n{line}\n\n{OPENING}\n\n{CLOSING}\n"
    article = normalise_article(text, Options(reference_date=None))
    assert article.byline.authors == authors
    assert article.published_date in ("2019-10-19", "2023-10-24", "2019-10-18")


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Anna Berg Education editor", ["Anna Berg"]),
        ("Anna Berg Senior Writer", ["Anna Berg"]),
        ("Senior Writer", []),  # a role alone names no one
    ],
)
def test_a_name_with_its_role_above_the_stamp_is_the_author(line: str, authors: list[str]) -> None:
    text = f"{HEADLINE}\n\n{line}\n\nSat 19 Oct 2019 06.05 BST\n\n{OPENING}\n\n{CLOSING}\n"
    assert normalise_article(text, Options(reference_date=None)).byline.authors == authors


@pytest.mark.parametrize(
    "paragraph",
    [
        # A paragraph that opens with a date and a name is no blog's line of meta.
        "March 14, 2021 Mark Thompson opened the café on the pier, and the queue reached the gates.",
        "14. März 2021 Lena Vogt eröffnete das Café am Steg, und die Schlange reichte bis zum Tor.",
        # An author box's heading before a sentence, not before a name alone.
        "About the author – Mark Thompson has written three books on the pier and its history.",
    ],
)
def test_a_paragraph_opening_like_a_byline_names_no_author(paragraph: str) -> None:
    text = f"{HEADLINE}\n\n{paragraph}\n\n{OPENING}\n\n{CLOSING}\n"
    article = normalise_article(text, Options(reference_date=None))
    assert article.byline.authors == []
    assert paragraph in article.body
