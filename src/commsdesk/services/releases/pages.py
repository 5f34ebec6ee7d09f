"""The archive list as the window pages through it (a `services.paging.PageSource`)."""

from __future__ import annotations

from dataclasses import replace

from commsdesk.services.paging import ListSort
from commsdesk.services.releases.archive import ArchiveMixin
from commsdesk.services.releases.data import ArchiveQuery, ReleaseRow

# Column keys of `ArchiveQuery.sort`; the list starts at the newest reference.
ARCHIVE_SORT = ListSort("reference", descending=True)


class ArchivePages:
    """The list's order is its own sort, which replaces the order an `ArchiveQuery` carries for exports."""

    def __init__(self, releases: ArchiveMixin) -> None:
        self._releases = releases

    def count(self, list_filter: ArchiveQuery) -> int:
        return self._releases.count(list_filter)

    def page(self, list_filter: ArchiveQuery, sort: ListSort, offset: int, limit: int) -> list[ReleaseRow]:
        return self._releases.page(archive_in_order(list_filter, sort), offset, limit)


def archive_in_order(query: ArchiveQuery, sort: ListSort) -> ArchiveQuery:
    """`query` in the order `sort`: what the list shows, for an export of it."""
    return replace(query, sort=sort.column, descending=sort.descending)
