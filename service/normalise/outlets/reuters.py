"""Reuters: what is true of its pages alone. Its golden cases: tests/golden/reuters/."""

from __future__ import annotations

from ..profile import OutletProfile

PROFILE = OutletProfile(
    name="Reuters",
    domains=("reuters.com",),
    home_zone="UTC",
    date_order="MDY",
    markers=(
        (r"Thomson Reuters Trust Principles", 3),
        (r"reuters\.com", 3),
        (r"Purchase Licensing Rights", 2),
        (r"Reuters\b", 1),
    ),
    title_suffixes=("Reuters",),
    section=("before_headline", "before_stamp"),
    chrome=(
        r"^Purchase Licensing Rights.*",
        r"^Our Standards:\s*The Thomson Reuters Trust Principles.*",
        r"^The Reuters Daily Briefing newsletter\b.*",
        r"^All quotes delayed a minimum\b.*",
        r"^Exclusive news, data and analytics for financial market professionals$",
        r"^Reuters home$",
        r"^Learn more about$",
        r"^Suggested Topics:?$",
        r"^More From Reuters$",
    ),
    oneline_furniture=(
        r"Purchase Licensing Rights, opens new tab",
        r"The Reuters Daily Briefing newsletter provides [^.]{5,80}\.(?: Sign up here\.)?",
        r"Reuters Staff",
    ),
    oneline_starts=(r"Our Standards:",),
    credit_forms=(r"(?:REUTERS|Reuters)/[A-Z][\w'-]+(?: (?!Purchase\b)[A-Z][\w'-]+){0,2}(?:/File Photo)?",),
)
