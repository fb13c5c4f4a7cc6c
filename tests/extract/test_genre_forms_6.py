"""Forms of the genre, sixth round of issue 14: each on sentences written for the test.

Names, places and dates are invented or chosen so that no evaluation text has them.
"""

from __future__ import annotations

import pytest

from tests.extract.test_open_world import facts_of


def designated(facts):
    return {(d.designee, d.removed): d.authorities for d in facts.designations}


def test_a_group_removed_from_a_list_is_the_object_not_the_court_that_removed_it(lexicon):
    facts = facts_of("OSH, 12 May 2024 - The Supreme Court of Kyrgyzstan has removed the Harakat al-Nadim "
                     "movement from the national list of banned terrorist organisations.", lexicon)
    found = designated(facts)
    assert [k for k in found if k[1]] == [("org/harakat-al-nadim", True)]
    assert "state/kyrgyzstan" in found[("org/harakat-al-nadim", True)]


def test_a_group_removed_in_the_passive_stands_before_the_verb(lexicon):
    facts = facts_of("The Zarqan Brotherhood was removed from the list of terrorist organisations by "
                     "Ecuador on Friday.", lexicon)
    assert ("org/zarqan-brotherhood", True) in designated(facts)


def test_a_group_considered_a_terrorist_entity_whatever_the_recognizer_called_it(lexicon):
    facts = facts_of("The ministers of Oman and Jordan considered the Kataib al-Rimal group a terrorist "
                     "entity.", lexicon)
    assert [k[0] for k in designated(facts)] == ["org/kataib-al-rimal"]


def test_described_as_a_terrorist_group_names_it_so(lexicon):
    facts = facts_of("Norway's foreign minister said the Ansar al-Sahil group was behind the bombing and "
                     "described it as a terrorist group.", lexicon)
    found = designated(facts)
    assert list(found) == [("org/ansar-al-sahil", False)]
    assert found[("org/ansar-al-sahil", False)] == ["state/norway"]


def test_a_designation_told_as_a_noun_with_its_author_after_by(lexicon):
    facts = facts_of("The ministers welcomed the designation of the Jund al-Qamar front by the United "
                     "States as a Specially Designated Global Terrorist.", lexicon)
    assert designated(facts) == {("org/jund-al-qamar", False): ["state/united-states"]}


def test_a_designation_told_as_a_noun_with_its_author_before_it(lexicon):
    facts = facts_of("They welcomed the US designation of Lashkar-e-Taiba and the designation of the "
                     "Zarqan Front as a terrorist organisation by Japan.", lexicon)
    assert designated(facts) == {("org/lashkar-e-taiba", False): ["state/united-states"],
                                 ("org/zarqan-front", False): ["state/japan"]}


def test_a_call_for_a_designation_and_the_designation_of_an_envoy_designate_nothing(lexicon):
    facts = facts_of("The ministers welcomed the designation of Ambassador Rui Costa as special envoy. "
                     "They called for the designation of the Karam Brigade as a terrorist group.", lexicon)
    assert facts.designations == []


def test_a_designation_noun_names_the_group_it_opens_on_not_one_named_in_passing(lexicon):
    facts = facts_of("The ministers welcomed the US designation of The Karam Front (TKF), a proxy of "
                     "Lashkar-e-Taiba, as a Foreign Terrorist Organization.", lexicon)
    assert designated(facts) == {("org/karam-front", False): ["state/united-states"]}


def test_a_two_day_meeting_that_closed_on_a_day_is_dated_by_its_first(lexicon):
    facts = facts_of("QUITO, March 4, 2025 (AFP) - Envoys on Tuesday wrapped up the two-day meeting on the "
                     "Amazon in the Ecuadorian capital. The fifth meeting of Amazon envoys, which opened Monday, "
                     "brought together Peru, Brazil and Colombia.", lexicon)
    (meeting,) = facts.meetings
    assert (meeting.date, meeting.end_date, meeting.ordinal) == ("2025-03-03", "2025-03-04", 5)


def test_no_date_set_for_a_next_meeting_is_no_meeting(lexicon):
    facts = facts_of("QUITO, March 4, 2025 (AFP) - The fifth meeting of Amazon envoys was held in Quito on "
                     "Monday. No date was set for a sixth meeting.", lexicon)
    assert [m.ordinal for m in facts.meetings] == [5]


