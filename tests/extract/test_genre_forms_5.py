"""Forms of the genre, fifth round of issue 14: each on sentences written for the test.

Names, places and dates are invented or chosen so that no evaluation text has them.
"""

from __future__ import annotations

from tests.extract.test_open_world import facts_of, stance_with


def test_a_city_written_without_its_accents_is_the_city(lexicon):
    facts = facts_of("Bogota, 2 March 2026\n\nForeign Minister Ines Caro met her Peruvian counterpart, "
                     "Raul Tello, in Bogota on Monday.", lexicon)
    meeting = facts.meetings[0]
    assert meeting.city == "place/bogota"
    assert meeting.country == "state/colombia"


def test_at_a_building_the_dateline_city_is_the_venue(lexicon):
    facts = facts_of("Bogota, 2 March 2026\n\nForeign Minister Ines Caro received her Peruvian counterpart, "
                     "Raul Tello, at Casa Verdemar on Monday.", lexicon)
    assert facts.meetings[0].city == "place/bogota"


def test_a_host_who_received_a_counterpart_serves_the_venues_state(lexicon):
    facts = facts_of("Bogota, 2 March 2026\n\nForeign Minister Ines Caro received her Peruvian counterpart, "
                     "Raul Tello, on Monday. Both sides condemned piracy in all its forms.", lexicon)
    meeting = facts.meetings[0]
    assert {"state/colombia", "state/peru"} <= set(meeting.states)
    assert {p.agent: p.represents for p in meeting.participations}["person/ines-caro"] == "state/colombia"
    assert {"state/colombia", "state/peru"} <= set(stance_with(facts, "condemned piracy").holders)


def test_a_parent_bodys_name_that_opens_a_longer_one_is_part_of_it(lexicon):
    facts = facts_of("Addis Ababa, 9 February 2027 - The African Union Peace and Security Council held its "
                     "1301st meeting on the situation in the Comoros. The Council welcomed the mediation of "
                     "the Commission.", lexicon)
    welcome = stance_with(facts, "welcomed the mediation")
    assert welcome.holders == ["org/african-union-peace-and-security-council"]
    assert "org/united-nations-security-council" not in welcome.holders


def test_calling_on_a_named_person_with_nothing_asked_is_a_visit(lexicon):
    facts = facts_of("ISLAMABAD - Foreign Minister Alisher Nazarov of Tajikistan held talks with Foreign "
                     "Minister Tariq Lodhi on 4 May 2027. The visiting minister also called on President "
                     "Nadia Qureshi. He called on Pakistan to reopen the border crossing.", lexicon)
    assert not [s for s in facts.stances if "President Nadia" in s.evidence.text]
    assert stance_with(facts, "reopen the border").type == "Demand"


def test_a_list_of_ministers_by_their_states_gives_each_his_state(lexicon):
    facts = facts_of("HOBART, 5 May 2027 -- The foreign ministers -- Ana Velloso of Brazil, Kofi Mensah of "
                     "Ghana and Lars Ekdal of Sweden -- met in Hobart on Monday.", lexicon)
    parts = {p.agent: p.represents for p in facts.meetings[0].participations}
    assert parts.get("person/ana-velloso") == "state/brazil"
    assert parts.get("person/kofi-mensah") == "state/ghana"
    assert parts.get("person/lars-ekdal") == "state/sweden"


def test_the_ministers_of_states_as_a_subject_took_part(lexicon):
    facts = facts_of("Astana, 9 September 2027 (Kazinform) -- The second Korea-Central Asia ministerial "
                     "meeting was held in Astana on Thursday.\n\nThe foreign ministers of South Korea, "
                     "Kyrgyzstan, Tajikistan and Uzbekistan discussed water management.", lexicon)
    assert {"state/kyrgyzstan", "state/tajikistan", "state/uzbekistan"} <= set(facts.meetings[0].states)


def test_ministers_of_states_in_a_plan_did_not_take_part(lexicon):
    facts = facts_of("Astana, 9 September 2027 -- Kazakh Foreign Minister Aibek Sultanov met his Kyrgyz "
                     "counterpart Bakyt Osmonov in Astana on Thursday.\n\nThe foreign ministers of Tajikistan "
                     "and Uzbekistan will meet next month.", lexicon)
    assert "state/tajikistan" not in facts.meetings[0].states


