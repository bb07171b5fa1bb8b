"""The editor's report: one self-contained HTML page an editor can open, read and forward.

Why it looks the way it does:

- **Self-contained.** Styles are inline and there are no scripts, fonts or images to fetch,
  so the file opens offline, from an e-mail attachment, or from a CI artifact.
- **Article text never runs.** Every string that comes from an article, its front matter,
  the ledger or a file name goes through ``html.escape``; links are kept only when they are
  plain ``http``/``https`` URLs, so a ``javascript:`` URL in front matter is shown, never
  followed. A Content-Security-Policy that forbids scripts is a second lock on the same door.
- **Grouped by subject.** An editor fixes a story, not a row: all findings about one subject
  sit together, subjects with contradictions first.
- **Side by side.** The two sentences of a contradiction are shown next to each other with
  the figures highlighted (from the claims' character offsets), each under the headline,
  outlet, date and link of its article.
- **Deterministic.** No timestamps: the same report renders to the same bytes.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.model import Claim, DocumentInfo, Finding, FindingType
from factcheck.report import Report, finding_counts

LABELS = {
    FindingType.CONTRADICTION: ("Contradiction", "Contradictions"),
    FindingType.LEDGER_MISMATCH: ("Ledger mismatch", "Ledger mismatches"),
    FindingType.UNSOURCED: ("Unsourced statistic", "Unsourced statistics"),
}
_ORDER = {FindingType.CONTRADICTION: 0, FindingType.LEDGER_MISMATCH: 1, FindingType.UNSOURCED: 2}
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
NO_SUBJECT = "No subject identified"

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)

STYLE = """
:root {
  --ink: #1c1c1e; --muted: #5c5f66; --line: #dcdad3; --paper: #ffffff; --bg: #f4f2ec;
  --mark: #ffe27a; --contradiction: #b42318; --ledger_mismatch: #a15c07; --unsourced: #3b5b86;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
          "Liberation Sans", "DejaVu Sans", sans-serif;
  --serif: Georgia, "Times New Roman", "Liberation Serif", "DejaVu Serif", serif;
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 16px/1.55 var(--sans); }
main { max-width: 1180px; margin: 0 auto; padding: 32px 28px 64px; }
h1 { font: 700 30px/1.2 var(--serif); margin: 0 0 4px; }
h2 { font: 700 22px/1.3 var(--serif); margin: 0 0 12px; }
h3 { font-size: 13px; letter-spacing: .06em; text-transform: uppercase; color: var(--muted);
     margin: 0 0 10px; }
