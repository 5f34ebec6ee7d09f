"""Vocabularies of press releases: workflow statuses, the state of a language version, distribution channels."""

from __future__ import annotations

from commsdesk.domain.choices import Choice
from commsdesk.i18n import translate

DEFAULT_RELEASE_LANGUAGES = ("sq", "sr", "en")


class ReleaseStatus(Choice):
    DRAFT = "draft"
    FOR_APPROVAL = "for_approval"
    APPROVED = "approved"
    DISTRIBUTED = "distributed"
    ARCHIVED = "archived"
    WITHDRAWN = "withdrawn"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "draft": translate("ReleaseStatus", "Draft"),
            "for_approval": translate("ReleaseStatus", "For approval"),
            "approved": translate("ReleaseStatus", "Approved"),
            "distributed": translate("ReleaseStatus", "Distributed"),
            "archived": translate("ReleaseStatus", "Archived"),
            "withdrawn": translate("ReleaseStatus", "Withdrawn"),
        }


class VersionState(Choice):
    MISSING = "missing"
    DRAFT = "draft"
    FINAL = "final"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "missing": translate("VersionState", "Missing"),
            "draft": translate("VersionState", "Draft"),
            "final": translate("VersionState", "Final"),
        }


class Channel(Choice):
    EMAIL = "email"
    WEBSITE = "website"
    FACEBOOK = "facebook"
    SOCIAL = "social"
    PRINT = "print"
    AGENCY = "agency"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "email": translate("Channel", "E-mail"),
            "website": translate("Channel", "Website"),
            "facebook": translate("Channel", "Facebook"),
            "social": translate("Channel", "Other social media"),
            "print": translate("Channel", "Print"),
            "agency": translate("Channel", "News agency"),
        }
