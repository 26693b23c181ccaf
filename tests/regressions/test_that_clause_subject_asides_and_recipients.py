"""The subject of a "that" clause: a participle set off after the subject's name ("Requests that the Secretary-General,
informed by consultations with the Sudanese Transitional Sovereign Council and other parties to the conflict, ...,
develops a proposal", heldout11 S/2024/826 op 5: the parties consulted were added) ends it; a stray comma after "that",
the subject's name right after it ("and requests that, the Secretary-General provide a written update ahead of the next
Sudan briefing", the same paragraph: the window began at a later comma and read Sudan) is read past; and a subject
followed by a passive of giving or telling receives, is not asked ("further requests that the Committee be informed of
the results of that assessment", heldout9 S/RES/2009 (2011) op 18; "demands that UNAMID be given a licence", S/RES/2003
(2011) op 12) or is appointed ("Requests that the Coordinator be appointed expeditiously", S/RES/2720 (2023) op 5), a
decision's then the organ's."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (  # heldout11 S/2024/826 op 5
        "1. Requests that the Secretary-General, informed by consultations with the Sudanese Transitional Sovereign "
        "Council and other parties to the conflict, as appropriate, as well as the African Union, develops a proposal "
        "for a compliance mechanism to facilitate the implementation of the Jeddah Declaration commitments, calls on the "
        "parties to the conflict to engage fully in this effort, and requests that, the Secretary-General provide a "
        "written update ahead of the next Sudan briefing pursuant to resolution 2715 (2023) on practical steps to "
        "support mediation efforts, including local-level cessation of hostilities;",
        [("requests", {"SecretaryGeneral"}), ("calls-upon", {"PartiesToConflict"}), ("requests", {"SecretaryGeneral"})],
    ),
    (  # heldout9 S/RES/2009 (2011) op 18
        "1. Requests the Security Council Committee established pursuant to paragraph 24 of resolution 1970 (2011) to "
        "designate individuals;\n\n2. Requests the Secretary-General to work with the Libyan authorities on an "
        "assessment, and further requests that the Committee be informed of the results of that assessment;",
        [("requests", {"SanctionsCommittee"}), ("requests", {"SecretaryGeneral"}), ("requests", set())],
    ),
    (  # S/RES/2003 (2011) op 12
        "1. Demands that UNAMID be given a licence for its own radio transmitter in line with the provisions of the "
        "Status of Forces Agreement;",
        [("demands", set())],
    ),
    (  # a decision's recipient: the organ decides
        "1. Decides that the Committee shall be informed of any such transfer;",
        [("decides", {"SecurityCouncil"})],
    ),
    (  # an appointee is not asked either (S/RES/2720 (2023) op 5 and 2524 (2020) op 4; fix57e): none, the organ
        "1. Requests the Secretary-General to appoint a Senior Humanitarian and Reconstruction Coordinator;\n\n"
        "2. Requests that the Coordinator be appointed expeditiously;\n\n"
        "3. Decides that a Deputy Special Representative should be appointed to support the SRSG;",
        [("requests", {"SecretaryGeneral"}), ("requests", set()), ("decides", {"SecurityCouncil"})],
    ),
    (  # the appointer named after "by" is asked, as a provider is (review of fa19bbf)
        "1. Decides that the members of the Panel shall be appointed by the Secretary-General;\n\n"
        "2. Decides that the Independent Expert shall be appointed by the President of the Human Rights Council;\n\n"
        "3. Requests that a Special Envoy be appointed by the Secretary-General;",
        [("decides", {"SecretaryGeneral"}), ("decides", {"PresidentHRC"}), ("requests", {"SecretaryGeneral"})],
    ),
    (  # an appointee that then acts is asked (review of fa19bbf); near miss: appointed and given, a receiver alone
        "1. Requests that the Special Envoy be appointed and report to the Council within 30 days;\n\n"
        "2. Requests that the Special Envoy be appointed and given the support needed;",
        [("requests", {"SpecialEnvoys"}), ("requests", set())],
    ),
    (  # near miss: the appointer named as the subject, active, is asked
        "1. Requests that the Special Envoy appoint a deputy expeditiously;",
        [("requests", {"SpecialEnvoys"})],
    ),
    (  # as before: an aside after "that", the subject after it; an aside with no participle "by"
        "1. Requests that, after a discussion with the Committee, the Secretary-General submit a report;\n\n"
        "2. Decides that, for Member States that have fulfilled their financial obligations, there shall be set off "
        "their respective share;\n\n"
        "3. Requests that the Secretary-General, in close coordination with the African Union, develop a plan;",
        [("requests", {"SecretaryGeneral"}), ("decides", {"SecurityCouncil"}), ("requests", {"SecretaryGeneral"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_that_clause_subject(text, expected):
    assert mandates(resolution(text, date="2024-01-01"), "verb", "addressees", as_sets=True) == expected
