"""Xinhua News Agency: what is true of its pages alone. Its golden cases:
tests/golden/xinhua/ and tests/golden/xinhua-zh/."""

from __future__ import annotations

from ..profile import OutletProfile

PROFILE = OutletProfile(
    name="Xinhua News Agency",
    domains=("news.cn", "xinhuanet.com"),
    home_zone="Asia/Shanghai",
    date_order="MDY",
    markers=(
        (r"Xinhuanet", 2),
        (r"XINHUANET\.com", 2),
        (r"english\.news\.cn", 3),
        (r"Source:\s*Xinhua\s*\|", 3),
        # The site's own name where it brands its page: opening it, or in its breadcrumb
        # ("新华网 正文"). Not the name alone: pages that carry its stories print
        # "来源：新华网", list it among links ("百度新闻 新华网 人民网") or name a
        # channel ("新华网吉林频道").
        (r"\A\s*新华网(?:\s|$)", 3),
        (r"新华网\s*(?:>\s*)*正文", 3),
        (r"Editor: huaxia\b", 2),
    ),
    title_suffixes=("Xinhua", "新华网"),
    chrome=(r"^Video Player ?Close$",),
    credit_forms=(r"\(Xinhua/[^()]{2,40}\)",),
    oneline_furniture=(
        r"Video PlayerClose",
        r"\+1(?= 【纠错】)",
        # "by Xinhua writers Gulzira Nur, Chen Jing": names of two words each.
        r"by Xinhua writers? [A-Z][a-z]+ [A-Z][a-z]+(?:(?:, | and )[A-Z][a-z]+ [A-Z][a-z]+)*",
    ),
)
