"""TASS: what is true of its pages alone. Its golden cases: tests/golden/tass/."""

from __future__ import annotations

from ..profile import OutletProfile

PROFILE = OutletProfile(
    name="TASS",
    domains=("tass.com",),
    home_zone="Europe/Moscow",
    date_order="DMY",
    markers=((r"TASS\b", 2), (r"Russian News Agency", 2), (r"/TASS/", 2), (r"tass\.com", 3)),
    title_suffixes=("TASS",),
    section=("before_stamp",),
    stamp_above_headline=True,
    oneline_furniture=(r"Tags(?= [A-Z])",),
)
