"""The trie-shaped pattern finds what the plain alternation, longest phrase first, finds."""

from __future__ import annotations

import re

import pytest

from diplograph.extract.regex_trie import trie_pattern

PHRASES = ["Islamic State", "Islamic State Khorasan Province", "Islamic Emirate", "Islamic Emirate of Afghanistan",
           "ISIS", "ISIS-K", "Iran", "Iranian", "Al-Qaeda", "Al", "talks", "talk", "a", "ab", "abc"]
TEXTS = ["The Islamic State Khorasan Province and the Islamic Emirate met.",
         "ISIS-K, ISIS and ISIS-Kx; the Iranian side; Iran.", "Al-Qaeda, Al Qaeda, Al-Qaedas", "abcd abc ab a",
         "talks, talking, talk", ""]


def _token(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


def _flat(phrases) -> str:
    return "|".join("".join(map(_token, p)) for p in sorted(phrases, key=len, reverse=True))


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("flags", [0, re.I])
def test_same_matches_as_the_longest_first_alternation(text, flags):
    around = r"(?<![\w-])(?:{})(?![\w]|-\w)"
    trie = re.compile(around.format(trie_pattern(PHRASES, _token)), flags)
    flat = re.compile(around.format(_flat(PHRASES)), flags)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_an_empty_list_matches_nothing():
    assert re.search(trie_pattern([], re.escape), "anything") is None
