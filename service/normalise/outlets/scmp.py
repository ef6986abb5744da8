"""South China Morning Post: what is true of its pages alone. Its golden cases: tests/golden/scmp/."""

from __future__ import annotations

from ..profile import OutletProfile

PROFILE = OutletProfile(
    name="South China Morning Post",
    domains=("scmp.com",),
    home_zone="Asia/Hong_Kong",
    date_order="DMY",
    markers=((r"South China Morning Post", 3), (r"SCMP\b", 2), (r"Why you can trust SCMP", 3)),
    title_suffixes=("South China Morning Post", "SCMP"),
    section=("before_headline",),
    bare_author=True,
    top_sections=(
        "Hong Kong",
        "China",
        "Asia",
        "World",
        "Comment",
        "Opinion",
        "Business",
        "Tech",
        "Lifestyle",
        "Culture",
        "People & Culture",
        "Sport",
        "Week Asia",
        "Economy",
    ),
    chrome=(
        r"^Why you can trust SCMP$",
        r"^Reading Time:.*",
        r"^Get more with myNEWS$",
        r"^A personalised news feed of stories that matter to you$",
        r"^Learn more$",
        r"^\+ FOLLOW$",
        r"^(?:Select Voice|Choose your listening speed|Get through articles \dx faster|Slow|Average|Fast)$",
        r"^Listen Select Voice\b.*",  # the same, on one line
        r"^\d(?:\.\d+)?x$",
        r"^\d+ WPM$",
    ),
    oneline_furniture=(
        r"Why you can trust SCMP",
        r"Get more with myNEWS",
        r"A personalised news feed of stories that matter to you",
        r"Learn more",
        r"\+ FOLLOW",
        r"Listen Select Voice Choose your listening speed Get through articles \dx faster"
        r"(?: [\d.]+x| \d+ WPM| Slow| Average| Fast)*",
    ),
)
