"""Global Times: what is true of its pages alone. Its golden cases: tests/golden/global-times/."""

from __future__ import annotations

from ..profile import OutletProfile

PROFILE = OutletProfile(
    name="Global Times",
    domains=("globaltimes.cn",),
    home_zone="Asia/Shanghai",
    date_order="MDY",
    markers=(
        (r"Global Times", 2),
        (r"globaltimes\.cn", 3),
        (r"Published: [A-Z][a-z]{2} \d\d, \d{4} \d\d:\d\d [AP]M", 2),
        (r"Published: \d{4}/\d{1,2}/\d{1,2} \d", 2),
    ),
    title_suffixes=("Global Times",),
    chrome=(r"^Newspaper headline:.*",),
    oneline_starts=(r"Newspaper headline:",),
)
