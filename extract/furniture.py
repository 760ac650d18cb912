"""Finding web-page furniture (teasers, share prompts, credits, author boxes) inside article text.

Scraped news text keeps bits of the page around the story: "READ MORE: <headline>" lines, photo
captions and credits, newsletter and live-blog prompts, wire sign-offs, and after the story an
author box, "Check Also" teasers or comments. None of it may produce rows. Rules look at the
*shape* of a line or sentence (a label and a colon, an all-caps teaser, a credit in brackets),
never at particular headlines. Offsets index the text exactly as given.

Three kinds of result:
- `body_end(text)`: where the trailing furniture begins. A cut marker ("Check Also",
  "About <Author Name>", "You may also like", "More from ...", "Comments", ...) on a line of its
  own ends the story; the end then moves back over any furniture just before it ("(with wires)",
  "Source: PAP", "X contributed to this report.", an author bio), so for the seed article the
  body ends just before "(with wires)". A cut marker is ignored when more text follows it than
  precedes it: a cut is allowed to remove at most half an article.
- `furniture_spans(text)`: furniture before `body_end`. "Related Articles" / "Read More" on a
  line of their own are blocks, not cuts: the label and the headline-shaped lines after it
  (Mirror embeds these mid-story, and the story goes on after them).
- `is_furniture(start, end, text)`: whether more than half of a range's non-space characters
  are furniture (in a span, or at or after `body_end`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

Span = tuple[int, int]

# --- rule tables -------------------------------------------------------------------------------
_SOCIAL = r"(?:Twitter|Facebook|Instagram|Telegram|TikTok|YouTube|LinkedIn|WhatsApp|Snapchat|Flipboard|Google News|social media)"
_AGENCY = r"(?:AP(?: Photo)?|Reuters|AFP|EPA(?:-EFE)?|Getty(?: Images)?|PA(?: Wire| Images)?|Shutterstock|Alamy|Bloomberg|dpa|ANP|TASS|Sputnik|Anadolu(?: Agency)?|UNIAN|Ukrinform|Sipa|Rex(?: Features)?)"
_MONTH = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|August|September|October|November|December"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# A prompt glued to the next sentence in run-on text ("... live blog here The next sentence"):
# sentence rules must not swallow it; the inline rules mark just the prompt.
_RUN_ON = re.compile(r"\b(?:here|blog|liveblog|updates|newsletter|bulletin)\s+[A-Z\"“‘]")
_NAME_WORD = r"(?:[A-Z][a-zà-ÿ'’.-]+|[A-Z]\.|de|van|von|der|da|al|bin|la|le)"


def _rules(*patterns: str, flags: int = re.I) -> list[re.Pattern]:
    return [re.compile(p, flags) for p in patterns]


# A line that ends the story: everything from here on is furniture.
CUT_LINES = _rules(
    r"Check Also",
    r"More (?:from|stories from|by|in) .{1,60}",
    r"More (?:on this (?:story|topic)|stories|like this)",
    r"You (?:may|might) (?:also )?(?:like|enjoy|be interested in).{0,20}",
    r"Recommended(?: for you| reading| stories| articles| videos?)?",
    r"Most (?:Read|Popular|Viewed|Shared|Watched)(?: .{1,30})?",
    r"(?:Trending|Popular)(?: Now| Stories| News)?",
    r"(?:\d+ )?Comments?(?: \(\d+\))?",
    r"(?:Leave|Post|Add) a (?:comment|reply)|Join the (?:conversation|discussion)",
    r"(?:Tags?|Topics|Filed under)\s*:.{0,200}",
    r"About (?:the|this) (?:author|reporter|writer)s?",
) + _rules(rf"About {_NAME_WORD}(?: {_NAME_WORD}){{1,3}}", flags=0)

# A label on a line of its own that starts a block of teaser headlines.
BLOCK_HEADS = _rules(
    r"(?:Read|See) (?:More|Also)|Also (?:Read|See)|Related(?: Articles?| Stories| Posts| Content| Coverage| News| Links)?|More (?:News|Stories|Headlines)|Don['’]t Miss|Latest(?: News)?|Top Stories",
)

# A whole line that is furniture.
LINE_RULES = _rules(
    # labelled teasers: "READ MORE: headline", "Related: ...", "WATCH: ..."
    r"(?:read more|read also|also read|see more|see also|also see|more|related|watch|listen|pictured|video|live|don['’]t miss|trending|latest|must watch)\s*[:|–—>]\s*\S.{0,300}",
    # image credits and captions with a credit
    r"\(?(?:images?|photos?|photographs?|pictures?|pics?|credits?|cover photo|main image|top image|video|footage|illustration)\s*(?::|by\b)\s*.{1,200}",
    rf".{{0,400}}\(\s*(?:{_AGENCY}|[^()]{{1,60}}(?:/|\bvia )\s*{_AGENCY})[^()]{{0,60}}\)",
    r"view image in fullscreen.{0,400}",
    r".{0,400}\bPhotograph: [^.]{1,60}",
    r"\d{1,2}:\d{2} .{1,200} [–—-] video",
    # advertising and page controls
    r"advertisement|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading(?: the main story)?|skip (?:ad|advertisement)",
    r"expand|collapse|view video|watch video|play video|close|loading(?:\.\.\.)?|scroll down for (?:video|more)|back to top|print|email|share|tweet|copy link|save|show more",
    r"(?:the )?(?:rest|continuation) of the (?:text|article|material)\b.{0,60}",
    # wire sign-offs, bylines and sources
    r"\((?:with|additional) (?:wires|agencies|reporting|inputs)\b[^)]{0,80}\)",
    rf"\(with {_AGENCY}(?:[ ,/and]+{_AGENCY})*\)",
    r"\(?(?:reporting|additional reporting|writing|editing|compiled|edited|written|translated) by .{1,200}",
    r"(?:authors?(?:\s*/\s*authors?)?|by|written by|edited by|sources?)\s*:\s*.{1,80}",
    r"(?:©|\(c\)|copyright\b).{0,150}|all rights reserved\.?",
)
LINE_RULES_CASED = _rules(
    # agency or editor initials on their own line: "(WW)", "(TAS/KG)"
    r"\([A-Z]{1,5}(?:\s*[/,]\s*[A-Za-z]{1,5})*\)",
    flags=0,
)

# A sentence (or short line) that is furniture wherever it stands.
SENTENCE_RULES = _rules(
    r"share (?:this|the|on|via)\b.{0,100}|like us on facebook.{0,80}",
    rf"follow (?:us|@\w+|our\b|.{{0,60}}\bon {_SOCIAL})\b.{{0,150}}",
    r"(?=.{0,300}$).*\b(?:newsletters?|bulletins?|inbox)\b.*\b(?:sign(?:ing)?[ -]?up|subscrib\w*|delivered|emailed|straight to your|brings you|receive)\b.*",
    r"(?=.{0,300}$).*\b(?:sign(?:ing)?[ -]?up|subscrib\w*)\b.*\b(?:newsletters?|bulletins?|inbox)\b.*",
    r"(?:sign up|subscribe|click here|click to|tap here)\b.{0,120}",
    r"for (?:more|the latest|all the latest)\b.{0,120}\b(?:click|visit|follow|go to|sign up|download)\b.{0,120}",
    r"to (?:learn|read|hear|watch|see|get|find out) more\b.{0,200}",
    r"(?:download|get) (?:the|our) .{0,60}\bapp\b.{0,200}",
    r"go to .{0,60}\b(?:free trial|app|website)\b.{0,150}",
    r"(?:watch|listen to) (?:the|our|it|this|more|tv|live)\b.{0,150}\b(?:here|video|podcast|audio|live|below|above|now|go)\b.{0,40}",
    r"check out (?:what|our|more|the latest)\b.{0,150}",
    r".{0,100}\bheadlines are here\.?",
    r"please check back\b.{0,60}",
    r"(?:the )?[\w'’ ]{1,40} (?:is|are) an? (?:daily|weekly|monthly) .{0,80}\b(?:feature|newsletter|podcast|column|briefing)\b.{0,150}",
    r"this (?:story|article|report|post) (?:has been|was|will be) (?:updated|corrected)\b.{0,150}",
    r"[(—–-]?\s*[^\"“”]{0,200}\bcontributed (?:additional )?(?:reporting|to this (?:report|story|article))\b.{0,150}",
    r"(?:audio|video|photos?|graphics?|illustrations?|research|production) (?:produced|edited|reporting)? ?by\b.{0,100}",
    r"(?=.{0,120}$).*\b[\w.+-]+@[\w-]+\.[\w.]+\b.*",
    r"we(?:['’]d| would) (?:like|love) to hear\b.{0,120}",
    r"(?:is there anything|anything) (?:you think|you want)\b.{0,80}",
    r"here are some tips\.?|have feedback\?.{0,120}",
    r".{0,80}\b(?:publishing|submit|send) .{0,40}letters to the editor\b.{0,40}",
)
# AP-style photo captions: "<what> in Kyiv, Ukraine, Saturday, Jan. 22, 2022." (often file photos
# with old dates, which would otherwise mislead the date resolver).
CAPTION_SENTENCE = re.compile(
    rf"(?=.{{0,400}}$).*(?:,\s+(?:on\s+)?{_WEEKDAY},?\s+(?:{_MONTH})\s+\d{{1,2}},?\s+(?:19|20)\d\d"
    rf"|(?<!day),\s+(?:{_MONTH})\s+\d{{1,2}},?\s+(?:19|20)\d\d)\.[\s)]*"
)
# Wire-photo captions: "<what>, in this handout photo released by the army on March 3, 2022." / "... in this
# picture taken on ..." / "... in this still image taken from a video": a caption names the picture it is under.
PICTURE_CAPTION = re.compile(
    r"(?=.{0,400}$)[^\"“”]*,\s+in this (?:handout |file |undated |still |satellite )?(?:picture|photo(?:graph)?|image|video grab|"
    r"screen ?grab)\b(?: (?:released|taken|obtained|provided|shared|posted|made|grabbed)\b[^\"“”]{0,120})?\.[\s)]*"
)
# Captions that place the people in the picture: "Blinken, right, speaks with Kuleba during ...", "Zelensky, left,
# Merkel, Macron and Putin attend ...", "Rouhani, second right, listens to ...". A name followed by its position in
# the picture, as a comma-set phrase, is said only under a picture; quotes and long sentences are not captions.
POSITION_CAPTION = re.compile(
    r"(?=.{0,300}$)[^\"“”]*?[A-Z][\w.'’-]*,\s+(?:(?:second|third|far)\s+(?:from\s+)?)?(?:left|right|center|centre),"
    r"[^\"“”]*[.?!][\s)]*"
)
_CAPTIONS = (CAPTION_SENTENCE, PICTURE_CAPTION, POSITION_CAPTION)

# Furniture found anywhere, also inside run-on text without line breaks.
INLINE_RULES = _rules(
    r"(?:Want [^?\n]{0,100}\?\s*)?Sign up (?:to|for) (?:our|the|an?) [^.?!\"“\n]{0,80}?\b(?:here|newsletters?|bulletin)\b\.?",
    r"(?:(?:Click here to )?Follow|Keep up to date with|For (?:all )?(?:the )?(?:live |latest )?updates\b[^.?!\"“\n]{0,80}?follow)"
    r"\b[^.?!\"“”\n]{0,120}?\blive ?blog\b(?:[^.?!\"“”\n]{0,40}?\b(?:here|updates)\b)?\.?",
    rf"\(\s*{_AGENCY}(?:\s*(?:/|Photo/)[^()\n]{{1,60}})?\)",
    r"Photo(?:graph|grapher)?:\s*[A-Z][^.\n\"“/]{0,60}?(?:/[\w.-]+(?: [\w.-]+){0,3})+",
    flags=0,
)
# "Name/Agency via Getty Images)" credits; matched backwards from each "Getty Images" (see `_credits`).
GETTY_CREDIT = re.compile(
    r"(?:\|\s*|Photo(?:grapher)?(?: by)?:?\s+)?(?:\d{4} )?(?<![\w.-])[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,4}"
    r"(?:/[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,4}){0,3}(?:/|\s+via\s+)Getty Images\)?\Z"
)
_MAX_CAPS_LINE = 300

# The first sentence of an author bio: "Jane Doe is a reporter for ...". Only counts near the end.
BIO_SENTENCE = re.compile(
    rf"{_NAME_WORD}(?: {_NAME_WORD}){{1,3}}(?: \(@\w+\))? (?:is|was) (?:an?|the) [^.]{{0,100}}?\b"
    r"(?:reporter|writer|correspondent|editor|producer|contributor|columnist|journalist|professor|author|fellow|anchor|host)\b.{0,300}"
)
_MAX_BIO_TAIL = 700

_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s+(?:[:)|'’—–,-]+\s+)*(?=[A-Z\"“‘'(\[])")
_BODY_LINE_END = re.compile(r"(?:[.!?][\"”’')\]]*)$")
_QUOTES = re.compile(r"[\"“”]")


# --- result type -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Furniture:
    """Furniture found in one text: the end of the story and the in-body furniture spans before it."""

    body_end: int
    spans: tuple[Span, ...]
    length: int

    @property
    def ranges(self) -> list[Span]:
        """All furniture: the in-body spans plus the tail `[body_end, length)`."""
        tail = [(self.body_end, self.length)] if self.body_end < self.length else []
        return list(self.spans) + tail


# --- segmentation ------------------------------------------------------------------------------
def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _lines(text: str) -> list[Span]:
    """Non-empty lines as stripped (start, end) ranges."""
    out, pos = [], 0
    for line in text.split("\n"):
        s, e = _strip(text, pos, pos + len(line))
        if s < e:
            out.append((s, e))
        pos += len(line) + 1
    return out


def _sentences(text: str, start: int, end: int) -> list[Span]:
    """Rough sentence ranges inside one line (good enough to classify furniture, not for NLP)."""
    out, pos = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        s, e = _strip(text, pos, m.start() + 1)
        closing = re.match(r"[\"”’')\]]*", text[m.start() + 1 : m.end()])
        e = max(e, m.start() + 1 + (closing.end() if closing else 0))
        if s < e:
            out.append((s, e))
        pos = m.end()
    s, e = _strip(text, pos, end)
    if s < e:
        out.append((s, e))
    return out


def _full(rules: Sequence[re.Pattern], text: str, span: Span) -> bool:
    return any(r.fullmatch(text, span[0], span[1]) for r in rules)


def _merge(text: str, spans: list[Span]) -> list[Span]:
    """Sorted, disjoint spans; spans separated only by whitespace become one."""
    merged: list[Span] = []
    for s, e in sorted(spans):
        if merged and (s <= merged[-1][1] or not text[merged[-1][1] : s].strip()):
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _covered(text: str, start: int, end: int, spans: Sequence[Span]) -> float:
    """Share of non-space characters of text[start:end] that fall inside `spans`."""
    total = sum(1 for ch in text[start:end] if not ch.isspace())
    if not total:
        return 1.0 if any(s <= start < e for s, e in spans) else 0.0
    inside = 0
    for s, e in spans:
        lo, hi = max(s, start), min(e, end)
        if lo < hi:
            inside += sum(1 for ch in text[lo:hi] if not ch.isspace())
    return inside / total


# --- detection ---------------------------------------------------------------------------------
def _headline_like(text: str, span: Span) -> bool:
    line = text[span[0] : span[1]]
    return len(line) <= 200 and (line.endswith(("…", "...")) or not _BODY_LINE_END.search(line))


def _find_spans(text: str, lines: list[Span], sentences: list[Span]) -> tuple[list[Span], int | None]:
    spans: list[Span] = []
    cut = None
    i = 0
    while i < len(lines):
        line = lines[i]
        if cut is None and _full(CUT_LINES, text, line) and len(text[line[0]:].strip()) <= len(text[: line[0]].strip()):
            cut = line[0]
        if _full(BLOCK_HEADS, text, line):
            spans.append(line)
            j = i + 1
            while j < len(lines) and (_headline_like(text, lines[j]) or _is_furniture_line(text, lines[j])):
                spans.append(lines[j])
                j += 1
            i = j
            continue
        if _is_furniture_line(text, line):
            spans.append(line)
        i += 1
    for sent in sentences:
        prompt = not _RUN_ON.search(text, *sent) and _full(SENTENCE_RULES, text, sent)
        if prompt or any(rule.fullmatch(text, *sent) for rule in _CAPTIONS):
            spans.append(sent)
    for rule in INLINE_RULES:
        spans.extend(_strip(text, m.start(), m.end()) for m in rule.finditer(text))
    spans.extend(_credits(text))
    return _merge(text, [s for s in spans if s[0] < s[1]]), cut


def _is_furniture_line(text: str, line: Span) -> bool:
    return _full(LINE_RULES, text, line) or _full(LINE_RULES_CASED, text, line) or _caps_line(text[line[0] : line[1]])


def _caps_line(line: str) -> bool:
    """An all-caps line of three or more words: a linked teaser headline or "CLICK HERE TO GET THE APP"."""
    return (
        len(line) <= _MAX_CAPS_LINE
        and len(line.split()) >= 3
        and not any(ch.islower() for ch in line)
        and sum(ch.isupper() for ch in line) >= 12
    )


def _credits(text: str) -> list[Span]:
    spans = []
    for m in re.finditer(r"Getty Images\)?", text):
        found = GETTY_CREDIT.search(text, max(0, m.start() - 200), m.end())
        if found:
            spans.append(_strip(text, found.start(), found.end()))
    return spans


def _walk_back(text: str, end: int, sentences: list[Span], spans: list[Span]) -> int:
    """Move `end` back over furniture sentences and an author bio that directly precede it."""
    before = [s for s in sentences if s[1] <= end]
    while before:
        last = before[-1]
        if _covered(text, last[0], last[1], spans) >= 0.8:
            end = last[0]
            before.pop()
            continue
        bio = next(
            (
                k
                for k in range(len(before) - 1, max(-1, len(before) - 5), -1)
                if end - before[k][0] <= _MAX_BIO_TAIL
                and BIO_SENTENCE.fullmatch(text, *before[k])
                and not _QUOTES.search(text, before[k][0], end)
            ),
            None,
        )
        if bio is None:
            break
        end = before[bio][0]
        del before[bio:]
    return end


@lru_cache(maxsize=64)
def furniture_map(text: str) -> Furniture:
    """Find the end of the story and the furniture spans before it (cached: texts are re-asked)."""
    lines = _lines(text)
    sentences = [s for line in lines for s in _sentences(text, *line)]
    spans, cut = _find_spans(text, lines, sentences)
    end = _walk_back(text, len(text) if cut is None else cut, sentences, spans)
    inner = tuple((s, min(e, end)) for s, e in spans if s < end)
    return Furniture(body_end=end, spans=inner, length=len(text))


def body_end(text: str) -> int:
    """Offset where trailing furniture begins (`len(text)` when there is none)."""
    return furniture_map(text).body_end


def furniture_spans(text: str) -> list[Span]:
    """In-body furniture (teaser lines, credits, prompts) before `body_end`, as (start, end) ranges."""
    return list(furniture_map(text).spans)


def is_furniture(start: int, end: int, text: str, spans: Furniture | Sequence[Span] | None = None) -> bool:
    """True when more than half of the non-space characters of text[start:end] are furniture.

    `spans` may be a `Furniture` (from `furniture_map`), a list of ranges (used as given: include
    the tail yourself), or None to compute it from `text`.
    """
    if spans is None:
        spans = furniture_map(text)
    ranges = spans.ranges if isinstance(spans, Furniture) else list(spans)
    return _covered(text, start, end, ranges) > 0.5
