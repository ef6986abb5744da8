"""HTML input: what the markup states, how it is rendered, and which source wins.

The pages here are small and invented; each puts one markup habit of real pages in
front of the reader (JSON-LD in an @graph with its author by reference, a broken block,
a site's name after the title, a logo in an <h1>) and checks the Article's member.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from schemas import ArticleSchema
from service.normalise import Options, normalise_html
from service.normalise.markup import Found, parse_instant, read_markup
from service.normalise.pipeline import Extraction

BODY = (
    "<p>The city council approved a plan on Tuesday to plant ten thousand trees along the river, "
    "officials said, after a year of consultation with residents.</p>"
    "<p>Work will begin in the spring and is expected to take three years to complete.</p>"
)


def page(head: str = "", body: str = "", *, lang: str = "en") -> str:
    return f'<!DOCTYPE html><html lang="{lang}"><head>{head}</head><body>{body}{BODY}</body></html>'


def json_ld(data: Any) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def article(html: str, **options: Any) -> dict[str, Any]:
    return dict(ArticleSchema().dump(normalise_html(html, Options(**options))))


# -- JSON-LD --------------------------------------------------------------------------


def test_json_ld_in_a_graph_with_its_author_by_reference() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "@id": "#site", "name": "Riverside Herald"},
            {"@type": "Person", "@id": "#p1", "name": "Ana Ruiz"},
            {
                "@type": "NewsArticle",
                "headline": "Council backs river tree plan",
                "datePublished": "2024-03-05T09:15:27+01:00",
                "author": [{"@id": "#p1"}, {"@type": "Person", "name": "Tom Reed"}],
                "articleSection": ["Local", "Environment"],
                "publisher": {"@type": "Organization", "name": "Riverside Herald"},
            },
        ],
    }
    got = article(page(json_ld(graph)), provenance=True)
    assert got["headline"] == "Council backs river tree plan"
    assert got["published_at"] == "2024-03-05T16:15:27+08:00"  # its own zone, converted; seconds kept
    assert got["published_date"] == "2024-03-05"
    assert got["byline"]["authors"] == ["Ana Ruiz", "Tom Reed"]
    assert got["section"] == "Local"
    assert got["outlet"] == "Riverside Herald"
    assert not [w for w in got["warnings"] if w["field"] == "published_at"]
    assert got["provenance"]["published_at"] == {
        "raw": "2024-03-05T09:15:27+01:00",
        "source": "markup",
        "locator": "json-ld/0/@graph/2/datePublished",
    }
    assert got["provenance"]["byline.authors.0"]["locator"] == "json-ld/0/@graph/1/name"


def test_a_blogger_who_publishes_the_site_is_its_author() -> None:
    # A blog's writer, stated as Person and Organization at once, and as its publisher.
    writer = {"@type": ["Person", "Organization"], "@id": "#writer", "name": "Jonas Wendt"}
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            writer,
            {
                "@type": "BlogPosting",
                "headline": "Pike in the cold months",
                "author": {"@id": "#writer"},
                "publisher": {"@id": "#writer"},
            },
        ],
    }
    got = article(page(json_ld(graph)))
    assert (got["byline"]["authors"], got["byline"]["organisation"]) == (["Jonas Wendt"], None)
    # An organisation alone is the byline's organisation, no author.
    writer["@type"] = "Organization"
    got = article(page(json_ld(graph)))
    assert (got["byline"]["authors"], got["byline"]["organisation"]) == ([], "Jonas Wendt")


@pytest.mark.parametrize(
    "block",
    [
        '{"@type": "NewsArticle", "headline": "Council backs river tree plan",}',  # a trailing comma
        '<!-- {"@type": "NewsArticle", "headline": "Council backs river tree plan"} -->',
        '{"@type": "WebPage"}\n{"@type": "NewsArticle", "headline": "Council backs river tree plan"}',
        '[{"@type": ["Article", "NewsArticle"], "headline": "Council backs river tree plan"}]',
        '{"@type": "NewsArticle", "headline": "Council backs river\ttree plan"}',  # a raw tab
    ],
)
def test_json_ld_as_real_pages_break_it(block: str) -> None:
    html = page(f'<script type="application/ld+json">{block}</script>')
    assert read_markup(html).headlines[0].value == "Council backs river tree plan"


def test_json_ld_that_is_no_json_is_skipped_and_the_rest_read() -> None:
    html = page(
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
        '<meta property="og:title" content="Council backs river tree plan">'
    )
    assert article(html)["headline"] == "Council backs river tree plan"


def test_an_organization_as_author_is_the_organisation_and_an_agency_is_no_person() -> None:
    data = {"@type": "NewsArticle", "headline": "Plan approved", "author": {"@type": "Organization", "name": "AFP"}}
    got = article(page(json_ld(data)))
    assert got["byline"] == {"authors": [], "organisation": "AFP"}
    got = article(page('<meta name="author" content="By Reuters">'))
    assert got["byline"] == {"authors": [], "organisation": "Reuters"}


@pytest.mark.parametrize(
    ("stated", "authors"),
    [
        ("Ana Ruiz, Tom Reed", ["Ana Ruiz", "Tom Reed"]),
        ("oradmin", ["oradmin"]),  # a user's name, as the CMS states it
        ("Maria de la Cruz", ["Maria de la Cruz"]),
        ("riverside-herald.example.com, Frankfurt, Germany", []),  # the site and its place
        ("riverside-herald.example.com, Anna Meyer", ["Anna Meyer"]),  # the site and its writer
        ("deinen Hochzeitsbloggern", []),  # "your wedding bloggers": a phrase
        ("ter Stegen, Marc", ["ter Stegen", "Marc"]),
        ("john smith", ["john smith"]),  # a name in lower case throughout
        # German organisations, by a word or a compound's end: no person.
        ("Hanns-Seidel-Stiftung", []),
        ("Deutscher Caritasverband", []),
        ("Riverside Medien GmbH", []),
        ("Ruderverein Riverside e.V.", []),
        ("Anna Verlagsmann", ["Anna Verlagsmann"]),  # the word inside a name is no compound's end
        # A spaced pipe or slash ends the names: their outlet follows, or more writers.
        ("Ana Ruiz | Riverside Herald", ["Ana Ruiz"]),
        ("Ana Ruiz, Tom Reed | RIVERSIDE HERALD", ["Ana Ruiz", "Tom Reed"]),
        ("Ana Ruiz / dpa", ["Ana Ruiz"]),
        ("A. Ruiz / T. Reed", ["A. Ruiz", "T. Reed"]),
        ("riverside-herald.example.com / Riverside Online", []),
        ("riverside herald | the city's own paper | RH", []),  # a site's name in parts
        # The outlet they wrote for ends the names.
        ("By Ana Ruiz And Tom Reed For The Riverside Herald", ["Ana Ruiz", "Tom Reed"]),
        ("By Ana Ruiz for Riverside-Herald.example.com", ["Ana Ruiz"]),
        # Initials, a role or an agency in parentheses after a name; a photographer wrote nothing.
        ("Ana Ruiz (ar)", ["Ana Ruiz"]),
        ("Ana Ruiz (Text), Tom Reed (Fotos)", ["Ana Ruiz"]),
        ("Ana Ruiz, Tom Reed (Fotos und Video)", ["Ana Ruiz"]),
        ("Ana Ruiz, Reuters (Video)", ["Ana Ruiz"]),
        ("Ana Ruiz, Tom Reed (Video)", ["Ana Ruiz"]),
        # Inside the parentheses, "und" and commas join roles, not people.
        ("Ana Ruiz (Text und Fotos)", ["Ana Ruiz"]),
        ("Ana Ruiz, Tom Reed (Text, Fotos)", ["Ana Ruiz", "Tom Reed"]),
        ("Ana Ruiz (Text und Fotos) und Tom Reed", ["Ana Ruiz", "Tom Reed"]),
        ("Text: Ana Ruiz, Fotos: Tom Reed", ["Ana Ruiz"]),
        ("Ana Ruiz Photo: Tom Reed", ["Ana Ruiz"]),
    ],
)
def test_an_author_meta_names_people_not_a_site_or_a_phrase(stated: str, authors: list[str]) -> None:
    got = article(page(f'<meta name="author" content="{stated}">', "<h1>Council backs river tree plan</h1>"))
    assert got["byline"]["authors"] == authors


@pytest.mark.parametrize(
    ("ld_name", "authors"),
    [
        ("ana.ruiz", ["Ana Ruiz"]),  # a handle yields to the name in full below it
        ("Ana", ["Ana Ruiz"]),  # so does a first name
        ("Tom Reed", ["Tom Reed"]),  # a name in full keeps its precedence
    ],
)
def test_a_one_word_author_yields_to_a_later_source_that_names_someone_in_full(
    ld_name: str, authors: list[str]
) -> None:
    author = {"@type": "Person", "name": ld_name}
    head = json_ld({"@type": "NewsArticle", "headline": "Council backs river tree plan", "author": author})
    head += '<meta name="author" content="Ana Ruiz">'
    got = article(page(head, "<h1>Council backs river tree plan</h1>"))
    assert got["byline"]["authors"] == authors


def test_markup_and_a_printed_byline_that_name_others_give_no_author() -> None:
    # The page prints the markup's name too (in the author's box of the site's editor).
    body = "<h1>Council backs river tree plan</h1><p>By Tom Reed</p><aside><p>Ana Ruiz</p></aside>"
    got = article(page('<meta name="author" content="Ana Ruiz">', body))
    assert got["byline"]["authors"] == []
    [conflict] = [w for w in got["warnings"] if w["field"] == "byline.authors"]
    assert conflict["code"] == "markup_conflict"
    assert "Ana Ruiz" in conflict["message"] and "Tom Reed" in conflict["message"]
    # No span is left for the authors given up.
    spans = article(page('<meta name="author" content="Ana Ruiz">', body), provenance=True)["provenance"]
    assert not [key for key in spans if key.startswith("byline")]
    # When they share a name, the markup's list stands.
    got = article(page('<meta name="author" content="Tom Reed, Ana Ruiz">', body))
    assert got["byline"]["authors"] == ["Tom Reed", "Ana Ruiz"]


def test_an_author_meta_alone_that_the_page_prints_nowhere_yields_to_the_printed_byline() -> None:
    # A site's setting for all its pages, naming its publisher or another of its titles in
    # words that read as a name: the byline the page prints stands, the conflict warned.
    body = "<h1>Council backs river tree plan</h1><p>Text und Fotos: Tom Reed</p>"
    got = article(page('<meta name="author" content="Garten Illustrierte">', body))
    assert got["byline"]["authors"] == ["Tom Reed"]
    [conflict] = [w for w in got["warnings"] if w["field"] == "byline.authors"]
    assert conflict["code"] == "markup_conflict" and conflict["message"].endswith("; the printed byline stands")
    by = "<h1>Council backs river tree plan</h1><p>By Tom Reed</p>"
    assert article(page('<meta name="author" content="Garten Illustrierte">', by))["byline"]["authors"] == ["Tom Reed"]
    # Not a JSON-LD author, which the site states for this article; nor a meta that names
    # someone the page prints.
    person = {"@type": "Person", "name": "Kate Doyle"}
    stated = json_ld({"@type": "NewsArticle", "headline": "Council backs river tree plan", "author": person})
    assert article(page(stated, body))["byline"]["authors"] == []
    printed = body + "<aside><p>Kate Doyle</p></aside>"
    assert article(page('<meta name="author" content="Kate Doyle">', printed))["byline"]["authors"] == []


@pytest.mark.parametrize(
    ("head", "authors", "kept"),
    [
        # Two markup sources against the byline: the markup's name stands.
        (
            '<meta name="author" content="Ana Ruiz"><meta name="parsely-author" content="Ana Ruiz">',
            ["Ana Ruiz"],
            "; the markup's stands",
        ),
        # A later markup source backs the printed byline: it stands, with the conflict named.
        (
            '<meta name="author" content="Kate Doyle"><meta name="parsely-author" content="Tom Reed">',
            ["Tom Reed"],
            "; the printed byline stands",
        ),
        # The markup's "author" is no person but its publisher: the printed person stands.
        ('<meta name="author" content="Freunde der Stadtbäume">', ["Tom Reed"], "; the printed byline stands"),
    ],
)
def test_other_markup_sources_settle_a_conflict_with_the_printed_byline(
    head: str, authors: list[str], kept: str
) -> None:
    got = article(page(head, "<h1>Council backs river tree plan</h1><p>By Tom Reed</p>"))
    assert got["byline"]["authors"] == authors
    [conflict] = [w for w in got["warnings"] if w["field"] == "byline.authors"]
    assert conflict["code"] == "markup_conflict" and conflict["message"].endswith(f"'Tom Reed'{kept}")


@pytest.mark.parametrize(
    ("stated", "printed", "authors"),
    [
        ("Ana Ruiz", "<p>By Ana Ruiz Vom</p>", ["Ana Ruiz"]),  # a word the byline took too many
        ("Ana Ruiz Fr", "<p>By Ana Ruiz</p>", ["Ana Ruiz"]),  # and one the markup took
        ("Ana", "<p>By Ana Ruiz</p>", ["Ana Ruiz"]),  # a given name alone is not the shorter
        ("Ana Ruiz", "<p>By Ana</p>", ["Ana Ruiz"]),
    ],
)
def test_one_name_read_longer_on_one_side_is_the_shorter(stated: str, printed: str, authors: list[str]) -> None:
    got = article(page(f'<meta name="author" content="{stated}">', f"<h1>Council backs river tree plan</h1>{printed}"))
    assert got["byline"]["authors"] == authors


def test_a_link_marked_rel_author_may_name_a_handle_but_no_cms_account() -> None:
    body = '<h1>Council backs river tree plan</h1><p><a rel="author" href="/u/{0}">{0}</a></p>'
    assert article(page("", body.format("karstenruppert")))["byline"]["authors"] == ["karstenruppert"]
    assert article(page("", body.format("wordpressadmin")))["byline"]["authors"] == []
    # An element classed "author" is looser: only a person's name counts there.
    loose = '<h1>Council backs river tree plan</h1><p class="author">karstenruppert</p>'
    assert article(page("", loose))["byline"]["authors"] == []


def test_a_recipe_or_a_forum_post_states_its_author_as_an_article_does() -> None:
    for kind in ("Recipe", "DiscussionForumPosting", "HowTo"):
        data = {"@type": kind, "name": "Plum cake with cream", "author": {"@type": "Person", "name": "Ana Ruiz"}}
        got = article(page(json_ld(data), "<h1>Plum cake with cream</h1>"))
        assert (got["headline"], got["byline"]["authors"]) == ("Plum cake with cream", ["Ana Ruiz"])


def test_the_markups_authors_end_the_texts_doubt_about_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    # The text reader read "Harbour Desk" and its author model doubted it (low_confidence);
    # the markup names the author, so the answer gives that name and no doubt.
    from service.normalise import authors

    def unsure(page: Any, headline: Any, ruled: Any = (), budget: Any = None) -> authors.Judgement:
        return authors.Judgement(None, 0.4, True, False, False)  # the rules' names seen, and doubted

    monkeypatch.setattr(authors, "judge", unsure)
    body = "<h1>Council backs river tree plan</h1><p>By Harbour Desk</p>"
    got = article(page('<meta name="author" content="Ana Ruiz">', body))
    assert got["byline"]["authors"] == ["Ana Ruiz"]
    assert not [w for w in got["warnings"] if w["field"] == "byline.authors"]
    # Without the markup's author, the doubt stands and the text's name is withheld.
    got = article(page("", body))
    assert got["byline"]["authors"] == []
    assert [w["code"] for w in got["warnings"] if w["field"] == "byline.authors"] == ["low_confidence"]


def test_a_printed_byline_that_names_the_markups_author_and_more_stands() -> None:
    # The markup states the first of two writers alone; the page prints both.
    body = "<h1>Council backs river tree plan</h1><p>By Ana Ruiz and Tom Reed</p>"
    got = article(page('<meta name="author" content="Ana Ruiz">', body))
    assert got["byline"]["authors"] == ["Ana Ruiz", "Tom Reed"]
    assert not [w for w in got["warnings"] if w["field"] == "byline.authors"]


def test_microdata_authors_of_comments_and_of_other_articles_cards_are_not_the_pages() -> None:
    card = '<div itemscope itemtype="https://schema.org/BlogPosting"><span itemprop="author">by {}</span></div>'
    body = (
        '<article itemscope itemtype="https://schema.org/BlogPosting"><h1>Council backs river tree plan</h1>'
        '<span itemprop="author">by Ana Ruiz</span>'
        f"<aside>{card.format('Tom Reed')}{card.format('Kate Doyle')}</aside></article>"
    )
    assert article(page("", body))["byline"]["authors"] == ["Ana Ruiz"]
    # A reader's comment states its writer as an author too; the writer's link stands.
    comment = '<li itemprop="comment" itemscope><span itemprop="author" itemscope>Herr Kurt Lamm</span></li>'
    link = '<p><a rel="author" href="/team/ana">Ana Ruiz</a></p>'
    body = f"<h1>Council backs river tree plan</h1>{link}<ul>{comment}</ul>"
    assert article(page("", body))["byline"]["authors"] == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("stated", "printed", "authors"),
    [
        ("Ana", "<p>Eine Glosse von Ana Ruiz</p>", ["Ana Ruiz"]),  # the name in full ends a line
        ("Ana", "<p>Ana Ruiz - Stadtgärtnerin und Autorin</p>", ["Ana Ruiz"]),  # a dash follows it
        ("Ana", "<p>Ana Ruiz, Stadtgärtnerin</p>", ["Ana"]),  # a tag list's or a sentence's next word
        ("Ana", "<p>Ein Gespräch mit Ana Ruiz</p><p>Ana Lopez</p>", ["Ana"]),  # two names in full: which?
        ("Ana", "<p>Eine Glosse von Ana Ruiz</p><p>Ana Lopez</p>", ["Ana Ruiz"]),  # a byline prints one of them
    ],
)
def test_a_given_name_alone_in_the_markup_is_the_full_name_the_page_prints(
    stated: str, printed: str, authors: list[str]
) -> None:
    body = f"<h1>Council backs river tree plan</h1>{BODY}{printed}"
    assert article(page(f'<meta name="author" content="{stated}">', body))["byline"]["authors"] == authors


@pytest.mark.parametrize(
    ("account", "printed", "authors"),
    [
        ("anaruiz", "<p>Dieses Blog von Ana Ruiz steht unter einer freien Lizenz.</p>", ["Ana Ruiz"]),
        ("ana-ruiz", "<p>Dieses Blog von Ana Ruiz steht unter einer freien Lizenz.</p>", ["Ana Ruiz"]),
        # The page prints no full name that its account names: the initials stand.
        ("anaruiz", "<p>Dieses Blog von Alba Rojas steht unter einer freien Lizenz.</p>", ["AR"]),
        ("redaktion", "<p>Dieses Blog von Ana Ruiz steht unter einer freien Lizenz.</p>", ["AR"]),
    ],
)
def test_initials_in_the_markup_are_the_full_name_the_authors_account_names(
    account: str, printed: str, authors: list[str]
) -> None:
    byline = f'<p class="post-info">Posted by <a href="/author/{account}/" rel="author">AR</a> in Garten</p>'
    body = f"<h1>Council backs river tree plan</h1>{byline}{BODY}{printed}"
    assert article(page("", body))["byline"]["authors"] == authors


def test_initials_take_no_other_writers_account() -> None:
    byline = '<p class="post-info">Posted by <a href="/author/ar/" rel="author">AR</a> in Garten</p>'
    more = '<aside><h3>More stories</h3><a href="/author/ana-ruiz/">Ana Ruiz</a></aside>'
    body = f"<h1>Council backs river tree plan</h1>{byline}{BODY}{more}"
    assert article(page("", body))["byline"]["authors"] == ["AR"]


@pytest.mark.parametrize(
    ("stated", "authors"),
    [
        ("Ana Ruiz im Gespräch mit Tom Reed", ["Ana Ruiz", "Tom Reed"]),
        ("Ana Ruiz in conversation with Tom Reed", ["Ana Ruiz", "Tom Reed"]),
        ("Redaktion im Gespräch mit Tom Reed", []),  # the guest alone is no author
    ],
)
def test_an_interviews_two_voices_in_a_byline_element_are_its_authors(stated: str, authors: list[str]) -> None:
    byline = f'<p class="author">{stated}</p>'
    body = f"<h1>Council backs river tree plan</h1>{BODY}{byline}"
    assert article(page("", body))["byline"]["authors"] == authors


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="dc:creator" content="Ana Ruiz">',
        '<meta name="DCTERMS.creator" content="Ana Ruiz">',
        '<meta property="og:article:author" content="Ana Ruiz">',
        '<meta property="cXenseParse:author" content="Ana Ruiz">',
        json_ld(
            {
                "@type": "NewsArticle",
                "headline": "Council backs river tree plan",
                "author": {"@type": "Person", "givenName": "Ana", "familyName": "Ruiz"},
            }
        ),
    ],
)
def test_more_author_metas_and_a_json_ld_name_in_parts_are_read(head: str) -> None:
    assert [[found.value for found in group] for group in read_markup(page(head)).authors] == [["Ana Ruiz"]]


def test_a_blogs_post_that_a_script_template_shows_is_read_from_its_noscript_copy() -> None:
    post = '<span class="byline-author">Posted by Ana Ruiz and Tom Reed</span><p>Trees for the river.</p>'
    body = (
        "<h1>Council backs river tree plan</h1>"
        f"<script type='text/template'>{post}</script>\n<noscript>{post}</noscript>"
        "<noscript><p>Please enable scripts.</p></noscript>"
    )
    got = read_markup(page("", body))
    assert "Trees for the river." in got.text
    assert "Please enable scripts." not in got.text  # another <noscript> is cut as before
    assert article(page("", body))["byline"]["authors"] == ["Ana Ruiz", "Tom Reed"]


def test_a_templates_copy_keeps_all_its_paragraphs_past_a_pictures_own_noscript() -> None:
    post = (
        "<p>Trees for the river.</p><img data-src='a.jpg'><noscript><img src='a.jpg'></noscript>"
        "<p>Shade for the path.</p><p>Work starts in spring.</p>"
    )
    template = f"<script type='text/template'>{post}</script><noscript>{post}</noscript>"
    body = f"<h1>Council backs river tree plan</h1>{template}"
    got = read_markup(page("", body)).text
    assert all(words in got for words in ("Trees for the river.", "Shade for the path.", "Work starts in spring."))


def test_links_to_authors_pages_name_the_authors_when_nothing_else_does() -> None:
    links = '<p><a href="/team/autoren/ana-ruiz">Ana Ruiz</a>, <a href="/team/autoren/tom-reed">Tom Reed</a></p>'
    more = '<p><a href="https://example.org/author/ana/">Zeige alle Beiträge von Ana Ruiz →</a></p>'
    assert article(page("", f"<h1>Council backs river tree plan</h1>{links}"))["byline"]["authors"] == [
        "Ana Ruiz",
        "Tom Reed",
    ]
    assert article(page("", f"<h1>Council backs river tree plan</h1>{more}"))["byline"]["authors"] == ["Ana Ruiz"]
    # A list of posts links each post's writer (a handle among them): no byline.
    listing = "".join(f'<p><a href="/author/{n}/">{n}</a></p>' for n in ("Ana Ruiz", "kurtl", "Tom Reed"))
    assert article(page("", f"<h1>Council backs river tree plan</h1>{listing}"))["byline"]["authors"] == []
    # A page's other sources come first.
    head = '<meta name="author" content="Kate Doyle">'
    assert article(page(head, f"<h1>Council backs river tree plan</h1>{links}"))["byline"]["authors"] == ["Kate Doyle"]


def test_entities_a_cms_escaped_into_a_json_ld_authors_name_are_read() -> None:
    author: Any = {"@type": "Person", "name": "Jos&#xE9; Ruiz"}
    data = {"@type": "NewsArticle", "headline": "Plan approved", "author": author}
    assert article(page(json_ld(data)))["byline"]["authors"] == ["José Ruiz"]
    data["author"] = ["Ana Ru&iacute;z"]
    assert article(page(json_ld(data)))["byline"]["authors"] == ["Ana Ruíz"]


def test_an_author_fields_agency_after_a_separator_is_the_organisation() -> None:
    got = article(page('<meta name="author" content="Ana Ruiz | Reuters">', "<h1>Council backs river tree plan</h1>"))
    assert got["byline"] == {"authors": ["Ana Ruiz"], "organisation": "Reuters"}


def test_the_name_that_signs_the_article_is_its_author_when_nothing_else_names_one() -> None:
    heading = "<h1>Council backs river tree plan</h1>"
    signed = f"<div>{BODY}<p><strong>Ana Ruiz</strong></p></div>"
    assert article(page("", heading + signed))["byline"]["authors"] == ["Ana Ruiz"]
    assert article(page("", heading + signed.replace("strong", "i")))["byline"]["authors"] == ["Ana Ruiz"]
    # The markup's author comes first.
    head = '<meta name="author" content="Kate Doyle">'
    assert article(page(head, heading + signed))["byline"]["authors"] == ["Kate Doyle"]
    assert read_markup(page("", heading + signed)).signature == Found("Ana Ruiz", "p>b:last-child")
    # A name in bold that a paragraph follows heads a part, or is a quote's speaker.
    heads = f"<div>{BODY}<p><b>Ana Ruiz</b></p><p>Ana Ruiz chairs the committee on parks and open spaces.</p></div>"
    assert read_markup(page("", heading + heads)).signature is None
    # A list of posts, each signed: no one's byline.
    listing = f"<div>{BODY}<p><b>Ana Ruiz</b></p></div><div>{BODY}<p><b>Tom Reed</b></p></div>"
    assert read_markup(page("", heading + listing)).signature is None
    # Words in bold that are no name; a name in a paragraph of its own words.
    assert read_markup(page("", heading + signed.replace("Ana Ruiz", "Read more"))).signature is None
    plain = f"<div>{BODY}<p>Ana Ruiz</p></div>"
    assert read_markup(page("", heading + plain)).signature is None


@pytest.mark.parametrize(
    ("element", "authors"),
    [
        ('<p class="author">Interview: Ana Ruiz</p>', ["Ana Ruiz"]),  # a label with its colon
        ('<p class="author">Ana Ruiz y Tom ReedHace 2 horas</p>', ["Ana Ruiz", "Tom Reed"]),  # a tail glued on
        ('<p class="author">Ana Ruiz und Tom Reed</p>', ["Ana Ruiz", "Tom Reed"]),
        ('<p class="author">Ana RuizUpdated: May 2, 2024</p>', ["Ana Ruiz"]),  # a stamp's label glued on
        ('<p class="author">Ana Ruiz Aktualisiert am Montag</p>', ["Ana Ruiz"]),
        ('<p class="author">vom Gartenfreund</p>', ["Gartenfreund"]),  # "vom": "by the"
    ],
)
def test_a_byline_elements_label_and_tail_are_no_part_of_its_names(element: str, authors: list[str]) -> None:
    assert article(page("", f"<h1>Council backs river tree plan</h1>{element}"))["byline"]["authors"] == authors


@pytest.mark.parametrize(
    "element",
    [
        '<span class="authorname-txt"><span>Ana Ruiz</span></span>',
        '<div class="autor"><h6>Ana Ruiz | Publicado hace 3 horas</h6></div>',
        '<p class="auteur">Ana Ruiz</p>',
    ],
)
def test_more_byline_classes_name_the_author(element: str) -> None:
    assert article(page("", f"<h1>Council backs river tree plan</h1>{element}"))["byline"]["authors"] == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("element", "name"),
    [
        # A user's handle keeps its digits; a date glued to a name still ends it.
        ('<div class="author">Author: <a href="/profile?id=7">Kiwi2go</a> am 12.03.2011</div>', "Kiwi2go"),
        ('<p class="author">Ana Ruiz12.03.2011, 09:40</p>', "Ana Ruiz"),
        ('<p class="author">Ana Ruiz » 12.03.2011</p>', "Ana Ruiz"),
        # A stamp glued to a name of several words ends it at its digit.
        ('<div class="author">Ana Ruiz<span>3 hours ago</span></div>', "Ana Ruiz"),
        ('<div class="author"><span>Ana Ruiz</span><time>12 March 2021</time></div>', "Ana Ruiz"),
        # A byline's link to the writer's own site is no logo of this one.
        ('<p>Guest post by <a class="author" href="https://anaruiz.example/">Ana Ruiz</a></p>', "Ana Ruiz"),
    ],
)
def test_a_byline_elements_name_ends_at_a_date_not_at_a_handles_digits(element: str, name: str) -> None:
    assert read_markup(page("", element)).authors == [[Found(name, "[class=author]")]]


def test_a_byline_link_to_this_sites_home_is_its_logo() -> None:
    html = page(
        '<link rel="canonical" href="https://gartenblog.example/2021/03/pier">',
        '<a class="author" href="https://gartenblog.example/">Gartenblog-Archiv</a>'
        '<h1>Council backs river tree plan</h1><p class="author">Ana Ruiz</p>',
    )
    assert read_markup(html).authors == [[Found("Ana Ruiz", "[class=author]")]]


def test_a_blogs_logo_marked_as_its_authors_card_is_no_byline() -> None:
    logo = '<h1 class="vcard author"><a href="https://gartenblog.example/" class="fn">Gartenblog-Archiv</a></h1>'
    byline = '<h4 class="vcard author">vom <span class="fn">Gartenfreund</span></h4>'
    body = "<h2>Council backs river tree plan</h2>"
    assert article(page("", f"{logo}{body}{byline}"))["byline"]["authors"] == ["Gartenfreund"]


def test_a_byline_elements_handle_counts_when_a_link_to_an_authors_page_names_it_too() -> None:
    backed = '<p class="author"><a href="/author/kruppert/">kruppert</a></p>'
    assert article(page("", f"<h1>Council backs river tree plan</h1>{backed}"))["byline"]["authors"] == ["kruppert"]
    alone = '<p class="author">kruppert</p><p><a href="/author/tomreed/">tomreed</a></p>'
    assert article(page("", f"<h1>Council backs river tree plan</h1>{alone}"))["byline"]["authors"] == []


def test_a_persons_own_site_named_after_them_keeps_them_as_the_author() -> None:
    # A personal site bears its writer's name: only the site's whole name is the site's.
    head = '<meta property="og:site_name" content="Maria Lopez">'
    head += json_ld(
        {"@type": "BlogPosting", "headline": "Council backs river tree plan", "author": "Maria Lopez Garcia"}
    )
    assert article(page(head, "<h1>Council backs river tree plan</h1>"))["byline"]["authors"] == ["Maria Lopez Garcia"]
    head = '<meta property="og:site_name" content="Riverside Gazette">'
    head += json_ld({"@type": "NewsArticle", "headline": "Council backs the plan", "author": "Riverside Gazette"})
    assert article(page(head, "<h1>Council backs river tree plan</h1>"))["byline"]["authors"] == []


@pytest.mark.parametrize(
    ("site", "author", "authors"),
    [
        # A site's name of two words or more that ends the name: its publisher.
        ("Riverside Gazette", "Editora Riverside Gazette", []),
        ("Riverside Gazette", "Dr. Riverside Gazette", ["Dr. Riverside Gazette"]),  # a person's title before it
        # The site's desk, or its name with a desk's word.
        ("Riverside Gazette", "Redaktion Riverside Gazette", []),
        ("Gazette", "Gazette Redaktion", []),
        ("Riverside Gazette", "Riverside Gazette Online", []),
        # A person's own site opens their name.
        ("Maria Lopez", "Maria Lopez Garcia", ["Maria Lopez Garcia"]),
    ],
)
def test_an_author_that_holds_the_sites_name_is_its_publisher_or_desk(
    site: str, author: str, authors: list[str]
) -> None:
    head = f'<meta property="og:site_name" content="{site}"><meta name="author" content="{author}">'
    assert article(page(head, "<h1>Council backs river tree plan</h1>"))["byline"]["authors"] == authors


@pytest.mark.parametrize(
    ("site", "author", "authors"),
    [
        ("Riverside Blog", "Riverside", []),  # the site's own account: its name without "Blog"
        ("Riverside News", "Riverside", []),
        ("Riverside Blog", "Ana", ["Ana"]),
        ("Ana Ruiz", "Ana", ["Ana"]),  # a given name that opens a person's own site's name
    ],
)
def test_a_one_word_author_that_is_the_sites_name_but_a_generic_word_is_its_account(
    site: str, author: str, authors: list[str]
) -> None:
    head = f'<meta property="og:site_name" content="{site}">'
    body = f'<h1>Council backs river tree plan</h1><p><a rel="author" href="/profile/7">{author}</a></p>'
    assert article(page(head, body))["byline"]["authors"] == authors


def test_a_printed_byline_that_is_the_sites_desk_is_no_person() -> None:
    head = '<meta property="og:site_name" content="Gazette"><meta name="author" content="Ana Ruiz">'
    body = f"<h1>Council backs river tree plan</h1><p>Von Gazette Redaktion</p>{BODY}"
    got = article(page(head, body))
    assert got["byline"]["authors"] == ["Ana Ruiz"]
    assert not [w for w in got["warnings"] if w["field"] == "byline.authors"]  # no conflict with a desk


def test_a_link_to_an_authors_page_that_holds_a_menus_words_names_no_one() -> None:
    links = '<div><a href="/autor/ana-ruiz/">Ana Ruiz</a></div><div><a href="/autor/ana-ruiz/">Alle Beiträge</a></div>'
    got = article(page("", f"<h1>Council backs river tree plan</h1>{BODY}{links}"))
    assert got["byline"]["authors"] == ["Ana Ruiz"]


def test_a_byline_element_in_a_block_of_the_articles_credits_stays() -> None:
    credits = '<div class="article-credits"><p class="author">Ana Ruiz</p></div>'
    html = page("", f"<h1>Council backs river tree plan</h1>{credits}")
    assert read_markup(html).authors == [[Found("Ana Ruiz", "[class=author]")]]


def test_a_byline_element_in_an_images_licence_is_the_photographers() -> None:
    credit = '<figure><img src="pier.jpg"><div class="license-info"><span class="author-name">Kim Park</span></div>'
    html = page("", f'{credit}</figure><h1>Council backs river tree plan</h1><p class="author">Ana Ruiz</p>')
    assert read_markup(html).authors == [[Found("Ana Ruiz", "[class=author]")]]


@pytest.mark.parametrize(
    ("element", "name"),
    [
        ('<div class="author">Autor Ana Ruiz: Übersetzung Tom Reed</div>', "Ana Ruiz"),  # a full name ends at it
        ('<div class="author">Redaktion: Ana Ruiz</div>', "Redaktion: Ana Ruiz"),  # a label's word is no name
        # Words before a name alone are a label's, however they read: not the name.
        ('<div class="author">Ein Kommentar: Ana Ruiz</div>', "Ein Kommentar: Ana Ruiz"),
        ('<div class="author">Unser Autor: Ana Ruiz</div>', "Unser Autor: Ana Ruiz"),
    ],
)
def test_a_byline_elements_full_name_ends_at_a_colon(element: str, name: str) -> None:
    html = page("", f"<h1>Council backs river tree plan</h1>{element}")
    assert read_markup(html).authors == [[Found(name, "[class=author]")]]


_PARK = (
    "<h1>河边新建口袋公园本周开放</h1><p>2024年5月2日 来源：河畔日报</p>{byline}"
    "<p>市园林部门表示，位于河边的口袋公园将于本周六正式向市民开放，公园内种植了三百多棵树木，并设置了儿童游乐区和健身步道。</p>"
    "<p>附近居民对此表示欢迎，认为公园让周末的散步有了新去处。</p><p>（责任编辑：李明华）</p>"
)


@pytest.mark.parametrize(
    ("stated", "byline", "authors"),
    [
        ("李明华", "", []),  # the editor, whom the page prints only as such
        ("李明华", "<p>作者：王小林</p>", ["王小林"]),  # the printed writer stands
        ("王小林", "<p>作者：王小林</p>", ["王小林"]),
    ],
)
def test_a_chinese_pages_editor_stated_as_its_author_is_no_author(stated: str, byline: str, authors: list[str]) -> None:
    head = f'<meta name="author" content="{stated}">'
    html = f'<!DOCTYPE html><html lang="zh"><head>{head}</head><body>{_PARK.format(byline=byline)}</body></html>'
    assert article(html)["byline"]["authors"] == authors


def webpage(author: str) -> str:
    """Yoast's graph for a page that states no article: its author on the WebPage."""
    person = {"@type": "Person", "@id": "https://example.org/#/person/1", "name": author}
    page_item = {
        "@type": "WebPage",
        "name": "Council backs river tree plan",
        "datePublished": "2024-05-02T10:00:00+02:00",
        "author": {"@id": person["@id"]},
    }
    return json_ld({"@context": "https://schema.org", "@graph": [page_item, person]})


