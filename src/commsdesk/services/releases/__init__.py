"""Press releases: records and numbering, workflow, archive search, distribution, and what leaves commsdesk.

`ReleasesService` is the one object the tab and the command line use; its parts live in the modules beside this
one (records, archive, distribution, outputs), and its attachment archive is `service.attachments`.
"""

from commsdesk.services.releases.archive import ArchiveMixin, fts_query
from commsdesk.services.releases.data import (
    ArchiveQuery,
    AttachmentRow,
    Choice,
    ContactChoice,
    DistributionInput,
    DistributionRow,
    GroupChoice,
    Recipient,
    ReleaseDetail,
    ReleaseInput,
    ReleaseRow,
    ReleaseSettings,
    StatusChangeRow,
    VersionData,
    VersionInput,
)
from commsdesk.services.releases.distribution import DistributionMixin
from commsdesk.services.releases.outputs import OutputsMixin, file_stem
from commsdesk.services.releases.pages import ARCHIVE_SORT, ArchivePages, archive_in_order
from commsdesk.services.releases.records import RecordsMixin


class ReleasesService(RecordsMixin, ArchiveMixin, DistributionMixin, OutputsMixin):
    """Everything the office does with press releases; see the package's modules for each part."""


__all__ = [
    "ARCHIVE_SORT",
    "ArchivePages",
    "ArchiveQuery",
    "AttachmentRow",
    "Choice",
    "ContactChoice",
    "DistributionInput",
    "DistributionRow",
    "GroupChoice",
    "Recipient",
    "ReleaseDetail",
    "ReleaseInput",
    "ReleaseRow",
    "ReleaseSettings",
    "ReleasesService",
    "StatusChangeRow",
    "VersionData",
    "VersionInput",
    "archive_in_order",
    "file_stem",
    "fts_query",
]
