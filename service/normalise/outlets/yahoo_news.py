"""Yahoo News: what is true of its pages alone. Its golden cases stand with the wire it
carries: tests/golden/afp/yahoo-*."""

from __future__ import annotations

from ..profile import OutletProfile

PROFILE = OutletProfile(
    name="Yahoo News",
    domains=("news.yahoo.com",),
    home_zone="UTC",
    date_order="MDY",
    markers=((r"Yahoo News", 3), (r"Yahoo\b", 2)),
    title_suffixes=("Yahoo News",),
    bare_author=True,
)
