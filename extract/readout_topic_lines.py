"""Verbless topic lines of a readout: "The parties discussed:" followed by lines such as "Energy cooperation."

GUIDELINES (Other genres): what a readout says its participants discussed belongs to every participant. A list
introduced by a readout verb (or "The agenda included") and a colon gives one row per line; each line is a
noun phrase with no clause of its own, and its content is the whole line.
"""
from __future__ import annotations

from spacy.tokens import Span

from .vocabulary import classes_by_form

READOUT_VERBS: dict[str, str] = classes_by_form("readout_verbs")
_LIST_INTROS = {"include", "cover"}  # "The agenda of the talks included:"
MAX_LINES = 12  # a list longer than this is no list of topics


def _is_topic_line(sent: Span) -> bool:
    """A noun phrase alone: its root is a noun with no subject, and it does not end in a colon."""
    root = sent.root
    return root.tag_.startswith("NN") and not any(c.dep_.startswith("nsubj") for c in root.children) \
        and not sent.text.rstrip().endswith(":")


def _introduces_list(sent: Span) -> bool:
    """"The parties discussed:", "The agenda included:": a readout verb (or include) before a final colon."""
    root = sent.root
    return sent.text.rstrip().endswith(":") and (root.lower_ in READOUT_VERBS or root.lemma_.lower() in _LIST_INTROS)


def topic_line(sentences: list[Span], index: int) -> Span | None:
    """The line `sentences[index]` when it is an item of a readout's list of topics, else None."""
    if not _is_topic_line(sentences[index]):
        return None
    for back in range(index - 1, max(index - 1 - MAX_LINES, -1), -1):
        if _introduces_list(sentences[back]):
            return sentences[index]
        if not _is_topic_line(sentences[back]):
            return None
    return None
