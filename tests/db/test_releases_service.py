"""The releases service on a real database: numbering, workflow, history, archive search, distribution, settings."""

from __future__ import annotations

from datetime import date

import pytest

from commsdesk.domain.release_body import text_to_body
from commsdesk.domain.releases import (
    Channel,
    DistributionStatus,
    ExclusionReason,
    ReleaseStatus,
    VersionState,
)
from commsdesk.errors import ValidationError
from commsdesk.services.contacts import ContactInput
from commsdesk.services.releases import ArchiveQuery, DistributionInput, ReleaseInput, ReleaseSettings, VersionInput

DAY = date(2026, 3, 10)


def versions(*codes: str, headline: str = "Headline", body: str = "Body text.") -> list[VersionInput]:
    return [VersionInput(code, f"{headline} {code}", text_to_body(body), state=VersionState.FINAL) for code in codes]


def new(service, day: date = DAY, codes=("sq", "sr", "en"), **options) -> int:
    return service.create(day, "Kaçanik", versions(*codes), **options)


def references(service, year: int = 2026) -> list[str]:
    rows = service.page(ArchiveQuery(year=year, sort="reference", descending=False), 0, 100)
    return [row.reference for row in rows]


def approve(service, release_id: int) -> None:
    service.change_status(release_id, ReleaseStatus.FOR_APPROVAL)
    service.change_status(release_id, ReleaseStatus.APPROVED, "Kryetari")


# -- numbering -------------------------------------------------------------------------------------------------------


def test_references_count_up_per_year_and_start_again_each_year(services):
    releases = services.releases
    for day in (date(2026, 1, 5), date(2026, 2, 1), date(2027, 1, 2), date(2026, 12, 31)):
        new(releases, day)
    assert references(releases, 2026) == ["2026/001", "2026/002", "2026/003"]
    assert references(releases, 2027) == ["2027/001"]


def test_deleting_a_draft_moves_the_later_drafts_down_so_no_gap_remains(services):
    releases = services.releases
    ids = [new(releases) for _ in range(4)]
    releases.delete(ids[1])
    assert references(releases) == ["2026/001", "2026/002", "2026/003"]
    assert releases.detail(ids[2]).reference == "2026/002"
    assert releases.detail(ids[3]).reference == "2026/003"
    assert releases.detail(new(releases)).reference == "2026/004"


def test_a_gap_before_a_release_that_left_the_office_is_filled_by_the_next_new_release(services):
    releases = services.releases
    first, second, third = new(releases), new(releases), new(releases)
    approve(releases, third)
    releases.delete(second)
    assert releases.detail(third).reference == "2026/003"  # approved: its number is known outside
    assert releases.detail(new(releases)).reference == "2026/002"
    assert references(releases) == ["2026/001", "2026/002", "2026/003"]
    assert releases.detail(first).reference == "2026/001"


def test_a_withdrawn_release_keeps_its_number_and_cannot_be_deleted(services):
    releases = services.releases
    first = new(releases)
    releases.change_status(first, ReleaseStatus.WITHDRAWN, note="wrong date")
    with pytest.raises(ValidationError, match="Only a draft can be deleted"):
        releases.delete(first)
    assert releases.detail(new(releases)).reference == "2026/002"
    assert releases.detail(first).status is ReleaseStatus.WITHDRAWN


def test_a_draft_moved_to_another_year_is_renumbered_there_and_closes_its_old_gap(services):
    releases = services.releases
    ids = [new(releases) for _ in range(3)]
    new(releases, date(2025, 6, 1))
    data = ReleaseInput(date(2025, 12, 30), "Kaçanik", versions("sq"))
    releases.save(data, ids[0])
    assert releases.detail(ids[0]).reference == "2025/002"
    assert references(releases, 2026) == ["2026/001", "2026/002"]


