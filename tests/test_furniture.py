"""The learned furniture model: the trees' arithmetic, the shipped model, what it leaves
out of the body of a page of an outlet no profile knows (a layout copied from real
blogs; the prose and the names are invented), and what it never leaves out."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from service.normalise import Options, furniture, layout, normalise_article, roles
from service.normalise.model import Budget, TimeBudgetExceeded
from service.normalise.pipeline import read

ARTICLE = [
    "Der Gemeinderat hat am Montagabend den Neubau der Fährstation beschlossen, nachdem die Anwohner "
    "monatelang über den Standort gestritten hatten.",
    "Die Bauarbeiten sollen im Frühjahr beginnen und nach Angaben der Stadt etwa zwei Jahre dauern, wobei "
    "der Fährbetrieb weiterlaufen soll.",
    "Die Kosten trägt zu einem Drittel das Land, den Rest übernehmen die Stadt und der Landkreis.",
]
# A blog's tail, as copied: share buttons, other posts, the comment form.
SHARE = ["Teilen mit:", "Facebook", "Twitter", "Gefällt mir:", "Ähnliche Beiträge"]
OTHER_POST = "Neue Radwege am Hafen geplant"
COMMENTS = [
    'In "Stadt"',
    "Kommentar verfassen",
    "Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie deine "
    "Kommentardaten verarbeitet werden.",
]
PAGE = (
    "Startseite\nStadt\nKultur\n\nNeue Fährstation beschlossen\n\n14. Oktober 2024 von Katrin Oberholzer\n\n"
    + "\n\n".join([*ARTICLE, *SHARE, OTHER_POST, *COMMENTS])
    + "\n"
)


def _shipped() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(furniture.MODEL.read_text(encoding="utf-8"))
    return data


def _rows() -> list[list[float]]:
    page = read(PAGE).page
    return furniture.features(page, list(range(page.body_start, page.end)))


@pytest.mark.parametrize("seed", range(3))
def test_the_compiled_trees_add_up_what_walking_them_gives(seed: int) -> None:
    trees = _shipped()["trees"]
    model = furniture.model()
    rng = random.Random(seed)
    rows = _rows()
    rows += [[value + rng.choice((-1.5, -0.5, 0.0, 0.5, 1.5)) for value in row] for row in rows]
    for row in rows:
        assert model.score(row) == pytest.approx(roles.walk(trees, row), abs=1e-9)


def test_the_shipped_model_reads_the_features_the_reader_makes() -> None:
    data = _shipped()
    assert tuple(data["features"]) == furniture.FEATURES
    assert all(len(row) == len(furniture.FEATURES) for row in _rows())
    model = furniture.model()
    assert model.trees == len(data["trees"]) > 0
    assert model.threshold < 0  # a line is left out only when furniture is the likelier
    with pytest.raises(ValueError, match="retrain"):
        furniture.model_from_json({**data, "features": list(furniture.FEATURES[1:])})


def test_another_posts_title_under_the_article_is_left_out_of_the_body() -> None:
    body = normalise_article(PAGE, Options(reference_date=None)).body
    assert body[: len(ARTICLE)] == ARTICLE
    assert OTHER_POST not in body


#: A known gap: the furniture model retrained on pages that end at their related-posts
#: heading leaves out a line of four words without a sentence's end right above a share
#: bar, as a "more information" link would be (held out, the article snippets kept rose
#: from 82.4% to 83.0% of pages all the same).
_MORE_INFO_GAP = pytest.mark.xfail(strict=True, reason="read as a link to more information above furniture")


@pytest.mark.parametrize(
    "last",
    ["Li-Seifen/Mineralöl", "390 kcal", pytest.param("Weitere Informationen beim Verein", marks=_MORE_INFO_GAP)],
)
def test_a_short_last_line_of_the_article_stays(last: str) -> None:
    # A list's last item or a closing note is the article's, though it ends no sentence.
    body = normalise_article(PAGE.replace(SHARE[0], last, 1), Options(reference_date=None)).body
    assert last in body


def test_a_blogs_share_bar_and_comment_form_are_left_out_of_the_body() -> None:
    assert normalise_article(PAGE, Options(reference_date=None)).body == ARTICLE


def test_the_first_line_and_lines_of_cjk_always_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    # A model that finds every line furniture leaves the first line and the lines of
    # Chinese, which it learned too little of to judge.
    text = (
        "Heading\n\nThe first paragraph of the article, as it was printed on the page.\n\n"
        "记者从市政府获悉，新的渡轮码头将于明年春季开工建设。\n\nShare this article\n\nA paragraph in English.\n"
    )
    page = read(text).page
    body = list(range(page.body_start, page.end))
    assert len(body) == 4
    doubting = furniture.Model(lambda row: -100.0, -3.0, 1)
    monkeypatch.setattr(furniture, "model", lambda: doubting)
    assert [page.lines[i].text for i in furniture.article_lines(page, body)] == [
        "The first paragraph of the article, as it was printed on the page.",
        "记者从市政府获悉，新的渡轮码头将于明年春季开工建设。",
    ]


def test_the_features_read_the_requests_deadline() -> None:
    page = read("A line of the body that is long enough.\n" * 300).page
    with pytest.raises(TimeBudgetExceeded):
        furniture.features(page, list(range(len(page.lines))), Budget(0.0))


@pytest.mark.parametrize(
    "heading",
    ["Das könnte Sie auch interessieren", "Ähnliche Artikel", "Schreibe einen Kommentar", "Leave a Reply",
     "Vous aimerez aussi", "Noticias relacionadas", "Czytaj także", "Neueste Kommentare", "Kommentar schreiben",
     "Gib hier deinen Kommentar ein"],
)  # fmt: skip
def test_a_related_posts_heading_ends_the_body_in_the_pages_language(heading: str) -> None:
    # What follows the heading (other posts' titles and teasers, a comment form) is not
    # the article's, however much it reads like it.
    teaser = "Die Stadt plant neue Radwege am Hafen, nachdem die Anwohner lange dafür gekämpft hatten."
    page = PAGE.replace("\n\n".join(SHARE), f"{heading}\n\n{OTHER_POST}\n\n{teaser}", 1)
    body = normalise_article(page, Options(reference_date=None)).body
    assert body == ARTICLE


@pytest.mark.parametrize("heading", ["Auch interessant", "Mehr zum Thema", "Weitere Artikel"])
def test_a_related_box_inside_the_article_is_skipped_and_the_article_resumes(heading: str) -> None:
    # The box's links end no sentence; the article goes on below them and keeps its text.
    box = f"{heading}\n\n{OTHER_POST}\nWinterfahrplan für die Fähre steht fest"
    page = PAGE.replace(f"{ARTICLE[0]}\n\n", f"{ARTICLE[0]}\n\n{box}\n\n", 1)
    assert normalise_article(page, Options(reference_date=None)).body == ARTICLE


LIST_ITEMS = ["Crash Room", "Drei Minuten vom Bahnhof Ostkreuz", "Base Flying", "Zwei Minuten vom Alexanderplatz"]
LIST_PAGE = (
    PAGE.split(SHARE[0])[0] + "\n".join(LIST_ITEMS) + "\n\nRadwege\nHafen\n\nÄhnliche Beiträge\n\n" + OTHER_POST + "\n"
)


def test_the_article_before_an_end_heading_keeps_its_list() -> None:
    # A list that closes the article ends no sentence; before an end heading its items
    # stay (the furniture model judges them), and the tags under them go.
    body = normalise_article(LIST_PAGE, Options(reference_date=None)).body
    assert body[: len(ARTICLE) + 3] == ARTICLE + LIST_ITEMS[:3]
    assert "Hafen" not in body and OTHER_POST not in body


@_MORE_INFO_GAP
def test_the_lists_last_item_before_the_tags_stays() -> None:
    # A known gap: the list's last item, four words without a sentence's end above the
    # tags, reads to the furniture model as a link to more information.
    assert LIST_ITEMS[-1] in normalise_article(LIST_PAGE, Options(reference_date=None)).body


@pytest.mark.parametrize("tail", ["经济 发展 发布会", "责任编辑 王小明"])
def test_a_chinese_line_that_ends_no_sentence_before_an_end_heading_is_trimmed(tail: str) -> None:
    # The furniture model never judges a line of Chinese: before an end heading, a tag
    # line or an editor's line without a sentence's end is trimmed as elsewhere.
    paragraphs = [
        "本市今天举行了新闻发布会，介绍了今年以来经济社会发展的主要情况和下一步工作安排。",
        "发布会上，有关负责人表示，全市上下将继续坚持稳中求进工作总基调，推动高质量发展取得新成效。",
    ]
    page = (
        "海滨日报\n\n本市前三季度经济运行稳中向好\n\n2024年10月14日 10:30\n\n"
        + "\n\n".join(paragraphs)
        + f"\n\n{tail}\n\n相关新闻\n\n他市新闻标题一则\n"
    )
    assert normalise_article(page, Options(reference_date=None)).body == paragraphs


# The site's own notes, invented in the forms the training pages print them: each reads as
# prose, and what it asks or declares makes it the site's.
SITE_NOTES = [
    "Um diesen Beitrag kommentieren zu können, müssen Sie sich registrieren und eingeloggt sein.",
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    "Advertising disclosure: we may receive compensation for some of the links in our stories.",
    "Mit Sternchen markierte Links sind Affiliate-Links: Kaufst du darüber ein, erhalten wir eine Provision.",
    "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden und Daten übertragen werden.",
    "I would like to subscribe to the Harbour Weekly newsletter and receive occasional offers.",
    "Abonnieren Sie unseren kostenlosen Newsletter und erhalten Sie jeden Freitag die wichtigsten Meldungen.",
    "This entry was posted in Stadt and tagged Hafen. Bookmark the permalink.",
    "Der Beitrag wurde am Montag, den 14. Oktober 2024 um 10:12 Uhr veröffentlicht und wurde unter Stadt abgelegt.",
]


@pytest.mark.parametrize("note", SITE_NOTES)
def test_the_sites_own_note_is_left_out_of_the_body(note: str) -> None:
    assert layout.is_site_note(note)
    page = PAGE.replace(f"{ARTICLE[-1]}\n\n", f"{ARTICLE[-1]}\n\n{note}\n\n", 1)
    assert normalise_article(page, Options(reference_date=None)).body == ARTICLE


@pytest.mark.parametrize(
    "line",
    [
        # The outlet's news of its own newsletter, a sales commission, a quoted agreement,
        # a discussion in the council: the article's.
        "Seit Januar bietet die Redaktion einmal im Monat einen Newsletter zu Verkehrsthemen an.",
        "Ohne Aussicht auf eine Provision arbeitet im Vertrieb kaum jemand gern, sagte der Berater.",
        "„Ich bin damit nicht einverstanden“, sagte die Bürgermeisterin nach der Sitzung.",
        "Die Diskussion im Gemeinderat dauerte bis spät in die Nacht, bevor abgestimmt wurde.",
        "The service lets you start a newsletter in minutes, its founder told the conference.",
        "Der Verlag meldet, dass sein Newsletter inzwischen zehntausend Abonnenten hat.",
    ],
)
def test_the_articles_own_words_are_no_site_note(line: str) -> None:
    assert not layout.is_site_note(line)


WRITER = "Katrin Oberholzer"


@pytest.mark.parametrize(
    "note",
    [
        f"{WRITER} ist Redakteurin im Lokalressort und schreibt über Verkehr und Stadtplanung.",
        f"{WRITER} (41) arbeitet seit 2015 als freie Journalistin am Hafen.",
        f"{WRITER.upper()} has covered city hall for the paper since 2019.",
        "Katrin studierte Geografie in Kiel und ist seit 2020 Redakteurin der Zeitung.",
    ],
)
def test_a_note_on_the_bylines_writer_is_left_out_of_the_body(note: str) -> None:
    assert layout.is_author_note(note, [WRITER])
    page = PAGE.replace(f"{ARTICLE[-1]}\n\n", f"{ARTICLE[-1]}\n\n{note}\n\n", 1)
    article = normalise_article(page, Options(reference_date=None))
    assert article.byline.authors == [WRITER]
    assert article.body == ARTICLE


@pytest.mark.parametrize(
    "line",
    [
        # A name the byline did not read, an interview's question, the surname alone, a
        # sentence about the writer that says nothing of what she does: the article's.
        "Martin Oberholzer ist Redakteur im Lokalressort und schreibt über Verkehr.",
        f"{WRITER}: Wie lange hat der Streit um den Standort gedauert?",
        "Oberholzer ist Redakteurin im Lokalressort und schreibt über Verkehr.",
        f"{WRITER} stand am Montag am Anleger und sah der Fähre nach.",
    ],
)
def test_a_line_that_only_names_the_writer_is_no_note_on_her(line: str) -> None:
    assert not layout.is_author_note(line, [WRITER])


@pytest.mark.parametrize("heading", ["2 Gedanken zu „Neue Fährstation beschlossen“", "One thought on “Ferry”"])
def test_a_blogs_comments_heading_ends_the_body(heading: str) -> None:
    comment = "Endlich! Wir warten seit Jahren auf die neue Station und freuen uns sehr darauf."
    page = PAGE.replace(f"{ARTICLE[-1]}\n\n", f"{ARTICLE[-1]}\n\n{heading}\n\nAnna sagt:\n\n{comment}\n\n", 1)
    assert normalise_article(page, Options(reference_date=None)).body == ARTICLE


def test_links_are_counted_whatever_their_case() -> None:
    """The links feature reads the lower-cased line: addresses in capitals count as well."""
    lines = [*ARTICLE, "Mehr unter WWW.FAEHRE-BEISPIEL.DE und HTTPS://beispiel.org", ARTICLE[0]]
    page = read("\n\n".join(lines)).page
    body = list(range(len(page.lines)))
    links = furniture.FEATURES.index("links")
    assert [row[links] for row in furniture.features(page, body)][len(ARTICLE)] == 4