def test_an_honorific_before_a_citys_name_opens_a_persons_name(lexicon):
    facts = facts_of("Doha, 14 March 2027\n\nThe meeting was chaired by H.E. Dr. Salem bin Rashid Al Kuwari, "
                     "Minister of Foreign Affairs of the Sultanate of Oman.", lexicon)
    parts = {p.agent: p for p in facts.meetings[0].participations}
    assert parts["person/salem-bin-rashid-al-kuwari"].represents == "state/oman"


def test_solidarity_affirmed_after_a_condemnation_is_support(lexicon):
    facts = facts_of("Doha, 14 March 2027 - The GCC Ministerial Council met in Doha. The Council condemned "
                     "the drone attack on the State of Kuwait and affirmed its full solidarity with Kuwait.",
                     lexicon)
    assert stance_with(facts, "solidarity").type == "Support"
    assert stance_with(facts, "drone attack").type == "Condemnation"


def test_a_group_named_as_a_meetings_topic_does_not_attend_it(lexicon):
    facts = facts_of("NEW YORK, 18 May 2027 -- The Security Council met today to consider the threat posed by "
                     "ISIL (Da'esh) and Al-Qaida.", lexicon)
    assert not {"org/al-qaeda", "org/islamic-state"} & set(facts.meetings[0].orgs)


def test_a_group_in_apposition_to_a_sanctions_list_is_designated_by_its_owner(lexicon):
    facts = facts_of("NEW YORK, 18 May 2027 -- The Security Council met today. The representative of Norway said "
                     "that the Islamic State West Africa Province, a group on the Council's sanctions list, "
                     "had attacked a market.", lexicon)
    found = {d.designee: d for d in facts.designations}
    assert "org/islamic-state-west-africa-province" in found
    assert found["org/islamic-state-west-africa-province"].authorities == ["org/united-nations-security-council"]


def test_a_groups_name_the_recognizer_took_for_a_person_is_no_speaker(lexicon):
    facts = facts_of("NEW YORK, 18 May 2027 -- The Security Council met today. Terrorist groups such as "
                     "Jama'at Nusrat al-Islam wal-Muslimin continued to expand in the Sahel, she said.", lexicon)
    for d in facts.designations:
        assert not any(a.startswith("person/") for a in d.authorities)


def test_the_un_form_of_the_khorasan_branchs_name(lexicon):
    facts = facts_of("NEW YORK, 18 May 2027 -- The Security Council met today. Terrorist groups such as "
                     "ISIL-Khorasan remain a threat, the representative of Ireland said.", lexicon)
    assert [d.designee for d in facts.designations] == ["org/islamic-state-khorasan-province"]


def test_an_ordinal_opening_a_recognized_name_is_the_meetings_number(lexicon):
    facts = facts_of("Speaking at the Sixth Korea-Central Asia Foreign Ministers' Meeting in Dushanbe on 3 June "
                     "2027, the minister urged the participants to expand trade.", lexicon)
    assert facts.meetings and facts.meetings[0].ordinal == 6
    assert facts.meetings[0].city == "place/dushanbe"


def test_a_statements_day_of_issue_is_not_the_meetings(lexicon):
    facts = facts_of(" date 2027-03-05 A joint statement issued on Friday after the third Chile-Peru Dialogue "
                     "called on both navies to cooperate. The dialogue took place in Lima on Thursday.", lexicon)
    assert [m.date for m in facts.meetings] == ["2027-03-04"]


def test_a_place_in_the_reported_words_is_not_the_venue(lexicon):
    facts = facts_of("LIMA, 8 June 2027 - During a meeting with his Chilean counterpart Tomas Vidal on Monday, "
                     "Peruvian Foreign Minister Rosa Quispe said Peru supported a port project in Arica.", lexicon)
    assert facts.meetings[0].city == "place/lima"


def test_counterparts_who_exchanged_views_met(lexicon):
    facts = facts_of("LIMA, 8 June 2027 - Peruvian Foreign Minister Rosa Quispe and her Chilean counterpart "
                     "Tomas Vidal exchanged views on fisheries on Monday.", lexicon)
    assert len(facts.meetings) == 1
    assert {"state/chile", "state/peru"} <= set(facts.meetings[0].states)


