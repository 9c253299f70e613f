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


def test_an_unreadable_answer_line_is_explained_in_danish():
    from workbook_helpers.exercises import Unreadable, rewrite_unreadable_answers

    cell = ["svar_1 = 3 x 2000\n", "opgave_1.tjek(svar_1)\n"]
    namespace = {"__workbook_unreadable__": Unreadable}
    exec("".join(rewrite_unreadable_answers(cell)[:1]), namespace)
    feedback = Exercise(100).tjek(namespace["svar_1"])
    assert (
        feedback.state == "error" and "Brug * for gange" in feedback.message and "SyntaxError" not in feedback.message
    )
    assert "anførselstegn" in Exercise(100).tjek(Unreadable("100 timer")).message
    assert rewrite_unreadable_answers(["svar_1 = 3 * 2000\n"]) == ["svar_1 = 3 * 2000\n"]


def test_a_comma_decimal_without_quotes_gets_advice():
    feedback = Exercise(2.5).tjek((2, 5))
    assert feedback.state == "wrong" and '"2,5"' in feedback.message and "2.5" in feedback.message


def test_a_partly_filled_answer_names_what_is_missing():
    feedback = Exercise(checker=lambda a: None).tjek({"A": "x", "B": ____, "C": "y", "D": ____})
    assert feedback.state == "not_attempted" and "B, D" in feedback.message


def test_a_checker_that_fails_gives_no_english_exception_name():
    def broken(answer):
        raise OverflowError("int too large")

    message = Exercise(checker=broken).tjek(10**400).message
    assert "OverflowError" not in message and "form" in message


def test_a_dot_decimal_in_quotes_gets_comma_advice():
    assert "komma før decimaler" in Exercise(2.5).tjek("2.5").message
    assert "komma før decimaler" in Exercise(100).tjek("100.0").message
