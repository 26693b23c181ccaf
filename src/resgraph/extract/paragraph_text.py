"""The text of a paragraph as the segmenter builds it from its lines: the lines joined by one space,
footnote markers taken out (kept with their place), and every piece mapped back to where it stands in
the source text, so that a span of the paragraph is a span of the file.

Split from segment.py, which decides which lines make which paragraph.
"""

from __future__ import annotations

import re

MARKER = re.compile(r"\s?\[\^(\w+)\]")


def source_lines(text: str) -> list[tuple[str, int]]:
    """(line, start) of each line: a Line is made only for the header, most lines being blank or
    a paragraph's."""
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append((raw, pos))
        pos += len(raw) + 1
    return out


class ParagraphBuilder:
    """Accumulates the lines of one paragraph and the map of its text back to the source."""

    def __init__(
        self, kind: str, part: str, number: int | None = None, label: str | None = None, parent: int | None = None
    ):
        self.kind, self.part, self.number, self.label, self.parent = kind, part, number, label, parent
        self.text = ""
        self.pieces: list[tuple[int, int, int]] = []
        self.markers: list[tuple[str, int]] = []
        self.lines = 0
        self.section = 0  # the part of a multi-part resolution it stands in (segment._Paragraphs.section)

    def add(self, line: tuple[str, int], skip: int = 0) -> None:
        raw, start = line[0][skip:], line[1] + skip
        lead_ws = len(raw) - len(raw.lstrip())
        raw, start = raw.strip(), start + lead_ws
        if not raw:
            return
        if self.text:
            self.text += " "
        pos = 0
        for m in MARKER.finditer(raw) if "[^" in raw else ():  # a marker is rare; MARKER tries every position
            self._piece(raw[pos : m.start()], start + pos)
            self.markers.append((m.group(1), len(self.text)))
            pos = m.end()
        self._piece(raw[pos:], start + pos)
        self.lines += 1

    def drop_lead(self, n: int) -> None:
        """Take the text's first n characters out (a stray mark before its first word, `kinds.stray_marks`), and the
        spaces after them: the pieces and markers move with the text, so that a span still maps to its source."""
        n += len(self.text[n:]) - len(self.text[n:].lstrip())
        if n <= 0:
            return
        self.text = self.text[n:]
        pieces = []
        for t, s, k in self.pieces:
            cut = min(max(n - t, 0), k)  # the piece's characters among the n dropped
            if k > cut:
                pieces.append((t + cut - n, s + cut, k - cut))
        self.pieces = pieces
        self.markers = [(m, max(at - n, 0)) for m, at in self.markers]

    def _piece(self, chunk: str, src: int) -> None:
        if chunk:
            self.pieces.append((len(self.text), src, len(chunk)))
            self.text += chunk

    @property
    def empty(self) -> bool:
        return not self.text.strip()
