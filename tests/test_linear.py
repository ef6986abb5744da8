"""Every scan is linear in its input, so that the time budget holds whatever the text.

Each case is 100 KB of one token repeated, run into one line or one token per line, the
shapes in which pages arrive. Timed in the same run as 100 KB of plain prose in both
shapes, it must stay within a ratio of the prose that reads slower (no absolute times:
machines differ), and its cost per character must not grow with its length, as a scan
that is quadratic would: a quarter of the text must take about a quarter of the time.

The tokens are what the recognisers look for (stamps, bylines, credits, datelines,
agencies, end markers, menus, capitals, Chinese labels) and the punctuation and spacing
around them. A new grammar adds its own triggers here. The HTML path is guarded the
same way, with markup repeated (nesting, JSON-LD, headings, titles, figures, entities,
tags never closed) against paragraphs of prose.
"""

from __future__ import annotations

import gc
import time

import pytest

from service.normalise import Options, normalise_article, normalise_html, warm_up

SIZE = 100_000
PROSE = "The council met on Monday as residents weighed the new figures from the city's water board. "
TOKENS = (
    # stamps and times
    "12:30 ", "12.30 ", "2024-09-11 ", "2024.09.11 11:30 GMT+8 ", "Sept. 10, 2024 11:30 ", "11:30, 21-Jan-2019 ",
    "2024-09-11T11:30:00+08:00 ", "Updated: 2024-09-11 11:30 GMT+08:00 | ", "Mon, ", "AM ", "GMT ", "GMT+8 ",
    "Video 1:02 ", "09:12 Russian ", "3 hours ago ", "2024年09月11日 ", "2024 07/ 08 10:21:46 ",
    # bylines, credits, datelines, agencies
    "By ", "By John Smith ", "By Tuesday, ", "Photo: ", "Photo by ", "PHOTO: ", "(AP Photo/Jane Doe) ", "AP Photo/ ",
    "Reuters/ ", "/Xinhua ", "VCG ", "(Xinhua) ", "Xinhua ", "BEIJING, ", "WASHINGTON (AP) — ", "(CNA) ",
    "Sept. 10 ", "Reporting by ", "(Web editor: ", "Source: ", "新华社 ", "记者 ", "来源： ", "责任编辑： ", "作者：",
    "（記者王小明攝）", "圖/", "圖翻攝自 ",
    # end markers, menus, furniture
    "RELATED ", "Copyright ", "© ", "Tags: ", "• ", "Advertisement ", "READ MORE: ", "Item 1 of 2 ", "Share ",
    "Home ", "Home / News ", "English >> ", "1 of 2 ", "0 ",
    # capitals, names, short forms
    "CHINA RUSSIA AGREE ", "AA BB ", "AA, ", "Aa ", "Aa Bb ", "Aa, ", "A ", "The ", "U.S. ", "St. ", "Mr. ", "Jan. ",
    "X ", "A.", "Mark Thompson ",
    # other languages' dates and bylines, outlets' addresses in notices
    "Oktober ", "19.10.2019 ", "26. Oktober 2023 ", "Veröffentlicht am ", "Von ", "Bettina Kugler 19.10.2019 ",
    "© 2024 theguardian.com ", "theguardian.com ",
    # punctuation, spacing and script
    "a.", ". ", ", ", "... ", "x", "-", "— ", "/", "| ", "> ", ">> ", "(", ")", "“ ", '" ', "@", "#",
    "https://a.b/c ", "中国", "。", " ", "\t",
)  # fmt: skip
SHAPES = ("one line", "line by line")
#: A token's text may take this many times as long as plain prose of the same size, in
#: the shape that reads slower: what an ordinary page of that size costs. (Prose run into
#: one line reads in half the time of prose a word to a line: measured against it alone,
#: the one-line tokens would fail whenever plain prose gets cheaper to read.)
#: Lines carry a fixed cost each, and a token of a few characters per line makes twenty
#: times the lines of prose: that, not a scan, is what the worst cases pay.
RATIO_LIMIT = 10.0
#: The cost per character of the whole text against that of its first quarter: 1 for a
#: linear scan, 4 for a quadratic one.
GROWTH_LIMIT = 2.5
#: A case over a limit is timed again, up to this many times, keeping the best figures:
#: a noisy machine must not fail a linear scan.
RETRIES = 2