@pytest.mark.parametrize("sentence", [
    "The ministers agreed to hold the next trilateral meeting in Lima in 2026.",
    "The parties agreed to hold the 9th International Meeting on Chad in the second half of 2026.",
    "The two sides agreed to meet again.",
])
def test_agreeing_on_the_next_meeting_is_the_calendar_not_a_stance(lexicon, sentence):
    facts = facts_of("The foreign ministers of Chile, Peru and Ecuador met in Quito on 3 May 2025. " + sentence,
                     lexicon)
    assert not [s for s in facts.stances if "agreed" in s.evidence.text]


def test_agreeing_on_regular_consultations_is_still_a_commitment(lexicon):
    facts = facts_of("The foreign ministers of Chile and Peru met in Quito on 3 May 2025. The two sides agreed "
                     "to hold regular consultations on water.", lexicon)
    assert [s.type for s in facts.stances if "agreed" in s.evidence.text] == ["Commitment"]


def test_a_name_in_turkish_letters_is_read_whole_and_its_iri_spelled_in_latin(lexicon):
    facts = facts_of("Foreign Minister Kerem Aydınlı met his Georgian counterpart in Baku on 3 May 2025. "
                     "Aydınlı said Türkiye would continue to support peace.", lexicon)
    (p,) = [p for m in facts.meetings for p in m.participations if "kerem" in p.agent]
    assert p.agent == "person/kerem-aydinli"
    assert "person/kerem-aydinli" in [h for s in facts.stances for h in s.holders]


def test_a_title_before_a_given_name_is_the_person_named_before(lexicon):
    facts = facts_of("JAKARTA, 14 July 2023 - Indonesian Foreign Minister Ratna Kusumawardhani today chaired "
                     "the ministerial meeting in Jakarta.\n\nIn her opening remarks, Minister Ratna called on all "
                     "parties to exercise restraint.", lexicon)
    (stance,) = facts.stances
    assert stance.holders[0] == "person/ratna-kusumawardhani"
    assert not any(a.key == "person/ratna" for a in facts.actors)


def test_a_masthead_line_is_no_dateline_and_place_then_agency_code_is_one(lexicon):
    facts = facts_of("IRNA - Islamic Republic News Agency\nJanuary 25, 2024\n\nTehran, IRNA - The guarantor "
                     "states Iran, Russia and Turkey have reaffirmed their commitment to the unity of Syria at "
                     "the end of the 21st International Meeting on Syria.", lexicon)
    (stance,) = facts.stances
    assert not any("irna" in h for h in stance.holders)


def test_neighbouring_countries_alone_are_not_afghanistans_neighbours(lexicon):
    facts = facts_of("ALGIERS, 3 March 2025 - Foreign ministers of Chad's neighbouring countries met in Algiers "
                     "on Monday and called for the withdrawal of all foreign forces from Chad.", lexicon)
    assert not any("afghanistan" in a.key for a in facts.actors)


@pytest.mark.parametrize("sentence, kind", [
    ("Mali took a firm stand against any foreign military presence.", "Opposition"),
    ("Mali stood against any foreign military presence.", "Opposition"),
    ("The Ghanaian minister said Accra will not cede a single inch of its territory.", "Opposition"),
    ("US envoy Tom Reed said Washington had used the meeting to press the Kivu rebels to release detained "
     "citizens.", "Demand"),
])
def test_new_cues_of_opposition_and_demand(lexicon, sentence, kind):
    (stance,) = facts_of(sentence, lexicon).stances
    assert stance.type == kind


def test_pressing_issues_and_the_press_are_no_demand(lexicon):
    facts = facts_of("The ministers of Chile and Peru discussed pressing issues of regional security. The "
                     "minister told the press that the talks were useful.", lexicon)
    assert not [s for s in facts.stances if s.type == "Demand"]


def test_a_passive_designation_is_the_nearest_groups_not_the_courts(lexicon):
    facts = facts_of("On April 17 the Supreme Court of Ecuador suspended the ban on the activities of the Zarqan "
                     "Brotherhood, which had been recognised as a terrorist organisation by a decision of the "
                     "court in 2009.", lexicon)
    assert [d.designee for d in facts.designations] == ["org/zarqan-brotherhood"]


@pytest.mark.parametrize("sentence, group, by", [
    ("The ministers discussed the Karam Legion, which the UK proscribed as a terrorist organization in 2023.",
     "org/karam-legion", "state/united-kingdom"),
    ("Japan blacklisted the Karam Brigade as a terrorist group.", "org/karam-brigade", "state/japan"),
])
def test_proscribed_and_blacklisted_as_terrorist(lexicon, sentence, group, by):
    assert designated(facts_of(sentence, lexicon)) == {(group, False): [by]}


