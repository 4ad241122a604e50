"""The numbers of a list of links name the items listed, on a page in any language: a web
address is written the same way in all of them (see extract/link_lists.py). Texts written
here."""

from __future__ import annotations

from sitrep.extract.runner import ExtractionJob, run_job

ITALIAN = ("Le offerte di oggi per chi ama i giochi\n"
           "1) Batteria elettronica con 7 pad e cuffie\nhttp://shop.example/a1\n"
           "2) Gioco da tavolo con 45 pesci colorati\nhttp://shop.example/b2\n"
           "3) Scatola di costruzioni con 300 mattoncini\nhttp://shop.example/c3\n")


def test_the_numbers_of_a_foreign_link_list_are_no_figures():
    assert run_job(ExtractionJob("it-links", ITALIAN, None, "it")).figures == []


def test_a_foreign_page_with_one_link_keeps_its_figures():
    text = ("A Milano la polizia ha arrestato 45 persone durante la manifestazione di "
            "sabato, ha detto la questura.\nhttp://news.example/x\n")
    found = run_job(ExtractionJob("it-news", text, None, "it")).figures
    assert [f.low for f in found] == [45]
