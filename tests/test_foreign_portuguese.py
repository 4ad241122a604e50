"""Portuguese, a language added as a folder of data (``sitrep/lang/pt/``), European and
Brazilian both: number words with their feminine forms, thousands with "mil", decimals
with a comma, hedges, ranges, verbs of saying, sources, dates with their prepositions and
weekdays written as compounds ("terça-feira"), sums in reais, and the numbers that are no
figures.

Every text here is written for these tests: fictional officials, real places.
"""

from __future__ import annotations

from datetime import date

from sitrep.extract.foreign import extract_foreign, readable
from sitrep.extract.runner import ExtractionJob, run_job

FRIDAY = date(2026, 3, 20)  # a Friday


def figures(text: str, published: date | None = FRIDAY) -> list[tuple]:
    return [(f.evidence.text, f.low, f.high, f.qualifier, f.measure, f.attribution.speaker,
             f.attribution.org, f.attribution.stated_on)
            for f in extract_foreign(text, "pt", published).figures]


def values(text: str) -> list[float | None]:
    return [f[1] for f in figures(text)]


def test_pt_is_read_from_its_folder_alone():
    assert readable("pt")
    result = run_job(ExtractionJob("p1", "No Porto morreram 5 pessoas.", FRIDAY, "pt"))
    assert [f.low for f in result.figures] == [5]  # type: ignore[union-attr]


def test_pt_number_words_with_feminine_forms_and_joined_parts():
    # "duas" is the feminine of "dois"; "mil" after a number multiplies it
    found = figures("No Recife, duas mil pessoas ficaram desalojadas.")
    assert found[0][1:5] == (2000, 2000, None, "displaced")
    assert values("Em Braga, três soldados ficaram feridos.") == [3]
    # "e" joins the parts of one number, never two numbers of one
    found = figures("Em Braga, vinte e cinco pessoas morreram e cento e vinte ficaram feridas.")
    assert [(f[1], f[4]) for f in found] == [(25, "killed"), (120, "injured")]
    assert values("Mil e duzentas pessoas foram evacuadas em Faro.") == [1200]
    # "um"/"uma" is an article: one only before a scale
    assert figures("Um homem foi detido em Setúbal.") == []
    assert values("O Estado perdeu um milhão de euros em Aveiro.") == [1_000_000]


def test_pt_thousands_decimals_and_the_two_billions():
    assert values("Em Manaus, 8.250 moradores foram afetados pela cheia do rio.") == [8250]
    found = figures("Em Natal, 3 mil pessoas ficaram sem casa.")
    assert found[0][1:3] == (3000, 3000)
    found = figures("Segundo a prefeitura, 1,5 milhão de pessoas vivem em Belém.")
    assert found[0][1:3] == (1_500_000, 1_500_000)
    # Portugal's billion is "mil milhões"; Brazil's is "bilhão"
    assert values("O governo português destinou 2 mil milhões de euros a Lisboa.") == [2e9]
    assert values("A União Europeia prometeu 3 bilhões de dólares ao Brasil.") == [3e9]


def test_pt_hedges_and_the_value_after_a_word_of_change():
    assert figures("Em Coimbra morreram pelo menos 12 pessoas.")[0][1:4] == (12, None, "at least")
    assert figures("Em Évora há cerca de 40 feridos.")[0][1:4] == (40, 40, "about")
    assert figures("Em Fortaleza, mais de 300 moradores foram evacuados.")[0][1:5] == (
        300, None, "more than", "evacuated")
    assert figures("Em Campinas, quase 90 casas foram destruídas.")[0][1:4] == (90, 90, "nearly")
    assert figures("Em Viseu, menos de 20 pessoas ficaram feridas.")[0][1:4] == (
        None, 20, "less than")
    assert figures("Em Olinda podem morrer até 50 pessoas.")[0][1:4] == (None, 50, "up to")
    # after a word of change, "até" gives the new value, not an upper bound
    assert figures("O número de mortos em Olinda subiu até 50.")[0][1:3] == (50, 50)


def test_pt_ranges():
    assert figures("Entre 200 e 300 militares foram enviados para Manaus.")[0][1:5] == (
        200, 300, None, "troops")
    assert figures("De 30 a 40 bombeiros combatem o incêndio em Leiria.")[0][1:5] == (
        30, 40, None, "firefighters")
    assert figures("Em Évora, entre dez e vinte casas ficaram destruídas.")[0][1:3] == (10, 20)


