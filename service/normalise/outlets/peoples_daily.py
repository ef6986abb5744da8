"""People's Daily: what is true of its pages alone. Its golden cases: tests/golden/peoples-daily/."""

from __future__ import annotations

from ..profile import OutletProfile

PROFILE = OutletProfile(
    name="People's Daily",
    domains=("people.cn", "people.com.cn"),
    home_zone="Asia/Shanghai",
    date_order="MDY",
    markers=(
        (r"People['’]s Daily Online", 2),
        (r"English\s*>>", 3),
        (r"\((?:Web )?editor:", 2),
        (r"\.people\.c(?:n|om\.cn)\b", 2),  # en.people.cn, english.people.com.cn
        (r"人民网", 2),
    ),
    title_suffixes=("People's Daily Online", "People’s Daily Online"),
    chrome=(r"^Links:.*", r"^Key Words$"),
)
