"""Small helpers the tests share: reading back what the program wrote."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

TRICKY = "Đorđe Čačak – Kaçanik, Shqipëri & <Ž>"


def pdf_text(path: Path) -> str:
    """All the text of a PDF, page after page, as a reader would copy it."""
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def pdf_pages(path: Path) -> int:
    return len(PdfReader(str(path)).pages)
