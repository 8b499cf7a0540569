"""Cleaning and sentence splitting (sentences written for the tests)."""

from datetime import date

import pytest

from studyapp.extract.text import clean_article, parse_date_text, split_sentences

PLAIN = """Mayor opens new bridge

  • 3 March 2021
  • From the section England
Media captionThe mayor said the bridge would cut journeys by half
Image copyright Getty Images

The new bridge over the river opened on Tuesday.

"It is a great day for the city," the mayor said.
"""


def test_clean_plain_removes_chrome_and_finds_title_and_date():
    art = clean_article(PLAIN)
    assert art.title == "Mayor opens new bridge"
    assert art.published == date(2021, 3, 3)
    assert "From the section" not in art.body
    assert "Getty" not in art.body
    assert "•" not in art.body
    assert "Media caption" not in art.body
    # the caption's own sentence is kept as a paragraph
    assert art.body.startswith("The mayor said the bridge would cut journeys by half.")
    assert art.body.count("\n\n") == 2


def test_published_line_and_byline():
    art = clean_article("Storm hits coast\n\nBy Jane Doe\nPublished 19 November 2019\n\nRain fell all day.\n")
    assert art.published == date(2019, 11, 19)
    assert art.body == "Rain fell all day."


def test_dateline_prefix_stripped():
    art = clean_article("PARIS — The minister resigned on Monday after weeks of pressure.\n\nShe denied it.")
    assert art.body.startswith("The minister resigned")


def test_markdown():
    art = clean_article("# Council votes on budget\n\nThe **council** voted on [the plan](http://x.y/z).\n")
    assert art.title == "Council votes on budget"
    assert art.body == "The council voted on the plan."


def test_html_metadata_and_boilerplate():
    html = """<!doctype html><html><head><title>Site | Big win</title>
    <meta property="og:title" content="Team wins cup">
    <meta property="article:published_time" content="2020-05-04T10:00:00Z">
    <script>var x = "no";</script></head><body>
    <nav><p>Home News Sport</p></nav>
    <article><h1>Team wins cup</h1><p>The team won the cup on Saturday.</p>
    <p>&ldquo;We are delighted,&rdquo; the coach said.</p>
    <div class="share-tools"><p>Share on Facebook</p></div></article>
    <footer><p>Copyright 2020</p></footer></body></html>"""
    art = clean_article(html)
    assert art.title == "Team wins cup"
    assert art.published == date(2020, 5, 4)
    assert art.body == "The team won the cup on Saturday.\n\n\u201cWe are delighted,\u201d the coach said."


def test_html_jsonld_date():
    html = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2018-12-01T08:00:00+01:00"}</script></head><body><p>Text here.</p></body></html>')
    assert clean_article(html).published == date(2018, 12, 1)


def test_parse_date_text():
    assert parse_date_text("June 17, 2013") == date(2013, 6, 17)
    assert parse_date_text("on 2 Feb 2020 at noon") == date(2020, 2, 2)
    assert parse_date_text("no date") is None


def test_split_abbreviations():
    body = "Mr. Smith met Dr. Jones in the U.S. capital. They talked. Donald J. Trump was not there."
    texts = [s.text for s in split_sentences(body)]
    assert texts == ["Mr. Smith met Dr. Jones in the U.S. capital.", "They talked.", "Donald J. Trump was not there."]


def test_split_sentence_after_abbrev_at_end():
    texts = [s.text for s in split_sentences("He moved to the U.S. The move was quick.")]
    assert texts == ["He moved to the U.S.", "The move was quick."]


def test_split_keeps_quotes_together_and_offsets():
    body = 'First paragraph here.\n\n"We won. We are happy," she said. Then she left.'
    sents = split_sentences(body)
    assert [s.text for s in sents] == ["First paragraph here.", '"We won. We are happy," she said.', "Then she left."]
    assert [s.paragraph for s in sents] == [0, 1, 1]
    for s in sents:
        assert body[s.start : s.start + len(s.text)] == s.text


