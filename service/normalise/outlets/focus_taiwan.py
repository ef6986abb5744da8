"""Focus Taiwan: what is true of its pages alone. Its golden cases: tests/golden/focus-taiwan/."""

from __future__ import annotations

from ..profile import OutletProfile

PROFILE = OutletProfile(
    name="Focus Taiwan",
    domains=("focustaiwan.tw",),
    home_zone="Asia/Taipei",
    date_order="MDY",
    # Its app's and its tracking notice's lines: the name alone is also in the edition
    # links of the Central News Agency's Chinese pages ("Focus Taiwanフォーカス台湾").
    markers=(
        (r"^Focus Taiwan App$", 3),
        (r"Focus Taiwan \(CNA\)", 3),
        (r"focustaiwan\.tw", 3),
        (r"\(CNA\)", 1),
    ),
    title_suffixes=("Focus Taiwan",),
    chrome=(r"^Focus Taiwan App$", r"^Download$", r"^Edition$", r"^Focus Taiwan中央通訊社.*"),
    credit_forms=(r"CNA (?:file )?photo(?: [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})?",),
)
