"""Reading and cleaning one text (diplograph.extract.text): encoding repair, spaces,
web boilerplate, the metadata date token and datelines.

The cleaned text is what the graph stores and what evidence offsets index,
so these tests pin what cleaning keeps as well as what it removes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.errors import InputError
from diplograph.extract.text import clean_text, read_document

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def cleaned(text: str) -> str:
    return clean_text(text).text


# ----- encoding repair --------------------------------------------------------


def test_mojibake_apostrophe_and_quotes_are_repaired():
    text = cleaned("The Ministersâ€™ position on the â€œAfghan-ledâ€\x9d principle was clear.")
    assert text == "The Ministers’ position on the “Afghan-led” principle was clear."


def test_mojibake_dash_is_repaired():
    assert cleaned("Kazakhstanâ€“Afghanistan trade grew.") == "Kazakhstan–Afghanistan trade grew."


def test_stray_a_circumflex_pair_between_words_becomes_a_space():
    text = cleaned('support for the "Afghan-owned"ââprinciple to determine the future.')
    assert "â" not in text
    assert '"Afghan-owned" principle' in text


def test_long_run_of_debris_vanishes_and_sentences_stay_apart():
    text = cleaned("Illegal activities should be prevented." + "â" * 38
                   + "Cross-border issues matter." + "â" * 72)
    assert "â" not in text
    assert "prevented. Cross-border issues matter." in text
    assert text.endswith("matter.")


def test_real_a_circumflex_inside_words_is_kept():
    text = cleaned("The delegation stayed at the Château Vâlcea and ate pâté.")
    assert "Château" in text and "Vâlcea" in text and "pâté" in text


def test_typographic_quotes_are_kept():
    text = cleaned("“We hope,” the statement said of Afghanistan’s neighbours.")
    assert text == "“We hope,” the statement said of Afghanistan’s neighbours."


def test_windows_line_ends_become_newlines():
    text = cleaned("First paragraph.\r\n\r\nSecond paragraph.\r\n")
    assert "\r" not in text
    assert text == "First paragraph.\n\nSecond paragraph."


def test_seed_000_has_no_debris_left():
    doc = read_document(SEEDS / "000_e747bdc18f26e6a7.txt")
    assert "â" not in doc.text
    assert 'Afghan-owned" principle' in doc.text
    assert "prevented. Cross-border issues" in doc.text


# ----- spaces -----------------------------------------------------------------


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009", "\u2002", "\u3000"])
def test_odd_spaces_become_plain_spaces(space):
    assert cleaned(f"the foreign ministers of{space}the SCO member states") == (
        "the foreign ministers of the SCO member states")


def test_zero_width_characters_and_bom_are_removed():
    assert cleaned("\ufeffThe Ministers\u200b met in Astana.") == "The Ministers met in Astana."


def test_seed_004_no_break_spaces_are_gone():
    raw = (SEEDS / "004_4f8ed06a1bdb220a.txt").read_text(encoding="utf-8")
    assert "\u00a0" in raw  # the seed has them ...
    doc = read_document(SEEDS / "004_4f8ed06a1bdb220a.txt")
    assert "\u00a0" not in doc.text  # ... the cleaned text does not
    assert "said in conclusion" in doc.text


# ----- web boilerplate ----------------------------------------------------------

PAGE = """Skip to main content
Cloudy icon
53º

Envoys meet in Bishkek on Afghan transit

1 / 8

Envoys from five countries met in Bishkek on Monday.

Recommended Videos

Analysts said 1 / 8 of the promised aid had arrived.

___

Follow AP's coverage of Afghanistan at https://apnews.com/hub/afghanistan

