"""The office profile printed on every report, and the office-wide settings stored with the data."""

from __future__ import annotations

from typing import Any

from commsdesk.db.engine import Database
from commsdesk.db.models import OfficeProfile, Setting
from commsdesk.domain import enquiries, requests
from commsdesk.domain.notifications import DEFAULT_RULES as DEFAULT_NOTIFICATION_RULES
from commsdesk.domain.office import Profile
from commsdesk.domain.releases import DEFAULT_RELEASE_LANGUAGES
from commsdesk.domain.request_letters import TEMPLATES_SETTING as REQUEST_LETTERS_SETTING

PROFILE_ID = 1

# Office-wide settings with their defaults; services read them through `OfficeService.setting`.
SETTING_DEFAULTS: dict[str, Any] = {
    "release_languages": list(DEFAULT_RELEASE_LANGUAGES),
    "required_release_languages": ["sq", "sr"],
    "release_reference_format": "{year}/{number:03d}",
    "contacts_audiences_seeded": False,  # set once the strategy's audience groups were created in this database
    "calendar_notification_rules": DEFAULT_NOTIFICATION_RULES,  # domain.notifications: event kind → rules
    requests.REFERENCE_SETTING: requests.DEFAULT_REFERENCE_FORMAT,
    enquiries.REFERENCE_SETTING: enquiries.DEFAULT_REFERENCE_FORMAT,
    enquiries.LEAD_TIME_SETTING: enquiries.DEFAULT_LEAD_HOURS,  # hours to answer when the journalist names no deadline
    requests.RULES_SETTING: requests.DeadlineRules().to_setting(),  # the law's day counts
    requests.RETENTION_SETTING: requests.DEFAULT_RETENTION_YEARS,  # years requesters' details are kept after closing
    REQUEST_LETTERS_SETTING: {},  # the office's own wording of the request letters: kind → language → text
}


class OfficeService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def profile(self) -> Profile:
        """The office profile (empty until the user fills it in)."""
        with self._db.session() as session:
            row = session.get(OfficeProfile, PROFILE_ID)
            if row is None:
                return Profile()
            return Profile(
                institution_names=dict(row.institution_names or {}),
                municipality=row.municipality,
                address=row.address,
                phone=row.phone,
                email=row.email,
                website=row.website,
                officer_name=row.officer_name,
                logo=row.logo,
            )

    def save_profile(self, profile: Profile) -> None:
        """Store the office profile."""
        with self._db.session() as session:
            row = session.get(OfficeProfile, PROFILE_ID) or OfficeProfile(id=PROFILE_ID)
            row.institution_names = {code: name for code, name in profile.institution_names.items() if name}
            row.municipality = profile.municipality
            row.address = profile.address
            row.phone = profile.phone
            row.email = profile.email
            row.website = profile.website
            row.officer_name = profile.officer_name
            row.logo = profile.logo
            session.add(row)

    def setting(self, key: str) -> Any:
        """An office-wide setting, or its declared default."""
        with self._db.session() as session:
            row = session.get(Setting, key)
            return row.value if row is not None else SETTING_DEFAULTS[key]

    def set_setting(self, key: str, value: Any) -> None:
        if key not in SETTING_DEFAULTS:
            raise KeyError(key)
        with self._db.session() as session:
            session.merge(Setting(key=key, value=value))
