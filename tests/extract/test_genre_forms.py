"""Forms of the genre met in no evaluation text, each on sentences written for the test.

The fourth round of issue 14: rules a linguist writes for readouts, communiqués and wire reports
in general, each checked on names, places and dates chosen so that no evaluation text has them.
"""

from __future__ import annotations

import pytest

# the open-world tests' helpers: one text converted, the stance that cites some words
from tests.extract.test_open_world import facts_of, stance_with


def test_a_title_of_a_state_for_a_portfolio_names_whom_its_holder_serves(lexicon):
    facts = facts_of("REYKJAVIK - Foreign Minister Halla Jonsdottir met the Special Envoy of Chile for "
                     "Afghanistan, Tomas Ibarrola Vega, on 9 May 2022.", lexicon)
    parts = {p.agent: p for p in facts.meetings[0].participations}
    assert parts["person/tomas-ibarrola-vega"].represents == "state/chile"
    assert parts["person/tomas-ibarrola-vega"].title == "Special Envoy"


def test_an_invitations_event_lies_ahead_and_gives_no_venue(lexicon):
    facts = facts_of("LIMA (Andina) - Foreign Minister Rosa Quilca received the Ambassador of Portugal, "
                     "Duarte Meireles, on 2 June 2022. She invited Portugal to attend an investment "
                     "conference in Arequipa.", lexicon)
    assert facts.meetings[0].city == "place/lima"
    assert all(m.city != "place/arequipa" for m in facts.meetings)


def test_both_sides_of_talks_with_a_government_no_table_counts_as_a_state(lexicon):
    facts = facts_of("KABUL - The Acting Minister of Foreign Affairs of the Islamic Emirate, Ahmadullah "
                     "Karimzai, met the Ambassador of Mongolia, Bold Tserendorj, on 4 April 2023. Both sides "
                     "stressed the importance of air links.", lexicon)
    held = stance_with(facts, "air links").holders
    assert "state/mongolia" in held
    assert any(h.startswith("org/") and "afghan" in h for h in held)


def test_a_passive_subject_of_the_verb_before_is_not_the_next_verbs(lexicon):
    facts = facts_of("ULAANBAATAR, 3 March 2023 - Mongolian Foreign Minister Bold Tserendorj met Ambassador Ana "
                     "Ibarrola of Chile. Mr. Tserendorj said Mongolia was committed to the new mining code "
                     "and urged Chile to send a trade mission.", lexicon)
    urge = stance_with(facts, "urged Chile")
    assert urge.type == "Demand"
    assert urge.addressees == ["state/chile"]
    assert "state/mongolia" in urge.holders and "state/chile" not in urge.holders


def test_a_host_receiving_a_titled_person_met_him(lexicon):
    facts = facts_of("SUVA - Prime Minister Josaia Tikoduadua received the Ambassador of Norway, Eirik "
                     "Holmsen, on 12 October 2022 and discussed fisheries.", lexicon)
    assert len(facts.meetings) == 1
    assert facts.meetings[0].date == "2022-10-12"
    parts = {p.agent: p.represents for p in facts.meetings[0].participations}
    assert parts.get("person/eirik-holmsen") == "state/norway"


def test_she_with_no_one_speaking_before_is_the_last_sentences_subject_not_the_meeting(lexicon):
    facts = facts_of("SUVA - Foreign Minister Litia Vakaloloma received the Ambassador of Norway, Eirik "
                     "Holmsen, on 12 October 2022. She invited Norway to send a fisheries mission.", lexicon)
    invite = stance_with(facts, "invited Norway")
    assert invite.holders[0] == "person/litia-vakaloloma"
    assert invite.addressees == ["state/norway"]


def test_the_one_state_no_one_stands_for_is_the_untitled_chairs(lexicon):
    facts = facts_of("MANILA - The foreign ministers of the Philippines, Fiji and Chile held their third "
                     "trilateral dialogue in Manila on 14 March 2022. Foreign Minister Amado Villanueva chaired "
                     "the dialogue, while Fijian Foreign Minister Ratu Seru Lalabalavu and Chilean Foreign "
                     "Minister Pilar Errazuriz led their delegations.", lexicon)
    parts = {p.agent: p.represents for p in facts.meetings[0].participations}
    assert parts["person/amado-villanueva"] == "state/philippines"
    assert parts["person/pilar-errazuriz"] == "state/chile"


