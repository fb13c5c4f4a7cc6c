"""Forms of the genre, seventh round of issue 14: each on sentences written for the test.

Names, places and dates are invented or chosen so that no evaluation text has them.
"""

from __future__ import annotations

import pytest

from tests.extract.test_open_world import facts_of, stance_with


def test_the_communique_of_a_joint_communique_speaks_for_the_meeting(lexicon):
    facts = facts_of("LUSAKA, 3 March 2027 - The foreign ministers of Zambia and Malawi met in Lusaka on "
                     "Tuesday, according to a joint communique issued after the talks. Malawian Foreign "
                     "Minister Chisomo Banda called on donors to fund the new border post. The communique "
                     "noted with concern the rise in cattle raids along the border.", lexicon)
    assert sorted(stance_with(facts, "rise in cattle raids").holders) == ["state/malawi", "state/zambia"]


def test_the_statement_of_one_ministry_stays_that_ministrys(lexicon):
    facts = facts_of("LUSAKA, 3 March 2027 - The foreign ministers of Zambia and Malawi met in Lusaka on "
                     "Tuesday. In a statement, Malawian Foreign Minister Chisomo Banda said Malawi welcomed "
                     "the talks. The statement expressed concern over cattle raids along the border.", lexicon)
    assert "state/zambia" not in stance_with(facts, "cattle raids").holders


BRIEFING = ("Transcript of the Weekly Briefing by the Official Spokesperson (May 6, 2027)\n\n"
            "Official Spokesperson, Ms. Ilse Brandvold: Good afternoon. The Foreign Minister met the visiting "
            "Foreign Minister of Chile, Tomas Vidal, in Oslo on Tuesday.\n\n"
            "Question (Petter Lund, Morgenavisen): Sir, Chile's Interior Minister Rosa Quispe has condemned "
            "the trade deal. Any comment?\n\n"
            "Official Spokesperson, Ms. Ilse Brandvold: Our position is well known. We reject any attempt to "
            "politicise the agreement. "
            "I would also urge all sides to respect the negotiated text.\n\n"
            "Question: What did the ministers discuss?\n\n"
            "A: They discussed fisheries.\n")


def test_we_in_an_officials_turn_is_that_official(lexicon):
    facts = facts_of(BRIEFING, lexicon)
    assert stance_with(facts, "politicise the agreement").holders[0] == "person/ilse-brandvold"
    assert stance_with(facts, "respect the negotiated text").holders[0] == "person/ilse-brandvold"


def _turns(text: str, lexicon):
    from diplograph.extract import components
    from diplograph.extract.text import clean_text
    from diplograph.extract.turns import find_turns

    names = [n for n, _ in components.PIPELINE]
    doc = components.run(clean_text(text, name="written-for-test.txt"), lexicon, "news",
                         components.PIPELINE[:names.index("delegates") + 1])
    return doc.text, find_turns(doc.text, doc.mentions, lexicon)


def test_turns_need_labelled_speakers_and_end_at_the_next_label(lexicon):
    from diplograph.extract.turns import turn_at

    text, turns = _turns(BRIEFING, lexicon)
    assert [t.question for t in turns] == [False, True, False, True, False]
    assert turn_at(turns, text.index("Any comment")).question
    assert turn_at(turns, text.index("We reject")).speaker == "person/ilse-brandvold"
    assert turn_at(turns, text.index("fisheries")).speaker is None
    assert _turns("OSLO: The ministers of Norway and Chile met on Tuesday.\n\nNote: times are local.\n",
                  lexicon)[1] == []


def test_a_five_digit_meeting_number_is_an_ordinal(lexicon):
    facts = facts_of("Security Council\n12408th Meeting (PM)\n\n3 March 2031\n\nThe representative of Chile said "
                     "his country condemned the attacks on aid convoys in Darfur.", lexicon)
    assert [m.ordinal for m in facts.meetings] == [12408]
    assert "state/chile" in facts.meetings[0].states


