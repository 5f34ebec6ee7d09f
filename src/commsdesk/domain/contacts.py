"""Vocabularies of the contact list: outlet types, reach, the strategy's audiences, labels of e-mails and phones."""

from __future__ import annotations

from commsdesk.domain.choices import Choice
from commsdesk.i18n import translate


class OutletType(Choice):
    TV = "tv"
    RADIO = "radio"
    NEWSPAPER = "newspaper"
    ONLINE = "online"
    AGENCY = "agency"
    INSTITUTION = "institution"
    NGO = "ngo"
    BUSINESS = "business"
    INTERNATIONAL = "international"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "tv": translate("OutletType", "TV"),
            "radio": translate("OutletType", "Radio"),
            "newspaper": translate("OutletType", "Newspaper"),
            "online": translate("OutletType", "Online portal"),
            "agency": translate("OutletType", "News agency"),
            "institution": translate("OutletType", "Institution"),
            "ngo": translate("OutletType", "NGO"),
            "business": translate("OutletType", "Business"),
            "international": translate("OutletType", "International organisation"),
            "other": translate("OutletType", "Other"),
        }


class Reach(Choice):
    LOCAL = "local"
    REGIONAL = "regional"
    NATIONAL = "national"
    INTERNATIONAL = "international"
    DIASPORA = "diaspora"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "local": translate("Reach", "Local"),
            "regional": translate("Reach", "Regional"),
            "national": translate("Reach", "National"),
            "international": translate("Reach", "International"),
            "diaspora": translate("Reach", "Diaspora"),
        }


class Audience(Choice):
    """The audiences of the communication strategy; seeded as groups, which the user may rename."""

    EMPLOYEES = "employees"
    CITIZENS = "citizens"
    MEDIA = "media"
    CIVIL_SOCIETY = "civil_society"
    BUSINESS = "business"
    INSTITUTIONS = "institutions"
    DONORS = "donors"
    DIASPORA = "diaspora"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "employees": translate("Audience", "Municipal employees"),
            "citizens": translate("Audience", "Citizens and taxpayers"),
            "media": translate("Audience", "Media"),
            "civil_society": translate("Audience", "Civil society and professional organisations"),
            "business": translate("Audience", "Business community and investors"),
            "institutions": translate("Audience", "Kosovo institutions"),
            "donors": translate("Audience", "Donors and international partners"),
            "diaspora": translate("Audience", "Diaspora"),
        }


class ContactLabel(Choice):
    """Label of an e-mail address or phone number."""

    WORK = "work"
    MOBILE = "mobile"
    HOME = "home"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "work": translate("ContactLabel", "Work"),
            "mobile": translate("ContactLabel", "Mobile"),
            "home": translate("ContactLabel", "Home"),
            "other": translate("ContactLabel", "Other"),
        }
