"""The contact list over a real database: search, filters, sorting, paging, groups, duplicates, merge, erase."""

from datetime import date, datetime

import pytest
from sqlalchemy import func, insert, select

from commsdesk.db.models import (
    AudienceGroup,
    Distribution,
    DistributionRecipient,
    Event,
    PressRelease,
    ReleaseVersion,
    event_media_contact,
)
from commsdesk.errors import ValidationError
from commsdesk.services.contacts import SORT_COLUMNS, ContactFilter, ContactInput, ContactSort


def person(given, family, outlet="", emails=(), phones=(), groups=(), language="sq", **more):
    return ContactInput(
        given_name=given,
        family_name=family,
        outlet=outlet,
        emails=[("work", address) for address in emails],
        phones=[("mobile", number) for number in phones],
        groups=list(groups),
        language=language,
        **more,
    )


def four_people(service):
    """The contacts service with four people of three languages in it."""
    service.create(
        person("Đorđe", "Čačak", "Radio KIM", ["djordje@radiokim.example"], ["+383 49 321 654"], ["Mediji"], "sr")
    )
    service.create(person("Mimoza", "Çeku", "Radio Kaçaniku", ["mimoza@rk.example"], ["044 909 808"], ["Mediat"]))
    service.create(person("Anna", "Lindqvist", "UNDP Kosovo", ["anna@undp.example"], [], ["Donors"], "en"))
    service.create(person("Blerim", "Krasniqi", "RTK", ["blerim@rtk.example"], [], [], notes="takohet me kryetarin"))
    return service


@pytest.fixture
def contacts(services):
    return four_people(services.contacts)


def names(rows):
    return [row.name for row in rows]


@pytest.mark.parametrize(
    "typed, found",
    [
        ("cacak", "Đorđe Čačak"),
        ("ČAČAK", "Đorđe Čačak"),
        ("dorde", "Đorđe Čačak"),
        ("djordje", "Đorđe Čačak"),
        ("kacanik", "Mimoza Çeku"),
        ("Kaçanik", "Mimoza Çeku"),
        ("undp.example", "Anna Lindqvist"),
        ("044 909", "Mimoza Çeku"),
        ("+383 44 909 808", "Mimoza Çeku"),
        ("049321", "Đorđe Čačak"),
        ("kryetarin", "Blerim Krasniqi"),
        ("radio ceku", "Mimoza Çeku"),
    ],
)
def test_search_ignores_case_and_diacritics_over_every_searchable_field(contacts, typed, found):
    assert names(contacts.page(0, 50, typed)) == [found]
    assert contacts.count(typed) == 1


def test_search_for_something_nobody_has_finds_nothing_and_wildcards_are_literal(contacts):
    assert contacts.page(0, 50, "zzz") == [] and contacts.count("zzz") == 0
    assert contacts.count("%") == 0 and contacts.count("_") == 0


def test_filters_by_group_outlet_type_reach_and_language(contacts):
    services_groups = {group.name: group.id for group in contacts.groups()}
    contacts.save_outlet("Radio KIM", *_kind("radio", "regional"))
    contacts.save_outlet("Radio Kaçaniku", *_kind("radio", "local"))
    assert names(contacts.page(0, 50, ContactFilter(group_id=services_groups["Mediat"]))) == ["Mimoza Çeku"]
    assert set(names(contacts.page(0, 50, ContactFilter(outlet_type="radio")))) == {"Đorđe Čačak", "Mimoza Çeku"}
    assert names(contacts.page(0, 50, ContactFilter(outlet_type="radio", reach="local"))) == ["Mimoza Çeku"]
    assert names(contacts.page(0, 50, ContactFilter(language="en"))) == ["Anna Lindqvist"]
    assert contacts.count(ContactFilter(search="radio", language="sr")) == 1


def _kind(outlet_type, reach):
    from commsdesk.domain.contacts import OutletType, Reach

    return OutletType(outlet_type), Reach(reach)


