"""Forms of the genre, ninth round of issue 14: each on sentences written for the test.

Names, places and dates are invented or chosen so that no evaluation text has them.
"""

from __future__ import annotations

import pytest

from tests.extract.test_open_world import facts_of, main_meeting, stance_with


def _served(facts):
    return {p.agent: (p.represents, p.title) for p in main_meeting(facts).participations}


@pytest.mark.parametrize("text, ankara, tehran", [
    ("Selin Aksoy, Turkey's foreign minister, met Dariush Karimi, Iran's deputy foreign minister, in Ankara "
     "on Saturday.", "foreign minister", "deputy foreign minister"),
    ("Selin Aksoy, the foreign minister of Turkey, met Dariush Karimi, deputy foreign minister of Iran, in "
     "Ankara on Saturday.", "foreign minister", "deputy foreign minister"),
    ("Selin Aksoy, minister of foreign affairs of the Republic of Turkey, met Dariush Karimi, Tehran's envoy "
     "for Afghanistan, in Ankara on Saturday.", "minister of foreign affairs", "envoy"),
])
def test_a_title_in_lower_case_after_the_name_says_whom_he_serves(lexicon, text, ankara, tehran):
    served = _served(facts_of("date 2027-05-09\nANKARA, May 8 -- " + text, lexicon))
    assert served["person/selin-aksoy"] == ("state/turkey", ankara)
    assert served["person/dariush-karimi"] == ("state/iran", tehran)


def test_the_wires_shorthand_titles_name_the_persons_states(lexicon):
    facts = facts_of("date 2027-05-09\nANKARA, May 8 -- Turkish top diplomat Selin Aksoy met Iranian deputy "
                     "FM Dariush Karimi in Ankara on Saturday.", lexicon)
    assert sorted(main_meeting(facts).states) == ["state/iran", "state/turkey"]
    served = _served(facts)
    assert served["person/selin-aksoy"] == ("state/turkey", "top diplomat")
    assert served["person/dariush-karimi"] == ("state/iran", "deputy FM")


def test_a_thing_needed_is_supported_and_an_act_asked_of_someone_demanded(lexicon):
    facts = facts_of("date 2027-03-04\nHANOI, March 3 -- The foreign ministers of Vietnam and Laos met in Hanoi "
                     "on Tuesday. They stressed the need for a coordinated approach to water management on the "
                     "Mekong. The ministers also underlined the need for the upstream states to share data on dam "
                     "releases. They underscored the need for focusing on border markets.", lexicon)
    assert stance_with(facts, "coordinated approach").type == "Support"
    assert stance_with(facts, "share data").type == "Demand"
    assert stance_with(facts, "border markets").type == "Demand"


def test_cautioning_against_a_thing_opposes_it(lexicon):
    facts = facts_of("date 2027-03-04\nHANOI, March 3 -- The foreign ministers of Vietnam and Laos met in Hanoi "
                     "on Tuesday. They cautioned against any unilateral diversion of the river. Laos cautioned "
                     "that delays would raise costs.", lexicon)
    assert stance_with(facts, "unilateral diversion").type == "Opposition"
    assert stance_with(facts, "delays would raise costs").type == "Concern"


def test_another_name_of_the_office_refers_back_to_its_holder(lexicon):
    facts = facts_of("date 2027-05-05\nLONDON, May 4 -- British Foreign Secretary Helen Marsh met Ghana's "
                     "Minister of Foreign Affairs Kwame Asante in London on Tuesday.\n\nGhana's Foreign Minister "
                     "expressed appreciation for British support to the cocoa sector.", lexicon)
    assert stance_with(facts, "cocoa sector").holders == ["person/kwame-asante", "state/ghana"]


