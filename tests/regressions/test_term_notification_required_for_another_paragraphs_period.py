"""A notification required for the period another paragraph sets: "Decides, for the period referred to in
paragraph 2 above, that the Ivorian authorities shall notify in advance to the Committee any shipment of items
referred to in paragraph 3 (e)" (S/RES/2045 (2012) op 4, heldout21 10: establishes S/RES/2045(2012)#4 until
2013-04-30; the same in S/RES/2101 (2013) op 4, 2153 (2014) op 6, 2219 (2015) op 6) and "that all States shall
notify in advance to the Committee any shipment of arms" (S/RES/1807 (2008) op 5) set no term: "notify" was no
verb of what States shall do for a time, and the authorities of the country were no subject of it. The
requirement is a measure of its own paragraph (S/RES/2667 (2022) ends "the notification requirements set out in
paragraph 5 of resolution 1807 (2008)"), for the time the paragraph named gives."""

from tests.snippets import resolution, terms

CIV = (
    "2. Decides, for a period ending on 30 April 2013, that all States shall take the necessary measures to prevent "
    "the direct or indirect supply, sale or transfer to Côte d’Ivoire of arms and any related materiel;\n\n"
    "4. Decides, for the period referred to in paragraph 2 above, that the Ivorian authorities shall notify in "
    "advance to the Committee any shipment of items referred to in paragraph 3 (e) or shall request an approval in "
    "advance to the Committee for any shipment of items referred to in paragraph 3 (f) above;"
)
DRC = (
    "1. Decides, for a further period ending on 31 December 2008, that all States shall take the necessary "
    "measures to prevent the direct or indirect supply of arms and any related materiel;\n\n"
    "5. Decides, for the period referred to in paragraph 1 above, that all States shall notify in advance to the "
    "Committee any shipment of arms and related materiel for the Democratic Republic of the Congo, and stresses the "
    "importance that such notifications contain all relevant information;"
)


def test_the_authorities_shall_notify_for_another_paragraphs_period():
    r = resolution(CIV, date="2012-04-26", symbol="S/RES/2045 (2012)")
    assert terms(r, "op", "action", "of", "until", "period") == [
        (2, "establishes", "S/RES/2045(2012)#2", "2013-04-30", None),
        (4, "establishes", "S/RES/2045(2012)#4", "2013-04-30", None),
    ]


def test_all_states_shall_notify_for_another_paragraphs_period():
    r = resolution(DRC, date="2008-03-31", symbol="S/RES/1807 (2008)")
    assert terms(r, "op", "action", "of", "until") == [
        (1, "establishes", "S/RES/1807(2008)#1", "2008-12-31"),
        (5, "establishes", "S/RES/1807(2008)#5", "2008-12-31"),
    ]


def test_a_notification_with_no_time_is_no_term():
    r = resolution(
        "3. Decides that all States shall notify the Committee of any shipment;",
        date="2012-04-26",
        symbol="S/RES/1 (2012)",
    )
    assert terms(r, "op", "action", "of") == []