def test_a_wires_stamp_line_dates_the_text_and_a_bracketed_state_keeps_the_dateline(lexicon):
    from diplograph.extract.text import clean_text

    doc = clean_text("Home > World > Americas\n\nChile, Peru sign water pact\n\nWNA | Updated: Mar 4, 2027 "
                     "18:02 IST\n\nLima [Peru], March 4 (WNA): The foreign ministers of Chile and Peru met on "
                     "Thursday.\n\nAlso Read | Floods hit northern Chile\n", name="t.txt")
    assert (doc.date, doc.dateline_place, doc.title) == ("2027-03-04", "Lima", "Chile, Peru sign water pact")
    assert "Floods" not in doc.text and "Home >" not in doc.text


def test_a_state_that_declined_the_invitation_takes_no_part(lexicon):
    facts = facts_of("QUITO, 9 May 2027 - Foreign ministers of Ecuador, Peru and Colombia met in Quito on "
                     "Friday to discuss river security. Bolivia's Foreign Minister Ana Choque said on Monday "
                     "that she would not travel to Quito. Venezuela had declined the invitation.", lexicon)
    states = facts.meetings[0].states
    assert {"state/ecuador", "state/peru", "state/colombia"} <= set(states)
    assert not {"state/bolivia", "state/venezuela"} & set(states)


def test_a_citys_name_opening_a_buildings_is_not_the_venue(lexicon):
    facts = facts_of("LONDON, 9 May 2027 - The ministers of Kenya and Ghana met at Mombasa House on Friday "
                     "and discussed trade.", lexicon)
    assert facts.meetings[0].city == "place/london"


def test_a_european_numeric_date_and_a_code_ending_on_a_full_stop(lexicon):
    from diplograph.extract.text import clean_text

    doc = clean_text("BNA  |  World  |  04.03.2027 09:15\n\nAndean ministers meet\n\nLima, 04.03.2027 (BNA). "
                     "The foreign ministers of Chile and Peru met on Thursday.\n", name="t.txt")
    assert (doc.date, doc.dateline_place, doc.title) == ("2027-03-04", "Lima", "Andean ministers meet")
    assert doc.text[doc.dateline_end:].startswith("The foreign ministers")


def test_a_participle_clause_tells_the_meeting(lexicon):
    facts = facts_of("Leaders of Chile, Peru and Colombia, meeting in Cartagena on Friday, described the "
                     "drought as the gravest threat to the region.\n\ndate 2027-03-06", lexicon)
    assert [m.city for m in facts.meetings] == ["place/cartagena"]
    assert {"state/chile", "state/peru", "state/colombia"} <= set(facts.meetings[0].states)


def test_only_the_clause_that_says_so_makes_guests(lexicon):
    facts = facts_of("LIMA, 9 May 2027 - Envoys of Chile and Peru met in Lima on Friday. Ecuador and Bolivia "
                     "sent their special representatives, while Uruguay and Paraguay attended as observers.",
                     lexicon)
    meeting = facts.meetings[0]
    assert {"state/ecuador", "state/bolivia", "state/uruguay", "state/paraguay"} <= set(meeting.states)
    assert sorted(meeting.guests) == ["state/paraguay", "state/uruguay"]


def test_a_heading_under_a_masthead_dates_a_transcript(lexicon):
    facts = facts_of("Ministry of Foreign Affairs of Norway\nPress  >  Briefings\n\nTranscript of the Weekly Briefing "
                     "by the Spokesperson, on Thursday, 6 May 2027\n\nGood afternoon. Yesterday the Foreign "
                     "Minister met the Foreign Minister of Chile, Tomas Vidal, in Oslo.", lexicon)
    assert facts.meetings[0].date == "2027-05-05"