def test_a_webpages_author_is_read_and_a_printed_byline_stands_over_it() -> None:
    heading = "<h1>Council backs river tree plan</h1>"
    assert article(page(webpage("Ana Ruiz"), heading))["byline"]["authors"] == ["Ana Ruiz"]
    got = article(page(webpage("Ana Ruiz"), f"{heading}<p>By Tom Reed</p>"))
    assert got["byline"]["authors"] == ["Tom Reed"]  # the page's account yields to the printed byline
    [conflict] = [w for w in got["warnings"] if w["field"] == "byline.authors"]
    assert conflict["message"].endswith("; the printed byline stands")


def test_a_byline_printed_in_another_articles_teaser_is_not_the_pages() -> None:
    teaser = '<a href="/2024/parks-budget"><h3>Parks budget grows</h3><p>von Tom Reed</p></a>'
    body = f"<h1>Council backs river tree plan</h1>{BODY}<aside>{teaser}</aside>"
    got = article(page('<meta name="author" content="Ana Ruiz">', body))
    assert got["byline"]["authors"] == ["Ana Ruiz"]
    assert not [w for w in got["warnings"] if w["field"] == "byline.authors"]
    card = '<a href="/2024/parks-budget"><h3>Parks budget grows</h3><span class="author">Tom Reed</span></a>'
    assert article(page("", f"<h1>Council backs river tree plan</h1>{card}"))["byline"]["authors"] == []
    # A link to the author's own page may set the name as a heading: that is the byline.
    own = '<a href="/autor/ana-ruiz" rel="author"><h2 class="author__name">Ana Ruiz</h2></a>'
    assert article(page("", f"<h1>Council backs river tree plan</h1>{own}"))["byline"]["authors"] == ["Ana Ruiz"]


