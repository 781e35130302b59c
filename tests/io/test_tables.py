"""CSV exports: the .jsonl keys as columns, text required."""
from __future__ import annotations

import csv
import json


def test_csv_rows_equal_jsonl_records(kg, tmp_path, graph_dataset):
    records = [{"id": "r1", "text": "Iran supports Hezbollah in Lebanon.", "title": "One",
                "date": "2024-01-02", "url": "https://x.example/1", "language": "en", "source": "X"},
               {"id": "r2", "text": "أعلنت إيران دعمها للحوثيين في اليمن.\nوقال المتحدث إن الدعم مستمر.",
                "title": "", "date": "", "url": "", "language": "", "source": ""}]
    (tmp_path / "c").mkdir(), (tmp_path / "j").mkdir()
    with open(tmp_path / "c" / "db.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["source", "id", "text", "title", "date", "url", "language", "extra"])
        writer.writeheader()
        for r in records:
            writer.writerow({**r, "extra": "ignored"})
    with open(tmp_path / "j" / "db.jsonl", "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps({k: v for k, v in r.items() if v}, ensure_ascii=False) + "\n")
    for name in ("c", "j"):
        run = kg("build", tmp_path / name, "-o", tmp_path / f"{name}.nq")
        assert run.code == 0, run.err
    assert graph_dataset(tmp_path / "c.nq") == graph_dataset(tmp_path / "j.nq")


def test_csv_without_text_column_and_bad_rows(kg, tmp_path, graph_documents, one_line_error):
    (tmp_path / "good.txt").write_text("Iran supports Hezbollah in Lebanon.\n", encoding="utf-8")
    (tmp_path / "notext.csv").write_text("id,body\n1,Iran supports Hezbollah.\n", encoding="utf-8")
    (tmp_path / "rows.csv").write_text("text,date\nIran supports Hezbollah.,2024-02-30\n,\n"
                                       "Iran supports the Houthis in Yemen.,2024-02-03\n", encoding="utf-8")
    out = tmp_path / "o.nq"
    run = kg("build", tmp_path, "-o", out)
    assert run.code == 0
    one_line_error(run, "notext.csv", "no 'text' column")
    one_line_error(run, "rows.csv:2", "not a valid date")
    assert set(graph_documents(out)) == {"good", "rows:4"}
