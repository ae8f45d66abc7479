"""Bad requests get the right status and a JSON message, and the server keeps serving."""

from __future__ import annotations

import json
import threading

import pytest
import requests

from .conftest import Served, sunting


def _error(answer: requests.Response, status: int) -> str:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"].startswith("application/json")
    body = answer.json()
    assert body["status"] == status
    assert "Traceback" not in body["error"]
    return body["error"]


def test_no_text(server: Served) -> None:
    assert "'text' atau 'data'" in _error(server.check(language="id-ID"), 400)
    assert server.alive()


def test_five_megabytes_of_text(server: Served) -> None:
    message = _error(server.check(text="kata " * 1_000_000, language="id-ID"), 413)
    assert "terlalu besar" in message
    assert server.alive()


def test_text_over_the_character_limit(server: Served) -> None:
    assert "terlalu panjang" in _error(server.check(text="a " * 60_000, language="id"), 413)
    assert server.alive()


def test_unknown_language(server: Served) -> None:
    assert "tidak didukung" in _error(server.check(text="Hallo Welt", language="de-DE"), 400)
    # without a LanguageTool behind it, English is refused too
    assert "tidak didukung" in _error(server.check(text="Hello", language="en-US"), 400)
    assert "'language'" in _error(server.check(text="Halo"), 400)
    assert server.alive()


@pytest.mark.parametrize(
    "body",
    [
        b"text=%FF%FE%FD&language=id-ID",  # percent-escapes that are not UTF-8
        b"text=\xff\xfe&language=id-ID",  # a body that is not UTF-8
        b'data={"annotation": [{"text": "Halo"&language=id-ID',  # data that is not JSON
        b'data={"annotation": [{"link": "x"}]}&language=id-ID',  # an item without text/markup
    ],
)
def test_malformed_forms(server: Served, body: bytes) -> None:
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    answer = requests.post(server.url + "/check", data=body, headers=headers, timeout=10)
    _error(answer, 400)
    assert server.alive()


def test_not_a_form(server: Served) -> None:
    answer = requests.post(server.url + "/check", json={"text": "Halo"}, timeout=10)
    assert "x-www-form-urlencoded" in _error(answer, 400)
    assert server.alive()


def test_unknown_paths_and_methods(server: Served) -> None:
    _error(requests.get(server.url + "/nope", timeout=10), 404)
    _error(requests.delete(server.url + "/check", timeout=10), 405)
    assert server.alive()


@pytest.fixture(scope="module")
def keyed(key_file) -> Served:  # type: ignore[no-untyped-def]
    added = sunting("serve", "key", "add", "humas", "--keys", str(key_file))
    assert added.returncode == 0, added.stderr
    key = added.stdout.strip()
    served = Served(
        "--lt", "off", "--workers", "1", "--require-key", "--keys", str(key_file),
        "--allow-origin", "https://cms.example.go.id", "--max-pending", "1",
    )  # fmt: skip
    served.key = key  # type: ignore[attr-defined]
    yield served
    served.stop()


def test_api_keys(keyed: Served, key_file) -> None:  # type: ignore[no-untyped-def]
    text = "Sukses nya acara itu."
    assert "Kunci API" in _error(keyed.check(text=text, language="id-ID"), 401)
    wrong = keyed.check(text=text, language="id-ID", username="humas", apiKey="salah")
    assert "Kunci API" in _error(wrong, 401)
    other = keyed.check(text=text, language="id-ID", username="tamu", apiKey=keyed.key)
    _error(other, 401)
    right = keyed.check(text=text, language="id-ID", username="humas", apiKey=keyed.key)
    assert right.status_code == 200 and right.json()["matches"]
    # stored hashed: the key itself is nowhere in the file
    assert keyed.key not in key_file.read_text(encoding="utf-8")
    listed = sunting("serve", "key", "list", "--keys", str(key_file))
    assert listed.stdout.startswith("humas\t" + keyed.key[:4])
    # revoked: refused at once, without a restart
    assert sunting("serve", "key", "revoke", "humas", "--keys", str(key_file)).returncode == 0
    again = keyed.check(text=text, language="id-ID", username="humas", apiKey=keyed.key)
    _error(again, 401)


def test_cors_headers_for_the_allowed_origin(keyed: Served) -> None:
    origin = "https://cms.example.go.id"
    preflight = requests.options(
        keyed.url + "/check",
        headers={"Origin": origin, "Access-Control-Request-Method": "POST"},
        timeout=10,
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == origin
    answer = requests.get(keyed.url + "/languages", headers={"Origin": origin}, timeout=10)
    assert answer.headers["access-control-allow-origin"] == origin
    stranger = requests.get(
        keyed.url + "/languages", headers={"Origin": "https://x.example"}, timeout=10
    )
    assert "access-control-allow-origin" not in stranger.headers


def test_overload_is_503_and_passes(keyed: Served, key_file) -> None:  # type: ignore[no-untyped-def]
    added = sunting("serve", "key", "add", "redaksi", "--keys", str(key_file))
    key = added.stdout.strip()
    long_text = "Sukses nya acara itu didukung warga Se-Kabupaten Banyuasin. " * 800
    statuses: list[int] = []

    def send() -> None:
        answer = keyed.check(text=long_text, language="id", username="redaksi", apiKey=key)
        statuses.append(answer.status_code)
        if answer.status_code != 200:
            assert json.loads(answer.text)["status"] == 503

    threads = [threading.Thread(target=send) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert 200 in statuses and 503 in statuses  # one worker, one check at a time
    assert set(statuses) <= {200, 503}
    ok = keyed.check(text="Sukses nya acara.", language="id", username="redaksi", apiKey=key)
    assert ok.status_code == 200


def test_a_network_address_needs_keys(tmp_path) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "none.json"
    done = sunting("serve", "--host", "0.0.0.0", "--port", "0", "--keys", str(empty), "--lt", "off")
    assert done.returncode == 2
    assert "butuh kunci API" in done.stderr and "sunting serve key add" in done.stderr
    assert "Traceback" not in done.stderr