def test_the_list_sorts_on_every_column_both_ways(contacts):
    expected = {
        "name": ["Đorđe Čačak", "Mimoza Çeku", "Blerim Krasniqi", "Anna Lindqvist"],
        "outlet": ["Mimoza Çeku", "Đorđe Čačak", "Blerim Krasniqi", "Anna Lindqvist"],
        "email": ["Anna Lindqvist", "Blerim Krasniqi", "Đorđe Čačak", "Mimoza Çeku"],
        "language": ["Anna Lindqvist", "Mimoza Çeku", "Blerim Krasniqi", "Đorđe Čačak"],
    }
    for column, order in expected.items():
        assert names(contacts.page(0, 10, "", ContactSort(column))) == order, column
        assert names(contacts.page(0, 10, "", ContactSort(column, descending=True))) == order[::-1], column
    for column in SORT_COLUMNS:  # each column sorts without error, also while searching
        assert len(contacts.page(0, 10, "a", ContactSort(column))) == contacts.count("a")


def test_sorting_by_position_phone_and_groups_follows_what_the_list_shows(services):
    service = services.contacts
    service.create(person("Ana", "One", phones=["+383 49 111 111"], groups=["Zeta", "alfa"], position="redaktore"))
    service.create(person("Besa", "Two", phones=["044 222 222"], groups=["Beta"], position="Gazetar"))
    service.create(person("Cena", "Three", position=""))
    expected = {
        "position": ["Cena Three", "Besa Two", "Ana One"],
        "phone": ["Cena Three", "Ana One", "Besa Two"],  # as written: "" < "+383…" < "044…"
        "groups": ["Cena Three", "Ana One", "Besa Two"],  # by the first group shown: "", "alfa; Zeta", "Beta"
    }
    for column, order in expected.items():
        assert names(service.page(0, 10, "", ContactSort(column))) == order, column
        assert names(service.page(0, 10, "", ContactSort(column, descending=True))) == order[::-1], column
    rows = {row.name: row for row in service.page(0, 10)}
    assert rows["Ana One"].groups == "alfa; Zeta" and rows["Ana One"].phone == "+383 49 111 111"


def test_pages_cover_the_list_once_in_order(services):
    for number in range(45):
        services.contacts.create(person(f"Given{number:02d}", f"Family{number % 7}", emails=[f"p{number}@x.example"]))
    whole = services.contacts.page(0, 100, "", ContactSort("email"))
    pieces = [
        row for offset in range(0, 45, 10) for row in services.contacts.page(offset, 10, "", ContactSort("email"))
    ]
    assert [row.id for row in pieces] == [row.id for row in whole] and len(whole) == 45
    rows, total = services.contacts.first_page(ContactFilter(search="given"), ContactSort(), 10)
    assert len(rows) == 10 and total == 45
    assert services.contacts.position(whole[30].id, ContactFilter(), ContactSort("email")) == 30


def test_groups_are_created_renamed_filled_emptied_and_deleted_without_losing_contacts(contacts):
    ids = [row.id for row in contacts.page(0, 10)]
    group = contacts.create_group("Gazetarët e ekonomisë")
    assert contacts.add_to_group(ids[:3], group) == 3
    assert contacts.add_to_group(ids, group) == 1  # only the one not in it yet
    counts = {row.name: row.members for row in contacts.groups()}
    assert counts["Gazetarët e ekonomisë"] == 4
    contacts.rename_group(group, "Ekonomia")
    assert contacts.remove_from_group(ids[:2], group) == 2
    assert {row.name: row.members for row in contacts.groups()}["Ekonomia"] == 2
    with pytest.raises(ValidationError, match="already a group"):
        contacts.create_group("ekonomia")
    with pytest.raises(ValidationError):
        contacts.rename_group(group, "Media; Diaspora")
    contacts.delete_group(group)
    assert "Ekonomia" not in {row.name for row in contacts.groups()}
    assert contacts.count() == 4


def test_the_strategys_audiences_are_seeded_once_and_a_deleted_one_stays_deleted(services):
    service = services.contacts
    service.seed_audiences_once()
    groups = {row.code: row for row in service.groups()}
    assert set(groups) >= {
        "employees",
        "citizens",
        "media",
        "civil_society",
        "business",
        "institutions",
        "donors",
        "diaspora",
    }
    service.delete_group(groups["diaspora"].id)
    service.seed_audiences_once()
    assert "diaspora" not in {row.code for row in service.groups()}


