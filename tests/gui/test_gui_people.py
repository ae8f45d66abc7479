"""The app's Tokoh page (issue 17): the officials registry learned from an approved release,
listed with degrees, position, rank, source and confirmation; edit, confirm and merge."""

from __future__ import annotations

from pathlib import Path

from editor.services import articles, people, workflow

# fresh wording, written for this test
RELEASE = (
    "Apel Kesiapan Pengamanan Lebaran\n"
    "Banyuasin – Kapolres Banyuasin AKBP Ruri Prastowo, S.I.K. memimpin apel kesiapan "
    "pengamanan arus mudik di halaman Mapolres Banyuasin, Senin (3/3).\n"
)


def test_tokoh_page_lists_edits_confirms_and_merges(make_window, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from db import open_database
    from editor.gui.people import PeopleDialog

    open_database(str(tmp_path / "desk.db"), create=True).dispose()
    window = make_window(db_url=str(tmp_path / "desk.db"))
    db = window.desk.db
    article = articles.import_text(db, RELEASE, user="Rina")
    workflow.submit(db, article.id, user="Rina")
    workflow.approve(db, article.id, user="Rina")
    people.add_person(db, "Ruri P. Prastowo", user="Rina")

    dialog = PeopleDialog(window)
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 2, timeout=10_000)
    rows = {dialog.table.topLevelItem(i).text(0): dialog.table.topLevelItem(i) for i in range(2)}
    ruri = rows["Ruri Prastowo"]
    assert [ruri.text(c) for c in range(1, 6)] == [
        "S.I.K.", "Kapolres Banyuasin", "AKBP", f"#{article.id} Apel Kesiapan Pengamanan Lebaran",
        "belum",
    ]  # fmt: skip

    dialog.table.setCurrentItem(ruri)
    assert dialog.degrees_edit.text() == "S.I.K."
    dialog.degrees_edit.setText("SIK, MH")
    dialog.save_button.click()
    qtbot.waitUntil(
        lambda: (
            dialog.table.topLevelItemCount() == 2
            and any(dialog.table.topLevelItem(i).text(1) == "S.I.K., M.H." for i in range(2))
        ),
        timeout=10_000,
    )
    current = dialog.table.currentItem()
    assert current.text(0) == "Ruri Prastowo" and current.text(5) == "ya"

    short = next(dialog.table.topLevelItem(i) for i in range(2)
                 if dialog.table.topLevelItem(i).text(0) == "Ruri P. Prastowo")  # fmt: skip
    short.setSelected(True)
    current.setSelected(True)
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 1, timeout=10_000)
    merged = people.list_people(db)[0]
    assert merged.name == "Ruri Prastowo" and "Ruri P. Prastowo" in merged.short_forms
    assert "Ruri P. Prastowo" in dialog.table.topLevelItem(0).toolTip(0)
    dialog.close()
