"""What the twenty-eighth blind batch of real press taught (our own passages, written to
reproduce each lesson; benchmarks/real_blind28 scores the real pages)."""

from __future__ import annotations

from datetime import date

from crisis_timeline.temporal import tag
from tests.press_passages import one_row, passage_article, passage_events


def test_a_yearless_date_of_the_crisis_first_days_stays_in_2021():
    """A July page telling "on May 26th" and "May 27th" without a year had been put in
    2022: a date written without its year was never placed before June 2021. The crisis
    began with the Ryanair diversion of 23 May 2021, so the last days of May are its own."""
    text = (
        "Lithuania accuses Belarus of flying in migrants\n\n"
        "Lithuania said it would build a barrier on the border with Belarus.\n\n"
        "The foreign ministry summoned the head of the Belarus embassy on Wednesday.\n\n"
        "A migrant carried boarding passes for a Belavia flight from Istanbul to Minsk on "
        "May 27th.\n\n"
        "Lukashenko said on May 26th that his country would no longer stop migrants."
    )
    article = passage_article(text, "en", None)
    assert article.published is not None and article.published.year == 2021, (
        article.published_reason
    )


def test_a_march_date_without_its_year_is_still_a_later_years():
    """The rule the crisis's first day moved still holds before it: "on March 5" beside
    "in November" is March 2022, not March 2021."""
    text = (
        "Poland finished the wall\n\n"
        "Poland said on March 5 that the wall on the border with Belarus was half built.\n\n"
        "The crossings had peaked in November, the border guard said."
    )
    article = passage_article(text, "en", None)
    assert article.published == date(2022, 3, 5), article.published_reason


def test_a_presidents_state_of_emergency_told_today_dates_the_page():
    """A PAP quote names no country: "Today the president took the decision to issue a
    regulation on introducing a state of emergency" (Duda, Thursday 2 September 2021)."""
    text = (
        '"Today the president took the decision to issue a regulation on introducing a state '
        'of emergency in the border strip," the spokesman said.\n\n'
        "The state of emergency will last for 30 days.\n\n"
        "The deputy interior minister announced on Wednesday that civic rights would be "
        "limited."
    )
    article = passage_article(text, "en", None)
    assert article.published == date(2021, 9, 2), article.published_reason
    frame = passage_events(text, "en", None)
    assert one_row(frame, "announced on Wednesday")["date"] == date(2021, 9, 1)


def test_a_lithuanian_presidents_emergency_is_not_polands():
    text = (
        "Today the Lithuanian president said the state of emergency introduced by the Seimas "
        "would hold.\n\nThe border guards turned back 40 migrants on Wednesday."
    )
    article = passage_article(text, "en", None)
    assert article.published != date(2021, 9, 2)


def test_water_cannon_and_tear_gas_together_tell_the_kuznica_clash():
    """An AFP lead names the crossing only sentences later: "Les forces de sécurité
    polonaises ont fait usage de gaz lacrymogène et déployé des canons à eau ... mardi"."""
    text = (
        "Les forces de sécurité polonaises ont fait usage de gaz lacrymogène et déployé des "
        "canons à eau pour repousser des migrants qui tentaient mardi de traverser la "
        "frontière.\n\nQuelque 4.000 migrants campent le long de la frontière."
    )
    article = passage_article(text, "fr", None)
    assert article.published == date(2021, 11, 16), article.published_reason


def test_tear_gas_alone_without_the_crossing_tells_no_landmark():
    text = (
        "Polish police used tear gas against protesters in Warsaw on Tuesday.\n\n"
        "Dozens were detained."
    )
    article = passage_article(text, "en", None)
    assert article.published != date(2021, 11, 16)


def test_a_related_headline_ending_on_a_short_word_stays_a_heading():
    """The last line of a page below "Lire aussi" is a related story's headline, whatever
    its last word ("... la construction de son mur"): three letters are a word, not a cut."""
    text = (
        "Des migrants ont franchi la frontière mardi près de Kuźnica.\n\n"
        "Lire aussi\n\n"
        "Crise migratoire : la Pologne lance lundi la construction de son mur"
    )
    frame = passage_events(text, "fr", "2021-11-17")
    assert not frame["sentence"].str.contains("construction").any(), list(frame["sentence"])


def test_a_site_date_widget_years_on_is_not_the_pages_date():
    """ "Penktadienis, 6 spalio, 2023" above a 2021 report (the site's date of the day the
    page was stored): neither its date line nor its latest date. The page stays undated
    rather than put two years late."""
    text = (
        "Penktadienis, 6 spalio, 2023\n\n"
        "Migrantus iš Vydenių išvežė\n\n"
        "Praėjusią savaitę seniūnė patvirtino, kad migrantai išvežti prieš porą savaičių."
    )
    article = passage_article(text, "lt", None)
    assert article.published is None or article.published.year < 2023, article.published_reason