def test_a_group_named_in_another_language_is_the_same_audience(services):
    service = services.contacts
    service.seed_audiences_once()  # in English: "Media"
    contact = service.create(person("Ana", "Marić", groups=["Mediji"]))
    assert service.get(contact).data.groups == ["Media"]


def test_saving_warns_about_shared_email_phone_or_a_similar_name_at_the_same_outlet(contacts):
    hints = contacts.duplicates_of(person("X", "Y", emails=["DJORDJE@radiokim.example"]))
    assert [(h.name, h.reason) for h in hints] == [("Đorđe Čačak", "email")]
    hints = contacts.duplicates_of(person("X", "Y", phones=["+383 44 909 808"]))
    assert [(h.name, h.reason) for h in hints] == [("Mimoza Çeku", "phone")]
    hints = contacts.duplicates_of(person("Djordje", "Cacak", outlet="Radio KIM"))
    assert [(h.name, h.reason) for h in hints] == [("Đorđe Čačak", "name")]
    assert contacts.duplicates_of(person("Djordje", "Cacak", outlet="RTK")) == []
    own = contacts.page(0, 1, "cacak")[0].id
    assert (
        contacts.duplicates_of(person("Đorđe", "Čačak", "Radio KIM", ["djordje@radiokim.example"]), exclude_id=own)
        == []
    )


def test_find_duplicates_lists_each_pair_once_with_the_reason(contacts):
    contacts.create(person("Djordje", "Cacak", "Radio KIM", ["dj.c@gmail.example"]))
    contacts.create(person("Mimoza", "Ceku", "Tjetër", ["mimoza@rk.example"]))
    pairs = {(pair.first_name, pair.second_name, pair.reason) for pair in contacts.find_duplicates()}
    assert pairs == {("Đorđe Čačak", "Djordje Cacak", "name"), ("Mimoza Çeku", "Mimoza Ceku", "email")}


def _history(workspace, contact_id, email):
    """A distributed release and an event with `contact_id` among the recipients and the invited."""
    with workspace.database.session() as session:
        release = PressRelease(
            year=2026, number=1, reference="2026/001", release_date=date(2026, 3, 1), place="Kaçanik"
        )
        release.versions = [ReleaseVersion(language="sq", headline="Buxheti 2026")]
        distribution = Distribution(
            language="sq", channel="email", recipient_count=2, details={"to": [email, "x@y.example"]}
        )
        distribution.recipients = [
            DistributionRecipient(contact_id=contact_id, email=email),
            DistributionRecipient(contact_id=None, email="x@y.example"),
        ]
        release.distributions = [distribution]
        event = Event(uid="e1@test", title="Dëgjim buxhetor", starts_at=datetime(2026, 3, 10, 10))
        session.add_all([release, event])
        session.flush()
        session.execute(insert(event_media_contact).values(event_id=event.id, contact_id=contact_id))


