"""The twelfth pass: a token the tokenizer split."""

# What a race time is followed by, when anything: its unit.
TIME_UNITS = {"mín", "mín.", "mínúta", "mínútur", "mínútum", "sek", "sek.", "sekúnda", "sekúndur", "sekúndum", "klst", "klst."}


def _counts_a_noun(word: dict | None) -> bool:
    """A noun after the number that is not a unit of time: "14:12,3 mörk", "10:00-17:00,7 daga"
    are a score or a range, a comma and a count written without a space."""
    return word is not None and word["upos"] in ("NOUN", "PROPN") and word["form"].lower() not in TIME_UNITS and word["lemma"] not in TIME_UNITS


def times_with_hundredths(sentence: list[dict]) -> None:
    """A race time with hundredths, "1:07,99", is one number: the tokenizer reads "1:07" as a
    clock time and ",99" as a comma and another number, so the learner saw "99" glossed alone.
    The three pieces join when nothing stands between them, not after kl./klukkan (a clock
    time, "kl. 17:30,5 manns") nor before a noun the last number counts."""
    i = 0
    while i + 2 < len(sentence):
        time, comma, fraction = sentence[i:i + 3]
        before = sentence[i - 1] if i > 0 else None
        after = sentence[i + 3] if i + 3 < len(sentence) else None
        if (time["kind"] == "time" and time["form"][:1].isdigit() and "-" not in time["form"] and comma["form"] == ","
                and fraction["kind"] == "number" and fraction["form"].isdigit() and len(fraction["form"]) <= 2
                and time["end"] == comma["start"] and comma["end"] == fraction["start"]
                and not (before is not None and before["form"].lower() in ("kl.", "kl", "klukkan")) and not _counts_a_noun(after)):
            form = f"{time['form']},{fraction['form']}"
            time.update(form=form, lemma=form, end=fraction["end"], upos="NUM", feats={})
            del sentence[i + 1:i + 3]
        i += 1