def test_the_items_of_a_bodys_decision_are_the_bodys(lexicon):
    facts = facts_of("The Peace and Security Council of the African Union (AU), at its 1302nd meeting held on "
                     "4 March 2027, adopted the following decision on the situation in the Comoros:\n\nCouncil,\n\n"
                     "1. Takes note of the briefing by the Commissioner and of the statement by the representative "
                     "of Madagascar;\n\n2. Recalls its earlier communiqués on the Comoros;\n\n3. Strongly condemns "
                     "the attack on the ferry port;\n\n4. Reiterates its outrage at the killing of civilians.",
                     lexicon)
    condemn = stance_with(facts, "attack on the ferry port")
    assert condemn.holders == ["org/african-union-peace-and-security-council"]
    assert stance_with(facts, "outrage").type == "Condemnation"
    assert not [s for s in facts.stances if "Takes note" in s.evidence.text or "earlier communiqués" in
                s.evidence.text]


def test_a_bodys_organ_named_with_it_speaks_as_the_body(lexicon):
    facts = facts_of("Muscat, 2 May 2027\n\nThe GCC Ministerial Council held its 170th session in Muscat, "
                     "chaired by HE Sayyid Badr Al Rawas, Minister of Foreign Affairs of the Sultanate of Oman.\n\n"
                     "The Ministerial Council expressed its concern over the attacks on tankers.", lexicon)
    concern = stance_with(facts, "attacks on tankers")
    assert "org/ministerial-council" not in concern.holders
    assert concern.holders == ["org/gulf-cooperation-council"]


def test_a_state_in_apposition_to_a_title_is_whom_it_serves(lexicon):
    facts = facts_of("Muscat, 2 May 2027\n\nThe meeting was attended by HH Sheikh Nawaf Al Jaber, Minister of "
                     "State, State of Kuwait, and HE Ali Al Hamdan, Foreign Minister, Kingdom of Bahrain.", lexicon)
    parts = {p.agent: p.represents for p in facts.meetings[0].participations}
    assert parts.get("person/nawaf-al-jaber") == "state/kuwait"
    assert parts.get("person/ali-al-hamdan") == "state/bahrain"


def test_a_documents_heading_is_no_person(lexicon):
    facts = facts_of("Joint Statement of the Second Foreign Ministers' Meeting of Chile and Peru\n\nOn 4 March "
                     "2027, the Second Foreign Ministers' Meeting of Chile and Peru was held in Arica.", lexicon)
    assert not [p for m in facts.meetings for p in m.participations if "joint-statement" in p.agent]


def test_a_cue_reported_in_the_past_is_still_the_cue(lexicon):
    facts = facts_of("LIMA, 8 June 2027 - Peruvian Foreign Minister Rosa Quispe met her Chilean counterpart "
                     "Tomas Vidal on Monday. Vidal said Chile would not allow its ports to be used for smuggling.",
                     lexicon)
    assert stance_with(facts, "would not allow its ports").type == "Commitment"


def test_the_backshifted_forms_of_a_cue_come_from_the_table_not_a_list():
    from diplograph.extract.lexicon import _backshifted

    assert set(_backshifted("will not accept")) >= {"would not accept", "won't accept", "wouldn't accept"}
    assert _backshifted("agreed to") == ["agreed to"]


def test_a_delegates_surname_names_him_further_on(lexicon):
    facts = facts_of("LIMA, 8 June 2027 - Peruvian Foreign Minister Rosa Quispe met her Chilean counterpart "
                     "Tomas Vidal on Monday. Vidal urged Peru to open a consulate in Arica.", lexicon)
    urge = stance_with(facts, "open a consulate")
    assert "person/tomas-vidal" in urge.holders and "state/chile" in urge.holders


def _designated(facts) -> dict[str, list[str]]:
    return {d.designee: d.authorities for d in facts.designations}


def test_groups_a_speaker_calls_terrorist_outfits_are_designated_by_his_state(lexicon):
    facts = facts_of("NEW YORK, 18 May 2027 -- The Security Council met today. The representative of Ireland said "
                     "the Tehrik-e Taliban Pakistan and the Balochistan Liberation Army were terrorist outfits.",
                     lexicon)
    found = _designated(facts)
    assert found.get("org/tehreek-e-taliban-pakistan") == ["state/ireland"]
    assert found.get("org/balochistan-liberation-army") == ["state/ireland"]


def test_terrorists_of_a_group_name_the_group_terrorist(lexicon):
    facts = facts_of("NEW YORK, 18 May 2027 -- The Security Council met today. The representative of Malta said "
                     "terrorists of ISIL and Al-Qaida were moving into the Sahel.", lexicon)
    assert {"org/al-qaeda", "org/islamic-state"} <= set(_designated(facts))


