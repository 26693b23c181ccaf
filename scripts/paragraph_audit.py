#!/usr/bin/env python3
"""Audit of the reader and segmenter: the operative paragraphs each Akoma Ntoso file numbers itself
against the operative paragraphs resgraph reads from it.

The reference is taken from the XML, independently of resgraph's reader: in each <mainBody> (the
resolution's own, the parts of a collection, a draft the text recommends in a component or in an
<embeddedStructure>), every <paragraph> whose <num> is a number ("12.", "12") is an operative
paragraph, and so is one without <num> whose text opens with its number ("6.\u200e Reaffirms");
a mainBody without any numbered paragraph has its unnumbered paragraphs as op 0. Lettered items
("(a)", "b.", "(iv)", "(1)") inside a paragraph, or following it at the top level of the mainBody,
are its sub-paragraphs. An annex inside the mainBody (a heading "Annex ...", or numbers from 1 again
after "remain seized") ends the operative part. Quoted structures are text, not paragraphs.

resgraph's side is `segment(read(file))`: blocks of kind operative (part main or draft) and the
sub-paragraph blocks after each. The two sequences are aligned by text (normalised words), and each
reference paragraph is classed:

    ok           found whole, with its number and its sub-paragraphs
    dropped      no operative paragraph of resgraph holds its text (by what it became: as_preambular,
                 as_other, as_annex, as_subparagraph, absent)
    merged       its text is inside the operative paragraph of another (the one before)
    misnumbered  found, with another number
    truncated    found, resgraph's text a strict prefix of the paragraph's own text
    differs      found by its opening words, the rest of the text differs
    overlong     found, with more words after its own (a heading, an item, the next text read into it)
    subs_lost    found, fewer of its lettered items found among resgraph's sub-paragraphs or its text
    subs_misparented  found, with sub-paragraphs whose `parent` is another paragraph's number
and each operative paragraph of resgraph that no reference paragraph matches:
    split        its text is a piece of a reference paragraph's
    extra        any other (a quoted paragraph, an annex's paragraph read as operative)

    python scripts/paragraph_audit.py [ROOT=/tmp/cf-open] [--show CLASS] [--n 20] [--json OUT]
        [--files GLOB]

Prints the counts per class (paragraphs and files) and, with --show, examples of one class.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lxml import etree  # noqa: E402

from resgraph.errors import InputError  # noqa: E402
from resgraph.extract.kinds import lead  # noqa: E402
from resgraph.extract.read import _latin_lookalikes, read  # noqa: E402
from resgraph.extract.segment import segment  # noqa: E402
from resgraph.vocab import load  # noqa: E402

NS = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
NUMBER = re.compile(r"^\s*(\d{1,4})\s*\.?\s*$")
# a number typed into the text, its full stop or its space lost at times ("11\tCondemns", "232 .Recognizes")
TEXT_NUMBER = re.compile(
    r"^\s*(\d{1,3})(?:\s*\.[\s\u200b-\u200f\u2060\ufeff]*|[\s\u200b-\u200f\u2060\ufeff]+\.?\s*)(?=[A-Z“\"‘(])"
)
LABEL = re.compile(r"^\s*[“\"]?\(?([a-z]{1,3}|[ivxl]{1,6}|\d{1,2})[.)]")
TEXT_LABEL = re.compile(r"^\s*[“\"]?\(([a-z]{1,2}|[ivxl]{1,6}|\d{1,2})\)\s")
ANNEX_HEAD = re.compile(r"^\W*(?:[A-Z][a-z]+\s+)?(?:Annex|ANNEX)(?:es|ES)?\b")
SEIZED = re.compile(r"\bremains?\s+(?:actively\s+)?seized\b", re.I)
SKIP = {"authorialNote", "num", "meta", "noteRef", "heading", "subheading"}


def skipped(e) -> bool:
    """A footnote, a number, or a footnote's number as a superscript."""
    name = local(e)
    return (
        name in SKIP
        or name == "#"
        or (name == "sup" and re.fullmatch(r"\s*\d{1,3}\s*", "".join(e.itertext())) is not None)
    )


NESTED = {"quotedStructure", "embeddedStructure"}
SUBS = {"point", "item", "subparagraph", "paragraph", "alinea", "indent", "clause"}


