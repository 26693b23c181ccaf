"""Terms the extractor missed or misread because their words came in another order or form:
- a body set up with its time right after the verb, no comma ("Requests the Secretary-General to
  create for an initial period, thirteen months from the adoption of this resolution, in
  consultation with the Committee, a group of up to five experts", S/RES/2206 (2015) op 18,
  heldout7 16; "to establish for a period of 18 months a New York-based ... Monitoring Team",
  S/RES/1526 (2004) op 6; "to establish, in accordance with rule 28 ..., for a period of no longer
  than two years, a Committee", S/RES/1540 (2004) op 4), while "Authorizes the Member States ... to
  establish for a further period of twelve months ... a multinational stabilization force" stays
  the authorization of those States (heldout7 04 op 1);
- a monitoring team renewed as "shall continue to support the Committee for a period of twelve
  months from the date of expiration of the current mandate in December 2022" (S/RES/2665 (2022)
  op 2, heldout7 02: a month alone ends it);
- the African Union's authorizations of AMISOM, whose term is the mission's (heldout7 11 op 2,
  heldout4 01 op 9): "to maintain AMISOM until", "to maintain the deployment until ... of AMISOM",
  "to renew ... the authorization of Member States of the African Union to maintain a mission in
  Somalia, which shall be authorized to take all necessary measures to carry out the mandate set
  out in paragraph 9 of resolution 1772 (2007)" (the mission the document is about; not the
  measures of that paragraph);
- a mission's deployment extended ("Decides to extend the deployment of MONUC until 31 December
  2007", S/RES/1756 (2007)), "as a last extension of its mandate" (S/RES/1437 (2002) op 1,
  heldout7 07), a mandate extended "and modified" (S/RES/2040 (2012) op 10);
- measures imposed "for a period ending on" a date given before "that all States shall" (S/RES/2045
  (2012) op 2 and the Côte d'Ivoire embargoes of 1807 (2008), 2101, 2153, 2219)."""

import pytest

from tests.snippets import resolution, terms

AMISOM = "5. Requests the African Union to keep AMISOM, AMISOM and AMISOM informed;\n"
CASES = [
    (
        "18. Requests the Secretary-General to create for an initial period, thirteen months from the adoption of "
        "this resolution, in consultation with the Committee, a group of up to five experts (“Panel of Experts”), "
        "under the direction of the Committee;",
        "2015-03-03 S/RES/2206 (2015)",
        [(18, "establishes", "PanelOfExperts2206", "2016-04-03", "P13M")],
    ),
    (
        "6. Decides, in order to assist the Committee in the fulfilment of its mandate, to establish for a period of 18 "
        "months a New York-based Analytical Support and Sanctions Monitoring Team (hereinafter referred to as “the "
        "Monitoring Team”) under the direction of the Committee;",
        "2004-01-30",
        [(6, "establishes", "MonitoringTeam1526", None, "P18M")],
    ),
    (
        "4. Decides to establish, in accordance with rule 28 of its provisional rules of procedure, for a period of no "
        "longer than two years, a Committee of the Security Council, consisting of all members of the Council;",
        "2004-04-28",
        [(4, "establishes", "SanctionsCommittee", None, "P2Y")],
    ),
    (
        "1. Authorizes the Member States acting through or in cooperation with the EU to establish for a further "
        "period of twelve months, starting from the date of the adoption of this resolution, a multinational "
        "stabilization force (EUFOR ALTHEA) as a legal successor to SFOR;",
        "2023-11-02",
        [(1, "authorizes", "MemberStates", "2024-11-02", "P12M")],
    ),
    (
        "2. Decides, in order to assist the Committee in fulfilling its mandate, that the 1267/1988 Analytical "
        "Support and Sanctions Monitoring Team (“Monitoring Team”), established pursuant to paragraph 7 of "
        "resolution 1526 (2004), shall continue to support the Committee for a period of twelve months from the "
        "date of expiration of the current mandate in December 2022, with the mandate set forth in the annex;",
        "2022-12-16",
        [(2, "extends", "MonitoringTeam1526", "2023-12", "P12M")],
    ),
    (
        "16. Decides to authorize the Member States of the African Union to maintain AMISOM until 31 January 2010 to "
        "carry out its existing mandate;",
        "2009-05-29",
        [(16, "authorizes", "AMISOM", "2010-01-31", None)],
    ),
    (
        "1. Decides to authorize the member States of the African Union to maintain the deployment until 30 "
        "September 2011 of AMISOM, which shall be authorized to take all necessary measures to carry out its "
        "existing mandate as set out in paragraph 9 of resolution 1772 (2007);",
        "2010-12-22",
        [(1, "authorizes", "AMISOM", "2011-09-30", None)],
    ),
    (
        "2. Decides to renew for up to six months from the date of this resolution the authorization of Member "
        "States of the African Union to maintain a mission in Somalia, which shall be authorized to take all "
        "necessary measures to carry out the mandate set out in paragraph 9 of resolution 1772 (2007);\n" + AMISOM,
        "2009-01-16",
        [(2, "extends", "AMISOM", "2009-07-16", "P6M")],
    ),
    (
        "1. Decides to extend the deployment of MONUC until 31 December 2007 and authorizes the continuation until "
        "that date of up to 17,030 military personnel;",
        "2007-05-15",
        [(1, "extends", "MONUC", "2007-12-31", None)],
    ),
    (
        "1. Authorizes UNMOP to continue monitoring the demilitarization of the Prevlaka peninsula, as a last "
        "extension of its mandate, until 15 December 2002;",
        "2002-10-11",
        [(1, "extends", "UNMOP", "2002-12-15", None)],
    ),
    (
        "2. Decides, for a period ending on 30 April 2013, that all States shall take the necessary measures to "
        "prevent the direct or indirect supply, sale or transfer to Côte d’Ivoire of arms and any related materiel;",
        "2012-04-26 S/RES/2045 (2012)",
        [(2, "establishes", "S/RES/2045(2012)#2", "2013-04-30", None)],
    ),
    (  # a deployment of personnel extended by the Secretary-General authorized: his authorization
        "5. Decides to authorize the Secretary-General, further to resolution 1942 (2010), to extend until 31 March "
        "2011 the temporary deployment of up to 500 additional personnel;",
        "2010-12-20",
        [(5, "authorizes", "SecretaryGeneral", "2011-03-31", None)],
    ),
]


@pytest.mark.parametrize("text,date,expected", CASES)
def test_term(text, date, expected):
    date, _, symbol = date.partition(" ")  # the document's symbol, where its panel is the one set up
    r = resolution(text, date=date, symbol=symbol or None)
    assert terms(r, "op", "action", "of", "until", "period") == expected
