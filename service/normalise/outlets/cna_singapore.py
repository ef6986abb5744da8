"""CNA (Singapore), Mediacorp's English news site (channelnewsasia.com): what is true of
its pages alone. Not Taiwan's Central News Agency, which its credits' "CNA" would name
anywhere else. Its golden cases: tests/golden/cna-singapore/."""

from __future__ import annotations

from ..profile import OutletProfile

PROFILE = OutletProfile(
    name="CNA (Singapore)",
    domains=("channelnewsasia.com", "cna.asia"),
    home_zone="Asia/Singapore",
    date_order="DMY",
    # Its app's banner and its summaries' link. Not the copyright notice alone: Mediacorp
    # publishes TODAY as well.
    markers=(
        (r"Get the CNA app", 3),
        (r"Read a summary of this article on FAST\.", 3),
        (r"channelnewsasia\.com", 3),
        (r"Copyright© Mediacorp", 1),
    ),
    title_suffixes=("CNA",),
    section=("before_headline",),
    # The reporter's name alone above the stamp, at the foot of the story.
    bare_author=True,
    # "(Photo: CNA/Marcus Teo)", "Source: CNA/mt(ac)": the outlet itself.
    own_names=("CNA",),
    chrome=(
        r"^Read a summary of this article on FAST\.$",
        r"^FAST$",
        r"^Listen$",
        r"^\d{1,2} min$",
        r"^New: You can now listen to articles\.$",
    ),
)