def test_a_list_of_groups_before_which_a_state_regards_as_terrorist_is_designated_whole(lexicon):
    facts = facts_of("They called on the authorities to act against the Zarqan Brotherhood (ZB) and the Qirmiz "
                     "Liberation Front (QLF), which Chile and Fiji regard as terrorist organisations.", lexicon)
    got = {(d.designee, tuple(d.authorities)) for d in facts.designations}
    designees = {d for d, _ in got}
    assert len(designees) == 2
    assert all(set(a) == {"state/chile", "state/fiji"} for _, a in got)


def test_letters_in_brackets_after_a_new_body_name_that_body_wherever_used(lexicon):
    facts = facts_of("SUVA - Fiji and Chile condemned the Zarqan Brotherhood (ZB) on 3 May 2022. Both sides "
                     "urged the ZB to release the hostages.", lexicon)
    urge = stance_with(facts, "release the hostages")
    assert urge.addressees == ["org/zarqan-brotherhood"]


def test_the_head_of_a_body_named_in_full_then_his_name(lexicon):
    facts = facts_of("SUVA, 3 May 2022 - Fiji and Chile held talks.\n\nThe Secretary-General of the Pacific "
                     "Islands Forum, Meleane Taufa, warned of the risks of rising seas.", lexicon)
    warn = stance_with(facts, "risks of rising seas")
    assert warn.holders[0] == "person/meleane-taufa"
    assert "org/pacific-islands-forum" in warn.holders


@pytest.mark.parametrize("sentence, kind", [
    ("Chile warned that the drought would worsen.", "Concern"),
    ("Chile lamented the loss of life in the floods.", "Concern"),
    ("Chile recommended that the talks resume in May.", "Demand"),
    ("Chile protested against the seizure of its fishing boats.", "Opposition"),
    ("Chile criticised the seizure of its fishing boats.", "Condemnation"),
    ("Chile paid tribute to the rescue teams.", "Appreciation"),
    ("Chile hailed the new fisheries accord.", "Welcome"),
    ("Chile reassured its partners that the port would stay open.", "Commitment"),
    ("Chile offered to mediate between the parties.", "Commitment"),
    ("Chile sought Fiji's support for its candidacy.", "Demand"),
])
def test_reporting_verbs_of_the_genre_and_their_types(lexicon, sentence, kind):
    facts = facts_of(f"SANTIAGO, 3 May 2022 - Chile and Fiji held talks in Santiago.\n\n{sentence}\n", lexicon)
    assert stance_with(facts, sentence.split()[1]).type == kind


COURTESY = (
    "ADEN, 9 June 2023 (Saba): Deputy Prime Minister and Foreign Minister Ratu Isoa Delana, who arrived here "
    "yesterday, held talks with the Yemeni Government's Foreign Minister Khalid al-Yafei.\n\n"
    "The Deputy Prime Minister underscored Fiji's concern over piracy in the Gulf of Aden.\n\n"
    "The Fijian side announced new scholarships. Both sides agreed to open embassies.\n\n"
    "The Deputy Prime Minister also called on Prime Minister Ahmed bin Mubarak, who welcomed the visit and said "
    "Yemen attached great importance to ties with the Pacific.\n"
)


def test_the_x_side_names_a_party_and_a_government_is_its_states_side(lexicon):
    facts = facts_of(COURTESY, lexicon)
    m1 = facts.meetings[0]
    assert "state/fiji" in m1.states
    parts = {p.agent: p for p in m1.participations}
    assert parts["person/ratu-isoa-delana"].represents == "state/fiji"
    assert parts["person/ratu-isoa-delana"].title == "Deputy Prime Minister and Foreign Minister"


def test_one_of_two_offices_joined_by_and_refers_to_their_holder(lexicon):
    facts = facts_of(COURTESY, lexicon)
    assert stance_with(facts, "concern over piracy").holders[0] == "person/ratu-isoa-delana"


def test_calling_on_a_person_with_nothing_asked_of_him_is_a_visit_not_a_demand(lexicon):
    facts = facts_of(COURTESY, lexicon)
    assert not any("called on Prime Minister" in s.evidence.text for s in facts.stances)
    assert stance_with(facts, "welcomed the visit").type == "Welcome"