def test_the_reference_format_is_a_setting_and_must_name_year_and_number(services):
    releases = services.releases
    releases.save_release_settings(ReleaseSettings(["sq", "sr", "en"], ["sq"], "KK-{number:04d}/{year}"))
    assert releases.detail(new(releases)).reference == "KK-0001/2026"
    with pytest.raises(ValidationError, match="year"):
        releases.save_release_settings(ReleaseSettings(["sq"], ["sq"], "{number}"))
    assert releases.release_settings().reference_format == "KK-{number:04d}/{year}"


# -- workflow --------------------------------------------------------------------------------------------------------


def test_approval_is_blocked_while_a_required_language_is_missing(services):
    releases = services.releases
    release_id = new(releases, codes=("sq",))
    releases.change_status(release_id, ReleaseStatus.FOR_APPROVAL)
    with pytest.raises(ValidationError, match="Srpski version is missing"):
        releases.change_status(release_id, ReleaseStatus.APPROVED, "Kryetari")
    assert releases.detail(release_id).status is ReleaseStatus.FOR_APPROVAL
    releases.save_release_settings(ReleaseSettings(["sq", "sr", "en"], ["sq"], "{year}/{number:03d}"))
    releases.change_status(release_id, ReleaseStatus.APPROVED, "Kryetari")
    assert releases.detail(release_id).status is ReleaseStatus.APPROVED


def test_a_version_marked_missing_or_without_text_does_not_count_for_approval(services):
    releases = services.releases
    release_id = releases.create(
        DAY,
        "Kaçanik",
        [
            VersionInput("sq", "Titulli", text_to_body("Teksti.")),
            VersionInput("sr", "Naslov", "", state=VersionState.DRAFT),
        ],
    )
    releases.change_status(release_id, ReleaseStatus.FOR_APPROVAL)
    with pytest.raises(ValidationError, match="Srpski"):
        releases.change_status(release_id, ReleaseStatus.APPROVED, "Kryetari")


def test_every_status_change_is_kept_in_the_history_with_who_and_when(services):
    releases = services.releases
    release_id = new(releases)
    approve(releases, release_id)
    releases.record_distribution(release_id, [DistributionInput("sq", Channel.WEBSITE, DistributionStatus.DONE)])
    releases.change_status(release_id, ReleaseStatus.ARCHIVED, "Arbëresha Gashi", "end of year")
    detail = releases.detail(release_id)
    steps = [(h.from_status, h.to_status) for h in detail.history]
    assert steps == [
        (None, ReleaseStatus.DRAFT),
        (ReleaseStatus.DRAFT, ReleaseStatus.FOR_APPROVAL),
        (ReleaseStatus.FOR_APPROVAL, ReleaseStatus.APPROVED),
        (ReleaseStatus.APPROVED, ReleaseStatus.DISTRIBUTED),
        (ReleaseStatus.DISTRIBUTED, ReleaseStatus.ARCHIVED),
    ]
    assert detail.history[2].changed_by == "Kryetari" and detail.approved_by == "Kryetari"
    assert detail.approved_at is not None and all(h.changed_at for h in detail.history)
    assert detail.history[-1].note == "end of year"


def test_the_workflow_refuses_skipping_steps_and_leaving_archived(services):
    releases = services.releases
    release_id = new(releases)
    with pytest.raises(ValidationError, match="cannot become"):
        releases.change_status(release_id, ReleaseStatus.APPROVED, "Kryetari")
    releases.change_status(release_id, ReleaseStatus.FOR_APPROVAL)
    with pytest.raises(ValidationError, match="who approved"):
        releases.change_status(release_id, ReleaseStatus.APPROVED, "")
    releases.change_status(release_id, ReleaseStatus.WITHDRAWN)
    with pytest.raises(ValidationError, match="cannot become"):
        releases.change_status(release_id, ReleaseStatus.DRAFT)