def local(el) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else "#"


def words(s: str) -> str:
    """The comparison form: lower-case words and numbers, one space apart (marks, notes, quotes gone)."""
    s = _latin_lookalikes(s)
    s = re.sub(r"\[\^\w+\]", " ", s)
    return " ".join(re.findall(r"[a-z0-9]+", s.lower()))


@dataclass
class RefPara:
    number: int
    part: str
    text: str  # its own words, sub-items and quoted structures aside
    subs: list[tuple[str, str]] = field(default_factory=list)  # (label, text)
    full: str = ""  # its whole text, items with their labels


def own_text(el, drafts: list) -> str:
    """el's text, without footnotes, numbers, lettered items and nested structures (an embedded draft is
    kept in `drafts` for its own reading)."""
    out: list[str] = []

    def go(e, top: bool) -> None:
        name = local(e)
        if skipped(e):
            pass
        elif name in NESTED:
            if name == "embeddedStructure":
                drafts.append(e)
        elif not top and _an_item(e, name):
            pass
        else:
            out.append(e.text or "")
            for c in e:
                go(c, False)
        if not top and e.tail:
            out.append(e.tail)

    go(el, True)
    return " ".join("".join(out).split())


def _an_item(e, name: str) -> bool:
    """Whether e is a lettered item (or a list of them) inside a paragraph: no words of the paragraph's own."""
    if name == "sublist" or (name in SUBS and e.find(f"{NS}num") is not None):
        return True
    return name in ("point", "item") and LABEL.match("".join(e.itertext())) is not None


def item_text(el) -> str:
    out: list[str] = []

    def go(e) -> None:
        name = local(e)
        if not skipped(e) and name not in NESTED:
            out.append(e.text or "")
            for c in e:
                go(c)
        if e is not el and e.tail:
            out.append(e.tail)

    go(el)
    return " ".join("".join(out).split())


def sub_items(el) -> list[tuple[str, str]]:
    """The lettered items inside an operative paragraph, at every depth, in order."""
    out = []
    for e in el.iterdescendants():
        if local(e) not in SUBS or any(local(a) in NESTED for a in e.iterancestors()):
            continue
        num = e.find(f"{NS}num")
        label = " ".join("".join(num.itertext()).split()) if num is not None else ""
        if num is None:
            m = TEXT_LABEL.match(item_text(e))
            if not m or local(e) not in ("point", "item"):
                continue
            label = f"({m.group(1)})"
        if not label or label in "•–-−·▪" or NUMBER.match(label):
            continue
        out.append((label, own_text(e, [])))
    return out


def reference(tree) -> list[RefPara]:
    """The operative paragraphs the XML numbers, in order (see the module's docstring)."""
    out: list[RefPara] = []
    bodies = []
    for mb in tree.iter(f"{NS}mainBody"):
        anc = [local(a) for a in mb.iterancestors()]
        if "attachment" in anc or "attachments" in anc:
            continue
        stmt = mb.getparent()
        draft = "draft" in (stmt.get("name") or "").lower() and "component" in anc
        bodies.append((mb, "draft" if draft else "main"))
    pending = list(bodies)
    while pending:
        mb, part = pending.pop(0)
        drafts: list = []
        pre = mb.getparent().find(f"{NS}preamble") if mb.tag.endswith("mainBody") else None
        if pre is not None:  # operative paragraphs marked up inside the preamble (S/RES/1991 (2011) 1-4)
            for d in pre.iterdescendants():
                dn = d.find(f"{NS}num") if local(d) in SUBS else None
                dm = NUMBER.match("".join(dn.itertext())) if dn is not None else None
                if dm:
                    out.append(RefPara(int(dm.group(1)), part, own_text(d, drafts), sub_items(d), item_text(d)))
        out.extend(_body(mb, part, drafts))
        pending[:0] = [(d, "draft") for d in drafts]
    return out


GROUPS = ("section", "part", "chapter", "hcontainer", "container", "title", "division")


