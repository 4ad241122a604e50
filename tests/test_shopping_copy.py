"""Shopping copy and sales days (issue 9): an offer made to a buyer (a discount, a warranty,
a coupon, "save $25", and in a deals post a price beside a word of commerce) is no figure,
and a sales day named in a deals post ("cheapest during Prime Day 2024") is not the event of the
figures around it. Each rule is tested on short texts written here, about made-up products
and shops in real places, beside texts of the same shape whose figures must stay."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.runner import extract_text

PUBLISHED = date(2025, 4, 2)

#: Three kinds of deal phrase (a free-shipping line, a price tag, an all-time low, a cart):
#: a deals post.
DEALS_LEAD = ("The Orla monitor sells for $299 with free shipping, down from its usual $349 "
              "price tag, and is at an all-time low. Add to cart before Sunday.\n")


def found(text: str) -> list[tuple[str, str | None]]:
    return [(f.evidence.text, f.measure) for f in extract_text(text, PUBLISHED).figures]


@pytest.mark.parametrize("text", [
    "The Harlow fridge carries a 5-year warranty.",
    "Each buyer in Madrid gets a 30-day money-back guarantee.",
    "Shoppers in Leeds can get a 35% discount on the Harlow kettle this week.",
    "Save up to 40% on garden chairs at the Galway store.",
    "You can save $40 on the Orla blender this weekend.",
    "The Orla card gives 5% cash back on groceries in Oslo.",
    "Get 20% back in rewards at the bakery in Turin.",
    "Shoppers who use the store card in Denver get an additional 5% back.",
    "The Orla camper in Denver was $32,000, now $28,500.",
    "Buy two jars of Orla honey, get one free.",
    "Grab the Orla kettle for $30 and get 2 years of free descaling.",
    "The Harlow sofa has a three-year limited warranty.",
    "The Orla bike is down 40% from its list price at the store in Porto.",
    "The Orla bike was marked down 35% at the store in Porto.",
    "The Harlow kettle is on sale with savings of up to 50% in Leeds.",
])
def test_an_offer_to_a_buyer_is_no_figure(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Retail sales in Portugal rose 4% in October.", [("4%", "Retail sales growth")]),
    ("The company cut prices by 10% across its stores in Ohio, its chief executive, "
     "Maren Tolle, said.", [("cut prices by 10%", "prices reduction")]),
    ("The tariff adds 25% to the price of steel shipped from Busan.", [("25%", "tariff")]),
    # an offer someone states is their claim
    ("The airline offered a 15% discount to stranded passengers in Lima, a spokesman said.",
     [("15% discount", "discount")]),
    ("Retailers in Ohio offered average discounts of 30% on toys, according to a survey by "
     "a firm in Boston.", [("30%", "average discounts")]),
    # "save" before a share of something, or before a count, is no offer
    ("The reform would save 2% of the budget in Chile.",
     [("2% of the budget", "share of budget")]),
    ("The plan would save $2 billion a year in Kenya.",
     [("$2 billion a year", "amount saved per year")]),
    ("New car sales in Denver dropped 11 percent in October even with cheap loans and "
     "clearance deals.", [("11 percent", "New car sales decline")]),
    # a share below a list price, a span before another noun, a fall from a peak
    ("Homes in Ohio sold 3% below list price last year.", [("3%", None)]),
    ("The court in Paris gave the firm a 60-day extension.",
     [("60-day", "duration of the extension")]),
    ("Shares of the Lisbon bank are down 40% from their peak.", [("40%", "Shares fall")]),
    ("The government in Accra offered a 10-year guarantee on the bonds, the finance "
     "minister said.", [("10-year", "duration of the guarantee")]),
    ("The average home in Leeds was $320,000, up 4% from a year earlier.",
     [("$320,000", "average home"), ("4%", "average home growth")]),
    # a name or a compound that opens with a verb of buying tells the reader nothing
    ("Buy-to-let landlords in Leeds own 40,000 homes.", [("40,000 homes", "homes")]),
    ("Spend Wisely, a charity in Leeds, helped 3,000 families.",
     [("3,000 families", "families helped")]),
    # savings, aid and a market's discount are news of their own
    ("Household savings in Japan rose 3% last year.", [("3%", "Household savings growth")]),
    ("Officials in Rome issued $50 food vouchers to 2,000 families.",
     [("$50 food vouchers", "food vouchers"), ("2,000 families", "families")]),
    ("The shares trade at a 15% discount to net asset value.", [("15% discount", "discount")]),
])
def test_a_news_figure_about_commerce_stays(text, expected):
    assert found(text) == expected


def test_a_price_beside_a_word_of_commerce_is_shopping_copy_in_a_deals_post_only():
    line = "Hotels in Leeds charged a typical $180 nightly rate during the festival."
    assert found(line) == [("$180 nightly rate", "nightly rate")]
    assert found(DEALS_LEAD + line) == []
    # deals and discounts named in a report on trade make no deals post
    report = "Hotels in Leeds offered discounts and weekend deals as bookings fell.\n"
    assert found(report + line) == [("$180 nightly rate", "nightly rate")]


def test_the_top_of_a_ratings_scale_is_no_count_but_the_raters_are():
    assert found("The Orla kettle is rated 4.5 out of 5 stars by 1,200 shoppers.") == [
        ("1,200 shoppers", "shoppers")]


def test_a_spec_in_a_deals_post_is_no_figure_but_a_count_of_its_maker_stays():
    text = DEALS_LEAD + ("The Orla monitor has 95% colour coverage.\n"
                         "The maker of the Orla monitor employs 300 workers in Turin.")
    assert found(text) == [("300 workers in Turin", "workers in Turin employed")]


@pytest.mark.parametrize("spec", [
    "Specs include 98% colour coverage, a 5ms response time and a 144Hz refresh rate.\n",
    "With quick charging, a 10-minute charge gives you two hours of playback.\n",
])
def test_a_sentence_of_specs_in_a_deals_post_names_no_figure(spec):
    assert found(DEALS_LEAD + spec) == []


def test_a_spec_outside_a_deals_post_is_the_pages_claim():
    text = "The Orla phone from a firm in Turin gets a full charge in 30 minutes."
    assert [e for e, _ in found(text)] == ["30 minutes"]


def test_a_sales_day_named_in_a_deals_post_is_no_event_of_its_figures():
    text = ("Our favourite kettle deals are below. The Harlow kettle was cheapest during "
            "Prime Day 2024.\nThe shop in Leeds sold 300 kettles on Tuesday.\n"
            "Our Black Friday 2024 picks for the kitchen: the Orla toaster browns bread in "
            "three minutes.")
    result = extract_text(text, PUBLISHED)
    assert result.main_event is None
    assert [f.subject for f in result.figures if f.evidence.text == "300 kettles"] == [
        "kettles sold"]  # on a page with no event, what the figure counts
    assert not any(f.subject and ("Prime Day" in f.subject or "Black Friday" in f.subject)
                   for f in result.figures)


def test_a_series_with_a_deal_word_after_it_is_a_sales_day():
    result = extract_text("Harvest Week 2024 deals start today. The Orla lamp gives 800 "
                          "lumens.", PUBLISHED)
    assert result.main_event is None


def test_a_figure_about_the_sales_day_itself_keeps_it_as_subject():
    text = ("Shoppers in the United States spent $9.8 billion online on Cyber Monday 2024, "
            "according to a survey by a firm in Boston.\nStores in Ohio hired 4,000 "
            "seasonal workers.")
    result = extract_text(text, PUBLISHED)
    subjects = {f.evidence.text: f.subject for f in result.figures}
    assert subjects["$9.8 billion online"] == "Cyber Monday-2024"
    assert subjects["4,000 seasonal workers"] == "seasonal workers hired"


def test_an_event_series_that_sells_nothing_stays_the_articles_event():
    result = extract_text("Zapad 2025 drills began in Belarus with 13,000 troops, the "
                          "ministry said.\nOfficials in Minsk said 200 tanks took part.",
                          PUBLISHED)
    assert result.main_event == "Zapad-2025"
    assert [f.subject for f in result.figures] == ["Zapad-2025", "Zapad-2025"]


def test_a_sales_day_without_a_year_is_the_subject_of_what_was_spent_on_it():
    text = ("Shoppers in the United States spent $7 billion online on Cyber Monday, a survey "
            "by a firm in Boston found.\nA shop in Leeds sold 300 kettles on Black Friday "
            "last year.\nThe best Black Friday offers include the Orla lamp with 800 lumens.")
    subjects = {f.evidence.text: f.subject for f in extract_text(text, PUBLISHED).figures}
    assert subjects == {"$7 billion online": "Cyber Monday-2025",
                        "300 kettles": "Black Friday-2024", "800 lumens": "lumens"}


@pytest.mark.parametrize(("spec", "number"), [
    ("Extras include two spare sets of foam tips and a carry case.", "two"),
    ("The Orla earbuds come with 2 charging cables.", "2 charging"),
])
def test_a_count_of_a_products_parts_in_a_deals_post_is_its_spec(spec, number):
    assert not [e for e, _ in found(DEALS_LEAD + spec) if number in e]


def test_a_count_of_parts_outside_a_deals_post_stays():
    text = "The Harlow plant in Derby comes with 2 assembly lines, its owner said."
    assert [e for e, _ in found(text)] == ["2 assembly lines"]
