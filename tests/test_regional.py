"""The GMT+8 press without a layout profile: pages of the Philippine, Malaysian,
Singaporean, Bruneian, Hong Kong, Macau, Mongolian, Taiwanese and Western Australian
outlets, read as any unknown outlet's page is (the world table gives their names and
zones). The pages copy the outlets' layouts with invented prose; each ``.json`` is the
Article a perfect reader gives, written by hand (tests/regional/README.md).

Unlike the golden cases, not every member is read right yet. ``KNOWN_GAPS`` lists, per
page, the members still read wrong: every other member must be exact, and a listed
member that starts being read right fails the run until it leaves the list, so that the
list only shrinks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.report import normalise_case

REGIONAL = Path(__file__).resolve().parent / "regional"
PAGES = sorted(REGIONAL.glob("*.txt"))

KNOWN_GAPS: dict[str, frozenset[str]] = {}


def _expected(page: Path) -> dict[str, Any]:
    return dict(json.loads(page.with_suffix(".json").read_text(encoding="utf-8")))


@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_a_page_of_the_gmt8_press_gives_its_article(page: Path) -> None:
    expected, got = _expected(page), normalise_case(page)
    gaps = KNOWN_GAPS.get(page.stem, frozenset())
    wrong = {member for member in expected if got.get(member) != expected[member]}
    assert wrong - gaps == set(), {member: got.get(member) for member in wrong - gaps}
    assert gaps - wrong == set(), f"now read right, remove from KNOWN_GAPS: {sorted(gaps - wrong)}"


def test_the_known_gaps_name_pages_that_exist() -> None:
    assert set(KNOWN_GAPS) <= {page.stem for page in PAGES}
    assert len(PAGES) >= 18
