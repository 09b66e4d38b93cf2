"""Where a sentence the grammar rejects whole is cut into parts that are parsed alone."""

# Words that start a clause, where a part that fails is cut: the coordinating conjunctions
# that join main clauses, the relative "sem" and the commonest subordinating conjunctions.
# (Cutting at the coordinators first and at the others only where that fails was measured
# slower and no better.)
CLAUSE_STARTERS = {"og", "en", "eða", "sem", "þegar", "ef", "þótt", "hvort"}


def split_before(tokens, chunk: list[int], starters: set) -> list[list[int]]:
    """The chunk cut at each of the starters. The starter itself is left out of both parts:
    a clause that begins with it rarely parses alone, and the fallback tags it well."""
    parts: list[list[int]] = [[]]
    for i in chunk:
        if (tokens[i].txt or "").lower() in starters:
            parts.append([])
        else:
            parts[-1].append(i)
    return [p for p in parts if p] if len(parts) > 1 else []


CLAUSE_BREAKS = {",", ";", ":", "–", "—", "(", ")", "„", "“", "”", "\"", "«", "»"}
