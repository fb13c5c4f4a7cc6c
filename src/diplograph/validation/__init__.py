"""Validation: does a graph conform to the shapes? One front door, engines behind it.

Owns the shapes and the ontology as the validators read them, the engines
(pySHACL, shapes compiled to SPARQL, checks in Python), the report and its
reading, and the validation of analysts' annotation files. May import the
ground floor (`errors`, `paths`, `vocab`, `rdfio`) and `annotations`; the
build and the commands import it, never the other way round.

    front.py    validate(graph, scope): the door; the engine chosen inside
    shacl.py    the reference engine: pySHACL
    compiled.py the shapes compiled to SPARQL, run by Oxigraph
    native.py   the checks written in Python (offsets, unknown terms, ill-typed literals)
    shapes.py   shapes/ and ontology/ as the engines read them
    report.py   Result and Report: what every engine returns, in one order
    files.py    analysts' files validated with the built graph
    warnings_report.py  a build's warnings, summarised

A new shape is a file in shapes/ and its fixtures (tests/validation/); no
code, unless it uses a SHACL feature the compiled engine lacks, which then
says so.
"""

from .files import validate_annotation_files
from .front import ENGINES, FAST_ABOVE, WHOLE, Scope, validate
from .report import ILL_TYPED, Report, Result

__all__ = ["ENGINES", "FAST_ABOVE", "ILL_TYPED", "WHOLE", "Report", "Result", "Scope", "validate",
           "validate_annotation_files"]
