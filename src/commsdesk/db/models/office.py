"""The office's own profile (shown on every report) and office-wide settings stored with the data."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from commsdesk.db.models.base import Base


class OfficeProfile(Base):
    """The one office whose desk this is; a single row with id 1."""

    __tablename__ = "office_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    institution_names: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # language code → name
    municipality: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    officer_name: Mapped[str] = mapped_column(String(200), default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)


class Setting(Base):
    """An office-wide setting that belongs with the data (release languages, notification rules…), as JSON."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
