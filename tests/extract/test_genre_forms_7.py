"""Forms of the genre, seventh round of issue 14: each on sentences written for the test.

Names, places and dates are invented or chosen so that no evaluation text has them.
"""

from __future__ import annotations

import pytest

from diplograph.extract.convert import load_lexicon
from tests.extract.test_open_world import facts_of, stance_with


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


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
