"""Rules are immutable after loading: two threads checking at once, with one rule set and two
engines (one with an office's dictionary), get exactly what each gets alone."""

from __future__ import annotations

import threading
from pathlib import Path

from editor.checks.engine import CheckEngine, CheckOptions
from editor.checks.lexicon import HouseDictionary, Lexicon
from editor.checks.rules import load_bundled

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"

# freshly written copy with typos, unknown names, inflected non-standard forms and acronyms
TEXTS = [
    "Camat Sukamaju menghimbau warga agar merubah kebiasan membuang sampah di sungai.",
    "Kepala Dinkes, drg. Sari Wulandari, M.Kes., meninjau Puskesmas Mekarjaya bersama DRPD.",
    "Pemkab menyalurkan bantuan kepada 120 KPM di Kecamatan sungai lilin pada Rabu kemarin.",
    "Kegiatan ini di ikuti oleh seluruh ASN, dan di harapkan dapat meningkatkan kinerja nya.",
    *(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))),
]


def _keys(found) -> list[tuple]:
    return [(f.rule, f.start, f.end, f.severity, f.suggestions, f.message) for f in found]


def test_two_threads_at_once_get_what_one_thread_gets() -> None:
    rules, lexicon = load_bundled(), Lexicon.load_default()
    house = HouseDictionary(accepted=frozenset({"Mekarjaya"}), replacements={"kemarin": "lalu"})
    options = [CheckOptions(), CheckOptions(house=house)]
    expected = [[_keys(CheckEngine(lexicon, rules, o).check(t)) for t in TEXTS] for o in options]
    assert expected[0] != expected[1]  # the office's dictionary does change what is found
    # fresh engines, cold caches, one rule set: both threads start together
    engines = [CheckEngine(lexicon, rules, o) for o in options]
    barrier = threading.Barrier(2)
    got: list[list[list[tuple]]] = [[], []]
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            barrier.wait()
            for _ in range(3):
                got[i].append([_keys(engines[i].check(t)) for t in TEXTS])
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for i in (0, 1):
        assert got[i] == [expected[i]] * 3
