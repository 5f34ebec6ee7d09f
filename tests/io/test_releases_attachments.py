"""The managed archive folder: files are copied in under generated names and saved back out safely."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from commsdesk.errors import UserError
from commsdesk.services.releases import VersionInput


@pytest.fixture
def release(services):
    return services.releases.create(date(2026, 3, 1), "Kaçanik", [VersionInput("sq", "Titulli", "<p>Teksti</p>")])


@pytest.mark.parametrize(("name", "saved_as"), [("..\\..\\evil.exe", "evil.exe"), ("CON.txt", "_CON.txt")])
def test_a_dangerous_name_is_stored_and_saved_back_safely(services, release, tmp_path, name, saved_as):
    root = tmp_path / "files"
    (root / "in").mkdir(parents=True)
    source = root / "in" / name  # on Linux a backslash is an ordinary letter: the name arrives whole
    source.write_bytes(b"MZ content")
    store = services.releases.attachments
    attachment_id = store.add(release, source)
    row = store.attachment(attachment_id)
    assert row.original_name == name
    stored = store.folder / row.stored_name
    assert stored.read_bytes() == b"MZ content" and "evil" not in row.stored_name and "CON" not in row.stored_name
    assert row.sha256 == hashlib.sha256(b"MZ content").hexdigest() and row.size == 10
    target = root / "out" / "inner"
    target.mkdir(parents=True)
    saved = store.save_copy(attachment_id, target)
    assert saved == target.resolve() / saved_as
    assert saved.read_bytes() == b"MZ content"
    written = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())
    assert written == sorted([f"in/{name}", f"out/inner/{saved_as}"])


def test_a_program_is_never_opened_and_a_copy_never_overwrites(services, release, tmp_path):
    program = tmp_path / "setup.exe"
    program.write_bytes(b"MZ")
    store = services.releases.attachments
    attachment_id = store.add(release, program)
    with pytest.raises(UserError, match="does not open programs"):
        store.path_to_open(attachment_id)
    out = tmp_path / "out"
    out.mkdir()
    first, second = store.save_copy(attachment_id, out), store.save_copy(attachment_id, out)
    assert (first.name, second.name) == ("setup.exe", "setup (2).exe")


def test_a_damaged_archive_copy_is_refused_and_nothing_is_written(services, release, tmp_path):
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"\xff\xd8 photo")
    store = services.releases.attachments
    attachment_id = store.add(release, photo, {"sq": "Kryetari", "sr": "Predsednik", "en": ""})
    assert store.attachment(attachment_id).captions == {"sq": "Kryetari", "sr": "Predsednik"}
    assert store.attachment(attachment_id).kind.value == "photo"
    (store.folder / store.attachment(attachment_id).stored_name).write_bytes(b"changed")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UserError, match="damaged"):
        store.save_copy(attachment_id, out)
    assert list(out.iterdir()) == []


def test_removing_an_attachment_or_deleting_the_draft_removes_the_archived_files(services, release, tmp_path):
    source = tmp_path / "a.pdf"
    source.write_bytes(b"%PDF")
    store = services.releases.attachments
    first, second = store.add(release, source), store.add(release, source)
    store.remove(first)
    assert len(list(store.folder.iterdir())) == 1
    services.releases.delete(release)
    assert list(store.folder.iterdir()) == []
    with pytest.raises(UserError):
        store.attachment(second)


def test_an_unreadable_source_is_reported_and_nothing_is_stored(services, release, tmp_path):
    with pytest.raises(UserError, match="cannot be read"):
        services.releases.attachments.add(release, tmp_path / "missing.jpg")
    assert services.releases.attachments.attachments(release) == []
