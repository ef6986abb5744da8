"""Associated Press: what is true of its pages alone. Its golden cases: tests/golden/associated-press/."""

from __future__ import annotations

from ..profile import US_ZONES, OutletProfile

PROFILE = OutletProfile(
    name="Associated Press",
    domains=("apnews.com",),
    home_zone="America/New_York",
    date_order="MDY",
    # Its own page's logo and title. Its stories' copyright line, their "(AP) —" and a
    # link to apnews.com are printed by every site that carries them (a local paper's
    # page is that paper's, with AP among its sources): together they fall short.
    markers=(
        (r"AP Logo", 3),
        (r" \| AP News\b", 3),
        (r"The Associated Press\. All [Rr]ights [Rr]eserved", 1),
        (r"\(AP\) [—-]", 1),
    ),
    title_suffixes=("AP News",),
    chrome=(r"^AP Buyline\b.*", r"^Search Query$", r"^Submit Search$", r"^Show Search$", r"^My Account$"),
    zone_names=US_ZONES,
    credit_forms=(r"\(AP Photo/[^()]{2,40}\)",),
    closing_starts=(r"Associated Press writers? ",),
)
