"""The organ's own directive gerunds in the lettered points of a paragraph whose head asks no one and ends by
announcing the means of its act ("... by:"): "5. Expresses its determination to take appropriate steps ..., including,
inter alia, by: (a) Requesting the Secretary-General to seek ...; (b) Encouraging the Secretary-General ... to bring
...; (c) Issuing the declaration ..., and inviting the Secretary-General to advise the Council" (heldout37 08,
S/RES/1502 (2003) op 5: requests, encourages, invites; the same words in S/RES/2175 (2014) op 6), "1. Reaffirms ...
the need to strengthen its fulfilment by: (a) Requesting the Peacebuilding Commission to ...; (g) Requesting ...,
and also requesting the Commission to report back" (heldout21 03, S/RES/2805 (2025) op 1: one request per gerund).
Not taken: a point nested under a point that announces a list of its own (A/RES/80/11 op 1 (b) (ii) "Inviting
international financial institutions", the Commission's means, as the heldout21 gold reads 2805's "ii. Inviting");
the points under a head that asks someone (heldout32 23 op 2 "Urges Member States ... by, inter alia: (b)
Encouraging Member States to consider": the addressee's means); a gerund that names no one (S/RES/2382 (2017) op 10
"Recognizes the importance of United Nations Policing by: (c) Encouraging the inclusion of ..."); a head that ends in
no "by:"; a head praising another's act ("Welcomes the efforts of the Secretary-General ..., including by:");
an annex's lettered points; a roman list under "(h) ... by:" ("(i)", "(ii)": not the point "(i)").
"""

import pytest

from tests.snippets import mandates, resolution

DETERMINATION = (
    "5. Expresses its determination to take appropriate steps in order to ensure the safety and security of "
    "humanitarian personnel and United Nations and its associated personnel, including, inter alia, by:\n\n"
)
PBC = (
    "1. Reaffirms all relevant resolutions relating to the mandate of the Peacebuilding Commission, and, mindful of "
    "the important role of the Commission, also reaffirms the need to strengthen its fulfilment by:\n\n"
)

