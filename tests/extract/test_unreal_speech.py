"""Speech that was not said (extract.unreal_speech): a condition, a possibility or a question gives no row."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, rule",
    [
        ("If Sergei Lavrov says that the drills are over, the allies will check.", "drop:statement:conditional-cue"),
        ("Reporters asked whether Dmitry Peskov said that the talks had failed.", "drop:statement:conditional-cue"),
        ("Sergei Lavrov may claim that the convoy was attacked first.", "drop:statement:possible-cue"),
        ("Moscow could announce that it has recognised the two regions.", "drop:statement:possible-cue"),
        ("Moscow could decide to announce that it has recognised the two regions.", "drop:statement:possible-cue"),
        ("Did Olaf Scholz tell Emmanuel Macron that the pipeline was finished?", "drop:statement:question-cue"),
    ],
)
def test_unreal_speech_gives_a_drop_and_no_row(extract_text, text, rule):
    result = extract_text(text)
    assert result.statements[result.statements["kind"] == "reported_speech"].empty
    assert rule in result.drops["rule"].tolist()


@pytest.mark.parametrize(
    "text, needle",
    [
        ("Sergei Lavrov said that Moscow would respond if the alliance moved east.", "Moscow would respond"),
        ("I can tell you that the convoy has reached the border, Jen Psaki said.", "the convoy has reached the border"),
        ("Olaf Scholz told Emmanuel Macron that the pipeline was finished.", "the pipeline was finished"),
        ("Alexander Lukashenko decided to order an attack on Lithuania.", "an attack on Lithuania"),
        ("Sergei Lavrov could be heard telling the envoys that the drills were over.", "the drills were over"),
    ],
)
def test_said_speech_keeps_its_row(extract_text, text, needle):
    texts = extract_text(text).statements["text"].tolist()
    assert any(needle in t for t in texts), texts


def test_a_cue_someone_expects_is_foretold(extract_text):
    result = extract_text("Washington expects Moscow to announce that its forces were provoked.")
    assert result.statements[result.statements["speaker"] == "Russia"].empty
    assert "drop:statement:feared-or-foretold" in result.drops["rule"].tolist()


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Jen Psaki is not going to lay out the options for the sanctions.", False),
        ("Boris Johnson would not want to say that the talks had failed.", False),
        ("Boris Johnson did not hesitate to say that the talks had failed.", True),
    ],
)
def test_an_infinitive_under_a_negated_verb_is_not_said(extract_text, text, kept):
    assert (not extract_text(text).statements.empty) == kept


@pytest.mark.parametrize("text, speaker", [
    # an auxiliary before the subject of a dependent clause opens a condition without "if"
    ("The allies promised a firm answer should Alexander Lukashenko order an attack on Lithuania.", "Alexander Lukashenko"),
    ("Had Alexander Lukashenko announced the drills earlier, the allies would have answered.", "Alexander Lukashenko"),
    # the condition on the verb the cue is the infinitive of
    ("The allies will respond if Alexander Lukashenko decides to order an attack on Lithuania.", "Alexander Lukashenko"),
    ("The allies will respond should Alexander Lukashenko decide to order an attack on Lithuania.", "Alexander Lukashenko"),
])
def test_a_condition_without_if_or_on_the_verb_above_gives_no_row_of_its_subject(extract_text, text, speaker):
    result = extract_text(text)
    assert result.statements[result.statements["speaker"] == speaker].empty
    assert "drop:statement:conditional-cue" in result.drops["rule"].tolist()


@pytest.mark.parametrize("text, movements", [
    ("Had Belarus sent troops into Lithuania, the answer would have been swift.", []),
    # counter-example: an auxiliary after its subject ("the troops that had arrived") is no condition
    ("The troops that Belarus had sent to the Lithuanian border in January stayed there.", [("BLR", ["LTU"])]),
])
def test_an_inverted_condition_is_no_movement(extract_text, text, movements):
    rows = extract_text(text).movements
    assert [(r["actor"], list(r["destinations"])) for r in rows.to_dict("records")] == movements
