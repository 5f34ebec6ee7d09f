"""Importing contacts into a real database: one transaction, every row validated, re-imports create nothing new."""

import pytest

from commsdesk.domain.contacts import OnDuplicate
from commsdesk.errors import ValidationError
from commsdesk.io.contacts_files import ContactSource

HEADER = "Given name;Family name;Outlet / organisation;E-mail (work);Phone (mobile);Language;Groups;Notes\n"
GOOD = (
    "Đorđe;Čačak;Radio KIM;djordje@radiokim.example;+383 49 321 654;sr;Mediji;\n"
    "Mimoza;Çeku;Radio Kaçaniku;mimoza@rk.example;044 909 808;sq;Mediat;moderatore\n"
    "Anna;Lindqvist;UNDP Kosovo;anna@undp.example;;en;Donors;\n"
)


def rows_of(tmp_path, text, name="contacts.csv"):
    path = tmp_path / name
    path.write_text(HEADER + text, encoding="utf-8")
    return ContactSource.open(path, languages=["sq", "sr", "en"], default_language="sq").rows()


def test_a_file_with_one_bad_row_imports_nothing_and_names_the_row(services, tmp_path):
    rows = rows_of(tmp_path, GOOD + "Teuta;Rexhepi;RTV21;teuta(at)rtv21;;sq;;\n")
    with pytest.raises(ValidationError) as raised:
        services.contacts.import_contacts(rows)
    message = str(raised.value)
    assert message == "Nothing was imported: row 5: the e-mail “teuta(at)rtv21” is not valid"
    assert services.contacts.count() == 0 and services.contacts.groups() == []


def test_skip_invalid_imports_the_good_rows_and_lists_the_rejected(services, tmp_path):
    rows = rows_of(tmp_path, GOOD + ";;;nobody@example.org;;;;\n")
    report = services.contacts.import_contacts(rows, skip_invalid=True)
    assert (report.created, [(o.row, o.reason) for o in report.rejected]) == (3, [(5, "there is no name")])
    assert services.contacts.count() == 3


def test_the_import_brings_every_field_groups_and_languages(services, tmp_path):
    services.contacts.import_contacts(rows_of(tmp_path, GOOD), group="Lista 2026")
    djordje = services.contacts.get(services.contacts.page(0, 1, "cacak")[0].id).data
    assert (djordje.outlet, djordje.language, djordje.emails, djordje.phones) == (
        "Radio KIM",
        "sr",
        [("work", "djordje@radiokim.example")],
        [("mobile", "+383 49 321 654")],
    )
    assert djordje.groups == ["Lista 2026", "Mediji"]
    counts = {group.name: group.members for group in services.contacts.groups()}
    assert counts == {"Donors": 1, "Lista 2026": 3, "Mediat": 1, "Mediji": 1}


def test_reimporting_the_same_file_creates_no_duplicates(services, tmp_path):
    rows = rows_of(tmp_path, GOOD)
    services.contacts.import_contacts(rows)
    again = services.contacts.import_contacts(rows)
    assert (again.created, again.skipped) == (0, 3)
    updated = services.contacts.import_contacts(rows, on_duplicate=OnDuplicate.UPDATE)
    assert (updated.created, updated.updated) == (0, 3)
    assert services.contacts.count() == 3
    assert len(services.contacts.get(services.contacts.page(0, 1, "cacak")[0].id).data.emails) == 1


def test_a_row_matching_by_phone_updates_only_what_the_file_gives(services, tmp_path):
    services.contacts.import_contacts(rows_of(tmp_path, GOOD))
    changed = rows_of(
        tmp_path, "Mimoza;Çeku;Radio Kaçaniku;mimoza.ceku@gmail.example;+383 44 909 808;;Gazetarët;\n", "v2.csv"
    )
    report = services.contacts.import_contacts(changed, on_duplicate=OnDuplicate.UPDATE)
    assert report.updated == 1 and "same phone" in report.outcomes[0].reason
    mimoza = services.contacts.get(report.outcomes[0].contact_id).data
    assert {address for _l, address in mimoza.emails} == {"mimoza@rk.example", "mimoza.ceku@gmail.example"}
    assert set(mimoza.groups) == {"Mediat", "Gazetarët"}
    assert mimoza.notes == "moderatore" and mimoza.language == "sq"


def test_adding_anyway_creates_a_second_contact(services, tmp_path):
    rows = rows_of(tmp_path, GOOD)
    services.contacts.import_contacts(rows)
    report = services.contacts.import_contacts(rows[:1], on_duplicate=OnDuplicate.ADD)
    assert report.created == 1 and services.contacts.count() == 4


def test_the_same_person_twice_in_one_file_is_imported_once(services, tmp_path):
    rows = rows_of(tmp_path, GOOD + "Djordje;Cacak;Radio KIM;DJORDJE@radiokim.example;;sr;;\n")
    report = services.contacts.import_contacts(rows)
    assert report.created == 3 and report.outcomes[3].reason == "the same person as row 2"


def test_rows_without_email_or_phone_match_by_name_and_organisation(services, tmp_path):
    rows = rows_of(tmp_path, "Agim;Loxha;Këshilli i Fshatit Stagovë;;;sq;;\n")
    services.contacts.import_contacts(rows)
    assert services.contacts.import_contacts(rows).skipped == 1
    assert services.contacts.count() == 1


def test_the_preview_tells_what_would_happen_without_writing(services, tmp_path):
    services.contacts.import_contacts(rows_of(tmp_path, GOOD[: GOOD.index("\n") + 1]))
    report = services.contacts.preview_import(rows_of(tmp_path, GOOD), OnDuplicate.SKIP)
    assert [outcome.action for outcome in report.outcomes] == ["skip", "create", "create"]
    assert services.contacts.count() == 1


def test_a_cancelled_import_writes_nothing(services, tmp_path):
    from commsdesk.errors import Cancelled

    rows = rows_of(tmp_path, "".join(f"P{n};Q;;p{n}@x.example;;;;\n" for n in range(2500)))

    def cancel(done, total):
        if done > total // 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        services.contacts.import_contacts(rows, progress=cancel)
    assert services.contacts.count() == 0


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "vcf"])
def test_importing_an_export_twice_adds_nobody_the_second_time(demo_workspace, services, tmp_path, fmt):
    from commsdesk.io.contacts_export import export_writer
    from commsdesk.services.contacts import ExportScope

    path = tmp_path / f"contacts.{fmt}"
    demo_workspace.services.contacts.export(ExportScope(), export_writer(fmt, path, "sq", delimiter=";"))
    source = ContactSource.open(path, languages=["sq", "sr", "en"], default_language="sq")
    first = services.contacts.import_contacts(source.rows())
    # The demo's two deliberate duplicates share a phone or an e-mail with an earlier row: the same person.
    total = demo_workspace.services.contacts.count()
    assert (first.created, first.skipped) == (total - 2, 2)
    assert {o.name for o in first.outcomes if o.action == "skip"} == {"Vjosë Berisha", "Djordje Cacak"}
    again = services.contacts.import_contacts(source.rows())
    assert (again.created, again.updated, again.skipped) == (0, 0, total)
    assert services.contacts.count() == first.created
