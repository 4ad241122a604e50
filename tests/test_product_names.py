"""A product's or a plan's name is no person's (issue 9): "three months of Orbo Pro" made
"Orbo Pro" a person, who then spoke the page's figures. A name that ends on a word of a
product's tier ("Pro", "Ultra", "Plus") is no person; a person's name stays one. Every text
is written here, about fictional products and people."""

from __future__ import annotations

from datetime import date

from sitrep.extract.runner import extract_text


def people(text: str) -> list[str]:
    return [m.name for m in extract_text(text, date(2026, 5, 2)).mentions if m.kind == "person"]


def test_a_name_ending_on_a_products_tier_is_no_person():
    text = ("The service costs $9.99 a month for its Orbo Pro plan, and three months of "
            "Lumen Ultra come with the kit sold in Leeds.")
    assert people(text) == []


def test_a_persons_name_stays_a_person():
    assert people("Ann Lee, who runs the shop in Leeds, said it sold 40 kits.") == ["Ann Lee"]


def test_a_firm_named_by_its_trade_is_a_firm_the_company_refers_back_to():
    text = ("Kestrel Foods cut 200 jobs at its plant in Leeds. The company said sales would "
            "grow 3% this year.")
    result = extract_text(text, date(2026, 5, 2))
    assert "Kestrel Foods" not in [m.name for m in result.mentions if m.kind == "person"]
    assert [f.attribution.org for f in result.figures if f.unit == "%"] == ["Kestrel Foods"]
