"""CGTN: what is true of its pages alone. Its golden cases: tests/golden/cgtn/ and
tests/golden/cgtn-zh/."""

from __future__ import annotations

from ..profile import OutletProfile

PROFILE = OutletProfile(
    name="CGTN",
    domains=("cgtn.com",),
    home_zone="Asia/Shanghai",
    date_order="DMY",
    markers=(
        (r"^[ \t]*CGTN[ \t]*$", 3),  # a line of its own; [ \t], since \s would run across lines
        (r"\.\d\d \d\d:\d\d GMT\+8", 3),  # 2024.09.11 11:30 GMT+8
        (r":\d\d, \d\d-[A-Z][a-z]{2}-\d{4}", 2),  # 19:49, 21-Jan-2019
        (r"cgtn\.com", 2),
        (r"CGTN 中国国际电视台", 4),
        (r"CGTN\b", 1),
    ),
    title_suffixes=("CGTN",),
    bare_byline=("CGTN", "CGTN Digital"),
    section=("before_stamp",),
    chrome=(r"^Beijing ICP prepared\b.*",),
)
