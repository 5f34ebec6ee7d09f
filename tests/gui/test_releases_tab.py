"""The Press releases tab as the officer uses it: the archive, the side-by-side editor, approval, distribution."""

from __future__ import annotations

import email
import json
from datetime import date
from email import policy

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QLineEdit

from commsdesk.domain.releases import ReleaseStatus
from commsdesk.resources import resource_path
from commsdesk.services.releases import ArchiveQuery
from commsdesk.ui.tabs.releases import system
from commsdesk.ui.tabs.releases.distribution_dialog import DistributionDialog
from commsdesk.ui.tabs.releases.editor import ReleaseEditor
from commsdesk.ui.tabs.releases.workflow import StatusDialog
from tests.gui.test_main_window import click_button

YEAR = date.today().year


@pytest.fixture
def tab(desk):
    return desk.window.show_tab("releases")


@pytest.fixture
def opened(monkeypatch):
    """What would have been handed to the system's programs (nothing is really opened in tests)."""
    paths = []
    monkeypatch.setattr(system, "open_path", lambda path: paths.append(path) or True)
    return paths


def select(tab, reference: str) -> None:
    tab.filters.search.clear()
    tab.reload()
    row = next(r for r in range(tab.model.rowCount()) if tab.model.release(r).reference == reference)
    tab.table.selectRow(row)


def test_the_archive_lists_the_demo_and_searches_every_language_without_accents(tab, qtbot):
    assert tab.model.rowCount() == 5 and tab.count_label.text() == "5 releases"
    tab.filters.search.setText("pocela rekonstr")  # Serbian headline "Počela rekonstrukcija…"
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.release(0).reference == f"{YEAR}/002"
    assert tab.model.data(tab.model.index(0, 3)) == "Reconstruction of the Kaçanik–Stagovë road begins"
    tab.filters.search.clear()
    tab.filters.status.setCurrentIndex(tab.filters.status.findData("approved"))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.data(tab.model.index(0, 2)) == "Approved"


def test_sorting_by_a_column_asks_the_database_for_that_order(tab):
    tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [tab.model.release(r).reference for r in range(2)] == [f"{YEAR}/001", f"{YEAR}/002"]
    tab.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    headlines = [tab.model.release(r).headline.casefold() for r in range(tab.model.rowCount())]
    assert headlines == sorted(headlines)


def test_a_new_release_is_written_side_by_side_and_pasted_formatting_is_cleaned(tab, qtbot):
    editor = ReleaseEditor(tab.service, None, tab)
    qtbot.addWidget(editor)
    assert (editor.left.language, editor.right.language) == ("sq", "sr")
    editor.left.headline.setText('Tom & Jerry <b>„Kaçanik"</b> – Đakovica')
    pasted = QMimeData()
    pasted.setHtml(
        '<p style="color:red;font-family:Comic Sans"><span style="font-weight:700">Kryetari</span> '
        'takoi <a href="x">banorët</a>.<img src="y"></p><ul><li>pika një</li></ul><script>x()</script>'
    )
    editor.left.body.insertFromMimeData(pasted)
    editor.right.headline.setText("Sastanak u Čačku")
    editor.right.body.setPlainText("Predsednik je posetio građane.")
    assert editor.left.counts.text() == "5 words · 31 characters"
    assert editor.save()
    release = tab.service.detail(editor.release_id)
    assert release.reference == f"{date.today().year}/006"
    assert release.versions["sq"].body == "<p><b>Kryetari</b> takoi banorët.</p><ul><li>pika një</li></ul>"
    assert release.versions["sq"].headline == 'Tom & Jerry <b>„Kaçanik"</b> – Đakovica'
    assert release.versions["sr"].body == "<p>Predsednik je posetio građane.</p>"
    assert editor.heading.text() == f"{release.reference} · Draft"
    assert editor.attachments.buttons["add"].isEnabled()


def test_moving_in_one_language_highlights_the_same_paragraph_in_the_other(tab, qtbot):
    select(tab, f"{YEAR}/001")
    editor = ReleaseEditor(tab.service, tab.current_id(), tab)
    qtbot.addWidget(editor)
    cursor = editor.left.body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.left.body.setTextCursor(cursor)
    [shaded] = editor.right.body.extraSelections()
    assert shaded.cursor.selectedText() == "Fotografije sa festivala priložene su uz ovo saopštenje."
    assert editor.left.paragraph_label.text() == "Paragraph 6 of 6"
    editor.left.language_requested.emit("sr")  # choosing the other side's language swaps the sides
    assert (editor.left.language, editor.right.language) == ("sr", "sq")


