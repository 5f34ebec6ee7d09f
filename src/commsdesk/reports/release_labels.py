"""Names of release statuses and channels in a report's language (not the window's), for the release reports."""

from __future__ import annotations

from collections.abc import Callable

from commsdesk.i18n import LANGUAGES, catalog

Translate = Callable[[str, str], str]


def report_translator(language: str) -> Translate:
    """`translate(context, text)` in `language`; a release language without a catalog (tr, bs…) reads English."""
    return catalog(language if language in LANGUAGES else "en").translate


def status_name(code: str, translate: Translate) -> str:
    names = {
        "draft": translate("ReleaseStatus", "Draft"),
        "for_approval": translate("ReleaseStatus", "For approval"),
        "approved": translate("ReleaseStatus", "Approved"),
        "distributed": translate("ReleaseStatus", "Distributed"),
        "archived": translate("ReleaseStatus", "Archived"),
        "withdrawn": translate("ReleaseStatus", "Withdrawn"),
    }
    return names.get(code, code)


def channel_name(code: str, translate: Translate) -> str:
    names = {
        "email": translate("Channel", "E-mail"),
        "website": translate("Channel", "Website"),
        "facebook": translate("Channel", "Facebook"),
        "social": translate("Channel", "Other social media"),
        "print": translate("Channel", "Print"),
        "agency": translate("Channel", "News agency"),
    }
    return names.get(code, code)