def test_a_name_that_opens_a_pictures_credited_caption_is_its_subject_no_byline() -> None:
    figure = '<figure><img src="/river.jpg"><figcaption><p>Tom Reed</p><span>{}</span></figcaption></figure>'
    body = "<h1>Council backs river tree plan</h1>{}"
    assert article(page("", body.format(figure.format("Foto: Lea Kern"))))["byline"]["authors"] == []
    caption = '<div class="entry-caption"><p>Tom Reed, the mayor, at the river. Photo: Lea Kern</p></div>'
    got = article(page('<meta name="author" content="Ana Ruiz">', body.format(caption + BODY)))
    assert got["byline"]["authors"] == ["Ana Ruiz"]
    # A block named "caption" that credits no picture may be a story's header, its byline in it.
    header = '<div class="item-caption"><span>von Tom Reed</span><p>A summary of the plan.</p></div>'
    assert article(page("", body.format(header)))["byline"]["authors"] == ["Tom Reed"]
    # Nor is one that holds a figure's credited caption: the figure's is the caption.
    credited = figure.format("Foto: Lea Kern").replace("<p>Tom Reed</p>", "")
    header = f'<div class="item-caption"><span>von Tom Reed</span><p>A summary.</p>{credited}</div>'
    assert article(page("", body.format(header)))["byline"]["authors"] == ["Tom Reed"]
    # The dropped byline leaves no span behind.
    got = article(page("", body.format(figure.format("Foto: Lea Kern"))), provenance=True)
    assert not any(key.startswith("byline") for key in got["provenance"])