def test_an_under_secretary_general_speaks_for_the_un(lexicon):
    facts = facts_of("NEW YORK, 18 May 2027 -- The Security Council met today. Briefing the Council, "
                     "Under-Secretary-General Ines Falk said ISIL-Khorasan remained the most serious terrorist "
                     "threat in the region.", lexicon)
    assert _designated(facts).get("org/islamic-state-khorasan-province") == ["org/united-nations"]


def test_a_headings_closing_date_dates_the_text(lexicon):
    facts = facts_of("Foreign Ministry Spokesperson Lu Fang's Regular Press Conference on April 8, 2027\n\n"
                     "Q: The foreign ministers of Chile and Peru met in Arica on April 6. What is your comment?",
                     lexicon)
    assert facts.meetings[0].date == "2027-04-06"


def test_a_headings_closing_date_may_have_an_ordinal_day(lexicon):
    facts = facts_of("Joint Press Release of the Foreign Ministers of Chile and Peru (9th April 2027)\n\n"
                     "The foreign ministers of Chile and Peru met in Arica on Tuesday.", lexicon)
    assert facts.meetings[0].date == "2027-04-06"


def test_examples_of_an_object_are_no_addressees(lexicon):
    facts = facts_of("LIMA, 8 June 2027 - Peruvian Foreign Minister Rosa Quispe met her Chilean counterpart "
                     "Tomas Vidal on Monday. Peru hopes that Chile will take firm measures against all armed "
                     "groups, including the Shining Path.", lexicon)
    hope = stance_with(facts, "take firm measures")
    assert hope.addressees == ["state/chile"]


def test_an_aside_after_the_subject_keeps_the_subject_in_the_words(lexicon):
    facts = facts_of("LIMA, 8 June 2027 - Peruvian Foreign Minister Rosa Quispe met her Chilean counterpart "
                     "Tomas Vidal on Monday. Vidal, for his part, thanked Lima for its hospitality.", lexicon)
    thanks = stance_with(facts, "thanked Lima")
    assert thanks.evidence.text.startswith("Vidal, for his part,")
    assert thanks.type == "Appreciation"


def test_what_a_speaker_announces_his_side_will_do_is_an_undertaking(lexicon):
    facts = facts_of("LIMA, 8 June 2027 - Peruvian Foreign Minister Rosa Quispe met her Chilean counterpart "
                     "Tomas Vidal on Monday. Quispe announced that Peru would open a trade office in Santiago.",
                     lexicon)
    assert stance_with(facts, "would open a trade office").type == "Commitment"


def test_refusing_to_negotiate_is_opposition(lexicon):
    facts = facts_of("LIMA, 8 June 2027 - Peruvian Foreign Minister Rosa Quispe met her Chilean counterpart "
                     "Tomas Vidal on Monday. \"We will not negotiate under pressure,\" Quispe said.", lexicon)
    assert stance_with(facts, "will not negotiate").type == "Opposition"


def test_no_alternative_to_is_support_and_an_intention_an_undertaking(lexicon):
    facts = facts_of("LIMA, 8 June 2027 - Peruvian Foreign Minister Rosa Quispe met her Chilean counterpart "
                     "Tomas Vidal on Monday. Vidal said Chile saw no alternative to dialogue with the miners' "
                     "unions. Quispe said Peru intended to finish the highway by 2029.", lexicon)
    assert stance_with(facts, "no alternative to dialogue").type == "Support"
    assert stance_with(facts, "intended to finish").type == "Commitment"


def test_states_that_were_represented_took_part(lexicon):
    facts = facts_of("QUITO, 4 October 2027 - Ecuador hosted talks on the Amazon on Friday. Besides the hosts, "
                     "Colombia, Peru and Brazil were represented.", lexicon)
    assert {"state/colombia", "state/peru", "state/brazil"} <= set(facts.meetings[0].states)


def test_participating_countries_opening_a_sentence_took_part(lexicon):
    facts = facts_of("QUITO, 4 October 2027 - A meeting of the Amazon Cooperation Council took place on Friday. "
                     "Participating countries were Ecuador, Colombia, Guyana and Suriname.", lexicon)
    assert {"state/colombia", "state/guyana", "state/suriname"} <= set(facts.meetings[0].states)