def _repeat(token: str, shape: str, size: int) -> str:
    """``size`` characters of ``token``: run together as written, or one to a line."""
    unit = token if shape == "one line" else (token.rstrip(" ") or token) + "\n"
    return (unit * (size // len(unit) + 1))[:size]


def _prose(shape: str, size: int) -> str:
    """``size`` characters of plain prose: run into one line, or a word to a line."""
    return _repeat(PROSE, shape, size) if shape == "one line" else _repeat(PROSE, "one line", size).replace(" ", "\n")


def _seconds(text: str, runs: int = 1) -> float:
    """The best time of ``runs`` runs, the garbage collector held off as timeit does."""
    options = Options()
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            started = time.perf_counter()
            normalise_article(text, options)
            best = min(best, time.perf_counter() - started)
    finally:
        gc.enable()
    return best


@pytest.fixture(scope="module")
def prose_seconds() -> dict[str, float]:
    warm_up()
    return {shape: _seconds(_prose(shape, SIZE), 5) for shape in SHAPES}


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("token", TOKENS)
def test_repeated_tokens_take_linear_time(token: str, shape: str, prose_seconds: dict[str, float]) -> None:
    whole, quarter = _repeat(token, shape, SIZE), _repeat(token, shape, SIZE // 4)
    prose = max(prose_seconds.values())
    ratio, growth = _figures(whole, quarter, prose)
    for _ in range(RETRIES):
        if ratio <= RATIO_LIMIT and growth <= GROWTH_LIMIT:
            break
        again = _figures(whole, quarter, prose)
        ratio, growth = min(ratio, again[0]), min(growth, again[1])
    assert ratio <= RATIO_LIMIT, f"{token!r} {shape}: {ratio:.1f} times plain prose"
    assert growth <= GROWTH_LIMIT, f"{token!r} {shape}: cost per character grows {growth:.2f} times from 25 to 100 KB"


def _figures(whole: str, quarter: str, prose: float) -> tuple[float, float]:
    """The text's time against plain prose's, and its cost per character against its quarter's."""
    seconds = _seconds(whole)
    return seconds / prose, seconds / (4 * _seconds(quarter))


# The HTML path: markup repeated to 100 KB, against paragraphs of prose of that size.
HTML_PROSE = f"<p>{PROSE}</p>"
HTML_TOKENS = (
    "<div>", "</div>", "<p>", "<br>", "<span>", "<b><i>", "<ul><li>", "<table><tr><td>",
    "<h1>Council backs plan</h1>", "<title>Council backs plan - Daily | News</title>", "<title>中文标题_网易",
    '<meta property="og:title" content="a">',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"a","author":{"name":"A B"}}</script>',
    '<script type="application/ld+json">[[[',
    '<figure><figcaption>Workers rest.<span class="credit">Li Wei/Xinhua</span></figcaption></figure>',
    '<a rel="author" href="/a">Ana Ruiz</a>', '<span class="author">By Ana Ruiz</span>',
    '<time datetime="2024-09-11T03:30:00Z">x</time>', '<abbr class="published" title="2024-09-11">x</abbr>',
    "<div hidden>x</div>", "<!-- x -->", "&amp;", "&#038;", "&#3; ", "&#1;", "<", "<a", "<a href='http://[x'>",
    "<meta name='author' content='Kim Lee'>", "<h2>a</h2>", "<title>Site! Harbour", "<title>01.02.2024 | ",
    '"datePublished":"2024-09-11"', "<meta name='author' content='Muster Verlag GmbH, Kiel, Germany'>",
    "<div class='teaser'><span class='author'>Ana Ruiz</span></div>", "<span class='author'>Ana RuizAna Ruiz</span>",
    "<meta property='article:section' content='Morning Show'>",
)  # fmt: skip
#: Markup repeated inside one element: (the element's opening, the token, its end). Many
#: names in bold in one paragraph (a signature is a paragraph's only name), a heading of
#: separators before its subtitle.
HTML_WRAPPED = (
    ("<p>", "<b>Ana Ruiz</b> x", "</p>"),
    ("<h1>a", " -", "x<span class='entry-subtitle'>y</span></h1>"),
    # An author field of many words that names no one, beside a printed byline.
    ("<span class='author'>Ana Ruiz</span><meta name='author' content='Letters", " To", "'>"),
)


def _html_seconds(html: str, runs: int = 1) -> float:
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            started = time.perf_counter()
            normalise_html(html)
            best = min(best, time.perf_counter() - started)
    finally:
        gc.enable()
    return best


@pytest.fixture(scope="module")
def html_prose_seconds() -> float:
    warm_up()
    return _html_seconds(_repeat(HTML_PROSE, "one line", SIZE), 5)


@pytest.mark.parametrize(("opening", "token", "end"), [("", token, "") for token in HTML_TOKENS] + list(HTML_WRAPPED))
def test_repeated_markup_takes_linear_time(opening: str, token: str, end: str, html_prose_seconds: float) -> None:
    whole = opening + _repeat(token, "one line", SIZE) + end
    quarter = opening + _repeat(token, "one line", SIZE // 4) + end

    def figures() -> tuple[float, float]:
        seconds = _html_seconds(whole)
        return seconds / html_prose_seconds, seconds / (4 * _html_seconds(quarter))

    ratio, growth = figures()
    for _ in range(RETRIES):
        if ratio <= RATIO_LIMIT and growth <= GROWTH_LIMIT:
            break
        again = figures()
        ratio, growth = min(ratio, again[0]), min(growth, again[1])
    assert ratio <= RATIO_LIMIT, f"{token!r}: {ratio:.1f} times prose as HTML"
    assert growth <= GROWTH_LIMIT, f"{token!r}: cost per character grows {growth:.2f} times from 25 to 100 KB"