def test_nested_caption_blocks_are_read_once_the_innermost() -> None:
    # Each block would hold the whole text again: two hundred copies of a long page.
    nested = '<div class="caption">' * 200 + "Foto: Lea Kern. " + "word " * 300 + "</div>" * 200
    assert len(read_markup(page("", nested)).captions) == 1


@pytest.mark.parametrize(
    ("byline", "elsewhere"),
    [
        # A caption that opens with the byline's words, about something else.
        (
            "<p>Von Ana Ruiz</p>",
            "<figure><img src='/b.jpg'><figcaption>Von Ana Ruiz gibt es ein Buch. Foto: Verlag</figcaption></figure>",
        ),
        # The author box's portrait, captioned with the writer's name.
        (
            "<p>Ana Ruiz</p><p>12.03.2024, 10:15 Uhr</p>",
            "<figure><img src='/a.jpg'><figcaption>Ana Ruiz (Foto: privat)</figcaption></figure>",
        ),
    ],
)
def test_a_byline_printed_above_the_article_stands_though_a_caption_opens_with_it(byline: str, elsewhere: str) -> None:
    body = f"<h1>Council backs river tree plan</h1>{byline}{BODY}{elsewhere}"
    assert article(page("", body, lang="de"))["byline"]["authors"] == ["Ana Ruiz"]


def _reads(monkeypatch: pytest.MonkeyPatch, printed: str, names: tuple[str, ...]) -> None:
    """The text reader's author model, sure of ``names`` on the line that prints ``printed``."""
    from service.normalise import authors

    def judge(page: Any, headline: Any, ruled: Any = (), budget: Any = None) -> authors.Judgement:
        line = next(line for line in page.lines if line.text == printed)
        candidate = authors.Candidate(line.index, 0, len(line.text), names, 0, False, False)
        return authors.Judgement(candidate, 0.9, False, False, True)

    monkeypatch.setattr(authors, "judge", judge)


