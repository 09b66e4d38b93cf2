"""Dev loop for the correction rules (analysis-worker/samhlida_worker/corrections).

Runs the analyser once over the UD dev sets (read in place from ../shared/data/ud, never
copied) and stores every sentence's tokens as they are before `correct()`; then re-applies the
rules to the stored tokens and scores them in seconds with the conventions of score.ts (gives
the bench's figures to the word), or compares two rule sets word by word.

  analysis-worker/.venv/bin/python scripts/bench/analysis_devloop.py build CACHE_DIR
  analysis-worker/.venv/bin/python scripts/bench/analysis_devloop.py score CACHE_DIR ROWS.pkl [WORKER_DIR]
  analysis-worker/.venv/bin/python scripts/bench/analysis_devloop.py compare A.pkl B.pkl [-q]

WORKER_DIR (default analysis-worker) lets a copy of the worker at another commit be scored
(`git archive COMMIT analysis-worker/samhlida_worker | tar -x -C DIR`). Rebuild the cache after
changing anything before `correct()` (the parse, the fallback, analyze.py).
"""
import copy, os, pickle, re, sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
UD = os.environ.get("SAMHLIDA_UD_DIR", os.path.join(ROOT, "..", "shared", "data", "ud"))
FILES = {"gc": os.path.join(UD, "is_gc-ud-dev.conllu"), "modern": os.path.join(UD, "is_modern-ud-dev.conllu")}
FEATS = ["Case", "Number", "Gender", "Definite", "Person", "Tense", "Mood", "Voice", "VerbForm", "Degree"]


def u16(s):
    return len(s.encode("utf-16-le")) // 2


def read_conllu(path):
    """As scripts/bench/conllu.ts: each word located in `# text` (UTF-16 offsets)."""
    out = []
    for block in re.split(r"\n\s*\n", open(path, encoding="utf8").read()):
        lines = [l for l in block.split("\n") if l]
        text = next((l[9:] for l in lines if l.startswith("# text = ")), None)
        if text is None:
            continue
        words, cursor, range_end, rng = [], 0, 0, None
        for line in lines:
            if line.startswith("#"):
                continue
            c = line.split("\t")
            id_, form, lemma, upos, feats = c[0], c[1], c[2], c[3], c[5]
            if "." in id_:
                continue
            if "-" in id_:
                at = text.find(form, cursor)
                st = at if at >= 0 else cursor
                rng = (st, st + len(form))
                range_end = int(id_.split("-")[1])
                cursor = rng[1]
                continue
            if rng and int(id_) <= range_end:
                span = rng
            else:
                rng = None
                at = text.find(form, cursor)
                span = (at, at + len(form)) if at >= 0 else (cursor, cursor)
                cursor = span[1]
            f = {} if feats == "_" else dict(p.split("=", 1) for p in feats.split("|"))
            words.append(dict(form=form, lemma=lemma, upos=upos, feats=f, start=u16(text[:span[0]]), end=u16(text[:span[1]])))
        out.append(dict(text=text, words=words))
    return out


def build(cache_dir, worker_dir):
    sys.path.insert(0, worker_dir)
    from samhlida_worker import analyze as A
    store = []
    real = A.correct

    def grab(sentence):
        store.append(copy.deepcopy(sentence))
        real(sentence)

    A.correct = grab
    analyzer = A.Analyzer()
    analyzer.analyze("Hér.")
    os.makedirs(cache_dir, exist_ok=True)
    for conv, path in FILES.items():
        cache = []
        for s in read_conllu(path):
            store.clear()
            analyzer.analyze(s["text"])
            cache.append(copy.deepcopy(store))
        pickle.dump(cache, open(os.path.join(cache_dir, f"{conv}.pkl"), "wb"))
        print(conv, len(cache), "sentences", flush=True)


def normalise(upos, form, feats, conv):
    """score.ts's normalise()."""
    out = {k: feats[k] for k in FEATS if k in (feats or {})}
    verbal = upos in ("VERB", "AUX")
    finite = verbal and ("Mood" in out or out.get("VerbForm") == "Fin")
    if upos == "ADP" or finite or (verbal and out.get("VerbForm") != "Part"):
        out.pop("Case", None)
    if out.get("VerbForm") == "Fin":
        del out["VerbForm"]
    nominal = upos in ("NOUN", "PROPN")
    if conv == "gc" and (not nominal or out.get("Definite") == "Ind"):
        out.pop("Definite", None)
    if conv == "gc" and out.get("Degree") == "Pos":
        del out["Degree"]
    if conv == "gc" and out.get("VerbForm") == "Part":
        out.pop("Tense", None)
    if conv == "gc" and upos == "PRON" and (form or "").lower() in ("sig", "sér", "sín"):
        out.pop("Number", None)
        out.pop("Gender", None)
    if conv == "modern" and upos == "PRON" and out.get("Person") == "3":
        del out["Person"]
    if conv == "modern" and upos == "NUM" and re.match(r"^[0-9]", form or ""):
        out.pop("Number", None)
    return out