def test_a_new_report_after_a_welcome_does_not_continue_the_welcome(lexicon):
    facts = facts_of(COURTESY, lexicon)
    assert stance_with(facts, "attached great importance").type == "OtherStance"


def test_we_expect_x_to_is_a_demand_on_x(lexicon):
    facts = facts_of("SUVA, 9 June 2023 - Fiji and Tonga held talks in Suva.\n\n\"We expect Tonga to ratify the "
                     "fisheries treaty,\" the Fijian minister said.\n", lexicon)
    expect = stance_with(facts, "ratify the fisheries treaty")
    assert expect.type == "Demand" and expect.addressees == ["state/tonga"]


UN_COVERAGE = (
    "SECURITY COUNCIL\n9102ND MEETING (PM)\n4 MARCH 2031\n\n"
    "Briefing the Council, Lena Harstad, Special Representative of the Secretary-General for Haiti, said the "
    "election calendar had slipped. She urged donors to fund the electoral body.\n\n"
    "The Council also heard from Rose Joseph, a civil society representative, who spoke from Port-au-"
    "Prince. She asked members to keep the arms embargo in place.\n\n"
    "Tomas Ekdahl (Sweden), speaking as penholder on the file, welcomed the new transition council. Sweden "
    "remained committed to the police mission, he added.\n\n"
    "Brazil's delegate, Paulo Andrade Costa, said the gangs controlled most of the capital. The gangs must "
    "disarm, he said, demanding that their leaders face justice.\n"
)


def test_she_after_another_person_is_named_is_that_person_not_the_last_speaker(lexicon):
    facts = facts_of(UN_COVERAGE, lexicon)
    assert stance_with(facts, "arms embargo").holders[0] == "person/rose-joseph"
    assert stance_with(facts, "fund the electoral body").holders[0] == "person/lena-harstad"


def test_a_participles_phrase_in_apposition_is_not_the_subject(lexicon):
    facts = facts_of(UN_COVERAGE, lexicon)
    welcome = stance_with(facts, "transition council")
    assert welcome.holders[0] == "person/tomas-ekdahl" and "state/sweden" in welcome.holders


def test_the_speaker_named_after_a_reported_clause_holds_it(lexicon):
    facts = facts_of(UN_COVERAGE, lexicon)
    assert stance_with(facts, "police mission").holders[0] == "person/tomas-ekdahl"
    demand = stance_with(facts, "face justice")
    assert demand.holders[0] == "person/paulo-andrade-costa" and "state/brazil" in demand.holders


def test_a_special_representative_of_the_secretary_general_serves_the_un_not_a_states_other_side(lexicon):
    facts = facts_of(UN_COVERAGE, lexicon)
    parts = {p.agent: p.represents for p in facts.meetings[0].participations}
    assert parts["person/lena-harstad"] == "org/united-nations"


def test_a_headline_sums_up_and_is_no_positions_evidence(lexicon):
    facts = facts_of("Haiti Must Hold Elections This Year, Speakers Urge Council\n\n"
                     "NEW YORK, 4 March 2031 - The Security Council met on Haiti. Sweden urged the transition "
                     "council to hold elections this year.\n", lexicon)
    assert all(not s.evidence.text.startswith("Haiti Must") for s in facts.stances)
    assert stance_with(facts, "hold elections this year").holders == ["state/sweden"]


def test_the_state_a_meeting_is_about_is_not_among_its_joint_holders(lexicon):
    facts = facts_of("LIMA, 5 May 2031 - Envoys of Peru, Chile, Brazil and Ecuador held the fourth meeting of the "
                     "regional consultations on Bolivia in Lima on Monday. A Bolivian delegation attended as well."
                     "\n\nThe participants called on the Bolivian authorities to release political detainees.\n",
                     lexicon)
    assert "state/bolivia" in facts.meetings[0].states
    call = stance_with(facts, "release political detainees")
    assert set(call.holders) == {"state/peru", "state/chile", "state/brazil", "state/ecuador"}


ARAB_LEAGUE = (
    "CAIRO, 3 May 2031 (MENA) -- The Arab League Council held an emergency session on Tuesday at the request "
    "of Somalia. The session was chaired by Tunisia's permanent representative, Ambassador Hedi Ben Salem.\n\n"
    "Somalia's permanent representative, Ambassador Abdi Warsame Nur, and Jordan's permanent representative, "
    "Ambassador Faris Haddadin, also spoke. The Council called on the UN Security Council to act on piracy. "
    "The Council expressed full support for the Somali coast guard.\n"
)