def test_a_given_name_in_the_markup_stands_over_a_byline_glued_to_its_category(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _reads(monkeypatch, "Am 3. März 2024 von Ana in Politik", ("Ana In Politik",))
    body = "<h1>Council backs river tree plan</h1><p>Am 3. März 2024 von Ana in Politik</p>"
    assert article(page('<meta name="author" content="Ana">', body))["byline"]["authors"] == ["Ana"]


def test_a_users_handle_that_a_link_backs_is_no_organisation_against_a_printed_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The model read a post's words as its byline; the markup names the writer's handle,
    # which a link to the author's page backs: neither stands, with the conflict named.
    _reads(monkeypatch, "Friends Everywhere", ("Friends Everywhere",))
    handle = '<span class="author"><a href="/author/anaruiz/">anaruiz</a></span>'
    got = article(page("", f"<h1>Council backs river tree plan</h1>{handle}<p>Friends Everywhere</p>"))
    assert got["byline"]["authors"] == []
    assert [w["code"] for w in got["warnings"] if w["field"] == "byline.authors"] == ["markup_conflict"]
    # A greeting's salutation the model reads is no name at all: no conflict, the handle stands.
    _reads(monkeypatch, "Dear Friends Everywhere", ("Dear Friends Everywhere",))
    got = article(page("", f"<h1>Council backs river tree plan</h1>{handle}<p>Dear Friends Everywhere</p>"))
    assert got["byline"]["authors"] == ["anaruiz"]


def test_the_sites_name_printed_where_the_markup_states_its_desk_is_no_person(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _reads(monkeypatch, "von Gazette-Team", ("Gazette",))
    body = "<h1>Council backs river tree plan</h1><p>von Gazette-Team</p>"
    head = '<meta property="og:site_name" content="Gazette">'
    assert article(page(head + '<meta name="author" content="Gazette-Team">', body))["byline"]["authors"] == []
    # Without the desk in the markup, a one-word name is a blog's writer's handle as often.
    assert article(page(head, body))["byline"]["authors"] == ["Gazette"]


def test_the_post_authors_reply_in_the_comments_names_the_author_when_nothing_else_does() -> None:
    reply = '<li class="comment byuser comment-author-anaruiz bypostauthor"><cite class="fn">{}</cite> says:</li>'
    comments = f'<ol class="comment-list"><li class="comment"><cite class="fn">Kurt</cite> says:</li>{reply}</ol>'
    for name in ("AnaRuiz", "Ana Ruiz"):
        body = f"<h1>Council backs river tree plan</h1>{BODY}{comments.format(name)}"
        assert article(page("", body))["byline"]["authors"] == [name]
    body = f"<h1>Council backs river tree plan</h1>{BODY}{comments.format('admin')}"  # a CMS account
    assert article(page("", body))["byline"]["authors"] == []
    head = '<meta name="author" content="Tom Reed">'
    assert article(page(head, f"<h1>Council backs river tree plan</h1>{comments.format('Ana')}"))["byline"][
        "authors"
    ] == ["Tom Reed"]


def test_a_chinese_pages_written_by_meta_is_its_account_not_a_byline() -> None:
    yoast = '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="{}">'
    text = (
        "<h1>江畔新修步道正式开放</h1>"
        "<p>江畔新修的步道已于本周正式向市民开放，全长约八公里，沿线设置了休息区和观景平台。</p>"
        "<p>市民可以在此散步、骑行，园林部门表示还将增设照明设施。</p>"
    )
    assert article(page(yoast.format("城市动态"), text, lang="zh"))["byline"]["authors"] == []
    # The 记者 line names the writer whatever the account.
    printed = text.replace("<p>江畔", "<p>记者 林晓雯</p><p>江畔", 1)
    assert article(page(yoast.format("城市动态"), printed, lang="zh"))["byline"]["authors"] == ["林晓雯"]
    # A Latin name there is a person's, as on any page; so is a Japanese page's.
    assert article(page(yoast.format("Ana Ruiz"), text, lang="zh"))["byline"]["authors"] == ["Ana Ruiz"]
    japanese = (
        "<h1>川辺の遊歩道が開通</h1><p>川辺の新しい遊歩道が今週、市民に開放された。</p><p>休憩所も設けられた。</p>"
    )
    assert article(page(yoast.format("山田太郎"), japanese, lang="ja"))["byline"]["authors"] == ["山田太郎"]


def test_a_known_outlets_chinese_page_names_its_reporters_after_their_role() -> None:
    html = page(
        "<title>江畔新修步道正式开放</title>",
        "<p>首页｜地方新闻</p><h1>江畔新修步道正式开放</h1><p>2024年01月02日 来源：新华网</p>"
        "<p>新华网江城频道 记者 林晓雯 周明远</p>"
        "<p>江畔新修的步道已于本周正式向市民开放，全长约八公里，沿线设置了休息区和观景平台。</p>"
        "<p>市民可以在此散步、骑行，园林部门表示还将增设照明设施。</p>",
        lang="zh",
    )
    got = normalise_html(html, Options(), address="http://www.xinhuanet.com/local/2024-01/02/c_1.htm")
    assert got.outlet == "Xinhua News Agency"
    assert got.byline.authors == ["林晓雯", "周明远"]
    # A photographer's, a presenter's or an editor's line names no writer.
    for role in ("摄影记者 张三", "出镜记者 王芳", "编辑：记者 王芳"):
        other = html.replace("新华网江城频道 记者 林晓雯 周明远", role)
        assert normalise_html(other, Options(), address="http://www.xinhuanet.com/").byline.authors == []


@pytest.mark.parametrize(
    "element",
    [
        '<a rel="author" href="/profile/7">Ana Ruiz <span class="sr-only">Ana Ruiz</span></a>',
        '<a rel="author" href="/profile/7">Ana Ruiz<span class="sr-only">Ana Ruiz</span></a>',
        '<span itemprop="author">Ana Ruiz <span class="visually-hidden">Ana Ruiz</span></span>',
        '<span class="author">Ana Ruiz<span class="screen-reader-text">Ana Ruiz</span></span>',
    ],
)
def test_a_name_printed_twice_for_screen_readers_is_one_name(element: str) -> None:
    assert article(page("", f"<h1>Council backs river tree plan</h1><p>{element}</p>"))["byline"]["authors"] == [
        "Ana Ruiz"
    ]


def test_more_people_linked_as_authors_than_a_byline_names_are_a_lists() -> None:
    names = ["Ana Ruiz", "Tom Reed", "Lea Kern", "Jon Hale", "Mia Roth", "Ben Falk", "Eva Stein"]
    links = "".join(f'<li><a rel="author" href="/u/{i}">{name}</a></li>' for i, name in enumerate(names))
    got = article(page("", f"<h1>Council backs river tree plan</h1>{BODY}<ul>{links}</ul>"))
    assert got["byline"]["authors"] == []
    links = "".join(f'<a rel="author" href="/u/{i}">{name}</a> ' for i, name in enumerate(names[:4]))
    got = article(page("", f"<h1>Council backs river tree plan</h1><p>{links}</p>"))
    assert got["byline"]["authors"] == names[:4]


@pytest.mark.parametrize(
    "author",
    ["Muster Verlag GmbH, Kiel, Germany", "HAFENBLATT, Bremen a. d. W., Deutschland", "Ana Ruiz, Linz, Österreich"],
)
def test_an_author_meta_that_is_a_publishers_address_names_no_one(author: str) -> None:
    head = f'<meta name="author" content="{author}">'
    assert article(page(head, "<h1>Council backs river tree plan</h1>"))["byline"]["authors"] == []


def test_a_printed_byline_that_is_the_pages_section_is_no_writer(monkeypatch: pytest.MonkeyPatch) -> None:
    _reads(monkeypatch, "Garden Notes", ("Garden Notes",))
    body = "<h1>Council backs river tree plan</h1><p>Garden Notes</p>"
    head = '<meta property="article:section" content="Garden notes">'
    assert article(page(head, body))["byline"]["authors"] == []
    assert article(page("", body))["byline"]["authors"] == ["Garden Notes"]  # no section stated


@pytest.mark.parametrize(
    ("stated", "printed"),
    [
        ("Letters To The Editor", "Letters To"),  # no person's, cut short
        ("muster-it Webteam", "muster-it"),  # a desk's, without its desk word
        ("Redacción Gaceta", "Gaceta"),
        ("Gaceta Sports Desk", "Gaceta Sports"),
    ],
)
def test_a_printed_byline_that_is_a_markup_desk_or_no_person_cut_short_is_no_writer(
    monkeypatch: pytest.MonkeyPatch, stated: str, printed: str
) -> None:
    _reads(monkeypatch, f"von {printed}", (printed,))
    body = f"<h1>Council backs river tree plan</h1><p>von {printed}</p>"
    head = f'<meta name="author" content="{stated}">'
    assert printed not in article(page(head, body))["byline"]["authors"]
    # A printed name that the markup's person's name merely opens is that person's.
    _reads(monkeypatch, "von Ana", ("Ana",))
    body = "<h1>Council backs river tree plan</h1><p>von Ana</p>"
    assert article(page('<meta name="author" content="Ana Ruiz">', body))["byline"]["authors"] == ["Ana Ruiz"]


def test_a_given_name_in_the_markup_stands_over_a_byline_glued_to_its_weekday(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _reads(monkeypatch, "Posted by Ana Thursday, March 7", ("Ana Thursday",))
    body = "<h1>Council backs river tree plan</h1><p>Posted by Ana Thursday, March 7</p>"
    link = '<p><a rel="author" href="/profile/7">Ana</a></p>'
    assert article(page("", body + link))["byline"]["authors"] == ["Ana"]


def test_a_byline_element_in_another_storys_card_is_that_storys() -> None:
    card = '<ul class="slides"><li><div class="teaserWrap"><p class="author">Lea Kern</p></div></li></ul>'
    byline = '<div class="meta"><span class="author">Ana Ruiz</span></div>'
    html = page("", f"<h1>Council backs river tree plan</h1>{BODY}{card}{byline}")
    assert read_markup(html).authors == [[Found("Ana Ruiz", "[class=author]")]]
    # An author's box that is classed as a card itself is the page's.
    box = '<div class="teaser-box author">Ana Ruiz</div>'
    assert read_markup(page("", f"<h1>Council backs river tree plan</h1>{box}")).authors == [
        [Found("Ana Ruiz", "[class=author]")]
    ]


def test_a_byline_elements_gender_neutral_label_is_no_part_of_the_name() -> None:
    for label in ("Autor/in:", "Autor*in:", "Autor:in"):
        html = page("", f'<h1>Council backs river tree plan</h1><p><span itemprop="author">{label} Ana Ruiz</span></p>')
        assert read_markup(html).authors == [[Found("Ana Ruiz", "[itemprop=author]")]]


# -- times ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "day", "moment"),
    [
        ("2024-09-11T03:30:00Z", "2024-09-11", "2024-09-11T03:30:00+00:00"),
        ("2024-09-11T11:30:00.123+0800", "2024-09-11", "2024-09-11T11:30:00+08:00"),
        ("2024/3/5 16:32", "2024-03-05", "2024-03-05T16:32:00"),
        ("20240911", "2024-09-11", None),
        ("Wed, 11 Sep 2024 03:30:00 GMT", "2024-09-11", "2024-09-11T03:30:00+00:00"),
        ("2024-06-15T00:00:00+08:00", "2024-06-15", None),  # midnight to the second: a day
        ("2022-01-10T22:06:08:684Z", "2022-01-10", None),  # a broken time after a right clock: the day
    ],
)
def test_markup_times(value: str, day: str, moment: str | None) -> None:
    instant = parse_instant(Found(value, "meta"))
    assert instant is not None
    assert instant.day.isoformat() == day
    assert (instant.moment.isoformat() if instant.moment else None) == moment


@pytest.mark.parametrize(
    "value", ["soon", "2024-13-40", "1970-01-01T10:00:00Z", "9999-01-01", "2024-09-11T25:00", "2024-02-30T10:00:00:1Z"]
)
def test_markup_times_that_are_none(value: str) -> None:
    assert parse_instant(Found(value, "meta")) is None


def test_a_stated_zone_beats_a_printed_time_and_a_printed_time_beats_a_bare_one() -> None:
    printed = "<p>Published: March 5, 2024 10:15</p>"
    stated = '<meta property="article:published_time" content="2024-03-05T10:15:42+01:00">'
    got = article(page(stated, printed))
    assert got["published_at"] == "2024-03-05T17:15:42+08:00"
    assert not [w for w in got["warnings"] if w["field"] == "published_at"]
    bare = '<meta property="article:published_time" content="2024-03-05T10:15:42">'
    got = article(page(bare, printed), assume_timezone=None)
    assert got["published_at"] == "2024-03-05T10:15:00+08:00"  # the printed one, in the assumed zone
    got = article(page(bare))
    assert got["published_at"] == "2024-03-05T10:15:42+08:00"
    assert [w["code"] for w in got["warnings"] if w["field"] == "published_at"] == ["timezone_assumed"]


@pytest.mark.parametrize(
    "reply",
    [
        '<div class="comment-metadata"><time datetime="2024-03-09T22:40:00+01:00">9. März 2024</time></div>',
        '<li itemprop="comment"><time datetime="2024-03-09T22:40:00+01:00">9 March</time></li>',
    ],
)
def test_a_readers_comment_dates_its_reply_not_the_article(reply: str) -> None:
    got = read_markup(page("", f"<h1>Tree planting plan approved</h1>{BODY}<div id='comments'>{reply}</div>"))
    assert got.published == []
    # The article's own <time>, after a comment's (a reply quoted in the header), stands.
    own = '<p class="entry-meta social-comments"><time datetime="2024-03-05T10:15:00+01:00">5 March</time></p>'
    got = read_markup(page("", f"<ol>{reply}</ol>{own}"))
    assert [instant.day for instant in got.published] == [date(2024, 3, 5)]


def test_a_comments_microdata_date_is_the_replys() -> None:
    reply = (
        '<div itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
        '<meta itemprop="datePublished" content="2024-03-09T22:40:00+01:00"></div>'
    )
    own = '<meta itemprop="datePublished" content="2024-03-05T10:15:00+01:00">'
    got = read_markup(page("", f"{reply}{own}"))
    assert [instant.day for instant in got.published] == [date(2024, 3, 5), date(2024, 3, 5)]  # meta and element


def test_a_bare_markup_time_is_read_in_the_zone_of_the_sites_country() -> None:
    bare = '<meta property="article:published_time" content="2024-03-05T10:15:42">'
    got = dict(ArticleSchema().dump(normalise_html(page(bare), Options(), address="https://www.hafenbote.de/a/1")))
    assert got["published_at"] == "2024-03-05T17:15:42+08:00"  # Berlin: CET in March
    [warning] = [w for w in got["warnings"] if w["field"] == "published_at"]
    assert (warning["code"], warning["message"].rsplit(" ", 1)[-1]) == ("timezone_assumed", "Europe/Berlin")


def test_a_day_that_no_zone_reconciles_is_a_conflict_and_the_markup_stands() -> None:
    printed = "<p>Published: March 1, 2024 10:15</p>"
    stated = '<meta property="article:published_time" content="2024-03-05T10:15:00+01:00">'
    got = article(page(stated, printed))
    assert (got["published_at"], got["published_date"]) == ("2024-03-05T17:15:00+08:00", "2024-03-05")
    [conflict] = [w for w in got["warnings"] if w["code"] == "markup_conflict"]
    assert "2024-03-01" in conflict["message"] and "article:published_time" in conflict["message"]


def test_a_day_another_zone_explains_is_no_conflict() -> None:
    printed = "<p>Published: March 4, 2024</p>"  # the evening before, in New York
    stated = '<meta property="article:published_time" content="2024-03-05T02:00:00Z">'
    got = article(page(stated, printed))
    assert got["published_at"] == "2024-03-05T10:00:00+08:00"
    assert got["published_date"] == "2024-03-04"  # as printed
    assert not [w for w in got["warnings"] if w["code"] == "markup_conflict"]


def test_a_markup_day_without_a_time_is_kept_as_the_date() -> None:
    got = article(page('<meta name="pubdate" content="2024-03-05">'))
    assert (got["published_at"], got["published_date"]) == (None, "2024-03-05")
    assert [w["code"] for w in got["warnings"] if w["field"] == "published_at"] == ["date_only"]


def test_a_date_in_an_element_of_a_dates_class_is_read_from_the_markup() -> None:
    # A date run into the headline's words, marked by its class. The text reader takes it
    # too (its date model reads dates among other words); the markup's reading stands
    # where the text gives none.
    dated = '<h1><span class="topline"><span class="date">12.12.2022</span></span>Riverside Labs opens</h1>'
    marked = read_markup(page(body=dated)).dated
    assert marked is not None and (marked.day, marked.moment) == (date(2022, 12, 12), None)
    assert (marked.found.value, marked.found.locator) == ("12.12.2022", "[class*=date]")
    got = article(page(body=dated), provenance=True)
    assert (got["published_at"], got["published_date"]) == (None, "2022-12-12")
    assert got["provenance"]["published_date"]["raw"] == "12.12.2022"
    # Markup that states another date yields to the day printed beside the headline in an
    # element of a date's class (see test_a_printed_day_that_the_markup_backs_stands); a
    # day whose order is ambiguous is no date; the readers' comments' dates are theirs.
    stated = page('<meta property="article:published_time" content="2022-12-10T08:00:00Z">', dated)
    assert article(stated)["published_date"] == "2022-12-12"
    assert read_markup(page(body='<span class="time">02/10/2020</span> Riverside Labs')).dated is None
    comment = '<div class="comments"><span class="comment-date">12.12.2022</span> Great piece</div>'
    assert read_markup(page(body=comment)).dated is None
    # A header's date of the day the page was served, a menu's teasers and a related
    # story's are no article's.
    today = '<div class="top-bar"><span class="today-date">14.12.2022</span></div>'
    assert read_markup(page(body=today + dated)).dated == marked
    menu = '<nav><ul><li><a href="/x">Riverside news</a> <span class="post-date">11.12.2022</span></li></ul></nav>'
    assert read_markup(page(body=menu + dated)).dated == marked
    related = '<div class="related-posts"><a href="/y">Bridge reopens</a> <span class="date">09.12.2022</span></div>'
    assert read_markup(page(body=dated + related)).dated == marked
    assert read_markup(page(body=related)).dated is None
    # A sidebar's widget lists other posts; a page builder's widget holds the article's own.
    widget = '<div class="widget_recent_entries"><span class="date">09.12.2022</span></div>'
    assert read_markup(page(body=widget)).dated is None
    builder = '<div class="elementor-widget elementor-widget-post-info"><span class="post-date">12.12.2022</span></div>'
    assert read_markup(page(body=builder)).dated is not None


def test_a_date_that_a_part_of_the_title_prints_alone_dates_a_page_that_prints_none() -> None:
    # A CMS that puts the article's date in its title, set apart as a part of its own.
    titled = page("<title>08.11.2021 | Open day at the river lab: Riverwatch</title>")
    marked = read_markup(titled).titled
    assert marked is not None and (marked.day, marked.moment) == (date(2021, 11, 8), None)
    assert marked.found.locator == "title"
    got = article(titled)
    assert (got["published_at"], got["published_date"]) == (None, "2021-11-08")
    assert [w["code"] for w in got["warnings"] if w["field"] == "published_at"] == ["date_only"]
    og = page('<meta property="og:title" content="Open day at the river lab | 2 November 2021">')
    assert article(og)["published_date"] == "2021-11-02"
    # A date among the title's other words is its subject; a day whose order is ambiguous
    # is none; a date the page prints stands over the title's.
    for title in ("Minutes of the meeting of 10 October 2019 - Riverwatch", "02/10/2020 | Open day"):
        assert read_markup(page(f"<title>{title}</title>")).titled is None
    printed = page("<title>08.11.2021 | Open day</title>", "<h1>Open day at the river lab</h1><p>9 November 2021</p>")
    assert article(printed)["published_date"] == "2021-11-09"


def test_the_dates_are_weighed_from_the_printing_of_the_headline_that_its_heading_marks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A list of the week's best stories prints the headline again, right above a teaser's
    # prose: the text reader anchors its reading there, but the page's dates are weighed
    # from the line its <h1> prints (the date beside it is the article's).
    teaser = (
        "<p>The old harbour cranes are back on the pier after a winter of repairs, and the town plans a "
        "festival to welcome them home with music and boat tours for families.</p>"
    )
    body = (
        '<h1 class="site-title"><a href="/">Hafenbote</a></h1>'
        "<h1>Cranes return to the old pier</h1><p>von Lea Kern</p><p>am 03.02.2022</p>"
        "<p>Three cranes that loaded ships for a century stand on the old pier again.</p>"
        f'<div class="best"><h3>Best of the week</h3><p>Cranes return to the old pier</p>{teaser}</div>'
    )
    markup = read_markup(page(body=body, lang="de"))
    assert markup.heading_at is not None and "\x03" not in markup.text
    assert markup.text[markup.heading_at :].startswith("Cranes return to the old pier\n")
    assert markup.text.count("Cranes return to the old pier") == 2
    anchors: list[int | None] = []
    timestamps = Extraction._timestamps

    def spy(self: Extraction, page: Any, headline: Any) -> Any:
        anchors.append(headline.index if headline is not None else None)
        return timestamps(self, page, headline)

    monkeypatch.setattr(Extraction, "_timestamps", spy)
    for at, anchor in ((markup.heading_at, 1), (None, 6)):
        extraction = Extraction(
            markup.text, Options(), rendered=True, headline="Cranes return to the old pier", headline_at=at
        )
        assert extraction.run().published_date == "2022-02-03"
        assert (extraction.headline_line, anchors[-1]) == (6, anchor)
    # The mark is the renderer's own: a page that holds the character gets no heading from it.
    assert read_markup(page(body="<p>Cranes\x03 return</p>")).heading_at is None


@pytest.mark.parametrize(
    ("head", "backer"),
    [
        # The markup's update time: the site prints its last edit as the article's date.
        (
            json_ld(
                {
                    "@type": "NewsArticle",
                    "datePublished": "2022-11-29T14:13:37+00:00",
                    "dateModified": "2023-01-12T14:27:30+00:00",
                }
            ),
            "dateModified",
        ),
        # Another of its publication times: the sources disagree, and the page prints one.
        (
            json_ld({"@type": "NewsArticle", "datePublished": "2022-11-29T14:13:37+00:00"})
            + '<meta property="article:published_time" content="2023-01-12T09:13:00+01:00">',
            "article:published_time",
        ),
        # A day alone, without a time: an edition's or a listing's day as often as the article's.
        ('<meta name="dc.date" content="2022-11-29">', ""),
    ],
)
def test_a_printed_day_that_the_markup_backs_stands(head: str, backer: str) -> None:
    body = "<h1>Council backs river tree plan</h1><p>January 12, 2023</p>"
    got = article(page(head, body))
    assert got["published_date"] == "2023-01-12"
    conflicts = [w for w in got["warnings"] if w["code"] == "markup_conflict"]
    if backer == "article:published_time":  # no conflict: a publication time on the printed day stands
        assert got["published_at"] == "2023-01-12T16:13:00+08:00" and not conflicts
    else:
        [conflict] = conflicts
        assert "2022-11-29" in conflict["message"] and backer in conflict["message"]
    # Printed far below the headline (a related story's date, a comment's), the day stays the markup's.
    far = "<h1>Council backs river tree plan</h1>" + BODY * 8 + "<p>January 12, 2023</p>"
    assert article(page(head, far))["published_date"] == "2022-11-29"


@pytest.mark.parametrize(
    ("head", "published"),
    [
        # The markup's publication stands against an update's day, even one its update time
        # backs: the update never stands for the publication.
        (
            json_ld(
                {
                    "@type": "BlogPosting",
                    "datePublished": "2021-03-08T09:00:00+00:00",
                    "dateModified": "2023-01-12T11:20:00+00:00",
                }
            ),
            ("2021-03-08T17:00:00+08:00", "2021-03-08"),
        ),
        (
            json_ld({"@type": "BlogPosting", "datePublished": "2021-03-08T09:00:00+00:00"}),
            ("2021-03-08T17:00:00+08:00", "2021-03-08"),
        ),
        # Another publication time falls on the update's day in the page's own zone (+01:00):
        # that one stands, though the first one's evening is that day in some zone on Earth.
        (
            json_ld({"@type": "NewsArticle", "datePublished": "2023-01-11T19:40:00+01:00"})
            + '<meta name="dc.date" content="2023-01-12T07:30:00+01:00">',
            ("2023-01-12T14:30:00+08:00", "2023-01-12"),
        ),
    ],
)
def test_a_printed_update_picks_among_the_markups_publication_times(head: str, published: tuple[str, str]) -> None:
    body = "<h1>Ferry timetable for the winter</h1><p>Last updated January 12, 2023</p>"
    got = article(page(head, body))
    assert (got["published_at"], got["published_date"]) == published
    assert got["updated_date"] == "2023-01-12"


def test_a_day_a_dates_class_prints_stands_when_the_markups_later_times_state_it() -> None:
    # The text reader cannot read the stamp, glued to the end of a long standfirst; the
    # element of a date's class prints the day that a later publication time and the
    # update time state, over the first publication time.
    first = {"@type": "NewsArticle", "datePublished": "2023-01-09T08:00:00Z"}
    updated = json_ld({**first, "dateModified": "2023-01-12T10:00:00Z"})
    later = '<meta name="date" content="2023-01-12T10:00:00Z">'
    standfirst = (
        "Boats to the islands will run less often until March, the harbour office said, as the winter storms "
        "close the outer channel for days at a time and two of the four ferries go into dry dock for repairs."
    )
    stamp = '<span class="publish-date">Thursday, 12 January 2023</span>'
    body = f"<h1>Ferry timetable for the winter</h1><p>{standfirst}{stamp}</p>"
    assert article(page(updated + later, body))["published_date"] == "2023-01-12"
    # Without both to back it, the first publication time stands.
    assert article(page(updated, body))["published_date"] == "2023-01-09"
    assert article(page(json_ld(first) + later, body))["published_date"] == "2023-01-09"


# -- headline ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "body", "headline"),
    [
        # The <title>'s site name, by og:site_name or by the page's domain.
        (
            '<title>Council backs river tree plan | Riverside Herald</title><meta property="og:site_name" '
            'content="Riverside Herald">',
            "",
            "Council backs river tree plan",
        ),
        ("<title>Riverside Herald - Council backs river tree plan</title>", "", "Council backs river tree plan"),
        # The site's logo in an <h1> is no headline; the article's own <h1> is.
        (
            "<title>Council backs river tree plan - Riverside Herald</title>",
            '<h1><a href="/">Riverside Herald</a></h1><h1>Council backs river tree plan</h1>',
            "Council backs river tree plan",
        ),
        # The printed headline wins over an SEO title that says it otherwise.
        (
            '<meta property="og:title" content="Trees for the river: what the council decided">',
            "<h1>Council backs plan to plant ten thousand trees along the river</h1>",
            "Council backs plan to plant ten thousand trees along the river",
        ),
        # A title the page prints only in its sidebar (its own teaser under "Trending posts")
        # is no line of the article: the <h1> stands. Printed in the article too, the title's
        # line stands (a heading over it may be a kicker's).
        (
            "<title>Why the river matters | Riverside Herald</title>",
            "<h1>Council backs plan to plant ten thousand trees along the river</h1>"
            '<aside class="sidebar"><h4>Trending posts</h4><ul><li><a href="/a">Ferry timetable for the winter</a>'
            "</li><li><div>Why the river matters</div></li></ul></aside>",
            "Council backs plan to plant ten thousand trees along the river",
        ),
        (
            "<title>Why the river matters | Riverside Herald</title>",
            "<h1>Council backs plan to plant ten thousand trees along the river</h1><p>Why the river matters</p>"
            '<aside class="sidebar"><h4>Trending posts</h4><div>Why the river matters</div></aside>',
            "Why the river matters",
        ),
        # A hidden aside, or one in the <nav>, prints nothing the text weighs.
        (
            "<title>Why the river matters | Riverside Herald</title>",
            "<h1>Council backs plan to plant ten thousand trees along the river</h1><p>Why the river matters</p>"
            '<aside style="display:none"><div>Why the river matters</div></aside>',
            "Why the river matters",
        ),
        # A kicker glued before the headline in the <h1>: the title's words alone.
        (
            '<meta property="og:title" content="Council backs river tree plan">',
            "<h1><span>Green city</span> Council backs river tree plan</h1>",
            "Council backs river tree plan",
        ),
        # A kicker the <h1> marks by its class, and the separator for screen readers: no
        # other source says where the headline starts.
        (
            "",
            '<h1><span class="article-heading__kicker">Green city</span><span class="visually-hidden">: </span>'
            '<span class="article-heading__title">Council backs river tree plan</span></h1>',
            "Council backs river tree plan",
        ),
        (
            "",
            '<h1><span class="dachzeile">Green city</span> Council backs river tree plan</h1>',
            "Council backs river tree plan",
        ),
        # The headline's microdata is read the same way, and a separator hidden from
        # screen readers goes with the kicker, even when the title repeats both.
        (
            '<meta property="og:title" content="Green city – Council backs river tree plan">',
            '<h1 itemprop="headline"><span class="ContentHead_titleheader__x1">Green city</span>'
            '<span aria-hidden="true"> – </span><span>Council backs river tree plan</span></h1>',
            "Council backs river tree plan",
        ),
        # A separator printed as text after the kicker ("Supertitle : Headline") is cut too.
        (
            "",
            '<h1><span class="supertitle">Green city</span> : Council backs river tree plan</h1>',
            "Council backs river tree plan",
        ),
        # A kicker class around the whole heading is its headline.
        (
            "",
            '<h1 class="x"><span class="kicker">Council backs river tree plan</span></h1>',
            "Council backs river tree plan",
        ),
        # A subtitle a theme sets inside the <h1> after the headline: the headline alone,
        # as the titles state it; set before the headline, a kicker's class names it so.
        (
            '<meta property="og:title" content="Council backs river tree plan">',
            '<h1 class="entry-title"><span class="entry-title-primary">Council backs river tree plan</span> '
            '<span class="entry-subtitle">Ten thousand saplings by the spring</span></h1>',
            "Council backs river tree plan",
        ),
        (
            "",
            '<h1>Council backs river tree plan: <small class="article-sub-title">Saplings by the spring</small></h1>',
            "Council backs river tree plan",
        ),
        # A heading that marks its headline's own part beside an unmarked kicker.
        (
            "",
            '<h1><span class="fake-h5">Green city</span><span class="headline">Council backs river tree plan'
            "</span></h1>",
            "Council backs river tree plan",
        ),
        # A forum thread's prefix label before its title.
        (
            "",
            '<h1><a href="/t/1"><span class="label label--blue">Announcement</span>'
            "Council backs river tree plan</a></h1>",
            "Council backs river tree plan",
        ),
        # A title the markup cut at a length is no shorter headline: the heading's words
        # go on after it, in the same sentence.
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
            '"Council backs river tree plan as residents say the work should start "}</script>',
            "<h1>Council backs river tree plan as residents say the work should start before the winter</h1>",
            "Council backs river tree plan as residents say the work should start before the winter",
        ),
        (
            '<meta property="og:title" content="Council backs river tree plan as residents say the work sh">',
            "<h1>Council backs river tree plan as residents say the work should start before the winter</h1>",
            "Council backs river tree plan as residents say the work should start before the winter",
        ),
        # A printed heading's microdata cut at a length gives way to the whole heading.
        (
            '<meta property="og:title" content="Council backs river tree plan as residents say the work should start">',
            '<span itemprop="headline" hidden>Council backs river tree plan as residents say the wo</span>'
            "<h1>Council backs river tree plan as residents say the work should start</h1>",
            "Council backs river tree plan as residents say the work should start",
        ),
        # A title without the subtitle the heading adds after it: the title's words.
        (
            '<meta property="og:title" content="Council backs river tree plan">',
            "<h1>Council backs river tree plan Work starts in May</h1>",
            "Council backs river tree plan",
        ),
        # A title whose headline part the page prints as a line of its own.
        (
            "<title>Council backs river tree plan : Local news</title>",
            "<div>Council backs river tree plan</div>",
            "Council backs river tree plan",
        ),
        # A kicker the title leaves out, however long, and one the title sets apart as its
        # first part: the heading's words past it.
        (
            "<title>Council backs river tree plan</title>",
            "<h1><span>Press release of the department for parks, gardens and open spaces :</span>"
            "Council backs river tree plan</h1>",
            "Council backs river tree plan",
        ),
        (
            "<title>Green city - council backs tree plan | Riverside Herald</title>",
            '<h1><span class="small">Green city</span> Council backs tree plan for the river</h1>',
            "Council backs tree plan for the river",
        ),
        (
            "<title>Green city - council backs tree plan | Pine Post</title>",
            '<h1><span class="small">Green city</span> Council backs tree plan for the river</h1>',
            "Council backs tree plan for the river",
        ),
        # A topic before a colon that a title states with the heading, whole: part of the
        # headline, though the JSON-LD leaves it out.
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council backs river tree plan"}'
            '</script><meta property="og:title" content="Green city: Council backs river tree plan">',
            "<h1>Green city: Council backs river tree plan</h1>",
            "Green city: Council backs river tree plan",
        ),
        # A kicker marked as a part of the headline too, and the separator after it.
        (
            "",
            '<h1><span class="headline headline--topline">Green city</span><span class="headline headline--colon">'
            ': </span><span class="headline headline--main">Council backs river tree plan</span></h1>',
            "Council backs river tree plan",
        ),
        # A heading for screen readers alone is the page's landmark, not its headline; a
        # separator for them inside the headline's heading goes with the topic after it.
        (
            "",
            '<h1 class="aural">Navigation and service</h1><h1><span>Council backs river tree plan</span>'
            '<span class="aural">: </span><small class="c-topline">Topic: Parks</small></h1>',
            "Council backs river tree plan",
        ),
        # Entities the JSON-LD escaped are read once.
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Parks &#038; gardens reopen"}'
            "</script>",
            "",
            "Parks & gardens reopen",
        ),
        # A title cut short with an ellipsis gives way to the whole one.
        (
            '<meta name="twitter:title" content="Council backs river tree plan as residents...">'
            "<title>Council backs river tree plan as residents wait | Riverside Herald</title>",
            "",
            "Council backs river tree plan as residents wait",
        ),
        # A Chinese title's site name after two hyphens is cut; the heading adds a subtitle.
        (
            "<title>河畔公园今日重新开放--河畔网</title>",
            "<h1>河畔公园今日重新开放 新树已种好</h1>",
            "河畔公园今日重新开放",
        ),
    ],
)
def test_the_headline(head: str, body: str, headline: str) -> None:
    html = page(head, body).replace("<html", '<html data-x=""', 1)
    address = "https://www.riversideherald.example/local/trees"
    got = normalise_html(html, Options(), address=address)
    assert got.headline == headline


