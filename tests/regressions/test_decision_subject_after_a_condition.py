"""heldout24 (its README's misses): decisions naming who acts were read as the deciding organ's own.

- A condition before the subject, its "then" after the comma: "Decides that, if a Member State determines that an
  individual ... is working on behalf of ... a designated individual or entity ..., then Member States shall expel the
  individual" (S/RES/2270 (2016) op 14; 2321 (2016) op 33, 2094 (2013) op 10): the States, not the Council.
- A condition on paragraphs applying, with no comma after it: "Decides that where paragraphs 25 or 26 apply the
  supplying State or international, regional or sub-regional organisation shall ... submit to the Committee a
  post-delivery notification" (S/RES/2607 (2021) op 33; "where paragraphs 10 or 11 apply, that the FGS shall",
  S/RES/2498 (2019) op 16): the supplier, a State or an organisation (countries.yaml `groups`), as in the Somalia texts'
  "the State or international, regional or subregional organisation delivering ... may" (S/RES/2551 (2020) op 14).
- A passive of "hold" with its agent: "the global review and appraisal will be held by the Commission for Social
  Development" (E/RES/2025/8 op 3): the Commission; "and further decides to invite a representative of older persons
  to deliver a statement": who is invited (CivilSociety, as heldout7 29 op 6's older persons).
- Not a request: "require an advance approval by the Committee ..., requests for which shall be submitted ... by the
  FGS or the State or international, regional or subregional organisation" (S/RES/2607 (2021) op 23): a relative after
  the noun's "for", no one asked.
The Council's own action after a condition stays the Council's ("if the Committee has not acted, then the Security
Council will complete action", S/RES/1874 (2009) op 24).
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "SC",
        "14. Decides that, if a Member State determines that an individual who is not a national of that State is "
        "working on behalf of or at the direction of a designated individual or entity or assisting the evasion of "
        "sanctions or violating the provisions of resolutions 1718 (2006), 1874 (2009), 2087 (2013), 2094 (2013) or "
        "this resolution, then Member States shall expel the individual from their territories for the purpose of "
        "repatriation to the individual’s state of nationality;",
        [("decides", {"MemberStates"})],
    ),
    (
        "SC",
        "10. decides that, if such an individual is a DPRK national, then States shall expel the individual from their "
        "territories for the purpose of repatriation to the DPRK;",
        [("decides", {"States"})],
    ),
    (
        "SC",
        "24. decides that, if the Committee has not acted, then the Security Council will complete action to adjust "
        "the measures within seven days of receiving that report;",
        [("decides", {"SecurityCouncil"})],
    ),
    (
        "SC",
        "33. Decides that where paragraphs 25 or 26 apply the supplying State or international, regional or "
        "sub-regional organisation shall, no later than 30 days after the delivery of weapons and military equipment, "
        "submit to the Committee a post‑delivery notification in the form of written confirmation of the completion of "
        "any delivery to the SSSI, and inform the FGS in parallel;",
        [("decides", {"States", "InternationalOrganizations"})],
    ),
    (
        "SC",
        "16. Decides that where paragraphs 10 or 11 apply, that the FGS shall no later than 30 days after the delivery "
        "of weapons and military equipment, submit to the Committee a post-delivery notification;",
        [("decides", {"state:SOM"})],
    ),
    (
        "SC",
        "15. Decides that a State or international, regional or subregional organisation delivering any weapon and "
        "military equipment to Somali security sector institutions other than those of the FGS, pursuant to paragraph "
        "10 or 12, has responsibility for seeking approval from or notifying the Committee;",
        [("decides", {"States", "InternationalOrganizations"})],
    ),
    (
        "SC",
        "2. Decides that the supplying Member State or international, regional or subregional organisation is primarily "
        "responsible for notifying the Committee and that such notification must be in advance of the delivery of any "
        "supplies or provision of assistance;",
        [("decides", {"MemberStates", "InternationalOrganizations"})],
    ),
    (
        "ECOSOC",
        "3. Also decides that the global review and appraisal will be held by the Commission for Social Development on "
        "the third day of its sixty-sixth session, in 2028, and further decides to invite a representative of older "
        "persons to deliver a statement during the opening segment;",
        [("decides", {"CSocD"}), ("decides", {"CivilSociety"})],
    ),
    (
        "SC",
        "23. Reaffirms that deliveries of items in Annex A to this resolution, intended solely for the development of "
        "SNSF, to provide security for the Somali people, require an advance approval by the Committee on a "
        "case-by-case basis, requests for which shall be submitted at least five working days in advance by the FGS or "
        "the State or international, regional or subregional organisation delivering assistance;",
        [],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_decision_subject_after_a_condition(organ, text, expected):
    r = resolution(text, date="2021-12-21", organ=organ)
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