a { color: #1a4fa0; }
.lede { color: var(--muted); margin: 0 0 24px; }
.counts { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px;
          margin: 0 0 28px; padding: 0; list-style: none; }
.counts li { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
             padding: 12px 14px; }
.counts .n { display: block; font: 700 28px/1.1 var(--serif); }
.counts .what { color: var(--muted); font-size: 14px; }
.counts .contradiction .n { color: var(--contradiction); }
.counts .ledger_mismatch .n { color: var(--ledger_mismatch); }
.counts .unsourced .n { color: var(--unsourced); }
.counts .failed.some .n { color: var(--contradiction); }
.counts .none .n { color: var(--muted); }
.panel { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
         padding: 16px 20px; margin: 0 0 28px; }
.panel.failures { border-left: 5px solid var(--contradiction); }
.panel ul { margin: 0; padding-left: 20px; }
.contents li { margin: 2px 0; }
.contents .tally { color: var(--muted); font-size: 14px; }
.subject { margin: 0 0 36px; }
.finding { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
           border-top: 5px solid var(--muted); padding: 16px 20px 18px; margin: 0 0 16px; }
.finding.contradiction { border-top-color: var(--contradiction); }
.finding.ledger_mismatch { border-top-color: var(--ledger_mismatch); }
.finding.unsourced { border-top-color: var(--unsourced); }
.finding > header { display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: baseline;
                    margin: 0 0 12px; }
.badge { font-size: 12px; font-weight: 700; letter-spacing: .05em; text-transform: uppercase;
         color: #fff; background: var(--muted); border-radius: 4px; padding: 2px 8px; }
.contradiction .badge { background: var(--contradiction); }
.ledger_mismatch .badge { background: var(--ledger_mismatch); }
.unsourced .badge { background: var(--unsourced); }
.measure { font-weight: 600; }
.period { color: var(--muted); }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.pair.single { grid-template-columns: 1fr; }
.side { margin: 0; padding: 12px 16px; background: #faf9f6; border: 1px solid var(--line);
        border-radius: 6px; }
.side .label { font-size: 12px; letter-spacing: .06em; text-transform: uppercase;
               color: var(--muted); }
.side .value { display: block; font: 700 24px/1.25 var(--serif); margin: 2px 0 8px; }
.side blockquote { margin: 0 0 10px; font: 17px/1.6 var(--serif); }
.side .cite { font-size: 14px; color: var(--muted); }
.side .cite .headline { color: var(--ink); font-weight: 600; }
.side .doc { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px;
             word-break: break-all; }
mark { background: var(--mark); color: inherit; font-weight: 700; padding: 0 .15em;
       border-radius: 3px; }
.why { margin: 12px 0 0; color: #3a3a3c; font-size: 15px; }
table { width: 100%; border-collapse: collapse; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px;
         border-bottom: 1px solid var(--line); }
th { color: var(--muted); font-weight: 600; }
td.num { text-align: right; }
.status-failed { color: var(--contradiction); font-weight: 600; }
footer { color: var(--muted); font-size: 13px; margin-top: 32px; }
@media (max-width: 820px) { .pair { grid-template-columns: 1fr; } }
@media print {
  body { background: #fff; } main { max-width: none; padding: 0; }
  .finding, .panel { break-inside: avoid; }
}
"""


def render_html(report: Report, *, title: str = "factcheck report") -> str:
    """The whole report as one HTML document (UTF-8 text, no external resources)."""
    from factcheck import __version__

    sources = {info.id: info for info in report.sources}
    groups = group_by_subject(report.findings)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<main>",
        "<header>",
        f"<h1>{_esc(title)}</h1>",
        f'<p class="lede">{_lede(report)}</p>',
        "</header>",
        _counts(report),
        _failures(report),
        _contents(groups),
    ]
    for number, group in enumerate(groups, start=1):
        parts.append(_subject_section(number, group, sources))
    parts.append(_documents_table(report, sources))
    parts.append(
        f"<footer>Generated by factcheck {_esc(__version__)}. Figures are highlighted where "
        "they appear in each sentence; every article text on this page is quoted, "
        "never executed.</footer>"
    )
    parts += ["</main>", "</body>", "</html>", ""]
    return "\n".join(parts)


@dataclass(frozen=True)
class SubjectGroup:
    """The findings about one subject, in report order (contradictions first)."""

    subject: str
    findings: tuple[Finding, ...]

    @property
    def rank(self) -> int:
        """The most serious finding type in the group; groups are ordered by it."""
        return min(_ORDER[f.type] for f in self.findings)


def group_by_subject(findings: Iterable[Finding]) -> list[SubjectGroup]:
    """Findings grouped by the subject an editor would look up, most serious groups first."""
    by_subject: dict[str, list[Finding]] = {}
    for finding in findings:
        by_subject.setdefault(subject_of(finding), []).append(finding)
    groups = [
        SubjectGroup(subject, tuple(sorted(items, key=_finding_key)))
        for subject, items in by_subject.items()
    ]
    groups.sort(key=lambda g: (g.rank, g.subject == NO_SUBJECT, g.subject.casefold(), g.subject))
    return groups


def subject_of(finding: Finding) -> str:
    """The subject a finding is filed under: the ledger's name for a ledger mismatch."""
    if finding.ledger is not None and finding.ledger.subject:
        return finding.ledger.subject
    return finding.a.subject or NO_SUBJECT


def _finding_key(f: Finding) -> tuple[int, str, str, int, str, int]:
    b = f.b.location if f.b else None
    return (
        _ORDER[f.type],
        f.a.attribute or "",
        f.a.location.doc,
        f.a.location.start,
        b.doc if b else "",
        b.start if b else 0,
    )


def highlight(claim: Claim) -> str:
    """The claim's sentence, escaped, with its figure wrapped in ``<mark>``.

    The figure is found by its offsets relative to the sentence; when those do not match
    the text (a hand-built claim), the first occurrence of the figure is marked instead,
    and when it is nowhere in the sentence nothing is marked.
    """
    sentence = claim.location.sentence
    start, end = claim.location.in_sentence
    if not (0 <= start < end <= len(sentence) and sentence[start:end] == claim.text):
        start = sentence.find(claim.text) if claim.text else -1
        end = start + len(claim.text)
    if start < 0:
        return _esc(sentence)
    return (
        _esc(sentence[:start])
        + f"<mark>{_esc(sentence[start:end])}</mark>"
        + _esc(sentence[end:])
    )


def safe_url(url: str | None) -> str | None:
    """The URL if it is a plain http(s) link, else None (so it is shown but not linked).

    Whitespace and control characters are refused outright, because browsers strip them
    before reading the scheme ("java\\tscript:" runs as "javascript:").
    """
    if not url or any(ord(ch) <= 32 or ord(ch) == 127 for ch in url):
        return None
    scheme, sep, rest = url.partition(":")
    if not sep or scheme.lower() not in ("http", "https") or not rest.startswith("//"):
        return None
    return url


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _date(day: dt.date | None) -> str:
    return "" if day is None else f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _lede(report: Report) -> str:
    checked = len(report.documents) - len(report.failures)
    text = (
        f"{_plural(len(report.documents), 'document', 'documents')} read, "
        f"{checked} checked; {_plural(len(report.claims), 'claim', 'claims')} extracted; "
        f"{_plural(len(report.findings), 'finding', 'findings')} to review."
    )
    return _esc(text)


def _counts(report: Report) -> str:
    counts = finding_counts(report.findings)
    cells = [
        ("documents", len(report.documents), "documents"),
        ("claims", len(report.claims), "claims"),
    ]
    for kind in FindingType:
        cells.append((kind.value, counts[kind.value], LABELS[kind][1].lower()))
    cells.append(("failed", len(report.failures), "failed documents"))
    items = "".join(
        f'<li class="{css} {"some" if n else "none"}"><span class="n">{n}</span>'
        f'<span class="what">{_esc(what)}</span></li>'
        for css, n, what in cells
    )
    return f'<ul class="counts">{items}</ul>'


def _failures(report: Report) -> str:
    if not report.failures:
        return ""
    items = "".join(
        f"<li><span class=\"doc\">{_esc(d.id)}</span>: {_esc(d.error or 'failed')}</li>"
        for d in report.failures
    )
    return (
        '<section class="panel failures"><h3>Documents that could not be checked</h3>'
        f"<ul>{items}</ul></section>"
    )


def _contents(groups: list[SubjectGroup]) -> str:
    if not groups:
        return '<section class="panel"><p>No findings: every figure checked agrees.</p></section>'
    items = []
    for number, group in enumerate(groups, start=1):
        tally = finding_counts(group.findings)
        words = ", ".join(
            _plural(tally[k.value], LABELS[k][0].lower(), LABELS[k][1].lower())
            for k in FindingType
            if tally[k.value]
        )
        items.append(
            f'<li><a href="#subject-{number}">{_esc(group.subject)}</a> '
            f'<span class="tally">{_esc(words)}</span></li>'
        )
    return (
        '<nav class="panel contents"><h3>Findings by subject</h3>'
        f"<ul>{''.join(items)}</ul></nav>"
    )


def _subject_section(number: int, group: SubjectGroup, sources: dict[str, DocumentInfo]) -> str:
    body = "".join(_finding(f, sources) for f in group.findings)
    return (
        f'<section class="subject" id="subject-{number}">'
        f"<h2>{_esc(group.subject)}</h2>{body}</section>"
    )


def _finding(f: Finding, sources: dict[str, DocumentInfo]) -> str:
    kind = f.type.value
    attribute = (f.a.attribute or "figure").replace("_", " ")
    period = f'<span class="period">{_esc(str(f.a.period))}</span>' if f.a.period else ""
    header = (
        f'<header><span class="badge">{_esc(LABELS[f.type][0])}</span>'
        f'<span class="measure">{_esc(attribute)}</span>{period}</header>'
    )
    if f.b is not None:
        sides = _claim_side("Article A", f.a, sources) + _claim_side("Article B", f.b, sources)
        pair = f'<div class="pair">{sides}</div>'
    elif f.ledger is not None:
        fact = f.ledger
        details = [f"ledger row {fact.row}"]
        if fact.as_of is not None:
            details.append(f"as of {fact.as_of}")
        source = f"<blockquote>{_esc(fact.source)}</blockquote>" if fact.source else ""
        ledger_side = (
            '<figure class="side"><span class="label">Ledger of known facts</span>'
            f'<span class="value">{_esc(fact.text)}</span>{source}'
            f'<figcaption class="cite">{_esc(" · ".join(details))}</figcaption></figure>'
        )
        pair = f'<div class="pair">{_claim_side("Article", f.a, sources)}{ledger_side}</div>'
    else:
        pair = f'<div class="pair single">{_claim_side("Article", f.a, sources)}</div>'
    why = f'<p class="why">{_esc(_sentence_case(f.explanation))}</p>' if f.explanation else ""
    return f'<article class="finding {_esc(kind)}">{header}{pair}{why}</article>'


def _claim_side(label: str, claim: Claim, sources: dict[str, DocumentInfo]) -> str:
    info = sources.get(claim.location.doc)
    cite: list[str] = []
    headline = (info.title if info else None) or claim.location.doc
    url = safe_url(info.url) if info else None
    if url:
        cite.append(
            f'<a class="headline" href="{_esc(url)}" rel="noopener noreferrer">{_esc(headline)}</a>'
        )
    else:
        cite.append(f'<span class="headline">{_esc(headline)}</span>')
    published = _date(info.published) if info else ""
    outlet = " · ".join(x for x in ((info.source if info else None), published) if x)
    if outlet:
        cite.append(_esc(outlet))
    if info and info.url and not url:
        cite.append(f"link not followed: {_esc(info.url)}")
    cite.append(f'<span class="doc">{_esc(claim.location.doc)}</span>')
    return (
        f'<figure class="side"><span class="label">{_esc(label)}</span>'
        f'<span class="value">{_esc(claim.text)}</span>'
        f"<blockquote>{highlight(claim)}</blockquote>"
        f'<figcaption class="cite">{"<br>".join(cite)}</figcaption></figure>'
    )


def _documents_table(report: Report, sources: dict[str, DocumentInfo]) -> str:
    if not report.documents:
        return ""
    rows = []
    for status in sorted(report.documents, key=lambda d: d.id):
        info = sources.get(status.id)
        title = (info.title if info else None) or ""
        url = safe_url(info.url) if info else None
        shown = _esc(title)
        if url:
            shown = f'<a href="{_esc(url)}" rel="noopener noreferrer">{_esc(title or url)}</a>'
        state = "checked"
        if status.status != "checked":
            state = (
                f'<span class="status-failed">{_esc(status.status)}</span>: '
                f"{_esc(status.error or '')}"
            )
        rows.append(
            f'<tr><td class="doc">{_esc(status.id)}</td><td>{shown}</td>'
            f"<td>{_esc((info.source if info else None) or '')}</td>"
            f"<td>{_esc(_date(info.published if info else None))}</td>"
            f'<td>{state}</td><td class="num">{status.claims}</td></tr>'
        )
    return (
        '<section class="panel"><h3>Documents</h3><table>'
        "<thead><tr><th>Document</th><th>Headline</th><th>Outlet</th><th>Published</th>"
        '<th>Status</th><th class="num">Claims</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]
