"""All tables of the commsdesk database, importable from one place."""

from commsdesk.db.models.base import Base, utc_now
from commsdesk.db.models.calendar import (
    Event,
    EventExdate,
    Holiday,
    NotificationTask,
    event_media_contact,
    event_media_group,
)
from commsdesk.db.models.contacts import (
    AudienceGroup,
    Contact,
    ContactEmail,
    ContactMerge,
    ContactPhone,
    Outlet,
    contact_group,
)
from commsdesk.db.models.enquiries import Enquiry, EnquiryHistory, EnquiryQuestion, Statement
from commsdesk.db.models.office import OfficeProfile, Setting
from commsdesk.db.models.plan import (
    Activity,
    AnnualPlan,
    Objective,
    Responsible,
    StatusUpdate,
    Strategy,
    activity_responsible,
)
from commsdesk.db.models.releases import (
    Attachment,
    Distribution,
    DistributionRecipient,
    PressRelease,
    ReleaseStatusChange,
    ReleaseVersion,
)
from commsdesk.db.models.requests import DocumentRequest, RequestStep

__all__ = [
    "Activity",
    "AnnualPlan",
    "Attachment",
    "AudienceGroup",
    "Base",
    "Contact",
    "ContactEmail",
    "ContactMerge",
    "ContactPhone",
    "Distribution",
    "DistributionRecipient",
    "DocumentRequest",
    "Enquiry",
    "EnquiryHistory",
    "EnquiryQuestion",
    "Event",
    "EventExdate",
    "Holiday",
    "NotificationTask",
    "Objective",
    "OfficeProfile",
    "Outlet",
    "PressRelease",
    "ReleaseStatusChange",
    "ReleaseVersion",
    "RequestStep",
    "Responsible",
    "Setting",
    "Statement",
    "StatusUpdate",
    "Strategy",
    "activity_responsible",
    "contact_group",
    "event_media_contact",
    "event_media_group",
    "utc_now",
]
