"""The office's profile, as the letterhead of every report shows it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Profile:
    """Who the office is: institution name per language, contact details, officer, logo image."""

    institution_names: dict[str, str] = field(default_factory=dict)
    municipality: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    officer_name: str = ""
    logo: bytes | None = None

    def institution_name(self, language: str) -> str:
        """The institution's name in `language`, else in any language it has."""
        return self.institution_names.get(language) or next(iter(self.institution_names.values()), "")

    def contact_lines(self) -> list[str]:
        """Address, then phone · e-mail · web site, leaving out what is empty."""
        details = " · ".join(part for part in (self.phone, self.email, self.website) if part)
        return [line for line in (self.municipality, self.address, details) if line]

    def with_changes(self, **changes: Any) -> Profile:
        return replace(self, **changes)