def test_pt_verbs_of_saying_before_and_after_the_quote():
    found = figures("O porta-voz Rui Tavares disse que 14 pessoas morreram no Porto.")
    assert found[0][1] == 14 and found[0][5] == "Rui Tavares"
    found = figures('"Há pelo menos 30 feridos", afirmou o comandante Paulo Matos em Coimbra.')
    assert found[0][1:4] == (30, None, "at least") and found[0][5] == "Paulo Matos"
    found = figures("A coronel Marta Lopes declarou que 60 pessoas estão desaparecidas em Braga.")
    assert found[0][1] == 60 and found[0][4] == "missing" and found[0][5] == "Marta Lopes"


def test_pt_sources_named_by_a_phrase():
    found = figures("Segundo a Defesa Civil, 45 famílias estão desabrigadas em Recife.")
    assert found[0][1] == 45 and found[0][4] == "families displaced"
    assert found[0][6] == "Civil Defense"
    found = figures("De acordo com a ONU, 7 mil pessoas precisam de abrigo em Maputo.")
    assert found[0][1] == 7000 and found[0][6] == "United Nations"
    # the firefighters speak as a body, and are counted as people
    assert figures("Os bombeiros disseram que 4 pessoas morreram em Leiria.")[0][6] == (
        "Fire Department")
    found = figures("A Defesa Civil informou que 30 bombeiros trabalham em Recife.")
    assert found[0][4] == "firefighters" and found[0][6] == "Civil Defense"
    # "a" before a body after its verb is the article, not whom it was said to
    found = figures("Em Maputo, 15 pessoas morreram nas cheias, afirmou a ONU.")
    assert found[0][1] == 15 and found[0][6] == "United Nations"
    found = figures("Em Beira, 9 pessoas morreram, garantiu à agência Lusa o porta-voz Nuno Alves.")
    assert found[0][5] == "Nuno Alves" and found[0][6] is None
    # "segundo" is also the ordinal: "o segundo dia" names no source
    found = figures("No segundo dia de buscas, Luís Prado contou 6 mortos em Faro.")
    assert found[0][1] == 6 and found[0][5] is None


def test_pt_dates_with_prepositions_and_weekdays():
    found = figures("Em 12 de março, a prefeita Ana Lima anunciou que 9 pessoas morreram "
                    "em Salvador.")
    assert [f[1] for f in found] == [9]  # the day is a date, not a figure
    assert found[0][5] == "Ana Lima" and found[0][7] == date(2026, 3, 12)
    # "terça-feira" is one weekday, written in three tokens: the Tuesday before
    found = figures("O ministro Carlos Neves disse na terça-feira que 7 soldados morreram "
                    "em Lisboa.")
    assert found[0][1] == 7 and found[0][7] == date(2026, 3, 17)
    found = figures("No sábado, o governador Pedro Sá informou que 11 pessoas morreram "
                    "em Goiânia.")
    assert found[0][7] == date(2026, 3, 14)
    # "segunda" alone is the ordinal: no day is read from it
    found = figures("A segunda ponte de Porto Alegre caiu, disse o prefeito Davi Costa, "
                    "e 4 pessoas morreram.")
    assert found[0][1] == 4 and found[0][7] is None


def test_pt_money_in_reais_dollars_and_euros():
    found = figures("O prejuízo chega a R$ 1,5 milhão em Petrópolis, segundo a Defesa Civil.")
    assert found[0][1] == 1_500_000 and found[0][4] == "damage (BRL)"
    assert found[0][6] == "Civil Defense"
    found = figures("Os Estados Unidos prometeram US$ 3 milhões em ajuda a Moçambique.")
    assert found[0][1] == 3_000_000 and found[0][4] == "aid (USD)"
    found = figures("A reparação da ponte de Aveiro vai custar 40 milhões de euros.")
    assert found[0][1] == 40_000_000 and found[0][4] == "cost (EUR)"


def test_pt_ages_times_years_ordinals_and_days_are_no_figures():
    assert figures("Um homem de 45 anos foi detido em Curitiba.") == []
    assert figures("O alarme soou às 14h em Sintra, e de novo às 16h30.") == []
    assert figures("Em 2024, a cidade de Braga recebeu o festival.") == []
    assert figures("A 3ª edição da feira abriu em Guimarães.") == []
    assert figures("A reunião foi marcada para o dia 5, em Cascais.") == []
    # a span of time that dates something is no duration claimed
    assert figures("Há 3 anos, a ponte de Tomar foi reaberta.") == []
