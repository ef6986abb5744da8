"""Malay Mail: what is true of its pages alone. Its golden cases: tests/golden/malay-mail/."""

from __future__ import annotations

from ..profile import OutletProfile

PROFILE = OutletProfile(
    name="Malay Mail",
    domains=("malaymail.com",),
    home_zone="Asia/Kuala_Lumpur",
    date_order="DMY",
    markers=((r"Malay Mail", 3), (r"malaymail\.com", 3), (r"M MYT", 1)),
    title_suffixes=("Malay Mail",),
    section=("before_headline",),
)
