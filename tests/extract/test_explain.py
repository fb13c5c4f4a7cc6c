"""`diplograph explain`: what the converter finds in each sentence, and why not."""

from __future__ import annotations

from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.extract import components

TEXT = ("QUITO - The foreign ministers of Chile, Peru and Ecuador met in Quito on 4 May 2022.\n"
        "The group expressed concern over the rising price of fertiliser and urged Bolivia to reopen the border.\n"
        "Officials said the harvest had been poor.\n")


def run(tmp_path, *args):
    path = tmp_path / "written.txt"
    path.write_text(TEXT, encoding="utf-8")
    return CliRunner().invoke(cli, ["explain", str(path), *args])


def test_explain_prints_each_stance_with_its_holders_type_and_component(tmp_path):
    result = run(tmp_path)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    concern = next(x for x in lines if "stance:   Concern" in x)
    assert "state/chile" in concern and "[parsed_stances]" in concern
    demand = next(x for x in lines if "stance:   Demand" in x)
    assert "-> state/bolivia" in demand
    assert any("meeting:  m1; 2022-05-04; place/quito" in x for x in lines)


def test_explain_says_why_a_reporting_verb_gave_no_stance(tmp_path):
    result = run(tmp_path)
    said = [x for x in result.output.splitlines() if "no stance: 'said'" in x]
    assert said and "no demand" in said[0]


def test_explain_summary_counts_dropped_candidates(tmp_path):
    result = run(tmp_path, "--summary")
    assert result.exit_code == 0
    assert "dropped candidates, by component and reason:" in result.output


def test_the_converter_is_an_ordered_list_of_named_components():
    names = [name for name, _ in components.PIPELINE]
    assert names.index("lexicon") < names.index("ner") < names.index("meetings") < names.index("cue_stances") \
        < names.index("parsed_stances") < names.index("vague_holders")
    assert len(set(names)) == len(names)


def test_the_converters_version_changes_with_its_list_of_components():
    shorter = [c for c in components.PIPELINE if c[0] != "parsed_stances"]
    assert components.version(shorter) != components.version()


def test_the_build_cache_key_follows_the_list_of_components(monkeypatch):
    from diplograph import pipeline
    from diplograph.extract.convert import convert_file, load_lexicon

    lexicon = load_lexicon()
    before = pipeline._salt(lexicon, convert_file)
    monkeypatch.setattr(components, "PIPELINE", components.PIPELINE[:-1])
    assert pipeline._salt(lexicon, convert_file) != before


def test_build_prints_how_many_candidates_each_component_dropped(tmp_path):
    seeds = tmp_path / "texts"
    seeds.mkdir()
    (seeds / "written.txt").write_text(TEXT + "No country has recognized the new river authority.\n",
                                       encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", "--seeds", str(seeds), "-o", str(tmp_path / "g.ttl"),
                                      "--annotations", str(tmp_path / "none")])
    assert result.exit_code == 0, result.output
    assert "the converter dropped candidate facts" in result.output
    assert "parsed_stances: a generic subject" in result.output


def test_explain_says_a_courtesy_was_dropped_as_one(tmp_path):
    path = tmp_path / "briefing.txt"
    path.write_text("LIMA, 4 May 2022 - The ministers of Chile and Peru met in Lima.\n\n"
                    "Spokesperson, Ana Ruiz: Thank you all for joining us.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["explain", str(path)])
    assert result.exit_code == 0, result.output
    assert any("dropped: a courtesy" in x for x in result.output.splitlines()), result.output