def test_a_terms_end_is_not_the_meetings_day(lexicon):
    facts = facts_of("The Security Council today extended the mandate of the United Nations mission in Cyprus until "
                     "31 January 2029, unanimously adopting resolution 2950 (2028).", lexicon)
    assert facts.meetings and facts.meetings[0].date != "2029-01-31"


def test_regret_is_a_concern_and_the_floor_passes_to_whoever_regretted(lexicon):
    facts = facts_of("The Security Council met today. The representative of Norway welcomed the text. The "
                     "representative of Brazil expressed regret that his amendments had been ignored. He warned "
                     "against any outside interference in the elections.", lexicon)
    assert stance_with(facts, "expressed regret").type == "Concern"
    assert stance_with(facts, "warned against").holders == ["state/brazil"]


def test_the_host_and_the_visiting_minister_are_the_two_sides(lexicon):
    facts = facts_of("RABAT, 12 March 2027 (MAP) - Moroccan Foreign Minister Karim Bennani received his Senegalese "
                     "counterpart Awa Diop in Rabat on Tuesday. The visiting minister thanked Morocco for its "
                     "scholarships. The host, for his part, called for stronger trade links.", lexicon)
    thanks = stance_with(facts, "thanked Morocco")
    assert thanks.holders == ["person/awa-diop", "state/senegal"]
    host = stance_with(facts, "stronger trade links")
    assert host.holders == ["person/karim-bennani", "state/morocco"]
    assert host.evidence.text.startswith("The host, for his part,")


def test_ministers_of_listed_states_inside_a_sentence_took_part(lexicon):
    facts = facts_of("The Andean foreign ministers' meeting, attended by the ministers of Bolivia, Colombia, "
                     "Ecuador and Peru, was held in La Paz on 3 May 2027.", lexicon)
    assert {"state/bolivia", "state/colombia", "state/ecuador", "state/peru"} <= set(facts.meetings[0].states)


def test_we_the_ministers_of_listed_states_took_part(lexicon):
    facts = facts_of("We, the Foreign Ministers of Chile, Peru, Ecuador and Colombia, met in Lima on 3 May 2027.",
                     lexicon)
    assert {"state/chile", "state/peru", "state/ecuador", "state/colombia"} <= set(facts.meetings[0].states)


def test_a_two_letter_surname_names_its_person(lexicon):
    facts = facts_of("BEIJING, April 9, 2027 -- Chinese Foreign Minister Li Wen held talks with Mongolian Foreign "
                     "Minister Bat Erdene in Beijing on Wednesday. Li said China is willing to build a new rail "
                     "link with Mongolia.", lexicon)
    assert stance_with(facts, "willing to build").holders == ["person/li-wen", "state/china"]


def test_issues_of_common_concern_are_no_concern(lexicon):
    facts = facts_of("BEIJING, April 9, 2027 -- Chinese Foreign Minister Li Wen held talks with Mongolian Foreign "
                     "Minister Bat Erdene in Beijing on Wednesday. The two sides exchanged views on international "
                     "and regional issues of common concern.", lexicon)
    assert not [s for s in facts.stances if s.type == "Concern"]


def test_a_state_visit_is_a_meeting_of_the_visitor_and_the_host(lexicon):
    facts = facts_of("Lima, 14 May 2027\n\nAt the invitation of the President of Peru, the President of Chile, "
                     "Gabriel Rojas, paid a state visit to Peru on 13-14 May 2027.\n\n1. The Parties expressed deep "
                     "concern over the rise of organized crime.", lexicon)
    assert facts.meetings and {"state/chile", "state/peru"} <= set(facts.meetings[0].states)
    assert set(stance_with(facts, "organized crime").holders) == {"state/chile", "state/peru"}


def test_the_news_verbs_of_condemnation(lexicon):
    facts = facts_of("LIMA, 8 June 2027 - Peruvian Foreign Minister Rosa Quispe met her Chilean counterpart Tomas "
                     "Vidal in Lima on Monday. Quispe decried the killing of two park rangers. Vidal blasted the "
                     "decision to close the port of Arica.", lexicon)
    assert stance_with(facts, "decried the killing").type == "Condemnation"
    assert stance_with(facts, "blasted the decision").type == "Condemnation"


