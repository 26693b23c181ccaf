"""PDF reader: the page text pypdf extracts, for `read.py` to treat as plain text.

Its own module so that pypdf, with its broad error surface, stays out of the text readers.
"""

from __future__ import annotations

import io

from resgraph.errors import InputError

__all__ = ["read_pdf"]


def read_pdf(data: bytes, name: str) -> str:
    """Text of all pages joined by newlines; InputError when encrypted, broken or image-only."""
    try:
        import logging

        from pypdf import PdfReader

        logging.getLogger("pypdf").setLevel(logging.ERROR)
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:  # an empty user password opens most; AES needs `cryptography` (a dependency)
                opened = reader.decrypt("")
            except Exception as e:
                raise InputError(name, f"unreadable PDF: encrypted ({type(e).__name__}: {str(e)[:80]})") from None
            if not opened:
                raise InputError(name, "unreadable PDF: encrypted with a password")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except Exception as e:  # pypdf raises many types on broken files
        raise InputError(name, f"unreadable PDF: {type(e).__name__}: {str(e)[:120]}") from None
    text = "\n".join(pages)
    if not text.strip():
        raise InputError(name, "PDF without extractable text (scanned images?)")
    return text
