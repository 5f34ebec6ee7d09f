"""E-mail drafts of a release, parsed back with Python's `email` package as a mail program would read them."""

from __future__ import annotations

import email
from datetime import date
from email import policy

import pytest

from commsdesk.domain.office import Profile
from commsdesk.domain.release_body import text_to_body
from commsdesk.domain.releases import ReleaseStatus, VersionState
from commsdesk.errors import ValidationError
from commsdesk.services.contacts import ContactInput
from commsdesk.services.releases import VersionInput
from tests.helpers import pdf_text

HEADLINE = 'Tom & Jerry <b>„Kaçanik"</b> – Đakovica'


@pytest.fixture
def release(services):
    services.office.save_profile(
        Profile(institution_names={"sq": "Komuna e Kaçanikut", "sr": "Opština Kačanik"}, email="info@kacanik.example")
    )
    release_id = services.releases.create(
        date(2026, 3, 14),
        "Kaçanik",
        [
            VersionInput("sq", HEADLINE, text_to_body("Teksti shqip.\n\n- pika"), state=VersionState.FINAL),
            VersionInput("sr", "Naslov – Čačak", text_to_body("Srpski tekst."), state=VersionState.FINAL),
        ],
    )
    services.releases.change_status(release_id, ReleaseStatus.FOR_APPROVAL)
    services.releases.change_status(release_id, ReleaseStatus.APPROVED, "Kryetari")
    return release_id


def contact(services, name: str, language: str, address: str, **extra) -> int:
    return services.contacts.create(
        ContactInput(given_name=name, language=language, emails=[("work", address)], groups=["Media"], **extra)
    )


def read(path):
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def bcc_for(services, release_id, language):
    group = next(g.id for g in services.releases.groups() if g.name == "Media")
    return [r.email for r in services.releases.recipients(release_id, [group]) if r.included and r.language == language]


def test_each_language_gets_its_own_draft_with_its_bcc_subject_and_pdf(services, release, tmp_path):
    contact(services, "Arta", "sq", "arta@example.org")
    contact(services, "Milan", "sr", "milan@example.org")
    contact(services, "Jelena", "sr", "jelena@example.org")
    contact(services, "Nora", "sr", "nora@example.org", do_not_contact=True)
    drafts = {}
    for language in ("sq", "sr"):
        path = tmp_path / f"{language}.eml"
        services.releases.write_email_draft(release, language, path, bcc_for(services, release, language))
        drafts[language] = read(path)
    albanian, serbian = drafts["sq"], drafts["sr"]
    assert albanian["Subject"] == HEADLINE
    assert serbian["Subject"] == "Naslov – Čačak"
    assert [a.addr_spec for a in albanian["Bcc"].addresses] == ["arta@example.org"]
    assert sorted(a.addr_spec for a in serbian["Bcc"].addresses) == ["jelena@example.org", "milan@example.org"]
    for message in drafts.values():
        assert message["To"].addresses[0].addr_spec == "info@kacanik.example"
        assert message["X-Unsent"] == "1"
        assert "nora@example.org" not in message.as_string()
    [pdf] = list(serbian.iter_attachments())
    assert pdf.get_content_type() == "application/pdf" and pdf.get_filename() == "2026-001-sr.pdf"
    pdf_path = tmp_path / "attached.pdf"
    pdf_path.write_bytes(pdf.get_content())
    assert "Naslov – Čačak" in pdf_text(pdf_path) and "Opština Kačanik" in pdf_text(pdf_path)
    text = albanian.get_body(("plain",)).get_content()
    assert HEADLINE.upper() in text and "Teksti shqip." in text and "• pika" in text
    assert "<b>Teksti" not in text
    html = albanian.get_body(("html",)).get_content()
    assert "Tom &amp; Jerry &lt;b&gt;" in html and "<li>pika</li>" in html


def test_an_address_two_contacts_share_is_in_the_bcc_once(services, release, tmp_path):
    contact(services, "Milan", "sr", "redakcija@kim.example")
    contact(services, "Jelena", "sr", "Redakcija@KIM.example ")  # the newsroom's address, written otherwise
    contact(services, "Ana", "sr", "ana@kim.example")
    addresses = bcc_for(services, release, "sr")
    assert len(addresses) == 3  # three contacts get the Serbian version…
    path = services.releases.write_email_draft(release, "sr", tmp_path / "sr.eml", addresses)
    bcc = [a.addr_spec.lower() for a in read(path)["Bcc"].addresses]
    assert sorted(bcc) == ["ana@kim.example", "redakcija@kim.example"]  # …at two addresses, each once


def test_chosen_attachments_go_with_the_draft_under_clean_names(services, release, tmp_path):
    photo = tmp_path / "foto ë.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"x" * 100)
    attachment_id = services.releases.attachments.add(release, photo, {"sq": "Kryetari"})
    path = services.releases.write_email_draft(release, "sq", tmp_path / "d.eml", ["a@example.org"], [attachment_id])
    names = [part.get_filename() for part in read(path).iter_attachments()]
    assert names == ["2026-001-sq.pdf", "foto ë.jpg"]


def test_a_draft_needs_the_office_address(services, release, tmp_path):
    services.office.save_profile(services.office.profile().with_changes(email=""))
    with pytest.raises(ValidationError, match="Office profile"):
        services.releases.write_email_draft(release, "sq", tmp_path / "d.eml", [])
    assert not (tmp_path / "d.eml").exists()
