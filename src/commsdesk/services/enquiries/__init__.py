"""Journalists' enquiries and the approved statements: the register, its deadlines, answers, reports and files.

`EnquiriesService` is the one object the tab and the command line use; it is also what the list pages through.
"""

from commsdesk.services.enquiries.answers import AnswersMixin
from commsdesk.services.enquiries.data import (
    ENQUIRY_SORT,
    ENQUIRY_SORT_COLUMNS,
    EnquiryDetails,
    EnquiryDue,
    EnquiryFilter,
    EnquiryInput,
    EnquiryRow,
    EnquirySettings,
    EnquiryStepRow,
    StatementInput,
    StatementRow,
)
from commsdesk.services.enquiries.files import FilesMixin
from commsdesk.services.enquiries.service import RecordsMixin
from commsdesk.services.enquiries.statements import StatementsMixin


class EnquiriesService(RecordsMixin, StatementsMixin, AnswersMixin, FilesMixin):
    """Everything the office does with journalists' enquiries; see the package's modules for each part."""


__all__ = [
    "ENQUIRY_SORT",
    "ENQUIRY_SORT_COLUMNS",
    "EnquiriesService",
    "EnquiryDetails",
    "EnquiryDue",
    "EnquiryFilter",
    "EnquiryInput",
    "EnquiryRow",
    "EnquirySettings",
    "EnquiryStepRow",
    "StatementInput",
    "StatementRow",
]
