//! Reads a saved web page as a news article: its main text (Mozilla Readability's method, by
//! the `dom_smoothie` crate), title, byline, canonical URL and publication date.
//!
//! Main items: [`read_html`] (a page in, a [`Page`] out), [`looks_like_html`] (sniffing) and
//! [`fragment_text`] (the text of an HTML fragment, for feed items). The date comes from what
//! pages carry, the original publication preferred over any "updated" date, in this order:
//! JSON-LD `datePublished`; publication meta tags (`article:published_time` and its
//! relatives); a `<time>` marked as the publication (`itemprop="datePublished"`, `pubdate`, a
//! "published" class); a date in the URL path (`/2019/02/12/`); a date written in the byline
//! area ("Published 12 February 2019"); and last any other `<time datetime>` not marked as an
//! update. [`Page::date_source`] says which one gave the date.
//!
//! ```
//! let html = r#"<html><head><title>MP defects | Paper</title>
//! <meta property="article:published_time" content="2019-02-12T09:30:00Z">
//! <link rel="canonical" href="https://example.org/news/mp-defects"></head>
//! <body><article><h1>MP defects</h1><p>Heidi Allen has left the Conservative Party to join
//! the Independent Group, she said on Tuesday morning in a statement.</p></article></body></html>"#;
//! let page = floorcross_text::html::read_html(html, None).unwrap();
//! assert_eq!(page.date.unwrap().to_string(), "2019-02-12");
//! assert_eq!(page.url.as_deref(), Some("https://example.org/news/mp-defects"));
//! assert!(page.text.contains("Heidi Allen has left"));
//! ```

use std::sync::OnceLock;

use dom_query::Document as Dom;
use floorcross_model::{document_date, Date, Span};
use regex::Regex;

/// An article read from a web page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Page {
    pub title: Option<String>,
    pub byline: Option<String>,
    /// The canonical URL (`<link rel="canonical">`, `og:url`, JSON-LD `url`), else the
    /// address the page was fetched from, if known.
    pub url: Option<String>,
    pub date: Option<Date>,
    /// Where the date came from: `json-ld`, `meta`, `time`, `url`, `byline`, `time-any`.
    pub date_source: Option<&'static str>,
    /// The title line, a blank line, then the main text, one paragraph a line.
    pub text: String,
    /// Where the title sits in `text`.
    pub title_span: Option<Span>,
}

/// Bytes that start like an HTML document (after a byte-order mark, white space and comments):
/// a doctype, or an `<html>`, `<head>`, `<body>`, `<meta>`, `<title>` or `<article>` tag.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let mut b = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    loop {
        let start = b
            .iter()
            .position(|c| !c.is_ascii_whitespace())
            .unwrap_or(b.len());
        b = &b[start..];
        if b.starts_with(b"<!--") {
            match memchr::memmem::find(b, b"-->") {
                Some(end) => b = &b[end + 3..],
                None => return false,
            }
            continue;
        }
        break;
    }
    let head: Vec<u8> = b.iter().take(16).map(u8::to_ascii_lowercase).collect();
    [
        &b"<!doctype html"[..],
        b"<html",
        b"<head",
        b"<body",
        b"<meta",
        b"<title",
        b"<article",
    ]
    .iter()
    .any(|p| head.starts_with(p))
}

/// Reads a page. `page_url` is where it was fetched from (a WARC record's target), if known.
/// Fails only where the page holds no text at all.
pub fn read_html(html: &str, page_url: Option<&str>) -> Result<Page, String> {
    let html = limit_depth(html);
    // The readability port and the HTML parser are third-party code: a panic in them costs
    // this page, never the batch; and they recurse over the tree, so they run on a thread
    // with a stack for the deepest tree `limit_depth` lets through.
    on_big_stack(|| {
        std::panic::catch_unwind(|| read_html_inner(&html, page_url))
            .unwrap_or_else(|_| Err("the HTML reader failed on this page".to_string()))
    })
    .unwrap_or_else(|| Err("the HTML reader failed on this page".to_string()))
}

/// Runs `f` on a new thread with a 64 MiB stack (reserved, not used, until needed); `None` if
/// the thread cannot be started or `f` panics.
fn on_big_stack<T: Send>(f: impl FnOnce() -> T + Send) -> Option<T> {
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .name("html".into())
            .stack_size(64 << 20)
            .spawn_scoped(scope, f)
            .ok()?
            .join()
            .ok()
    })
}

