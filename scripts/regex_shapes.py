#!/usr/bin/env python3
"""Quantifier shapes that may backtrack super-linearly in the extractor's patterns (issue 8), for a person to check
at each pattern's call site with tests/growth.py.

Reads every compiled module-level pattern of resgraph.extract (and dicts of them) with the re parser and lists:
two unbounded repeats that can touch (only optional items between) and read a common character ("adjacent", as
"\\s*,?\\s*"), a repeated group whose body can end and start with repeats reading a common character ("nested", as
"(?:\\w+\\s*)*"), and the patterns that open with an unbounded repeat (read again from each start by search or
finditer). Possessive repeats and atomic groups are not backtracked into and count as neither. A shape is a
candidate, not a finding: what follows a repeat, a bound on the text at the call site or a literal between the two
can keep it linear. Characters are judged on a sample alphabet (spaces, punctuation, digits, letters).

    PYTHONPATH=src python scripts/regex_shapes.py
"""

from __future__ import annotations

import collections
import importlib
import pkgutil
import re
from re import _constants as C  # noqa: N812
from re import _parser as P  # noqa: N812

import resgraph.extract as pkg

SAMPLE = " \t\n\xa0,;:.()-'\u2019\u2010/_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\"[]"
UNB = C.MAXREPEAT


def atom_chars(op, av, flags):  # noqa: C901
    """sample chars an atom can match (approx)"""

    def cat(c, ch):
        name = str(c)
        if "DIGIT" in name:
            r = ch.isdigit()
        elif "SPACE" in name:
            r = ch.isspace()
        elif "WORD" in name:
            r = ch.isalnum() or ch == "_"
        else:
            r = False
        return (not r) if "NOT" in name else r

    out = set()
    for ch in SAMPLE:
        cands = {ch, ch.lower(), ch.upper()} if flags & re.I else {ch}
        ok = False
        for c in cands:
            if op is C.LITERAL:
                ok |= ord(c) == av
            elif op is C.NOT_LITERAL:
                ok |= ord(c) != av
            elif op is C.ANY:
                ok |= c != "\n" or bool(flags & re.S)
            elif op is C.CATEGORY:
                ok |= cat(av, c)
            elif op is C.IN:
                neg = False
                hit = False
                for o, a in av:
                    if o is C.NEGATE:
                        neg = True
                    elif o is C.LITERAL:
                        hit |= ord(c) == a
                    elif o is C.RANGE:
                        hit |= a[0] <= ord(c) <= a[1]
                    elif o is C.CATEGORY:
                        hit |= cat(a, c)
                ok |= hit != neg
        if ok:
            out.add(ch)
    return out


class Rep:
    def __init__(self, chars, text, lo, hi):
        self.chars, self.text, self.lo, self.hi = chars, text, lo, hi


def chars_of(seq, flags):
    s = set()
    for op, av in seq:
        if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.CATEGORY, C.IN):
            s |= atom_chars(op, av, flags)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            s |= chars_of(av[2], flags)
        elif op is C.SUBPATTERN:
            s |= chars_of(av[3], av[1] | flags & ~av[2] if av[1] or av[2] else flags)
        elif op is C.ATOMIC_GROUP:
            s |= chars_of(av, flags)
        elif op is C.BRANCH:
            for b in av[1]:
                s |= chars_of(b, flags)
        elif op is C.GROUPREF:
            s |= set(SAMPLE)
    return s


def nullable(seq):
    for op, av in seq:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if av[0] == 0 or nullable(av[2]):
                continue
            return False
        if op is C.SUBPATTERN:
            if nullable(av[3]):
                continue
            return False
        if op is C.ATOMIC_GROUP:
            if nullable(av):
                continue
            return False
        if op is C.BRANCH:
            if any(nullable(b) for b in av[1]):
                continue
            return False
        return False
    return True


findings = []


def ends(seq, flags, first, atomic=False):
    """unbounded repeats that can be at the start (first) / end of a match of seq"""
    out = []
    items = seq if first else list(reversed(seq))
    for op, av in items:
        out += ends_item(op, av, flags, first)
        if not nullable([(op, av)]):
            break
    return out


def ends_item(op, av, flags, first):
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        r = []
        if av[1] == UNB:
            r.append(Rep(chars_of(av[2], flags), None, av[0], av[1]))
        return r + ends(av[2], flags, first)
    if op is C.POSSESSIVE_REPEAT or op is C.ATOMIC_GROUP:
        return []  # no backtracking into it
    if op is C.SUBPATTERN:
        f = av[1] | flags & ~av[2] if (av[1] or av[2]) else flags
        return ends(av[3], f, first)
    if op is C.BRANCH:
        r = []
        for b in av[1]:
            r += ends(b, flags, first)
        return r
    return []


def walk(seq, flags, where):  # noqa: C901
    # adjacent: item i's end repeats vs item j's start repeats, items between nullable
    for i in range(len(seq)):
        last = ends_item(*seq[i], flags, False)
        if not last:
            pass
        for j in range(i + 1, len(seq)):
            first = ends_item(*seq[j], flags, True)
            for a in last:
                for b in first:
                    common = a.chars & b.chars
                    if common:
                        findings.append((where, "adjacent", "".join(sorted(common))[:12]))
            if not nullable([seq[j]]):
                break
    for op, av in seq:
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            if av[1] == UNB or av[1] > 1:
                last, first = ends(av[2], flags, False), ends(av[2], flags, True)
                for a in last:
                    for b in first:
                        common = a.chars & b.chars
                        if common and (av[1] == UNB or a.hi == UNB):
                            findings.append((where, "nested", "".join(sorted(common))[:12]))
            walk(av[2], flags, where)
        elif op is C.SUBPATTERN:
            walk(av[3], av[1] | flags & ~av[2] if (av[1] or av[2]) else flags, where)
        elif op is C.BRANCH:
            for b in av[1]:
                walk(b, flags, where)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            walk(av[1], flags, where)
        elif op is C.ATOMIC_GROUP:
            walk(av, flags, where)


seen = set()
leading = []
for m in pkgutil.iter_modules(pkg.__path__):
    mod = importlib.import_module(f"resgraph.extract.{m.name}")
    for name, v in vars(mod).items():
        objs = []
        if isinstance(v, re.Pattern):
            objs = [(name, v)]
        elif isinstance(v, dict):
            objs = [(f"{name}[{k!r}]", x) for k, x in v.items() if isinstance(x, re.Pattern)]
        for nm, pat in objs:
            if id(pat) in seen:
                continue
            seen.add(id(pat))
            where = f"{m.name}.{nm}"
            tree = P.parse(pat.pattern, pat.flags)
            walk(list(tree), pat.flags, where)
            if ends(list(tree), pat.flags, True):
                leading.append(where)


by = collections.OrderedDict()
for w, kind, common in findings:
    by.setdefault(w, set()).add(f"{kind}[{common}]")
print(f"{len(seen)} patterns; {len(by)} with a nested or adjacent unbounded pair")
for w, ks in by.items():
    print(f"  {w}: {', '.join(sorted(ks))}")
print(f"{len(leading)} open with an unbounded repeat (re-read per start under search/finditer):")
print("  " + " ".join(leading))