def test_empty():
    assert split_sentences("") == []
    art = clean_article("")
    assert art.body == "" and art.title == "" and art.published is None


def test_byline_with_outlet_removed():
    art = clean_article("Storm hits coast\n\nBy Jane Doe, BBC News, Cardiff\n\nRain fell all day.\n\nBy 2030, the town will have a wall.")
    assert art.body == "Rain fell all day.\n\nBy 2030, the town will have a wall."


@pytest.mark.parametrize(
    "line",
    ["5:06 PM EST, Tue November 19, 2019", "Tue 19 Nov 2019 10.05 GMT", "November 19, 2019 at 5:06 p.m. EST",
     "Published 19 November 2019", "Updated: 2019-11-19T10:00:00Z", "19 November 2019 Last updated at 10:05"],
)
def test_dateline_formats(line):
    art = clean_article("Title here\n\n" + line + "\n\nBody text here.")
    assert art.published == date(2019, 11, 19) and art.body == "Body text here."


def test_html_br_paragraphs_and_no_article_element():
    html = ("<html><head><title>Quiet day</title></head><body><div class='nav'>Home</div>"
            "<div>First paragraph of the story.<br><br>Second paragraph,<br>same line.</div></body></html>")
    art = clean_article(html)
    assert art.title == "Quiet day"
    assert art.body == "First paragraph of the story.\n\nSecond paragraph, same line."


def test_markdown_blockquote_and_emphasis():
    art = clean_article("# T\n\n> \"We won,\" said *coach* Ana Ruiz.\n")
    assert art.body == "\"We won,\" said coach Ana Ruiz."


def test_html_time_element_date():
    html = '<html><body><article><time datetime="2021-04-05T10:00">5 April</time><p>Text of the story here.</p></article></body></html>'
    assert clean_article(html).published == date(2021, 4, 5)


def test_trailing_link_sections_dropped():
    text = ("Storm hits coast\n\n  \u2022 9 February 2020\n\nFirst paragraph here.\n\nSecond paragraph here.\n\n"
            "Share this page\n\n    Facebook\n\nRelated Topics\n\n    UK storms\n\nMore on this story\n\n"
            "    Storm: What we know\n    Published 8 February 2020\n")
    assert clean_article(text).body == "First paragraph here.\n\nSecond paragraph here."


def test_question_headline_is_the_title():
    art = clean_article("Will interest rates fall?\n\nThe bank meets on Thursday.")
    assert art.title == "Will interest rates fall?" and art.body == "The bank meets on Thursday."


def test_date_in_byline():
    art = clean_article("Storm hits coast\n\nBy Jane Doe, 19 November 2019\n\nRain fell all day.")
    assert art.published == date(2019, 11, 19) and art.body == "Rain fell all day."


def test_one_paragraph_per_line_without_blank_lines():
    text = ("The council met on Monday to discuss the plan.\n"
            "\"It is a good plan,\" said Mayor Jo Park.\n"
            "\"We will vote next week.\"\n")
    art = clean_article(text)
    assert art.body.count("\n\n") == 2


def test_hard_wrapped_paragraphs_are_joined():
    text = ("The council met on Monday to discuss the plan for the new bridge over\n"
            "the river, which has been closed since the floods of last winter and\n"
            "will cost millions to repair.\n\nSecond paragraph.")
    art = clean_article(text)
    assert art.body.startswith("The council met on Monday to discuss the plan for the new bridge over the river,")


def test_html_title_without_site_name():
    html = "<html><head><title>Bridge reopens after repairs - City News</title></head><body><p>Text here.</p></body></html>"
    assert clean_article(html).title == "Bridge reopens after repairs"