def test_entities_escaped_twice_in_meta_read_once() -> None:
    html = page('<meta property="og:title" content="Parks &amp;#038; gardens reopen">')
    assert article(html)["headline"] == "Parks & gardens reopen"


# -- the page's address, language, rendering ------------------------------------------


def test_the_address_names_a_known_outlet_and_its_zone() -> None:
    html = page("", "<p>Published: 2024.03.05 10:15</p>")
    got = normalise_html(html, Options(), address="https://news.cgtn.com/news/2024-03-05/x.html")
    assert got.outlet == "CGTN"
    assert got.published_at == "2024-03-05T10:15:00+08:00"
    canonical = '<link rel="canonical" href="https://www.straitstimes.com/singapore/x">'
    assert normalise_html(page(canonical)).outlet == "The Straits Times"


@pytest.mark.parametrize(
    ("path", "day"),
    [
        ("/2019/10/16/river-plan", "2019-10-16"),
        ("/news/20220127-river-plan", "2022-01-27"),
        ("/meldungen/29-10-2021", "2021-10-29"),  # day first: the day is past 12
        ("/meldungen/05-10-2021", None),  # either way round
        ("/story/2022127-river-plan", None),
    ],
)
def test_a_day_in_the_address_when_nothing_else_dates_the_page(path: str, day: str | None) -> None:
    html = page("", "<h1>River plan approved</h1>")
    got = dict(ArticleSchema().dump(normalise_html(html, Options(), address=f"https://www.example.org{path}")))
    assert got["published_date"] == day


