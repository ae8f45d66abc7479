"""The officials registry on a PostgreSQL team desk (migration 0003_i17_people): PostgreSQL
itself refuses a writer's direct writes to the registry, an editor changes it through the CLI,
and every change is in the audit log."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_server import PgServer
from test_team_desk_pg import Desk, team_desk

RELEASE = (
    "Apel Kesiapan Pengamanan Lebaran\n"
    "Banyuasin – Kapolres Banyuasin AKBP Ruri Prastowo, S.I.K. memimpin apel kesiapan "
    "pengamanan arus mudik di halaman Mapolres Banyuasin, Senin (3/3).\n"
)


@pytest.fixture
def desk(pg_server: PgServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
         capsys: pytest.CaptureFixture) -> Iterator[Desk]:  # fmt: skip
    """alice (writer) and bob (editor)."""
    yield from team_desk(
        pg_server, tmp_path, monkeypatch, capsys, ("editor.commands.user", "editor.commands.people"),
        (("alice", "writer"), ("bob", "editor")),
    )  # fmt: skip


def test_writer_reads_the_registry_but_only_editors_change_it(desk: Desk) -> None:
    draft = desk.tmp / "apel.txt"
    draft.write_text(RELEASE, encoding="utf-8")
    code, out, err = desk.run("import", str(draft), who="alice")
    assert code == 0, err
    article = out.split("\t")[0].lstrip("#")
    assert desk.run("submit", article, who="alice")[0] == 0
    assert desk.run("approve", article, who="bob")[0] == 0  # the registry learns as bob

    code, out, _ = desk.run("people", "list", who="alice")  # she may read it
    assert code == 0 and "AKBP Ruri Prastowo, S.I.K." in out and f"#{article} " in out
    person = out.split("\t")[0].lstrip("#")

    for sql in (
        f"UPDATE people SET rank = 'AKP' WHERE id = {person}",
        "INSERT INTO people (name, name_key, honorific, degrees, rank, confirmed, source, "
        "created_at, updated_at) VALUES ('X', 'x', '', '[]', '', true, '', now(), now())",
        f"INSERT INTO person_short_forms (person_id, form, created_at) VALUES ({person}, 'R', now())",
        "DELETE FROM person_mentions",
    ):
        refused = desk.psql("alice", sql)
        assert refused.returncode != 0 and "permission denied" in refused.stderr, sql
    assert desk.psql("bob", "DELETE FROM person_mentions").returncode != 0  # nobody deletes
    assert desk.psql("bob", "DELETE FROM audit_events").returncode != 0

    code, _, err = desk.run("people", "confirm", person, who="alice")
    assert code == 2 and "tidak berhak mengubah daftar tokoh" in err
    code, out, err = desk.run("people", "edit", person, "--degree", "SIK", "--degree", "MH",
                              who="bob")  # fmt: skip
    assert code == 0 and "S.I.K., M.H." in out and "terkonfirmasi" in out, err
    audit = desk.psql(
        "bob", "SELECT action, user_id FROM audit_events WHERE action LIKE 'people.%' ORDER BY id"
    )
    assert audit.returncode == 0
    assert "people.learn" in audit.stdout and "people.edit" in audit.stdout