def test_merge_keeps_every_email_phone_group_and_history_and_undo_restores_both(contacts, workspace):
    kept = contacts.page(0, 1, "cacak")[0].id
    other = contacts.create(
        person(
            "Djordje",
            "Cacak",
            "Radio KIM",
            ["dj.c@gmail.example"],
            ["+383 44 111 222"],
            ["Mediat"],
            notes="nga Graçanica",
        )
    )
    _history(workspace, other, "dj.c@gmail.example")
    before_kept, before_other = contacts.get(kept), contacts.get(other)
    chosen = before_kept.data.with_changes(notes="nga Graçanica")
    contacts.merge(kept, other, chosen)
    merged = contacts.get(kept).data
    assert contacts.get(other) is None
    assert {a for _l, a in merged.emails} == {"djordje@radiokim.example", "dj.c@gmail.example"}
    assert {n for _l, n in merged.phones} == {"+383 49 321 654", "+383 44 111 222"}
    assert set(merged.groups) == {"Mediji", "Mediat"} and merged.notes == "nga Graçanica"
    data = contacts.personal_data(kept)
    assert [entry.reference for entry in data.distributions] == ["2026/001"]
    assert [entry.title for entry in data.invitations] == ["Dëgjim buxhetor"]
    assert contacts.last_merge().removed_name == "Djordje Cacak"

    with workspace.database.session() as session:
        moved = select(DistributionRecipient.contact_id).where(DistributionRecipient.email == "dj.c@gmail.example")
        assert session.scalars(moved).all() == [kept]
    assert contacts.undo_last_merge() == (kept, other)
    assert contacts.get(kept).data == before_kept.data
    assert contacts.get(other).data == before_other.data
    with workspace.database.session() as session:
        assert session.scalars(moved).all() == [other]
        invited = select(event_media_contact.c.contact_id)
        assert session.scalars(invited).all() == [other]
    assert contacts.personal_data(kept).distributions == []
    assert [entry.title for entry in contacts.personal_data(other).invitations] == ["Dëgjim buxhetor"]
    assert contacts.last_merge() is None


def test_a_contact_without_a_name_or_with_a_bad_email_is_refused(services):
    with pytest.raises(ValidationError, match="needs a given or family name"):
        services.contacts.create(person("", "", emails=["a@b.example"]))
    with pytest.raises(ValidationError, match="not a valid e-mail"):
        services.contacts.create(person("Ana", "", emails=["ana(at)b"]))
    assert services.contacts.count() == 0


def test_deleting_contacts_keeps_groups_and_distributions_counts(contacts, workspace):
    ids = [row.id for row in contacts.page(0, 10)]
    _history(workspace, ids[0], "djordje@radiokim.example")
    assert contacts.delete(ids[:2]) == 2
    assert contacts.count() == 2
    with workspace.database.session() as session:
        assert session.scalar(select(Distribution.recipient_count)) == 2
        assert session.scalar(select(func.count()).select_from(AudienceGroup)) >= 3


def test_the_first_page_of_a_search_is_the_same_however_it_is_found(services):
    for number in range(700):
        family = ("Aaa", "Mmm", "Zzz")[number % 3]
        services.contacts.create(person(f"Emri{number:03d}", family, notes="gazetar" if number % 2 else "tjetër"))
    for text in ("gazetar", "emri", "zzz", "emri0"):
        rows, total = services.contacts.first_page(ContactFilter(search=text), ContactSort(), 50)
        assert [row.id for row in rows] == [row.id for row in services.contacts.page(0, 50, ContactFilter(search=text))]
        assert total == services.contacts.count(text)


def test_the_first_page_of_a_big_list_is_the_same_whichever_way_it_is_read(services):
    """Over 2,000 matches the first page is looked for at the start of the name index: it must still be exact."""
    from commsdesk.domain.contacts import ImportRow, OnDuplicate

    families = ("Aaa", "Mmm", "Zzz", "Đurić", "Çeku")
    rows = [
        ImportRow(
            number,
            person(f"Emri{number:04d}", families[number % 5], groups=["Mediat"] if number % 4 else [], language="sq"),
        )
        for number in range(2600)
    ]
    services.contacts.import_contacts(rows, on_duplicate=OnDuplicate.ADD)
    group = next(g.id for g in services.contacts.groups() if g.name == "Mediat")
    for contact_filter in (
        ContactFilter(),
        ContactFilter(search="emri"),  # all 2,600 match: the name-index window
        ContactFilter(search="emri0"),  # 1,000 match: collected and sorted
        ContactFilter(search="emri", group_id=group),  # 1,950
        ContactFilter(search="m", language="sq"),
        ContactFilter(search="djuric"),
    ):
        for sort in (ContactSort(), ContactSort(descending=True), ContactSort("groups")):
            rows_found, total = services.contacts.first_page(contact_filter, sort, 200)
            expected = services.contacts.page(0, 200, contact_filter, sort)
            assert [row.id for row in rows_found] == [row.id for row in expected], (contact_filter, sort)
            assert total == services.contacts.count(contact_filter)
