"""Taipei Times: what is true of its pages alone. Its golden cases: tests/golden/taipei-times/."""

from __future__ import annotations

from ..profile import OutletProfile

PROFILE = OutletProfile(
    name="Taipei Times",
    domains=("taipeitimes.com",),
    home_zone="Asia/Taipei",
    date_order="MDY",
    markers=((r"Taipei Times", 3), (r"taipeitimes\.com", 3)),
    title_suffixes=("Taipei Times",),
    section=("before_stamp",),
    oneline_starts=(r"Comments will be moderated",),
    credit_forms=(r"Photo: [A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3}, Taipei Times",),
    # Its bylines: "Staff writer, with CNA", a wire with its dateline "AFP, BANGKOK".
    oneline_furniture=(
        r"Staff writers?(?:, with [A-Z]{2,6})?",
        r"(?:AFP|AP|Reuters|Bloomberg|DPA|Kyodo), [A-Z]{3,}(?: [A-Z]{2,})*(?= [A-Z][a-z])",
    ),
)