def _flat(mb):
    """The mainBody's top-level paragraphs, through sections, containers and parts; a section whose
    paragraphs are all unnumbered is one op 0 ("XIX Gross jointly financed budget ..." and "Approves ...",
    A/RES/74/263), marked by a None before it."""
    for c in mb:
        name = local(c)
        if name in GROUPS and any(local(g) in ("paragraph", "section", "container") for g in c):
            kids = [g for g in c if local(g) == "paragraph"]
            if name == "section" and kids and not any(_numbered(g) for g in c.iter(f"{NS}paragraph")):
                yield None
            yield from _flat(c)
        elif name != "#":
            yield c


def _numbered(e) -> bool:
    n = e.find(f"{NS}num")
    return n is not None and NUMBER.match("".join(n.itertext())) is not None


def _body(mb, part: str, drafts: list) -> list[RefPara]:
    """The operative paragraphs of one mainBody (see the module's docstring)."""
    els = list(_flat(mb))
    paras = [e for e in els if e is not None and local(e) == "paragraph"]
    if not any(_numbered(e) or (e.find(f"{NS}num") is None and TEXT_NUMBER.match(item_text(e))) for e in paras):
        return _unnumbered(paras, part, drafts)
    out: list[RefPara] = []
    cur: RefPara | None = None
    zero = False  # in a section of unnumbered paragraphs
    for e in els:
        if e is None:
            zero, cur = True, None
            continue
        name = local(e)
        if name in ("heading", "subheading", "num"):
            continue
        if zero and name == "paragraph" and e.find(f"{NS}num") is None and item_text(e):
            if cur is None:
                cur = RefPara(0, part, own_text(e, drafts), sub_items(e), item_text(e))
                out.append(cur)
            else:
                cur.text += " " + own_text(e, drafts)
            continue
        zero = False
        step = _element(e, name, cur, part, out, drafts)
        if step is _END:
            break
        cur = step
    return out


_END = RefPara(-1, "", "")


def _element(e, name: str, cur: RefPara | None, part: str, out: list[RefPara], drafts: list) -> RefPara | None:
    """Read one element of a mainBody with numbered paragraphs: the current paragraph after it, or _END where
    the operative part ends (an annex)."""
    num = e.find(f"{NS}num") if name == "paragraph" else None
    label = " ".join("".join(num.itertext()).split()) if num is not None else ""
    text = item_text(e)
    m = NUMBER.match(label) if label else None
    tm = TEXT_NUMBER.match(text) if num is None and name == "paragraph" else None
    if m or tm:
        n = int((m or tm).group(1))  # type: ignore[union-attr]
        if cur is not None and n == 1 and cur.number > 1 and SEIZED.search(cur.text):
            return _END  # an annex numbered from 1 again
        cur = RefPara(n, part, own_text(e, drafts), sub_items(e), item_text(e))
        if tm:
            cur.text = TEXT_NUMBER.sub("", cur.text, count=1)
            cur.full = TEXT_NUMBER.sub("", cur.full, count=1)
        out.append(cur)
        return _nested(e, cur, out, drafts)
    if cur is None:
        return None
    if not cur.text and not cur.subs and name == "paragraph" and not label:
        cur.text = cur.full = own_text(e, drafts)  # "1." alone, its words the next paragraph (S/RES/1285 (2000))
        return cur
    if not label and len(text) < 200 and ANNEX_HEAD.match(text):
        return _END
    lm = TEXT_LABEL.match(text)
    if label or lm:
        cur.full += f" {label} {text}"
    if label and LABEL.match(label) and label not in "•–-−·▪":
        cur.subs.append((label, own_text(e, drafts)))
        cur.subs.extend(sub_items(e))
        return _nested(e, cur, out, drafts)
    if not label and lm:
        cur.subs.append((f"({lm.group(1)})", text[lm.end() :]))
    return cur


