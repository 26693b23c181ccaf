"""The body a participle acts through is a means, not an addressee, as after a comma: "further requests all
States contributing through the CGPCS to the fight against piracy off the coast of Somalia, including
Somalia and other States in the region, to report" (S/RES/2316 (2016) op 32 and its nine yearly twins,
1897 (2009) to 2442 (2018)) asks the States, not the Contact Group.
"""

from tests.snippets import OPENERS, mandates, snippet


def test_means_after_a_participle():
    r = snippet(
        OPENERS["SC"] + "\n\nRecalling its resolutions,\n\n1. Further requests all States contributing through the "
        "CGPCS to the fight against piracy off the coast of Somalia, including Somalia and other States in the "
        "region, to report by the same deadline;\n"
    )
    assert mandates(r, "verb", "addressees", as_sets=True) == [
        ("requests", {"States", "state:SOM", "RegionalPartners"})
    ]