def test_the_markup_day_beats_the_address_without_a_conflict() -> None:
    # The markup states the day; the address another (a story filed the day before). The
    # page prints none, so nothing it prints conflicts with the markup.
    html = page(json_ld({"@type": "NewsArticle", "datePublished": "2024-04-05"}), "<h1>River plan approved</h1>")
    got = normalise_html(html, Options(provenance=True), address="https://www.example.org/2024/04/03/river-plan")
    assert got.published_date == "2024-04-05"
    assert not [w for w in got.warnings if w.code == "markup_conflict"]
    undated = normalise_html(
        page("", "<h1>River plan approved</h1>"),
        Options(provenance=True),
        address="https://www.example.org/2024/04/03/river-plan",
    )
    assert undated.published_date == "2024-04-03"
    assert undated.provenance is not None and undated.provenance["published_date"].source == "address"


def test_a_day_stored_as_the_sites_midnight_in_utc_is_that_day() -> None:
    # "23:00Z" opens the next day in Berlin: a CMS that keeps days alone writes them so.
    head = '<meta property="article:published_time" content="2022-11-06T23:00:00.000Z">'
    got = normalise_html(
        page(head, "<h1>River plan approved</h1>", lang="de"), Options(), address="https://www.example.de/a"
    )
    assert got.published_date == "2022-11-07"
    late = head.replace("23:00:00", "23:10:00")
    got = normalise_html(
        page(late, "<h1>River plan approved</h1>", lang="de"), Options(), address="https://www.example.de/a"
    )
    assert got.published_date == "2022-11-06"


def test_the_markup_language_only_where_the_text_cannot_tell() -> None:
    assert article(page(lang="zh-Hant-TW"))["language"] == "en"  # an English page, a template's lang
    german = "<p>Der Stadtrat hat am Dienstag den Plan gebilligt, am Fluss zehntausend Bäume zu pflanzen.</p>"
    html = f'<html lang="de-AT"><body>{german}</body></html>'
    assert article(html)["language"] == "de"


def test_rendering_lays_out_blocks_and_drops_what_no_reader_sees() -> None:
    html = (
        "<html><head><title>T</title><style>p{color:red}</style></head><body>"
        "<nav><a>Home</a><a>World</a></nav><script>var x = 1;</script>"
        '<div hidden>Subscribe now</div><div style="display: none">Hidden offer</div>'
        "<span id=crumb>\n  <a>Home</a>\n  <a>/ World</a>\n</span>"
        "<p>First line<br>second   line</p><ul><li>one</li><li>two</li></ul><noscript>Enable JS</noscript>"
        "</body></html>"
    )
    assert read_markup(html).text == "Home / World\n\nFirst line\nsecond line\n\none\ntwo"


def test_provenance_of_text_fields_points_into_the_rendered_text() -> None:
    got = normalise_html(page(), Options(provenance=True))
    rendered = read_markup(page()).text
    span = got.provenance["body.0"] if got.provenance else None
    assert span is not None and span.source == "rendered"
    assert span.start is not None and rendered[span.start : span.end] == span.raw == got.body[0]


@pytest.mark.parametrize(
    ("figure", "credit", "photographer"),
    [
        (
            '<figcaption>Workers plant saplings on Monday. <span class="credit">Li Wei/Xinhua</span></figcaption>',
            "Xinhua News Agency",
            "Li Wei",
        ),
        # Caption and credit in spans of their own, which run together as text.
        (
            '<figcaption><span class="caption">Workers plant saplings on Monday.</span>'
            '<span class="credit">Reuters</span></figcaption>',
            "Reuters",
            None,
        ),
        (
            '<figcaption>Workers plant saplings on Monday.</figcaption><small class="copyright">© AFP</small>',
            "Agence France-Presse",
            None,
        ),
    ],
)
def test_a_figures_credit_in_its_own_element(figure: str, credit: str, photographer: str | None) -> None:
    got = article(page("", f'<h1>Council backs river tree plan</h1><figure><img src="a.jpg">{figure}</figure>'))
    assert got["captions"] == [
        {
            "text": "Workers plant saplings on Monday.",
            "credit": credit,
            "photographer": photographer,
            "date": None,
            "location": None,
        }
    ]
    assert not any("saplings" in paragraph for paragraph in got["body"])


def test_the_site_name_alone_in_an_h1_is_no_headline() -> None:
    html = page('<meta property="og:site_name" content="Example Daily">', "<h1>Example Daily</h1>")
    assert read_markup(html).headlines[0].value == "Example Daily"  # a candidate, but not taken
    assert article(html)["headline"] != "Example Daily"


def test_yoast_written_by_is_cleaned_like_text() -> None:
    html = page(
        '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content=" Jane&nbsp; Doe ">'
    )
    assert article(html)["byline"]["authors"] == ["Jane Doe"]


def test_a_json_ld_image_states_its_caption_and_credit() -> None:
    data = {
        "@type": "NewsArticle",
        "headline": "Council backs river tree plan",
        "image": [
            {"@type": "ImageObject", "url": "https://example.com/a.jpg"},
            {"@type": "ImageObject", "caption": "Volunteers plant saplings on Monday.", "creditText": "Li Wei/Xinhua"},
        ],
    }
    got = article(page(json_ld(data)), provenance=True)
    assert got["captions"] == [
        {
            "text": "Volunteers plant saplings on Monday.",
            "credit": "Xinhua News Agency",
            "photographer": "Li Wei",
            "date": None,
            "location": None,
        }
    ]
    assert got["provenance"]["captions.0"]["locator"] == "json-ld/0/image/1"


_HALLS = "Student halls too full to be safe, wardens warn"


@pytest.mark.parametrize(
    ("head", "body", "headline"),
    [
        # A heading that ends the title, whose other words the page prints: the site's logo.
        (
            "<title>Ferry timetable changes for the winter Harbour Post</title>",
            "<h1>Harbour Post</h1><h2>Ferry timetable changes for the winter</h2><p>08:15 Harbour Post</p>",
            "Ferry timetable changes for the winter",
        ),
        # A heading that ends the title after a kicker's colon: the headline.
        (
            "<title>River works: Bridge to close for a week</title>",
            "<p>River works</p><h1>Bridge to close for a week</h1>",
            "Bridge to close for a week",
        ),
        # An application's name that is the title names no site.
        (f'<title>{_HALLS}</title><meta name="application-name" content="{_HALLS}">', f"<h1>{_HALLS}</h1>", _HALLS),
        # A title printed whole and in part: the part printed alone.
        (
            "<title>May brings new books | Library Notes and more</title>",
            "<p>May brings new books | Library Notes and more</p><p>May brings new books</p>",
            "May brings new books",
        ),
        # A title whose part the page prints is the site's logo: the heading, not the logo.
        (
            '<title>Small garden ideas - Green Corner</title><meta property="og:site_name" content="Green Corner">',
            "<p>Green Corner</p><h1>Twelve clever ideas for a very small garden</h1>",
            "Twelve clever ideas for a very small garden",
        ),
    ],
)
def test_which_title_or_heading_is_the_headline(head: str, body: str, headline: str) -> None:
    assert article(page(head, body))["headline"] == headline


def test_a_subtitle_that_is_all_the_heading_holds_stands() -> None:
    html = page("", '<h1><span class="entry-subtitle">Council backs river tree plan</span></h1>')
    assert [f.value for f in read_markup(html).headlines if f.locator == "h1"] == ["Council backs river tree plan"]


def test_the_first_of_many_headings_on_a_listing_is_no_headline() -> None:
    # A home page that prints each item's heading as an <h1>, none of which its title
    # states: none of them is the headline, though the text reader finds the first the
    # likeliest of its lines (a printed heading vouches for no line of a listing).
    names = ("Harbour lights at night", "A winter on the farm", "Trams of the old town")
    items = "".join(f"<h1>{name}</h1><p>A short film we made for the client this year.</p>" for name in names)
    got = article(page("<title>Northlight Films Studio</title>", items), provenance=True)
    assert got["headline"] not in names
    # Two headings (the article's and a box's) are no listing: the first stands.
    two = "<h1>Harbour lights at night</h1><p>A short film.</p><h1>Sign up for our letter</h1>"
    got = article(page("<title>Northlight Films Studio</title>", two), provenance=True)
    assert got["headline"] == "Harbour lights at night"
    assert got["provenance"]["headline"] == {"raw": "Harbour lights at night", "source": "markup", "locator": "h1"}


@pytest.mark.parametrize(
    ("head", "body", "headline"),
    [
        # A title printed as a line with an en dash where the title has a hyphen (a CMS
        # sets the dash in the printed headline alone): that line, over another heading.
        (
            "<title>Winter tyres - what the law says</title>",
            "<h1>Winter tyres – where to buy</h1><p>Winter tyres – what the law says</p><p>Drivers ask us.</p>",
            "Winter tyres – what the law says",
        ),
        # One word left of a title once the site's name is cut is a section's name...
        (
            '<title>Blog | Riverside Voices</title><meta property="og:site_name" content="Riverside Voices">',
            "<p>Blog</p><p>Riverside Voices</p><h2>Dear neighbours of the old mill</h2><p>We write to you today.</p>",
            None,
        ),
        # ... unless a heading of the page agrees with it.
        (
            '<title>History | Riverside Choir</title><meta property="og:site_name" content="Riverside Choir">',
            "<p>History</p><h1>Choir history</h1><p>The choir sang first in 1910.</p>",
            "Choir history",
        ),
    ],
)
def test_a_titles_printed_line_and_a_section_word(head: str, body: str, headline: str | None) -> None:
    got = article(page(head, body))["headline"]
    if headline is None:
        assert got not in ("Blog", "Riverside Voices")
    else:
        assert got == headline


def test_the_logos_words_are_the_sites_name() -> None:
    # The logo, a heading linked to the home page, names the site: the title's part it
    # prints is no headline.
    html = page(
        "<title>Harbour repairs start soon | The Coastal Guide</title>",
        '<h1 class="site-title"><a href="https://coast.example/">The Coastal Guide</a></h1>'
        "<h2>Harbour repairs to start in the spring</h2><p>Work on the old harbour wall starts in March.</p>",
    )
    assert read_markup(html).logos == ["The Coastal Guide"]
    assert article(html)["headline"] == "Harbour repairs to start in the spring"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en-GB", "2020-10-02"), ("en_AU", "2020-10-02"), ("en-Latn-GB", "2020-10-02"), ("en-150", "2020-10-02"),
     ("en-US", None), ("en", None)],
)  # fmt: skip
def test_a_numeric_date_reads_as_the_declared_englishs_region_writes_it(lang: str, expected: str | None) -> None:
    html = page("", "<h1>Halls too full, wardens warn</h1><p>The Courier 02/10/2020 Ann Example</p>", lang=lang)
    assert article(html)["published_date"] == expected
    # The page's own dates say otherwise ("10/14/2020" is month first): they win.
    html = page(
        "",
        "<h1>Halls too full, wardens warn</h1><p>The Courier 02/10/2020 Ann Example</p>"
        "<p>Comments</p><p>10/14/2020 Reader</p>",
        lang=lang,
    )
    assert article(html)["published_date"] == "2020-02-10"


