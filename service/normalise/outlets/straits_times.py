"""The Straits Times: what is true of its pages alone. Its golden cases: tests/golden/straits-times/."""

from __future__ import annotations

from ..profile import OutletProfile

PROFILE = OutletProfile(
    name="The Straits Times",
    domains=("straitstimes.com",),
    home_zone="Asia/Singapore",
    date_order="MDY",
    markers=((r"The Straits Times", 3), (r"SPH Media", 2), (r"straitstimes\.com", 3)),
    title_suffixes=("The Straits Times",),
    section=("before_headline",),
    bare_author=True,
    chrome=(
        r"^Sign up now: Get ST's newsletters.*",
        r"^Follow topic:.{0,60}$",
        r"^Read \d+ articles and stand to win rewards$",
        r"^Spin the wheel now$",
    ),
    oneline_furniture=(r"Sign up now: Get ST's newsletters delivered to your inbox",),
    oneline_starts=(r"Join ST's", r"Follow topic:"),
)