def test_myanmars_u_opens_a_name_a_title_introduces(lexicon):
    facts = facts_of("date 2027-08-16\nCHIANG RAI, Aug 15 (Xinhua) -- Chinese Foreign Minister Gao Wenjun met Lao "
                     "and Myanmar officials in Chiang Rai on Thursday. Lao Foreign Minister Bounmy Keola and "
                     "Myanmar's Foreign Minister U Kyaw Lin Aung attended the meeting.\n\nMyanmar's foreign "
                     "minister thanked China for its mediation with ethnic armed groups.", lexicon)
    assert _served(facts)["person/u-kyaw-lin-aung"] == ("state/myanmar", "Foreign Minister")
    assert stance_with(facts, "ethnic armed groups").holders == ["person/u-kyaw-lin-aung", "state/myanmar"]


BRIEFING = ("Transcript of the Weekly Press Briefing by the Spokesperson, Ms. Farah Naz Rind, on Thursday, "
            "9 March 2027\n\nSpokesperson: Good afternoon. The Foreign Minister will visit Tashkent next week.\n\n"
            "Question: Is there any progress on the railway project?\n\n"
            "Spokesperson: Pakistan remains committed to the railway project. We urge all partners to release "
            "the pledged funds.\n")


def test_a_turn_labelled_by_office_is_the_office_holders(lexicon):
    facts = facts_of(BRIEFING, lexicon)
    assert stance_with(facts, "pledged funds").holders == ["person/farah-naz-rind"]


def test_a_state_the_speaker_voices_in_his_turn_is_his_position(lexicon):
    facts = facts_of(BRIEFING, lexicon)
    assert stance_with(facts, "railway project").holders == ["person/farah-naz-rind", "state/pakistan"]


@pytest.mark.parametrize("sentence, group", [
    ("Iran and Pakistan agreed on Sunday to step up cooperation along their border, naming Jaish al-Adl as a "
     "terrorist group responsible for recent attacks.", "org/jaish-al-adl"),
    ("Pakistan told the Council that the Tehreek-e-Taliban Pakistan, which it described as the largest "
     "terrorist outfit operating from Afghan soil, had carried out 600 attacks.", "org/tehreek-e-taliban-pakistan"),
])
def test_naming_a_group_as_the_largest_terrorist_outfit_designates_it(lexicon, sentence, group):
    facts = facts_of("date 2027-05-13\nTEHRAN, May 12 -- " + sentence, lexicon)
    assert group in {d.designee for d in facts.designations}


@pytest.mark.parametrize("sentence, group", [
    ("The Monitoring Team said ISIL-K and other terrorist outfits had recruited fighters from Central Asia.",
     "org/islamic-state-khorasan-province"),
    ("Pakistan's ambassador said Jaish-e-Mohammed (JeM), a UN-designated terrorist entity, operated freely.",
     "org/jaish-e-mohammed"),
    ("The ambassador said the TTP, a proscribed organisation, had killed hundreds of soldiers.",
     "org/tehreek-e-taliban-pakistan"),
])
def test_a_group_the_council_hears_called_terrorist_in_passing(lexicon, sentence, group):
    facts = facts_of("date 2027-02-11\nNEW YORK, Feb 10 -- " + sentence, lexicon)
    assert group in {d.designee for d in facts.designations}


def test_listed_by_a_body_as_terrorist_designates_the_group_not_the_body(lexicon):
    facts = facts_of("date 2027-02-11\nNEW YORK, Feb 10 -- Uzbekistan's representative said Katibat Imam "
                     "al-Bukhari, listed by the Council as a terrorist group, remained active.", lexicon)
    designees = {d.designee for d in facts.designations}
    assert "org/katibat-imam-al-bukhari" in designees
    assert not any("council" in d for d in designees)


def test_still_on_a_states_terror_list_in_apposition_designates(lexicon):
    facts = facts_of("date 2027-02-11\nMOSCOW, Feb 10 -- The Taliban, still on Russia's list of terrorist "
                     "organisations, sent a delegation to the talks.", lexicon)
    assert [(d.designee, d.authorities) for d in facts.designations] == [("org/taliban", ["state/russia"])]