def test_agency_dateline_with_date_is_stripped_and_dates_the_article():
    from studyapp.extract.text import clean_article
    a = clean_article("OSLANDA, June 3 (Reuters) - The port authority said tolls would rise.")
    assert a.body.startswith("The port authority said")
    b = clean_article("BRENNBURG, 4 Feb 2021 (AFP) - The mayor said the bridge would close.")
    assert b.body.startswith("The mayor said") and str(b.published) == "2021-02-04"
    c = clean_article("(ABC) — A storm closed the airport.")
    assert c.body.startswith("A storm closed")


def test_print_edition_note_is_chrome():
    from studyapp.extract.text import clean_article
    a = clean_article("The museum reopened in May.\n\nA version of this story appeared in print on Jan. 3, 2020, Section C.")
    assert "print" not in a.body


def test_dateline_after_an_update_time_line_is_stripped():
    from studyapp.extract.text import clean_article
    a = clean_article("Port tolls to rise\n\nUpdated: 09:15 GMT\n\nOSLANDA, June 3 (Reuters) - The port authority said tolls would rise.")
    assert a.body.startswith("The port authority said")


def test_published_line_with_time_first_and_piped_update_is_a_date_line():
    from studyapp.extract.text import clean_article
    a = clean_article("Bridge to close\n\nPublished: 07:40, 11 Mar 2022 | Updated: 10:05\n\nThe bridge will close in May.")
    assert "Published" not in a.body and str(a.published) == "2022-03-11"


def test_recommended_box_mid_story_does_not_end_the_article():
    from studyapp.extract.text import clean_article
    prose = ("The regional grid operator said on Monday that demand had risen faster than any forecast had "
             "suggested and that two new substations would be needed before the winter of next year.")
    raw = "Grid strain grows\n\n" + prose + "\n\n" + prose + "\n\nRecommended\n\nOther story one\n\n" + \
        prose.replace("Monday", "Tuesday") + "\n\n" + prose.replace("Monday", "Friday") + "\n"
    body = clean_article(raw).body
    assert "Friday" in body and "Recommended" not in body
    tail = "Grid strain grows\n\n" + prose + "\n\n" + prose + "\n\nRelated Topics\n\nEnergy\n\nWeather\n"
    assert "Energy" not in clean_article(tail).body


def test_masthead_and_section_above_the_headline_are_not_the_title():
    raw = (
        "THE NORTHFIELD GAZETTE\n\nNEWS › COUNTY POLITICS\n\n"
        "Quarry expansion approved despite objections from Millbrook residents\n\n"
        "Planners say the extra lorry traffic is acceptable; campaigners vow to appeal\n\n"
        "By Tamsin Oduya, Local Democracy Reporter\n\nThursday, 6 March 2025, 7:15 am\n\n"
        "Councillors on the planning committee approved the expansion of Millbrook quarry on Wednesday, "
        "despite more than 400 objections from residents of the village.\n\n"
        "The quarry's owners said the expansion would secure 60 jobs for at least a decade.\n"
    )
    art = clean_article(raw)
    assert art.title == "Quarry expansion approved despite objections from Millbrook residents"
    assert art.published == date(2025, 3, 6)
    assert "GAZETTE" not in art.body and "COUNTY POLITICS" not in art.body
    assert art.body.startswith("Councillors on the planning committee")  # the standfirst is not the story


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("June 18, 2025 11:42 AM GMT+2 Updated 2 hours ago", date(2025, 6, 18)),
        ("Fri May 14 2021 - 17:32", date(2021, 5, 14)),
        ("January 20, 2025 — 5.45pm", date(2025, 1, 20)),
        ("Valley Courier News Service | Updated: Nov 3, 2025, 21:14 IST", date(2025, 11, 3)),
        ("04/10/2025 05:00 AM EDT", date(2025, 4, 10)),
        ("Last updated: 26/11/23 8:14pm", date(2023, 11, 26)),
        ("February 11, 2026 · 12 min read", date(2026, 2, 11)),
        ("Tuesday 15 March 2022 09:12, UK", date(2022, 3, 15)),
        ("04/10/2025", None),  # April or October: no time zone to tell
        ("The council voted on June 18, 2025 to close the library", None),  # a sentence, not a stamp
    ],
)
def test_date_stamp_lines_in_the_forms_sites_print(line, expected):
    from studyapp.extract.text import _header_date

    assert _header_date(line) == expected


