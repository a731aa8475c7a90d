"""config: every problem of schemas/*.yaml is a SchemaError naming the file and key path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from caregraph.core.schema import SCHEMA_FILES, load_schema
from caregraph.errors import SchemaError
from caregraph.extract.relations import compile_rules


def mutate(directory: Path, name: str, change) -> Path:  # type: ignore[no-untyped-def]
    """Load one schema file of a copy, let `change` edit the data, write it back."""
    path = directory / name
    data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def schema_error(directory: Path) -> str:
    with pytest.raises(SchemaError) as info:
        load_schema(directory)
    return str(info.value)


def test_repository_schemas_load(schema):
    assert "Person" in schema.entities.types
    assert "LEADS" in schema.relations.signatures
    assert schema.ingest.extensions == (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
    assert len(schema.digest) == 64


def test_a_faithful_copy_has_the_same_digest(schema, schema_copy):
    assert load_schema(schema_copy).digest == schema.digest


def test_digest_changes_with_the_content(schema, schema_copy):
    with (schema_copy / "gazetteer.yaml").open("a", encoding="utf-8") as handle:
        handle.write("\n# a comment changes the digest too\n")
    assert load_schema(schema_copy).digest != schema.digest


def test_malformed_yaml_names_file_and_line(schema_copy):
    path = schema_copy / "ingest.yaml"
    path.write_text("extensions: [.txt]\nbullets: ['-'\nshelf_max_words: 7\n", encoding="utf-8")
    message = schema_error(schema_copy)
    assert message.startswith(f"{path}: malformed YAML at line ")
    line = int(message.split("at line ")[1].split(",")[0])
    assert line in (2, 3)
    assert "\n" not in message


def test_tab_indentation_is_malformed_yaml(schema_copy):
    path = schema_copy / "relations.yaml"
    path.write_text("relations:\n\tLEADS: {}\n", encoding="utf-8")
    assert schema_error(schema_copy).startswith(f"{path}: malformed YAML at line 2, column 1: ")


def test_wrong_type_at_a_key_gives_file_and_key_path(schema_copy):
    path = mutate(schema_copy, "relations.yaml", lambda d: d["patterns"][3].update(lemmas="lead"))
    assert schema_error(schema_copy) == f"{path}: patterns[3].lemmas: expected a list of strings"


@pytest.mark.parametrize(
    ("name", "change", "expected"),
    [
        (
            "relations.yaml",
            lambda d: d["patterns"][0].update(relation="LEADZ"),
            "patterns[0].relation: unknown relation 'LEADZ'",
        ),
        (
            "relations.yaml",
            lambda d: d["relations"]["LEADS"].update(subject=["Persn"]),
            "relations.LEADS.subject[0]: unknown type 'Persn'",
        ),
        (
            "relations.yaml",
            lambda d: d["patterns"][0].update(object_types=["Publication", "Gadget"]),
            "patterns[0].object_types[1]: unknown type 'Gadget'",
        ),
        (
            "relations.yaml",
            lambda d: d["patterns"][2].update(confidence="high"),
            "patterns[2].confidence: expected a number",
        ),
        (
            "relations.yaml",
            lambda d: d["patterns"][2].update(id=d["patterns"][0]["id"]),
            "patterns[2].id: duplicate rule id",
        ),
        (
            "relations.yaml",
            lambda d: d["subsumes"].update(LEADS=["RESPONDED_TOO"]),
            "subsumes.LEADS[0]: unknown relation 'RESPONDED_TOO'",
        ),
        (
            "relations.yaml",
            lambda d: d["subsumes"].update(LEEDS=["SUPPORTS"]),
            "subsumes.LEEDS: unknown relation 'LEEDS'",
        ),
        (
            "relations.yaml",
            lambda d: d.update(unscored=["MENTIONS", "RELATED"]),
            "unscored[1]: unknown relation 'RELATED'",
        ),
        (
            "relations.yaml",
            lambda d: d["pronouns"].update(she=["Woman"]),
            "pronouns.she[0]: unknown type 'Woman'",
        ),
        (
            "gazetteer.yaml",
            lambda d: d["entries"][0].update(type="Ministry"),
            "entries[0].type: unknown type 'Ministry'",
        ),
        (
            "gazetteer.yaml",
            lambda d: d["entries"][1].update(aliases="DHSC"),
            "entries[1].aliases: expected a list of strings",
        ),
        (
            "entities.yaml",
            lambda d: d["ner"].update(PERSON="Human"),
            "ner.PERSON: unknown type 'Human'",
        ),
        (
            "entities.yaml",
            lambda d: d["heads"].update(Gizmo=["Widget"]),
            "heads.Gizmo: unknown type 'Gizmo'",
        ),
        (
            "entities.yaml",
            lambda d: d["weights"].pop("gazetteer"),
            "weights.gazetteer: missing",
        ),
        (
            "ingest.yaml",
            lambda d: d["boilerplate"].append({"id": "broken", "pattern": "(unclosed"}),
            "boilerplate[{last}].pattern: invalid regular expression",
        ),
        (
            "ingest.yaml",
            lambda d: d.update(commerce=["price", "no-such-rule"]),
            "commerce[1]: no boilerplate rule with id 'no-such-rule'",
        ),
        (
            "ingest.yaml",
            lambda d: d["typography"].update({"ab": "x"}),
            "typography.'ab': expected one character mapped to one character",
        ),
        (
            "ingest.yaml",
            lambda d: d.update(extensions=".txt"),
            "extensions: expected a list of strings",
        ),
    ],
)
def test_problem_is_reported_with_file_and_key_path(schema_copy, name, change, expected):
    path = mutate(schema_copy, name, change)
    if "{last}" in expected:
        count = len(yaml.safe_load(path.read_text(encoding="utf-8"))["boilerplate"])
        expected = expected.format(last=count - 1)
    message = schema_error(schema_copy)
    assert message.startswith(f"{path}: {expected}")
    assert "\n" not in message


def test_several_problems_are_counted_in_one_line(schema_copy):
    def change(d: dict[str, Any]) -> None:
        d["patterns"][0]["relation"] = "NOPE"
        d["patterns"][1]["lemmas"] = 5

    path = mutate(schema_copy, "relations.yaml", change)
    message = schema_error(schema_copy)
    assert message == f"{path}: patterns[0].relation: unknown relation 'NOPE' (and 1 more)"


def test_empty_schema_file(schema_copy):
    path = schema_copy / "gazetteer.yaml"
    path.write_text("", encoding="utf-8")
    assert schema_error(schema_copy) == f"{path}: (top): expected a mapping"


@pytest.mark.parametrize("name", SCHEMA_FILES)
def test_missing_schema_file(schema_copy, name):
    (schema_copy / name).unlink()
    assert schema_error(schema_copy) == f"{schema_copy / name}: schema file missing"


def test_schema_file_that_is_not_utf8(schema_copy):
    path = schema_copy / "entities.yaml"
    path.write_bytes(b"types: [Caf\xe9]\n")
    assert schema_error(schema_copy).startswith(f"{path}: cannot read")


def test_missing_schema_directory(tmp_path):
    assert schema_error(tmp_path / "nowhere") == f"{tmp_path / 'nowhere'}: schema directory not found"


def test_an_unknown_rule_kind_is_a_schema_error_when_the_rules_compile(schema_copy):
    path = mutate(schema_copy, "relations.yaml", lambda d: d["patterns"][1].update(kind="telepathy"))
    loaded = load_schema(schema_copy)  # the reader keeps `kind` a string
    with pytest.raises(SchemaError) as info:
        compile_rules(loaded)
    assert str(info.value).startswith(f"{path}: patterns[1].kind: unknown kind 'telepathy' (known: ")


def test_the_spec_refuses_an_unknown_rule_kind_before_any_work(schema_copy):
    from caregraph.extract.spec import ExtractorSpec

    path = mutate(schema_copy, "relations.yaml", lambda d: d["patterns"][1].update(kind="telepathy"))
    with pytest.raises(SchemaError) as info:
        ExtractorSpec.for_model("blank:en", load_schema(schema_copy))
    assert str(info.value).startswith(f"{path}: patterns[1].kind: unknown kind 'telepathy' (known: ")


def test_the_kind_names_are_exactly_the_registered_kinds():
    # the spec checks kinds against KIND_NAMES without importing the rule modules
    from caregraph.extract.kind_names import KIND_NAMES
    from caregraph.extract.relations import kinds  # noqa: F401 - registers every rule kind
    from caregraph.extract.relations.registry import KINDS

    assert set(KINDS) == KIND_NAMES


def test_a_kind_missing_from_the_names_cannot_register():
    from caregraph.extract.relations.registry import rule_kind

    with pytest.raises(ValueError, match="telepathy"):
        rule_kind("telepathy")


def test_a_schema_without_an_ontology_type_the_code_needs_is_an_error(schema_copy):
    path = schema_copy / "entities.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Initiative, Recommendation]", "Recommendation]", 1), encoding="utf-8")
    assert f"{path}: types: the code needs type 'Initiative'" in schema_error(schema_copy)


@pytest.mark.parametrize("key", ["reference_heads", "reference_kinds"])
def test_reference_nouns_must_map_a_noun_to_a_list(schema_copy, key):
    path = mutate(schema_copy, "relations.yaml", lambda d: d.update({key: {"legislation": "bill"}}))
    assert schema_error(schema_copy) == f"{path}: {key}.legislation: expected a list of strings"


@pytest.mark.parametrize("key", ["reference_heads", "reference_kinds"])
def test_reference_nouns_are_read_lower_case(schema_copy, key):
    mutate(schema_copy, "relations.yaml", lambda d: d.update({key: {"Legislation": ["Bill", "Act"]}}))
    assert getattr(load_schema(schema_copy).relations, key) == {"legislation": ("bill", "act")}


def test_describing_verbs_must_be_a_list(schema_copy):
    path = mutate(schema_copy, "relations.yaml", lambda d: d.update(describing_verbs="call"))
    assert schema_error(schema_copy) == f"{path}: describing_verbs: expected a list of strings"
