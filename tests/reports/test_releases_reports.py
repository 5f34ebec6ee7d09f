"""Release PDFs (per language and combined) and the archive in PDF and XLSX, read back as a reader would."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl

from commsdesk.domain.release_body import text_to_body
from commsdesk.domain.releases import Channel, DistributionStatus, ReleaseStatus, VersionState
from commsdesk.services.releases import ArchiveQuery, DistributionInput, VersionInput
from tests.helpers import pdf_pages, pdf_text

HEADLINE = 'Tom & Jerry <b>„Kaçanik"</b> – Đakovica'
LONG = "\n\n".join(
    f"Paragrafi {n}: Komuna e Kaçanikut njofton qytetarët për punimet në rrugën Đakovica–Čačak, "
    "me gjatësi prej 4,2 kilometrash, të financuara nga buxheti komunal dhe donatorët ndërkombëtarë." * 2
    for n in range(1, 12)
)


def make_release(services, sq_body: str = "Teksti i komunikatës.", **options) -> int:
    return services.releases.create(
        date(2026, 3, 14),
        "Kaçanik",
        [
            VersionInput("sq", HEADLINE, text_to_body(sq_body), "Nëntitulli", VersionState.FINAL),
            VersionInput("sr", "Saopštenje o putu Đakovica–Čačak", text_to_body("Tekst.\n\n- jedan\n- dva")),
            VersionInput("en", "Road works", text_to_body("English text.")),
        ],
        tags="rrugë",
        **options,
    )


def fill_profile(services):
    from commsdesk.domain.office import Profile

    services.office.save_profile(
        Profile(
            institution_names={"sq": "Komuna e Kaçanikut", "sr": "Opština Kačanik", "en": "Municipality of Kaçanik"},
            phone="+383 290 380 000",
            email="info@kacanik.example",
            officer_name="Arbëresha Gashi",
        )
    )


def test_the_headline_survives_unchanged_into_the_pdf(services, tmp_path):
    fill_profile(services)
    release_id = make_release(services)
    path = services.releases.write_pdf(release_id, tmp_path / "sq.pdf", ["sq"])
    text = pdf_text(path)
    assert HEADLINE in text
    assert "Komuna e Kaçanikut" in text and "2026/001" in text and "Kaçanik, 14.03.2026" in text
    assert "Nëntitulli" in text and "Arbëresha Gashi" in text and "info@kacanik.example" in text
    assert "Opština" not in text  # one language only


def test_each_version_is_printed_in_its_own_language_on_its_own_letterhead(services, tmp_path):
    fill_profile(services)
    release_id = make_release(services)
    serbian = pdf_text(services.releases.write_pdf(release_id, tmp_path / "sr.pdf", ["sr"]))
    assert "SAOPŠTENJE ZA JAVNOST" in serbian and "Opština Kačanik" in serbian
    assert "Za više informacija:" in serbian and "Strana 1 od 1" in serbian
    assert "• jedan" in serbian or "jedan" in serbian


def test_the_combined_pdf_has_every_language_each_from_a_new_page(services, tmp_path):
    fill_profile(services)
    release_id = make_release(services, embargo_until=datetime(2026, 3, 15, 10, 0))
    path = services.releases.write_pdf(release_id, tmp_path / "all.pdf")
    assert pdf_pages(path) == 3
    text = pdf_text(path)
    assert text.index(HEADLINE) < text.index("Saopštenje o putu") < text.index("Road works")
    assert "15.03.2026 10:00" in text


def test_a_long_release_flows_onto_a_second_page_numbered_within_its_language(services, tmp_path):
    fill_profile(services)
    release_id = make_release(services, sq_body=LONG)
    path = services.releases.write_pdf(release_id, tmp_path / "long.pdf")
    text = pdf_text(path)
    assert pdf_pages(path) == 4
    assert "Faqja 2 nga 2" in text and "Strana 1 od 1" in text
    assert "Paragrafi 11" in text


def test_the_archive_workbook_keeps_the_headline_and_lists_channels(services, tmp_path):
    release_id = make_release(services)
    releases = services.releases
    releases.change_status(release_id, ReleaseStatus.FOR_APPROVAL)
    releases.change_status(release_id, ReleaseStatus.APPROVED, "Kryetari")
    releases.record_distribution(release_id, [DistributionInput("sq", Channel.WEBSITE, DistributionStatus.DONE)])
    path = releases.export_archive_xlsx(tmp_path / "a.xlsx", ArchiveQuery(year=2026), "en")
    sheet = openpyxl.load_workbook(path).active
    header = [cell.value for cell in sheet[1]]
    row = [cell.value for cell in sheet[2]]
    assert row[header.index("Headline (Shqip)")] == HEADLINE
    assert row[header.index("Headline (Srpski)")] == "Saopštenje o putu Đakovica–Čačak"
    assert row[header.index("Channels")] == "Website"
    assert row[header.index("Status")] == "Distributed"
    assert row[header.index("Date")] == datetime(2026, 3, 14)
    assert row[header.index("Approved by")] == "Kryetari"


def test_the_annual_archive_pdf_lists_reference_date_headlines_and_channels(services, tmp_path):
    fill_profile(services)
    make_release(services)
    services.releases.create(date(2025, 1, 2), "", [VersionInput("sq", "Viti i kaluar", "<p>x</p>")])
    path = services.releases.export_archive_pdf(tmp_path / "y.pdf", ArchiveQuery(year=2026), "sq")
    text = pdf_text(path)
    assert "Komunikatat për shtyp 2026" in text
    assert "2026/001" in text and "14.03.2026" in text and HEADLINE in text and "Road works" in text
    assert "Viti i kaluar" not in text