def same_lemma(g, ours, conv):
    """score.ts's sameLemma()."""
    if ours is None:
        return False
    if ours.lower() == g["lemma"].lower():
        return True
    if conv == "gc":
        return "-" not in g["form"] and g["lemma"].replace("-", "").lower() == ours.lower()
    if g["upos"] == "PRON" and g["lemma"] in ("það", "hún", "hann") and ours == "sá":
        return True
    if g["lemma"] == "það" and g["form"].lower() == "því" and ours == "því":
        return True
    return bool(re.match(r"^[0-9][0-9.,]*$", g["form"])) and ours == g["form"]


def same_upos(a, b):
    return a == b or (a in ("DET", "PRON") and b in ("DET", "PRON"))


def marks(conv, w, tok):
    """Right or not, per measure: lemma, UPOS, case (None: gold has none), number, all."""
    if tok is None:
        return (0, 0, None if "Case" not in w["feats"] else False, None, 0)
    g = normalise(w["upos"], w["form"], w["feats"], conv)
    o = normalise(w["upos"], w["form"], tok.get("feats"), conv)
    c = (o.get("Case") == g["Case"]) if "Case" in g else None
    n = (o.get("Number") == g["Number"]) if "Number" in g else None
    return (int(same_lemma(w, tok.get("lemma"), conv)), int(same_upos(tok.get("upos"), w["upos"])), c, n,
            int(all(g.get(k) == o.get(k) for k in set(g) | set(o))))


def score(cache_dir, rows_out, worker_dir):
    sys.path.insert(0, worker_dir)
    from samhlida_worker.corrections import correct
    from samhlida_worker.corrections.pass13_lists import numbered_list_items
    res = {}
    for conv, path in FILES.items():
        cache = pickle.load(open(os.path.join(cache_dir, f"{conv}.pkl"), "rb"))
        rows, t = [], dict(lemma=0, upos=0, cr=0, ca=0, nr=0, na=0, feats=0, words=0)
        for si, (s, pre) in enumerate(zip(read_conllu(path), cache)):
            sents = [copy.deepcopy(sent) for sent in pre]
            for sent in sents:
                correct(sent)
            numbered_list_items(sents)
            tokens = [t for sent in sents for t in sent]
            for w in s["words"]:
                if w["upos"] == "PUNCT":
                    continue
                tok = next((x for x in tokens if x["start"] == w["start"]), None) or next(
                    (x for x in tokens if x["start"] <= w["start"] and x["end"] >= w["end"]), None)
                rows.append((si, w, tok))
                m = marks(conv, w, tok)
                t["words"] += 1
                t["lemma"] += m[0]
                t["upos"] += m[1]
                t["feats"] += m[4]
                if m[2] is not None:
                    t["ca"] += 1
                    t["cr"] += int(m[2])
                if m[3] is not None:
                    t["na"] += 1
                    t["nr"] += int(m[3])
        res[conv] = (t, rows)
        print(conv, fmt(t))
    pickle.dump(res, open(rows_out, "wb"))


def fmt(t):
    pct = lambda a, b: f"{100 * a / b:.2f}" if b else "—"
    return (f"lemma {pct(t['lemma'], t['words'])}  UPOS {pct(t['upos'], t['words'])}  case {pct(t['cr'], t['ca'])}"
            f"  number {pct(t['nr'], t['na'])}  all {pct(t['feats'], t['words'])}")


def desc(t):
    if t is None:
        return "?"
    f = t.get("feats", {})
    return f"{t.get('lemma')}/{t.get('upos')}/{f.get('Case', '-')}{f.get('Number', '-')[:2]}"


def compare(a_path, b_path, quiet):
    a, b = pickle.load(open(a_path, "rb")), pickle.load(open(b_path, "rb"))
    for conv in FILES:
        (ta, ra), (tb, rb) = a[conv], b[conv]
        d, lines = [0] * 5, []
        for (si, w, x), (_, _, y) in zip(ra, rb):
            if desc(x) == desc(y) and (x or {}).get("feats") == (y or {}).get("feats"):
                continue
            delta = [int(bool(q)) - int(bool(p)) for p, q in zip(marks(conv, w, x), marks(conv, w, y))]
            d = [p + q for p, q in zip(d, delta)]
            lines.append(f"  s{si} {w['form']}: gold {w['lemma']}/{w['upos']}  {desc(x)} -> {desc(y)}  {delta}")
        print(f"{conv}: lemma/UPOS/case/number/all {d[0]:+d} / {d[1]:+d} / {d[2]:+d} / {d[3]:+d} / {d[4]:+d} ({len(lines)} words changed)")
        print("   before:", fmt(ta))
        print("   after: ", fmt(tb))
        if not quiet:
            print("\n".join(lines))


if __name__ == "__main__":
    worker = os.path.join(ROOT, "analysis-worker")
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "build":
        build(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else worker)
    elif cmd == "score":
        score(sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else worker)
    elif cmd == "compare":
        compare(sys.argv[2], sys.argv[3], "-q" in sys.argv[4:])
    else:
        print(__doc__)
        sys.exit(2)