def test_letters_in_brackets_after_a_name_with_an_elided_article_are_that_name(lexicon):
    facts = facts_of("The ministers decided to list the Front de Salut de l'Oubangui (FSO) as a terrorist "
                     "organisation. The FSO denied the charges.", lexicon)
    assert len({d.designee for d in facts.designations}) == 1


def test_each_group_after_a_plural_label_is_named_terrorist(lexicon):
    facts = facts_of("The ministers condemned the attacks perpetrated by the terrorist groups Ansar al-Karam "
                     "(AAK) and the Zarqan Brotherhood against civilians.", lexicon)
    assert sorted(k[0] for k in designated(facts)) == ["org/ansar-al-karam", "org/zarqan-brotherhood"]


def test_groups_of_a_clause_as_designated_by_the_council(lexicon):
    facts = facts_of("The statement referred to ISIL, the Zarqan Brotherhood and other individuals, groups, "
                     "undertakings and entities associated with Al-Qaida, as designated as terrorist by the UN "
                     "Security Council.", lexicon)
    found = designated(facts)
    assert {k[0] for k in found} == {"org/islamic-state", "org/zarqan-brotherhood", "org/al-qaeda"}
    assert all(v == ["org/united-nations-security-council"] for v in found.values())


def test_a_removal_only_considered_leaves_the_group_listed(lexicon):
    facts = facts_of("Ecuador's envoy said Quito supported talks with the Zarqan Brotherhood and was considering "
                     "removing the movement from its list of banned terrorist organisations, on which it has been "
                     "since 2011.", lexicon)
    (d,) = facts.designations
    assert (d.designee, d.removed, d.date) == ("org/zarqan-brotherhood", False, "2011")
    assert d.authorities == ["state/ecuador"]


def test_a_title_case_headlines_verb_ends_the_name(lexicon):
    facts = facts_of("Kementerian Luar Negeri\n\nForeign Minister Lea Marsh Chairs the 30th Pacific Forum: Dialogue "
                     "First\n\nSuva, 4 July 2023 - Fijian Foreign Minister Lea Marsh today chaired the 30th Pacific "
                     "Forum ministerial meeting in Suva.\n\nIn her remarks, Minister Lea called on all parties to "
                     "exercise restraint.", lexicon)
    assert {p.agent for m in facts.meetings for p in m.participations} == {"person/lea-marsh"}
    assert facts.stances[0].holders[0] == "person/lea-marsh"


def test_an_ordinal_before_a_name_with_its_letters_in_brackets(lexicon):
    facts = facts_of("Suva, 4 July 2023 - The foreign ministers of Fiji and Tonga today attended the 30th Pacific "
                     "Islands Forum (PIF) Ministerial Meeting in Suva.", lexicon)
    assert facts.meetings[0].ordinal == 30


def test_a_month_and_day_last_year_is_the_year_before_the_pages(lexicon):
    facts = facts_of("date 2023-03-15\nThe minister recalled the Third Meeting of Lake Chad Neighbours held in "
                     "Maroua on March 31 last year.", lexicon)
    assert [m.date for m in facts.meetings] == ["2022-03-31"]


def test_a_dateline_with_an_ordinal_day_dates_a_weekday(lexicon):
    facts = facts_of("ACCRA, 13th September, 2025 (GNA) -- Ghana, Togo and Benin issued a joint statement "
                     "following a ministerial meeting held in Lome on Friday.", lexicon)
    assert facts.meetings[0].date == "2025-09-12"


def test_the_ledes_weekday_dates_a_meeting_past_headline_deck_and_byline(lexicon):
    facts = facts_of("date 2025-10-07\nChad's neighbours call for calm\n\nMinisters backed a roadmap at the Lome "
                     "meeting\n\nAmina Sule |07.10.2025\n\nForeign ministers of Niger, Cameroon and Sudan on "
                     "Monday called for the withdrawal of all foreign forces from Chad.", lexicon)
    assert facts.meetings[0].date == "2025-10-06"


def test_a_building_is_not_the_city_the_datelines_city_is(lexicon):
    facts = facts_of("LIMA (AP) - The foreign ministers of Peru and Chile held talks at the Torre Tagle Palace on "
                     "Monday, 3 March 2025.\n\nThe declaration was signed by the two presidents in Arica on "
                     "Dec. 14.", lexicon)
    assert facts.meetings[0].city == "place/lima"