def test_hoping_another_will_act_asks_it_of_them_and_hoping_to_see_does_not(lexicon):
    facts = facts_of("date 2025-10-08\nMOSCOW, Oct 7 -- Russian Foreign Minister Sergei Orlov met Afghan acting "
                     "Foreign Minister Amir Rahimi in Moscow on Tuesday.\n\nRussia hopes the Afghan authorities "
                     "will form an inclusive government.\n\nRussia hopes to see more trade next year.", lexicon)
    assert stance_with(facts, "inclusive government").type == "Demand"
    assert not [s for s in facts.stances if "more trade" in s.evidence.text]


def test_who_accompanied_a_delegate_or_addressed_the_meeting_took_part(lexicon):
    facts = facts_of("date 2024-03-06\nASHGABAT, March 5 -- Turkmenistan's Foreign Minister Rashid Orazov "
                     "received a Pakistani delegation led by Special Representative Asif Khan in Ashgabat on "
                     "Tuesday. Khan was accompanied by Pakistan's Ambassador to Turkmenistan, Tariq Hussain. "
                     "OIC Secretary-General Hissein Brahim Taha addressed the meeting by video link.", lexicon)
    served = _served(facts)
    assert served["person/tariq-hussain"][0] == "state/pakistan"
    assert "person/hissein-brahim-taha" in served


def test_a_delegation_headed_by_and_representing_a_state_say_whom_they_serve(lexicon):
    facts = facts_of("date 2024-03-06\nTEHRAN, March 5 -- Iran hosted a meeting of special envoys for Afghanistan "
                     "from China, Russia and Pakistan in Tehran on Tuesday.\n\nThe Pakistani delegation included "
                     "Special Representative Asif Khan. The Iranian delegation, headed by Deputy Foreign Minister "
                     "Reza Navidi, met on the first day.\n\nRepresenting Russia was Presidential Envoy Zamir "
                     "Kabulov.", lexicon)
    served = _served(facts)
    assert served["person/asif-khan"][0] == "state/pakistan"
    assert served["person/reza-navidi"][0] == "state/iran"
    assert served["person/zamir-kabulov"][0] == "state/russia"


def test_what_a_party_asserts_is_a_position_and_a_reports_account_is_not(lexicon):
    facts = facts_of("date 2027-01-26\nBRASILIA, Jan 25 -- The foreign ministers of Chile and Peru met in "
                     "Brasilia on Thursday.\n\nChile maintains that the maritime boundary was settled in 1952. "
                     "A recent UN report said hundreds of fishermen have been detained at sea.", lexicon)
    assert stance_with(facts, "settled in 1952").type == "OtherStance"
    assert not [s for s in facts.stances if "fishermen" in s.evidence.text]


def test_what_a_thing_should_be_is_a_view_and_what_should_be_done_a_demand(lexicon):
    facts = facts_of("date 2027-03-04\nHANOI, March 3 -- The foreign ministers of Vietnam and Laos met in Hanoi "
                     "on Tuesday.\n\nThey said the two countries should be partners rather than rivals. Dam "
                     "operators should be held responsible for sudden releases. Laos should share flood data.",
                     lexicon)
    assert stance_with(facts, "partners rather than rivals").type == "OtherStance"
    assert stance_with(facts, "held responsible").type == "Demand"
    assert stance_with(facts, "share flood data").type == "Demand"


def test_a_collective_subject_naming_its_states_holds_for_those_states(lexicon):
    facts = facts_of("date 2027-01-26\nBRASILIA, Jan 25 -- Brazilian Foreign Minister Paulo Mendes hosted the "
                     "foreign ministers of Chile and Peru in Brasilia on Thursday.\n\nThe ministers of Chile and "
                     "Peru agreed to reopen the border crossing at Chacalluta. The three ministers condemned the "
                     "smuggling of arms across the region.", lexicon)
    assert sorted(stance_with(facts, "Chacalluta").holders) == ["state/chile", "state/peru"]
    assert sorted(stance_with(facts, "smuggling of arms").holders) == ["state/brazil", "state/chile", "state/peru"]