/// How deep elements may nest: deeper opening tags are dropped before parsing. Real pages
/// nest a few dozen levels; a hostile one nesting 100,000 made the parser and Readability
/// quadratic (and their recursion overflowed the stack).
pub const MAX_HTML_DEPTH: usize = 256;

const VOID_ELEMENTS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "frame",
];
/// Elements whose end tag may be left out: a new one closes an open one near the top.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "rb",
    "rt", "rp", "colgroup",
];
/// Elements whose content is text: tags inside them are not tags.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// The page with every opening tag that would nest deeper than [`MAX_HTML_DEPTH`] removed
/// (borrowed unchanged when none does). A light tag scan: comments, doctypes, raw-text
/// elements, quoted attributes, void and self-closing tags, and end tags closing what they
/// match are understood; the HTML parser does the rest.
pub fn limit_depth(html: &str) -> std::borrow::Cow<'_, str> {
    let b = html.as_bytes();
    let mut stack: Vec<String> = Vec::new();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
        let s = i + off;
        if b[s..].starts_with(b"<!--") {
            i = memchr::memmem::find(&b[s + 4..], b"-->").map_or(b.len(), |e| s + 4 + e + 3);
            continue;
        }
        if matches!(b.get(s + 1), Some(b'!' | b'?')) {
            i = memchr::memchr(b'>', &b[s..]).map_or(b.len(), |e| s + e + 1);
            continue;
        }
        let closing = b.get(s + 1) == Some(&b'/');
        let name_start = s + 1 + usize::from(closing);
        let name_len = b[name_start..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b':' | b'_'))
            .count();
        if name_len == 0 || !b[name_start].is_ascii_alphabetic() {
            i = s + 1;
            continue;
        }
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        let end = tag_end(b, name_start + name_len);
        if closing {
            if let Some(pos) = stack.iter().rposition(|n| *n == name) {
                stack.truncate(pos);
            }
            i = end;
            continue;
        }
        if RAW_TEXT.contains(&name.as_str()) {
            i = find_end_tag(b, end, &name);
            continue;
        }
        let self_closing = end >= 2 && b[end - 2] == b'/';
        if VOID_ELEMENTS.contains(&name.as_str()) || self_closing {
            i = end;
            continue;
        }
        if OPTIONAL_END.contains(&name.as_str()) {
            let top = stack.len().saturating_sub(4);
            if let Some(pos) = stack[top..].iter().rposition(|n| *n == name) {
                stack.truncate(top + pos);
            }
        }
        if stack.len() >= MAX_HTML_DEPTH {
            let o = out.get_or_insert_with(|| String::with_capacity(html.len()));
            o.push_str(&html[copied..s]);
            copied = end;
        } else {
            stack.push(name);
        }
        i = end;
    }
    match out {
        None => std::borrow::Cow::Borrowed(html),
        Some(mut o) => {
            o.push_str(&html[copied..]);
            std::borrow::Cow::Owned(o)
        }
    }
}

/// The index after the `>` that ends a tag whose name ends at `from` (quotes respected).
fn tag_end(b: &[u8], from: usize) -> usize {
    let mut quote = None;
    for (k, &c) in b[from..].iter().enumerate() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => quote = Some(c),
            None if c == b'>' => return from + k + 1,
            None => {}
        }
    }
    b.len()
}

/// Where the end tag `</name` of a raw-text element starts (or the end of the page).
fn find_end_tag(b: &[u8], from: usize, name: &str) -> usize {
    let mut i = from;
    while let Some(off) = memchr::memmem::find(&b[i..], b"</") {
        let s = i + off;
        let n = &b[s + 2..];
        if n.len() >= name.len() && n[..name.len()].eq_ignore_ascii_case(name.as_bytes()) {
            return s;
        }
        i = s + 2;
    }
    b.len()
}

