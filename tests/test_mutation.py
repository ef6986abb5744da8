"""Mutation tests: the golden pages with their headline swapped for another must give
the new headline back. A reader that knew the words, not the layout, would fail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.normalise import Options, normalise_article

from .conftest import GOLDEN

# Invented headlines of several lengths, in English and Chinese.
HEADLINES = [
    "Ferry services resume after storm",
    "Harbour town votes to keep its pier open",
    "Volunteers repaint the old lighthouse before the winter storms arrive",
    "City council approves new cycle lanes along the river, with work to start in spring",
    "Night market returns to the waterfront as visitors come back in record numbers this summer",
    "港口小镇投票保留百年码头",
    "志愿者在冬季风暴来临前重新粉刷老灯塔，游客人数创新高",
]

CASES = sorted(p for p in GOLDEN.glob("*/*.txt") if p.with_suffix(".json").exists())


def _replacement(headline: str) -> str:
    """An invented headline of about the same length and in the same style: Chinese for
    Chinese, Title Case for a headline in Title Case (as Sputnik prints them)."""
    chinese = any("\u4e00" <= c <= "\u9fff" for c in headline)
    pool = [h for h in HEADLINES if any("\u4e00" <= c <= "\u9fff" for c in h) == chinese]
    new = min(pool, key=lambda h: (abs(len(h) - len(headline)), h))
    words = headline.split()
    if not chinese and sum(word[0].isupper() for word in words) > 0.6 * len(words):
        new = " ".join(
            word if i and word in _SMALL_WORDS else word[0].upper() + word[1:] for i, word in enumerate(new.split())
        )
    return new


_SMALL_WORDS = frozenset(["a", "an", "the", "to", "in", "on", "of", "with", "for", "and", "at", "by", "as", "its"])


# Known gaps, per case (the member is the headline). None today.
GAPS: frozenset[str] = frozenset()


def _case_id(case: Path) -> str:
    return f"{case.parent.name}/{case.stem}"


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(case, marks=pytest.mark.xfail(reason="headline: see GAPS", strict=True))
        if _case_id(case) in GAPS
        else case
        for case in CASES
    ],
    ids=_case_id,
)
def test_a_swapped_headline_is_read_back(case: Path) -> None:
    expected = json.loads(case.with_suffix(".json").read_text(encoding="utf-8"))
    headline = expected["headline"]
    if not headline:
        pytest.skip("the page has no headline to swap")
    text = case.read_text(encoding="utf-8")
    if headline not in text:
        pytest.skip("the headline is printed in another form (case, spacing) than it is given")
    new = _replacement(headline)
    article = normalise_article(text.replace(headline, new), Options(reference_date=None))
    assert article.headline == new


# Invented names, by shape: words in Latin script, or Chinese characters.
NAMES = {1: "Quintana", 2: "Mara Quint", 3: "Mara Li Quint", 4: "Mara Li De Quint"}
CHINESE_NAMES = {2: "林雨", 3: "林晓雨", 4: "欧阳晓雨"}


def _new_name(name: str) -> str | None:
    if any("\u4e00" <= c <= "\u9fff" for c in name):
        return CHINESE_NAMES.get(len(name))
    words = name.split()
    new = NAMES.get(len(words))
    return new


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_swapped_author_names_are_read_back(case: Path) -> None:
    expected = json.loads(case.with_suffix(".json").read_text(encoding="utf-8"))
    authors = expected["byline"]["authors"]
    text = case.read_text(encoding="utf-8")
    printed = [name for name in authors if name in text]
    if not authors or len(printed) != len(authors) or len(authors) > 1:
        pytest.skip("only pages with one author, printed as given, are swapped")
    new = _new_name(authors[0])
    if new is None or new in text:
        pytest.skip("no invented name of that shape")
    # Printed as given, and perhaps in capitals too ("By LIN XIAOWEI | chinadaily.com.cn").
    swapped = text.replace(authors[0], new).replace(authors[0].upper(), new.upper())
    article = normalise_article(swapped, Options(reference_date=None))
    assert article.byline.authors == [new]


def _squeezed(value: str) -> str:
    return " ".join(value.split()).casefold()


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_each_span_holds_its_value(case: Path) -> None:
    # Provenance must point at the text a value was read from, not merely into the input.
    text = case.read_text(encoding="utf-8")
    article = normalise_article(text, Options(reference_date=None, provenance=True))
    spans = article.provenance or {}
    if article.headline:
        assert _squeezed(article.headline) in _squeezed(spans["headline"].raw)
    if article.byline.authors:
        assert _squeezed(article.byline.authors[0]) in _squeezed(spans["byline"].raw)
    if article.outlet and "outlet" in spans:
        assert spans["outlet"].raw.strip()
    for name in ("published_date", "updated_date"):
        day = getattr(article, name)
        if day is not None:
            # The span is the stamp the day was read from: it holds the day's number.
            assert str(int(day[8:])) in spans[name].raw
    for index, paragraph in enumerate(article.body):
        assert _squeezed(paragraph)[:40] in _squeezed(spans[f"body.{index}"].raw)
