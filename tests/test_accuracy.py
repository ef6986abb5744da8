"""Accuracy on the real pages of ../shared/corpus, held out from tuning (bench/accuracy.py).

The floors sit a little under what the reader reaches: a change that loses pages fails
here. Raise them as the reader gets better; never lower them to let a change through.
Skips, saying why, where the corpus is absent.
"""

from __future__ import annotations

from datetime import date

import pytest

from bench import accuracy

#: (group, field) -> (least share right, most share wrong), on the held-out pages.
FLOORS = {
    ("all", "headline"): (0.55, 0.085),
    ("all", "date"): (0.76, 0.075),
    ("all", "date_visible"): (0.87, 0.05),
    ("all", "authors"): (0.51, 0.095),
    ("en", "headline"): (0.52, 0.07),
    ("en", "date"): (0.81, 0.07),
    ("en", "date_visible"): (0.90, 0.05),
    ("en", "authors"): (0.56, 0.11),
    ("de", "headline"): (0.53, 0.10),
    ("de", "authors"): (0.41, 0.10),
    # The body holds the article's own text on most pages, and furniture on more than half.
    ("all", "body"): (0.31, 0.69),
    ("all", "body_kept"): (0.81, 0.18),
    ("all", "body_clean"): (0.39, 0.61),
    ("zh", "date"): (0.78, 0.08),
    ("zh", "authors"): (0.64, 0.09),
    # The 来源 of the Chinese pages (fourteen held out).
    ("zh", "sources"): (0.38, 0.10),
}


#: The same for the other renderings: (rendering, group, field) -> floors. A page run onto
#: one line gives no headline from an unknown layout rather than a wrong one. "rendered"
#: is the text newsnorm renders from the page's HTML, read as text; "html" the page's
#: HTML through normalise_html (its markup, and that text); "address" the text as copied
#: sent with the page's address, whose slug and date witness the headline and the day.
RENDERING_FLOORS = {
    ("address", "all", "headline"): (0.69, 0.085),
    ("address", "all", "date"): (0.78, 0.065),
    ("address", "en", "headline"): (0.67, 0.08),
    ("address", "en", "date_visible"): (0.92, 0.04),
    ("oneline", "all", "headline"): (0.0, 0.03),
    # A comment's or an embedded post's stamp read across the cut is no date (35.3% / 5.8%).
    ("oneline", "all", "date"): (0.33, 0.07),
    # The author model sets the rules' names aside there, and reads none of its own (13.3% / 6.1%).
    ("oneline", "all", "authors"): (0.12, 0.075),
    ("oneline", "zh", "sources"): (0.30, 0.10),
    ("title", "all", "headline"): (0.61, 0.07),
    ("rendered", "all", "headline"): (0.54, 0.075),
    ("rendered", "all", "date"): (0.76, 0.09),
    ("rendered", "all", "authors"): (0.51, 0.09),
    ("html", "all", "headline"): (0.85, 0.14),
    ("html", "all", "date"): (0.86, 0.09),
    ("html", "all", "date_visible"): (0.89, 0.08),
    ("html", "all", "authors"): (0.62, 0.14),
    ("html", "en", "headline"): (0.85, 0.14),
    ("html", "en", "date"): (0.89, 0.07),
    ("html", "zh", "date"): (0.88, 0.08),
}

Table = dict[str, dict[str, dict[str, float]]]


@pytest.fixture(scope="module")
def held_out_pages() -> list[accuracy.Page]:
    folder = accuracy.corpus_path()
    pages = accuracy.load_pages(folder)
    if not pages:
        reason = f"the corpus is not at {folder} (set NEWSNORM_CORPUS)"
        print(f"\naccuracy test skipped: {reason}")
        pytest.skip(reason)
    return list(accuracy.select(pages, "held-out"))


@pytest.fixture(scope="module")
def held_out_table(held_out_pages: list[accuracy.Page]) -> Table:
    return accuracy.run(held_out_pages, "text").table()


@pytest.fixture(scope="module")
def rendered_tables(held_out_pages: list[accuracy.Page]) -> dict[str, Table]:
    tables = {kind: accuracy.run(held_out_pages, kind).table() for kind in ("oneline", "title", "rendered", "html")}
    return tables | {"address": accuracy.run(held_out_pages, "text", address=True).table()}


@pytest.mark.parametrize(("rendering", "group", "field"), list(RENDERING_FLOORS))
def test_other_renderings_stay_above_their_floors(
    rendered_tables: dict[str, Table], rendering: str, group: str, field: str
) -> None:
    least_right, most_wrong = RENDERING_FLOORS[(rendering, group, field)]
    rates = rendered_tables[rendering][group][field]
    assert rates["hit"] >= least_right, f"{rendering} {group} {field}: {rates}"
    assert rates["wrong"] <= most_wrong, f"{rendering} {group} {field}: {rates}"


