"""The learned line roles: the chain's arithmetic, the shipped model, and pages of
outlets no profile knows, in layouts copied from real ones (the prose is invented)."""

from __future__ import annotations

import itertools
import math
import random

import pytest

from service.normalise import Options, normalise_article, roles
from service.normalise.pipeline import read

PROSE = [
    "The harbour town's council voted on Tuesday night to keep the pier open through the winter, "
    "after residents collected more than two thousand signatures and offered to help with repairs.",
    "Engineers had warned in the spring that two of the iron columns under the pier head were badly "
    "corroded, and the council closed the last forty metres to visitors while it weighed the cost.",
    "The repair plan approved this week spreads the work over three winters, so that the pier can stay "
    "open to anglers and walkers on all but the stormiest days, the council's leader said.",
]
BODY = "\n\n".join(PROSE)

# Layouts of outlets without a profile: a British daily, an Indian daily, a blog, an
# Australian daily; each as a browser's copy gives it.
PAGES = {
    "british-daily": (
        "Skip to main content\nSign in\nNews\nSport\nWeather\nUK\n\n"
        "{headline}\n\n"
        "Council members backed a repair plan after a campaign by residents\n\n"
        "Eleanor Marsh\nMon 14 Oct 2024 09.41 BST\nShare\n\n"
        f"{BODY}\n\nMost viewed\n"
    ),
    "indian-daily": (
        "Home / City / Pune\nTrending Topics\n\n"
        "{headline}\n\n"
        "PTI | Updated: Nov 5, 2024, 19:22 IST\nFollow us\n\n"
        f"{BODY}\n\nRelated Stories\n"
    ),
    "blog": (
        "Menu\nHome\nAbout\nContact\n\n"
        "{headline}\n\n"
        "Posted on March 3, 2021 by harbourwright\n\n"
        f"{BODY}\n\nLeave a comment\nShare this:\nTwitter\nFacebook\n"
    ),
    "australian-daily": (
        "Subscribe\nLog in\nNational\nWestern Australia\n\n"
        "{headline}\n\n"
        "By Tom Augustine\nNovember 12, 2024 — 5.30pm\n\n"
        f"{BODY}\n\nLicense this article\n"
    ),
}
HEADLINES = [
    "Harbour town votes to keep its Victorian pier open through winter",
    "Anglers and walkers win reprieve for storm-battered pier",
    "Residents raise repair fund as council saves the old pier",
]


def _brute_force(scores: list[float], transitions: tuple[tuple[float, float], ...]) -> list[float]:
    totals = [0.0] * len(scores)
    norm = 0.0
    for labels in itertools.product((0, 1), repeat=len(scores)):
        weight = sum(s for s, label in zip(scores, labels, strict=True) if label)
        weight += sum(transitions[a][b] for a, b in itertools.pairwise(labels))
        p = math.exp(weight)
        norm += p
        for i, label in enumerate(labels):
            if label:
                totals[i] += p
    return [t / norm for t in totals]


@pytest.mark.parametrize("seed", range(5))
def test_the_chain_marginals_are_exact(seed: int) -> None:
    rng = random.Random(seed)
    scores = [rng.uniform(-4, 4) for _ in range(7)]
    transitions = ((rng.uniform(-2, 2), rng.uniform(-2, 2)), (rng.uniform(-2, 2), rng.uniform(-2, 2)))
    got = roles._forward_backward(scores, transitions)
    for a, b in zip(got, _brute_force(scores, transitions), strict=True):
        assert a == pytest.approx(b, rel=1e-9)


def test_neighbour_features_weigh_what_the_trainer_saw() -> None:
    # Inference reads each neighbour's features through offsets; the trainer saw them
    # written out on every line ("-1:chars=3"). Both must give each line the same score.
    model = roles.model()
    page = read(PAGES["blog"].format(headline=HEADLINES[0])).page
    rows = roles.features(page)
    direct = []
    for full in roles.with_neighbours(rows):
        total = 0.0
        for attribute in full:
            head, _, rest = attribute.partition(":")
            offset, name = (int(head), rest) if rest and head.lstrip("-").isdigit() else (0, attribute)
            total += model.weights[name][offset + 2] if name in model.weights else 0.0
        direct.append(total)
    assert model.scores(rows) == pytest.approx(direct)


def test_the_shipped_model_weighs_only_features_the_reader_makes() -> None:
    # A feature renamed without retraining would silently weigh nothing.
    made = set()
    for layout in PAGES.values():
        for row in roles.features(read(layout.format(headline=HEADLINES[0])).page):
            made |= {name.split("=", 1)[0] for name in row}
    assert made <= roles.FEATURES
    model = roles.model()
    assert {name.split("=", 1)[0] for name in model.weights} <= roles.FEATURES
    assert 0 < model.agreement_threshold <= model.threshold < 1


# Known gap: under a standfirst that shares more words with the opening paragraphs than
# the headline does, the model is not sure enough and gives no headline (never the
# standfirst). The strict marks fail the run once the model learns this layout.
_STANDFIRST_GAP = pytest.mark.xfail(reason="headline: a standfirst closer to the lead than the headline", strict=True)
LAYOUT_CASES = [
    pytest.param(layout, headline, marks=_STANDFIRST_GAP)
    if layout == "british-daily" and headline != HEADLINES[0]
    else pytest.param(layout, headline)
    for layout in sorted(PAGES)
    for headline in HEADLINES
]


@pytest.mark.parametrize(("layout", "headline"), LAYOUT_CASES)
def test_an_unknown_outlets_headline_is_read_from_its_layout(layout: str, headline: str) -> None:
    # The same layout with other headlines: the place, not the words, makes the headline.
    article = normalise_article(PAGES[layout].format(headline=headline), Options(reference_date=None))
    assert article.body[0] == PROSE[0]
    assert article.headline == headline


def test_a_page_without_a_headline_gives_none_and_says_why() -> None:
    # A list of links and a cookie notice: nothing on it is an article's headline.
    text = (
        "Home\nLatest\nMost read\n\n"
        "Pier repairs: what happens next\nThe week in pictures\nLetters to the editor\n"
        "Weather warnings for the coast\nCrossword\n\n"
        "We use cookies to improve your experience. By continuing you agree to our use of cookies.\n"
    )
    article = normalise_article(text, Options(reference_date=None))
    assert article.headline is None
    codes = {(w.code, w.field) for w in article.warnings}
    assert ("low_confidence", "headline") in codes or ("not_found", "headline") in codes


@pytest.mark.parametrize(
    ("title", "footer", "expected"),
    [
        # The site's address, or its name printed as a line of its own, is cut.
        ("{headline} | harbourtimes.de", "", "{headline}"),
        ("{headline} - Harbour Times", "Harbour Times", "{headline}"),
        # A last part that is the headline's own ("- and what comes next") stays.
        ("{headline} - and what comes next", "", "{headline} - and what comes next"),
    ],
)
def test_a_title_line_loses_an_unknown_sites_name(title: str, footer: str, expected: str) -> None:
    headline = HEADLINES[0]
    page = f"{title.format(headline=headline)}\n\n{BODY}\n\n{footer}\n"
    article = normalise_article(page, Options(reference_date=None))
    assert article.headline == expected.format(headline=headline)