fn read_html_inner(html: &str, page_url: Option<&str>) -> Result<Page, String> {
    let page_url = page_url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let cfg = dom_smoothie::Config {
        // Readability's own default; each parse attempt walks the page once more.
        n_top_candidates: 5,
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let mut r = dom_smoothie::Readability::new(html, page_url, Some(cfg))
        .or_else(|_| dom_smoothie::Readability::new(html, None, None))
        .map_err(|e| format!("cannot read the HTML: {e}"))?;
    let meta = PageMeta::read(&r.doc, page_url);
    let article = r.parse().ok();
    let title = article
        .as_ref()
        .map(|a| clean_line(&a.title))
        .filter(|t| !t.is_empty())
        .or_else(|| meta.title.clone());
    let byline = article
        .as_ref()
        .and_then(|a| a.byline.as_deref())
        .map(clean_line)
        .filter(|b| !b.is_empty() && b.len() < 200)
        .or(meta.byline.clone());
    let body = match &article {
        Some(a) => paragraphs(&a.text_content),
        None => String::new(),
    };
    let body = if body.trim().is_empty() {
        // Readability found no article: the whole page's text, one block a line.
        let dom = Dom::from(html);
        dom.select("script, style, noscript, template").remove();
        paragraphs(&dom.formatted_text())
    } else {
        body
    };
    if body.trim().is_empty() && title.is_none() {
        return Err("no text in the page".into());
    }
    let mut text = String::with_capacity(body.len() + 256);
    let mut title_span = None;
    if let Some(t) = &title {
        text.push_str(t);
        title_span = Some(Span::new(0, t.len()));
        text.push_str("\n\n");
    }
    // The headline again as the article's first line adds nothing.
    let body = match &title {
        Some(t) => body
            .strip_prefix(t.as_str())
            .filter(|rest| rest.starts_with('\n'))
            .map(|rest| rest.trim_start())
            .unwrap_or(&body),
        None => &body,
    };
    text.push_str(body);
    if !text.ends_with('\n') {
        text.push('\n');
    }
    let (date, date_source) = match meta.date {
        Some((d, s)) => (Some(d), Some(s)),
        None => match article
            .as_ref()
            .and_then(|a| a.published_time.as_deref())
            .and_then(parse_date)
        {
            Some(d) => (Some(d), Some("meta")),
            None => (None, None),
        },
    };
    Ok(Page {
        title,
        byline,
        url: meta.url.or_else(|| page_url.map(str::to_string)),
        date,
        date_source,
        text,
        title_span,
    })
}

/// The plain text of an HTML fragment (a feed item's content), one block a line.
pub fn fragment_text(html: &str) -> String {
    if !html.contains('<') && !html.contains('&') {
        return html.trim().to_string();
    }
    let html = limit_depth(html);
    on_big_stack(|| {
        std::panic::catch_unwind(|| {
            let dom = Dom::fragment(html.as_ref());
            dom.select("script, style").remove();
            paragraphs(&dom.formatted_text())
        })
        .unwrap_or_default()
    })
    .unwrap_or_default()
}

/// One paragraph a line: white space inside a line collapsed, blank lines dropped.
fn paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let mut first = true;
        for w in line.split_whitespace() {
            if first && !out.is_empty() {
                out.push('\n');
            } else if !first {
                out.push(' ');
            }
            out.push_str(w);
            first = false;
        }
    }
    out
}

fn clean_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What the page says about itself, read before Readability changes the tree.
#[derive(Default)]
struct PageMeta {
    title: Option<String>,
    byline: Option<String>,
    url: Option<String>,
    date: Option<(Date, &'static str)>,
}

/// Meta tag names (in `property`, `name` or `itemprop`, lower case) that give the original
/// publication date, most trusted first.
const PUBLISHED_META: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "article:published",
    "article.published",
    "published_time",
    "publication_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dc.date.created",
    "citation_publication_date",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "date_published",
    "published-date",
    "originalpublicationdate",
    "rnews:datepublished",
    "dc.date",
    "dcterms.date",
    "date",
];

