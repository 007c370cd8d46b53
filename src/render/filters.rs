//! The filters and functions vitae adds to Tera, for theme authors:
//!
//! | name | use | gives |
//! | --- | --- | --- |
//! | `markdown` | `{{ w.summary \| markdown }}`, `{{ h \| markdown(inline=true) }}` | sanitised HTML |
//! | `plain` | `{{ basics.summary \| plain(max=200) }}` | Markdown as plain text (meta tags), cut at a word |
//! | `date` | `{{ a.date \| date }}`, `date(short=true)`, `date(year=true)` | "September 2022", "Sep 2022", "2022" in the site's language |
//! | `date_range(start, end, short)` | `{{ date_range(start=w.startDate, end=w.endDate) }}` | `<time>`s joined by "–", open end "Present" |
//! | `safe_url` | `href="{{ p.url \| safe_url }}"` | the URL, or `""` for `javascript:` etc. |
//! | `url_label` | `{{ p.url \| url_label }}` | the URL without scheme |
//! | `obfuscate_email` | `{{ c.text \| obfuscate_email }}` | harvester-proof HTML |
//! | `t(key)` | `{{ t(key="work") }}` | a word in the site's language |
//!
//! The logic lives in `markdown`, `dates`, `urls` and `i18n`; this module only
//! adapts it to Tera's value types and argument maps.

use std::collections::HashMap;
use std::sync::Arc;

use tera::{Filter, Function, Tera, Value};

use super::dates::{format_date, format_range, IsoDate};
use super::i18n::{self, Lang};
use super::markdown::Markdown;
use super::urls::{obfuscated_email_html, safe_url, url_label};

/// An empty Tera set up as vitae renders: autoescaping for `.html`, vitae's
/// escaping, and every vitae filter and function, for pages in `lang`.
pub fn new_tera(lang: Lang, markdown: Arc<Markdown>) -> Tera {
    let mut tera = Tera::default();
    tera.autoescape_on(vec![".html"]);
    tera.set_escape_fn(escape_html);
    register(&mut tera, lang, markdown);
    tera
}

/// HTML escaping for text and attribute values. Unlike Tera's default it leaves `/`
/// alone, so URLs stay readable (`/` is harmless in both contexts).
pub fn escape_html(input: &str) -> String {
    let mut out = String::with_capacity(input.len() + 8);
    let mut last = 0;
    for (i, b) in input.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&input[last..i]);
        out.push_str(entity);
        last = i + 1;
    }
    out.push_str(&input[last..]);
    out
}

/// Registers every vitae filter and function on `tera`, for pages in `lang`.
fn register(tera: &mut Tera, lang: Lang, markdown: Arc<Markdown>) {
    tera.register_filter("markdown", MarkdownFilter(markdown.clone()));
    tera.register_filter("plain", move |v: &Value, args: &HashMap<String, Value>| {
        let text = markdown.plain(&text_of(v));
        Ok(Value::String(
            match args.get("max").and_then(Value::as_u64) {
                Some(max) => shorten(&text, max as usize),
                None => text,
            },
        ))
    });
    tera.register_filter("date", move |v: &Value, args: &HashMap<String, Value>| {
        let raw = text_of(v);
        if bool_arg(args, "year")? {
            if let Some(d) = IsoDate::parse(&raw) {
                return Ok(Value::String(d.year.to_string()));
            }
        }
        let short = bool_arg(args, "short")?;
        Ok(Value::String(format_date(&raw, lang, short).text))
    });
    tera.register_function("date_range", DateRange(lang));
    tera.register_filter("safe_url", |v: &Value, _: &HashMap<String, Value>| {
        Ok(Value::String(safe_url(&text_of(v))))
    });
    tera.register_filter("url_label", |v: &Value, _: &HashMap<String, Value>| {
        Ok(Value::String(url_label(&text_of(v))))
    });
    tera.register_filter("obfuscate_email", ObfuscateEmail);
    tera.register_function("t", move |args: &HashMap<String, Value>| {
        let key = args.get("key").and_then(Value::as_str).ok_or_else(|| {
            tera::Error::msg("`t` needs a string argument `key`, e.g. t(key=\"work\")")
        })?;
        match i18n::word(lang, key) {
            Some(w) => Ok(Value::String(w.to_string())),
            None => Err(tera::Error::msg(format!(
                "`t`: no word for key `{key}`; known keys: {}",
                i18n::keys().collect::<Vec<_>>().join(", ")
            ))),
        }
    });
}

/// `text` cut to at most `max` characters at a word boundary, with "…" when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    let cut = match cut.rfind(char::is_whitespace) {
        Some(i) if i > cut.len() / 2 => &cut[..i],
        _ => &cut[..],
    };
    format!(
        "{}…",
        cut.trim_end_matches(|c: char| c.is_whitespace() || ",;:".contains(c))
    )
}

/// A string value as text; `null` (a missing field) is empty, numbers print as such.
fn text_of(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        other => other.to_string(),
    }
}

