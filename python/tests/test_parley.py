# Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
#
# The Python module: the same events as the command line, the same fields
# as the JSON writer, streaming over files, errors as exceptions, and the
# pandas example. Run by CTest (`make test`) with PYTHONPATH=build/python.
import json
import os
import subprocess
import sys
import threading

import pytest

import parley

FRENCH = "Le président français Emmanuel Macron a félicité mardi le chancelier allemand Olaf Scholz."
ENGLISH = "Germany condemned Russia on Tuesday, the foreign ministry in Berlin said."
SOURCE_DIR = os.environ.get("PARLEY_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.environ.get("PARLEY_BINARY")


@pytest.fixture(scope="module")
def coder():
    return parley.Coder()


def cli_events(path, *args):
    out = subprocess.run([BINARY, "code", *args, path], capture_output=True, check=False, text=True)
    assert out.returncode in (0, 3), out.stderr
    return [json.loads(line) for line in out.stdout.splitlines()]


def as_json(event):
    """A Python event as the JSON writer writes it (tuples are arrays)."""
    return {k: list(v) if isinstance(v, tuple) else v for k, v in event.items()}


def test_code_returns_dicts_with_the_output_fields(coder):
    events = coder.code(FRENCH, lang="fr", date="2021-02-05")
    assert len(events) == 1
    e = events[0]
    assert list(e.keys()) == parley.fields()
    assert (e["source"], e["code"], e["target"]) == ("FRAGOV", "051", "DEUGOV")
    assert e["date"] == "2021-02-02"  # "mardi" before Friday 5 February
    assert e["goldstein"] == 3.4 and isinstance(e["quad_class"], int)
    assert e["source_span"] == (3, 39)
    assert FRENCH.encode()[e["source_span"][0]:e["source_span"][1]].decode() == e["source_text"]


def test_fields_are_the_json_writers_fields(tmp_path, coder):
    if not BINARY:
        pytest.skip("PARLEY_BINARY not set")
    f = tmp_path / "fr.txt"
    f.write_text(FRENCH, encoding="utf-8")
    from_cli = cli_events(str(f), "--date", "2021-02-05")
    from_python = [as_json(e) for e in coder.code_file(str(f), date="2021-02-05")]
    assert from_python == from_cli
    assert list(from_cli[0].keys()) == parley.fields()


def test_code_file_streams_jsonl_and_lists_skipped_documents(tmp_path, coder):
    f = tmp_path / "news.jsonl"
    lines = [
        {"id": "a", "date": "2022-10-12", "text": ENGLISH},
        {"id": "b", "text": ""},
        {"id": "c", "date": "2023-03-10", "text": FRENCH},
    ]
    f.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n{broken\n", encoding="utf-8")
    stream = coder.code_file(str(f))
    first = next(stream)
    assert first["doc_id"] == "a" and first["source"] == "DEU"
    rest = list(stream)
    assert [e["doc_id"] for e in rest] == ["c"]
    skipped = dict(stream.skipped)
    assert set(skipped) == {"b", f"{f}:4"}
    assert "empty" in skipped["b"]


def test_code_file_splits_lines_and_reads_latin1(tmp_path, coder):
    f = tmp_path / "corpus.txt"
    f.write_bytes((ENGLISH + "\n\n" + FRENCH + "\n").encode("latin-1"))
    events = list(coder.code_file(str(f), split="lines", date="2023-03-10"))
    assert [e["doc_id"] for e in events] == [f"{f}:1", f"{f}:3"]
    assert events[1]["source_text"] == "président français Emmanuel Macron"


def test_bad_arguments_and_uncodable_text_raise(coder):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        coder.code(FRENCH, date="5 février")
    with pytest.raises(ValueError, match="lang"):
        coder.code(FRENCH, lang="de")
    with pytest.raises(ValueError, match="empty"):
        coder.code("   ")
    with pytest.raises(ValueError):
        coder.code_file("/nonexistent", split="sentences")


def test_one_coder_serves_many_threads(coder):
    results = [None] * 8

    def work(i):
        results[i] = [coder.code(FRENCH if i % 2 else ENGLISH, date="2022-10-12") for _ in range(50)]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for i, r in enumerate(results):
        assert all(x == r[0] for x in r)
        assert r[0] == coder.code(FRENCH if i % 2 else ENGLISH, date="2022-10-12")


def test_missing_data_folder_raises():
    with pytest.raises(RuntimeError, match="cannot load dictionaries"):
        parley.Coder(data_dir="/nonexistent")


def test_pandas_example_loads_the_samples():
    pytest.importorskip("pandas")
    example = os.path.join(SOURCE_DIR, "python", "examples", "events_to_pandas.py")
    out = subprocess.run([sys.executable, example, os.path.join(SOURCE_DIR, "samples"), "2024-03-15"],
                         capture_output=True, text=True, check=False, env=os.environ)
    assert out.returncode == 0, out.stderr
    assert " events from " in out.stdout
    sys.path.insert(0, os.path.dirname(example))
    import events_to_pandas
    frame = events_to_pandas.events_frame(os.path.join(SOURCE_DIR, "samples"), "2024-03-15")
    assert list(frame.columns) == parley.fields()
    assert len(frame) > 0
    assert str(frame["date"].dtype).startswith("datetime64")
