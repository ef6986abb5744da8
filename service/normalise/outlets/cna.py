"""The Central News Agency's Chinese pages (中央社, cna.com.tw): what is true of its pages
alone. Its English pages are Focus Taiwan's. Its golden cases: tests/golden/cna/."""

from __future__ import annotations

from ..profile import OutletProfile

PROFILE = OutletProfile(
    name="Central News Agency",
    domains=("cna.com.tw",),
    home_zone="Asia/Taipei",
    date_order="MDY",
    # Its own branding: the copyright line, its app's banner and its support address.
    # Not "中央社" alone, nor its lead "（中央社記者...電）": the pages that carry its
    # stories print them too.
    markers=(
        (r"中央通訊社版權所有", 3),
        (r"中央社一手新聞APP", 3),
        (r"services@mail\.cna\.com\.tw", 3),
        (r"www\.cna\.com\.tw", 3),
    ),
    title_suffixes=("中央社 CNA", "中央社即時新聞 CNA NEWS"),
    section=("before_headline",),
    # "運河遊船春假加開班次 網路預約額滿" under the first paragraph: other stories' headlines.
    body_links=True,
    chrome=(
        r"^請同意我們的隱私權規範，才能啟用聽新聞的功能。$",
        r"^本網站使用相關技術提供更好的閱讀體驗",
        r"^Your browser does not appear to support Traditional Chinese\.",
        r"^こちらのページは繁体字版です。",
        r"^中央社一手新聞APP$",
        r"^更多編輯台推薦新聞：$",
    ),
    # Collapsed onto one line: the notices cut out; a line starts at the breadcrumb, at
    # the headline after the breadcrumb's section (two characters), at the lead, at each
    # hashtag, and at the list of further reading and after its heading.
    oneline_furniture=(
        r"請同意我們的隱私權規範，才能啟用聽新聞的功能。",
        r"本網站使用相關技術提供更好的閱讀體驗，同時尊重使用者隱私，點這裡瞭解中央社隱私聲明。當您關閉此視窗，代表您同意上述規範。",
    ),
    oneline_starts=(r"首頁 / ", r"(?<=首頁 / [\u4e00-\u9fff]{2} )", r"（中央社", r"#", r"延伸閱讀", r"(?<=延伸閱讀 )"),
)
