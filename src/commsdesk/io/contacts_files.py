"""Opening a contact file of any supported kind for import: CSV, XLSX or vCard, with its layout recognised."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from commsdesk.collector import collector_paused
from commsdesk.domain.contacts import ImportRow
from commsdesk.errors import ValidationError
from commsdesk.i18n import translate
from commsdesk.io.bounded_files import CONTACTS, Limits, open_bytes
from commsdesk.io.contacts_mapping import Layout, convert, recognise
from commsdesk.io.contacts_table import Table, read_csv, read_xlsx
from commsdesk.io.vcard import read_vcards

KINDS = ("csv", "xlsx", "vcard")


def kind_of(path: Path) -> str:
    """csv, xlsx or vcard, from the file's extension (then its first bytes)."""
    suffix = path.suffix.lower()
    if suffix in (".vcf", ".vcard"):
        return "vcard"
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix in (".csv", ".txt", ".tsv"):
        return "csv"
    with open_bytes(path) as handle:  # never the open database itself: reading it raw would drop its locks
        head = handle.read(200)
    if head.startswith(b"PK"):
        return "xlsx"
    if b"BEGIN:VCARD" in head.upper():
        return "vcard"
    return "csv"


@dataclass
class ContactSource:
    """A file opened for import. Tables (CSV, XLSX) are mapped column by column; vCards are read card by card."""

    path: Path
    kind: str
    languages: Sequence[str]
    default_language: str
    table: Table | None = None
    layout: Layout | None = None
    mapping: dict[int, str] = field(default_factory=dict)
    cards: list[ImportRow] = field(default_factory=list)

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        languages: Sequence[str],
        default_language: str,
        encoding: str | None = None,
        delimiter: str | None = None,
        limits: Limits = CONTACTS,
    ) -> ContactSource:
        kind = kind_of(path)
        source = cls(path, kind, list(languages), default_language)
        with collector_paused():
            if kind == "vcard":
                source.cards = read_vcards(path, languages=languages, default_language=default_language, limits=limits)
                return source
            source.table = read_csv(path, encoding, delimiter, limits) if kind == "csv" else read_xlsx(path, limits)
        source.layout = recognise(source.table.headers)
        source.mapping = dict(source.layout.mapping)
        return source

    def layout_name(self) -> str:
        if self.kind == "vcard":
            return translate("ContactImport", "vCard")
        assert self.layout is not None
        return self.layout.name()

    def rows(self) -> list[ImportRow]:
        """Every contact of the file, validated, following the current column mapping."""
        if self.kind == "vcard":
            return list(self.cards)
        assert self.table is not None and self.layout is not None
        if not any(self.mapping.values()):
            raise ValidationError(translate("ContactImport", "No column is chosen to import."))
        with collector_paused():
            return convert(
                self.table,
                self.mapping,
                languages=self.languages,
                default_language=self.default_language,
                companions=self.layout.companions,
            )
