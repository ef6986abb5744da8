"""China Daily: what is true of its pages alone. Its golden cases: tests/golden/china-daily/."""

from __future__ import annotations

from ..profile import OutletProfile

PROFILE = OutletProfile(
    name="China Daily",
    domains=("chinadaily.com.cn",),
    home_zone="Asia/Shanghai",
    date_order="MDY",
    markers=(
        (r"chinadaily\.com\.cn", 3),
        (r"China Daily Information Co", 3),
        (r"China Daily", 1),
        (r"CHINA DAILY", 1),
    ),
    title_suffixes=("Chinadaily.com.cn", "China Daily"),
    chrome=(r"^Share - \w+$", r"^Copyright 1995 - .*", r"^License for publishing.*", r"^Registration Number.*"),
)