def test_a_host_who_hosted_the_foreign_ministers_of_two_states_met_them(lexicon):
    facts = facts_of("date 2027-01-22\nBRASILIA, Jan 21 -- Brazilian Foreign Minister Paulo Mendes hosted the "
                     "foreign ministers of Chile and Peru in Brasilia on Thursday.", lexicon)
    m = main_meeting(facts)
    assert m.city == "place/brasilia" and m.date == "2027-01-21"
    assert sorted(m.states) == ["state/brazil", "state/chile", "state/peru"]


def test_a_home_agencys_minister_without_a_state_serves_the_datelines_state(lexicon):
    facts = facts_of("date 2025-06-05\nISLAMABAD, June 4 (APP) -- Deputy Prime Minister and Foreign Minister "
                     "Ishaan Durrani held talks with Afghanistan's acting Foreign Minister Amir Rahimi on "
                     "Wednesday.\n\nBoth sides agreed to remain in close contact.", lexicon)
    assert _served(facts)["person/ishaan-durrani"][0] == "state/pakistan"
    assert sorted(stance_with(facts, "close contact").holders) == ["state/afghanistan", "state/pakistan"]


UN_COVERAGE = ("date 2027-03-10\nSECURITY COUNCIL, 9812TH MEETING (AM)\n\nThe Security Council today heard a "
               "briefing on the situation in Afghanistan by the Special Representative of the Secretary-General, "
               "Helga Brandt.\n\nMs. BRANDT said the de facto authorities continued to restrict women's access "
               "to work.\n\nThe speaker for Guyana, also speaking for Algeria and Sierra Leone, condemned the "
               "recent terrorist attacks in Kabul.\n")


def test_a_speaker_the_un_names_by_courtesy_and_surname_in_capitals_is_that_person(lexicon):
    facts = facts_of(UN_COVERAGE, lexicon)
    assert stance_with(facts, "access to work").holders[0] == "person/helga-brandt"


def test_also_speaking_for_other_states_holds_for_his_own_and_theirs(lexicon):
    facts = facts_of(UN_COVERAGE, lexicon)
    assert sorted(stance_with(facts, "attacks in Kabul").holders) == [
        "state/algeria", "state/guyana", "state/sierra-leone"]


def test_the_sides_of_a_joint_statement_that_speak_as_sides_are_its_parties(lexicon):
    facts = facts_of("Joint Statement of the Fourth Meeting of the Foreign Ministers of Kazakhstan and Mongolia\n\n"
                     "Ulaanbaatar, 12 September 2027\n\n"
                     "1. The Parties reaffirmed their commitment to the principles of the UN Charter.\n"
                     "2. The Kazakh Side expressed support for Mongolia's initiative on desertification.\n"
                     "3. The Mongolian Side thanked the Kazakh Side for the hospitality.\n", lexicon)
    assert sorted(main_meeting(facts).states) == ["state/kazakhstan", "state/mongolia"]
    assert sorted(stance_with(facts, "UN Charter").holders) == ["state/kazakhstan", "state/mongolia"]


def test_an_assurance_that_ones_soil_will_not_be_used_against_others_is_an_undertaking(lexicon):
    facts = facts_of("date 2025-01-12\nKABUL (TOLOnews) -- The Islamic Emirate's deputy spokesman, Hamdullah "
                     "Fitrat, said on Saturday that Afghanistan's soil will not be used against any country. "
                     "Fitrat said the Islamic Emirate wants positive relations with all countries.", lexicon)
    assert stance_with(facts, "soil will not be used").type == "Commitment"
    assert stance_with(facts, "positive relations").type == "OtherStance"


def test_a_transcripts_label_in_capitals_names_the_speaker_without_his_office(lexicon):
    facts = facts_of("Joint press conference of the foreign ministers of Egypt and Greece, Cairo, 12 March 2027\n\n"
                     "MINISTER HASSAN FARID (Egypt): Egypt condemns the attacks on shipping in the Red Sea.\n\n"
                     "MINISTER NIKOS ANDREOU (Greece): We support freedom of navigation.\n", lexicon)
    assert stance_with(facts, "attacks on shipping").holders == ["person/hassan-farid", "state/egypt"]
    assert stance_with(facts, "freedom of navigation").holders[0] == "person/nikos-andreou"
