"""An interview printed as questions and answers: the answers' figures are the
interviewee's, on texts written here (fictional people, real places).

The page names the person, then asks ("How big is your team?") and prints the answers
("We hired 12 cooks in May.", "A: We run 14 boats", "— Я выбрасываю ..."), with no verb of
saying. The interviewee is the person named last before the questions, outside them; a
page with one rhetorical question of its own holds no interview, and the page's own
paragraph after the answers is its own.
"""

from __future__ import annotations

from datetime import date

from sources import source_of

from sitrep.extract.foreign import extract_foreign

_KITCHEN = ("The chef Ada Lindqvist runs a small kitchen in Porto. We asked her about her "
            "work.\n\nHow big is your team?\n\nWe hired 12 cooks in May and two more in "
            "June.\n\nWhat do you serve?\n\nFish, mostly.\n\nThe kitchen opened in 2019 and "
            "has since become one of the busiest in the old town, with 300 covers a night "
            "in the high season.")


def test_a_first_person_answer_is_the_interviewees():
    assert source_of(_KITCHEN, "12 cooks") == "Ada Lindqvist"


def test_the_page_after_the_answers_is_its_own():
    assert source_of(_KITCHEN, "300 covers") is None


def test_question_and_answer_leads_mark_an_interview():
    text = ("Captain Tomas Berg took us out of the harbour at Bergen.\n\n"
            "Q: How many boats do you run?\nA: We run 14 boats out of Bergen.")
    assert source_of(text, "14 boats") == "Tomas Berg"


def test_one_question_of_the_writers_own_is_no_interview():
    text = ("Mayor Tomas Berg opened the quay in Bergen on Monday.\n\nSo why does the quay "
            "matter?\n\nWe counted 40 ferries a day at the old one last summer.")
    assert source_of(text, "40 ferries") is None


def test_ru_a_dash_answer_under_a_name_line_is_that_persons():
    text = ("Мы поговорили с поварами Казани.\n\nИрина Соколова\n\nСколько блюд вы готовите "
            "за день?\n\n— Я готовлю 40 блюд за день, а в выходные больше.\n\n"
            "Павел Орлов\n\nСколько у вас поваров?\n\n— У нас работают 12 поваров.")
    found = {f.evidence.text: f.attribution.speaker
             for f in extract_foreign(text, "ru", date(2026, 9, 14)).figures}
    assert next(v for k, v in found.items() if "40" in k) == "Ирина Соколова"
    assert next(v for k, v in found.items() if "12" in k) == "Павел Орлов"