def test_a_date_years_on_that_the_text_names_again_stays_the_pages():
    text = (
        "2023 m. spalio 6 d.\n\n"
        "Praėjus dvejiems metams po krizės, 2023 metais pasieniečiai sulaikė 40 migrantų."
    )
    article = passage_article(text, "lt", None)
    assert article.published == date(2023, 10, 6), article.published_reason


def test_a_plans_day_is_ahead_of_the_writer():
    """ "manewry wojskowe zaplanowane na 10 września" in a page of 31 August: a plan's day,
    which the page's date cannot follow (it had been dated 14 September by its "wtorkowym"
    counted from the manoeuvres)."""
    text = (
        "Na wtorkowym posiedzeniu rząd przystał na wniosek MSWiA i podjął uchwałę o "
        "wprowadzeniu stanu wyjątkowego.\n\n"
        "Kolejnym argumentem są rosyjskie manewry wojskowe zaplanowane na 10 września."
    )
    article = passage_article(text, "pl", None)
    assert article.published == date(2021, 8, 31), article.published_reason


def test_a_russian_plans_day_is_ahead_of_the_writer():
    frame = passage_events(
        "В субботу из Минска вылетел рейс в Ирак. На вторник намечены еще два рейса.",
        "ru",
        "2021-11-27",
    )
    assert one_row(frame, "намечены")["date"] == date(2021, 11, 30)


def test_the_polish_governments_request_of_tuesday_31_august_dates_the_page():
    """The Council of Ministers asked for the state of emergency on Tuesday 31 August 2021,
    two days before the president declared it (a landmark day of its own)."""
    text = (
        "Rząd podjął we wtorek uchwałę o wprowadzeniu stanu wyjątkowego przy granicy.\n\n"
        "Stan wyjątkowy ma trwać miesiąc."
    )
    article = passage_article(text, "pl", None)
    assert article.published == date(2021, 8, 31), article.published_reason


def test_latvias_cabinet_emergency_of_a_tuesday_is_not_polands_request():
    text = (
        "Rząd Łotwy we wtorek wprowadził stan wyjątkowy na granicy z Białorusią.\n\n"
        "Łotewscy pogranicznicy zatrzymali 60 osób."
    )
    article = passage_article(text, "pl", None)
    assert article.published != date(2021, 8, 31)


def test_a_sites_contact_lines_at_the_head_are_furniture():
    """ "Pranešk naujieną! / Tel. 8 616 51 718. El. paštas info@..." above the headline had
    been the body's first sentences, so the real lead was no longer the lead."""
    text = (
        "Pranešk naujieną!\nTel. 8 616 51 718. El. paštas info@example.lt\n\n"
        "Varėnoje buvo sprendžiami migrantų klausimai\n\n"
        "Varėnoje vyko ministerijų vadovų susitikimas su pasienio savivaldybių merais."
    )
    article = passage_article(text, "lt", "2021-07-23")
    assert "info@example.lt" not in article.cleaned_text
    frame = passage_events(text, "lt", "2021-07-23")
    assert one_row(frame, "susitikimas")["date"] == date(2021, 7, 23)


def test_a_law_for_after_the_emergency_is_no_request_for_one():
    """Review of this round: a government's bill "for after the state of emergency expires"
    on a Tuesday is not the request of 31 August, nor is a minister's Tuesday visit."""
    for text, lang in [
        ("Rząd przyjął we wtorek projekt ustawy po wygaśnięciu stanu wyjątkowego.", "pl"),
        (
            "Premier Mateusz Morawiecki przyjechał we wtorek do Kuźnicy, gdzie obowiązuje stan "
            "wyjątkowy.",
            "pl",
        ),
        (
            "The Polish government on Tuesday approved a bill after the state of emergency "
            "expires.",
            "en",
        ),
    ]:
        article = passage_article(text + "\n\nStraż Graniczna zatrzymała 20 osób.", lang, None)
        assert article.published != date(2021, 8, 31), (text, article.published_reason)


def test_lukashenkos_word_on_the_emergency_is_not_polands_declaration():
    text = (
        "President Alexander Lukashenko said on Thursday that the state of emergency introduced "
        "on the border was a political show.\n\nMinsk sent more troops."
    )
    assert passage_article(text, "en", None).published != date(2021, 9, 2)


def test_a_labelled_date_years_on_stays_the_pages():
    """Only a date shown with its weekday, as a site shows today's, can be a date widget."""
    text = (
        "Publié le 8 novembre 2023 à 10h15\n\n"
        "Il y a deux ans, en novembre 2021, des migrants campaient à la frontière."
    )
    assert passage_article(text, "fr", None).published == date(2023, 11, 8)


def test_a_plan_told_as_done_stays_in_the_past():
    found = tag(
        "Zaplanowane na wtorek spotkanie ministrów odbyło się w Brukseli.",
        date(2021, 11, 18),
        "pl",
    )
    assert [e.date for e in found] == [date(2021, 11, 16)]


def test_frost_destroying_crops_is_no_clash():
    frame = passage_events("Mróz zniszczył w środę uprawy rolników z Podlasia.", "pl", "2021-11-18")
    assert "clash" not in set(frame["event_type"])