def test_changing_the_text_of_an_approved_release_sends_it_back_to_draft(services):
    releases = services.releases
    release_id = new(releases)
    approve(releases, release_id)
    detail = releases.detail(release_id)
    same = ReleaseInput(
        DAY,
        "Kaçanik",
        [VersionInput(c, v.headline, v.body, v.subheadline, v.state) for c, v in detail.versions.items()],
    )
    releases.save(same, release_id)
    assert releases.detail(release_id).status is ReleaseStatus.APPROVED
    changed = ReleaseInput(DAY, "Kaçanik", versions("sq", "sr", "en", headline="New"))
    releases.save(changed, release_id)
    after = releases.detail(release_id)
    assert after.status is ReleaseStatus.DRAFT and after.approved_by == ""
    assert "approved again" in after.history[-1].note


# -- archive ---------------------------------------------------------------------------------------------------------


def test_full_text_search_finds_cacak_in_a_serbian_body_with_diacritics(services):
    releases = services.releases
    serbian = releases.create(
        DAY, "Kačanik", [VersionInput("sr", "Sastanak", text_to_body("Delegacija iz grada Čačak posetila je opštinu."))]
    )
    new(releases)
    assert [r.id for r in releases.page(ArchiveQuery(text="cacak"), 0, 10)] == [serbian]
    assert [r.id for r in releases.page(ArchiveQuery(text="ČAČ"), 0, 10)] == [serbian]
    assert releases.page(ArchiveQuery(text="cacak", language="sq"), 0, 10) == []
    assert releases.count(ArchiveQuery(text="delegacija opstin")) == 1


def test_search_text_is_indexed_without_markup_and_follows_edits(services):
    releases = services.releases
    release_id = releases.create(DAY, "", [VersionInput("sq", "Titull", "<p>Teksti <b>Đakovica</b></p>")])
    assert releases.count(ArchiveQuery(text="dakovica")) == 1
    assert releases.count(ArchiveQuery(text="b")) == 0  # the tag itself is not indexed
    releases.save(ReleaseInput(DAY, "", [VersionInput("sq", "Titull", "<p>Prizren</p>")]), release_id)
    assert releases.count(ArchiveQuery(text="dakovica")) == 0
    assert releases.count(ArchiveQuery(text="prizren")) == 1


def test_archive_filters_by_year_status_tag_and_language_and_sorts_in_sql(services):
    releases = services.releases
    a = releases.create(date(2026, 1, 1), "", versions("sq"), tags="arsim, buxhet")
    b = releases.create(date(2026, 5, 1), "", versions("sq", "sr"), tags="buxhet")
    c = releases.create(date(2025, 5, 1), "", versions("sq", "en"), tags="kulturë")
    releases.change_status(b, ReleaseStatus.FOR_APPROVAL)
    ids = lambda query: [r.id for r in releases.page(query, 0, 50)]  # noqa: E731
    assert ids(ArchiveQuery(year=2025)) == [c]
    assert ids(ArchiveQuery(status=ReleaseStatus.FOR_APPROVAL)) == [b]
    assert sorted(ids(ArchiveQuery(tag="buxhet"))) == sorted([a, b])
    assert ids(ArchiveQuery(tag="bux")) == []
    assert ids(ArchiveQuery(language="en")) == [c]
    assert ids(ArchiveQuery(sort="date", descending=False)) == [c, a, b]
    assert ids(ArchiveQuery(sort="reference", descending=True)) == [b, a, c]
    assert releases.tags() == ["arsim", "buxhet", "kulturë"]
    assert releases.years() == [2026, 2025]


def test_archive_pages_come_in_order_without_repeats(services):
    releases = services.releases
    for index in range(25):
        new(releases, date(2026, 1, 1 + index))
    query = ArchiveQuery(sort="date", descending=True)
    pages = [releases.page(query, offset, 10) for offset in (0, 10, 20)]
    seen = [row.reference for page in pages for row in page]
    assert len(seen) == 25 and len(set(seen)) == 25 and seen[0] == "2026/025"
    assert releases.count(query) == 25