def test_pasted_page_with_stamp_lines_gets_its_date_and_no_stamp_in_the_body():
    raw = (
        "Ferry operator cancels winter timetable\n\nBy Lorcan Mbeki\n\n"
        "Fri Nov 7 2025 - 06:40\n\n"
        "The island's only ferry operator has cancelled its winter timetable, citing a shortage of "
        "qualified crew, the company said on Thursday.\n"
    )
    art = clean_article(raw)
    assert art.title == "Ferry operator cancels winter timetable"
    assert art.published == date(2025, 11, 7)
    assert "06:40" not in art.body


def test_live_page_label_is_not_the_title():
    raw = (
        "LIVE\n\nStorm Ivy: rail lines closed as winds reach 90mph\n\nUpdated 6 mins ago\n\n"
        "Network Rail has closed three lines in the north-west after trees fell across the tracks overnight, "
        "the company said.\n"
    )
    assert clean_article(raw).title == "Storm Ivy: rail lines closed as winds reach 90mph"


def test_rt_hon_does_not_end_a_sentence() -> None:
    sents = split_sentences("The motion is due on Tuesday, the Speaker, Rt. Hon. Jane Roe, said. It passed.")
    assert [s.text for s in sents] == ["The motion is due on Tuesday, the Speaker, Rt. Hon. Jane Roe, said.", "It passed."]


def test_link_labels_inside_the_story_are_chrome():
    raw = (
        "Tram strike called off\n\n• 4 May 2025\n\n"
        "Drivers have called off Friday's tram strike after a late pay offer, the union said on Thursday.\n\n"
        "WATCH | Union leader says the offer is 'the best we could get':\n\n"
        "MORE: Every strike planned this summer\n\n"
        "ALSO READ | Bus fares to rise by 5% from June\n\n"
        "Related: How the pay dispute began\n\n"
        "Watching from the depot, drivers cheered the news.\n"
    )
    body = clean_article(raw).body
    assert "WATCH" not in body and "MORE:" not in body and "ALSO READ" not in body and "Related:" not in body
    assert "Watching from the depot" in body  # a word that merely starts like a label stays


def test_a_byline_with_a_biography_and_an_update_note_are_chrome() -> None:
    raw = (
        "Notes app maker cuts staff\n\n"
        "By Dana Whitlow, a senior reporter covering workplace tech, who has been at the site since 2019.\n\n"
        "The company is laying off 230 people, it confirmed on Thursday.\n\n"
        "Update January 19th, 3:10PM ET: Added comment from company spokesperson Mara Quinn.\n\n"
        "By Monday, the staff had been told, Quinn said.\n"
    )
    body = clean_article(raw).body
    assert "senior reporter" not in body and "Added comment" not in body
    assert "By Monday, the staff had been told" in body  # a sentence opening with "By" stays


def test_photo_captions_and_credit_lines_are_chrome() -> None:
    raw = (
        "Court strikes down drone law\n\n"
        "WASHINGTON (AP) — The court struck down the law on Wednesday, the justices said.\n\n"
        "FILE - Drone photographer Dan Pike poses with one of his aircraft outside his home on Nov. 3, 2021.\n\n"
        "Associated Press writer Julia Mann in Topeka, Kansas, contributed to this report.\n\n"
        "Video editor • Tomas Ibar\n\n"
        "Reporting by Ann Lee; Editing by Tom Hay\n\n"
        "The file was sent to the court, Pike said.\n"
    )
    body = clean_article(raw).body
    for chrome in ("FILE -", "contributed", "Video editor", "Reporting by"):
        assert chrome not in body
    assert "The file was sent to the court" in body


