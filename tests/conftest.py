from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def run_doc(nlp):
    def _run(text: str, date: str | None = None):
        doc = nlp.make_doc(text)
        doc._.date = date
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        return doc

    return _run