def test_a_meeting_someone_will_attend_is_no_meeting_yet(lexicon):
    facts = facts_of("OSLO, 6 May 2027 - The foreign ministers of Norway and Chile met in Oslo on Tuesday. "
                     "The Foreign Minister will attend a ministerial meeting of the Arctic Council in Tromso "
                     "next week.", lexicon)
    assert [m.city for m in facts.meetings] == ["place/oslo"]


RELEASE = ("Ministry of Foreign Affairs – Government of Chile\n\nPress release, 6 May 2027\n\n"
           "The Foreign Minister of Peru, Ana Rojas, visited Santiago on Tuesday and met President Luis Araya. "
           "Separately, on Wednesday, the Foreign Secretary held a virtual meeting with the Deputy Foreign "
           "Minister of Bolivia, Jorge Mamani, on the lithium corridor.")


def test_an_unnamed_official_on_a_ministrys_page_is_the_ministrys(lexicon):
    facts = facts_of(RELEASE, lexicon)
    virtual = next(m for m in facts.meetings if "state/bolivia" in m.states)
    assert "state/chile" in virtual.states


def test_a_virtual_meeting_told_apart_is_held_nowhere_and_on_its_own_day(lexicon):
    facts = facts_of(RELEASE, lexicon)
    virtual = next(m for m in facts.meetings if "state/bolivia" in m.states)
    assert (virtual.city, virtual.sideline_of, virtual.date) == (None, None, "2027-05-05")


def test_the_subject_before_a_plain_verb_holds_the_clause_after_and(lexicon):
    facts = facts_of("OSLO, 3 March 2031 - Ministers met in Oslo.\n\nThe representative of the United States, Ann "
                     "Becker, said her country supported the mission.\n\nPanama’s delegate described the adoption "
                     "as a turning point and called on countries to deploy without delay.", lexicon)
    assert stance_with(facts, "deploy without delay").holders == ["state/panama"]


def test_an_impersonal_passive_is_the_meetings(lexicon):
    facts = facts_of("OSLO, 3 March 2031 - The foreign ministers of Norway, Chile and Peru met in Oslo on Friday. "
                     "Chilean Foreign Minister Ana Rojas said Chile supported the plan.\n\nIt was stressed at the "
                     "meeting that fisheries cooperation should grow.", lexicon)
    assert sorted(stance_with(facts, "fisheries cooperation").holders) == ["state/chile", "state/norway",
                                                                           "state/peru"]


def test_a_state_the_meeting_spoke_of_takes_no_part(lexicon):
    facts = facts_of("Leaders of Chile, Peru and Colombia, meeting in Cartagena on Friday, described Venezuela "
                     "as the gravest threat to the region.\n\ndate 2027-03-06", lexicon)
    assert "state/venezuela" not in facts.meetings[0].states
    assert {"state/chile", "state/peru", "state/colombia"} <= set(facts.meetings[0].states)


def test_the_last_clauses_subject_holds_its_verb(lexicon):
    facts = facts_of("OSLO, 3 March 2031 - The foreign ministers of Norway and Chile met in Oslo on Friday. The two "
                     "sides reviewed bilateral relations, and the Chilean side expressed support for Norway's bid "
                     "for a seat on the council.", lexicon)
    assert stance_with(facts, "Norway's bid").holders == ["state/chile"]


@pytest.mark.parametrize("sentence, words, kind", [
    ("Chilean Foreign Minister Ana Rojas flagged the dispute over the Lauca river.", "Lauca river", "Concern"),
    ("The ministers of Peru and Bolivia spoke highly of Chile's support for the corridor.", "Chile's support",
     "Appreciation"),
    ("Bolivia's Foreign Minister Jorge Mamani dismissed as unhelpful the new tariff on lithium.", "tariff",
     "Opposition"),
    ("Peru said it cannot associate itself with the language on fisheries quotas.", "fisheries quotas",
     "Opposition"),
])
def test_more_verbs_of_the_genre(lexicon, sentence, words, kind):
    facts = facts_of("LIMA, 3 March 2031 - The foreign ministers of Chile, Peru and Bolivia met in Lima on "
                     "Friday. " + sentence, lexicon)
    assert stance_with(facts, words).type == kind