def test_a_title_the_page_never_prints_yields_to_the_texts_headline(monkeypatch: pytest.MonkeyPatch) -> None:
    # "<title>ICON Magazine": the site's name, printed nowhere; the text reader finds the
    # headline surely enough, and it stands. Without it, the title is the answer.
    from service.normalise import roles

    def likeliest(html: str, line: str, probability: float) -> None:  # the role model's answer
        lines = [text.strip() for text in read_markup(html).text.split("\n") if text.strip()]
        monkeypatch.setattr(roles, "best_line", lambda page, *_: roles.Guess(lines.index(line), probability, 0.0))

    html = page("<title>Riverside Magazine</title>", "<p>Before and after</p>")
    likeliest(html, "Before and after", 0.99)
    assert article(html)["headline"] == "Before and after"
    likeliest(html, "Before and after", 0.01)
    assert article(html)["headline"] == "Riverside Magazine"
    # A title that names the site (by the domain) is no headline, nor is an unsure line:
    # none, with the likeliest named.
    address = "https://www.riversidemagazine.example/people/before-and-after"
    html = page("<title>Riverside Magazine Society</title>", "<p>Before and after</p>")
    likeliest(html, "Before and after", 0.01)
    got = normalise_html(html, Options(), address=address)
    assert got.headline is None
    [doubt] = [w for w in got.warnings if w.field == "headline"]
    assert doubt.code == "low_confidence" and "'Before and after'" in doubt.message
    # Unsure, the likeliest line stands when the page prints it as its heading, too short
    # to stand alone (two weak readings that agree).
    html = page("<title>Good design for every firm | Studio North</title>", "<p>Studio news</p><h1>Design</h1>")
    likeliest(html, "Design", 0.01)
    assert article(html)["headline"] == "Design"
    # Another line, unsure, yields to the title.
    likeliest(html, "Studio news", 0.01)
    assert article(html)["headline"] == "Good design for every firm | Studio North"
    # A sure headline that begins with the title's letters is the headline still.
    html = page("<title>Home</title>", "<p>Homeless shelter opens</p>")
    likeliest(html, "Homeless shelter opens", 0.99)
    assert article(html)["headline"] == "Homeless shelter opens"


def test_an_opinion_posts_category_class_is_no_readers_comment() -> None:
    page = (
        '<html><body><article class="post category-commentary"><h1>Why the harbour ferries should run all winter</h1>'
        '<time datetime="2024-03-05T09:30:00+01:00">5 March 2024</time><p>The ferries carry more people each year.</p>'
        "</article></body></html>"
    )
    assert [instant.day for instant in read_markup(page).published] == [date(2024, 3, 5)]


def test_a_quotations_attribution_signs_no_article() -> None:
    page = (
        "<html><body><article><p>The council met on Monday.</p><blockquote><p>A city is its harbour.</p>"
        "<p><em>Lena Marquardt</em></p></blockquote></article></body></html>"
    )
    assert read_markup(page).signature is None


@pytest.mark.parametrize(
    ("head", "body", "headline"),
    [
        # The site's name before the heading's words, joined by no separator the cuts know.
        (
            '<title>Trailhead! Ridgeway</title><meta property="og:site_name" content="Trailhead">',
            "<p>Trailhead</p><h1>Ridgeway</h1><p>Ridgeway</p>",
            "Ridgeway",
        ),
        # A theme that glues the site's tagline to the heading's words ("HeadlineTagline |
        # Tagline"): the heading is whole, not cut short.
        (
            "<title>Crane repairsThe other trade directory | The other trade directory</title>",
            '<h1 class="site-title"><a href="https://trade.example/">The other trade directory</a></h1>'
            "<h1>Crane repairs</h1>",
            "Crane repairs",
        ),
    ],
)
def test_a_title_that_frames_the_heading_with_the_sites_name_agrees_with_it(
    head: str, body: str, headline: str
) -> None:
    assert article(page(head, body))["headline"] == headline


def test_a_section_heading_beside_the_sites_name_in_the_title_is_no_headline() -> None:
    # The section's <h1> in the header, the article's headline in an <h2> over its byline;
    # the title names the site, then the section after a separator the cuts know.
    body = (
        "<header><h1>Politik</h1></header><article><h2>Storm closes the northern port for a third day</h2>"
        "<p>By Tom Reed</p><p>The harbour authority kept the port closed on Saturday as winds reached 120 km/h "
        "along the coast, officials said.</p><p>Ferries to the islands were cancelled and freight was diverted "
        "to inland terminals for the third day running.</p></article>"
    )
    head = '<title>Muster Weekly: Politik</title><meta property="og:site_name" content="Muster Weekly">'
    html = f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"
    got = normalise_html(html, Options(), address="https://www.muster.example/politik/a-1")
    assert got.headline == "Storm closes the northern port for a third day"


def test_the_sites_name_framing_a_heading() -> None:
    from service.normalise.from_html import _framed

    names = {"trailhead", "theothertradedirectory"}
    assert _framed("Ridgeway", "Trailhead! Ridgeway", names)
    assert _framed("Crane repairs", "Crane repairsThe other trade directory | The other trade directory", names)
    assert not _framed("Ridgeway", "Ridgeway", names)  # the same words: agreement, no frame
    assert not _framed("Trailhead", "Trailhead! Trailhead", names)  # the site's name is no heading
    assert not _framed("Ridgeway", "Trailhead! Ridgeway walks", names)  # other words than the site's
    assert not _framed("Crane", "Crane repairs", names)  # a cut heading stays cut
    # A word alone after the site's name and a space is a section's, not a headline set apart.
    assert not _framed("Ridgeway", "Trailhead Ridgeway", names)
    assert not _framed("Ridgeway", "Trailhead: Ridgeway", names)
    assert _framed("Ridgeway walks", "Trailhead Ridgeway walks", names)
    # A run of names on both sides, repeated; not a title longer than any real one, whose
    # reading would cost its length times the names (a page may state a 2,000-character title).
    assert _framed("Ridgeway", "Trailhead Trailhead: Ridgeway | The other trade directory!", names)
    assert not _framed("Ridgeway", "Trailhead " * 40 + "Ridgeway", names)


def test_an_unsure_line_the_first_h2_prints_is_the_headline(monkeypatch: pytest.MonkeyPatch) -> None:
    # A wiki's page: its <h1> headings are menus ("Page", "User"), its title one word once
    # the site's name is cut; the text reader finds the first <h2> likeliest, unsure: two
    # weak readings that agree.
    from service.normalise import roles

    def likeliest(html: str, line: str) -> None:  # the role model's answer, unsure
        lines = [text.strip() for text in read_markup(html).text.split("\n") if text.strip()]
        monkeypatch.setattr(roles, "best_line", lambda page, *_: roles.Guess(lines.index(line), 0.01, 0.0))

    wiki = (
        "<h1>Page</h1><p>Edit</p><h1>User</h1><p>Login</p><h2>Getting the toolkit</h2><p>You need a computer.</p>"
        "<h2>Other versions</h2>"
    )
    address = "https://wiki.toolkit.example/Guide/Download"
    html = page("<title>Guide/Download - Toolkit Wiki</title>", wiki)
    likeliest(html, "Getting the toolkit")
    got = normalise_html(html, Options(provenance=True), address=address)
    assert got.headline == "Getting the toolkit"
    assert got.provenance is not None and got.provenance["headline"].locator == "h2"
    assert not [w for w in got.warnings if w.field == "headline"]
    # A later <h2> is no such heading: none, as before.
    likeliest(html, "Other versions")
    assert normalise_html(html, Options(), address=address).headline is None
    # A title the page never prints that states other words stands over it...
    html = page("<title>Ferry times for the winter</title>", wiki)
    likeliest(html, "Getting the toolkit")
    assert article(html)["headline"] == "Ferry times for the winter"
    # ... not one that holds its words, nor one that names the site and little more.
    for title in ("Toolkit downloads - where to start or getting the toolkit", "Toolkit Wiki Enquiries -"):
        html = page(f"<title>{title}</title>", wiki)
        likeliest(html, "Getting the toolkit")
        assert normalise_html(html, Options(), address=address).headline == "Getting the toolkit"
    # An <h2> that is the site's name is none.
    html = page('<meta property="og:site_name" content="Toolkit Wiki">', "<h1>Page</h1><h2>Toolkit Wiki</h2>")
    likeliest(html, "Toolkit Wiki")
    assert normalise_html(html, Options(), address=address).headline is None
    # A title of one word that names no site stands; so does one whose words hold the
    # heading's letters but not its word ("timetable" is no "Time").
    html = page("<title>Elections</title>", wiki)
    likeliest(html, "Getting the toolkit")
    assert normalise_html(html, Options(), address=address).headline == "Elections"
    timed = wiki.replace("Getting the toolkit", "Time")
    html = page("<title>Ferry timetable changes for the winter</title>", timed)
    likeliest(html, "Time")
    assert normalise_html(html, Options(), address=address).headline == "Ferry timetable changes for the winter"


# What the readings above must leave alone (a fresh review's cases).


@pytest.mark.parametrize(
    "element",
    [
        '<a rel="author" href="/u/1">Mohamed Mohamed</a>',
        '<span itemprop="author">Ahmed Ahmed</span>',
        '<span class="author">Abdi Abdi</span>',
    ],
)
def test_a_name_whose_two_words_are_alike_is_not_halved(element: str) -> None:
    name = element.split(">")[1].split("<")[0]
    markup = read_markup(page("", f"<h1>Council backs river tree plan</h1><p>{element}</p>"))
    assert [[found.value for found in group] for group in markup.authors] == [[name]]


def test_seven_people_in_one_byline_are_its_authors() -> None:
    names = ["Ana Ruiz", "Tom Reed", "Lea Kern", "Jon Hale", "Mia Roth", "Ben Falk", "Eva Stein"]
    links = ", ".join(f'<a rel="author" href="/u/{i}">{name}</a>' for i, name in enumerate(names))
    got = article(page("", f'<h1>Council backs river tree plan</h1><p class="byline">By {links}</p>'))
    assert got["byline"]["authors"] == names


@pytest.mark.parametrize(
    "body",
    [
        # a lead block of the article's own, classed "teaser" by German CMSs
        '<div class="article-teaser"><h1>Council backs river tree plan</h1><span class="author">Ana Ruiz</span></div>',
        # a theme's body class
        '<div class="single has-related-posts"><h1>Council backs river tree plan</h1>'
        '<span class="author">Ana Ruiz</span></div>',
        # the author's own box
        '<h1>Council backs river tree plan</h1><div class="author-teaser"><img src="a.jpg">'
        '<span class="author-name">Ana Ruiz</span></div>',
    ],
)
def test_a_byline_in_a_block_classed_teaser_that_is_the_articles_own_stands(body: str) -> None:
    markup = read_markup(page("", body))
    assert [[found.value for found in group] for group in markup.authors] == [["Ana Ruiz"]]


@pytest.mark.parametrize("name", ["Kim Se-jeong", "SE Cupp", "AG Sulzberger"])
def test_a_persons_name_with_a_firms_letters_is_no_firm(name: str) -> None:
    # Two sources of the markup name the writer, the page prints another byline: the
    # markup stands, unless its "author" is a firm ("Muster Energie AG").
    head = json_ld(
        {
            "@type": "NewsArticle",
            "headline": "Council backs river tree plan",
            "author": {"@type": "Person", "name": name},
        }
    )
    body = (
        f'<h1>Council backs river tree plan</h1><p>By Lee Hyo-jin</p><p><a rel="author" href="/author/k">{name}</a></p>'
    )
    assert article(page(head, body))["byline"]["authors"] == [name]


def test_a_surname_that_is_a_weekday_stays_without_a_date_after_it() -> None:
    byline = '<p>By Ana Domingo, Staff Writer</p><p><a rel="author" href="/a">Ana</a></p>'
    body = f"<h1>Council backs river tree plan</h1>{byline}"
    assert article(page("", body))["byline"]["authors"] == ["Ana Domingo"]


def test_a_columnists_section_of_their_name_keeps_a_labelled_byline() -> None:
    head = '<meta property="article:section" content="Dan Walters">'
    assert article(page(head, "<h1>Council backs river tree plan</h1><p>By Dan Walters</p>"))["byline"]["authors"] == [
        "Dan Walters"
    ]


def test_an_all_capitals_name_in_an_author_item_keeps_its_letters() -> None:
    markup = read_markup(
        page("", '<h1>Council backs river tree plan</h1><p><span itemprop="author">PARK JI-WON</span></p>')
    )
    assert [[found.value for found in group] for group in markup.authors] == [["PARK JI-WON"]]
