"""Read one input file into a `SourceText` in resgraph's light markup.

The format is told from the CONTENT (the extension is only a hint): PDF (`%PDF-`), Akoma Ntoso
XML (`<akomaNtoso`), TSV (tab-separated rows whose first column is a UN symbol), Markdown (YAML
front matter, `## ` headings, `<sup>`, `[^N]`, `*italic*`), otherwise plain text (PDF text).

Every reader normalises to the same markup, which `segment.py` reads:

* paragraphs are lines or blank-line-separated blocks; operative paragraphs begin `N. `,
  sub-paragraphs `(a) `;
* footnote markers are inline `[^N]`, footnote bodies their own line `[^N]: text`;
* everything else is plain text (no `*emphasis*`, `## `, list bullets, `<sup>`).

For text-like formats (txt, md, tsv) `offsets[i]` is the index in the decoded original of
`text[i]`; characters that the reader inserted (`[^`, `]`, `: `, blank lines) point at the
place they stand for. XML and PDF texts are assembled from a structure: offsets is None.

The readers live apart: plain text, Markdown and TSV in `text.py`, Akoma Ntoso in `akn.py` (its
metadata in `akn_meta.py`), PDF in `pdf.py`; this module tells the format and dispatches.
`undocs_links` and `canonical_symbol` are re-exported here so existing imports keep working.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from pathlib import Path

from resgraph.errors import InputError
from resgraph.extract.akn import read_akn
from resgraph.extract.akn_meta import canonical_symbol, undocs_links
from resgraph.extract.pdf import read_pdf
from resgraph.extract.text import FRONT_MATTER, read_text, read_tsv
from resgraph.models import SourceText

__all__ = ["read", "read_bytes", "detect_format", "undocs_links", "canonical_symbol"]

# --------------------------------------------------------------------------------------------
# decoding and detection


_SYMBOL_CELL = re.compile(r"^[A-Z][A-Z0-9.\-]*(?:/[A-Za-z0-9.\-]+)+(?:\s*\([A-Z0-9\-]+\))?\s*$")
_MD_SIGNS = re.compile(r"(?m)^#{1,6}\s|<sup>|\[\^\w+\]")
_MD_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])[^*\n]{1,120}?(?<=[^\s*])\*(?![\w*])")
# function words: a French or Spanish text names organs and even says "Commission" as English does
# one pass for both counts, group 1 an English word (the|and|of|to; no word of one list begins
# one of the other), the words by their first letters, as a case-blind match tries each in turn
# read after a space prepended, each word with the non-word character before it (\W for \b): re
# looks for a class of characters fast, but tries a pattern that starts with \b everywhere
_LANGUAGE = re.compile(r"\W(?:(t(?:he|o)|and|of)|l(?:es|os|as)|d(?:es|el|e la|u)|e[tl]|y)\b", re.I)
# Cyrillic and Greek letters that look like Latin ones, typed inside an English word ("Сalls upon" with a
# Cyrillic С, S/RES/2341 (2017) op 4; "the Сommission of Inquiry"): read as the Latin letter, one
# character for one so that every span stays where it was. Only beside a Latin letter: a Cyrillic or
# Greek word (a Russian text, "В" as a part letter) is left as it is.
_LOOKALIKES = "АВЕКМНОРСТХаеорсухІіЈјЅѕΑΒΕΗΙΚΜΝΟΡΤΥΧΖο"
_AS_LATIN = str.maketrans(_LOOKALIKES, "ABEKMHOPCTXaeopcyxIiJjSsABEHIKMNOPTYXZo")
_LOOKALIKE_IN_WORD = re.compile(rf"(?<=[A-Za-z])[{_LOOKALIKES}]+|[{_LOOKALIKES}]+(?=[A-Za-z])")
# any look-alike at all: a class re scans a text for fast, where _LOOKALIKE_IN_WORD (a look-behind first) is tried
# at every position; nearly no text has one, and that search was 4% of the extraction time
_LOOKALIKE = re.compile(rf"[{_LOOKALIKES}]")
_RESOLUTION_WORDS = re.compile(
    r"\b(?:resolutions?|General Assembly|Council|Commission|Conference of the Parties|"
    r"Decides|Requests|Recalling|Reaffirming|Urges|Calls upon|Invites|Recommends|Encourages)\b",
    re.I,
)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _decode(data: bytes, name: str) -> str:
    """UTF-8 (BOM allowed), UTF-32 or UTF-16 with a BOM, else Windows-1252 when the bytes are not
    UTF-8. A BOM-less UTF-16 or UTF-32 text is named as such, not read as binary or as mojibake."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):  # before UTF-16: its BOM begins so
        try:
            return data.decode("utf-32")
        except UnicodeDecodeError as e:
            raise InputError(name, f"undecodable bytes (UTF-32 with errors at byte {e.start})") from None
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise InputError(name, f"undecodable bytes (UTF-16 with errors at byte {e.start})") from None
    if b"\x00" in data[:65536]:
        head = data[:4096]
        if len(head) >= 8 and any(
            sum(head[i::4].count(0) for i in zeros) > 0.9 * sum(len(head[i::4]) for i in zeros)
            for zeros in ((1, 2, 3), (0, 1, 2))
        ):
            raise InputError(name, "wrong encoding: UTF-32 text without a byte-order mark; save it as UTF-8")
        if head[1::2].count(0) > 0.9 * len(head[1::2]) or head[0::2].count(0) > 0.9 * len(head[0::2]):
            raise InputError(name, "wrong encoding: UTF-16 text without a byte-order mark; save it as UTF-8")
        raise InputError(name, "binary content, not a resolution text (NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_err = e.start
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(name, f"undecodable bytes: neither UTF-8 (bad byte at {utf8_err}) nor Windows-1252") from None


def _looks_tsv(text: str) -> bool:
    lines = [ln for ln in text.splitlines()[:200] if ln.strip()]
    if not lines:
        return False
    good = 0
    for ln in lines:
        cells = ln.split("\t")
        if len(cells) >= 4 and _SYMBOL_CELL.match(cells[0].strip()):
            good += 1
    return good >= max(1, len(lines) // 2)


def _looks_md(text: str) -> bool:
    if FRONT_MATTER.match(text):
        return True
    if _MD_SIGNS.search(text):
        return True
    return len(_MD_ITALIC.findall(text[:200000])) >= 5


def _is_pdf(data: bytes) -> bool:
    """A PDF begins with its header; readers allow junk before it within the first kilobyte, so a
    header further in counts only where the file also ends as a PDF does (a "%%EOF" marker) and is
    not a text that merely quotes "%PDF-"."""
    if data.lstrip()[:5] == b"%PDF-":
        return True
    return data[:1024].find(b"%PDF-") != -1 and b"%%EOF" in data[-2048:] and b"startxref" in data[-4096:]


def detect_format(data: bytes, text: str | None = None) -> str:
    """pdf | xml | tsv | md | txt, from the bytes (and the decoded text when given)."""
    if _is_pdf(data):
        return "pdf"
    if text is None:
        return "txt"
    start = text[:4096].lstrip("\ufeff \t\r\n")
    if "<akomaNtoso" in text[:8192] or (start.startswith("<") and re.match(r"<(?:\?xml|!--|!DOCTYPE|[A-Za-z])", start)):
        return "xml"
    if _looks_tsv(text):
        return "tsv"
    if _looks_md(text):
        return "md"
    return "txt"


# --------------------------------------------------------------------------------------------
# entry points


def read_bytes(data: bytes, name: str) -> SourceText:
    """Read the bytes of a file called `name` (used in messages and in SourceText.path).

    Raises InputError (naming the file and the reason, one line for the build's report) for an empty
    or undecodable file, a PDF or XML it cannot read (see read_pdf, read_akn), a text with no resolution
    wording, or one in French or Spanish."""
    if not data or not data.strip():
        raise InputError(name, "empty file")
    digest = _sha256(data)
    fmt = detect_format(data)
    offsets: tuple[int, ...] | None = None
    meta: list[tuple[str, str]] = []
    if fmt == "pdf":
        raw = read_pdf(data, name)
        text, _, _ = read_text(raw, "txt")
    else:
        decoded = _decode(data, name)
        if not decoded.strip():
            raise InputError(name, "empty file")
        fmt = detect_format(data, decoded)
        if fmt == "xml":
            text, meta = read_akn(data, name)
        elif fmt == "tsv":
            text, offsets, meta = read_tsv(decoded, name)
        else:
            text, offsets, meta = read_text(decoded, fmt)
    if not text.strip():
        raise InputError(name, "no text in the file")
    text = _latin_lookalikes(text)
    if not _RESOLUTION_WORDS.search(text):
        raise InputError(
            name, "not a resolution text: no English resolution wording (resolution, organ or operative verb) found"
        )
    sample = text[:20000]  # enough to tell the language
    words = _LANGUAGE.findall(" " + sample)
    other = words.count("")
    if other > len(words) - other:
        raise InputError(name, "not in English: the text reads as French or Spanish (resgraph reads the English texts)")
    return SourceText(path=name, format=fmt, text=text, sha256=digest, meta=tuple(meta), offsets=offsets)


def _latin_lookalikes(text: str) -> str:
    """text with the Cyrillic and Greek look-alikes inside Latin words made Latin (same length)."""
    if text.isascii() or not _LOOKALIKE.search(text):
        return text
    return _LOOKALIKE_IN_WORD.sub(lambda m: m.group(0).translate(_AS_LATIN), text)


def display_name(path: str | Path | bytes) -> str:
    """A path as text that any output takes (UTF-8, RDF, JSON): a name that is not UTF-8 keeps its
    odd bytes as \\xNN escapes, where the surrogates Python decodes them to broke the build."""
    s = os.fsdecode(path) if isinstance(path, bytes) else str(path)
    try:
        return s.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return s.encode("utf-8", "backslashreplace").decode("utf-8")


MAX_BYTES = 16 * 1024 * 1024
"""The largest input read (bytes): 20 times the largest resolution in corpus-full (812 KB). Larger
files are refused before they are read: extraction costs about 90 bytes of memory per input byte.
RESGRAPH_MAX_BYTES (bytes) or `--max-size` (MB) overrides it."""


def max_bytes() -> int:
    """The input size limit in force: RESGRAPH_MAX_BYTES when set to a positive integer, else MAX_BYTES."""
    try:
        n = int(os.environ.get("RESGRAPH_MAX_BYTES", ""))
    except ValueError:
        return MAX_BYTES
    return n if n > 0 else MAX_BYTES


def read(path: str | Path, limit: int | None = None) -> SourceText:
    """Read one file. Raises InputError(path, reason) for what cannot be read as a resolution:
    a file over `limit` bytes (default max_bytes()), anything but a regular file (a FIFO would
    block, /dev/zero never end), and any failure of a reader (deep nesting, memory) on it."""
    name = display_name(path)
    limit = limit or max_bytes()
    try:
        # opened without blocking (a FIFO would wait for a writer), then asked what it is
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as f:
            st = os.fstat(fd)
            if stat.S_ISDIR(st.st_mode):
                raise IsADirectoryError
            if not stat.S_ISREG(st.st_mode):
                kind = "a FIFO" if stat.S_ISFIFO(st.st_mode) else "a device" if stat.S_ISCHR(st.st_mode) else "special"
                raise InputError(name, f"not a regular file ({kind}); resgraph reads files")
            if st.st_size > limit:
                raise InputError(name, f"too large: {st.st_size:,} bytes, over the limit of {limit:,} (--max-size)")
            data = f.read(limit + 1)
    except IsADirectoryError:
        raise InputError(name, "is a directory, not a file") from None
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as e:
        if e.errno == errno.ENXIO:  # a socket, or a FIFO without a writer opened non-blocking
            raise InputError(name, "not a regular file; resgraph reads files") from None
        raise InputError(name, f"cannot read: {e.strerror or e}") from None
    if len(data) > limit:  # it grew while read
        raise InputError(name, f"too large: over the limit of {limit:,} bytes (--max-size)")
    try:
        return read_bytes(data, name)
    except InputError:
        raise
    except RecursionError:
        raise InputError(name, "nested too deeply to read (RecursionError)") from None
    except MemoryError:
        raise InputError(name, "out of memory while reading it") from None
    except Exception as e:  # a reader's bug on one file is that file's error, never the batch's
        raise InputError(name, f"could not be read ({type(e).__name__}: {str(e)[:160]})") from None
