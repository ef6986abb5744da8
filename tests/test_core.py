"""The core on its own: pure, total, and faithful to its input."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas import ArticleSchema
from service.normalise import Options, normalise_article
from service.normalise.text import clean

from .contract import schema_validator

ARTICLE = ArticleSchema()
VALIDATOR = schema_validator("#/components/schemas/Article")

# Text that looks like pages: metadata-ish lines mixed with prose and noise.
LINES = st.one_of(
    st.text(max_size=80),
    st.sampled_from(
        [
            "CGTN",
            "Updated 2024.09.11 11:30 GMT+8",
            "2024.09.11 11:30 GMT+8",
            "By ZHANG YUNBI and Li Wei",
            "Source(s): Xinhua News Agency",
            "(Web editor: Meng Bin, Liang Jun)",
            "RELATED STORIES",
            "Copyright ©",
            "(Xinhua) 14:20, November 18, 2020",
            "English >> A headline",
            "Share",
            "00:33",
            "Sept. 10",
            "NEW DELHI, Nov. 18 (Xinhua) -- India and China agreed on Tuesday to hold further talks.",
            "A man walks past a market in Beijing, capital of China, Dec. 31. /Xinhua",
            "People visit a park. (Xinhua/Li Xueren)",
            "5 min ago",
            "2024年09月11日 11:30",
            "来源：新华社",
        ]
    ),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=20, max_size=200).map(lambda s: s + "."),
)
PAGES = st.lists(LINES, max_size=25).map("\n".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGES)
def test_any_text_gives_a_contract_valid_article(text: str) -> None:
    article = normalise_article(text, Options(reference_date=date(2024, 9, 11)))
    errors = list(VALIDATOR.iter_errors(ARTICLE.dump(article)))
    assert not errors, errors[0].message


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGES)
def test_nothing_is_invented(text: str) -> None:
    """Every string the article reports stands in the input (canonical names aside)."""
    article = normalise_article(text, Options(reference_date=date(2024, 9, 11)))
    squeezed = clean(text)  # the input as every value is cleaned: NFC, no control characters
    for value in [
        article.headline,
        article.section,
        *article.body,
        *article.byline.authors,
        *(c.text for c in article.captions),
        *(c.name for c in article.contributors),
    ]:
        if value:
            assert " ".join(value.split()).casefold() in squeezed.casefold(), value


@settings(max_examples=200, deadline=None)
@given(PAGES)
def test_provenance_spans_are_slices_of_the_input(text: str) -> None:
    article = normalise_article(text, Options(provenance=True, reference_date=date(2024, 9, 11)))
    assert article.provenance is not None
    for span in article.provenance.values():
        assert text[span.start : span.end] == span.raw


def test_the_core_imports_no_flask() -> None:
    code = "import sys, service.normalise; print('flask' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_invisible_and_control_characters_leave_the_headline() -> None:
    text = "Sci\u200bence\n2024.09.11 11:30 GMT+8\nPanda\u202e twins\u200d born at\u0007 Chengdu base\n"
    text += "Updated 2024.09.11 11:30 GMT+8\nCGTN\n" + "Keepers said both cubs were healthy and feeding well. " * 3
    article = normalise_article(text)
    assert article.headline == "Panda twins born at Chengdu base"
    assert article.section == "Science"


def test_text_is_nfc_normalised() -> None:
    decomposed = "Cafe\u0301 culture returns to the old town as visitors come back after the winter months."
    assert normalise_article(decomposed).body == [
        "Caf\u00e9 culture returns to the old town as visitors come back after the winter months."
    ]


ONE_LINE_PAGES = st.lists(LINES, min_size=5, max_size=40).map(lambda parts: (" ".join(parts) + " ") * 8)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ONE_LINE_PAGES)
def test_pages_collapsed_onto_one_line_give_contract_valid_articles(text: str) -> None:
    article = normalise_article(text, Options(provenance=True, reference_date=date(2024, 9, 11)))
    errors = list(VALIDATOR.iter_errors(ARTICLE.dump(article)))
    assert not errors, errors[0].message
    assert article.provenance is not None
    for span in article.provenance.values():
        assert text[span.start : span.end] == span.raw


WORDS = st.sampled_from(
    [
        "officials",
        "said",
        "the",
        "new",
        "plan",
        "would",
        "help",
        "farmers",
        "in",
        "river",
        "towns",
        "this",
        "year",
        "and",
        "next",
        "according",
        "to",
        "a",
        "statement",
    ]
)
PARAGRAPHS = st.lists(
    st.lists(WORDS, min_size=9, max_size=30).map(lambda words: " ".join(words).capitalize() + "."),
    min_size=1,
    max_size=8,
)


@settings(max_examples=100, deadline=None)
@given(PARAGRAPHS)
def test_the_body_loses_no_paragraph_of_plain_prose(paragraphs: list[str]) -> None:
    text = "A headline above the article text\n\n" + "\n\n".join(paragraphs)
    assert normalise_article(text).body == paragraphs