def test_the_banned_group_is_designated_by_the_speakers_state(lexicon):
    facts = facts_of("QUETTA, 8 June 2027 - Pakistani Interior Minister Asad Khattak met his Iranian counterpart "
                     "Reza Karimi in Quetta on Monday. Khattak urged Tehran to act against the banned Balochistan "
                     "Liberation Army.", lexicon)
    assert {d.designee: d.authorities for d in facts.designations}.get(
        "org/balochistan-liberation-army") == ["state/pakistan"]


def test_a_listed_groups_affiliates_are_named_as_it_is(lexicon):
    facts = facts_of("NEW YORK, 18 May 2027 -- The Security Council met today. The representative of Ghana said "
                     "Al-Qaida affiliates such as Al-Shabaab were expanding their reach.", lexicon)
    assert "org/al-shabaab" in {d.designee for d in facts.designations}


def test_affiliates_of_a_company_name_nothing(lexicon):
    facts = facts_of("NEW YORK, 18 May 2027 -- The Security Council met today. The representative of Ghana said "
                     "Gazprom affiliates such as Gazprom Neft were supplying fuel.", lexicon)
    assert not facts.designations


def test_a_grouping_of_fixed_membership_meets_as_its_states(lexicon):
    facts = facts_of("OTTAWA, 12 November 2027 -- G7 foreign ministers met in Niagara on Tuesday.", lexicon)
    assert {"state/canada", "state/japan", "state/italy", "state/germany"} <= set(facts.meetings[0].states)


def test_a_grouping_a_meeting_talks_about_does_not_attend(lexicon):
    facts = facts_of("BEIJING, 12 November 2027 -- Chinese and Russian envoys met in Beijing on Tuesday to talk "
                     "about the G7.", lexicon)
    assert "state/japan" not in facts.meetings[0].states


def test_a_states_ministry_speaks_for_the_state(lexicon):
    facts = facts_of("TEHRAN, 8 June 2027 - Iranian Foreign Minister Abbas Rahimi met his Omani counterpart Badr "
                     "Al Hinai in Tehran on Monday. In a statement, the Omani ministry said Muscat was ready to host "
                     "another round.", lexicon)
    assert stance_with(facts, "ready to host").holders == ["state/oman"]


def test_a_question_put_to_a_speaker_is_no_demand(lexicon):
    facts = facts_of("TEHRAN, 8 June 2027 - Iranian Foreign Minister Abbas Rahimi met his Omani counterpart Badr "
                     "Al Hinai in Tehran on Monday. Asked about the talks, the Omani minister said they were useful.",
                     lexicon)
    assert not [s for s in facts.stances if s.evidence.text.startswith("Asked")]


def test_refusing_to_give_up_a_right_is_opposition(lexicon):
    facts = facts_of("TEHRAN, 8 June 2027 - Iranian Foreign Minister Abbas Rahimi met his Omani counterpart Badr "
                     "Al Hinai in Tehran on Monday. Rahimi said Iran would not give up its fishing rights in the "
                     "Gulf.", lexicon)
    assert stance_with(facts, "would not give up").type == "Opposition"


def test_a_bodys_executive_committee_speaks_as_the_body(lexicon):
    facts = facts_of("JEDDAH, 8 June 2027 - The Executive Committee of the Organisation of Islamic Cooperation "
                     "(OIC) held an extraordinary meeting in Jeddah on Monday. The Committee condemned the burning "
                     "of a mosque in Lyon.", lexicon)
    assert stance_with(facts, "burning of a mosque").holders == ["org/organisation-of-islamic-cooperation"]


def test_a_speaker_who_told_reporters_after_the_words_holds_them(lexicon):
    facts = facts_of("TEHRAN, 8 June 2027 - Iranian Foreign Minister Abbas Rahimi met his Omani counterpart Badr "
                     "Al Hinai in Tehran on Monday. Oman supports dialogue between all parties, Al Hinai told "
                     "reporters.", lexicon)
    support = stance_with(facts, "supports dialogue")
    assert support.holders == ["person/badr-al-hinai", "state/oman"]
    assert "person/badr-al-hinai" not in support.addressees


def test_a_citys_plain_form_drops_accents_not_letters(lexicon):
    from diplograph.extract.world import without_accents

    assert without_accents("Brasília") == "Brasilia"
    assert without_accents("Wrocław") == "Wrocław"      # "ł" has no accent to drop: no "Wrocaw"
    assert not any(e.kind == "place" and "Wrocaw" in e.aliases for e in lexicon.entries.values())