def test_regional_bodies_by_name_and_acronym(lexicon):
    facts = facts_of("The foreign ministers of CELAC and of the Caribbean Community (CARICOM) met in Kingstown "
                     "on 3 March 2025, with observers from Mercosur and the Alliance of Sahel States.", lexicon)
    keys = {a.key for a in facts.actors}
    assert {"org/community-of-latin-american-and-caribbean-states", "org/caribbean-community",
            "org/southern-common-market", "org/alliance-of-sahel-states"} <= keys
    assert not any(a.key.startswith("place/caribbean") for a in facts.actors)


@pytest.mark.parametrize("sentence, group, by", [
    ("The Karam Front was declared a terrorist group by Ecuador in 2021.", "org/karam-front", "state/ecuador"),
    ("The KFC was labelled a terrorist organisation by Chad.", "org/kfc", "state/chad"),
    ("The Zarqan Brotherhood was branded a terrorist group by Peru.", "org/zarqan-brotherhood", "state/peru"),
])
def test_passives_of_naming_a_group_terrorist(lexicon, sentence, group, by):
    assert designated(facts_of(sentence, lexicon)) == {(group, False): [by]}


def test_items_under_a_council_the_text_never_named_are_the_meetings(lexicon):
    facts = facts_of("BAMAKO, 13 May 2025 - The foreign ministers of Mali, Niger and Burkina Faso held their "
                     "second session by videoconference.\n\nThe Council:\n\n- strongly condemned the attacks on "
                     "civilians;\n\n- took a firm stand against any foreign military presence;\n\n- welcomed the "
                     "progress made.\n", lexicon)
    stand = [s for s in facts.stances if "firm stand" in s.evidence.text]
    assert len(stand) == 1 and stand[0].type == "Opposition"
    assert set(stand[0].holders) == {"state/mali", "state/niger", "state/burkina-faso"}


def test_raised_concern_is_a_concern_raised_the_issue_is_none(lexicon):
    facts = facts_of("JAKARTA, 14 July 2023 - The foreign ministers of Indonesia, Japan and China met in Jakarta "
                     "on Friday.\n\nSeveral participants also raised concern over the Korean Peninsula.\n\nJapan "
                     "raised the issue of maritime safety.", lexicon)
    assert [s.type for s in facts.stances] == ["Concern"]


REMARKS = ("Remarks by Under-Secretary-General Elena Varga at the fourth meeting of Special Envoys on Yemen\n\n"
           "Muscat, 12 March 2025\n\nThank you for joining us in Muscat for this fourth meeting of Special Envoys "
           "on Yemen.\n\nThe United Nations remains committed to an inclusive political process.\n\n"
           "I am deeply concerned about the fate of detained aid workers.\n\nI urge Member States to fully fund "
           "the humanitarian response plan.\n")


def test_i_in_remarks_is_the_speaker_not_whoever_spoke_last(lexicon):
    facts = facts_of(REMARKS, lexicon)
    held = {s.evidence.text.split()[1]: s.holders[0] for s in facts.stances if s.evidence.text.startswith("I ")}
    assert held == {"am": "person/elena-varga", "urge": "person/elena-varga"}


def test_thanking_the_audience_for_joining_is_a_courtesy(lexicon):
    assert not [s for s in facts_of(REMARKS, lexicon).stances if "joining" in s.evidence.text]


def test_the_treaty_taken_up_by_a_common_noun_is_no_actor(lexicon):
    facts = facts_of("The Joint Commission of the Treaty on Open Waters met in Geneva on 9 November 2022, with "
                     "representatives of Chile, Argentina and Norway. Participants acknowledged the importance of "
                     "the full implementation of the Treaty by all sides.", lexicon)
    assert not any(a.key == "org/treaty" for a in facts.actors)
    assert all(not s.addressees for s in facts.stances)


def test_a_proscription_of_a_list_names_each_group(lexicon):
    facts = facts_of("The representative of Pakistan said his country had proscribed the Kivu Liberation Front "
                     "and the Majeed Legion.", lexicon)
    assert designated(facts) == {("org/kivu-liberation-front", False): ["state/pakistan"],
                                 ("org/majeed-legion", False): ["state/pakistan"]}


def test_added_to_a_sanctions_list_is_a_listing_only_where_the_text_is_about_terror(lexicon):
    listed = facts_of("The 1267 Committee added the Zarqan Brotherhood to its sanctions list in March.", lexicon)
    assert [d.designee for d in listed.designations] == ["org/zarqan-brotherhood"]
    firms = facts_of("Brussels added the Karam Shipping Company to its sanctions list in March.", lexicon)
    assert firms.designations == []