Recommended Videos"""

BOILERPLATE_LINES = ["Skip to main content", "Cloudy icon", "53º", "1 / 8", "Recommended Videos", "___",
                     "Follow AP's coverage of Afghanistan at https://apnews.com/hub/afghanistan"]


@pytest.mark.parametrize("line", BOILERPLATE_LINES)
def test_boilerplate_line_is_dropped(line):
    lines = [x.strip() for x in cleaned(PAGE).split("\n")]
    assert line not in lines


def test_article_text_around_boilerplate_is_kept():
    text = cleaned(PAGE)
    assert "Envoys from five countries met in Bishkek on Monday." in text
    # the same words inside a sentence are not furniture
    assert "Analysts said 1 / 8 of the promised aid had arrived." in text
    assert not text.startswith("\n") and not text.endswith("\n")


def test_headline_after_boilerplate_becomes_the_title():
    assert clean_text(PAGE).title == "Envoys meet in Bishkek on Afghan transit"


def test_seed_002_boilerplate_dropped_article_kept():
    doc = read_document(SEEDS / "002_b8d8c0b292559e28.txt")
    lines = {x.strip() for x in doc.text.split("\n")}
    for line in BOILERPLATE_LINES:
        assert line not in lines
    assert "Recommended Videos" not in doc.text
    assert "Skip to main content" not in doc.text
    assert doc.text.startswith("Russia, China FM attend high-level conference on Afghanistan")
    assert "No country has recognized the Taliban as the legitimate government of Afghanistan." in doc.text
    assert doc.title == "Russia, China FM attend high-level conference on Afghanistan"
    assert doc.publisher == "Associated Press"


# ----- header: metadata date and datelines ---------------------------------------


def test_metadata_date_token_gives_the_document_date_and_leaves_the_text():
    doc = clean_text(" date 2021-09-17 DUSHANBE - Senior officials agreed on Sept 16 to meet again.")
    assert doc.date == "2021-09-17"
    assert "date 2021-09-17" not in doc.text
    assert doc.text.startswith("DUSHANBE - Senior officials")
    assert doc.dateline_place == "DUSHANBE"
    assert doc.text[doc.dateline_end:].startswith("Senior officials")


def test_seed_003_metadata_date():
    doc = read_document(SEEDS / "003_cf50b3a85d0d2923.txt")
    assert doc.date == "2021-09-17"
    assert not doc.text.lstrip().startswith("date")


def test_dateline_with_day_month_and_agency_code():
    doc = clean_text("Samarkand, Uzbekistan, 4 Apr (ZXS) -- On 14 April local time, the ministers met.")
    assert doc.dateline_place == "Samarkand, Uzbekistan"
    assert doc.dateline_day == (4, 4)
    assert doc.publisher == "China News Service"
    assert doc.text[doc.dateline_end:].startswith("On 14 April local time")


def test_dateline_in_capitals_with_en_dash():
    doc = clean_text("KABUL, AFGHANISTAN – The sixth round of talks concluded on Friday.")
    assert doc.dateline_place == "KABUL, AFGHANISTAN"
    assert doc.dateline_day is None
    assert doc.text[doc.dateline_end:].startswith("The sixth round")


def test_dateline_with_full_month_and_reuters():
    doc = clean_text("ALMATY, 12 June (Reuters) - Envoys met on Tuesday.")
    assert doc.dateline_place == "ALMATY"
    assert doc.dateline_day == (6, 12)
    assert doc.publisher == "Reuters"


def test_dateline_with_a_full_date_dates_the_text():
    doc = clean_text("Quito, 4 March 2022 (XYZ): The envoy reached Quito on Monday for talks.\n")
    assert doc.dateline_place == "Quito"
    assert doc.reference_date == doc.date == "2022-03-04"
    assert doc.text[doc.dateline_end:].startswith("The envoy")


def test_dateline_with_month_first_and_a_year():
    doc = clean_text("date 2022-03-06\nLIMA, March 4, 2022 - The envoys met on Thursday.\n")
    assert doc.reference_date == "2022-03-04"
    assert doc.date == "2022-03-06"          # the metadata's date stays the text's own


def test_a_release_heading_gives_the_date_and_a_later_dateline_counts():
    doc = clean_text("SC/99999\n3 March 2025\n\nSecurity Council\n9901st Meeting (PM)\n\nLIMA, 3 March -- The "
                     "Council met this afternoon.\n")
    assert doc.date == "2025-03-03"
    assert doc.dateline_place == "LIMA"
    assert doc.reference_date == "2025-03-03"


def test_a_labelled_date_line_with_weekday_and_time_dates_the_text():
    doc = clean_text("Envoys meet in Lima\nPublished: Tuesday, July 22, 2025 at 10:15 GMT\n\nThe envoys met today.\n")
    assert doc.date == "2025-07-22"


def test_this_morning_is_the_day_of_the_text():
    from diplograph.extract.dates import find_dates

    text = "The Council met this morning to consider the launch of 12 July."
    assert [d.value for d in find_dates(text, 0, len(text), "2025-07-13")] == ["2025-07-13", "2025-07-12"]


def test_a_sentence_with_dashes_is_not_a_dateline():
    doc = clean_text("Russia - and China - agreed to meet again in Tashkent.")
    assert doc.dateline_place is None
    assert doc.dateline_end == 0


def test_the_dateline_stays_in_the_text():
    # offsets of the seed gold index text that still holds the dateline
    doc = read_document(SEEDS / "001_7c52d3ecc6a73476.txt")
    assert doc.text.startswith("Samarkand, Uzbekistan, 4 Apr (ZXS) --")
    assert doc.dateline_place == "Samarkand, Uzbekistan"


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_cleaning_is_idempotent_on_the_seeds(path):
    doc = read_document(path)
    assert clean_text(doc.text, name=path.name).text == doc.text


# ----- reading files: encodings, empty and binary files ---------------------------


def test_cp1252_file_is_decoded(tmp_path):
    p = tmp_path / "fr.txt"
    p.write_bytes("Le ministre Zoé Dubé didn’t attend the café meeting.".encode("cp1252"))
    doc = read_document(p)
    assert doc.text == "Le ministre Zoé Dubé didn’t attend the café meeting."
    assert doc.notes  # says it was not UTF-8


def test_utf16_file_with_bom_is_decoded(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes("Minister Zoé Dubé met envoys in Genève.".encode("utf-16"))
    assert read_document(p).text == "Minister Zoé Dubé met envoys in Genève."


def test_utf8_bom_is_not_part_of_the_text(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbfThe Ministers met in Astana.")
    assert read_document(p).text == "The Ministers met in Astana."


@pytest.mark.parametrize("content", [b"", b"   \n\n  \n"])
def test_empty_file_gives_empty_text(tmp_path, content):
    p = tmp_path / "empty.txt"
    p.write_bytes(content)
    doc = read_document(p)
    assert doc.text == ""
    assert doc.name == "empty.txt" and doc.stem == "empty"


def test_binary_file_is_refused_with_its_name(tmp_path):
    p = tmp_path / "photo.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06")
    with pytest.raises(InputError) as err:
        read_document(p)
    assert "photo.txt" in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError) as err:
        read_document(tmp_path / "nowhere.txt")
    assert "nowhere.txt" in str(err.value)