def test_a_key_points_box_is_a_summary_not_story() -> None:
    raw = ("Drought package\n\nKey points:\n- The Treasurer says the surplus will be smaller\n- Farmers say the money is "
           "overdue\n\nThe state government has announced a $1.2 billion drought package, the Treasurer said.\n")
    body = clean_article(raw).body
    assert "Key points" not in body and "surplus will be smaller" not in body
    assert body.startswith("The state government has announced")


def test_an_ambiguous_numeric_stamp_is_read_the_way_the_story_confirms() -> None:
    raw = ("Africa\n\nPresident declared winner as opposition rejects results\n\n"
           "Issued on: 05/11/2018 - 18:32Modified: 05/11/2018 - 20:15\n\n3 min\n\n"
           "Supporters celebrate after the results on November 5, 2018. © Paul Kabore, AFP\n\n"
           "Text by: FRANCE 24\n\nThe electoral commission on Monday declared the president the winner.\n")
    art = clean_article(raw)
    assert art.title == "President declared winner as opposition rejects results"
    assert art.published == date(2018, 11, 5)
    assert "Issued on" not in art.body and "Text by" not in art.body and "3 min" not in art.body
    raw2 = raw.replace("on November 5, 2018", "at the rally")
    assert clean_article(raw2).published is None  # 5 November or 11 May: nothing says which


def test_an_author_biography_at_the_foot_is_chrome() -> None:
    raw = ("Rent rules change\n\nThe province will cap rent increases, the premier said on Thursday.\n\n"
           "Laura Chen is a Toronto-based reporter covering provincial politics.\n\n"
           "Martin Keller is a reporter on the Obituaries desk.\n\n"
           "Ann Pope is a reporter covering city hall. Reach her by email at apope@example.com\n")
    body = clean_article(raw).body
    assert "reporter" not in body and body.startswith("The province will cap")


def test_a_stamp_after_a_byline_and_outlet_and_a_year_glued_to_the_time() -> None:
    raw = ("Evacuation order lifted as residents return home\n\n"
           "Wildfire now mostly contained, but officials warn an alert remains in place\n\n"
           "Ann Lind · CBC News · Posted: Aug 22, 2017 4:15 PM PT | Last Updated: August 22, 2017\n\n"
           "Residents can go home after the evacuation order was lifted on Tuesday afternoon, officials said.\n")
    a = clean_article(raw)
    assert a.published == date(2017, 8, 22)
    assert a.body.startswith("Residents can go home")
    raw = ("Teachers vote to strike over class sizes\n\nFebruary 11, 20265:00 AM ET\n\nBy Emily Chen\n\n"
           "Teachers in the district voted on Monday to strike over class sizes, their union said.\n")
    assert clean_article(raw).published == date(2026, 2, 11)


def test_company_abbreviations_do_not_end_a_sentence() -> None:
    got = [s.text for s in split_sentences("It was built by Tarang Aerospace Pvt. Ltd., a Bengaluru company founded "
                                           "in 2018. It worked.")]
    assert len(got) == 2 and got[0].endswith("founded in 2018.")


def test_headlines_listed_right_under_read_more_are_chrome() -> None:
    raw = ("Minister announces plan\n\nBy Ann Kenny\n\nThe minister announced a plan on Tuesday, officials said.\n\n"
           "Read more:\nTrolley numbers hit new high, says INMO\nFlu cases 'beginning to level off', HSE says\n\n"
           "The plan will cost €28m, the minister said.\n")
    body = clean_article(raw).body
    assert "Trolley" not in body and "HSE" not in body and "€28m" in body


def test_read_and_section_age_link_lines_are_chrome() -> None:
    from studyapp.extract.text import clean_article
    body = clean_article("Story title\n\nREAD | Councils owe water boards billions, minister tells legislature\n\n"
                         "Nation | 1 week ago: Residents told to clear stagnant water\n\n"
                         "The council met on Monday and approved the budget.\n").body
    assert "READ" not in body and "1 week ago" not in body and "approved the budget" in body