def test_bold_and_bullets_from_the_keyboard_are_stored(tab, qtbot):
    editor = ReleaseEditor(tab.service, None, tab)
    qtbot.addWidget(editor)
    editor.left.headline.setText("Titulli")
    body = editor.left.body
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(body, "Fort")
    qtbot.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(body, " e dobet")  # QTest types ASCII only
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClick(body, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(body, "pika")
    assert editor.left.value().body == "<p><b>Fort</b> e dobet</p><ul><li>pika</li></ul>"


def test_approval_asks_who_approved_and_is_refused_while_serbian_is_missing(tab, answer):
    select(tab, f"{YEAR}/004")  # Albanian only
    tab.move_to(ReleaseStatus.FOR_APPROVAL)
    messages = []

    def approve(dialog):
        assert isinstance(dialog, StatusDialog)
        dialog.findChild(QLineEdit).setText("Kryetari i Komunës")

        def read_and_close(box):
            messages.append(box.text())
            click_button("OK")(box)

        answer(read_and_close)
        dialog.ok.click()
        assert dialog.isVisible() and dialog.who.text() == "Kryetari i Komunës"  # refused: still there, as typed
        answer(click_button("Discard"))
        dialog.reject()

    answer(approve)
    tab.move_to(ReleaseStatus.APPROVED)
    assert messages == ["The release cannot be approved: the Srpski version is missing."]
    assert tab.current_release().status is ReleaseStatus.FOR_APPROVAL
    history = tab.detail.history_rows()
    assert [h.to_status for h in history][:2] == [ReleaseStatus.FOR_APPROVAL, ReleaseStatus.DRAFT]


def media_readers(unique_addresses: bool = False) -> dict[str, int]:
    """Demo media contacts that may be written to, by the version they get (English readers get Albanian here);
    with `unique_addresses`, people sharing an address (the demo's deliberate duplicate) count once."""
    people = json.loads(resource_path("demo", "contacts.json").read_text(encoding="utf-8"))
    found: dict[str, list[str]] = {"sq": [], "sr": []}
    for person in people:
        if "media" in person["groups"] and person["emails"] and not person.get("do_not_contact"):
            found["sr" if person["language"] == "sr" else "sq"].append(person["emails"][0][1])
    return {language: len(set(a) if unique_addresses else a) for language, a in found.items()}


def test_distribution_writes_a_draft_per_language_without_do_not_contact_people(tab, qtbot, opened, answer):
    select(tab, f"{YEAR}/003")  # approved, Albanian and Serbian
    dialog = DistributionDialog(tab.service, tab.current_id(), tab)
    qtbot.addWidget(dialog)
    media = next(g.id for g in tab.service.groups() if g.code == "media")
    dialog.chooser.set_group_checked(media)
    notes = {
        dialog.model.row(r).name: dialog.model.data(dialog.model.index(r, 4)) for r in range(dialog.model.rowCount())
    }
    assert notes["Nora Kastrati"] == "Excluded: Do not contact"
    expected = media_readers()
    addresses = media_readers(unique_addresses=True)  # two Serbian-reading contacts share one address
    assert expected["sr"] == addresses["sr"] + 1
    assert f"Srpski: {addresses['sr']}" in dialog.summary.text()
    dialog.open_draft("sr")
    dialog.copy_bcc("sq")
    message = email.message_from_bytes(opened[0].read_bytes(), policy=policy.default)
    bcc = [address.addr_spec for address in message["Bcc"].addresses]
    assert "djordje.cacak@radiokim.example" in bcc and len(bcc) == len(set(bcc)) == addresses["sr"]
    assert "nora.kastrati@klankosova.example" not in QGuiApplication.clipboard().text()
    assert "blerim.krasniqi@rtk.example" in QGuiApplication.clipboard().text()
    seen = answer(click_button("OK"))
    dialog.accept()
    assert "recorded" in seen[0].text()
    release = tab.service.detail(tab.current_id())
    assert release.status is ReleaseStatus.DISTRIBUTED
    # English readers get Albanian: there is no English version
    assert sorted((d.language, d.recipient_count) for d in release.distributions) == sorted(addresses.items())
    again = DistributionDialog(tab.service, release.id, tab)
    qtbot.addWidget(again)
    again.chooser.set_group_checked(media)
    assert f"already received it: {sum(expected.values())}" in again.summary.text()
    assert again.bcc("sr") == []


def test_deleting_a_draft_asks_first_and_the_next_release_takes_the_freed_number(tab, answer):
    select(tab, f"{YEAR}/004")
    answer(click_button("Delete"))
    tab.delete_release()
    references = [r.reference for r in tab.service.page(ArchiveQuery(sort="reference", descending=False), 0, 10)]
    assert references == [f"{YEAR}/001", f"{YEAR}/002", f"{YEAR}/003", f"{YEAR}/005"]  # 005 awaits approval
    assert tab.model.rowCount() == 4
    editor = ReleaseEditor(tab.service, None, tab)
    editor.left.headline.setText("Titulli")
    assert editor.save() and editor.heading.text() == f"{YEAR}/004 · Draft"
    editor.done(0)


def test_the_tab_speaks_albanian_and_serbian(desk, tab):
    desk.change_language("sq")
    assert tab.new_action.text() == "Komunikatë e &re"
    assert tab.title() == "Komunikatat për shtyp"
    assert tab.count_label.text() == "5 komunikata"
    desk.change_language("sr")
    assert tab.filters.year.itemText(0) == "Sve godine"
    assert tab.filters.status.itemText(1) == "Nacrt"


def test_pdf_preview_shows_the_pages_and_saves(tab, qtbot, tmp_path, answer):
    from commsdesk.ui.tabs.releases.pdf_preview import PdfPreviewDialog

    select(tab, f"{YEAR}/001")
    preview = PdfPreviewDialog(tab.service, tab.current_release(), tab)
    qtbot.addWidget(preview)
    assert preview.pages.text() == "Pages: 1"
    assert [ink_share(image) > 0.005 for image in preview.view.images] == [True]  # drawn, not a blank page
    preview.language.setCurrentIndex(preview.language.findData("all"))
    assert preview.pages.text() == "Pages: 3" and len(preview.view.images) == 3
    answer(click_button("OK"))
    written = preview.save_as(str(tmp_path / "release.pdf"))
    assert written is not None and written.stat().st_size > 1000
    preview.done(0)


def ink_share(image):
    """The share of a sample of the image's pixels that are not white."""
    points = [(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)]
    return sum(image.pixelColor(x, y).lightness() < 250 for x, y in points) / len(points)


def test_a_pdf_that_cannot_be_read_is_a_message_and_the_shown_pages_stay(qtbot, tmp_path):
    from commsdesk.errors import UserError
    from commsdesk.ui.widgets.pdf_pages import PdfPages

    pages = PdfPages()
    qtbot.addWidget(pages)
    broken = tmp_path / "Njoftim – Čačak.pdf"
    broken.write_bytes(b"%PDF-1.7\nnot really a PDF")
    with pytest.raises(UserError, match="cannot be shown"):
        pages.load(broken)
    with pytest.raises(UserError, match="cannot be shown"):
        pages.load(tmp_path / "missing.pdf")
    assert pages.images == []


def test_an_approved_statement_is_inserted_into_a_version_and_an_expired_one_is_not_offered(tab, desk, qtbot, answer):
    from commsdesk.ui.widgets.statement_chooser import StatementChooser

    enquiries = desk.workspace.services.enquiries
    editor = ReleaseEditor(tab.service, None, tab, enquiries.offered_statements)
    qtbot.addWidget(editor)
    editor.left.body.setFocus()
    offered = []

    def choose(dialog):
        assert isinstance(dialog, StatementChooser)
        offered.extend(row.topic for row in dialog.rows())
        dialog.table.selectRow(dialog.rows().index(next(r for r in dialog.rows() if r.topic == "Rrugët")))
        dialog.accept()

    answer(choose)
    inserted = editor.left.insert_statement()
    assert editor.left.language == "sq"
    assert inserted and inserted in editor.left.body.toPlainText() and "investimet" in inserted
    assert "Ujësjellësi" not in offered  # the demo's expired statement
    assert "Rrugët" in offered and "Buxheti 2027" in offered