fn bool_arg(args: &HashMap<String, Value>, name: &str) -> tera::Result<bool> {
    match args.get(name) {
        None | Some(Value::Null) => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(other) => Err(tera::Error::msg(format!(
            "argument `{name}` must be true or false, got {other}"
        ))),
    }
}

fn opt_str<'a>(args: &'a HashMap<String, Value>, name: &str) -> Option<&'a str> {
    args.get(name).and_then(Value::as_str)
}

/// `markdown`: its output is sanitised HTML, so Tera must not escape it again.
struct MarkdownFilter(Arc<Markdown>);

impl Filter for MarkdownFilter {
    fn filter(&self, value: &Value, args: &HashMap<String, Value>) -> tera::Result<Value> {
        let text = text_of(value);
        Ok(Value::String(if bool_arg(args, "inline")? {
            self.0.inline(&text)
        } else {
            self.0.block(&text)
        }))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

struct ObfuscateEmail;

impl Filter for ObfuscateEmail {
    fn filter(&self, value: &Value, _: &HashMap<String, Value>) -> tera::Result<Value> {
        Ok(Value::String(obfuscated_email_html(&text_of(value))))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

/// `date_range(start=…, end=…)`: `<time datetime="2022-05">May 2022</time> – Present`.
struct DateRange(Lang);

impl Function for DateRange {
    fn call(&self, args: &HashMap<String, Value>) -> tera::Result<Value> {
        let short = bool_arg(args, "short")?;
        let parts = format_range(opt_str(args, "start"), opt_str(args, "end"), self.0, short);
        let html: Vec<String> = parts
            .into_iter()
            .map(|p| {
                let text = escape_html(&p.text);
                match p.machine {
                    Some(m) => format!("<time datetime=\"{m}\">{text}</time>"),
                    None => text,
                }
            })
            .collect();
        Ok(Value::String(html.join(" – ")))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(lang: &str, template: &str, ctx: &tera::Context) -> tera::Result<String> {
        let mut tera = new_tera(Lang::from_tag(lang), Arc::new(Markdown::new()));
        tera.add_raw_template("t.html", template)?;
        tera.render("t.html", ctx)
    }

    fn ctx(json: serde_json::Value) -> tera::Context {
        tera::Context::from_value(json).unwrap()
    }

    #[test]
    fn markdown_is_not_escaped_twice_and_plain_text_is_escaped() {
        let c = ctx(serde_json::json!({"s": "**a** <script>x()</script>", "n": "<b>"}));
        let out = render("en", "{{ s | markdown(inline=true) }}|{{ n }}", &c).unwrap();
        assert_eq!(out, "<strong>a</strong>|&lt;b&gt;");
    }

    #[test]
    fn dates_follow_the_site_language() {
        let c = ctx(serde_json::json!({"s": "2021-03"}));
        assert_eq!(
            render("en", "{{ s | date(year=true) }}", &c).unwrap(),
            "2021"
        );
        let t = "{{ s | date }}|{{ date_range(start=s) }}|{{ date_range(start=s, end=\"2022\", short=true) }}";
        assert_eq!(
            render("de", t, &c).unwrap(),
            "März 2021|<time datetime=\"2021-03\">März 2021</time> – heute|<time datetime=\"2021-03\">März 2021</time> – <time datetime=\"2022\">2022</time>"
        );
        assert!(
            render("xx", t, &c).unwrap().starts_with("March 2021|"),
            "unknown language → en"
        );
    }

    #[test]
    fn free_text_dates_are_escaped() {
        let c = ctx(serde_json::json!({"s": "<b>soon</b>"}));
        let out = render("en", "{{ date_range(start=s) }}", &c).unwrap();
        assert_eq!(out, "&lt;b&gt;soon&lt;/b&gt; – Present");
    }

    #[test]
    fn escaping_covers_text_and_attributes() {
        assert_eq!(
            escape_html("a<b>&\"c\"'d'/é"),
            "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;/é"
        );
        assert_eq!(escape_html("plain"), "plain");
        assert_eq!(escape_html(""), "");
    }

    #[test]
    fn plain_text_is_cut_at_a_word() {
        let c = ctx(serde_json::json!({"s": "Builds **fast** pipelines, reliably and well."}));
        let out = render("en", "{{ s | plain(max=30) }}|{{ s | plain }}", &c).unwrap();
        assert_eq!(
            out,
            "Builds fast pipelines…|Builds fast pipelines, reliably and well."
        );
    }

    #[test]
    fn urls_and_words() {
        let c =
            ctx(serde_json::json!({"u": "javascript:alert(1)", "g": "https://github.com/ada/"}));
        let out = render(
            "fr",
            "[{{ u | safe_url }}] {{ g | url_label }} {{ t(key=\"education\") }}",
            &c,
        );
        assert_eq!(out.unwrap(), "[] github.com/ada Formation");
        let err = render("en", "{{ t(key=\"wrok\") }}", &c).unwrap_err();
        assert!(format!("{:?}", err).contains("known keys"));
    }
}
