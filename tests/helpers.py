"""Small helpers the tests share: reading back what the program wrote."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pypdf import PdfReader

TRICKY = "Đorđe Čačak – Kaçanik, Shqipëri & <Ž>"


def pdf_text(path: Path) -> str:
    """All the text of a PDF, page after page, as a reader would copy it."""
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def pdf_fonts(path: Path) -> dict[str, bool]:
    """Every font the PDF's pages name (as `pdffonts` lists them) → whether its file is embedded."""
    found: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"]).split("+")[-1].lstrip("/")] = embedded
    return found


def pdf_pages(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


def demo_contact_count() -> int:
    """How many contacts the demo content has (it grows as the demo is made richer)."""
    import json

    from commsdesk.resources import resource_path

    return len(json.loads(resource_path("demo", "contacts.json").read_text(encoding="utf-8")))


def run_cli(*args: object, lang: str | None = "en") -> subprocess.CompletedProcess:
    """`commsdesk ARGS…` in a child process, in English (`lang=None`: the language the settings say)."""
    language = ["--lang", lang] if lang else []
    return subprocess.run(
        [sys.executable, "-m", "commsdesk", *language, *map(str, args)], capture_output=True, text=True, timeout=120
    )


@contextmanager
def small_disk(folder: Path, size: str = "512k") -> Iterator[Path]:
    """A real file system of `size` mounted on `folder` (a tmpfs: needs root, as in CI), unmounted at the end."""
    folder.mkdir(parents=True, exist_ok=True)
    try:
        mounted = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
        )
    except OSError:  # no `mount` at all (Windows)
        mounted = None
    if mounted is None or mounted.returncode != 0:
        if os.environ.get("COMMSDESK_REQUIRE_MOUNTS"):  # CI runs as root: these tests must not quietly skip there
            pytest.fail("could not mount a small file system")
        pytest.skip("mounting a small file system needs root")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def make_read_only(folder: Path) -> None:
    """Remount the `small_disk` at `folder` read-only, as a CD or a write-protected USB stick is."""
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def fill_up(folder: Path) -> None:
    """Fill the file system of `folder` to the last byte."""
    with (folder / "filler").open("wb", buffering=0) as filler:
        try:
            while True:
                filler.write(b"\0" * 4096)
        except OSError:
            pass
