"""Korean (``sitrep/lang/ko/``): counters, scales and hedges written onto the number
("600명이", "1만2000명", "300여 명"), scales by myriads, hedges after the value, ranges,
verbs of saying at the clause's end, "~에 따르면", days written as numbers ("3월 22일",
"지난 19일") and weekdays, and the numbers that are no figures (ages, years, times,
ordinals).

Every text here is written for these tests: fictional officials, real places.
"""

from __future__ import annotations

from datetime import date

from sitrep.extract.foreign import extract_foreign, readable
from sitrep.extract.foreign.resources import words_of
from sitrep.extract.foreign.tokens import sentences
from sitrep.extract.runner import ExtractionJob, run_job

TUESDAY = date(2026, 3, 24)  # a Tuesday


def figures(text: str, published: date | None = TUESDAY) -> list[tuple]:
    return [(f.evidence.text, f.low, f.high, f.qualifier, f.measure, f.attribution.speaker,
             f.attribution.org, f.attribution.stated_on)
            for f in extract_foreign(text, "ko", published).figures]


def test_ko_is_read_from_its_folder():
    assert readable("ko")
    result = run_job(ExtractionJob("a1", "부산에서 주민 5명이 숨졌다.", TUESDAY, "ko"))
    assert [f.low for f in result.figures] == [5]  # type: ignore[union-attr]


def test_ko_counters_and_particles_glued_to_numbers():
    found = figures("부산 화재로 주민 12명이 숨졌다.")
    assert [(f[1], f[4]) for f in found] == [(12, "residents killed")]
    # the counter of persons gives way to the thing counted before the number
    assert figures("대구에 소방관 30명이 투입됐다.")[0][4] == "firefighters"
    assert figures("인천에서 600명이 다쳤다.")[0][1:5] == (600, 600, None, "injured")
    # a word of two letters glued to a number is no code
    assert figures("울산에서 주택 40채가 불에 탔다.")[0][1] == 40


def test_ko_scales_by_myriads():
    assert figures("광주에서 1만2000명이 대피했다.")[0][1:3] == (12000, 12000)
    assert figures("대전에서 1만 2천 명이 대피했다.")[0][1:3] == (12000, 12000)
    assert figures("수원 시민 3천명이 대피했다.")[0][1] == 3000
    assert figures("피해액은 3억5000만 원으로 집계됐다.")[0][1:3] == (350_000_000, 350_000_000)
    assert figures("부산에서 12,500명이 대피했다.")[0][1] == 12500
    # a scale alone after a duration is "after", no ten thousand
    assert figures("3년 만에 제주에서 축제가 열렸다.") == []


def test_ko_hedges_before_and_after():
    assert figures("포항에서 약 600명이 대피했다.")[0][1:4] == (600, 600, "about")
    assert figures("포항에서 최소 20명이 숨졌다.")[0][1:4] == (20, None, "at least")
    assert figures("포항에서 600명 이상이 대피했다.")[0][1:4] == (600, None, "more than")
    assert figures("포항에서 300여 명이 다쳤다.")[0][1:4] == (300, 300, "about")
    assert figures("포항에서 300여명이 다쳤다.")[0][1:4] == (300, 300, "about")
    assert figures("포항에서 100명이 넘는 주민이 대피했다.")[0][1:4] == (100, None, "more than")
    assert figures("포항에서 1,000명 가까이 다쳤다.")[0][1:4] == (1000, 1000, "nearly")
    assert figures("포항에서 50명가량이 구조됐다.")[0][1:5] == (50, 50, "about", "rescued")
    # a bound after the value wins over a rounding
    assert figures("사상자가 3000여명을 넘어섰다.")[0][1:4] == (3000, None, "more than")


def test_ko_ranges():
    assert figures("창원에서 100~200명이 대피했다.")[0][1:3] == (100, 200)
    assert figures("창원에서 100명에서 200명이 대피했다.")[0][1:3] == (100, 200)
    assert figures("창원에서 2~3만 명이 대피했다.")[0][1:3] == (20000, 30000)


def test_ko_verbs_of_saying_and_titles_after_names():
    found = figures("부산소방재난본부 김민수 대변인은 화재로 주민 12명이 숨졌다고 밝혔다.")
    assert found[0][1] == 12 and found[0][5] == "김민수"
    assert found[0][6] == "South Korean fire service"
    found = figures("대변인 박지훈 씨는 7명이 실종됐다고 말했다.")
    assert found[0][1:5] == (7, 7, None, "missing") and found[0][5] == "박지훈"


def test_ko_according_to_and_a_sentence_pointing_back():
    found = figures("국방부에 따르면 북한군 2명이 생포됐다.")
    assert found[0][1] == 2 and found[0][4] == "troops captured"
    assert found[0][6] == "South Korean Ministry of National Defense"
    found = figures("“주민 40명이 대피했다.” 정민호 시장이 이같이 전했다.")
    assert found[0][1] == 40 and found[0][5] == "정민호"


def test_ko_sentences_end_before_hangul():
    cut = sentences("주민 5명이 숨졌다. 소방관 3명이 다쳤다.", words_of("ko"))
    assert len(cut) == 2


def test_ko_dates_from_days_and_weekdays():
    found = figures("김민수 대변인은 3월 22일 주민 9명이 숨졌다고 밝혔다.")
    assert found[0][1] == 9 and found[0][7] == date(2026, 3, 22)
    # a day without its month is the last such day on or before the page's day
    found = figures("김민수 대변인은 지난 19일 주민 9명이 숨졌다고 밝혔다.")
    assert found[0][7] == date(2026, 3, 19)
    found = figures("김민수 대변인은 지난 28일 주민 9명이 숨졌다고 밝혔다.")
    assert found[0][7] == date(2026, 2, 28)
    found = figures("김민수 대변인은 월요일에 주민 9명이 숨졌다고 밝혔다.")
    assert found[0][7] == date(2026, 3, 23)
    found = figures("김민수 대변인은 화요일 주민 9명이 숨졌다고 말했다.")
    assert found[0][7] == TUESDAY


def test_ko_numbers_that_are_no_figures():
    assert figures("부산에 사는 45세 남성이 구조됐다.") == []
    assert figures("2024년 부산에서 행사가 열렸다.") == []
    assert figures("행사는 오후 3시 부산에서 열렸다.") == []
    assert figures("제2 부두에서 행사가 열렸다.") == []
    assert figures("3월 22일 부산에서 행사가 열렸다.") == []
    assert figures("12·3 사태 이후 부산에서 행사가 열렸다.") == []
    # "thousands" is a vague amount, no value of a thousand
    assert figures("수천 명이 부산 거리로 나왔다.") == []
    # a span before "ago" dates something, a particle glued to "ago" or not
    assert figures("정민호 시장은 약 3년 전 부산으로 이사했다.") == []
    assert figures("정민호 시장은 약 3년 전부터 부산에서 일했다.") == []
