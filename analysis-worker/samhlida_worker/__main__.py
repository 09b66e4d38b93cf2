"""JSON lines on stdin → JSON lines on stdout: {"id", "text"} → {"id", "tokens", …} or {"id", "error"}.

Memory ceiling: after each reply the worker compares its peak resident size with
SAMHLIDA_WORKER_MAX_RSS_MB (default 1500) and exits with status 3 when it is above; the
Node client starts a fresh worker for the next request (the last reply says "restart": true).
"""

import json
import os
import resource
import sys

from .analyze import Analyzer


def main() -> int:
    ceiling_kb = int(os.environ.get("SAMHLIDA_WORKER_MAX_RSS_MB", "1500")) * 1024
    analyzer = Analyzer(int(os.environ.get("SAMHLIDA_WORKER_MAX_SENT_TOKENS", "50")))
    analyzer.analyze("Hér.")  # load the grammar and BÍN before saying ready
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        if not line.strip():
            continue
        request_id = None
        try:
            request = json.loads(line)
            request_id = request.get("id")
            text = request.get("text")
            if not isinstance(text, str):
                raise ValueError("text must be a string")
            reply = {"id": request_id, **analyzer.analyze(text)}
        except Exception as error:  # one bad request must not end the worker
            reply = {"id": request_id, "error": f"{type(error).__name__}: {error}"}
        over = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss > ceiling_kb
        if over:
            reply["restart"] = True  # the client sends nothing more to this process
        sys.stdout.write(json.dumps(reply, ensure_ascii=False) + "\n")
        sys.stdout.flush()
        if over:
            sys.stderr.write("analysis worker: above the memory ceiling, exiting\n")
            return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
