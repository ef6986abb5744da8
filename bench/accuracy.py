"""Accuracy on real pages that nobody here wrote: per language group and field, how often
newsnorm is right, how often it answers at all, and how often it answers wrong.

    python -m bench.accuracy                          # held-out pages, text as copied
    python -m bench.accuracy --split all --rendering oneline
    python -m bench.accuracy --rendering rendered    # newsnorm's own rendering of the HTML, as text
    python -m bench.accuracy --failures headline --limit 30

The pages and their labels come from the development corpus (``../shared/corpus``, or
``--corpus``, or ``NEWSNORM_CORPUS``; see its README). A fixed share of them, chosen by
a hash of each page's id, is held out: whatever is trained or tuned on the corpus uses
the others, and figures are quoted on these. The golden cases are run too, and the pages
of the GMT+8 press without a profile (``tests/regional``: the share of their members
read right, since not all are yet).

Fields and how they are scored, on the pages that have the label:
- headline: exact, as ``normalised`` compares them (NFC, whitespace, invisible characters, case).
- date: the publication day. Also scored apart on the pages that print the labelled day
  in their text in some form ("visible"), since many give it in their markup only.
  The day is ``published_date`` (the day as printed); for an instant alone, its day
  in the zone the page's times are assumed to be in when they state none: UTC, or for
  Chinese pages UTC+08:00, as their labels are.
- authors: the exact set of names, case and spacing aside; a page labelled with no
  author is right when none is given.
- sources: on the Chinese pages labelled with their 来源 (the agency or paper as
  printed), the exact set, each label by its canonical name where the registry knows
  it ("新华社" is "Xinhua News Agency"); a page labelled with none is right when none is
  given.
- body: on the pages labelled with snippets of their text (``with``: the article's own,
  ``without``: the page's furniture), right when the body holds every ``with`` snippet
  and no ``without`` one; a body that misses or adds one is wrong. Apart: ``body_kept``
  (no ``with`` snippet missing) and ``body_clean`` (no ``without`` snippet in it).

``hit`` is the share right, ``cover`` the share with any answer, ``wrong`` the share
with a wrong answer: a reader that abstains lowers hit and cover, never wrong.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import html
import json
import lzma
import os
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from service.normalise.registry import canonical_name
from service.normalise.text import clean

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
FILES = ("trafilatura.jsonl.xz", "htmldate.jsonl.xz", "chinese.jsonl.xz")
#: Pages whose id hashes below this share are held out from training and tuning.
HELD_OUT_SHARE = 0.3
FIELDS = ("headline", "date", "date_visible", "authors", "sources", "body", "body_kept", "body_clean")
RENDERINGS = ("text", "oneline", "title", "rendered", "html")
SHANGHAI = ZoneInfo("Asia/Shanghai")

_SPACES = re.compile(r"\s+")
_CJK = re.compile(r"[\u3400-\u9fff]")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<[^>]+>")
_AUTHOR_SPLIT = re.compile(r"\s*;\s*|\s+and\s+|\s+und\s+|\s*&\s*|\s*,\s*(?=\S+\s+\S)")

# Function words by language, to tell a page's language from its labels alone (never
# from what newsnorm says of it).
_STOPWORDS = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the of and to in is for on that with as was by at from are be this it an has have",
        "de": "der die das und ist nicht von zu mit den des dem ein eine für auf sich im auch bei",
        "fr": "le la les et des du un une est pour dans que sur qui par au pas avec sont",
        "es": "el la los las y de del en que un una por con para es se al como",
        "it": "il la di che e un una per non con del della sono gli le al",
        "pt": "o a os as de do da em que um uma para com não no na por",
        "nl": "de het een en van in is op dat met voor niet zijn te aan",
    }.items()
}

# Month names of the corpus's languages, by their first letters; "mär" and "mrt" too.
_MONTHS = {
    "jan": 1, "gen": 1, "ene": 1, "janv": 1, "jän": 1,
    "feb": 2, "fév": 2, "fev": 2,
    "mar": 3, "mär": 3, "mrt": 3,
    "apr": 4, "avr": 4, "abr": 4,
    "may": 5, "mai": 5, "mag": 5, "mei": 5, "mayo": 5,
    "jun": 6, "juin": 6, "giu": 6,
    "jul": 7, "juil": 7, "lug": 7,
    "aug": 8, "aoû": 8, "ago": 8,
    "sep": 9, "set": 9,
    "oct": 10, "okt": 10, "ott": 10, "out": 10,
    "nov": 11,
    "dec": 12, "dez": 12, "déc": 12, "dic": 12,
}  # fmt: skip
_MONTH = r"([A-Za-zÀ-ÿ]{3,9})\.?"
_DATE_FORMS = (
    (re.compile(r"(?<!\d)(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})(?!\d)"), "ymd"),
    (re.compile(r"(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)"), "dmy|mdy"),
    (re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?" + _MONTH + r"(?:\s+de)?,?\s+(\d{4})"), "dMy"),
    (re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})"), "Mdy"),
)


@dataclass(frozen=True, slots=True)
class Page:
    id: str
    origin: str
    labels: dict[str, Any]
    text: str
    html: str
    #: The page's address, when the corpus gives it.
    url: str = ""
    #: The page's copies in the corpus share a group (see ``_groups``): the split and the
    #: trainers' folds go by it, so that no page is measured on its own copy.
    group: str = ""

    @property
    def held_out(self) -> bool:
        return held_out(self.group or self.id)


def held_out(key: str) -> bool:
    """Whether a page (by its group) is held out from training and tuning: a fixed share."""
    return hashlib.sha256(key.encode()).digest()[0] < 256 * HELD_OUT_SHARE


def _groups(pages: list[Page]) -> list[Page]:
    """The pages, each with its group: the pages that print the same text or come from
    the same address are one group (the trafilatura and htmldate sets share about 260
    pages), named by the least of its members' ids."""
    parent = list(range(len(pages)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, page in enumerate(pages):
        address = re.sub(r"^https?://(?:www\.)?|/+$", "", page.url.strip().lower())
        keys = ["text:" + hashlib.sha256(page.text.encode()).hexdigest()]
        if address:
            keys.append("url:" + address)
        for key in keys:
            j = first.setdefault(key, i)
            parent[root(i)] = root(j)
    names: dict[int, str] = {}
    for i, page in enumerate(pages):
        names[root(i)] = min(names.get(root(i), page.id), page.id)
    return [replace(page, group=names[root(i)]) for i, page in enumerate(pages)]


def corpus_path(given: str | None = None) -> Path:
    return Path(given or os.environ.get("NEWSNORM_CORPUS") or DEFAULT_CORPUS)


def load_pages(folder: Path, *, html: bool = True) -> list[Page]:
    """The corpus's pages with text; ``html=False`` leaves their HTML out (a fifth of the
    memory)."""
    pages = []
    for name in FILES:
        path = folder / name
        if not path.exists():
            continue
        with lzma.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                text = record.get("text") or ""
                if text.strip():
                    origin = name.split(".")[0]
                    pages.append(
                        Page(
                            record["id"],
                            origin,
                            record["labels"],
                            text,
                            (record.get("html") or "") if html else "",
                            record.get("url") or "",
                        )
                    )
    return _groups(pages)


# -- what a page is, from its labels -------------------------------------------------


def language_group(page: Page) -> str:
    """The page's language, judged from its labelled title and snippets, else (pages
    labelled with a date only) from the start of its text: never from what newsnorm says."""
    sample = " ".join(
        str(part)
        for part in (page.labels.get("title"), page.labels.get("description"), *page.labels.get("with", []))
        if part
    )
    if len(sample) < 200:
        sample += " " + page.text[:3000]
    if page.origin == "chinese" or len(_CJK.findall(sample)) > 3:
        return "zh"
    words = Counter(re.findall(r"[a-zà-ÿ]+", sample.lower()))
    scores = {lang: sum(words[w] for w in stop) for lang, stop in _STOPWORDS.items()}
    lang, best = max(scores.items(), key=lambda item: item[1])
    return lang if best >= 3 else "other"


def rendering(page: Page, kind: str) -> str:
    """The page's text as one renderer or another gives it."""
    if kind == "oneline":
        return _SPACES.sub(" ", page.text).strip()
    if kind == "title":
        found = _TITLE.search(page.html)
        title = _SPACES.sub(" ", html.unescape(_TAGS.sub("", found[1]))).strip() if found else ""
        return f"{title}\n\n{page.text}" if title else page.text
    if kind == "rendered":  # the visible text as newsnorm renders it from the HTML, read as text
        from service.normalise.markup import read_markup

        return read_markup(page.html, page.url).text if page.html else page.text
    return page.text


def visible_days(text: str) -> set[date]:
    """Every day written in ``text`` in a common form (numeric, month names, Chinese)."""
    days: set[date] = set()
    for pattern, order in _DATE_FORMS:
        for match in pattern.finditer(text):
            a, b, c = match.groups()
            candidates: list[tuple[int, int, int]] = []
            if order == "ymd":
                candidates = [(int(a), int(b), int(c))]
            elif order == "dmy|mdy":
                candidates = [(int(c), int(b), int(a)), (int(c), int(a), int(b))]
            elif order == "dMy":
                month = _month(b)
                candidates = [(int(c), month, int(a))] if month else []
            else:
                month = _month(a)
                candidates = [(int(c), month, int(b))] if month else []
            for year, month, day in candidates:
                with contextlib.suppress(ValueError):  # not a day: "31.02.2024"
                    days.add(date(year, month, day))
    return days


def _month(word: str) -> int:
    word = word.lower()
    for length in (5, 4, 3):
        if word[:length] in _MONTHS:
            return _MONTHS[word[:length]]
    return 0


def _label_day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _as_compared(value: str) -> str:
    """Text as compared: as the contract writes every string (service.normalise.text.clean:
    NFC, without soft hyphens, invisible and control characters, spaces collapsed)."""
    return clean(value)


def normalised(value: str, chinese: bool) -> str:
    """A headline as compared: as the contract writes it, whitespace removed in Chinese,
    case folded (labels copy what CSS shows: "PEANUT BUTTER TRUFFLES" for "Peanut Butter
    Truffles")."""
    value = clean(value).casefold()
    return re.sub(r"\s+", "", value) if chinese else value


def _same_text(a: str, b: str, chinese: bool) -> bool:
    return normalised(a, chinese) == normalised(b, chinese)


def author_names(value: Any) -> set[str]:
    parts = value if isinstance(value, list) else _AUTHOR_SPLIT.split(str(value or ""))
    return {_SPACES.sub(" ", unicodedata.normalize("NFC", p)).strip().casefold() for p in parts if str(p).strip()}


# -- scoring ------------------------------------------------------------------------


@dataclass(slots=True)
class Tally:
    scored: int = 0
    hit: int = 0
    covered: int = 0
    wrong: int = 0

    def add(self, answered: bool, right: bool) -> None:
        self.scored += 1
        self.covered += answered
        self.hit += right
        self.wrong += answered and not right

    def rates(self) -> dict[str, float]:
        n = self.scored or 1
        return {"n": self.scored, "hit": self.hit / n, "cover": self.covered / n, "wrong": self.wrong / n}


@dataclass(slots=True)
class Failure:
    field: str
    page: str
    group: str
    expected: Any
    got: Any


@dataclass(slots=True)
class Report:
    tallies: dict[tuple[str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    failures: list[Failure] = field(default_factory=list)
    pages: int = 0
    seconds: float = 0.0

    def count(self, group: str, name: str, answered: bool, right: bool, page: Page, expected: Any, got: Any) -> None:
        for key in ((group, name), ("all", name)):
            self.tallies[key].add(answered, right)
        if not right:
            self.failures.append(Failure(name, page.id, group, expected, got))

    def table(self) -> dict[str, dict[str, dict[str, float]]]:
        out: dict[str, dict[str, dict[str, float]]] = defaultdict(dict)
        for (group, name), tally in sorted(self.tallies.items()):
            out[group][name] = tally.rates()
        return dict(out)


def score_page(page: Page, article: dict[str, Any], text: str, report: Report) -> None:
    group, labels = language_group(page), page.labels
    chinese = group == "zh"
    if labels.get("title"):
        got = article.get("headline")
        right = got is not None and _same_text(got, labels["title"], chinese)
        report.count(group, "headline", got is not None, right, page, labels["title"], got)
    day = _label_day(labels["date"]) if labels.get("date") else None
    if day is not None:
        # The day as the page printed it; an instant alone (a relative time pinned by
        # reference_date) counts by its own day in the output zone.
        printed, published = article.get("published_date"), article.get("published_at")
        got_day = (
            date.fromisoformat(printed) if printed else datetime.fromisoformat(published).date() if published else None
        )
        right = got_day == day
        shown = got_day.isoformat() if got_day else None
        report.count(group, "date", got_day is not None, right, page, day.isoformat(), shown)
        if day in visible_days(text):
            report.count(group, "date_visible", got_day is not None, right, page, day.isoformat(), shown)
    if "author" in labels and (labels["author"] or chinese):
        expected = author_names(labels["author"])
        got_names = author_names(article.get("byline", {}).get("authors") or [])
        report.count(
            group, "authors", bool(got_names), got_names == expected, page, sorted(expected), sorted(got_names)
        )
    if "source" in labels:
        printed = labels["source"] if isinstance(labels["source"], list) else [labels["source"]]
        expected = {canonical_name(name) or name for name in printed if name}
        got_sources = set(article.get("sources") or [])
        report.count(
            group, "sources", bool(got_sources), got_sources == expected, page, sorted(expected), sorted(got_sources)
        )
    kept, left_out = labels.get("with") or [], labels.get("without") or []
    if kept or left_out:
        # The labels' snippets keep what the contract removes (soft hyphens in
        # "Klima\xadwandel"): both sides are compared without it.
        body = _as_compared(" ".join(article.get("body") or []))
        missing = [s for s in kept if _as_compared(s) not in body]
        leaked = [s for s in left_out if _as_compared(s) in body]
        answered = bool(body)
        report.count(group, "body", answered, not missing and not leaked, page, {"missing": missing}, leaked)
        report.count(group, "body_kept", answered, answered and not missing, page, kept, missing)
        report.count(group, "body_clean", answered, answered and not leaked, page, left_out, leaked)


def run(
    pages: list[Page],
    kind: str,
    address: bool = False,
    within: Callable[[Page], contextlib.AbstractContextManager[object]] | None = None,
) -> Report:
    """Each page read and scored; within the block ``within`` gives for it, if any (bench.oof:
    the models that did not learn the page)."""
    from schemas import ArticleSchema
    from service.normalise import Options, normalise_article, normalise_html, warm_up

    warm_up()
    dump = ArticleSchema().dump
    report = Report()
    started = time.perf_counter()
    for page in pages:
        zone = SHANGHAI if language_group(page) == "zh" else UTC
        options = Options(timezone=zone, assume_timezone=zone)
        with within(page) if within else contextlib.nullcontext():
            if kind == "html":  # the page's markup, its text rendered by newsnorm itself
                text = page.text
                article = dump(normalise_html(page.html, options, address=page.url))
            else:
                text = rendering(page, kind)
                article = dump(normalise_article(text, options, address=page.url if address else None))
        score_page(page, article, text, report)
        report.pages += 1
    report.seconds = time.perf_counter() - started
    return report


def golden() -> dict[str, Any]:
    """The golden cases, member by member (tests/report.py)."""
    from tests.report import GOLDEN, score

    total, right, failures = score([GOLDEN])
    members = {m: right[m] / total for m in sorted(right)} if total else {}
    return {"cases": total, "exact": total - len(failures), "members": members}


def regional() -> dict[str, Any]:
    """The pages of the GMT+8 press without a profile (tests/regional), member by member:
    unlike the golden cases, not yet all exact."""
    from tests.report import score

    total, right, failures = score([Path(__file__).resolve().parent.parent / "tests" / "regional"])
    members = {m: right[m] / total for m in sorted(right)} if total else {}
    every = sum(right.values()) + sum(len(wrong) for _, wrong in failures)
    return {
        "cases": total,
        "exact": total - len(failures),
        "members_right": sum(right.values()) / every if every else 0.0,
        "members": members,
    }


def _print(report: Report, gold: dict[str, Any], args: argparse.Namespace, region: dict[str, Any]) -> None:
    table = report.table()
    print(
        f"{report.pages} pages ({args.split}, rendering {args.rendering}"
        f"{', with their addresses' if args.address else ''}) in {report.seconds:.1f} s; "
        f"golden cases {gold['exact']}/{gold['cases']} exact; the GMT+8 press without a profile "
        f"(tests/regional) {region['exact']}/{region['cases']} exact, {region['members_right']:.1%} of members right\n"
    )
    print_table(table)
    if args.failures:
        print_failures(report, args.failures, args.limit, args.wrong_only)


def print_table(table: dict[str, dict[str, dict[str, float]]]) -> None:
    """Per language group (all first, then the largest) and field: n, hit, cover, wrong."""
    print(f"{'group':<6} {'field':<13} {'n':>5} {'hit':>7} {'cover':>7} {'wrong':>7}")
    groups = sorted(table, key=lambda g: (g != "all", -max(r["n"] for r in table[g].values()), g))
    for group in groups:
        for name in FIELDS:
            if name in table[group]:
                r = table[group][name]
                print(
                    f"{group:<6} {name:<13} {r['n']:>5} {100 * r['hit']:>6.1f}% {100 * r['cover']:>6.1f}% "
                    f"{100 * r['wrong']:>6.1f}%"
                )


def print_failures(report: Report, name: str, limit: int, wrong_only: bool) -> None:
    """The first ``limit`` pages the field ``name`` got wrong (or, unless ``wrong_only``, gave no answer for)."""
    shown = [f for f in report.failures if f.field == name and (f.got is not None or not wrong_only)][:limit]
    print(f"\n{name}: {len(shown)} of the failures")
    for failure in shown:
        print(f"  {failure.page} [{failure.group}]\n    expected {failure.expected!r}\n    got      {failure.got!r}")


def select(pages: list[Page], split: str) -> Iterator[Page]:
    for page in pages:
        if split == "all" or (split == "held-out") == page.held_out:
            yield page


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.accuracy", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="the corpus folder (default ../shared/corpus or $NEWSNORM_CORPUS)")
    parser.add_argument("--split", choices=("held-out", "train", "all"), default="held-out")
    parser.add_argument("--rendering", choices=RENDERINGS, default="text")
    parser.add_argument(
        "--address", action="store_true", help="send each page's address (its URL) with its text, as a scraper can"
    )
    parser.add_argument("--failures", choices=FIELDS, help="print the pages this field gets wrong")
    parser.add_argument("--limit", type=int, default=20, help="failures to print")
    parser.add_argument("--wrong-only", action="store_true", help="of the failures, print only wrong answers")
    parser.add_argument("--output", type=Path, help="result file (default bench/results/accuracy-<time>.json)")
    args = parser.parse_args(argv)
    folder = corpus_path(args.corpus)
    pages = load_pages(folder)
    if not pages:
        print(f"no corpus at {folder}: give --corpus or NEWSNORM_CORPUS", file=sys.stderr)
        return 2
    report = run(list(select(pages, args.split)), args.rendering, args.address)
    gold, region = golden(), regional()
    _print(report, gold, args, region)
    when = datetime.now(UTC).isoformat(timespec="seconds")
    output = args.output or RESULTS / f"accuracy-{when.replace(':', '')}.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    result = {
        "when": when,
        "split": args.split,
        "rendering": args.rendering,
        "address": args.address,
        "pages": report.pages,
    }
    output.write_text(
        json.dumps({**result, "table": report.table(), "golden": gold, "regional": region}, indent=2), encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
