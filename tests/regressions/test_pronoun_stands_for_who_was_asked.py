"""'and calls on them' (S/RES/2463 (2019) op 4, 2502, 2556, 2612) took the team of international
experts, a body the previous task named ("implement the recommendations made by the team of
international experts"), once the vocabulary knew it: a pronoun took the first actor named since
the previous mandate's addressees, objects of that mandate's task included ("Calls upon the parties
to cooperate with the ICRC, and calls upon them": the ICRC; "Encourages States to improve diversity
within law enforcement agencies, and urges them": the agencies). It now stands for whom the previous
mandate asked, unless a clause of the organ's own comes between ("..., further welcomes the
Government of the DRC's continued cooperation ..., and calls on them"), when it is who the last such
clause names first (an alias qualifying a report names no one: "notes the UNAMA report"), or the
paragraph's opening clause ("Condemns ... the decision of the Taliban ..., and calls upon it"); "the
latter" stays the last named, a demonstrative group ("those stakeholders") what the text names."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 1325 (2000),\n\n1. "

CASES = [
    # S/RES/2463 (2019) op 4
    (
        SC,
        "Welcomes the commitments of the DRC authorities in that regard, requests the Government of the Democratic "
        "Republic of the Congo to implement all the recommendations made by the team of international experts in its "
        "report, and to cooperate with the team of two international human rights experts; further welcomes the "
        "Government of the DRC’s continued cooperation with the United Nations team deployed, as agreed, to assist the "
        "Congolese authorities investigations into the deaths of the two UN experts in March 2017, and calls on them to "
        "ensure all perpetrators are brought to justice and held accountable;",
        [("requests", ("state:COD",)), ("calls-upon", ("state:COD",))],
    ),
    # A/RES/79/98 op 5: who was asked, not the body of the task
    (
        GA,
        "Calls upon the parties to cooperate with the International Committee of the Red Cross, and calls upon them "
        "to abide by their obligations under international humanitarian law;",
        [("calls-upon", ("PartiesToConflict",)), ("calls-upon", ("PartiesToConflict",))],
    ),
    # A/RES/74/136 op 36
    (
        GA,
        "Encourages States to improve diversity within law enforcement agencies, and urges them to take all "
        "appropriate measures;",
        [("encourages", ("States",)), ("urges", ("States",))],
    ),
    # A/RES/75/30 op 6
    (
        GA,
        "Calls upon the African States parties to the Treaty that have not yet done so to conclude comprehensive "
        "safeguards agreements with the International Atomic Energy Agency, and encourages them to conclude "
        "additional protocols;",
        [("calls-upon", ("StatesParties",)), ("encourages", ("StatesParties",))],
    ),
    # S/RES/1701 (2006) op 6: "it" is who was asked, not the last one named
    (
        SC,
        "Calls on the international community to take immediate steps to extend its financial and humanitarian "
        "assistance to the Lebanese people, including, under the authority of the Government of Lebanon, reopening "
        "airports and harbours, and calls on it also to consider further assistance in the future;",
        [("calls-upon", ("InternationalCommunity",)), ("calls-upon", ("InternationalCommunity",))],
    ),
    # A/RES/74/154 op 20
    (
        GA,
        "Requests the Secretary-General and the United Nations High Commissioner for Human Rights to provide all the "
        "resources necessary for the effective fulfilment of the mandate of the Special Rapporteur, and also requests "
        "them to pay due attention to the matter;",
        [
            ("requests", ("SecretaryGeneral", "HighCommissionerHumanRights")),
            ("requests", ("SecretaryGeneral", "HighCommissionerHumanRights")),
        ],
    ),
    # E/RES/2022/7 op 46: a clause of the organ's own comes between; "and of" goes on with the list
    (
        GA,
        "Calls upon the international community to strengthen multilateral cooperation, by making use of special "
        "drawing rights and its voluntary channelling allocation to countries most in need, and recognizes the role "
        "of the United Nations and of the international financial institutions, in accordance with their respective "
        "mandates, and encourages them to continue to support global efforts;",
        [
            ("calls-upon", ("InternationalCommunity",)),
            ("encourages", ("UNSystemEntities", "InternationalFinancialInstitutions")),
        ],
    ),
    # S/RES/2145 (2014) op 31 (the gold): the alias of a report is no one
    (
        SC,
        "Recognizes the progress made by ISAF and other international forces in minimizing the risk of civilian "
        "casualties, notes the 8 February 2014 UNAMA report on the protection of civilians in armed conflict, and "
        "calls on them to continue to take robust efforts in this regard;",
        [("calls-upon", ("ISAF",))],
    ),
    # A/HRC/RES/56/5 op 7: not the organ that decides (the decision names those invited too: heldout33 27 op 7,
    # tests/regressions/test_decision_to_invite_representatives.py)
    (
        GA,
        "Decides to invite representatives of the Committee on the Rights of the Child to attend sessions of the "
        "working group as resource persons, and invites them to submit input to the working group;",
        [("decides", ("TreatyBodies",)), ("invites", ("TreatyBodies",))],
    ),
    # A/HRC/RES/57/3 op 20: the paragraph's opening clause names the Taliban first
    (
        GA,
        "Condemns in the strongest terms the recent decision of the Taliban to no longer grant access to the Special "
        "Rapporteur on the situation of human rights in Afghanistan, and calls upon it to reverse its decision;",
        [("calls-upon", ("PartiesToConflict",))],
    ),
    # S/RES/1636 (2005) op 8: "decides that it" is the organ deciding
    (
        SC,
        "Welcomes in this regard the decision of the Secretary-General to extend the mandate of the Commission, and "
        "decides that it will extend the mandate further if recommended by the Commission;",
        [("decides", ("SecurityCouncil",))],
    ),
    # E/RES/2022/21 op 13, S/RES/2174 (2014) op 4: a pronoun whose "that" clause goes on in the passive
    # or with "apply" stands for things (leaflets, measures)
    (
        GA,
        "Requests the Department of Global Communications to continue the publication of an informational leaflet, "
        "and requests that they be disseminated as widely as possible;",
        [("requests", ("DGC",)), ("requests", ())],
    ),
    (
        SC,
        "Reaffirms the measures imposed by the Committee, and decides that they shall also apply to individuals and "
        "entities determined by the Committee;",
        [("decides", ("SecurityCouncil",))],
    ),
    # A/RES/80/149 op 27: "the latter" is the last named
    (
        GA,
        "Reiterates the call for multilateral development banks to present options, in consultation with the "
        "Secretary-General, and requests the latter to update Member States on progress;",
        [("calls-upon", ("InternationalFinancialInstitutions",)), ("requests", ("SecretaryGeneral",))],
    ),
]


@pytest.mark.parametrize("pre,text,expected", CASES)
def test_pronoun_stands_for_who_was_asked(pre, text, expected):
    r = snippet(pre + text + "\n")
    assert mandates(r, "verb", "addressees") == expected
