//! Markdown → Markdown-shaped lines: the block structure read by pulldown-cmark, the
//! lines kept as written wherever they already have the shape.
//!
//! Takes Markdown as people publish it on their sites: YAML or TOML front matter,
//! static-site template tags (Liquid `{% … %}`, `{{ … }}`, Hugo shortcodes), HTML
//! comments that hide unfinished sections, setext headings (`Title` over `=====`),
//! headings written as HTML (`<h2>…</h2>`). Gives the same lines with those resolved:
//! front matter, template tags and comments dropped with the reason, every heading in
//! the `#` form. Paragraphs, lists and tables pass through line for line, since the
//! text reader reads their marks itself, except lists nested three deep ([`outline`]).
//!
//! It does not interpret the résumé: no sections, entries or fields.

use std::ops::Range;
use std::sync::LazyLock;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use regex::Regex;

use super::Lowered;

mod outline;

/// `{% … %}`, `{{ … }}`, `{{< … >}}`, `{{% … %}}`: the tags of Jekyll, Hugo and the
/// like, which the site fills in when it builds; in the source they are no content.
static TEMPLATE_TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\{%.*?%\}|\{\{.*?\}\}").unwrap());

/// An HTML heading written on one line: `<h2 id="x">Experience</h2>`.
static HTML_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?is)^\s*<h([1-6])\b[^>]*>(.*?)</h[1-6]\s*>\s*$").unwrap());

/// Any HTML tag, for the text of an HTML heading.
static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"</?[A-Za-z][^>]*>").unwrap());

/// What each source line becomes.
#[derive(Debug, Clone, PartialEq)]
enum Fate {
    /// Kept as written.
    Keep,
    /// Replaced by this text (a heading in `#` form, a line without its tags).
    Write(String),
    /// Left out, for this reason.
    Drop(&'static str),
}

pub fn lower(text: &str) -> Lowered {
    let lines: Vec<&str> = text.lines().collect();
    let mut fate = vec![Fate::Keep; lines.len()];
    let body_from = front_matter(&lines);
    for f in &mut fate[..body_from] {
        *f = Fate::Drop("ignored: front matter");
    }
    // Template tags out first, so the Markdown parser sees the page as it will read.
    let mut cleaned = String::with_capacity(text.len());
    for (i, line) in lines.iter().enumerate() {
        if i >= body_from && line.contains('{') && TEMPLATE_TAG.is_match(line) {
            let rest = TEMPLATE_TAG.replace_all(line, "");
            if rest.trim().is_empty() {
                fate[i] = Fate::Drop("ignored: template tag");
            } else {
                fate[i] = Fate::Write(rest.trim_end().to_string());
            }
        }
        if i >= body_from && !matches!(fate[i], Fate::Drop(_)) {
            match &fate[i] {
                Fate::Write(t) => cleaned.push_str(t),
                _ => cleaned.push_str(line),
            }
        }
        cleaned.push('\n');
    }
    read_blocks(&cleaned, &mut fate);
    let mut out = Lowered::default();
    for (i, (line, f)) in lines.iter().zip(fate).enumerate() {
        match f {
            Fate::Keep => out.push(line, i + 1),
            Fate::Write(t) => out.push(&t, i + 1),
            Fate::Drop(why) => out.drop_line(i + 1, why),
        }
    }
    out
}

/// The number of lines of front matter at the top (`---` YAML or `+++` TOML), 0 for none.
fn front_matter(lines: &[&str]) -> usize {
    let Some(fence) = lines.first().map(|l| l.trim_end()) else {
        return 0;
    };
    if fence != "---" && fence != "+++" {
        return 0;
    }
    let closes = |l: &str| l.trim_end() == fence || (fence == "---" && l.trim_end() == "...");
    lines[1..]
        .iter()
        .position(|l| closes(l))
        .map_or(0, |k| k + 2)
}

/// Headings in `#` form and HTML comments dropped, from pulldown-cmark's blocks.
fn read_blocks(text: &str, fate: &mut [Fate]) {
    let starts = line_starts(text);
    let line_of = |offset: usize| starts.partition_point(|&s| s <= offset) - 1;
    let mut heading: Option<(u8, usize, String)> = None;
    let mut in_comment = false;
    // The outline's list items are gathered in this same pass: one parse of the text.
    let mut items = outline::Items::default();
    let parser = Parser::new_ext(text, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH);
    for (event, range) in parser.into_offset_iter() {
        items.see(&event, || line_of(range.start));
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                heading = Some((level as u8, line_of(range.start), String::new()));
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, first, title)) = heading.take() {
                    let span = lines_of(&range, &line_of);
                    let raw = &text[range.clone()];
                    // An ATX heading is in the form already, with its links and marks;
                    // a setext one keeps its own line's text (its marks included).
                    if raw.trim_start().starts_with('#') {
                        continue;
                    }
                    let own = raw.lines().next().map(str::trim).unwrap_or_default();
                    let title = if own.is_empty() { title.trim() } else { own };
                    write_heading(fate, level, first, title, span);
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, _, title)) = &mut heading {
                    title.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some((_, _, title)) = &mut heading {
                    title.push(' ');
                }
            }
            Event::Html(html) | Event::InlineHtml(html) if heading.is_none() => {
                html_lines(&html, line_of(range.start), &mut in_comment, fate);
            }
            _ => {}
        }
    }
    outline::rewrite(text, fate, items);
}