def test_the_list_shows_the_headline_in_the_display_language_else_the_first(services):
    releases = services.releases
    releases.create(DAY, "", [VersionInput("sq", "Shqip", "<p>x</p>"), VersionInput("sr", "Srpski", "<p>x</p>")])
    assert releases.page(ArchiveQuery(display_language="sr"), 0, 1)[0].headline == "Srpski"
    assert releases.page(ArchiveQuery(display_language="en"), 0, 1)[0].headline == "Shqip"


# -- distribution ----------------------------------------------------------------------------------------------------


def add_contact(services, given: str, language: str, email: str, group: str = "Press", **extra) -> int:
    return services.contacts.create(
        ContactInput(
            given_name=given,
            family_name="Test",
            language=language,
            emails=[("work", email)] if email else [],
            groups=[group],
            **extra,
        )
    )


def test_recipients_are_split_by_language_and_do_not_contact_people_are_excluded(services):
    releases = services.releases
    release_id = new(releases, codes=("sq", "sr"))
    albanian = add_contact(services, "Arta", "sq", "arta@example.org")
    serbian = add_contact(services, "Milan", "sr", "milan@example.org")
    english = add_contact(services, "Anna", "en", "anna@example.org")
    blocked = add_contact(services, "Nora", "sr", "nora@example.org", do_not_contact=True)
    silent = add_contact(services, "Agim", "sq", "")
    group = next(g.id for g in releases.groups() if g.name == "Press")
    found = {r.contact_id: r for r in releases.recipients(release_id, [group])}
    assert found[albanian].language == "sq" and found[serbian].language == "sr"
    assert found[english].language == "sq"  # no English version: the first release language
    assert found[blocked].excluded is ExclusionReason.DO_NOT_CONTACT and found[blocked].language is None
    assert found[silent].excluded is ExclusionReason.NO_EMAIL


def test_recording_drops_do_not_contact_people_and_flags_a_second_sending(services):
    releases = services.releases
    release_id = new(releases, codes=("sq", "sr"))
    approve(releases, release_id)
    serbian = add_contact(services, "Milan", "sr", "milan@example.org")
    blocked = add_contact(services, "Nora", "sr", "nora@example.org", do_not_contact=True)
    entry = DistributionInput(
        "sr", Channel.EMAIL, DistributionStatus.DONE, [(serbian, "milan@example.org"), (blocked, "nora@example.org")]
    )
    releases.record_distribution(release_id, [entry])
    detail = releases.detail(release_id)
    assert detail.status is ReleaseStatus.DISTRIBUTED
    assert [d.recipient_count for d in detail.distributions] == [1]
    assert releases.distribution_recipients(detail.distributions[0].id) == [("Milan Test", "milan@example.org")]
    again = {r.contact_id: r for r in releases.recipients(release_id, contact_ids=[serbian, blocked])}
    assert again[serbian].already_sent_on is not None
    assert again[blocked].already_sent_on is None


def test_a_draft_cannot_be_distributed_and_a_channel_status_can_change(services):
    releases = services.releases
    release_id = new(releases)
    website = DistributionInput("sq", Channel.WEBSITE, DistributionStatus.PLANNED)
    with pytest.raises(ValidationError, match="approved"):
        releases.record_distribution(release_id, [website])
    approve(releases, release_id)
    [distribution_id] = releases.record_distribution(release_id, [website])
    assert releases.detail(release_id).status is ReleaseStatus.APPROVED
    releases.set_distribution_status(distribution_id, DistributionStatus.DONE)
    detail = releases.detail(release_id)
    assert detail.distributions[0].status is DistributionStatus.DONE
    assert detail.status is ReleaseStatus.DISTRIBUTED


def test_linking_to_an_event_and_an_activity_shows_their_titles(demo_workspace):
    releases = demo_workspace.services.releases
    activity = releases.activity_choices(2023)[0]
    release_id = releases.create(date(2023, 4, 1), "Kaçanik", versions("sq"), activity_id=activity.id)
    assert releases.detail(release_id).activity_title == activity.title
