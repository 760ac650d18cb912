"""The figures of anonymous rows alone (speaker `anonymous`): how many the build made, how many are right, and how
many of the gold's anonymous rows it found; a line of `python -m extract.evaluate`."""
from __future__ import annotations

from .schema import ANONYMOUS


def anonymous_line(golds: list, result) -> str:
    """"anonymous rows  P … R …" over `golds` (evaluate.GoldArticle): right of made, and of the gold's anonymous rows."""
    from .evaluate import _match, statement_matches

    statements = result.statements
    made = right = gold_rows = unscored = 0
    for gold in golds:
        frame = statements[(statements["article_id"] == gold.article.article_id) & (statements["speaker"] == ANONYMOUS)]
        if not gold.anonymous_rows:
            unscored += len(frame)
            continue
        wanted = [g for g in gold.statements if g.get("speaker_type") == ANONYMOUS]
        pairs, _, _ = _match(frame.to_dict("records"), wanted, statement_matches)
        made, right, gold_rows = made + len(frame), right + len(pairs), gold_rows + len(wanted)
    precision = right / made if made else 0.0
    recall = right / gold_rows if gold_rows else 0.0
    return (f"anonymous rows        P {precision:.3f}  R {recall:.3f}  (right {right} of {made} made; {gold_rows} in gold; "
            f"{unscored} more in files annotated before anonymous rows, not scored)")