def test_an_iso_stamp_line_dates_the_text_and_the_dateline_places_an_unplaced_meeting(lexicon):
    text = ("WNA  |  Updated: 2031-03-07 22:41\n\nAndean ministers pledge water deal\n\nAREQUIPA, Peru, March 7 "
            "(WNA) -- The foreign ministers of Chile, Peru and Bolivia on Friday held the fourth Andean Water "
            "Dialogue.\n\nThe previous meeting was held in La Paz in May 2030.")
    facts = facts_of(text, lexicon)
    main = facts.meetings[0]
    assert (main.date, main.city) == ("2031-03-07", "place/arequipa")
    assert [m.city for m in facts.meetings[1:]] == ["place/la-paz"]


def test_a_day_first_slashed_stamp_and_leaders_meeting_in_a_capital(lexicon):
    facts = facts_of("Americas\n\nAndean leaders extend water pact\n\nPublished on: 14/03/2031 - 21:48   Modified: "
                     "15/03/2031 - 09:02\n\nLima (WNA) – Andean leaders meeting in the Peruvian capital on "
                     "Friday extended the water pact, and said it would take effect on June 30, 2031.", lexicon)
    assert [(m.date, m.city) for m in facts.meetings] == [("2031-03-14", "place/lima")]


def test_a_sentence_opening_on_meeting_in_tells_a_meeting(lexicon):
    facts = facts_of("LIMA, 14 March 2031 - Meeting in Cusco on Friday, the foreign ministers of Chile and Peru "
                     "said the border would stay open.", lexicon)
    assert [m.city for m in facts.meetings] == ["place/cusco"]


def test_a_place_in_what_was_urged_is_not_the_venue(lexicon):
    facts = facts_of("Security Council\n12408th Meeting (PM)\n\n3 March 2031\n\nThe representative of Chile urged the "
                     "Council not to hold talks in Lima without civil society.", lexicon)
    assert facts.meetings[0].city is None


def test_a_speaker_named_in_capitals_is_a_person_taken_up_by_she(lexicon):
    facts = facts_of("Security Council\n12408th Meeting (PM)\n\n3 March 2031\n\nThe representative of Chile said his "
                     "country backed the mission.\n\nMARTA OLSEN-QUISPE, who heads the Mission, said the situation "
                     "had worsened. She urged the authorities to reopen the schools.", lexicon)
    assert stance_with(facts, "reopen the schools").holders[0] == "person/marta-olsen-quispe"


def test_a_states_government_takes_part_and_the_government_is_that_state(lexicon):
    facts = facts_of("MEXICO CITY, 3 March 2031 - Delegations of the Colombian government and the National "
                     "Liberation Army (ELN) met in Mexico City on Friday.\n\nThe guerrilla group committed to "
                     "suspend kidnappings, while the government undertook to set up a fund for the regions.", lexicon)
    assert "state/colombia" in facts.meetings[0].states
    assert stance_with(facts, "set up a fund").holders == ["state/colombia"]


def test_an_office_of_a_states_body_names_its_holder(lexicon):
    facts = facts_of("LIMA, 3 March 2031 - The Secretary of the National Defence Council of Chile, Ana Rojas "
                     "Vidal, met Peruvian officials in Lima on Friday.", lexicon)
    people = {p.agent: p.represents for m in facts.meetings for p in m.participations}
    assert people.get("person/ana-rojas-vidal") == "state/chile"


def test_calling_on_a_host_who_said_something_is_a_visit(lexicon):
    facts = facts_of("DELHI, 3 March 2031 - The foreign ministers of Chile and Peru met in Delhi on Friday.\n\n"
                     "Later in the day, the visiting ministers jointly called on the Prime Minister, who underlined "
                     "the need for close cooperation.", lexicon)
    assert not [s for s in facts.stances if "called on the Prime Minister" in s.evidence.text]
