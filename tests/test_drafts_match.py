"""Draft matching meets each draft only with the resolutions of its organ and sessions (an index,
not every pair): the links must be those of comparing every pair, and reading the candidates back
from a spool file must not change them."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from resgraph.graph import drafts
from resgraph.graph.drafts import Candidate

WORDS = ["peace", "security", "development", "women", "children", "ocean", "climate", "trade"]
ORGANS = st.sampled_from([None, "GA", "SC", "ECOSOC"])
SESSIONS = st.lists(st.integers(60, 63), max_size=2, unique=True).map(tuple)
TEXTS = st.lists(st.sampled_from(WORDS), min_size=4, max_size=12).map(" ".join)
YEARS = st.one_of(st.none(), st.integers(2000, 2003))


@st.composite
def candidate(draw, i: int) -> Candidate:
    is_draft = draw(st.booleans())
    title = draw(st.sampled_from(["", "oceans and the law of the sea", "rights of the child", "peace"]))
    return Candidate(f"https://x/{i}", is_draft, draw(ORGANS), draw(SESSIONS), title, draw(TEXTS), draw(YEARS))


def every_pair(cands: list[Candidate], threshold: float) -> list[tuple[str, str, float]]:
    """The matching as it was before the index: every draft against every adopted resolution."""
    scored = []
    for d in (c for c in cands if c.is_draft and c.text):
        for a in (c for c in cands if not c.is_draft and c.text):
            la, ld = len(a.text), len(d.text)
            if a.iri != d.iri and min(la, ld) >= 0.5 * max(la, ld):
                s = drafts.score(d, a)
                if s >= threshold:
                    scored.append((s, d.iri, a.iri))
    out, used_d, used_a = [], set(), set()
    for s, d_iri, a_iri in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        if d_iri not in used_d and a_iri not in used_a:
            used_d.add(d_iri)
            used_a.add(a_iri)
            out.append((d_iri, a_iri, round(s, 4)))
    return sorted(out)


@settings(max_examples=200, deadline=None)
@given(st.integers(2, 30).flatmap(lambda n: st.tuples(*(candidate(i) for i in range(n)))))
def test_indexed_matching_links_what_comparing_every_pair_links(cands):
    cands = list(cands)
    expected = every_pair(cands, 0.6)
    assert drafts.match(cands, 0.6) == expected
    wanted = drafts.with_plausible_draft(cands)
    assert wanted == {
        a.iri for a in cands if not a.is_draft and any(drafts.plausible(d, a) for d in cands if d.is_draft)
    }


def test_spooled_candidates_match_as_in_memory(tmp_path):
    cands = [
        Candidate("https://x/d1", True, "GA", (61, 62), "rights of the child", "peace security women children ocean"),
        Candidate("https://x/a1", False, "GA", (62,), "rights of the child", "peace security women children ocean"),
        Candidate("https://x/a2", False, "GA", (60,), "rights of the child", "peace security women children ocean"),
        Candidate("https://x/a3", False, "SC", (62,), "rights of the child", "peace security women children ocean"),
        Candidate("https://x/d2", True, None, (), "peace", "trade climate ocean peace"),
        Candidate("https://x/a4", False, "SC", (), "peace", "trade climate ocean peace"),
    ]
    with drafts.spool_file(tmp_path) as f:
        assert f is not None
        drafts.spool(cands, f)
        f.flush()
        links = drafts.match_spooled(f.name)
    assert (
        links == drafts.match(cands) == [("https://x/d1", "https://x/a1", 1.0), ("https://x/d2", "https://x/a4", 1.0)]
    )
    assert not list(tmp_path.iterdir())  # the spool is removed


def test_the_first_texts_normalised_are_the_whole_text_normalised():
    """A candidate's text is normalised from its first paragraphs only: the same as the whole."""
    from resgraph.graph.drafts import TEXT_CHARS, _norm_joined, match_text

    rng = random.Random(3)
    words = ["Requests", "the", "Secretary-General,", "[^12]", "  ", "Σ", "report;", "\n", "ΣΑΣ", "(a)", "İ"]
    for _ in range(200):
        texts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 900))) for _ in range(rng.randint(0, 12))]
        assert _norm_joined(texts) == match_text(" ".join(texts))
        assert len(_norm_joined(texts)) <= TEXT_CHARS


def test_a_draft_and_resolutions_without_sessions_meet_in_the_drafts_year_or_the_next():
    """The Security Council numbers no sessions: its drafts meet the resolutions of their year or
    the next (an undated one meets every one), not every resolution it ever adopted."""
    text = "peace security women children ocean"
    draft = Candidate("https://x/d", True, "SC", (), "", text, 2005)
    cases = [(2004, False), (2005, True), (2006, True), (2007, False), (None, True)]
    for year, fits in cases:
        adopted = Candidate("https://x/a", False, "SC", (), "", text, year)
        assert drafts.plausible(draft, adopted) is fits, year
        assert (drafts.match([draft, adopted]) != []) is fits, year
    undated = Candidate("https://x/u", True, "SC", (), "", text)
    assert drafts.match([undated, Candidate("https://x/a", False, "SC", (), "", text, 1990)]) != []
    # a resolution with a session is met by a draft without one whatever its year
    assert drafts.plausible(draft, Candidate("https://x/g", False, "SC", (12,), "", text, 1990))


def test_a_spool_already_removed_leaves_the_builds_own_error_standing(tmp_path):
    """A bulk load that fails on a full disk cleans the store's folder, spool included; the
    error raised must stay 'No space left on device', not the spool file's absence (as at 40,000
    resolutions, where it hid the full disk)."""
    import pytest

    with pytest.raises(OSError, match="No space left"), drafts.spool_file(tmp_path) as f:
        assert f is not None
        Path(f.name).unlink()
        raise OSError(28, "No space left on device")
    assert not list(tmp_path.iterdir())