def test_the_council_is_the_body_the_text_is_about_not_the_one_it_addresses(lexicon):
    facts = facts_of(ARAB_LEAGUE, lexicon)
    assert stance_with(facts, "Somali coast guard").holders == ["org/league-of-arab-states"]


def test_a_body_speaks_for_its_states_only_where_all_its_members_are_named(lexicon):
    facts = facts_of(ARAB_LEAGUE, lexicon)     # three of 22 named: the body keeps its voice
    assert stance_with(facts, "act on piracy").holders == ["org/league-of-arab-states"]


def test_a_grouping_of_fixed_membership_speaks_as_its_states(lexicon):
    facts = facts_of("VIENNA, 3 May 2031 - The Joint Commission met in Vienna. The E3 participants expressed "
                     "deep concern about the enrichment levels.\n", lexicon)
    held = stance_with(facts, "enrichment levels").holders
    assert set(held) == {"state/france", "state/germany", "state/united-kingdom"}


def test_a_membership_naming_no_known_actor_is_refused_by_file_and_key(tmp_path):
    import shutil

    from diplograph.errors import InputError
    from diplograph.extract.lexicon import Lexicon
    from diplograph.paths import home

    for part in ("ontology", "lexicon"):
        shutil.copytree(home() / part, tmp_path / part)
    (tmp_path / "lexicon" / "memberships.yaml").write_text("org/e3: [state/france, state/atlantis]\n")
    with pytest.raises(InputError, match=r"memberships\.yaml: org/e3: .*state/atlantis"):
        Lexicon(tmp_path)


def test_the_demonym_minister_is_the_titled_person_of_that_state(lexicon):
    facts = facts_of("OSLO, 3 May 2031 - Norwegian Foreign Minister Eirik Holmsen met Chilean Foreign Minister Pilar "
                     "Errazuriz in Oslo on Monday.\n\nThe Norwegian minister also urged Chile to join the ocean "
                     "panel.\n", lexicon)
    assert stance_with(facts, "join the ocean panel").holders[0] == "person/eirik-holmsen"


def test_a_that_clause_after_a_verb_of_emphasis_is_a_position(lexicon):
    facts = facts_of("OSLO, 3 May 2031 - Norway and Chile held talks in Oslo on Monday.\n\nNorway underlined that "
                     "the fisheries accord was a model for the region.\n", lexicon)
    assert stance_with(facts, "model for the region").type == "OtherStance"


BRIEFING = (
    "Transcript of Special Briefing by Foreign Secretary on the Nordic-Pacific Ministerial (May 3, 2031)\n\n"
    "Official Spokesperson, Shri Arvind Menon: Good evening, and welcome to this special briefing. The ministerial "
    "was held in Oslo this morning, hosted by Foreign Minister Eirik Holmsen. Sir, over to you.\n\n"
    "Foreign Secretary, Smt. Kavita Rao: Thank you, Arvind. The minister today hosted his counterparts from Fiji, "
    "Tonga and Samoa: Foreign Minister Ratu Seru Lalabalavu of Fiji, Foreign Minister Sione Taufa of Tonga and "
    "Foreign Minister Tuilaepa Fiame of Samoa. The ministers reaffirmed their commitment to ocean governance.\n\n"
    "Official Spokesperson, Shri Arvind Menon: Thank you all for joining us.\n"
)


def test_a_briefings_courtesies_are_no_positions(lexicon):
    facts = facts_of(BRIEFING, lexicon)
    assert not any(s.evidence.text.startswith("Thank you") or "welcome to this" in s.evidence.text
                   for s in facts.stances)
    assert stance_with(facts, "ocean governance").type == "Reaffirmation"


def test_a_hosts_counterparts_attend_and_the_host_serves_the_venues_state(lexicon):
    facts = facts_of(BRIEFING, lexicon)
    m1 = facts.meetings[0]
    assert {"state/fiji", "state/tonga", "state/samoa", "state/norway"} <= set(m1.states)
    parts = {p.agent: p.represents for p in m1.participations}
    assert parts["person/eirik-holmsen"] == "state/norway"
    assert parts["person/sione-taufa"] == "state/tonga"


