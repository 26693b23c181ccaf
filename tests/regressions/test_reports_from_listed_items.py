"""A list of reports whose items are sub-paragraphs naming whom each is from: "Requests the following reports: (a) from
the FGS, ..., by 1 March 2023 and then by 1 September 2023, reports which include: ...; (c) from the Panel of Experts:
(i) ...; (ii) a comprehensive mid-term update; and (iii) for the Security Council's consideration through the
Committee a final report by 1 October 2023" (S/RES/2662 (2022) op 47): the FGS's two reports and the Panel's were
lost (no reporter: the FGS named 280 characters before its report word, the Panel in the item above)."""

from tests.snippets import reports, resolution

TEXT = """47. Requests the following reports:

(a) from the FGS, in coordination and collaboration with FMS as appropriate, including thorough the structures of the National Security Architecture, and in accordance with paragraph 9 of resolution 2182 (2014) and as requested in paragraph 7 of resolution 2244 (2015), by 1 March 2023 and then by 1 September 2023, reports which include:

(i) a description of the structure, composition, strength and disposition of Somalia's security and police institutions;

(ii) an update on specific actions taken by Somali Government authorities to counter the financing of terrorism; and

(b) from the Secretary-General an update on progress against each indicator set out in the benchmarks by 15 September 2023;

(c) from the Panel of Experts:

(i) a comprehensive mid-term update; and

(ii) for the Security Council's consideration through the Committee a final report by 1 October 2023;

(d) from UNODC, an update on its work related to this resolution by 1 October 2023;
"""


def test_reports_from_listed_items():
    r = resolution(TEXT, date="2022-11-17")
    got = reports(r, "by", "to", "due")
    assert ("state:SOM", "SecurityCouncil", "2023-03-01") in got
    assert ("state:SOM", "SecurityCouncil", "2023-09-01") in got
    assert ("SecretaryGeneral", "SecurityCouncil", "2023-09-15") in got
    assert ("UNODC", "SecurityCouncil", "2023-10-01") in got
    # the Panel's: its mid-term update and its final report through the Committee (no FGS report from the contents)
    panel = [x for x in got if x[0] not in ("state:SOM", "SecretaryGeneral", "UNODC")]
    assert [x[2] for x in panel] == [None, "2023-10-01"]
    assert len(got) == 6
