"""The core on its own: pure, total, and faithful to its input."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas import ArticleSchema
from service.normalise import Options, normalise_article, pipeline
from service.normalise.fields import parse_byline, parse_caption, parse_contributors, parse_sources
from service.normalise.layout import Kind, classify_line
from service.normalise.settings import MAX_CHROME_CHARS, ONELINE_MIN_CHARS
from service.normalise.text import clean, count_digits, ends_sentence

from .contract import schema_validator

ARTICLE = ArticleSchema()
GOLDEN = Path(__file__).parent / "golden"
VALIDATOR = schema_validator("#/components/schemas/Article")

# Text that looks like pages: metadata-ish lines mixed with prose and noise.
SAMPLES = st.sampled_from(
    [
        "CGTN",
        "Updated 2024.09.11 11:30 GMT+8",
        "2024.09.11 11:30 GMT+8",
        "By ZHANG YUNBI and Li Wei",
        "Source(s): Xinhua News Agency",
        "(Web editor: Meng Bin, Liang Jun)",
        "RELATED STORIES",
        "Copyright ©",
        "(Xinhua) 14:20, November 18, 2020",
        "English >> A headline",
        "Share",
        "00:33",
        "Sept. 10",
        "NEW DELHI, Nov. 18 (Xinhua) -- India and China agreed on Tuesday to hold further talks.",
        "A man walks past a market in Beijing, capital of China, Dec. 31. /Xinhua",
        "People visit a park. (Xinhua/Li Xueren)",
        "5 min ago",
        "2024年09月11日 11:30",
        "来源：新华社",
        "Published September 10, 2024",
        "10 avril 2024, 11:30",
        "vor 2 Stunden",
        "yesterday",
        "© 2024 Rappler Inc. All rights reserved.",
    ]
)
# The letters that re, ignoring case, matches as ASCII's "s", "i" and "k".
LOOKALIKES = st.sampled_from([("s", "ſ"), ("i", "İ"), ("i", "ı"), ("k", "\u212a"), ("S", "ſ"), ("K", "\u212a")])
LINES = st.one_of(
    st.text(max_size=80),
    SAMPLES,
    st.tuples(SAMPLES, LOOKALIKES).map(lambda drawn: drawn[0].replace(*drawn[1])),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=20, max_size=200).map(lambda s: s + "."),
)
PAGES = st.lists(LINES, max_size=25).map("\n".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGES)
def test_any_text_gives_a_contract_valid_article(text: str) -> None:
    article = normalise_article(text, Options(reference_date=date(2024, 9, 11)))
    errors = list(VALIDATOR.iter_errors(ARTICLE.dump(article)))
    assert not errors, errors[0].message


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGES)
def test_nothing_is_invented(text: str) -> None:
    """Every string the article reports stands in the input (canonical names aside)."""
    article = normalise_article(text, Options(reference_date=date(2024, 9, 11)))
    squeezed = clean(text)  # the input as every value is cleaned: NFC, no control characters
    for value in [
        article.headline,
        article.section,
        *article.body,
        *article.byline.authors,
        *(c.text for c in article.captions),
        *(c.name for c in article.contributors),
    ]:
        if value:
            assert " ".join(value.split()).casefold() in squeezed.casefold(), value


@settings(max_examples=200, deadline=None)
@given(PAGES)
def test_provenance_spans_are_slices_of_the_input(text: str) -> None:
    article = normalise_article(text, Options(provenance=True, reference_date=date(2024, 9, 11)))
    assert article.provenance is not None
    for span in article.provenance.values():
        assert text[span.start : span.end] == span.raw


def test_the_core_imports_no_flask() -> None:
    code = "import sys, service.normalise; print('flask' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_invisible_and_control_characters_leave_the_headline() -> None:
    text = "Sci\u200bence\n2024.09.11 11:30 GMT+8\nPanda\u202e twins\u200d born at\u0007 Chengdu base\n"
    text += "Updated 2024.09.11 11:30 GMT+8\nCGTN\n" + "Keepers said both cubs were healthy and feeding well. " * 3
    article = normalise_article(text)
    assert article.headline == "Panda twins born at Chengdu base"
    assert article.section == "Science"


def test_text_is_nfc_normalised() -> None:
    decomposed = "Cafe\u0301 culture returns to the old town as visitors come back after the winter months."
    assert normalise_article(decomposed).body == [
        "Caf\u00e9 culture returns to the old town as visitors come back after the winter months."
    ]


ONE_LINE_PAGES = st.lists(LINES, min_size=5, max_size=40).map(lambda parts: (" ".join(parts) + " ") * 8)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ONE_LINE_PAGES)
def test_pages_collapsed_onto_one_line_give_contract_valid_articles(text: str) -> None:
    article = normalise_article(text, Options(provenance=True, reference_date=date(2024, 9, 11)))
    errors = list(VALIDATOR.iter_errors(ARTICLE.dump(article)))
    assert not errors, errors[0].message
    assert article.provenance is not None
    for span in article.provenance.values():
        assert text[span.start : span.end] == span.raw


WORDS = st.sampled_from(
    [
        "officials",
        "said",
        "the",
        "new",
        "plan",
        "would",
        "help",
        "farmers",
        "in",
        "river",
        "towns",
        "this",
        "year",
        "and",
        "next",
        "according",
        "to",
        "a",
        "statement",
    ]
)
PARAGRAPHS = st.lists(
    st.lists(WORDS, min_size=9, max_size=30).map(lambda words: " ".join(words).capitalize() + "."),
    min_size=1,
    max_size=8,
)


@settings(max_examples=100, deadline=None)
@given(PARAGRAPHS)
def test_the_body_loses_no_paragraph_of_plain_prose(paragraphs: list[str]) -> None:
    text = "A headline above the article text\n\n" + "\n\n".join(paragraphs)
    assert normalise_article(text).body == paragraphs


def test_a_collapsed_page_prints_its_headline_again_under_the_menu() -> None:
    # The title with its site suffix opens the line; the page then prints the headline
    # again, after the menu and the section. The section is the label just before it.
    headline = "Ferry operators add evening sailings as island tourism recovers"
    paragraphs = [
        "MANILA, May 2 (Reuters) - Ferry operators in the central islands will add evening sailings from "
        "next month as visitor numbers return to their earlier level, the port authority said on Thursday.",
        "The extra crossings will run on weekends first and on weekdays from July, the authority said in a "
        "statement, after operators asked for more berthing slots at three of the busiest terminals.",
        "Arrivals at the island ports rose by a fifth in the first quarter from a year earlier, helped by "
        "cheaper domestic flights into the regional airports and by a run of school holidays in March.",
        "Hotel owners on the smaller islands have complained for two years that the last boat of the day "
        "leaves before the afternoon flights land, stranding guests on the mainland for a night.",
        "One operator said it would move two of its newer vessels from a quieter route to carry the evening "
        "passengers, and that fares would stay at their current level until the end of the year.",
        "The port authority said it would review the timetable in October, once the rainy season has passed "
        "and the operators have reported how full the new sailings were over the summer months.",
        "Fishing groups have asked the authority to keep the evening lanes clear of their moorings, and "
        "talks between the two sides are expected to continue through the coming weeks.",
        "Tour companies welcomed the change, saying day trips had been hard to sell while the last crossing "
        "left so early, and several said they would add sunset tours to their programmes from June.",
        "Local officials on two of the islands said they would extend the opening hours of their tourist "
        "offices and public toilets near the piers to match the later boats.",
        "Reporting by Ana Ortiz; Editing by Tom Hale",
    ]
    text = (
        f"{headline} | Reuters Skip to main content World Business Markets Sign In Register Asia Pacific "
        f"{headline} By Ana Ortiz May 2, 2024 6:05 PM GMT+8 " + " ".join(paragraphs) + " "
        "Our Standards: The Thomson Reuters Trust Principles., opens new tab © 2024 Reuters. All rights reserved"
    )
    assert len(text) >= ONELINE_MIN_CHARS  # long enough to be read as a collapsed page
    article = normalise_article(text, Options(reference_date=None))
    assert article.headline == headline
    assert article.section == "Asia Pacific"
    assert article.byline.authors == ["Ana Ortiz"]
    assert article.body[0].startswith("Ferry operators in the central islands")


def test_a_consent_banner_is_not_the_body_however_long() -> None:
    banner = (
        "We care about your privacy We and our partners use cookies to store and access information on your "
        "device, to measure audience and to show you personalised content and advertising. You can accept, "
        "refuse or set your choices at any time. Accept & Close Refuse Customise Skip to main content "
        "Skip to navigation Live Africa Americas Asia-Pacific Europe Middle East Business Culture Sport"
    )
    assert len(banner) > MAX_CHROME_CHARS  # longer than a line of furniture is taken to be
    paragraph = (
        "The city council approved a plan on Monday to plant ten thousand trees along its river banks "
        "over the next three years, officials said."
    )
    text = f"Council backs river tree plan\n\n{banner}\n\n{paragraph}\n"
    article = normalise_article(text, Options(reference_date=None))
    assert article.body == [paragraph]


def test_an_ad_slot_inside_a_collapsed_run_of_text_does_not_end_its_paragraph() -> None:
    # On a collapsed page the runs of text between captions are the paragraphs; an ad
    # slot inside a run is dropped from the text and kept in the provenance.
    first = (
        "The county opened its first public charging station for electric boats on Friday, at the "
        "marina on the north shore of the lake."
    )
    second = (
        "Officials said two more stations would follow next spring, once the harbour works are "
        "finished and the grid connection has been upgraded."
    )
    third = " ".join(
        [
            "Boat owners can book a charging slot through the harbour office, which opens at seven.",
            "A full charge takes about three hours for the small ferries that cross the lake.",
            "The ferry company said it would convert two of its diesel boats over the winter.",
            "Anglers' groups asked for the new stations to be placed away from the spawning beds.",
            "The county said an environmental survey had already been carried out for both sites.",
            "Electricity for the chargers will come from a solar farm on the former quarry.",
            "Marina staff have been trained to handle the equipment and to deal with faults.",
            "Prices will be set at cost for the first year while the county gathers data on use.",
            "The lake's tourism board said the quieter boats would suit the birdwatching trips.",
            "Two private marinas on the south shore said they were studying similar chargers.",
            "The regional government covered half of the cost through its clean transport fund.",
            "A second round of that fund opens for applications in the autumn, officials said.",
            "The county's transport committee will review the first months of use in September.",
            "Residents near the marina had raised concerns about noise from the transformer housing.",
            "Engineers said the units would be enclosed and would run no louder than a refrigerator.",
            "Sailing clubs on the lake welcomed the plan but asked for longer opening hours in summer.",
            "The harbour office said it would consider evening slots if demand proved strong enough.",
            "A public meeting on the second pair of stations is planned for the end of June.",
        ]
    )
    text = (
        "Lake marina gets charger for electric boats | South China Morning Post Skip to content "
        f"Lin Qiao Published: 9:15am, 3 May, 2024 {first} Advertisement {second} "
        f"A ferry moored at the marina on the north shore of the lake. Photo: Xinhua {third} "
        "Advertisement Topics Energy Transport"
    )
    assert len(text) >= ONELINE_MIN_CHARS  # long enough to be read as a collapsed page
    article = normalise_article(text, Options(reference_date=date(2024, 5, 3), provenance=True))
    assert article.body == [f"{first} {second}", third]
    assert article.provenance is not None
    assert article.provenance["body.0"].raw == f"{first} Advertisement {second}"


def test_a_menu_run_together_is_not_the_headline() -> None:
    # A menu collapsed into one line reads like a title in title case, but has no small
    # words in lower case; the headline under the share counters does.
    headline = "Siberian Towns to Share Flood Warnings With Mongolian Herders"
    standfirst = "The warnings will be sent by text message in both languages, the regional authorities said."
    paragraph = (
        "IRKUTSK (Sputnik) - "
        + (
            "Flood warnings issued by three Siberian towns will be passed on to herders across the border "
            "in Mongolia from next spring, the regional emergencies ministry said on Monday. "
        )
        * 6
    )
    text = (
        "Sputnik International World Russia Asia & Pacific Military & Intelligence Business Science & Tech "
        f"Society Opinion Photo Video Asia & Pacific 10:05 GMT 04.11.2024 by Anna Petrova 0 0 0 {headline} "
        f"{standfirst} © Sputnik / Yuri Belov {paragraph.strip()} Tags: Siberia, Mongolia, Floods Discussion"
    )
    assert len(text) >= ONELINE_MIN_CHARS  # long enough to be read as a collapsed page
    article = normalise_article(text, Options(reference_date=None))
    assert article.headline == headline
    assert article.section == "Asia & Pacific"
    # The standfirst stands between the headline and the hero image's credit: not the body.
    assert article.body == [paragraph.strip().removeprefix("IRKUTSK (Sputnik) - ")]
    assert [(c.text, c.credit, c.photographer) for c in article.captions] == [(None, "Sputnik", "Yuri Belov")]


def test_a_news_ticker_above_a_collapsed_article_gives_neither_its_headline_nor_its_time() -> None:
    # TASS prints "All news" with timed headlines above the article, then the section,
    # the time, the headline and the standfirst.
    headline = "Ski slopes near Krasnoyarsk to open two weeks early after heavy snowfall"
    paragraph = (
        "The regional ski federation said on Friday that the slopes near the city would open two weeks earlier "
        "than last season, after heavy snowfall in the first half of November. "
        + "Lift passes for children under twelve will be free on weekdays until the end of December. "
        * 4
    ).strip()
    text = (
        "TASS Russian News Agency English Search World Business & Economy Sports Society & Culture All news "
        "29 November 2024 10:40 Moscow metro opens two new stations on the eastern line "
        "10:05 Heavy snow delays flights at Sheremetyevo airport "
        f"Sports November 29, 09:30 UTC+3 {headline} The season will start on December 7, the federation said "
        f"KRASNOYARSK, November 29. /TASS/. {paragraph} Tags Sports Skiing More news © TASS 1999-2024."
    )
    assert len(text) >= ONELINE_MIN_CHARS  # long enough to be read as a collapsed page
    article = normalise_article(text, Options(reference_date=date(2024, 11, 29)))
    assert (article.headline, article.section) == (headline, "Sports")
    assert article.published_at == "2024-11-29T14:30:00+08:00"
    assert article.dateline is not None and article.dateline.location == "Krasnoyarsk"
    assert article.body == [paragraph]


def test_a_chinese_page_collapsed_onto_one_line_is_cut_back_into_its_parts() -> None:
    # Shorter in characters than an English page would be to count as collapsed: a
    # Chinese character says more than a letter.
    headline = "湖南张家界游客量回升 多条登山步道恢复开放"
    first = (
        "清明假期临近，湖南省张家界市多个景区的游客量明显回升。 景区管理部门表示，此前因维修关闭的三条"
        "登山步道已于本周恢复开放，部分路段加装了护栏和休息平台。"
    )
    caption = "4月1日，在张家界国家森林公园，游客沿步道登山。"
    second = (
        "不少游客选择错峰出行，提前在网上预约门票和接驳车。景区负责人说，今年将继续控制每日入园人数，保证"
        "游览体验。 当地还在主要景区增设了志愿服务点，为游客提供路线咨询和应急救助。 文化旅游部门预计，假期"
        "期间全市接待游客将超过去年同期。"
    )
    text = (
        f"{headline}-新华网 客户端 搜索 新华网 正文 {headline} 2024-04-02 10:15:30 来源： 新华网 关注新华网 "
        f"微信 微博 Qzone 评论 新华社长沙4月2日电（记者 林晓峰）{first} {caption}（新华社记者 何文静 摄） "
        f"{second} +1 【纠错】 责任编辑： 王立新 新闻评论 热帖 城市绿道如何建得更好？ 2019-05-06 09:30:12"
    )
    assert len(text) < ONELINE_MIN_CHARS
    article = normalise_article(text, Options(reference_date=None))
    assert article.headline == headline
    assert article.published_at == "2024-04-02T10:15:30+08:00"
    assert article.byline.authors == ["林晓峰"]
    assert article.body == [first, second]
    assert [(c.text, c.photographer) for c in article.captions] == [(caption, "何文静")]
    assert [(c.name, c.role) for c in article.contributors] == [("王立新", "责任编辑")]


def test_a_chinese_page_under_a_channel_menu_keeps_its_exclaimed_headline() -> None:
    # Xinhua's Chinese layout as copied line by line: a ticker, a channel menu run onto one
    # line, the breadcrumb's "正文", a headline that ends as a sentence does ("！"), the
    # stamp and source, share buttons, then the article.
    headline = "山城的灯火：每一盏都为晚归的人亮着！"
    first = "“阿婆，这么晚还不关门吗？”夜里九点多，刚下班的年轻人推开杂货铺的门，店主笑着说再等等。"
    second = (
        "入冬以来，老街口的杂货铺每晚都亮灯到十点。店主说，附近工地的工人下班晚，总有人来买热水和面包，"
        "她便把关门的时间推后了两个小时。"
    )
    third = "街道办事处表示，将在这条老街增设路灯和休息座椅，方便夜间出行的居民。"
    text = "\n".join(
        [
            "多地迎来今冬首场降雪交通部门提前部署新能源汽车下乡活动启动多所高校开设人工智能通识课",
            "客户端",
            "搜索",
            "时政 地方 法治 高层 人事 理论 国际 军事 访谈 港澳 台湾 财经 汽车 房产 教育 科技 体育 旅游 健康",
            "新华网 正文",
            headline,
            "2024-12-02 21:15:40 来源： 新华网",
            "关注新华网",
            "微信",
            "微博",
            "评论",
            "",
            first,
            "",
            second,
            "",
            third,
        ]
    )
    article = normalise_article(text, Options(reference_date=None))
    assert article.outlet == "Xinhua News Agency"
    assert article.headline == headline
    assert article.published_at == "2024-12-02T21:15:40+08:00"
    assert article.body == [first, second, third]


def test_a_short_line_under_the_stamp_and_its_buttons_is_no_headline() -> None:
    # The stamp's line closes the header; what stands below it, past the share buttons, is
    # the article's (a short quoted first line), not a title printed between two stamps.
    headline = "山城的灯火：每一盏都为晚归的人亮着！"
    text = "\n".join(
        [
            "新华网 正文",
            headline,
            "2024-12-02 21:15:40 来源： 新华网",
            "关注新华网",
            "微信",
            "",
            "“阿婆，这么晚还不关门吗？”",
            "",
            "入冬以来，老街口的杂货铺每晚都亮灯到十点。店主说，附近工地的工人下班晚，她便把关门的时间推后了两个小时。",
            "",
            "街道办事处表示，将在这条老街增设路灯和休息座椅，方便夜间出行的居民。",
        ]
    )
    assert normalise_article(text, Options(reference_date=None)).headline == headline


@pytest.mark.parametrize(
    "label",
    ["EXCLUSIVE", "Ukraine crisis", "Photo", '<iframe width="476" src="https://tass.example/embed/7"></iframe>'],
)
def test_a_label_between_the_stamp_and_the_headline_leaves_the_headline(label: str) -> None:
    # TASS's layout (time, headline, article) with a label under the time.
    golden = GOLDEN / "tass" / "tretyakov-icons-yearless-stamp"
    text = golden.with_suffix(".txt").read_text(encoding="utf-8").replace("UTC+3\n", f"UTC+3\n{label}\n", 1)
    expected = json.loads(golden.with_suffix(".json").read_text(encoding="utf-8"))["headline"]
    assert f"UTC+3\n{label}\n" in text
    assert normalise_article(text, Options(reference_date=None)).headline == expected


@pytest.mark.parametrize(
    "foot", ["Source: Reuters | 12.03.2024 14:30", "(dpa) 12.03.2024 14:30", "Editor: Xiang Bo | 2019-11-14 09:41:52"]
)
def test_a_short_storys_foot_of_source_and_time_leaves_its_paragraph_in_the_body(foot: str) -> None:
    paragraph = (
        "The city council approved a plan on Tuesday to plant ten thousand trees along the river, officials "
        "said, after a year of consultation with residents who had asked for more shade."
    )
    notice = (
        "Readers' comments are moderated and published within a few hours, and the newsroom reserves the right "
        "to shorten or remove any comment that breaks the house rules."
    )
    text = "\n".join(
        ["Harbour Times", "Council backs river tree plan after a year of talks", "", paragraph, "", foot, "", notice]
    )
    assert normalise_article(text, Options(reference_date=None)).body[:1] == [paragraph]


def test_a_headline_that_a_collapsed_menu_runs_into_keeps_its_opening_name() -> None:
    # "New" could be the menu's last item; the page prints "New Taipei" again further on.
    headline = "New Taipei offers free flu shots at MRT stations"
    paragraph = (
        "The New Taipei City Department of Health said yesterday that residents aged 65 or older could get "
        "a free influenza vaccine at five MRT stations from today until Friday, as cases rise with the cold. "
    ) * 5
    text = (
        f"Taipei Times Home News Politics Business World Sport Culture Opinion Video {headline} "
        f"By Lin Mei-hua Nov. 25, 2024 10:05 AM {paragraph.strip()} Copyright 2024 Taipei Times"
    )
    assert len(text) >= ONELINE_MIN_CHARS  # long enough to be read as a collapsed page
    article = normalise_article(text, Options(reference_date=None))
    assert (article.outlet, article.headline) == ("Taipei Times", headline)


def test_an_unknown_outlets_page_collapsed_onto_one_line_gives_no_headline() -> None:
    # Without the outlet's layout, the headline of a page run onto one line is a guess
    # (on the corpus, the layout rules took a wrong one on 59% of such pages).
    paragraph = (
        "The city's health department said yesterday that residents aged 65 or older could get a free "
        "influenza vaccine at five stations from today until Friday, as cases rise with the cold. "
    ) * 5
    text = (
        "Daily Harbour Home News Politics Business World Sport Culture Opinion Video "
        f"City offers free flu shots at stations By Lin Mei-hua Nov. 25, 2024 10:05 AM {paragraph.strip()}"
    )
    assert len(text) >= ONELINE_MIN_CHARS
    article = normalise_article(text, Options(reference_date=None))
    assert article.headline is None
    assert ("low_confidence", "headline") in [(w.code, w.field) for w in article.warnings]
    assert article.body and article.published_date == "2024-11-25"


COUNCIL = (
    "The council met at 11:30 Tuesday to approve the budget for the new library, which will open in the "
    "spring. The first bus leaves at 06:45 Monday to Friday, and the last one at 23:10 Sunday, the transport "
    "office said. Temperatures will range from -3 to +1 degrees Celsius over the weekend, forecasters said. "
)


def test_times_and_signs_in_the_prose_of_a_collapsed_page_are_not_furniture() -> None:
    # Two times followed by capitals are no news ticker when a sentence holds them.
    text = f"Council approves library budget By Anna Smith 25 November 2024 10:05 {COUNCIL * 4}".strip()
    assert len(text) >= ONELINE_MIN_CHARS  # long enough to be read as a collapsed page
    article = normalise_article(text, Options(reference_date=None))
    assert article.published_at == "2024-11-25T10:05:00+08:00"
    assert article.body == [(COUNCIL * 4).strip()]


@pytest.mark.parametrize(
    "headline",
    [
        "Malaysia's Top Court Upholds Najib Conviction, Rejects Bid For A Fresh Retrial",
        "MALAYSIA'S TOP COURT UPHOLDS NAJIB CONVICTION, REJECTS BID FOR A FRESH RETRIAL",
    ],
)
def test_a_long_headline_in_title_case_or_capitals_is_no_menu(headline: str) -> None:
    text = f"{headline}\n\n{COUNCIL}\n"
    assert normalise_article(text, Options(reference_date=None)).headline == headline


def test_a_chinese_page_with_one_long_paragraph_is_not_a_collapsed_page() -> None:
    headline = "张家界游客量回升 多条登山步道恢复开放"
    paragraph = (
        "清明假期临近，湖南省张家界市多个景区的游客量明显回升，景区管理部门表示，此前因维修关闭的三条登山步道"
        "已于本周恢复开放，部分路段加装了护栏和休息平台。"
    ) * 6 + "全市接待游客同比增长两成（数据来源：市文化旅游局）。"
    article = normalise_article(f"{headline}\n\n{paragraph}\n", Options(reference_date=None))
    assert (article.headline, article.body) == (headline, [paragraph])


def test_a_tass_headline_that_opens_with_a_long_name_is_kept_whole() -> None:
    headline = "Russian President Vladimir Putin signs law on regional budgets"
    paragraph = (
        "The law allows regions to move unspent road funds into their general budgets until the end of next "
        "year, according to the document published on the legal information portal. "
    ) * 5
    text = (
        "TASS Russian News Agency English Search World Business & Economy Politics Sports All news "
        f"Politics November 29, 09:30 UTC+3 {headline} The law takes effect on the day it is published "
        f"MOSCOW, November 29. /TASS/. {paragraph.strip()} © TASS 1999-2024."
    )
    assert len(text) >= ONELINE_MIN_CHARS  # long enough to be read as a collapsed page
    assert normalise_article(text, Options(reference_date=date(2024, 11, 29))).headline == headline


def test_a_list_of_linked_headlines_inside_a_collapsed_article_is_left_out() -> None:
    first = (
        "DULUTH, Minn. (AP) — Grain shipments through the port fell by a tenth this summer as low water forced "
        "freighters to sail lighter, the port authority said Thursday. "
    ) * 4
    after = "The mayor said Tom Reinholt, a dispatcher, would join the new harbor board in January."
    text = (
        "Port grain shipments fall as lake levels drop | AP News Menu World U.S. Politics Sports By MARTA KOWALSKI "
        f"Updated 4:05 PM EDT, October 10, 2024 {first.strip()} RELATED COVERAGE Iron ore shipments slow as "
        f"steel demand cools Coast Guard readies icebreakers early {after} "
        "Copyright 2024 The Associated Press. All Rights Reserved."
    )
    assert len(text) >= ONELINE_MIN_CHARS  # long enough to be read as a collapsed page
    body = normalise_article(text, Options(reference_date=None)).body
    assert body[-1] == after
    assert not any("icebreakers" in paragraph for paragraph in body)


def test_a_tags_line_ends_the_article() -> None:
    paragraph = "The museum will reopen its east wing on Saturday after two years of repairs, its director said."
    text = f"Museum reopens east wing\n\n{paragraph}\n\nTags:\n\nThe city's three best bakeries, ranked.\n"
    assert normalise_article(text, Options(reference_date=None)).body == [paragraph]


_LEAD_REST = "The state will open 45 more flood relief centres from tomorrow, officials said on Saturday."
_LATER = "About 1,400 families were moved to relief centres on Friday night, the state disaster office said."


@pytest.mark.parametrize(
    ("lead", "location"),
    [
        # The Malaysian and Singaporean press: the place in capitals, then a colon.
        ("KUALA TERENGGANU: ", "Kuala Terengganu"),
        ("SINGAPORE: ", "Singapore"),
        # A place of three parts, and an update's count before it (the Philippine press).
        ("MALOLOS CITY, Bulacan, Philippines — ", "Malolos City, Bulacan, Philippines"),
        ("(1st UPDATE) ILOILO CITY, Philippines – ", "Iloilo City, Philippines"),
        # Montsame's: the place, the whole date, the agency between slashes.
        ("Ulaanbaatar, December 28, 2024 /MONTSAME/. ", "Ulaanbaatar"),
    ],
)
@pytest.mark.parametrize(
    "above",
    [
        "",
        "This audio is generated by an AI tool.\n\n",
        # A standfirst, and the headline printed again under it (CNA's layout).
        "Four more halls will open as rivers keep rising.\n\nTerengganu opens more relief centres\n\n",
    ],
    ids=["first", "below a note", "below a standfirst"],
)
def test_a_dateline_lead_opens_the_first_paragraph(lead: str, location: str, above: str) -> None:
    # The article starts at its lead: the short lines above it are the page's.
    text = f"Terengganu opens more relief centres\n\n28 Dec 2024 10:30AM\n\n{above}{lead}{_LEAD_REST}\n\n{_LATER}\n"
    article = normalise_article(text, Options(reference_date=None, provenance=True))
    assert article.dateline is not None and article.dateline.location == location
    assert article.body == [_LEAD_REST, _LATER]
    assert article.provenance is not None
    assert [article.provenance[f"body.{i}"].raw for i in range(2)] == [_LEAD_REST, _LATER]
    assert "body.2" not in article.provenance


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        ("Uferstadt, (12.11.2021). ", "2021-11-12"),  # a press release's place and day
        ("Uferstadt, 12. November 2021 – ", "2021-11-12"),
        ("(21. November 2022) ", "2022-11-21"),  # the day alone, in brackets
        ("Nach dem 12.11.2021 ", None),  # a sentence that opens with words
    ],
)
def test_a_date_that_opens_the_first_paragraph_after_a_place_dates_an_unstamped_page(
    lead: str, day: str | None
) -> None:
    body = (
        "Der Stadtrat hat am Dienstag einen Plan gebilligt, tausend Bäume entlang des Flusses zu pflanzen, "
        "wie die Verwaltung mitteilte. Die Arbeiten beginnen im Frühjahr und dauern drei Jahre."
    )
    text = f"Stadt pflanzt tausend Bäume am Fluss\n\nEin Plan für das Ufer\n\n{lead}{body}\n\n{_LATER}\n"
    assert normalise_article(text, Options(reference_date=None)).published_date == day


@pytest.mark.parametrize("lead", ["EXCLUSIVE: ", "BREAKING: ", "PS: ", "UPDATE: "])
def test_a_label_in_capitals_before_a_colon_is_no_dateline(lead: str) -> None:
    text = f"Terengganu opens more relief centres\n\n28 Dec 2024 10:30AM\n\n{lead}{_LEAD_REST}\n\n{_LATER}\n"
    article = normalise_article(text, Options(reference_date=None))
    assert article.dateline is None
    assert article.body == [lead + _LEAD_REST, _LATER]


def test_a_lead_below_a_paragraph_is_no_dateline() -> None:
    # "HARBOUR TRUST: ..." in the second paragraph is a speaker or a label; the lead opens
    # the article, below nothing longer than a line of the page's.
    first = f"{_LATER} Most had returned home by Saturday afternoon, after the water receded."
    text = f"Terengganu opens more relief centres\n\n28 Dec 2024 10:30AM\n\n{first}\n\nHARBOUR TRUST: {_LEAD_REST}\n"
    article = normalise_article(text, Options(reference_date=None))
    assert article.dateline is None
    assert article.body == [first, "HARBOUR TRUST: " + _LEAD_REST]


@pytest.mark.parametrize(
    ("before", "organisation", "sources"),
    [
        # A wire's story carried: the agency is the organisation and a source.
        ("Agence France-Presse / ", "Agence France-Presse", ["Agence France-Presse"]),
        # The outlet's own: the organisation only.
        ("Philippine Daily Inquirer / ", "Philippine Daily Inquirer", []),
    ],
)
def test_an_agency_or_outlet_before_the_stamp_is_the_organisation_not_the_section(
    before: str, organisation: str, sources: list[str]
) -> None:
    text = (
        f"Hanoi to ban petrol motorbikes from its Old Quarter\n\n{before}10:05 AM November 12, 2024\n\n"
        f"{_LEAD_REST}\n\n{_LATER}\n"
    )
    article = normalise_article(text, Options(reference_date=None))
    assert article.section is None
    assert article.published_at == "2024-11-12T10:05:00+08:00"
    assert (article.byline.organisation, article.sources) == (organisation, sources)


@pytest.mark.parametrize(
    ("line", "section"),
    [
        # A byline before the stamp is no section; "@" stands between date and time.
        ("By Rizal Hakim - June 18, 2024 @ 11:42am", None),
        ("Local | June 18, 2024 11:42am", "Local"),
        # On an unknown layout, only a label behind a bar: a weekday, a stamp's label, a
        # user's name or a place stands there far more often than a section.
        ("Tuesday, June 18, 2024 11:42am", None),
        ("Latest update June 18, 2024 11:42am", None),
        ("MikeNils June 18, 2024 11:42am", None),
    ],
)
def test_what_stands_before_the_stamp(line: str, section: str | None) -> None:
    text = f"Penang council adds rubbish compactors\n\n{line}\n\n{_LEAD_REST}\n\n{_LATER}\n"
    article = normalise_article(text, Options(reference_date=None))
    assert (article.section, article.published_at) == (section, "2024-06-18T11:42:00+08:00")


@pytest.mark.parametrize(
    ("crumb", "section"),
    [
        ("Home » Politik » Inland", "Inland"),
        ("Home / Aktuell", "Aktuell"),
        ("Accueil / International / Moyen-Orient", "Moyen-Orient"),
        # A menu's pair or list between slashes, on an unknown outlet's page.
        ("Anmelden / Registrieren", None),
        ("Impressum / Kontakt", None),
        ("Sommer / Winter / Mixed", None),
        # Guillemets quote; a widget's marks; an address.
        ("«Die Alpen» lesen", None),
        ("EMBED <>More Videos", None),
        ("[› redaktion@example.org", None),
    ],
)
def test_a_breadcrumb_on_an_unknown_page(crumb: str, section: str | None) -> None:
    text = f"{crumb}\n\nPenang council adds rubbish compactors\n\nJune 18, 2024 11:42am\n\n{_LEAD_REST}\n\n{_LATER}\n"
    assert normalise_article(text, Options(reference_date=None)).section == section


def test_the_breadcrumb_is_the_one_nearest_the_headline() -> None:
    paragraph = (
        "食物環境衛生署今日宣布，大埔墟街市熟食中心將於6月中起分兩期進行翻新，受影響的食肆會暫遷至臨時檔位繼續營業。"
    )
    text = f"登入 / 註冊\n搜尋\n即時新聞 > 港聞\n\n大埔墟熟食中心6月起分兩期翻新\n\n2024/05/21 16:35\n\n{paragraph}\n"
    assert normalise_article(text, Options(reference_date=None)).section == "港聞"


@pytest.mark.parametrize(
    ("lines", "byline"),
    [
        # The author's name, the outlet's on the line below, then the stamp.
        ("Tom Gresley\nThe West Australian\nWed, 14 August 2024 6:05PM", ("Tom Gresley", "The West Australian")),
        # The outlet's address after the name.
        ("Ramon Ilagan - Philstar.com\nMarch 13, 2025 | 4:38pm", ("Ramon Ilagan", "The Philippine Star")),
    ],
)
def test_the_outlet_beside_an_authors_name_is_the_organisation(lines: str, byline: tuple[str, str]) -> None:
    text = f"Museum reopens east wing\n\n{lines}\n\n{_LEAD_REST}\n\n{_LATER}\n\nMore to come.\n"
    article = normalise_article(text, Options(reference_date=None))
    assert (article.byline.authors, article.byline.organisation) == ([byline[0]], byline[1])
    assert article.body == [_LEAD_REST, _LATER]


def test_a_link_to_another_story_among_chinese_paragraphs_is_left_out_and_the_article_goes_on() -> None:
    first = "運輸署今日向區議會提交文件，建議新增一條通宵專線小巴路線，每晚開出六班。"
    second = "建議中的小巴路線途經觀塘道及寶琳北路，全程約25分鐘，收費暫定為16.5元。"
    link = "延伸閱讀：九巴下月起重組觀塘區路線 3條路線縮短行車距離（按此閱讀）"
    text = f"運輸署擬增觀塘通宵小巴線\n\n發佈日期：2024-09-12 17:48\n\n{first}\n\n{link}\n\n{second}\n"
    assert normalise_article(text, Options(reference_date=None)).body == [first, second]


@pytest.mark.parametrize("stamp", ["2024/11/08 18:20", "2024/11/08 18:20 記者林彥廷／嘉義報導"])
def test_the_liberty_times_lead_gives_the_place_and_the_reporter(stamp: str) -> None:
    paragraph = "嘉義縣番路鄉柿餅進入產季，鄉公所今天宣布柿餅節系列活動將從本月16日起連續3個週末登場。"
    text = f"嘉義番路柿餅季開跑\n\n{stamp}\n\n〔記者林彥廷／嘉義報導〕{paragraph}\n\n請繼續往下閱讀...\n"
    article = normalise_article(text, Options(reference_date=None))
    assert article.dateline is not None and article.dateline.location == "嘉義"
    assert (article.byline.authors, article.body) == (["林彥廷"], [paragraph])
    assert article.published_at == "2024-11-08T18:20:00+08:00"


@pytest.mark.parametrize("heading", ["相關新聞", "熱門新聞", "推薦閱讀"])
def test_a_traditional_chinese_related_heading_ends_the_article(heading: str) -> None:
    first = "嘉義縣番路鄉柿餅進入產季，鄉公所今天宣布柿餅節系列活動將從本月16日起登場。"
    second = "農會指出，今年入秋後日照充足，柿餅品質穩定，預估產量與去年相當。"
    other = "中埔鄉農會推紅心芭樂禮盒，網路搶先預購開跑。"
    text = f"嘉義番路柿餅季開跑\n\n2024/11/08 18:20\n\n{first}\n\n{second}\n\n{heading}\n{other}\n"
    assert normalise_article(text, Options(reference_date=None)).body == [first, second]


@pytest.mark.parametrize(
    ("line", "stamp", "reporter"),
    [
        # Taiwan's press: the paper's name after the stamp, glued to its time or not.
        ("2019-03-18 23:59聯合報 記者陳嘉寧／桃園機場報導", "2019-03-18 23:59", ["陳嘉寧"]),
        ("2024-06-18 14:26 聯合報／ 記者", "2024-06-18 14:26", None),
        ("2024-08-05 11:51 工商時報", "2024-08-05 11:51", None),
    ],
)
def test_a_stamp_before_a_papers_name_is_a_stamp(line: str, stamp: str, reporter: list[str] | None) -> None:
    items = classify_line(line, None)
    assert [(item.kind, item.text) for item in items if item.kind is Kind.STAMP] == [(Kind.STAMP, stamp)]
    bylines = [item.byline.authors for item in items if item.kind is Kind.BYLINE and item.byline]
    assert bylines == ([reporter] if reporter else [])


def test_a_stamps_label_after_it_is_no_papers_name() -> None:
    # "更新" (updated) labels the stamp: it is not cut off as a paper's name.
    items = classify_line("2005-02-06 13:26更新", None)
    assert not [item for item in items if item.kind is Kind.STAMP and item.label is None]


def test_an_outlets_sign_off_and_a_machines_notice_are_not_the_article() -> None:
    first = "The museum will reopen its east wing on Saturday after two years of repairs, its director said."
    last = "Tickets for the first weekend have sold out, and the museum will open an hour early on Sunday."
    notice = "This is AI generated summarization, which may have errors. For context, always refer to the full article."
    text = f"Museum reopens east wing\n\n{notice}\n\n{first}\n\n{last} – Rappler.com\n"
    article = normalise_article(text, Options(reference_date=None))
    assert (article.body, article.sources) == ([first, last], [])


@pytest.mark.parametrize(
    "heading",
    [
        "Previous article",
        "Other News",
        "Latest from Hong Kong Free Press",
        "上一篇：港鐵東鐵綫列車服務延誤",
        "相關字詞﹕大埔 熟食中心",
    ],
)
def test_the_links_to_other_stories_end_the_article(heading: str) -> None:
    first = "The museum will reopen its east wing on Saturday after two years of repairs, its director said."
    last = "Tickets for the first weekend have sold out, and the museum will open an hour early on Sunday."
    text = (
        f"Museum reopens east wing\n\n{first}\n\nREAD: City's three best bakeries, ranked\n\n{last}\n\n"
        f"{heading}\nHarbour ferry timetable changes next month\n"
    )
    assert normalise_article(text, Options(reference_date=None)).body == [first, last]


@pytest.mark.parametrize("heading", ["Read Next", "Read next >", "Must Read", "FEATURED STORIES"])
def test_a_list_of_other_stories_ends_the_article(heading: str) -> None:
    first = "The museum will reopen its east wing on Saturday after two years of repairs, its director said."
    last = "Tickets for the first weekend have sold out, and the museum will open an hour early on Sunday."
    text = (
        f"Museum reopens east wing\n\n{first}\n\nArticle continues after this advertisement\n\n{last}\n\n"
        f"{heading}\nThe city's three best bakeries, ranked\nHarbour ferry timetable changes next month\n"
    )
    assert normalise_article(text, Options(reference_date=None)).body == [first, last]


_ERSTER = "Das Museum öffnet seinen Ostflügel am Samstag nach zwei Jahren Bauzeit wieder, sagte die Direktorin."
_LETZTER = "Die Karten für das erste Wochenende sind vergriffen, am Sonntag öffnet das Haus eine Stunde früher."
_TEASER = "Die Stadtbibliothek verlängert ihre Öffnungszeiten ab März an drei Abenden um jeweils zwei Stunden."


@pytest.mark.parametrize(
    "heading",
    [
        "Zusatzinformationen",
        "Schlagwörter:",
        "Empfohlene Beiträge",
        "Mehr Themen",
        "Notas relacionadas",
        "Das könnte Sie auch interessieren!",
        "Diese Artikel könnten dich interessieren",
        "Kommentar *",
        "Post navigation",
    ],
)
def test_a_heading_of_the_pages_furniture_ends_the_article(heading: str) -> None:
    # A teaser after the heading reads as a paragraph: only the heading tells it from the article.
    text = f"Museum öffnet Ostflügel\n\n{_ERSTER}\n\n{_LETZTER}\n\n{heading}\n\n{_TEASER}\n"
    assert normalise_article(text, Options(reference_date=None)).body == [_ERSTER, _LETZTER]


def test_a_byline_may_end_with_the_authors_role() -> None:
    text = (
        "New Taipei offers free flu shots\n\nBy Tsai Wen-hsuan and Kevin Lu / Staff reporters\n\n"
        "The city's health department yesterday said it would offer free influenza vaccines at five "
        "MRT stations from today until Friday.\n"
    )
    article = normalise_article(text, Options(reference_date=date(2024, 11, 25)))
    assert (article.byline.authors, article.byline.organisation) == (["Tsai Wen-hsuan", "Kevin Lu"], None)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # The Philippine Daily Inquirer's form: a colon, the role after a dash, a handle.
        ("By: Maria Santos - Reporter / @msantosINQ", ["Maria Santos"]),
        ("By: Maria Santos, Juan Dela Cruz - Reporters / @INQnational", ["Maria Santos", "Juan Dela Cruz"]),
        ("By: Maria Santos - @inquirerdotnet", ["Maria Santos"]),
        # A handle glued to the name, as a magazine's byline prints its link.
        ("By Eric Lindqvist@EricLindqvist", ["Eric Lindqvist"]),
        ("By Eric Lindqvist @EricLindqvist", ["Eric Lindqvist"]),
        ("By Maria Santos - Correspondent", ["Maria Santos"]),
        # The word takes a colon in other languages too.
        ("Por: Juan Pérez", ["Juan Pérez"]),
        ("Von: Anna Meyer", ["Anna Meyer"]),
        # A hyphen inside a name is no dash before a role.
        ("By Jean-Luc Moreau", ["Jean-Luc Moreau"]),
        # Blogs' and magazines' phrases in other languages.
        ("Gepostet von Lena Vogt | Wohnen", ["Lena Vogt"]),
        ("Blog Beitrag von Lena Vogt", ["Lena Vogt"]),
        ("Ein Artikel von Lena Vogt", ["Lena Vogt"]),
        ("Publié par Claire Dumas", ["Claire Dumas"]),
        ("Escrito por Lucía Ferrer", ["Lucía Ferrer"]),
        ("Scritto da Marco Bellini", ["Marco Bellini"]),
        # A phrase takes a colon as a word does.
        ("Written by: Marisol Quan", ["Marisol Quan"]),
        ("Geschrieben von: Lena Vogt", ["Lena Vogt"]),
    ],
)
def test_a_byline_may_open_with_a_colon_and_end_with_a_role_or_a_handle(byline: str, authors: list[str]) -> None:
    text = (
        f"Council approves new ferry terminal\n\n{byline}\n\n"
        "The city council on Wednesday approved the construction of a new ferry terminal that officials "
        "said would ease congestion at the old port.\n"
    )
    assert normalise_article(text, Options(reference_date=None)).byline.authors == authors


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # The names end where a date or a time begins; a tag list after it names no one.
        ("Posted by Hanna M. Vogt at 18:52 Tagged with: schule, Eltern", ["Hanna M. Vogt"]),
        ("Von Jan Meier am 12.03.2020", ["Jan Meier"]),
        ("By Jane Doe and John Roe 12 March 2020", ["Jane Doe", "John Roe"]),
        # The stamp's month, weekday or label before its first digit is no part of the name.
        ("by Jane Doe on December 4, 2006", ["Jane Doe"]),
        ("By Hanna M. Vogt November 8, 2023 | 6:03 pm", ["Hanna M. Vogt"]),
        ("Von Jan Meier Mittwoch 26.01.2022", ["Jan Meier"]),
        ("Von Jan Meier Vom 3. Februar 2022", ["Jan Meier"]),
        ("von Lea_Kern Veröffentlicht am 11. Juni 2019", ["Lea_Kern"]),
        # A name's last word that is also a month's or a weekday's is the name's.
        ("By Theresa May 12 March 2020", ["Theresa May"]),
        ("By Yang Sun 12.03.2020", ["Yang Sun"]),
        # A digit inside a user's handle is no date.
        ("By Lena Marquardt, Kitty2000", ["Lena Marquardt", "Kitty2000"]),
        # A date or a time the copied text glued to the last name ends it.
        ("von Lea Kern21.04.2021 - 09:15 Uhr21.04.2021 - 09:15 Uhr", ["Lea Kern"]),
        ("By Tom Hale18:52", ["Tom Hale"]),
        ("Von Lea Kern12. Mai 2021", ["Lea Kern"]),
    ],
)
def test_a_bylines_names_end_where_its_date_begins(byline: str, authors: list[str]) -> None:
    parsed = parse_byline(byline)
    assert parsed is not None and parsed.authors == authors


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # The writers' team after a dash; an initial between names without its stop.
        ("Posted by Dana Ortiz and Kiran C Nair - Cloud Security team", ["Dana Ortiz", "Kiran C Nair"]),
        # A department and a company after the name are where the writer works, and a
        # word after a comma where the writer filed from.
        ("Posted by Alex Moreno, Developer Marketing, Google", ["Alex Moreno"]),
        ("By Jane Doe, Washington", ["Jane Doe"]),
    ],
)
def test_what_follows_a_bylines_names_is_no_writer(byline: str, authors: list[str]) -> None:
    parsed = parse_byline(byline)
    assert parsed is not None and parsed.authors == authors


@pytest.mark.parametrize(
    ("byline", "authors", "organisation"),
    [
        ("Von Jan Meier / dpa", ["Jan Meier"], "Deutsche Presse-Agentur"),  # the agency after a slash
        ("Text: Jan Meier / hafenblatt.de", ["Jan Meier"], None),  # the site's address: no one
        ("Von Jan Meier / Kieler Nachrichten", ["Jan Meier"], None),  # a paper's name after it: no one
        ("Von Jan Meier / Hafenblatt", ["Jan Meier"], None),
        ("Eine Kolumne von Jan Meier", ["Jan Meier"], None),
    ],
)
def test_a_slash_parts_names_and_outlet(byline: str, authors: list[str], organisation: str | None) -> None:
    parsed = parse_byline(byline)
    assert parsed is not None and (parsed.authors, parsed.organisation) == (authors, organisation)


@pytest.mark.parametrize(
    ("byline", "authors", "organisation"),
    [
        # The outlet the writers wrote the piece for is no writer; a byline in title case
        # joins its names with "And".
        ("By Tom Hale And Rita Okafor For The Sunday Courier", ["Tom Hale", "Rita Okafor"], None),
        ("By Tom Hale and Rita Okafor for The Sunday Courier", ["Tom Hale", "Rita Okafor"], None),
        ("By Tom Hale For Examplenews.com", ["Tom Hale"], None),
        ("By Tom Hale for Reuters", ["Tom Hale"], "Reuters"),
    ],
)
def test_the_outlet_a_byline_writes_for_is_no_writer(byline: str, authors: list[str], organisation: str | None) -> None:
    parsed = parse_byline(byline)
    assert parsed is not None and (parsed.authors, parsed.organisation) == (authors, organisation)


@pytest.mark.parametrize("line", ["Story by Tom Hale", "Article by Tom Hale", "Words by Tom Hale"])
def test_english_openings_of_a_byline_are_read(line: str) -> None:
    items = classify_line(line, None)
    assert [item.kind for item in items] == [Kind.BYLINE] and items[0].byline.authors == ["Tom Hale"]


def test_a_stamp_labelled_written_is_read() -> None:
    items = classify_line("Written: 2023-05-02 09:15:00 / Updated: 2023-05-02 10:40:12", None)
    assert [item.kind for item in items] == [Kind.STAMP, Kind.STAMP]
    assert classify_line("Written: Tom Hale", None) == []  # a label with a name after it is no stamp


def test_a_broadcasters_name_in_capitals_after_the_names_is_their_organisation() -> None:
    parsed = parse_byline("Von Anna Keller, Tobias Brandt, NDR")
    assert parsed is not None
    assert (parsed.authors, parsed.organisation) == (["Anna Keller", "Tobias Brandt"], "NDR")


def test_a_colon_after_by_in_prose_makes_no_byline() -> None:
    text = (
        "Council approves new ferry terminal\n\nBy: the end of the year, the terminal should be open.\n\n"
        "The city council on Wednesday approved the construction of a new ferry terminal that officials "
        "said would ease congestion at the old port.\n"
    )
    assert normalise_article(text, Options(reference_date=None)).byline.authors == []


# A caption line, its credit at the end, as the outlets print them.
CAPTIONS = [
    # China Daily's print style: the photographer in capitals, then the outlet.
    (
        "A farmer sprays a wheat field with a drone in Liaocheng, Shandong province, May 22.",
        "WANG JING / CHINA DAILY",
        ("China Daily", "Wang Jing", "Liaocheng, Shandong province"),
    ),
    # The place may be a part of a country, in lower case.
    (
        "A harvester at work in a paddy field in northeastern China.",
        "Photo: AP",
        ("Associated Press", None, "northeastern China"),
    ),
    # The place may come before a time phrase.
    (
        "Floodwaters cover a road in Kuala Kangsar during last year's monsoon season.",
        "— Bernama pic",
        ("Bernama", None, "Kuala Kangsar"),
    ),
    # A company credited for a photo is not its photographer.
    (
        "A light rail train passes the art centre by the harbour.",
        "Photo courtesy of Kaohsiung Rapid Transit Corp.",
        ("Kaohsiung Rapid Transit Corp.", None, None),
    ),
    # A place name with a particle in lower case.
    (
        "Fishermen unload sardines at the harbour in Vila do Conde, Portugal, June 3.",
        "Photo: Reuters",
        ("Reuters", None, "Vila do Conde, Portugal"),
    ),
    # A credit never splits a person's name: the photographer's first name is no place.
    (
        "Protesters gather outside parliament in Washington DC",
        "Stefan Rousseau/PA",
        ("PA", "Stefan Rousseau", "Washington DC"),
    ),
    (
        "Volunteers clear a beach on Monday.",
        "Li Wei/Xinhua",
        ("Xinhua News Agency", "Li Wei", None),
    ),
    # Sputnik's credit, glued to the caption on a collapsed page: the agency is the credit.
    (
        "Divers inspect a water intake in Listvyanka, Irkutsk Region, 14 March 2019",
        "© Sputnik / Yuri Belov",
        ("Sputnik", "Yuri Belov", "Listvyanka, Irkutsk Region"),
    ),
    # The GMT+8 press's credits: the photographer's whole name before the outlet, after a
    # label or a dash; the sentence's full stop is no part of the credit.
    (
        "Readers at the central library in Causeway Bay.",
        "File photo: Kyle Lam/HKFP.",
        ("HKFP", "Kyle Lam", "Causeway Bay"),
    ),
    (
        "Residents wade through a flooded street in Jaro, Iloilo City, on August 6, 2024.",
        "Photo by Joey Pabalan/Rappler",
        ("Rappler", "Joey Pabalan", "Jaro, Iloilo City"),
    ),
    (
        "Crews at the station site in Morley.",
        "Credit: Josh Delaney/The West Australian",
        ("The West Australian", "Josh Delaney", "Morley"),
    ),
    ("An artist's impression of the finished interchange.", "Credit: Supplied", (None, None, None)),
    (
        "Passengers board a bus at the Pasar Seni hub in Kuala Lumpur.",
        "— AZMAN GHANI/The Star",
        ("The Star", "Azman Ghani", "Kuala Lumpur"),
    ),
    (
        "Health workers check the blood pressure of fishermen aboard a boat in Malolos City.",
        "—MARITES D. LACSON",
        (None, "Marites D. Lacson", "Malolos City"),
    ),
    # Borneo Bulletin's short credit: a department's acronym after one sentence and a dash.
    (
        "Rescuers search the riverbank near Kampong Ayer.",
        "– RBPF",
        ("RBPF", None, "Kampong Ayer"),
    ),
    (
        "Commuters line up for a bus at the stop in Quezon City.",
        "The STAR/Jomar Sagun",
        ("The STAR", "Jomar Sagun", "Quezon City"),
    ),
    (
        "Tourists walk past a rubbish compactor in Lebuh Chulia, George Town.",
        "- NSTP/ASYRAF HAMZAH",
        ("NSTP", "Asyraf Hamzah", "Lebuh Chulia, George Town"),
    ),
    (
        "Students at a study room in Sha Tin.",
        "Photo: GovHK.",
        ("GovHK", None, "Sha Tin"),
    ),
    (
        "Commuters line up for a bus at the stop in Quezon City.",
        "The STAR / Jomar Sagun",
        ("The STAR", "Jomar Sagun", "Quezon City"),
    ),
    # An outlet's name is no person's, even where it reads like one.
    (
        "Green minibuses queue at a terminus in Mong Kok.",
        "(Photo: Sing Tao)",
        ("Sing Tao Daily", None, "Mong Kok"),
    ),
    # The site's domain after the photographer's whole name, as China Daily prints it.
    (
        "Volunteers clear a beach in Qingdao on Monday.",
        "Liu Yang/chinadaily.com.cn",
        ("China Daily", "Liu Yang", "Qingdao"),
    ),
    # Other languages' labels; a German agency's mark of an archive picture; a picture
    # library is no photographer.
    (
        "Die Rektorin verlässt den Hörsaal der Universität.",
        "Foto: Lena Vogt/dpa/Archivbild",
        ("Deutsche Presse-Agentur", "Lena Vogt", None),
    ),
    ("Fischer bringen ihren Fang in den Hafen.", "(Foto: Pixabay)", ("Pixabay", None, None)),
    ("Der Zug fährt am Montag durch den Tunnel.", "Bild: KEYSTONE", ("Keystone", None, None)),
    ("El alcalde habla ante el pleno del Congreso.", "Foto: Ana Ruiz/EFE", ("Agencia EFE", "Ana Ruiz", None)),
]


@pytest.mark.parametrize(("caption", "credit", "expected"), CAPTIONS)
def test_a_caption_line_gives_its_credit_photographer_and_place(
    caption: str, credit: str, expected: tuple[str | None, ...]
) -> None:
    text = (
        f"Headline of the story\n\n{caption} {credit}\n\n"
        "Officials said on Monday that the work would continue through the coming weeks, and that "
        "residents would be told of any changes in advance.\n"
    )
    article = normalise_article(text, Options(reference_date=date(2024, 11, 18)))
    assert [(c.text, c.credit, c.photographer, c.location) for c in article.captions] == [(caption, *expected)]


def test_a_line_closed_by_an_agency_above_the_dateline_is_a_photos_caption() -> None:
    text = (
        "Relief centres to open as rain returns\n\nSaturday, 28 Dec 2024\n9:47 PM MYT\n\n"
        "Volunteers carry mattresses into a school hall in Setiu. — Bernama\n\n"
        "KUALA TERENGGANU: The state will open more relief centres from tomorrow, officials said, as "
        "forecasters warned of heavy rain until Tuesday.\n\n"
        "About 2,000 people were still sheltering in schools and halls on Saturday night.\n"
    )
    article = normalise_article(text, Options(reference_date=date(2024, 12, 28)))
    assert [(c.text, c.credit, c.location) for c in article.captions] == [
        ("Volunteers carry mattresses into a school hall in Setiu.", "Bernama", "Setiu")
    ]
    # The photo's credit is not the story's source, and the caption is not a paragraph.
    assert article.sources == []
    assert article.body[0].startswith("The state will open")
    # Below the dateline, the agency that closes a paragraph is the story's.
    closed = text.replace("Saturday night.", "Saturday night. — Bernama")
    assert normalise_article(closed, Options(reference_date=date(2024, 12, 28))).sources == ["Bernama"]


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Support HKFP  |  Policies & Ethics  |  Error/typo?  |  Contact Us  |  Newsletter", True),
        ("Home | News | Sport | Business | Weather", True),
        # Bars inside a sentence, or a headline with its site's name, are no menu.
        ("Fares rose by 5% | 7% | 9% | 12% on the four routes, the operator said on Monday.", False),
        ("Council approves ferry terminal | Local | The Daily Courier", False),
    ],
)
def test_a_row_of_links_between_bars_is_the_pages_chrome(line: str, chrome: bool) -> None:
    kinds = [item.kind for item in classify_line(line, None)]
    assert (kinds == [Kind.CHROME]) is chrome, kinds


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        (
            "The Courier is a community of readers who care about the harbour. With your ideas, help "
            "shape the stories we tell. Sign up now!",
            True,
        ),
        ("Immer informiert mit dem wöchentlichen Newsletter der Redaktion. Jetzt anmelden!", True),
        ("Not a subscriber? Subscribe today!", True),
        # An appeal that is the article's own sentence, or a word inside one, stays text.
        ("Residents who want to help can sign up now at the town hall, the trust said.", False),
        ("The trust told volunteers to Sign up now. Most of them did so within a week, it said.", False),
    ],
)
def test_a_paragraph_that_ends_asking_the_reader_to_sign_up_is_the_sites_appeal(line: str, chrome: bool) -> None:
    kinds = [item.kind for item in classify_line(line, None)]
    assert (kinds == [Kind.CHROME]) is chrome, kinds


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("You agree to Our Privacy Statement and its terms", True),
        ("We use cookies. By continuing you agree to our use of cookies.", True),
        ("I agree", True),
        # The article's own "agreed" and "agreement" stay text.
        ("The two councils agreed on a new ferry timetable after months of talks, the mayor said.", False),
    ],
)
def test_a_sites_notice_of_its_cookies_is_chrome(line: str, chrome: bool) -> None:
    kinds = [item.kind for item in classify_line(line, None)]
    assert (kinds == [Kind.CHROME]) is chrome, kinds


def test_a_row_of_links_between_bars_below_the_article_ends_it_and_one_above_does_not() -> None:
    text = (
        "Home | News | Sport | Business | Weather\n\n"
        "Night buses to run along the harbour from March\n\n"
        "The transport department said on Tuesday that two overnight routes would link the ferry piers "
        "with the new housing estates from the first week of March.\n\n"
        "Residents had asked for the service for years, a district councillor said, since the last "
        "minibus leaves before midnight.\n\n"
        "Support Us | Policies & Ethics | Error/typo? | Contact Us | Newsletter\n\n"
        "Keep independent reporting free for every reader by joining our members today\n\n"
        "Ada Lim is a reporter who covers transport and housing for the paper.\n"
    )
    body = normalise_article(text, Options(reference_date=None)).body
    assert body[0].startswith("The transport department said") and body[-1].startswith("Residents had asked")


@pytest.mark.parametrize(
    ("caption", "credit", "expected"),
    [
        # Taiwan's press: the reporter who took it, with the agency if named.
        ("港區新建的自行車道今天開放，市民試騎。", "（記者林雅婷攝）", (None, "林雅婷")),
        ("港區新建的自行車道今天開放，市民試騎。", "（中央社記者陳志明攝）", ("Central News Agency", "陳志明")),
        # The photo's source: provided by, or reproduced from.
        ("今年上半年手機銷量排行。", "圖/港都通訊提供", ("港都通訊", None)),
        ("下月開放的自行車道位在港區一帶。", "（圖翻攝自google map）", ("google map", None)),
        ("柿餅節活動海報。", "（圖由番路鄉公所提供）", ("番路鄉公所", None)),
        # Hong Kong's press: the photographer alone, or a file photo that names no one.
        ("港區新建的自行車道今天開放，市民試騎。", "（林曉彤攝）", (None, "林曉彤")),
        ("港區新建的自行車道今天開放，市民試騎。", "（資料圖片）", (None, None)),
    ],
)
def test_a_taiwanese_caption_gives_its_credit_and_photographer(
    caption: str, credit: str, expected: tuple[str | None, str | None]
) -> None:
    paragraph = "市府今天表示，港區自行車道全長五公里，沿線設有三處休息站，預計每年吸引十萬人次使用。"
    text = f"港區自行車道今天開放\n\n2024-11-18 10:30\n\n{caption}{credit}\n\n{paragraph}\n"
    article = normalise_article(text, Options(reference_date=date(2024, 11, 18)))
    assert [(c.text, c.credit, c.photographer) for c in article.captions] == [(caption, *expected)]
    assert article.body == [paragraph]


@pytest.mark.parametrize(
    "sentence",
    [
        "市府今天舉行記者會，說明自行車道的維護計畫與預算。",
        "主辦單位表示，攝影比賽的作品將在港區展出一個月。",
        "他試圖說服議員支持這項計畫，並提出地圖說明路線。",
    ],
)
def test_chinese_prose_that_names_a_reporter_or_a_photo_is_no_caption(sentence: str) -> None:
    paragraph = "市府今天表示，港區自行車道全長五公里，沿線設有三處休息站，預計每年吸引十萬人次使用。"
    text = f"港區自行車道今天開放\n\n2024-11-18 10:30\n\n{paragraph}\n\n{sentence}\n"
    article = normalise_article(text, Options(reference_date=date(2024, 11, 18)))
    assert article.captions == []
    assert article.body == [paragraph, sentence]


# Pages collapsed onto one line where a rule that cuts real layouts could misread
# ordinary text. The filler paragraph makes each long enough to count as collapsed.
FILLER = (
    "Officials said the work would continue through the coming weeks, and that residents would be told of "
    "any changes in advance through the city's website and notices posted in each neighbourhood. "
) * 4
MISREADINGS = [
    # A paragraph ending "Jr." before a caption stays in the body.
    (
        "Crowds honor King in Atlanta | AP News By DANA WHITCOMB Updated 4:12 PM EST, January 15, 2024 "
        "ATLANTA (AP) — Thousands of people marched through downtown Atlanta on Monday to honor the Rev. "
        "Martin Luther King Jr. Marchers walk past a church in Atlanta, Monday, Jan. 15, 2024. "
        f"(AP Photo/Lee Carver) {FILLER}",
        "body",
        "Thousands of people marched through downtown Atlanta on Monday to honor the Rev. Martin Luther King Jr.",
    ),
    # A paragraph opening with an agency's abbreviation after a credit keeps it.
    (
        "EPA tightens soot limits | AP News By HAROLD PIERCE Updated 3:05 PM EST, February 7, 2024 "
        "WASHINGTON (AP) — The agency tightened limits on soot pollution from power plants on Wednesday. "
        "Smoke rises from a power plant in Emmett, Kan., Jan. 14, 2024. (AP Photo/Lee Carver) "
        f"EPA Administrator Mary Lund said the standard would save lives. {FILLER}",
        "body",
        "EPA Administrator Mary Lund said the standard would save lives.",
    ),
    # A person's one-word credit does not take the next sentence's first word.
    (
        "Hong Kong lenders cut prime rate | South China Morning Post Published: 10:45am, 19 Sep 2024 "
        "Hong Kong's biggest banks cut their prime lending rates on Thursday for the first time in four years. "
        f"A residential estate in Tseung Kwan O. Photo: Shutterstock Analysts said the cut was small. {FILLER}",
        "body",
        "Analysts said the cut was small.",
    ),
    # A name in capitals before the time is no author when it is two letters ("Penang CM").
    (
        "Malay Mail Home Malaysia Singapore World Money Life Showbiz Sports Opinion Malaysia "
        "More flood relief centres to open this week, says Penang CM "
        "Monday, 18 Nov 2024 11:05 AM MYT GEORGE TOWN, Nov 18 — The state will open 20 more flood relief "
        f"centres this week, the chief minister said today. {FILLER}",
        "headline",
        "More flood relief centres to open this week, says Penang CM",
    ),
]


@pytest.mark.parametrize(("text", "member", "expected"), MISREADINGS)
def test_cuts_for_collapsed_layouts_leave_ordinary_text_alone(text: str, member: str, expected: str) -> None:
    assert len(text) >= ONELINE_MIN_CHARS  # long enough to be read as a collapsed page
    article = normalise_article(text, Options(reference_date=None))
    if member == "body":  # whole, in the body, and in no caption
        assert expected in " ".join(article.body)
        assert not any(expected in (caption.text or "") for caption in article.captions)
    else:
        assert getattr(article, member) == expected


def test_a_menu_run_together_is_no_paragraph() -> None:
    # Long, and without a full stop, but a menu: most of its words are capitalised.
    menu = (
        "Skip to main content Skip to navigation FR EN ES Live Africa Americas Asia-Pacific Europe France "
        "Middle East Business Tech Culture Environment Sport Health Science Shows Videos Podcasts Europe"
    )
    lead = (
        "Thousands of dairy farmers drove their tractors to The Hague on Wednesday to rally against the "
        "government's plan for nitrogen cuts, which they say would force many farms to close."
    )
    text = f"{menu}\n\nDutch dairy farmers rally against nitrogen cuts\n\n{lead}\n\n{FILLER.strip()}\n"
    article = normalise_article(text, Options(reference_date=None))
    assert article.headline == "Dutch dairy farmers rally against nitrogen cuts"
    assert article.body == [lead, FILLER.strip()]


def test_authors_run_together_that_cannot_be_told_apart_give_no_names() -> None:
    # Two authors of three words, or three of two? Neither is known: no names are made up,
    # and the run is not taken for the headline.
    headline = "Five public libraries to stay open until 11pm on weekends in year-long trial"
    text = (
        "The Straits Times Subscribe Log in Search Singapore Asia World Opinion Life Business Tech Sport "
        f"Singapore {headline} The extended hours will apply to four regional libraries. PHOTO: ST FILE "
        f"Chin Soo Ling Ng Keng Gene Published Feb 14, 2025, 06:30 PM SINGAPORE – {FILLER.strip()}"
    )
    assert len(text) >= ONELINE_MIN_CHARS  # long enough to be read as a collapsed page
    article = normalise_article(text, Options(reference_date=None))
    assert (article.headline, article.byline.authors) == (headline, [])


@pytest.mark.parametrize(
    "branding",
    [
        "2021-03-15 09:42:17 来源：新华网",  # a story it carries
        "友情链接\n百度新闻 新华网 人民网 光明网",  # a list of links
        "新华网吉林频道",  # a channel's link
        "Focus Taiwanフォーカス台湾Español",  # the Central News Agency's edition links
    ],
)
def test_a_page_that_only_names_an_outlet_is_not_its_page(branding: str) -> None:
    text = (
        "地方新闻网\n首页 新闻 民生\n\n江畔新修步道正式开放\n\n"
        f"{branding}\n\n"
        "记者近日从市园林部门了解到，江畔新修的步道已于本周正式向市民开放，全长约八公里。\n\n"
        "步道沿线设置了休息区和观景平台，市民可以在此散步、骑行。\n"
    )
    assert normalise_article(text).outlet is None


@pytest.mark.parametrize(
    ("branding", "outlet"),
    [
        ("新华网\n首页 时政 国际", "Xinhua News Agency"),
        ("首页 时政\n新华网 > > 正文", "Xinhua News Agency"),
        ("Focus Taiwan App\nDownload", "Focus Taiwan"),
    ],
)
def test_an_outlets_own_branding_names_it(branding: str, outlet: str) -> None:
    text = f"{branding}\n\n江畔新修步道正式开放\n\n记者近日从市园林部门了解到，江畔新修的步道已于本周正式向市民开放。\n"
    assert normalise_article(text).outlet == outlet


def test_a_site_that_carries_a_wire_story_is_not_the_wires_page() -> None:
    text = (
        "The Prairie Ledger\nHome News Sports Obituaries\n\n"
        "Grain elevator reopens after repairs\n\n"
        "HUTCHINSON, Kan. (AP) — A grain elevator that closed after a summer storm reopened on Monday, "
        "its owners said, in time for the autumn harvest.\n\n"
        "Repairs to the roof took three months and cost more than expected, they said.\n\n"
        "Follow AP's coverage of farming at https://apnews.com/hub/agriculture.\n\n"
        "Copyright 2024 The Associated Press. All rights reserved. This material may not be published.\n"
    )
    article = normalise_article(text)
    assert article.outlet is None
    assert article.headline == "Grain elevator reopens after repairs"


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        ("14/04/2020 at 3:00 pm", "2020-04-12"),  # day first: "12/04/2020" is 12 April
        ("12/14/2020 at 3:00 pm", "2020-12-04"),  # month first: 4 December
        ("no other date", None),  # either way round, and nothing tells
        ("14/04/2020.", "2020-04-12"),  # a sentence's full stop after it
        ("App version 1.13.20, hotline 12-13-45", None),  # no dates: a version, a phone number
    ],
)
def test_a_pages_own_dates_tell_how_its_either_way_dates_read(other: str, expected: str | None) -> None:
    text = (
        "Kitchen Notes\nRecipes Baking About\n\n"
        "Olive bread for a slow Sunday\n\n"
        "12/04/2020 by Ann Example 2 Comments\n\n"
        "This loaf takes a whole day, most of it waiting, and rewards the patience with a soft crumb.\n\n"
        "Knead the dough for ten minutes, then leave it somewhere warm until it has doubled in size.\n\n"
        f"Comments\n\nMaya\n\n{other}\n\nI baked it twice this week and it was lovely both times.\n"
    )
    got = ArticleSchema().dump(normalise_article(text, Options(reference_date=None)))
    assert got["published_date"] == expected


_CNA_PAGE = (
    "雞蛋減產 政院：預估下月初緩解\n\n2023/2/21 21:20\n\n"
    "{lead}行政院今天表示，這一波是全球性的雞蛋減產，各國蛋價上漲也非常驚人，進口與增產都需要時間。\n\n"
    "官員說，目前採取多元方案，包括專案進口與穩定國內生產，盼盡快讓市場恢復供需平衡。"
)


@pytest.mark.parametrize(
    ("lead", "authors", "dateline"),
    [
        ("（中央社記者林美華台北21日電）", ["林美華"], {"location": "台北", "date": "2023-02-21"}),
        (
            "（中央社記者林美華、張志明華盛頓20日專電）",
            ["林美華", "張志明"],
            {"location": "華盛頓", "date": "2023-02-20"},
        ),
        ("（中央社雅加達21日綜合外電報導）", [], {"location": "雅加達", "date": "2023-02-21"}),
        # The day after the publication's: last month's.
        ("（中央社台北28日電）", [], {"location": "台北", "date": "2023-01-28"}),
    ],
)
def test_a_taiwanese_agencys_bracketed_lead_gives_its_reporters_place_and_day(
    lead: str, authors: list[str], dateline: dict[str, str]
) -> None:
    got = ArticleSchema().dump(normalise_article(_CNA_PAGE.format(lead=lead), Options()))
    assert got["byline"]["authors"] == authors
    assert got["dateline"] == dateline | {"agency": "Central News Agency"}
    assert got["body"][0].startswith("行政院今天表示")
    assert "year_inferred" in [w["code"] for w in got["warnings"] if w["field"] == "dateline.date"]


def test_a_bracketed_lead_whose_place_cannot_be_told_from_the_name_is_left_as_printed() -> None:
    # "林美華哈爾濱": where the name ends is not known, so neither name nor place is guessed.
    got = ArticleSchema().dump(normalise_article(_CNA_PAGE.format(lead="（中央社記者林美華哈爾濱21日電）"), Options()))
    assert got["byline"]["authors"] == [] and got["dateline"] is None
    assert got["body"][0].startswith("（中央社記者林美華哈爾濱21日電）")


@pytest.mark.parametrize(
    ("page", "last"),
    [
        (
            "Harbour city starts work on old pier\n\n2024-10-17 09:09\n\n"
            "The city council approved a plan on Tuesday to restore the old pier, officials said, after a year "
            "of consultation with residents.\n\nWork will begin next month and is expected to take three years. "
            "(Pier 4)",
            "Work will begin next month and is expected to take three years. (Pier 4)",
        ),
        (
            "海港城市啟動舊碼頭修復工程\n\n2024/10/17 09:09\n\n"
            "海港市政府日前宣布，舊碼頭修復工程將於下月啟動，預計三年內完成，施工期間碼頭東段仍向市民開放。\n\n"
            "據介紹，工程將分段進行，市府也將在碼頭周邊增設臨時停車場與接駁公車，方便市民前往。（詳見附表）",
            "據介紹，工程將分段進行，市府也將在碼頭周邊增設臨時停車場與接駁公車，方便市民前往。（詳見附表）",
        ),
    ],
)
def test_a_last_paragraph_that_ends_with_an_attribution_in_brackets_is_kept(page: str, last: str) -> None:
    body = normalise_article(page, Options()).body
    assert len(body) == 2 and body[-1] == last


_CLOSING_PAGE = (
    "海港城市启动旧码头修复工程\n\n2024-10-17 09:09\n\n"
    "海港市政府日前宣布，旧码头修复工程将于下月启动，预计三年内完成，施工期间码头东段仍向市民开放。\n\n"
    "据介绍，工程将分段进行，市府也将在码头周边增设临时停车场与接驳公车，方便市民前往。{tail}"
)


@pytest.mark.parametrize(
    ("tail", "authors", "sources"),
    [
        ("（记者 林晓雯）", ["林晓雯"], []),
        ("（总台记者 林晓雯）", ["林晓雯"], []),
        ("（林晓雯 张志明 ）", ["林晓雯", "张志明"], []),  # names alone that read as names
        ("（新华社）", [], ["Xinhua News Agency"]),
        # Words that read as no name stay the paragraph's.
        ("（完）", [], []),
        ("（详见附件）", [], []),
    ],
)
def test_a_closing_attribution_in_brackets_names_the_reporters_or_the_agency(
    tail: str, authors: list[str], sources: list[str]
) -> None:
    got = normalise_article(_CLOSING_PAGE.format(tail=tail), Options())
    assert (got.byline.authors, got.sources) == (authors, sources)
    last = "据介绍，工程将分段进行，市府也将在码头周边增设临时停车场与接驳公车，方便市民前往。"
    assert got.body[-1] == (last if authors or sources else last + tail)


@pytest.mark.parametrize(
    ("tail", "contributors"),
    [
        ("（編輯：陳家豪）", [("陳家豪", "編輯")]),
        # The dispatch code an agency glues after the credit is no word of the article.
        ("（編輯：陳家豪）1130305", [("陳家豪", "編輯")]),
        ("（责任编辑：陈家豪）", [("陈家豪", "责任编辑")]),
    ],
)
def test_a_closing_editor_credit_is_a_contributor_and_the_paragraph_is_kept(
    tail: str, contributors: list[tuple[str, str]]
) -> None:
    got = normalise_article(_CLOSING_PAGE.format(tail=tail), Options())
    assert [(c.name, c.role) for c in got.contributors] == contributors
    assert got.body[-1] == "据介绍，工程将分段进行，市府也将在码头周边增设临时停车场与接驳公车，方便市民前往。"


def test_digits_after_a_bracket_that_credits_no_one_stay_in_the_paragraph() -> None:
    got = normalise_article(_CLOSING_PAGE.format(tail="（詳見附表）1130305"), Options())
    assert got.body[-1].endswith("方便市民前往。（詳見附表）1130305")


@pytest.mark.parametrize(
    "line",
    [
        "首頁 / 生活",
        "首页 / 国内",
        "Home / World",
        "About us Contact Copyright © 2024 Harbour News",
        "登入 / 註冊",
        "Error/typo?",
        "明報新聞網 版權所有 © 2024 mingpao.com All rights reserved.",
        "港都日報版權所有不得轉載 © 2024 The Harbour Times. All Rights Reserved.",
        # A site's notice after the sign is no chain of credits (a year, a right, a field's label).
        "© 2022 Hafenblatt - Steuer/MwSt.Nr.: IT 00853870210",
        "© 2020 Hafen Media A/S. All rights reserved.",
        "© 2019 copyright Hafenblog // Alle Rechte vorbehalten",
        # A footer's links after an agency's name and a bar: no photographer's name.
        "© dpa | Cookie Einstellungen",
    ],
)
def test_a_breadcrumb_or_a_copyright_notice_is_no_caption(line: str) -> None:
    assert parse_caption(line) is None


def test_a_chinese_page_that_quotes_a_japanese_title_is_chinese() -> None:
    text = (
        "日本作家新書台北發表\n\n2024/10/17 09:09\n\n"
        "日本作家林真理的新書《みなとのふたり》昨天在台北舉行發表會，吸引許多讀者到場，現場座無虛席。\n\n"
        "出版社表示，這本小說描寫港口城市兩代人的故事，中文版預計明年春天上市，首刷將印一萬本。\n"
    )
    assert normalise_article(text, Options()).language == "zh"
    japanese = "港の古い桟橋の修復工事が来月始まると、市は発表した。工事は三年かかる見込みだという。\n"
    assert normalise_article(f"桟橋の修復工事が来月開始\n\n{japanese}", Options()).language == "ja"


def _pier_page(above: str = "", after: str = "") -> str:
    """A short English article: ``above`` its headline, ``after`` its last paragraph."""
    return (
        f"{above}Harbour city starts work on old pier\n\n2024-10-17 09:09\n\n"
        "The city council approved a plan on Tuesday to restore the old pier, officials said, after a year "
        f"of consultation with residents.\n\nWork will begin next month and is expected to take three years.{after}\n"
    )


@pytest.mark.parametrize(("tail", "agency"), [("(AP)", "Associated Press"), ("(dpa)", "Deutsche Presse-Agentur")])
def test_a_closing_agency_in_brackets_is_a_source_and_leaves_the_paragraph(tail: str, agency: str) -> None:
    got = normalise_article(_pier_page(after=f" {tail}"), Options())
    assert got.sources == [agency]
    assert got.body[-1] == "Work will begin next month and is expected to take three years."


@pytest.mark.parametrize(
    ("line", "sources"),
    [
        # The sign-off's sources, the editors' initials after them (CNA's "Source: CNA/mt(ac)").
        ("Source: Reuters/fh", ["Reuters"]),
        ("Source: AFP/Reuters/gs", ["Agence France-Presse", "Reuters"]),
        ("Source: Bernama/mt(ac)", ["Bernama"]),
        ("Sources: AP, Reuters", ["Associated Press", "Reuters"]),
        # An address's path is no editor's initials.
        ("Source: gov.sg/ab", ["gov.sg/ab"]),
    ],
)
def test_a_sign_off_gives_its_sources_without_the_editors_initials(line: str, sources: list[str]) -> None:
    assert normalise_article(_pier_page(after=f"\n\n{line}"), Options()).sources == sources


@pytest.mark.parametrize(
    ("line", "credit", "photographer"),
    [
        # A slash credit alone names a known agency, or someone by their whole name.
        ("REUTERS/Monicah Wanjiru", "Reuters", "Monicah Wanjiru"),
        ("NSTP/ASYRAF HAMZAH", "NSTP", "Asyraf Hamzah"),
        # Behind a label, a single name will do.
        ("Photo: Tang/GT", "Global Times", "Tang"),
    ],
)
def test_a_credit_line_alone(line: str, credit: str, photographer: str) -> None:
    parsed = parse_caption(line)
    assert parsed is not None and parsed.text is None and not parsed.credit.doubtful
    assert (parsed.credit.credit, parsed.credit.photographer) == (credit, photographer)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Monatskarte für alle Linien wird ab Januar dann 81 Euro/Monat kosten.",
        "Der Schauspieler wurde mit Rollen wie Roy Harper/Arsenal in der Serie bekannt.",
        "The levy falls to 0.04 Ct/kWh and weighs less on the bill.",
    ],
)
def test_a_sentence_with_a_slash_is_a_paragraph_not_a_caption(sentence: str) -> None:
    _assert_a_paragraph(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # "Bild" is a newspaper too, and "Foto" a word of prose: no label of a credit there.
        'Der Minister sagte der Bild: "Ich trete nicht zurück."',
        "Der Minister sagte gegenüber Bild: Das ist ein Skandal",
        "Das zeigt ein Foto: Der Kanzler lacht in die Kamera.",
        # A word that begins as a label does is no label.
        "Die Schulen im Land brauchen mehr Geld (Bildung)",
        "Das Dach trägt eine neue Anlage (Fotovoltaik)",
    ],
)
def test_a_labels_word_in_prose_is_no_credit(sentence: str) -> None:
    _assert_a_paragraph(sentence)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Foto: Polizei", "Polizei"),
        ("Fotos: Berliner Feuerwehr", "Berliner Feuerwehr"),
        ("Bild: Stadt Kiel", "Stadt Kiel"),
        ("Photo: Harbour City Police", "Harbour City Police"),
    ],
)
def test_a_public_body_credited_for_a_picture_is_no_photographer(line: str, credit: str) -> None:
    parsed = parse_caption(f"Der Hafen am Abend. {line}")
    assert parsed is not None and (parsed.credit.credit, parsed.credit.photographer) == (credit, None)


@pytest.mark.parametrize("line", ["Foto: privat", "Bild: zVg", "Foto: Symbolbild"])
def test_a_private_supplied_or_stock_picture_names_no_one(line: str) -> None:
    parsed = parse_caption(f"Der Hafen am Abend. {line}")
    assert parsed is not None and (parsed.credit.credit, parsed.credit.photographer) == (None, None)


@pytest.mark.parametrize(
    ("line", "text", "credit", "photographer"),
    [
        # A picture library's two words are its name: "picture" labels no credit there.
        (
            "Der Hafen am Abend. (picture alliance / dpa / Ana Ruiz)",
            "Der Hafen am Abend.",
            "picture alliance",
            "Ana Ruiz",
        ),
        # A label opens the whole credit: no slash further on cuts it.
        ("Foto: picture alliance / dpa / Ana Ruiz", None, "picture alliance", "Ana Ruiz"),
        # A bar before the photographer's whole name divides as a slash does.
        (
            "Der Hafen am Abend. © picture alliance/dpa | Ana Ruiz",
            "Der Hafen am Abend.",
            "picture alliance",
            "Ana Ruiz",
        ),
        ("Foto: dpa | Ana Ruiz", None, "Deutsche Presse-Agentur", "Ana Ruiz"),
        # An agency names no photographer.
        ("Der Hafen am Abend. (Foto: picture alliance/Kyodo)", "Der Hafen am Abend.", "picture alliance", None),
        # A chain of names none of which is known: whole, as printed, never cut in a name.
        (
            "Der Hafen am Abend. Foto: hafenbild/Jonas Brandt/cc by sa 2.0",
            "Der Hafen am Abend.",
            "hafenbild/Jonas Brandt/cc by sa 2.0",
            None,
        ),
        (
            "Der Hafen am Abend. Foto: Jonas | hafenbild | CC BY 2.0",
            "Der Hafen am Abend.",
            "Jonas | hafenbild | CC BY 2.0",
            None,
        ),
        (
            "Der Hafen am Abend. © Tirol Werbung / HAFEN4MEDIA",
            "Der Hafen am Abend.",
            "Tirol Werbung / HAFEN4MEDIA",
            None,
        ),
        # The label, then the sign: neither is caption text or credit.
        ("Der Hafen am Abend. (Foto: © hafenbild/123RF.com)", "Der Hafen am Abend.", "123RF", None),
        # A known agency is the credit before a name none knows.
        ("Foto: Lisa Press / dpa", None, "Deutsche Presse-Agentur", None),
        ("Foto: © Jonas Brandt", None, None, "Jonas Brandt"),
        # An organisation's words name no photographer, before the name or after it.
        ("Der Hafen am Abend. © Tirol Werbung / Franz Brandt", "Der Hafen am Abend.", "Tirol Werbung", "Franz Brandt"),
        ("The pier at dusk. (Matt Hale/Boston Herald)", "The pier at dusk.", "Boston Herald", "Matt Hale"),
        # One word, then a whole name: the word is the organisation's.
        ("Der Hafen am Abend. © Malteser/Jonas Brandt", "Der Hafen am Abend.", "Malteser", "Jonas Brandt"),
        ("Der Hafen am Abend. Foto: Brandt/Malteser", "Der Hafen am Abend.", "Malteser", "Brandt"),
        # A company's form is in capitals: "Se" in a person's name is none ("Kim Se-jin").
        ("The pier at dusk. (Kim Se-jin/Yonhap)", "The pier at dusk.", "Yonhap", "Kim Se-jin"),
        ("The pier at dusk. (Yonhap/Kim Se-jin)", "The pier at dusk.", "Yonhap", "Kim Se-jin"),
        ("Der Hafen am Abend. © Jonas Brandt / Hafenwerft AG", "Der Hafen am Abend.", "Hafenwerft AG", "Jonas Brandt"),
    ],
)
def test_a_chain_of_credits_is_read_from_its_label(
    line: str, text: str | None, credit: str, photographer: str | None
) -> None:
    parsed = parse_caption(line)
    assert parsed is not None and not parsed.credit.doubtful
    assert (parsed.text, parsed.credit.credit, parsed.credit.photographer) == (text, credit, photographer)


@pytest.mark.parametrize(
    ("line", "text", "credit", "photographer"),
    [
        ("Bildquelle: Hafenwerft", None, "Hafenwerft", None),
        ("Der Hafen am Abend. Bildrechte: NDR/Jonas Brandt", "Der Hafen am Abend.", "NDR", "Jonas Brandt"),
        ("Der Hafen am Abend. (Bildnachweis: Jonas Brandt)", "Der Hafen am Abend.", None, "Jonas Brandt"),
        ("Titelbild: Jonas Brandt/dpa", None, "Deutsche Presse-Agentur", "Jonas Brandt"),
        ("Fotocredit: SID", None, "SID", None),
    ],
)
def test_germans_own_labels_open_a_credit(line: str, text: str | None, credit: str | None, photographer: str) -> None:
    parsed = parse_caption(line)
    assert parsed is not None
    assert (parsed.text, parsed.credit.credit, parsed.credit.photographer) == (text, credit, photographer)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Der Hafen am Abend. Foto: Hafenwerft", "Hafenwerft"),
        ("Der Hafen am Abend. © Kranbau", "Kranbau"),
        ("The pier at dusk. (Photo: Pierlight)", "Pierlight"),
        ("Der Hafen am Abend. Foto: ÖHW", "ÖHW"),
    ],
)
def test_one_word_alone_is_the_credit_not_a_photographer(line: str, credit: str) -> None:
    parsed = parse_caption(line)
    assert parsed is not None and (parsed.credit.credit, parsed.credit.photographer) == (credit, None)


def test_a_chinese_photographers_name_is_one_word_and_still_the_photographer() -> None:
    parsed = parse_caption("The pier at dusk. (Photo: 王小明)")
    assert parsed is not None and (parsed.credit.credit, parsed.credit.photographer) == (None, "王小明")


@pytest.mark.parametrize(
    "sentence",
    [
        "Im Heft dieser Woche zeigt unser Titelbild: Der Hafen von Kiel am Morgen",
        "Wir klären die Frage der Bildrechte: Wer darf was zeigen",
        "Der Hafen im Winter. Bildquelle: Die Fotos stammen aus dem Archiv der Stadt.",
    ],
)
def test_a_german_credit_label_in_prose_is_no_credit(sentence: str) -> None:
    assert parse_caption(sentence) is None


@pytest.mark.parametrize(
    ("line", "credit", "photographer"),
    [
        # A library's own forms: a dash, "on", "auf", "via" before its name.
        ("© Jonas Brandt - stock.adobe.com", "Adobe Stock", "Jonas Brandt"),
        ("Foto: Jonas Brandt auf Unsplash - Unsplash", "Unsplash", "Jonas Brandt"),
        ("Photo: Lena Park on Unsplash", "Unsplash", "Lena Park"),
        ("Photo: Lena Park/Pool/AFP via Getty Images", "Agence France-Presse", "Lena Park"),
        # Not before a name none knows, nor "via" after one ("NASA via Getty Images" is NASA's).
        ("Foto: Stadt am Meer - Hafenamt", "Stadt am Meer - Hafenamt", None),
        ("Photo: Harbour Authority via Getty Images", "Harbour Authority via Getty Images", None),
        # The sign, then the label: neither stays in the credit.
        ("©Foto: pixabay/Jonas Brandt", "Pixabay", "Jonas Brandt"),
        ("© Bild: Hafenwerft", "Hafenwerft", None),
        ("© Bild", "Bild", None),
    ],
)
def test_a_librarys_credit_forms_are_read(line: str, credit: str, photographer: str | None) -> None:
    parsed = parse_caption(line)
    assert parsed is not None and (parsed.credit.credit, parsed.credit.photographer) == (credit, photographer)


def test_a_links_name_before_a_slash_and_a_file_is_no_credit() -> None:
    parsed = parse_caption("Read More/index.html")
    assert parsed is None or parsed.credit.doubtful


def _assert_a_paragraph(sentence: str) -> None:
    parsed = parse_caption(sentence)
    assert parsed is None or parsed.credit.doubtful
    text = (
        "Headline of the story\n\nOfficials said on Monday that the work would continue through the coming "
        f"weeks, and that residents would be told.\n\n{sentence}\n\nThe work goes on.\n"
    )
    article = normalise_article(text, Options(reference_date=date(2024, 11, 18)))
    assert sentence in article.body and article.captions == []


@pytest.mark.parametrize("line", ["Werbung/Mediadaten", "Koch/Köchin", "Kontakt/Team"])
def test_a_menus_two_words_between_a_slash_give_no_caption(line: str) -> None:
    # No label, no known agency, no one's whole name: doubtful, left out of the Article.
    parsed = parse_caption(line)
    assert parsed is None or parsed.credit.doubtful
    page = _pier_page(above=f"Inserieren\n{line}\nLeserbriefe\n\n")
    assert normalise_article(page, Options()).captions == []


@pytest.mark.parametrize(
    ("line", "sources"),
    [
        # A Chinese portal's buttons after the source, its brackets, where it was filed from.
        ("来源: 央视新闻客户端 举报", ["央视新闻客户端"]),
        ("来源: 网易商业报道    发表评论      查看评论", ["网易商业报道"]),
        ("来源：求是网参与互动", ["求是网"]),
        ("来源：[ 人民网 ]", ["People's Daily"]),
        ("来源：环球时报-环球网(北京)", ["环球时报-环球网"]),
        ("来源：新华社、人民网", ["Xinhua News Agency", "People's Daily"]),
        # What follows the source after a space or its label: a button, the author, a sentence.
        ("来源：海港日报 发送给朋友", ["海港日报"]),
        ("来源：证券日报-资本证券网 作者：朱宝琛", ["证券日报-资本证券网"]),
        ("来源：网易科学人作者：", ["网易科学人"]),
        ("来源：海港图片社 18日凌晨，游客前往景区", ["海港图片社"]),
        ("来源：XXX（非海港网）”的作品，均转载自其它媒体。", []),  # a notice's sentence: no source
        ("来源：转载文章", []),  # a reprint, its paper named further down: no source on this line
        # A story reprinted, by leave or not.
        ("转自《北京科技报》", ["北京科技报"]),
        ("（本文由「工商時報」授權轉載）", ["工商時報"]),
    ],
)
def test_a_chinese_source_line_gives_the_source_alone(line: str, sources: list[str]) -> None:
    assert parse_sources(line) == sources


@pytest.mark.parametrize("line", ["转自《北京科技报》", "（本文由「工商時報」授權轉載）"])
def test_a_reprinted_storys_source_closes_the_article(line: str) -> None:
    text = (
        "北京科学中心推出冬季科普活动\n\n2021-11-25 16:26\n\n"
        "北京科学中心今天宣布，冬季将推出二十场面向中小学生的科普活动，内容涵盖天文、生物和人工智能。\n\n"
        f"活动将在周末举行，市民可通过官方网站提前预约，每场限额一百人。\n\n{line}\n"
    )
    article = normalise_article(text, Options(reference_date=None))
    assert article.sources == parse_sources(line)
    assert line not in article.body


def test_a_chinese_page_collapsed_onto_one_line_keeps_its_source_and_drops_its_links() -> None:
    lines = [
        *["首頁", "政治", "國際", "兩岸", "產經", "證券", "科技", "生活", "社會", "地方", "文化", "運動"],
        "海港城市啟動舊碼頭修復工程",
        "2024/03/05 18:42",
        "來源：海港日報",
        "海港市政府今天宣布，舊碼頭修復工程將於下月啟動，預計三年內完成，施工期間碼頭東段仍向市民開放。",
        "圖片來源：視覺中國",
        "工程將分段進行，市府也將在碼頭周邊增設臨時停車場與接駁公車，方便市民前往參觀。",
        "運河遊船春假加開班次",
        "網路預約額滿",
        "市府表示，修復後的碼頭將設置步道與觀景平台，並保留舊倉庫作為展覽空間，供市民與遊客參觀海港的歷史。",
        "地方文史工作者指出，舊碼頭曾是城市最繁忙的貨運港口，見證了數十年來海港產業的興衰與轉型，具有重要的保存價值。",
        "市議員也呼籲市府在施工期間加強交通疏導，並定期公布工程進度，讓周邊居民與商家能夠提前因應可能的影響。",
        "觀光局估計，碼頭修復完成後每年可吸引超過五十萬人次造訪，並帶動周邊餐飲、住宿與文創產業的發展。",
        "市府也規劃在碼頭舉辦市集與音樂活動，希望讓舊港區重新成為市民休閒的好去處，並增加夜間的人潮。",
    ]
    article = normalise_article(" ".join(lines), Options(reference_date=None))
    assert article.sources == ["海港日報"]
    assert not any("運河遊船" in paragraph or "預約額滿" in paragraph for paragraph in article.body)
    assert "".join(article.body).endswith("並增加夜間的人潮。")


def test_a_source_before_the_stamp_on_its_line_is_a_source() -> None:
    text = (
        "太原市公交线路调整\n\n来源：太原晚报 2021-11-25 16:26:07\n\n"
        "太原市交通运输局今天发布通知，自下月起调整十二条公交线路，方便市民出行。\n\n"
        "新线路将连接三个新建小区与地铁站，首末班时间同步延长半小时。\n"
    )
    article = normalise_article(text, Options(reference_date=None))
    assert (article.sources, article.section) == (["太原晚报"], None)
    assert article.published_at == "2021-11-25T16:26:07+08:00"


@pytest.mark.parametrize(
    "line",
    [
        # An interview's question, a column under its editor's label: sentences, not names.
        "记者：首先欢迎你来到本报接受我们的采访，既然你是行业的专家，想必对农业也非常熟悉了",
        "EDITOR: As was expected, there is a rise in prices of goods and services due to the cost of fuel",
    ],
)
def test_a_role_before_sentences_names_no_contributor(line: str) -> None:
    assert parse_contributors(line) is None


@pytest.mark.parametrize(
    ("place", "printed", "agency"),
    [("TOKYO", "Kyodo", "Kyodo News"), ("SEOUL", "Yonhap", "Yonhap"), ("NEW DELHI", "PTI", "Press Trust of India")],
)
def test_asias_wires_in_a_dateline_are_the_storys_source(place: str, printed: str, agency: str) -> None:
    text = (
        f"Harbour talks resume\n\n{place}, Dec. 7 ({printed}) -- Talks on the harbour resumed on Monday after "
        "a pause of two weeks, officials said.\n\nThe next round is set for January.\n"
    )
    article = normalise_article(text, Options(reference_date=date(2024, 12, 8)))
    assert article.sources == [agency]
    assert article.dateline is not None and article.dateline.agency == agency


def test_a_chinese_lead_from_an_agencys_report_is_the_dateline() -> None:
    # "据新华社拉萨电": the story is from the agency's report; the agency is a source.
    text = (
        "西藏粮食产量创新高\n\n2024-01-05 09:30\n\n"
        "据新华社拉萨电（记者 格桑边觉）记者近日从西藏自治区农业农村厅召开的会议上了解到，"
        "今年全区粮食产量创历史新高。\n\n"
        "会议提出，明年将继续扩大青稞种植面积，并加快高标准农田建设。\n"
    )
    article = normalise_article(text, Options(reference_date=None))
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.agency) == ("拉萨", "Xinhua News Agency")
    assert (article.byline.authors, article.sources) == (["格桑边觉"], ["Xinhua News Agency"])
    assert article.body[0].startswith("记者近日从西藏自治区")


@pytest.mark.parametrize(
    ("after", "byline"),
    [
        (" by Dana Co", "by Dana Co"),
        (", 11:30 Uhr von Jonas Riedel", "von Jonas Riedel"),
        (" | 14:08 Uhr | von Jonas Riedel", "von Jonas Riedel"),
        (" Politik von Jonas Riedel", None),  # a section's word between: not the stamp's byline
        (" Bypass road", None),
    ],
)
def test_a_byline_after_the_stamp_on_its_line(after: str, byline: str | None) -> None:
    found = pipeline._BYLINE_AFTER_STAMP.match(after)
    assert (found["byline"] if found else None) == byline


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lea Kern-Ruiz", "Lea Kern-Ruiz"),
        ("Lea Kern-Ruiz,08.11.2023", "Lea Kern-Ruiz"),
        ("Lea Kern - Hafenblatt", "Lea Kern"),
        ("Redaktion-08.11.2023", "Redaktion"),
    ],
)
def test_a_hyphen_between_letters_is_part_of_a_name_before_the_stamp(text: str, name: str) -> None:
    found = pipeline._PREFIX_NAME.match(text)
    assert found is not None and found["name"] == name


_RIVER_TEXT = (
    "记者近日从市园林部门了解到，江畔新修的步道已于本周正式向市民开放，全长约八公里。\n\n"
    "步道沿线设置了休息区和观景平台，市民可以在此散步、骑行。\n"
)


@pytest.mark.parametrize(
    ("stamp_line", "sources"),
    [
        ("2023-05-06 08:30 海港晚报网", ["海港晚报网"]),  # a portal's source beside its stamp, unlabelled
        ("HAIGANG.EXAMPLE.CN 2023年5月6日08:30 江城网—江城晚报", ["江城网—江城晚报"]),
        ("2023-05-06 08:30聯合報 記者王小明／台中報導", ["聯合報"]),  # a paper the table of outlets knows
        ("2023年05月06日 08:30 中時", ["中時"]),
        ("2023-05-06 08:30更新 来源：江城新闻网 发表评论", ["江城新闻网"]),  # a stamp with its label after it
        ("2023-05-06 08:30更新 来源：转载文章 发表评论", []),
        ("2023-05-06 08:30 张晓明", []),  # a person's name, not a paper's
    ],
)
def test_a_chinese_paper_beside_the_stamp_is_the_source(stamp_line: str, sources: list[str]) -> None:
    # Old portals and Taiwan's press print the source after the time with no 来源 label.
    text = f"江城新闻\n首页 新闻 民生\n\n江畔新修步道正式开放\n\n{stamp_line}\n\n{_RIVER_TEXT}"
    article = normalise_article(text)
    assert (article.sources, article.published_date or article.published_at[:10]) == (sources, "2023-05-06")


@pytest.mark.parametrize(
    "header",
    [
        "江畔新修步道正式开放\n\n中国新闻网\n下载客户端\n2023-05-06 08:30:00",  # between headline and stamp
        "江畔新修步道正式开放\n\n2023.05.06\n08:30\n中国新闻网 王小明",  # after the stamp, a reporter after it
    ],
)
def test_a_known_papers_name_on_its_own_line_beside_the_stamp_is_the_source(header: str) -> None:
    article = normalise_article(f"江城新闻\n首页 新闻 民生\n\n{header}\n\n{_RIVER_TEXT}")
    assert article.sources == ["China News Service"]


def test_a_chinese_button_beside_the_stamp_is_no_source() -> None:
    text = f"江城新闻\n首页 新闻 民生\n\n江畔新修步道正式开放\n\n2023-05-06 08:30\n关注江城网\n\n{_RIVER_TEXT}"
    assert normalise_article(text).sources == []


def test_a_papers_own_name_beside_the_stamp_is_no_source_of_its_page() -> None:
    # The page's own outlet beside the stamp is its staff's byline (tests/regional), not a story it carries.
    text = f"udn.com\n\n江畔新修步道正式开放\n\n2023-05-06 08:30聯合報 記者王小明／台中報導\n\n{_RIVER_TEXT}"
    assert normalise_article(text, address="https://udn.com/news/story/1").sources == []


@given(st.text(max_size=80))
def test_count_digits_counts_what_isdigit_takes(value: str) -> None:
    """The ASCII shortcut counts as str.isdigit does, and so does the general path ("²", "٣")."""
    assert count_digits(value) == sum(map(str.isdigit, value))


def test_count_digits_on_a_dated_line() -> None:
    assert count_digits("Posted 12 March 2021, 09:40") == 10
    assert count_digits("Am 3. März ²") == 2


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("The ferry will keep running.", True),
        ("“We will rebuild it,” she said.”", True),
        ("渡轮将继续运行。", True),
        ("Wait…", True),
        ("(The council met on Monday.)", True),
        ("The ferry will keep running", False),
        ("Read more: Harbour plans", False),
        ("Mr. Lee and the council", False),
    ],
)
def test_ends_sentence_reads_a_stop_inside_closing_quotes(line: str, ends: bool) -> None:
    assert ends_sentence(line) is ends


@given(st.text(alphabet='.!?。”’")]）a ', max_size=12))
def test_ends_sentence_reads_as_the_pattern_did(line: str) -> None:
    assert ends_sentence(line) is (re.search(r"[.!?。！？…][\"'”’)）\]]*$", line) is not None)


@given(st.text(alphabet="0129 .:a", max_size=14))
def test_the_dates_year_pattern_finds_what_a_lookbehind_first_finds(line: str) -> None:
    """The year opens with its digits to be searched fast; it finds the same years."""
    from service.normalise import dates

    first = dates._YEAR.search(line)
    looked_behind_first = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", line)
    assert (first and first.span()) == (looked_behind_first and looked_behind_first.span())


@pytest.mark.parametrize(
    ("paragraphs", "language"),
    [
        (["The pier will reopen in spring, the council said on Tuesday after a long debate."], "en"),
        (["The pier’s café will reopen in spring, the council said on Tuesday."], "en"),
        (["Die Fähre über den Fluss fährt ab März wieder öfter, teilte die Gemeinde mit."], "und"),
        (["Паром через реку снова будет ходить чаще с марта, сообщили в городе."], "ru"),
        (["Паром (ferry) через реку снова будет ходить чаще, the town said in its note."], "ru"),
        (["渡轮将于明年春天恢复运行，市政府周二表示。"], "zh"),
        (["Über 2024 — 12:30 · ½ ²"], "und"),
    ],
)
def test_the_language_of_paragraphs_in_latin_cyrillic_or_chinese(paragraphs: list[str], language: str) -> None:
    """Latin letters are counted only against Chinese or Cyrillic ones; a sample in Latin
    letters alone is read as before."""
    assert pipeline._language(paragraphs) == language


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        # On a collapsed page, a byline keeps its writer's whole name before the date after it.
        ("Harbour council approves budget by Tom Hale on March 4, 2024 The council voted", "by Tom Hale"),
        ("Harbour council approves budget By Rita Okafor on Tue, Mar 5, 2024 at 9:00 am", "By Rita Okafor"),
        # The sentence after the names ends the byline, as before.
        ("By Tom Hale and Rita Okafor The council voted on Tuesday", "By Tom Hale and Rita Okafor"),
    ],
)
def test_a_collapsed_bylines_names_run_up_to_the_date(text: str, byline: str) -> None:
    from service.normalise.oneline import _BYLINE

    found = _BYLINE.search(text)
    assert found is not None and found.group() == byline
