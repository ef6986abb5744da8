"""France 24: what is true of its pages alone. Its golden cases stand with the wire it
carries: tests/golden/afp/france24-*."""

from __future__ import annotations

from ..profile import OutletProfile

PROFILE = OutletProfile(
    name="France 24",
    domains=("france24.com",),
    home_zone="Europe/Paris",
    date_order="DMY",
    markers=((r"France 24", 3), (r"france24\.com", 3)),
    title_suffixes=("France 24",),
    section=("before_headline",),
)
