"""Article pages of our own, dressed in the furniture news sites put around an article
(navigation, cookie banner, ticker, "read also" list, comments, newsletter box, footer),
and web archives built from them with warcio's writer.

Every furniture string holds a name the lexicon knows (Iran, Israel, ...), so a furniture
line that leaked into the text would show up as an entity or a fact in the graph.
"""
from __future__ import annotations

import io
from dataclasses import dataclass

AR_ARTICLE = [
    "قصف الحوثيون قاعدة عسكرية في محافظة مأرب بطائرة مسيرة يوم الثلاثاء.",
    "وقال المتحدث باسم الحوثيين يحيى سريع إن الهجوم جاء ردا على الغارات الأخيرة.",
    "وأعلنت إيران دعمها للحوثيين في اليمن في بيان نشرته وزارة الخارجية.",
]
EN_ARTICLE = [
    "Hezbollah fired rockets at an Israeli army post near the border on Sunday.",
    "Iran supports Hezbollah in Lebanon, the group's leader said in a televised speech.",
    "The attack caused damage but no injuries, according to local officials.",
]
#: Furniture lines: each names actors an extractor would pick up if it read them.
AR_FURNITURE = {
    "nav": ["الرئيسية", "أخبار روسيا", "أخبار تركيا", "اقتصاد قطر"],
    "cookie": "نستخدم ملفات تعريف الارتباط. هل توافق على سياسة الخصوصية في السعودية؟",
    "ticker": "عاجل: روسيا تستهدف أوكرانيا بصواريخ جديدة",
    "related": ["اقرأ أيضا: تركيا تدعم الجيش الوطني السوري", "مصر تستضيف مؤتمرا للسلام"],
    "comments": ["تعليق من قارئ: قطر تدعم حماس منذ سنوات"],
    "newsletter": "اشترك في نشرتنا البريدية لأخبار السعودية اليومية",
    "footer": "جميع الحقوق محفوظة لشبكة أخبار الأردن 2024",
}
EN_FURNITURE = {
    "nav": ["Home", "Russia news", "Turkey", "Qatar business"],
    "cookie": "We use cookies. Do you accept the privacy policy of Saudi Arabia Media Group?",
    "ticker": "Breaking: Russia strikes Ukraine with new missiles",
    "related": ["Read also: Turkey supports the Syrian National Army", "Egypt hosts a peace conference"],
    "comments": ["Reader comment: Qatar supports Hamas and everyone knows it"],
    "newsletter": "Subscribe to our newsletter for daily news about Saudi Arabia",
    "footer": "All rights reserved, Jordan News Network 2024",
}


@dataclass
class Page:
    name: str
    lang: str
    title: str
    date: str
    url: str
    paragraphs: list[str]
    furniture: dict

    def html(self, charset: str | None = "utf-8", lang_attr: bool = True) -> str:
        f = self.furniture
        nav = "".join(f'<li><a href="/s{i}">{x}</a></li>' for i, x in enumerate(f["nav"]))
        related = "".join(f'<li><a href="/r{i}">{x}</a></li>' for i, x in enumerate(f["related"]))
        comments = "".join(f'<div class="comment"><p>{x}</p></div>' for x in f["comments"])
        body = "".join(f"<p>{p}</p>" for p in self.paragraphs)
        meta_charset = f'<meta charset="{charset}">' if charset else ""
        lang = f' lang="{self.lang}"' if lang_attr else ""
        return f"""<!DOCTYPE html>
<html{lang}><head>{meta_charset}
<title>{self.title} | News Network</title>
<meta property="og:title" content="{self.title}">
<meta property="article:published_time" content="{self.date}T09:30:00+03:00">
<link rel="canonical" href="{self.url}">
<script>window.tracker = {{"page": "article"}};</script>
<style>.ticker {{ color: red; }}</style>
</head><body>
<header><nav class="main-menu"><ul>{nav}</ul></nav></header>
<div id="cookie-consent" class="cookie-banner"><p>{f["cookie"]}</p><button>OK</button></div>
<div class="ticker breaking-news"><span>{f["ticker"]}</span></div>
<main><article class="article-body">
<h1>{self.title}</h1>
<time datetime="{self.date}">{self.date}</time>
{body}
</article>
<aside class="related-articles"><h3>Related</h3><ul>{related}</ul></aside>
<section id="comments" class="comments"><h3>Comments</h3>{comments}</section>
<div class="newsletter-signup"><p>{f["newsletter"]}</p><form><input type="email"></form></div>
</main>
<footer class="site-footer"><p>{f["footer"]}</p></footer>
</body></html>
"""

    def furniture_lines(self) -> list[str]:
        out = []
        for value in self.furniture.values():
            out += value if isinstance(value, list) else [value]
        return out


AR_PAGE = Page("marib-strike", "ar", "قصف قاعدة في مأرب", "2024-03-05",
               "https://news.example/ar/2024/03/marib-strike", AR_ARTICLE, AR_FURNITURE)
EN_PAGE = Page("border-rockets", "en", "Rockets fired at border post", "2024-04-14",
               "https://news.example/en/2024/04/border-rockets", EN_ARTICLE, EN_FURNITURE)


def write_warc(path, records: list[tuple], gzip: bool = True) -> list[int]:
    """Write ``records`` (kind, url, payload, extra) with warcio's writer; returns the byte
    offset of each record.  kind: "page" (200 text/html), "request", "image", "redirect",
    "404", "metadata"."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    offsets = []
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        for kind, url, payload, extra in records:
            offsets.append(fh.tell())
            if kind == "request":
                http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
                rec = writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=http)
            elif kind == "metadata":
                rec = writer.create_warc_record(url, "metadata", payload=io.BytesIO(payload),
                                                warc_content_type="text/plain")
            else:
                status, ctype = {"page": ("200 OK", extra or "text/html; charset=utf-8"),
                                 "image": ("200 OK", "image/png"),
                                 "redirect": ("301 Moved Permanently", "text/html"),
                                 "404": ("404 Not Found", "text/html")}[kind]
                headers = [("Content-Type", ctype)]
                if kind == "redirect":
                    headers.append(("Location", url + "/"))
                http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
                rec = writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                http_headers=http)
            writer.write_record(rec)
    return offsets
