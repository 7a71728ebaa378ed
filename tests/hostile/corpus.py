"""A corpus of hostile articles, written by the tests: page text is attacker-controlled."""

from __future__ import annotations

import json
from pathlib import Path

#: Payloads that would change the page if our output let them run.
MARK = "document.documentElement.setAttribute('data-pwned','1')"
PAYLOADS = [
    f"<script>{MARK}</script>",
    f"<img src=x onerror=\"{MARK}\">",
    f"<svg onload=\"{MARK}\"></svg>",
    f"</svg><script>{MARK}</script><svg>",
    f"<a href=\"javascript:{MARK}\">click</a>",
    f"]]><script>{MARK}</script><![CDATA[",
    f"<![CDATA[ <script>{MARK}</script> ]]>",
    "\" ]; n99 [label=\"injected\" URL=\"javascript:alert(1)\"]; x [label=\"",
    "} digraph evil { a -> b } {",
    "\\N \\G \\L \\l \\n \\\\ backslash escapes",
    "<b>bold</b> <i>html label</i> <TABLE><TR><TD>cell</TD></TR></TABLE>",
    "\u202eevil right-to-left override\u202c and \u2066isolate\u2069",
    "NUL\x00byte and bell\x07 and escape\x1b[31mred",
    "&lt;already escaped&gt; &amp; &#x3C;script&#x3E;",
    "x" * 10000,
    "'; DROP TABLE articles; --",
    "<style>*{display:none}</style>",
    "<iframe src=\"data:text/html,<script>parent.alert(1)</script>\"></iframe>",
    "<meta http-equiv=\"refresh\" content=\"0;url=http://example.invalid\">",
    "{{7*7}} ${7*7} <%= 7*7 %>",
]


def write_hostile_corpus(directory: Path, count: int = 30) -> list[Path]:
    """``count`` articles in .txt, .json and .html with a payload in title and body."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for index in range(count):
        payload = PAYLOADS[index % len(PAYLOADS)]
        body = (f"{payload}\n\nThe Washington Post reported on Saturday, citing {payload}, that the "
                f"harbour bridge {index} would close. {payload}\n\nOfficials said the closure was temporary.")
        kind = index % 3
        if kind == 0:
            path = directory / f"hostile{index:02d}.txt"
            path.write_bytes(f"{payload} title\n\n{body}\n".encode("utf-8", "surrogatepass"))
        elif kind == 1:
            path = directory / f"hostile{index:02d}.json"
            path.write_text(json.dumps({"title": payload, "text": body, "site_name": payload,
                                        "url": f"https://example.invalid/{payload[:20]}"}), encoding="utf-8")
        else:
            path = directory / f"hostile{index:02d}.html"
            path.write_text(f"<html><head><title>{payload}</title><meta property='og:site_name' content='{payload}'>"
                            f"</head><body><article><h1>{payload}</h1><p>{body}</p><p>{body}</p></article>"
                            f"</body></html>", encoding="utf-8")
        written.append(path)
    return written