@pytest.mark.parametrize(("group", "field"), list(FLOORS))
def test_held_out_pages_stay_above_the_floors(held_out_table: Table, group: str, field: str) -> None:
    least_right, most_wrong = FLOORS[(group, field)]
    rates = held_out_table[group][field]
    assert rates["hit"] >= least_right, f"{group} {field}: {rates}"
    assert rates["wrong"] <= most_wrong, f"{group} {field}: {rates}"


# -- the measuring itself ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Published 2019-10-19 08:00", date(2019, 10, 19)),
        ("Stand: 19.10.2019, 08:00 Uhr", date(2019, 10, 19)),
        ("19. Oktober 2019", date(2019, 10, 19)),
        ("October 19th, 2019", date(2019, 10, 19)),
        ("le 19 oct. 2019", date(2019, 10, 19)),
        ("19 de octubre de 2019", date(2019, 10, 19)),
        ("2019年10月19日 08:00", date(2019, 10, 19)),
        ("10/19/2019", date(2019, 10, 19)),
    ],
)
def test_a_labelled_day_is_seen_in_the_forms_pages_write_it(text: str, day: date) -> None:
    assert day in accuracy.visible_days(text)


def test_a_day_not_written_is_not_seen() -> None:
    assert accuracy.visible_days("Updated 12:30, 3 hours ago; 31.02.2019 is no day") == set()


def test_author_labels_are_compared_as_sets_of_names() -> None:
    assert accuracy.author_names("Jane Doe; John Smith") == accuracy.author_names(["john  smith", "Jane Doe"])
    assert accuracy.author_names("Anna Müller und Tom Berg") == {"anna müller", "tom berg"}


def test_the_held_out_share_is_fixed_by_id() -> None:
    ids = [f"page-{n}" for n in range(2000)]
    share = sum(map(accuracy.held_out, ids)) / len(ids)
    assert 0.25 < share < 0.35
    assert [accuracy.held_out(i) for i in ids[:50]] == [accuracy.held_out(i) for i in ids[:50]]


def test_a_pages_copies_fall_in_one_split() -> None:
    # The trafilatura and htmldate sets share pages: a copy in the training split would
    # let a model be measured on a page it learned from.
    def page(page_id: str, text: str, url: str = "") -> accuracy.Page:
        return accuracy.Page(page_id, "test", {}, text, "", url)

    pages = accuracy._groups(
        [
            page("b-copy", "Same words.", "https://www.example.com/a/"),
            page("a-first", "Same words."),
            page("c-address", "Other words.", "http://example.com/a"),
            page("d-alone", "Words of its own.", "https://example.com/d"),
        ]
    )
    assert [p.group for p in pages] == ["a-first", "a-first", "a-first", "d-alone"]
    assert len({p.held_out for p in pages[:3]}) == 1


def test_a_peers_answer_is_put_in_the_articles_shape() -> None:
    # bench.peers scores trafilatura's and newspaper4k's answers as newsnorm's: an author
    # string is split into names, a timestamp cut to its day.
    from bench import peers

    article = peers._article("Harbour town keeps its pier", "2024-03-05T10:00:00", "Jane Doe and John Smith")
    assert article == {
        "headline": "Harbour town keeps its pier",
        "published_date": "2024-03-05",
        "byline": {"authors": ["jane doe", "john smith"]},
    }
    assert peers._article(None, "not a date", ["A"])["published_date"] is None


def test_a_body_is_scored_by_the_snippets_it_holds_and_leaves_out() -> None:
    page = accuracy.Page(
        "p",
        "trafilatura",
        {"with": ["The council  voted", "repairs will start"], "without": ["Subscribe to our newsletter"]},
        "",
        "",
    )
    clean = {"body": ["The council voted on Tuesday.", "The repairs will start in May."]}
    leaky = {"body": [*clean["body"], "Subscribe to our newsletter for more."]}
    short = {"body": ["The council voted on Tuesday."]}
    report = accuracy.Report()
    for article in (clean, leaky, short, {"body": []}):
        accuracy.score_page(page, article, "", report)
    table = report.table()["other"]
    assert table["body"]["hit"] == pytest.approx(0.25)  # the clean one only
    assert table["body_kept"]["hit"] == pytest.approx(0.5)  # clean and leaky
    assert table["body_clean"]["hit"] == pytest.approx(0.5)  # clean and short
    assert table["body"]["cover"] == pytest.approx(0.75)  # an empty body answers nothing


def test_body_snippets_are_compared_without_what_the_contract_removes() -> None:
    # A label's snippet keeps a soft hyphen or an invisible separator that the body,
    # by the contract, never holds.
    assert accuracy._as_compared("tragen auch der Klima\xadwandel ") == "tragen auch der Klimawandel"
    assert accuracy._as_compared("120g kway teow\u2063  (flat)") == "120g kway teow (flat)"