def _unnumbered(paras: list, part: str, drafts: list) -> list[RefPara]:
    """A mainBody without numbered paragraphs: its paragraphs one op 0, lettered ones its items; where two or
    more of them an operative verb opens, the numbers the XML lost, 1, 2, 3 ... (S/RES/1585 (2005)), each of
    them with the paragraphs after it that none opens (a list of names, S/RES/1684 (2006))."""
    v = load()
    led = [e for e in paras if item_text(e) and lead(item_text(e), v)[0] == "operative"]
    out: list[RefPara] = []
    cur: RefPara | None = None
    for e in paras:
        if not item_text(e):
            continue
        txt = own_text(e, drafts)
        if cur is None or (len(led) > 1 and e in led):
            cur = RefPara(len(out) + 1 if len(led) > 1 else 0, part, txt, sub_items(e))
            out.append(cur)
            continue
        m = TEXT_LABEL.match(txt)
        if m:
            cur.subs.append((f"({m.group(1)})", txt[m.end() :]))
        else:
            cur.text += " " + txt
    return out


def _nested(e, cur: RefPara, out: list[RefPara], drafts: list) -> RefPara:
    """The next paragraphs nested in e's list by a markup error (S/RES/1996 (2011) ops 4-28 inside op 3's
    item (b)): each a paragraph of its own, the last one the current."""
    for d in e.iterdescendants():
        dn = d.find(f"{NS}num") if local(d) in SUBS else None
        dm = NUMBER.match("".join(dn.itertext())) if dn is not None else None
        if dm and int(dm.group(1)) == cur.number + 1 and not any(local(a) in NESTED for a in d.iterancestors()):
            cur = RefPara(int(dm.group(1)), cur.part, own_text(d, drafts), sub_items(d), item_text(d))
            out.append(cur)
    return cur


@dataclass
class OurPara:
    number: int | None
    part: str
    text: str
    subs: list[tuple[str, str]]
    index: int
    strays: int = 0  # its sub-paragraphs whose parent is another paragraph's number


def ours(path: Path, v) -> tuple[list[OurPara], list]:
    """resgraph's operative paragraphs of the file, each with the sub-paragraphs after it, and all its blocks."""
    seg = segment(read(path), v)
    out: list[OurPara] = []
    blocks = [b.paragraph for b in seg.blocks]
    cur: OurPara | None = None
    for p in blocks:
        if p.kind == "operative" and p.part in ("main", "draft"):
            cur = OurPara(p.number, p.part, p.text, [], p.index)
            out.append(cur)
        elif p.kind == "subparagraph" and cur is not None and p.part == cur.part:
            cur.subs.append((p.label or "", p.text))
            cur.strays += p.parent != cur.number
        elif p.kind in ("preambular", "other", "annex") and cur is not None and p.part != cur.part:
            cur = None
    return out, blocks


KEY = 8  # words that find a paragraph


def _find(r: RefPara, key: str, mine: list[OurPara], minewords: list[str], used: set[int]) -> int | None:
    """The first unused paragraph of resgraph's that opens with key, in r's part first; by number where r
    has no words of its own (its items are all)."""
    if not key:
        return next(
            (j for j, m in enumerate(mine) if j not in used and m.number == r.number and m.part == r.part), None
        )
    fits = [j for j, mw in enumerate(minewords) if j not in used and mw.startswith(key)]
    return next((j for j in fits if mine[j].part == r.part), fits[0] if fits else None)


def _judge(r: RefPara, rw: str, m: OurPara, mw: str, where: str) -> list[tuple[str, str]]:
    """The faults of a paragraph found: its number, its text, its items."""
    fw = words(r.full)
    if fw and (mw.startswith(fw) or (fw.startswith(mw) and len(mw) > len(rw))):
        rw = mw  # the items read into the paragraph's own text
    bad = []
    if m.number != r.number:
        bad.append(("misnumbered", f"{where} read as {m.number}"))
    if len(mw) > max(len(rw), len(fw)) + 20 and (mw.startswith(rw) or mw.startswith(fw)):
        extra = mw[max(len(rw), len(fw) if mw.startswith(fw) else 0) :]
        bad.append(("overlong", f"{where} + {extra[:100]!r} ({len(extra)})"))
    if len(mw) < len(rw) and rw.startswith(mw):
        bad.append(("truncated", f"{where} read as {m.text[-60:]!r} ({len(mw)}/{len(rw)})"))
    elif not mw.startswith(rw) and not rw.startswith(mw):
        k = next((n for n, (a, b) in enumerate(zip(mw, rw, strict=False)) if a != b), 0)
        bad.append(("differs", f"{where} at {rw[max(0, k - 30) : k + 40]!r} read {mw[max(0, k - 30) : k + 40]!r}"))
    if m.strays:
        bad.append(("subs_misparented", f"{where}: {m.strays} of its items given to another paragraph"))
    if r.subs:
        theirs = " | ".join(words(t) for _, t in m.subs) + " | " + mw
        lost = [lab for lab, t in r.subs if words(t) and " ".join(words(t).split()[:KEY]) not in theirs]
        if lost:
            bad.append(("subs_lost", f"{where} lost {' '.join(lost[:8])} of {len(r.subs)}"))
    return bad or [("ok", where)]


