"""Forms of the genre, sixth round of issue 14: each on sentences written for the test.

Names, places and dates are invented or chosen so that no evaluation text has them.
"""

from __future__ import annotations

import pytest

from diplograph.extract.convert import load_lexicon
from tests.extract.test_open_world import facts_of


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


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
