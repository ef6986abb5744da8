"""The outlets newsnorm knows by their pages' layout: one module each, holding its
profile (markers, domains, home zone, date order, title suffixes, chrome, sections,
credit forms, closing phrases, collapsed-page furniture), next to its golden cases in
tests/golden/. What is true of one outlet alone is written there and nowhere else;
the shared modules name no outlet (tests/test_outlets_named.py).

Adding an outlet is a module here, its line in OUTLETS, and golden cases. The order is
the order of detection's ties: earlier wins.
"""

from __future__ import annotations

from ..profile import OutletProfile
from . import (
    associated_press,
    cgtn,
    china_daily,
    cna,
    cna_singapore,
    focus_taiwan,
    france24,
    global_times,
    malay_mail,
    peoples_daily,
    reuters,
    scmp,
    sputnik,
    straits_times,
    taipei_times,
    tass,
    xinhua,
    yahoo_news,
)

OUTLETS: tuple[OutletProfile, ...] = (
    cgtn.PROFILE,
    peoples_daily.PROFILE,
    xinhua.PROFILE,
    china_daily.PROFILE,
    global_times.PROFILE,
    scmp.PROFILE,
    straits_times.PROFILE,
    malay_mail.PROFILE,
    focus_taiwan.PROFILE,
    cna.PROFILE,
    cna_singapore.PROFILE,
    taipei_times.PROFILE,
    reuters.PROFILE,
    associated_press.PROFILE,
    france24.PROFILE,
    yahoo_news.PROFILE,
    tass.PROFILE,
    sputnik.PROFILE,
)
