"""Sputnik: what is true of its pages alone. Its golden cases: tests/golden/sputnik/."""

from __future__ import annotations

from ..profile import OutletProfile

PROFILE = OutletProfile(
    name="Sputnik",
    domains=("sputnikglobe.com", "sputniknews.com"),
    home_zone="Europe/Moscow",
    date_order="DMY",
    markers=((r"Sputnik International", 3), (r"Sputnik\b", 2), (r"sputnikglobe\.com", 3)),
    title_suffixes=("Sputnik International", "Sputnik"),
    section=("before_stamp", "before_headline"),
    chrome=(r"^Listen Live$", r"^\d+ \d+ \d+$", r"^Get short URL$", r"^/ Go to the mediabank$"),
    oneline_furniture=(r"/ Go to the mediabank", r"Tags(?= [A-Z])"),
)