def test_shri_and_smt_are_courtesies_not_names(lexicon):
    facts = facts_of(BRIEFING, lexicon)
    keys = {k for k in facts.entities if k.startswith("person/")} if hasattr(facts, "entities") else {
        p.agent for m in facts.meetings for p in m.participations}
    assert not any("shri" in k or "smt" in k for k in keys)


def test_an_infinitive_completing_allow_is_no_aim_of_its_own(lexicon):
    facts = facts_of("OSLO, 3 May 2031 - Norway and Chile held talks in Oslo.\n\nNorway expects the junta to keep its "
                     "promise not to allow any militia to use the port against its neighbours.\n", lexicon)
    demands = [s for s in facts.stances if "junta" in s.evidence.text or "use the port" in s.evidence.text]
    assert len(demands) == 1 and "use the port" in demands[0].evidence.text


def test_a_body_whose_every_member_attended_speaks_as_its_states(lexicon):
    facts = facts_of(
        "TASHKENT, 3 May 2031 - Foreign ministers of Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab "
        "Emirates met their Uzbek and Kazakh counterparts in Tashkent.\n\nThe GCC side reiterated its support for "
        "the Aral Sea programme.\n", lexicon)
    held = set(stance_with(facts, "Aral Sea").holders)
    assert held == {"state/bahrain", "state/kuwait", "state/oman", "state/qatar", "state/saudi-arabia",
                    "state/united-arab-emirates"}


def test_a_summit_our_leaders_will_take_issues_to_is_no_meeting_yet(lexicon):
    facts = facts_of("NEW YORK, 3 May 2031 - The foreign ministers of Chile, Peru and Fiji met in New York on Monday."
                     "\n\nOur leaders will take these issues forward at the summit in Valparaiso next year.\n",
                     lexicon)
    assert len(facts.meetings) == 1 and facts.meetings[0].city == "place/new-york"


def test_a_state_that_did_not_take_part_brings_no_meeting_of_its_own(lexicon):
    facts = facts_of("VIENNA, 3 May 2031 - The Joint Commission met in Vienna on Monday with Chile, Peru and Fiji."
                     "\n\nBolivia, which left the accord in April 2029, did not take part in the meeting.\n",
                     lexicon)
    assert len(facts.meetings) == 1
    assert "state/bolivia" not in facts.meetings[0].states


@pytest.mark.parametrize("words, when", [
    ("the Arab League branded the Zarqan Brotherhood a terrorist organisation in March 2016", "2016-03"),
    ("Chile designated the Zarqan Brotherhood as a terrorist organization in February", "2031-02"),
    ("The Zarqan Brotherhood was designated a terrorist organization by a decision of Chile's Supreme Court "
     "in June 2029", "2029-06"),
])
def test_a_designations_month_is_kept(lexicon, words, when):
    facts = facts_of(f"SANTIAGO, 3 May 2031 - Chile and Peru held talks in Santiago on Monday.\n\nIt was recalled "
                     f"that {words}.\n", lexicon)
    assert [d.date for d in facts.designations] == [when]


def test_a_designations_month_is_written_as_a_year_and_month(tmp_path):
    from tests.extract.test_open_world import built

    graph = built("SANTIAGO, 3 May 2031 - Chile and Peru held talks in Santiago on Monday.\n\nIt was recalled "
                  "that Chile designated the Zarqan Brotherhood as a terrorist organization in March 2016.\n",
                  tmp_path).read_text()
    assert '"2016-03"^^xsd:gYearMonth' in graph


@pytest.mark.parametrize("sentence, designees, by, when", [
    ("Chile added the Zarqan Brotherhood to its list of terrorist organizations in 2021.",
     {"zarqan-brotherhood"}, ["state/chile"], "2021"),
    ("The Zarqan Brotherhood was added to the UN sanctions list of terrorist entities.",
     {"zarqan-brotherhood"}, ["org/united-nations"], None),
    ("The Zarqan Brotherhood is on Peru's list of terrorist organizations.",
     {"zarqan-brotherhood"}, ["state/peru"], None),
    ("Peru considers the Zarqan Brotherhood and the Qirmiz Front to be terrorist organizations.",
     {"zarqan-brotherhood", "qirmiz-front"}, ["state/peru"], None),
    ("They discussed the threat from the US-designated terrorist group Zarqan Brotherhood.",
     {"zarqan-brotherhood"}, ["state/united-states"], None),
    ("They called for action against UN-listed terrorist entities such as the Qirmiz Front.",
     {"qirmiz-front"}, ["org/united-nations"], None),
])
def test_lists_of_terrorist_organizations_and_who_keeps_them(lexicon, sentence, designees, by, when):
    facts = facts_of(f"LIMA, 3 May 2031 - Chile and Peru held talks in Lima on Monday.\n\n{sentence}\n", lexicon)
    assert {d.designee.split("/", 1)[1] for d in facts.designations} == designees
    assert all(d.authorities == by and d.date == when for d in facts.designations)


