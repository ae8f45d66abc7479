"""The example office (Diskominfo Banyuasin) used by the README, the bench and the tests."""

from __future__ import annotations

from editor.export.profile import Contact, OfficeProfile
from editor.paths import resource

EXAMPLE_LOGO = ("templates", "logo-contoh.png")


def example_profile() -> OfficeProfile:
    return OfficeProfile(
        institution_lines=("PEMERINTAH KABUPATEN BANYUASIN", "DINAS KOMUNIKASI DAN INFORMATIKA"),
        address="Jalan Lingkar Perkantoran Pemkab Banyuasin, Pangkalan Balai 30753",
        telephone="(0711) 000 000",
        email="diskominfo@banyuasinkab.go.id",
        website="diskominfo.banyuasinkab.go.id",
        logo=resource(*EXAMPLE_LOGO).read_bytes(),
        contact=Contact(
            "Rina Marlina, S.I.Kom.",
            "Kepala Bidang Informasi dan Komunikasi Publik",
            "0812 0000 0000",
            "humas@banyuasinkab.go.id",
        ),  # fmt: skip
        closing_mark="(*)",
        numbering="{seq:03d}/SP/Diskominfo/{month_roman}/{year}",
        place="Pangkalan Balai",
    )