impl PageMeta {
    fn read(dom: &Dom, page_url: Option<&str>) -> PageMeta {
        let mut m = PageMeta::default();
        let mut meta_dates: Vec<(usize, Date)> = Vec::new();
        let mut og_url = None;
        for tag in dom.select("meta").iter() {
            let content = match tag.attr("content") {
                Some(c) => c.to_string(),
                None => continue,
            };
            for key in ["property", "name", "itemprop"] {
                let Some(k) = tag.attr(key) else { continue };
                let k = k.trim().to_ascii_lowercase();
                // `property` may list several names separated by spaces
                for name in k.split_whitespace() {
                    if let Some(rank) = PUBLISHED_META.iter().position(|n| *n == name) {
                        if let Some(d) = parse_date(&content) {
                            meta_dates.push((rank, d));
                        }
                    }
                    if name == "og:url" && og_url.is_none() {
                        og_url = Some(content.trim().to_string());
                    }
                    if (name == "author" || name == "article:author") && m.byline.is_none() {
                        let c = clean_line(&content);
                        if !c.is_empty() && !c.starts_with("http") {
                            m.byline = Some(c);
                        }
                    }
                }
            }
        }
        let title = dom.select("title").text();
        let title = clean_line(&title);
        if !title.is_empty() {
            m.title = Some(title);
        }
        let json_ld = json_ld(dom);
        let canonical = dom
            .select("link[rel~=canonical]")
            .iter()
            .find_map(|l| l.attr("href").map(|h| h.trim().to_string()))
            .filter(|h| h.starts_with("http"));
        m.url = canonical
            .or(og_url.filter(|u| u.starts_with("http")))
            .or(json_ld.url.clone());

        let url_date = [m.url.as_deref(), page_url]
            .into_iter()
            .flatten()
            .find_map(url_path_date);
        meta_dates.sort_by_key(|(rank, _)| *rank);
        let (time_marked, time_any) = time_dates(dom);
        m.date = json_ld
            .published
            .map(|d| (d, "json-ld"))
            .or(meta_dates.first().map(|(_, d)| (*d, "meta")))
            .or(time_marked.map(|d| (d, "time")))
            .or(url_date.map(|d| (d, "url")))
            .or_else(|| byline_date(dom).map(|d| (d, "byline")))
            .or(time_any.map(|d| (d, "time-any")));
        m
    }
}

#[derive(Default)]
struct JsonLd {
    published: Option<Date>,
    url: Option<String>,
}

