import json
import subprocess
import sys
from pathlib import Path

WORKER = Path(__file__).resolve().parent.parent


def test_json_lines_in_and_out():
    requests = [{"id": 1, "text": "Hún les."}, {"id": 2, "text": 5}, {"id": 3, "text": "Þær lásu bókina."}]
    stdin = "".join(json.dumps(r) + "\n" for r in requests) + "not json\n"
    run = subprocess.run([sys.executable, "-m", "samhlida_worker"], input=stdin, capture_output=True,
                         text=True, cwd=WORKER, timeout=120)
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert lines[0] == {"ready": True}
    assert lines[1]["id"] == 1 and [t["lemma"] for t in lines[1]["tokens"]] == ["hún", "lesa", "."]
    assert lines[2]["id"] == 2 and "error" in lines[2]
    assert lines[3]["id"] == 3 and lines[3]["tokens"][1]["lemma"] == "lesa"
    assert "error" in lines[4]
    assert run.returncode == 0
