"""newsnorm's HTML path beside the best-known extractors, on the same corpus pages.

    pip install -e '.[peers]'
    python -m bench.peers                      # held-out pages
    python -m bench.peers --split all --limit 300

Each tool gets the page's HTML and its address (never fetched) and is scored exactly as
``bench.accuracy`` scores newsnorm: headline exact, publication day, author set, per
language group, with the wrong rate beside the hit rate. The fields are the ones all
three give. Time is per page, in-process, median and 90th percentile, measured around
each tool's own call on the same pages in the same run (the machine is noisy: compare
the tools with each other, not with another run).

The peers are trafilatura (``bare_extraction`` with metadata, its full extraction) and
newspaper4k (``Article.download(input_html=...)`` and ``parse()``, no NLP).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from . import accuracy

FIELDS = ("headline", "date", "date_visible", "authors")
Reader = Callable[[accuracy.Page], dict[str, Any]]


def _newsnorm() -> Reader:
    from schemas import ArticleSchema
    from service.normalise import Options, normalise_html, warm_up

    warm_up()
    dump = ArticleSchema().dump

    def read(page: accuracy.Page) -> dict[str, Any]:
        zone = accuracy.SHANGHAI if accuracy.language_group(page) == "zh" else UTC
        options = Options(timezone=zone, assume_timezone=zone)
        return dict(dump(normalise_html(page.html, options, address=page.url or None)))

    return read


def _trafilatura() -> Reader:
    import trafilatura

    def read(page: accuracy.Page) -> dict[str, Any]:
        document = trafilatura.bare_extraction(page.html, url=page.url or None, with_metadata=True)
        if document is None:
            return {}
        return _article(document.title, document.date, document.author)

    return read


def _newspaper() -> Reader:
    from newspaper import Article

    def read(page: accuracy.Page) -> dict[str, Any]:
        article = Article(page.url or "https://example.invalid/", fetch_images=False)
        article.download(input_html=page.html)
        article.parse()
        published = article.publish_date
        day = published.date().isoformat() if isinstance(published, datetime | date) else None
        return _article(article.title or None, day, list(article.authors or []))

    return read


def _article(title: Any, day: Any, authors: Any) -> dict[str, Any]:
    """A peer's answer in the Article's shape, as far as it goes."""
    published = str(day)[:10] if day else None
    try:
        published = date.fromisoformat(published).isoformat() if published else None
    except ValueError:
        published = None
    names = authors if isinstance(authors, list) else sorted(accuracy.author_names(authors)) if authors else []
    return {"headline": title or None, "published_date": published, "byline": {"authors": names}}


READERS: dict[str, Callable[[], Reader]] = {
    "newsnorm": _newsnorm,
    "trafilatura": _trafilatura,
    "newspaper4k": _newspaper,
}


def run(pages: list[accuracy.Page], names: list[str]) -> dict[str, Any]:
    """Each tool's table and its time per page, the tools taking turns page by page."""
    readers = {name: READERS[name]() for name in names}
    reports = {name: accuracy.Report() for name in names}
    times: dict[str, list[float]] = {name: [] for name in names}
    for page in pages:
        for name, read in readers.items():
            started = time.perf_counter()
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    article = read(page)
            except Exception:  # a peer that fails on a page answers nothing for it
                article = {}
            times[name].append(time.perf_counter() - started)
            accuracy.score_page(page, article, page.text, reports[name])
    result: dict[str, Any] = {}
    for name in names:
        ms = sorted(1000 * t for t in times[name])
        result[name] = {
            "table": reports[name].table(),
            "median_ms": statistics.median(ms) if ms else 0.0,
            "p90_ms": ms[int(0.9 * (len(ms) - 1))] if ms else 0.0,
        }
    return result


def _print(result: dict[str, Any], pages: int, split: str) -> None:
    names = list(result)
    print(f"{pages} pages ({split}), HTML in; hit / wrong per field\n")
    print(f"{'group':<6} {'field':<13} {'n':>5}  " + "  ".join(f"{name:>18}" for name in names))
    groups = ["all", "en", "de", "zh"]
    for group in groups:
        for field_name in FIELDS:
            rates = [result[name]["table"].get(group, {}).get(field_name) for name in names]
            if rates[0] is None:
                continue
            cells = "  ".join(f"{100 * r['hit']:>7.1f}% / {100 * r['wrong']:>5.1f}%" if r else " " * 18 for r in rates)
            print(f"{group:<6} {field_name:<13} {rates[0]['n']:>5}  {cells}")
    print(f"\n{'ms per page':<26}" + "  ".join(f"{name:>18}" for name in names))
    print(f"{'median':<26}" + "  ".join(f"{result[name]['median_ms']:>18.2f}" for name in names))
    print(f"{'90th percentile':<26}" + "  ".join(f"{result[name]['p90_ms']:>18.2f}" for name in names))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.peers", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="the corpus folder (default ../shared/corpus or $NEWSNORM_CORPUS)")
    parser.add_argument("--split", choices=("held-out", "train", "all"), default="held-out")
    parser.add_argument("--limit", type=int, help="at most this many pages")
    parser.add_argument("--tools", default=",".join(READERS), help="comma-separated: " + ", ".join(READERS))
    args = parser.parse_args(argv)
    pages = [p for p in accuracy.select(accuracy.load_pages(accuracy.corpus_path(args.corpus)), args.split) if p.html]
    if not pages:
        print("no corpus pages with HTML: give --corpus or NEWSNORM_CORPUS", file=sys.stderr)
        return 2
    pages = pages[: args.limit] if args.limit else pages
    names = [name.strip() for name in args.tools.split(",") if name.strip()]
    for name in names:
        if name not in READERS:
            parser.error(f"unknown tool {name!r}")
    try:
        result = run(pages, names)
    except ImportError as error:
        print(f"{error.name} is not installed: pip install -e '.[peers]'", file=sys.stderr)
        return 2
    _print(result, len(pages), args.split)
    when = datetime.now(UTC).isoformat(timespec="seconds")
    output = accuracy.RESULTS / f"peers-{when.replace(':', '')}.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps({"when": when, "split": args.split, "pages": len(pages), **result}, indent=2))
    print(f"\nwritten to {output.relative_to(accuracy.ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