/// `datePublished` (else `dateCreated`) and `url` from the page's JSON-LD blocks, preferring an
/// article object.
fn json_ld(dom: &Dom) -> JsonLd {
    let mut out = JsonLd::default();
    let mut created = None;
    for script in dom.select("script[type='application/ld+json']").iter() {
        let text = script.text();
        let text = text.trim();
        let text = text
            .strip_prefix("<![CDATA[")
            .and_then(|t| t.strip_suffix("]]>"))
            .unwrap_or(text);
        let Ok(value) = serde_json::from_str::<serde_json::Value>(text) else {
            continue;
        };
        let mut stack = vec![(&value, 0usize)];
        let mut seen = 0;
        while let Some((v, depth)) = stack.pop() {
            seen += 1;
            if seen > 10_000 || depth > 16 {
                break;
            }
            match v {
                serde_json::Value::Array(items) => {
                    stack.extend(items.iter().rev().map(|x| (x, depth + 1)));
                }
                serde_json::Value::Object(obj) => {
                    if out.published.is_none() {
                        out.published = obj
                            .get("datePublished")
                            .and_then(|d| d.as_str())
                            .and_then(parse_date);
                    }
                    if created.is_none() {
                        created = obj
                            .get("dateCreated")
                            .and_then(|d| d.as_str())
                            .and_then(parse_date);
                    }
                    let is_article = obj
                        .get("@type")
                        .map(|t| t.to_string().contains("Article"))
                        .unwrap_or(false);
                    if is_article && out.url.is_none() {
                        out.url = obj
                            .get("url")
                            .and_then(|u| u.as_str())
                            .filter(|u| u.starts_with("http"))
                            .map(str::to_string);
                    }
                    for (k, x) in obj.iter() {
                        if matches!(k.as_str(), "@graph" | "mainEntity" | "itemListElement") {
                            stack.push((x, depth + 1));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    out.published = out.published.or(created);
    out
}

fn marks_update(s: &str) -> bool {
    let s = s.to_ascii_lowercase();
    s.contains("updat") || s.contains("modif") || s.contains("edited")
}

/// The date of a `<time>` marked as the publication, and of the first other `<time datetime>`
/// not marked as an update.
fn time_dates(dom: &Dom) -> (Option<Date>, Option<Date>) {
    let mut marked = None;
    let mut any = None;
    for t in dom.select("time").iter().take(200) {
        let value = t
            .attr("datetime")
            .map(|v| v.to_string())
            .unwrap_or_else(|| t.text().to_string());
        let Some(d) = parse_date(&value) else {
            continue;
        };
        let itemprop = t
            .attr("itemprop")
            .map(|v| v.to_string())
            .unwrap_or_default();
        let class = t.attr("class").map(|v| v.to_string()).unwrap_or_default();
        let parent_class = t
            .parent()
            .attr("class")
            .map(|v| v.to_string())
            .unwrap_or_default();
        let label = format!("{itemprop} {class} {parent_class}");
        if marks_update(&label) && !label.to_ascii_lowercase().contains("publish") {
            continue;
        }
        let published = itemprop.eq_ignore_ascii_case("datePublished")
            || t.has_attr("pubdate")
            || label.to_ascii_lowercase().contains("publish");
        if published && marked.is_none() {
            marked = Some(d);
        }
        if any.is_none() && t.has_attr("datetime") {
            any = Some(d);
        }
    }
    (marked, any)
}

/// A date in a URL's path: `/2019/02/12/`, `/2019-02-12`, `/20190212/`.
fn url_path_date(url: &str) -> Option<Date> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/._-]|$)|/((?:19|20)\d{2})(\d{2})(\d{2})(?:[/._-]|$)")
            .expect("URL date pattern")
    });
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let c = re.captures(path)?;
    let (y, m, d) = if c.get(1).is_some() {
        (c.get(1)?, c.get(2)?, c.get(3)?)
    } else {
        (c.get(4)?, c.get(5)?, c.get(6)?)
    };
    Date::new(
        y.as_str().parse().ok()?,
        m.as_str().parse().ok()?,
        d.as_str().parse().ok()?,
    )
    .ok()
}

/// A date written in the byline area: elements whose class or id says byline, dateline,
/// published, posted, timestamp or date; a "Published" date before an "Updated" one.
fn byline_date(dom: &Dom) -> Option<Date> {
    let sel = dom.select(
        "[class*=byline], [class*=dateline], [class*=publish], [class*=posted], [class*=timestamp], [class*=date], [id*=byline], [id*=date], [class*=meta]",
    );
    let mut fallback = None;
    for el in sel.iter().take(100) {
        let text = el.text();
        if text.len() > 400 {
            continue;
        }
        let text = clean_line(&text);
        let mut prev_end = 0;
        for (start, end, d) in text_dates(&text) {
            let before = text[prev_end..start].to_ascii_lowercase();
            prev_end = end;
            let published = before.contains("publish") || before.contains("posted");
            if published {
                return Some(d);
            }
            if !marks_update(&before) {
                fallback = fallback.or(Some(d));
            }
        }
    }
    fallback
}

/// The date a plain-text page stamps near its top ("PUBLISHED: 10:22, 14 March 2013 |
/// UPDATED: 11:05, 14 March 2013", "Published 12 February 2019", "Last updated: 3 March
/// 2019"): the publication's date over an update's, read only in a stamp line among the first
/// lines, never from the story's own sentences.
pub fn stamp_date(text: &str) -> Option<Date> {
    let mut updated = None;
    for line in text.lines().take(12) {
        let line = line.trim();
        if line.len() > 200 {
            continue;
        }
        let lower = line.to_ascii_lowercase();
        let stamp = [
            "published",
            "updated",
            "last updated",
            "posted",
            "first published",
        ]
        .iter()
        .any(|p| lower.starts_with(p));
        if !stamp {
            continue;
        }
        let mut prev_end = 0;
        for (start, end, d) in text_dates(line) {
            let before = &lower[prev_end..start];
            prev_end = end;
            if marks_update(before) && !before.contains("publish") {
                updated = updated.or(Some(d));
            } else {
                return Some(d);
            }
        }
    }
    updated
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

fn month(word: &str) -> Option<i8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    let i = MONTHS.iter().position(|m| w.starts_with(m))?;
    // "March", "Mar", "Sept": the word must be a prefix of the full name
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    FULL[i].starts_with(&w).then_some(i as i8 + 1)
}

/// The first written date in `text` ("12 February 2019", "February 12, 2019", "2019-02-12"),
/// with the byte offset where it starts.
pub fn text_date(text: &str) -> Option<(usize, Date)> {
    text_dates(text).into_iter().next().map(|(s, _, d)| (s, d))
}

/// Every written date in `text`, with where it starts and ends.
fn text_dates(text: &str) -> Vec<(usize, usize, Date)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(
            r"(?i)\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9}\.?),?\s+((?:19|20)\d{2})|([a-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})|((?:19|20)\d{2})-(\d{2})-(\d{2}))\b",
        )
        .expect("text date pattern")
    });
    let mut out = Vec::new();
    for c in re.captures_iter(text).take(50) {
        let Some(all) = c.get(0) else { continue };
        let date = if let (Some(d), Some(m), Some(y)) = (c.get(1), c.get(2), c.get(3)) {
            month(m.as_str()).and_then(|m| ymd(y.as_str(), m, d.as_str()))
        } else if let (Some(m), Some(d), Some(y)) = (c.get(4), c.get(5), c.get(6)) {
            month(m.as_str()).and_then(|m| ymd(y.as_str(), m, d.as_str()))
        } else if let (Some(y), Some(m), Some(d)) = (c.get(7), c.get(8), c.get(9)) {
            m.as_str()
                .parse()
                .ok()
                .and_then(|m| ymd(y.as_str(), m, d.as_str()))
        } else {
            None
        };
        if let Some(date) = date {
            out.push((all.start(), all.end(), date));
        }
    }
    out
}