@pytest.mark.parametrize("sentence, states", [
    ("The ministers met in Nairobi on Monday. Also present were the ambassadors of Chile and Peru.",
     {"chile", "peru"}),
    ("The talks in Nairobi on Monday included envoys from Chile, Peru and Fiji.", {"chile", "peru", "fiji"}),
    ("The ministerial meeting was held in Nairobi on Monday. Participants included Chile, Peru, Fiji and the "
     "United Nations.", {"chile", "peru", "fiji"}),
    ("Representatives of Chile, Peru and Fiji joined the meeting in Nairobi on Monday virtually.",
     {"chile", "peru", "fiji"}),
    ("The ministers met in Nairobi on Monday. Attending the meeting were the foreign ministers of Chile and Peru.",
     {"chile", "peru"}),
    ("The ministers met in Nairobi on Monday. Also in attendance were envoys of Chile and Peru.", {"chile", "peru"}),
    ("The ministers met in Nairobi on Monday. Chile and Peru were represented by their deputy foreign ministers.",
     {"chile", "peru"}),
    ("The ministers met in Nairobi on Monday. Chile, Peru and Fiji sent delegations.", {"chile", "peru", "fiji"}),
])
def test_ways_of_saying_who_took_part(lexicon, sentence, states):
    facts = facts_of(f"NAIROBI, 3 May 2031 (KNA) - {sentence}\n", lexicon)
    assert len(facts.meetings) == 1
    assert {s.split("/", 1)[1] for s in facts.meetings[0].states} == states


TALKS = ("SUVA, 3 May 2031 (FBC) - Fijian Foreign Minister Ratu Seru Lalabalavu held talks with Tongan Foreign "
         "Minister Sione Taufa in Suva on Monday.\n\n")


def test_a_states_title_with_a_possessive_refers_to_the_person_holding_it(lexicon):
    facts = facts_of(TALKS + "Tonga's foreign minister expressed concern over rising sea levels.\n", lexicon)
    assert stance_with(facts, "rising sea levels").holders[0] == "person/sione-taufa"


def test_whom_the_subject_received_first_is_not_the_subject_of_what_follows(lexicon):
    facts = facts_of(TALKS + "Fiji's Prime Minister later received Taufa and praised Tonga's reform agenda.\n",
                     lexicon)
    praise = stance_with(facts, "reform agenda")
    assert praise.holders == ["state/fiji"] and praise.addressees == ["state/tonga"]


def test_a_states_representative_then_a_second_title_and_name_serves_that_state(lexicon):
    facts = facts_of("CAIRO, 3 May 2031 (MENA) -- The Arab League Council held an emergency session on Tuesday.\n\n"
                     "Somalia's permanent representative, Ambassador Abdi Warsame Nur, thanked the Arab states for "
                     "their support.\n", lexicon)
    parts = {p.agent: (p.represents, p.title) for p in facts.meetings[0].participations}
    assert parts["person/abdi-warsame-nur"] == ("state/somalia", "Ambassador")


def test_a_citys_name_that_ends_a_titled_name_is_the_names(lexicon):
    facts = facts_of("LIMA, 3 May 2031 - Ambassador Hedi Ben Salem met Foreign Minister Paulo Andrade Lima in Lima "
                     "on Monday.\n", lexicon)
    agents = {p.agent for p in facts.meetings[0].participations}
    assert {"person/hedi-ben-salem", "person/paulo-andrade-lima"} <= agents
    assert facts.meetings[0].city == "place/lima"


def test_a_name_after_a_states_possessive_serves_that_state(lexicon):
    facts = facts_of("NAIROBI, 3 May 2031 - Foreign ministers met in Nairobi on Monday. Kenya's Amani Wekesa hosted "
                     "the talks, which were attended by Chile's Rosa Quilca and Peru's Jorge Valdes.\n",
                     lexicon)
    parts = {p.agent: p.represents for p in facts.meetings[0].participations}
    assert parts["person/rosa-quilca"] == "state/chile"
    assert parts["person/jorge-valdes"] == "state/peru"