CASES = [
    (  # S/RES/1502 (2003) op 5
        DETERMINATION + "(a) Requesting the Secretary-General to seek the inclusion of key provisions of the "
        "Convention in status-of-forces agreements;\n\n(b) Encouraging the Secretary-General, in accordance with his "
        "prerogatives under the Charter of the United Nations, to bring to the attention of the Security Council "
        "situations in which humanitarian assistance is denied;\n\n(c) Issuing the declaration of exceptional risk "
        "for the purposes of article 1 (c) (ii) of the Convention, in situations where in its assessment "
        "circumstances would support such a declaration, and inviting the Secretary-General to advise the Council, "
        "where in his assessment circumstances would support such a declaration;",
        [
            (5, "requests", ("SecretaryGeneral",)),
            (5, "encourages", ("SecretaryGeneral",)),
            (5, "invites", ("SecretaryGeneral",)),
        ],
    ),
    (  # S/RES/2805 (2025) op 1 (a), (c), (g); A/RES/80/11 op 1 (b) with its nested (i), (ii)
        PBC + "(a) Requesting the Peacebuilding Commission to establish a detailed, predictable and flexible annual "
        "programme of work;\n\n(b) Requesting the Peacebuilding Commission, in line with its mandate, to serve as a "
        "platform to support Member States, upon their request, to strengthen their national peacebuilding and "
        "sustaining peace efforts by:\n\n(i) Assisting Member States in building their national capacities;\n\n(ii) "
        "Inviting international financial institutions and regional development banks to engage in relevant "
        "country-specific discussions;\n\n(c) Considering, where appropriate, referring countries to the "
        "Peacebuilding Commission;\n\n(d) Requesting the Peacebuilding Commission to continue reviewing its working "
        "methods and practices, and also requesting the Commission to report back in the context of its annual "
        "report;",
        [(1, "requests", ("PeacebuildingCommission",))] * 4,
    ),
    (  # heldout32 23 op 2: the head asks the Member States, the gerunds are their means
        "2. Urges Member States to continue their efforts to implement the outcome by, inter alia:\n\n(a) "
        "Encouraging Member States to consider adopting measures;\n\n(b) Requesting the Secretary-General to "
        "report;",
        [(2, "urges", ("MemberStates",))],
    ),
    (  # S/RES/2382 (2017) op 10: a gerund that names no one
        "10. Recognizes the importance of United Nations Policing by:\n\n(a) Encouraging the inclusion of United "
        "Nations Policing issues in briefings of the Special Representatives of the Secretary-General;",
        [],
    ),
    (  # a head that ends in no "by:"
        "3. Welcomes the following initiatives:\n\n(a) Requesting the Secretary-General to report;",
        [],
    ),
    (  # a head that asks someone and ends "by:": the gerunds are the Member States' means (asked_none)
        "2. Urges Member States to continue their efforts to implement the outcome by:\n\n(a) Encouraging Member "
        "States to consider adopting measures;\n\n(b) Requesting the Secretary-General to report;",
        [(2, "urges", ("MemberStates",))],
    ),
    (  # a head that praises another's act: the Secretary-General's means, no mandate of the Council (review55 1)
        "7. Welcomes the efforts of the Secretary-General to strengthen the protection of civilians, including by:"
        "\n\n(a) Encouraging Member States to develop national policy frameworks;\n\n(b) Urging all parties to "
        "armed conflict to comply with international humanitarian law;",
        [],
    ),
    (  # the Commission's past work, praised
        "5. Commends the Peacebuilding Commission for its work in support of national efforts over the past year, "
        "including by:\n\n(a) Encouraging Member States to share their experiences;\n\n(b) Inviting international "
        "financial institutions to engage in country-specific discussions;",
        [],
    ),
    (  # A/HRC/RES/57/23 op 9's wording, without its own "and encourages them to continue to do so"
        "9. Recognizes the contribution that national human rights institutions have made to the promotion and "
        "protection of human rights by exercising their mandates consistent with the Paris Principles, including by:"
        "\n\n(a) Independently assisting and advising the State;\n\n(b) Encouraging States to ratify international "
        "human rights treaties;",
        [],
    ),
    (  # an annex's lettered points are not the means of the last head (review55 2)
        DETERMINATION + "(a) Requesting the Secretary-General to seek the inclusion of key provisions;\n\nAnnex\n\n"
        "Guidelines\n\n2. The Panel shall:\n\n(a) Requesting the Secretary-General to report every month;",
        [(5, "requests", ("SecretaryGeneral",))],
    ),
    (  # "(h) ... by:" then a roman "(i)", "(ii)": the Commission's means, not "(i)" the next point (review55 3)
        PBC
        + "".join(f"({c}) Requesting the Peacebuilding Commission to meet;\n\n" for c in "abcdefg")
        + "(h) Requesting the Peacebuilding Commission to support Member States by:\n\n(i) Assisting Member States "
        "in building their national capacities;\n\n(ii) Inviting international financial institutions to engage in "
        "relevant discussions;\n\n(i) Requesting the Department of Global Communications to raise awareness;",
        [(1, "requests", ("PeacebuildingCommission",))] * 8 + [(1, "requests", ("DGC",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_gerund_points_of_a_head_that_asks_no_one(text, expected):
    r = resolution(text, date="2025-11-20", organ="SC")
    assert mandates(r, "op", "verb", "addressees") == expected


def test_gerunds_of_a_long_run_of_spaces_are_read_in_linear_time():
    import time

    from resgraph.extract import means_items
    from resgraph.vocab import load

    start = time.perf_counter()
    for text in (" " * 20000 + "and x", "," + " " * 20000 + "and requestin", "x" + ", " * 10000 + "and inviting"):
        means_items.hits(text, load())
    assert time.perf_counter() - start < 1.0
