"""Miðeind's tokenizer as a sentence splitter for `npm run bench:segment`.

Reads one JSON string per line on stdin, writes one JSON array of sentences per line on stdout.
"""
import json
import sys

from tokenizer import split_into_sentences

for line in sys.stdin:
    if not line.strip():
        continue
    text = json.loads(line)
    sentences = [s.strip() for s in split_into_sentences(text, original=True) if s.strip()]
    print(json.dumps(sentences, ensure_ascii=False))