@pytest.mark.parametrize("sentence, city, states", [
    ("Chile and Peru signed a memorandum on water sharing in Lima on Friday.", "lima", {"chile", "peru"}),
    ("Chilean President Luis Araya received Peru's foreign minister in Santiago on Friday.", "santiago",
     {"chile", "peru"}),
    ("The 12th Chile-Peru Joint Commission convened in Lima on Friday.", "lima", {"chile", "peru"}),
    ("Peru hosted the fifth round of political consultations with Chile in Lima on 2 May.", "lima",
     {"chile", "peru"}),
])
def test_ways_of_telling_a_meeting(lexicon, sentence, city, states):
    facts = facts_of(f"LIMA, 3 May 2031 (Andina) - {sentence}\n", lexicon)
    assert len(facts.meetings) == 1
    m = facts.meetings[0]
    assert m.date == "2031-05-02" and m.city == f"place/{city}"
    assert {s.split("/", 1)[1] for s in m.states} == states


@pytest.mark.parametrize("sentence, words, speaker", [
    ("\"We urge all parties to respect the ceasefire,\" said Lalabalavu.", "respect the ceasefire",
     "person/ratu-seru-lalabalavu"),
    ("\"Tonga supports Fiji's candidacy,\" Taufa was quoted as saying.", "candidacy", "person/sione-taufa"),
    ("\"We condemn the attack on the embassy,\" according to Taufa.", "attack on the embassy",
     "person/sione-taufa"),
    ("The Tongan minister, for his part, said his country opposed deep-sea mining.", "deep-sea mining",
     "person/sione-taufa"),
])
def test_who_is_quoted_or_reported(lexicon, sentence, words, speaker):
    facts = facts_of(TALKS + sentence + "\n", lexicon)
    assert stance_with(facts, words).holders[0] == speaker


def test_a_body_of_unknown_membership_keeps_its_voice_however_many_states_are_named(lexicon):
    facts = facts_of("Addis Ababa, 5 March 2031\n\nThe Peace and Security Council of the African Union held its "
                     "1302nd meeting in Addis Ababa. Mozambican Foreign Minister Ana Matola and Zimbabwean Foreign "
                     "Minister Tendai Moyo attended.\n\n"
                     "The Council condemned the poaching of elephants.\n", lexicon)
    held = stance_with(facts, "poaching of elephants").holders
    assert "state/mozambique" not in held and "state/zimbabwe" not in held


def test_a_body_speaks_where_fewer_than_half_its_members_are_named(lexicon):
    facts = facts_of("VIENTIANE, 3 May 2031 - The ASEAN Foreign Ministers' Retreat was held in Vientiane on Monday "
                     "under the chairmanship of the Lao PDR. Myanmar was represented by a senior official.\n\n"
                     "We reaffirmed our commitment to the ASEAN Charter.\n", lexicon)
    assert {"state/laos", "state/myanmar"} <= set(facts.meetings[0].states)
    assert stance_with(facts, "ASEAN Charter").holders == ["org/asean"]


def test_a_government_the_tables_name_in_a_possessive_is_whom_its_minister_serves(lexicon):
    facts = facts_of("KABUL, 3 May 2031 - Chilean Foreign Minister Rosa Quilca held talks with the Afghan interim "
                     "government's acting Foreign Minister Karim Zadranai in Kabul on Monday.\n", lexicon)
    parts = {p.agent: p.represents for p in facts.meetings[0].participations}
    assert parts["person/karim-zadranai"] == "org/afghan-interim-government"


@pytest.mark.parametrize("words, when", [
    ("on the 5th.", "2031-05-05"),
    ("on the 2nd of this month.", "2031-05-02"),
    ("on the 20th.", "2031-04-20"),          # not yet come this month: last month's
])
def test_a_day_of_the_month_alone_is_the_pages_month(lexicon, words, when):
    facts = facts_of(f"date 2031-05-08 Chile and Peru held their fifth meeting in Lima {words}\n", lexicon)
    assert facts.meetings[0].date == when
    assert facts.meetings[0].ordinal == 5
