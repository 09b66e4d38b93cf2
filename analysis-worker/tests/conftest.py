import pytest

from samhlida_worker.analyze import Analyzer


@pytest.fixture(scope="session")
def analyzer():
    return Analyzer()


@pytest.fixture(scope="session")
def words(analyzer):
    """Analyse a sentence and index its tokens by form (first occurrence)."""

    def run(text):
        out = {}
        for token in analyzer.analyze(text)["tokens"]:
            out.setdefault(token["form"], token)
        return out

    return run
