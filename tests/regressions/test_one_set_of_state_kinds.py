"""Review of stop 47, finding 9: report_reporters copied addressees.STATE_KINDS ("# as addressees.STATE_KINDS"), so
the two could drift apart; it imports the one set now. The reporter read past the States a list gives still reads as
before ("Member States and AMISOM": AMISOM)."""

from resgraph.extract import addressees, report_reporters


def test_one_set_of_state_kinds():
    assert report_reporters.STATE_KINDS is addressees.STATE_KINDS
