"""A letter the Council asks to be provided to it every six months is a written report: "Further requests the
Secretary-General ... to provide every six months the Security Council with a letter exclusively and thoroughly
focusing on: (i) information on ...; (ii) an update on the implementation of the integrated strategic framework"
(S/RES/2480 (2019) op 65, 2531 op 63, 2584 op 62) gave no report for the letter and a report for each "update" of its
contents. One item, every P6M, written; the contents none (as "a report ..., including on:")."""

from tests.snippets import reports, resolution

TEXT = """65. Further requests the Secretary-General, addressing perspectives from all relevant actors, including the SRSG, in consultation with the Force Commander, to provide every six months the Security Council with a letter exclusively and thoroughly focusing on:

(i) information on security challenges in Mali, progress in mission operations, as well as an update on discussions in the Instance de Coordination au Mali;

(ii) an update on the implementation of the integrated strategic framework referred to above;

66. Takes note of the letter of the Secretary-General dated 6 May 2019 and requests the Secretary-General to report to the Council by 1 October 2019;
"""


def test_letter_as_report():
    got = reports(resolution(TEXT, date="2019-06-28"), "op", "by", "to", "due", "every", "form")
    assert got == [
        (65, "SecretaryGeneral", "SecurityCouncil", None, "P6M", "written"),
        (66, "SecretaryGeneral", "SecurityCouncil", "2019-10-01", None, "written"),
    ]


def test_joint_letter_is_no_report():
    text = (
        "56. Decides that, in order to be circulated in a joint letter by the President of the General Assembly and the "
        "President of the Security Council pursuant to the process established in resolution 69/321, nominations of "
        "candidates must be submitted by at least one Member State;"
    )
    assert reports(resolution(text, date="2021-09-10", organ="GA"), "op") == []
