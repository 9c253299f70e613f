import pytest

from workbook_helpers.exercises import Exercise, ____, as_number


@pytest.fixture
def opgave():
    return Exercise(100, name="opgave_1", hints=["Første hint.", "Andet hint."], solution="6.000 ÷ 60 = 100.",
                    solution_code="svar_1 = 3 * 2000 / 60")  # fmt: skip


def test_placeholder_is_not_attempted_and_friendly(opgave):
    result = opgave.tjek(____)
    assert result.state == "not_attempted"
    assert "Erstat ____" in str(result)
    assert str(result).startswith("✏️")


def test_right_and_wrong_answers_carry_icon_and_words(opgave):
    assert opgave.tjek(100).ok
    assert str(opgave.tjek(100.0)).startswith("✅ Rigtigt!")
    wrong = opgave.tjek(90)
    assert wrong.state == "wrong"
    assert str(wrong).startswith("❌ Ikke helt endnu.")
    assert "for lavt" in wrong.message and "opgave_1.hint()" in wrong.message


def test_danish_written_numbers_are_understood(opgave):
    assert opgave.tjek("100").ok
    assert opgave.tjek("100,0 timer").ok
    assert as_number("1.234,5 kr.") == 1234.5
    assert as_number("hundrede") is None


def test_text_where_a_number_is_expected_explains_itself(opgave):
    result = opgave.tjek("hundrede")
    assert result.state == "wrong" and "et tal" in result.message


def test_hints_come_one_at_a_time_then_stay_on_the_last(opgave):
    assert "1 af 2" in str(opgave.hint())
    assert "2 af 2" in str(opgave.hint())
    assert "2 af 2" in str(opgave.hint())
    assert "1 af 2" in str(opgave.hint(1))


def test_solution_shows_text_and_code(opgave):
    solution = opgave.løsning()
    assert solution.state == "solution"
    assert "6.000 ÷ 60" in str(solution) and "svar_1 = 3 * 2000 / 60" in str(solution)


def test_learner_text_is_escaped_in_html():
    opgave = Exercise(checker=lambda answer: f"Du skrev {answer}.")
    html = opgave.tjek("<script>alert(1)</script>")._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_lists_sets_and_text():
    order = Exercise(["EU", "Staten", "KL", "Kommunen"])
    assert order.tjek(["eu", "staten", "kl", "kommunen"]).ok
    assert "2 af 4" in order.tjek(["EU", "KL", "Staten", "Kommunen"]).message
    assert "4 elementer" in order.tjek(["EU"]).message
    group = Exercise({"GDPR", "NIS2"})
    assert group.tjek(["NIS2", "GDPR"]).ok
    assert Exercise("Kombit").tjek(" KOMBIT ").ok


def test_a_checker_that_crashes_never_shows_a_traceback():
    opgave = Exercise(checker=lambda answer: answer["mangler"])
    result = opgave.tjek(5)
    assert result.state == "error" and "Traceback" not in str(result)


def test_placeholder_inside_a_list_is_not_attempted():
    assert Exercise(["a", "b"]).tjek(["a", ____]).state == "not_attempted"
