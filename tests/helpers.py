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


def demo_contact_count() -> int:
    """How many contacts the demo content has (it grows as the demo is made richer)."""
    import json

    from commsdesk.resources import resource_path

    return len(json.loads(resource_path("demo", "contacts.json").read_text(encoding="utf-8")))