fn ymd(y: &str, m: i8, d: &str) -> Option<Date> {
    Date::new(y.parse().ok()?, m, d.parse().ok()?).ok()
}

/// A date as pages, feeds and archives write it: ISO 8601 in its many spellings
/// (`2021-11-01T10:52:50+0100`, `2017-11-03 03:01:00.000000`), RFC 2822
/// (`Tue, 12 Feb 2019 10:00:00 GMT`), a Unix time in seconds or milliseconds, or a written
/// date ("12 February 2019"). An instant is dated by the London calendar, as
/// [`document_date`] does; a date-time without a zone is taken as written.
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if s.is_empty() || s.len() > 100 {
        return None;
    }
    let ok = |d: Date| (1900..=2100).contains(&d.year()).then_some(d);
    if let Some(d) = document_date(s) {
        return ok(d);
    }
    // "+0100" → "+01:00", a space for the "T", a trailing "UTC"/"GMT"
    let mut t = s.replacen(' ', "T", 1);
    if let Some(stripped) = t.strip_suffix("UTC").or_else(|| t.strip_suffix("GMT")) {
        t = format!("{}Z", stripped.trim_end());
    }
    let offset_without_colon = t.len() > 5 && {
        let tail = &t.as_bytes()[t.len() - 5..];
        matches!(tail[0], b'+' | b'-') && tail[1..].iter().all(u8::is_ascii_digit)
    };
    if offset_without_colon {
        t.insert(t.len() - 2, ':');
    }
    if let Some(d) = document_date(&t) {
        return ok(d);
    }
    if let Ok(z) = jiff::fmt::rfc2822::parse(s) {
        return ok(document_date(&z.timestamp().to_string())?);
    }
    if s.len() >= 9 && s.len() <= 13 && s.bytes().all(|c| c.is_ascii_digit()) {
        let n: i64 = s.parse().ok()?;
        let secs = if s.len() == 13 { n / 1000 } else { n };
        let ts = jiff::Timestamp::from_second(secs).ok()?;
        return ok(document_date(&ts.to_string())?);
    }
    // An ISO date at the start, whatever follows.
    let b = s.as_bytes();
    if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' {
        if let Some(Ok(d)) = s.get(..10).map(str::parse::<Date>) {
            return ok(d);
        }
    }
    text_date(s).map(|(_, d)| d).and_then(ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_the_spellings_pages_use() {
        let cases = [
            ("2021-11-01T10:52:50+0100", "2021-11-01"),
            ("2017-11-03 03:01:00.000000", "2017-11-03"),
            ("2017-11-24T18:42:20.314667", "2017-11-24"),
            ("2019-01-03T07:00:02.000Z", "2019-01-03"),
            ("2018-06-12T23:00:00.000Z", "2018-06-13"),
            ("Tue, 12 Feb 2019 10:00:00 GMT", "2019-02-12"),
            ("Tue, 12 Feb 2019 10:00:00 +0000", "2019-02-12"),
            ("1549965600", "2019-02-12"),
            ("12 February 2019", "2019-02-12"),
            ("February 12, 2019", "2019-02-12"),
            ("2019-02-12 at noon", "2019-02-12"),
        ];
        for (s, want) in cases {
            assert_eq!(
                parse_date(s).map(|d| d.to_string()).as_deref(),
                Some(want),
                "{s}"
            );
        }
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date("Mayday 12, 2019"), None);
    }

    #[test]
    fn url_path_dates() {
        let d = |u| url_path_date(u).map(|d| d.to_string());
        assert_eq!(
            d("https://x.org/news/2019/02/12/mp-defects").as_deref(),
            Some("2019-02-12")
        );
        assert_eq!(
            d("https://x.org/2019-02-12-mp-defects").as_deref(),
            Some("2019-02-12")
        );
        assert_eq!(
            d("https://x.org/a/20190212/b").as_deref(),
            Some("2019-02-12")
        );
        assert_eq!(d("https://x.org/news/12345678901"), None);
    }

    #[test]
    fn sniffs_html() {
        assert!(looks_like_html(b"\xEF\xBB\xBF  <!DOCTYPE html><html>"));
        assert!(looks_like_html(b"<!-- saved --><HTML lang=en>"));
        assert!(!looks_like_html(b"date 2019-02-12 Headline"));
        assert!(!looks_like_html(b"<?xml version='1.0'?><rss>"));
    }

    #[test]
    fn original_publication_beats_the_update() {
        let html = r#"<html><head><title>Story</title>
        <meta property="article:modified_time" content="2019-03-01T10:00:00Z">
        <meta property="article:published_time" content="2019-02-12T10:00:00Z">
        </head><body><p>Text of the story, long enough to read.</p></body></html>"#;
        let p = read_html(html, None).unwrap();
        assert_eq!(p.date.unwrap().to_string(), "2019-02-12");
        assert_eq!(p.date_source, Some("meta"));
    }

    #[test]
    fn a_plain_text_stamp_dates_the_page() {
        let d = |s: &str| parse_date(s);
        assert_eq!(
            stamp_date("Tory MP quits\n\nPUBLISHED: 10:22, 14 March 2013 | UPDATED: 11:05, 15 March 2013\n\nText."),
            d("2013-03-14")
        );
        assert_eq!(
            stamp_date("Headline\nLast updated: 3 March 2019\nText."),
            d("2019-03-03")
        );
        // a date in the story's sentences is no stamp
        assert_eq!(
            stamp_date("Headline\n\nShe was published in 12 March 2019 papers."),
            None
        );
    }

    #[test]
    fn byline_area_published_date() {
        let html = r#"<html><head><title>Story</title></head><body>
        <div class="byline">By Jane Doe. Updated 3 March 2019. Published 12 February 2019</div>
        <p>Text of the story.</p></body></html>"#;
        let p = read_html(html, None).unwrap();
        assert_eq!(p.date.unwrap().to_string(), "2019-02-12");
        assert_eq!(p.date_source, Some("byline"));
    }

    #[test]
    fn nesting_is_capped_before_parsing() {
        let ordinary = "<html><body><div><p>One<p>Two<br><img src=x /><script>if (a<b) {}</script></div></body></html>";
        assert!(matches!(
            limit_depth(ordinary),
            std::borrow::Cow::Borrowed(_)
        ));
        let deep = format!(
            "<html><body>{}<p>Deep text.</p></body></html>",
            "<div class='a>b'>".repeat(1000)
        );
        let limited = limit_depth(&deep);
        assert_eq!(limited.matches("<div").count(), MAX_HTML_DEPTH - 2);
        // the text of dropped tags stays
        assert!(limited.contains("Deep text."));
        assert!(read_html(&deep, None).unwrap().text.contains("Deep text."));
        // many unclosed paragraphs and list items are siblings, not nested
        let flat = "<ul><li>a".repeat(10) + &"<p>x".repeat(5000);
        assert!(matches!(limit_depth(&flat), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn fragments_lose_their_tags() {
        assert_eq!(
            fragment_text("<p>Heidi Allen <b>has</b> defected.</p><p>More &amp; more.</p>"),
            "Heidi Allen has defected.\nMore & more."
        );
    }
}