/// A heading over `lines`: its first line in `#` form, the rest (a setext underline,
/// a wrapped title) dropped.
fn write_heading(fate: &mut [Fate], level: u8, first: usize, title: &str, lines: Range<usize>) {
    if title.is_empty() || first >= fate.len() {
        return;
    }
    fate[first] = Fate::Write(format!("{} {title}", "#".repeat(level.into())));
    for f in fate.iter_mut().take(lines.end).skip(first + 1) {
        *f = Fate::Drop("ignored: heading underline");
    }
}

/// An HTML block starting at line `first`: comments dropped, one-line headings in `#`
/// form; other HTML stays for the text reader, which keeps the text between tags.
fn html_lines(html: &str, first: usize, in_comment: &mut bool, fate: &mut [Fate]) {
    for (k, line) in html.lines().enumerate() {
        let Some(f) = fate.get_mut(first + k) else {
            return;
        };
        let t = line.trim();
        if *in_comment || t.starts_with("<!--") {
            *in_comment = !t.contains("-->");
            // Text after a comment closes on the same line is content again.
            let after = t.rsplit_once("-->").map(|(_, a)| a.trim()).unwrap_or("");
            *f = if !*in_comment && !after.is_empty() {
                Fate::Write(after.to_string())
            } else {
                Fate::Drop("ignored: HTML comment")
            };
            continue;
        }
        if let Some(c) = HTML_HEADING.captures(line) {
            let level: usize = c[1].parse().unwrap_or(2);
            let title = TAG.replace_all(&c[2], "");
            let title = title.trim();
            if !title.is_empty() {
                *f = Fate::Write(format!("{} {title}", "#".repeat(level)));
            }
        }
    }
}

fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

fn lines_of(range: &Range<usize>, line_of: &impl Fn(usize) -> usize) -> Range<usize> {
    let last = line_of(range.end.saturating_sub(1).max(range.start));
    line_of(range.start)..last + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lowered(text: &str) -> String {
        lower(text).text
    }

    #[test]
    fn setext_headings_take_the_hash_form() {
        assert_eq!(
            lowered("Experience\n======\n* Baker, 2019\n\nSkills\n------\nBread"),
            "# Experience\n* Baker, 2019\n\n## Skills\nBread\n"
        );
    }

    #[test]
    fn front_matter_and_template_tags_are_no_content() {
        let l = lower("---\nlayout: cv\ntitle: CV\n---\n{% include base_path %}\n# Ada Quill\nBaker {{ site.x }}\n");
        assert_eq!(l.text, "# Ada Quill\nBaker\n");
        assert_eq!(l.origin, vec![6, 7]);
        assert_eq!(l.dropped.len(), 5);
    }

    #[test]
    fn html_comments_hide_what_they_hold() {
        let l = lowered(
            "# Work\nBaker\n\n<!--\nPublications\n======\n* Draft\n-->\n\n# Skills\nBread\n",
        );
        assert_eq!(l, "# Work\nBaker\n\n\n# Skills\nBread\n");
    }

    #[test]
    fn html_headings_take_the_hash_form() {
        assert_eq!(
            lowered("<h2 id=\"w\">Work <b>history</b></h2>\n\nBaker\n"),
            "## Work history\n\nBaker\n"
        );
    }

    #[test]
    fn ordinary_markdown_is_kept_line_for_line() {
        let md = "# Ada Quill\n\n### [Tidepool](https://tidepool.example) — app\n\n## Work\n- **Baker**, Crumb & Co (2019 – 2021)\n  - Baked `Vec<T>` loaves\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
        assert_eq!(lowered(md), md);
    }
}