def audit(path: Path, v) -> tuple[list[tuple[str, str]], int]:
    """[(class, detail)] of one file, and the number of reference paragraphs."""
    ref = reference(etree.parse(str(path)))
    mine, blocks = ours(path, v)
    faults: list[tuple[str, str]] = []
    used: set[int] = set()
    refwords = [words(r.text) for r in ref]
    minewords = [words(m.text) for m in mine]
    for r, rw in zip(ref, refwords, strict=True):
        key = " ".join(rw.split()[:KEY])
        hit = _find(r, key, mine, minewords, used)
        where = f"{r.part} op {r.number}: {r.text[:90]!r}"
        if hit is not None:
            used.add(hit)
            faults.extend(_judge(r, rw, mine[hit], minewords[hit], where))
            continue
        inside = next((j for j, mw in enumerate(minewords) if key and key in mw), None)
        if inside is not None:
            faults.append(("merged", f"{where} inside op {mine[inside].number}"))
            continue
        as_kind = next((p.kind for p in blocks if key and words(p.text).startswith(key)), None)
        faults.append((f"dropped_as_{as_kind}" if as_kind else "dropped_absent", where))
    for j, m in enumerate(mine):
        if j in used:
            continue
        key = " ".join(minewords[j].split()[:KEY])
        inside = next((i for i, rw in enumerate(refwords) if key and key in rw), None)
        faults.append(("split" if inside is not None else "extra", f"{m.part} op {m.number}: {m.text[:90]!r}"))
    return faults, len(ref)


def arguments(doc: str) -> argparse.Namespace:
    """The command line both corpus audits take (this one and numbering_audit.py)."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("root", nargs="?", default="/tmp/cf-open")
    ap.add_argument("--show", help="a class to print examples of")
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--json", help="write every fault, by file, here")
    ap.add_argument("--files", default="**/*.xml")
    ap.add_argument("--seed", type=int, default=1)
    return ap.parse_args()


@dataclass
class Tally:
    """Faults by class across a corpus: how many, in which files, examples, and every file's list."""

    count: Counter[str] = field(default_factory=Counter)
    files: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    every: dict[str, list] = field(default_factory=dict)

    def add(self, rel: str, faults: list[tuple[str, str]]) -> None:
        self.every[rel] = faults
        for cls, detail in faults:
            self.count[cls] += 1
            self.files[cls].add(rel)
            self.examples[cls].append(f"{rel}: {detail}")

    def show(self, a: argparse.Namespace) -> None:
        """Print a.n random examples of class a.show, and write every fault to a.json, as asked."""
        if a.show:
            pool = self.examples.get(a.show, [])
            random.seed(a.seed)
            for e in random.sample(pool, min(a.n, len(pool))):
                print(e)
        if a.json:
            Path(a.json).write_text(json.dumps(self.every, indent=0, ensure_ascii=False))


def main() -> None:
    a = arguments(__doc__)
    v = load()
    t = Tally()
    total = 0
    for path in sorted(Path(a.root).glob(a.files)):
        try:
            faults, n = audit(path, v)
        except (InputError, etree.XMLSyntaxError) as e:
            t.count["unreadable"] += 1
            t.examples["unreadable"].append(f"{path}: {e}")
            continue
        total += n
        t.add(str(path.relative_to(a.root)), faults)
    print(f"reference paragraphs: {total}")
    for cls, n in sorted(t.count.items(), key=lambda kv: (kv[0] != "ok", -kv[1])):
        print(f"  {cls:24} {n:6}  in {len(t.files[cls]):4} files")
    t.show(a)


if __name__ == "__main__":
    main()
