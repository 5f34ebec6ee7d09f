"""Requests for access to public documents: the register, its deadline clock, letters, reports and files.

`RequestsService` is the one object the tab and the command line use; `RequestPages` is what the list pages through.
"""

from commsdesk.services.requests.data import (
    REQUEST_SORT,
    REQUEST_SORT_COLUMNS,
    CountedRequests,
    RequestDetails,
    RequestDue,
    RequestFilter,
    RequestImportResult,
    RequestInput,
    RequestRow,
    RequestSettings,
    StepRow,
)
from commsdesk.services.requests.files import FilesMixin
from commsdesk.services.requests.letters import LettersMixin
from commsdesk.services.requests.service import RecordsMixin


class RequestsService(RecordsMixin, LettersMixin, FilesMixin):
    """Everything the office does with document requests; see the package's modules for each part."""


__all__ = [
    "REQUEST_SORT",
    "REQUEST_SORT_COLUMNS",
    "CountedRequests",
    "RequestDetails",
    "RequestDue",
    "RequestFilter",
    "RequestImportResult",
    "RequestInput",
    "RequestRow",
    "RequestSettings",
    "RequestsService",
    "StepRow",
]
